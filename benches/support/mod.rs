//! Generated definition sets and plans for the benchmarks: stage 1 holds `n` criteria, the other
//! stages one each, with the two small questionnaires and a training path, so that every size goes
//! through the same loading, validation and drawing code as the embedded set.
//!
//! `scripts/gen_fixture.py` writes the same shapes for the end-to-end measurement.

// Each benchmark uses part of this module.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use embarquement::definitions::Definitions;
use embarquement::plan::{CriterionStatus, Plan, Project};

/// The sizes every benchmark is run at, so that the growth is visible: 400 criteria make an answered
/// plan of about 20 KB, 6,500 a set about ten times the size of the embedded one.
pub const SIZES: [usize; 3] = [50, 400, 6_500];

/// Criteria per group heading in the generated stage.
const GROUP_SIZE: usize = 25;

const OFFER: &str = r#"kind: offer
version: "bench-1"
title: {fr: "Offre de mesure", en: "Benchmark offer"}
program_contacts:
  - id: adoption
    name: {fr: Équipe adoption, en: Adoption team}
project_roles:
  - id: decisionnaire
    name: {fr: Décisionnaire, en: Decision maker}
    role: decision
hosting_targets:
  - id: a-definir
    name: {fr: À définir, en: To be decided}
"#;

const PREQUALIFICATION: &str = r#"kind: questionnaire
id: prequalification
title: {fr: "Trame de préqualification", en: "Pre-qualification form"}
sections:
  - id: contexte
    title: {fr: "Contexte de la demande", en: "Context of the request"}
    questions:
      - id: organisation-application
        kind: text
        label: {fr: "Organisation et application concernée", en: "Organisation and application"}
      - id: type-projet
        kind: choice
        label: {fr: "Type de projet", en: "Project kind"}
        choices:
          - {id: nouveau, label: {fr: Nouveau, en: New}}
          - {id: migration, label: Migration}
      - id: besoin-actuel
        kind: long_text
        label: {fr: "Quel est votre besoin actuel ?", en: "What is your current need?"}
      - id: financement
        kind: yes_no
        label: {fr: "L'application est-elle déjà financée ?", en: "Is the application funded?"}
"#;

const QUALIFICATION: &str = r#"kind: questionnaire
id: qualification
title: {fr: "Trame de qualification", en: "Qualification form"}
sections:
  - id: metier
    title: {fr: "Contexte métier", en: "Business context"}
    questions:
      - id: missions
        kind: long_text
        label: {fr: "Quelles missions sont couvertes ?", en: "Which missions are covered?"}
"#;

const TRAINING: &str = r#"kind: training
paths:
  - id: qualite
    title: {fr: "Qualité des produits numériques", en: "Quality of digital products"}
    roles: [technique]
    levels:
      - level: 1
        items:
          - id: bases
            title: {fr: "Les bases", en: "The basics"}
"#;

/// The text of `stages.yaml` with `criteria` criteria in stage 1.
pub fn stages_yaml(criteria: usize) -> String {
    let mut out = String::with_capacity(criteria * 140 + 4096);
    out.push_str("kind: stages\nstages:\n");
    for number in 1..=5 {
        let _ = write!(
            out,
            "  - id: etape-{number}\n    number: {number}\n    \
             title: {{fr: \"Étape {number} de mesure\", en: \"Benchmark stage {number}\"}}\n    \
             short_title: {{fr: \"Étape {number}\", en: \"Stage {number}\"}}\n    \
             objective: {{fr: \"Objectif de l'étape {number}.\", en: \"Objective of stage {number}.\"}}\n    \
             contacts: {{program: [adoption], project: [decisionnaire]}}\n"
        );
        match number {
            1 => out.push_str("    questionnaires: [prequalification]\n"),
            2 => out.push_str("    questionnaires: [qualification]\n"),
            _ => {}
        }
        out.push_str("    criteria:\n");
        if number == 1 {
            for index in 1..=criteria {
                criterion_yaml(&mut out, index);
            }
        } else {
            let _ = writeln!(
                out,
                "      - id: critere-unique\n        title: {{fr: \"Critère de l'étape {number}\", en: \"Criterion of stage {number}\"}}"
            );
        }
        let _ = writeln!(
            out,
            "    go_no_go: {{fr: \"Passage de l'étape {number}.\", en: \"Go of stage {number}.\"}}"
        );
    }
    out
}

fn criterion_yaml(out: &mut String, index: usize) {
    let group = (index - 1) / GROUP_SIZE + 1;
    let _ = write!(
        out,
        "      - id: {id}\n        group: {{fr: Groupe {group}, en: Group {group}}}\n        \
         title: {{fr: \"Critère {index} : vérification faite et documentée\", en: \"Criterion {index} checked\"}}\n",
        id = criterion_id(index),
    );
    if index.is_multiple_of(7) {
        out.push_str("        blocking: true\n");
    }
    if index.is_multiple_of(10) {
        let _ = writeln!(
            out,
            "        help: {{fr: \"Comment vérifier le critère {index}.\", en: \"How to check criterion {index}.\"}}"
        );
    }
}

/// The id of the criterion of rank `index` (1-based).
pub fn criterion_id(index: usize) -> String {
    format!("critere-{index:05}")
}

/// Writes the five files of a set with `criteria` criteria in stage 1 into `dir`.
pub fn write_definitions(dir: &Path, criteria: usize) {
    fs::create_dir_all(dir).expect("create the definitions folder");
    let files = [
        ("offer.yaml", OFFER.to_string()),
        ("stages.yaml", stages_yaml(criteria)),
        ("prequalification.yaml", PREQUALIFICATION.to_string()),
        ("qualification.yaml", QUALIFICATION.to_string()),
        ("training.yaml", TRAINING.to_string()),
    ];
    for (name, text) in files {
        fs::write(dir.join(name), text).expect("write a definition file");
    }
}

/// A temporary folder holding a generated set of `criteria` criteria, removed when dropped.
pub fn definitions_dir(criteria: usize) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("embarquement-bench-")
        .tempdir()
        .expect("create a temporary folder");
    write_definitions(dir.path(), criteria);
    dir
}

/// The generated set of `criteria` criteria, loaded and validated (without the user's cache).
pub fn definitions(criteria: usize) -> Definitions {
    let dir = definitions_dir(criteria);
    embarquement::definitions::load(embarquement::definitions::Source::Folder(dir.path()))
        .expect("the generated set is valid")
}

/// A plan answering every criterion of stage 1 (ok, ko, na in turn; a note on every fifth).
pub fn answered_plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Mesure".into(),
        organisation: Some("DNUM".into()),
        ..Project::default()
    };
    let mut plan = Plan::new(project, defs);
    let stage = &defs.stages[0];
    for (index, criterion) in stage.criteria.iter().enumerate() {
        let status = match index % 3 {
            0 => CriterionStatus::Ok,
            1 => CriterionStatus::Ko,
            _ => CriterionStatus::Na,
        };
        plan.update_criterion(&stage.id, &criterion.id, |record| {
            record.status = status;
            if index.is_multiple_of(5) {
                record.note = format!("Vérifié en entretien, point {index}.");
            }
        });
    }
    plan
}
