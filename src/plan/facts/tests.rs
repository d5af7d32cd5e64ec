//! Tests of the project card held by the answers, older plans' cards, and answers taken up.

use std::path::Path;

use super::*;
use crate::definitions::{self, ProjectField};
use crate::plan::{FORMAT, FORMAT_1, from_bytes, save};
use crate::test_support::{minimal_definitions as fixture, minimal_dir};

/// A plan of `format` written before the questionnaire held the project's kind and hosting target,
/// with `answers` (YAML lines under stage 1's `answers:`).
fn older_plan_of(format: &str, answers: &str) -> Plan {
    let text = format!(
        "format: {format}\n\
         definitions: {{source: embedded, version: test-1, digest: 'sha256:00'}}\n\
         project:\n  name: Démo\n  kind: migration\n  hosting_target: socle_mutualise_np\n\
         current_stage: 1\n\
         stages:\n  opportunite:\n    answers:\n      organisation-application: {{value: GED}}\n{answers}"
    );
    from_bytes(Path::new("plan.yaml"), text.as_bytes()).unwrap_or_else(|err| panic!("{err}"))
}

/// A plan of format 1 written before the questionnaire held the project's kind and hosting target.
fn older_plan(answers: &str) -> Plan {
    older_plan_of(FORMAT_1, answers)
}

fn text(value: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Text(value.into()))
}

#[test]
fn an_older_plan_reads_its_project_card_as_the_answers_and_is_written_without_it() {
    for format in [FORMAT_1, FORMAT] {
        the_card_of_a_plan_of(format);
    }
}

fn the_card_of_a_plan_of(format: &str) {
    let defs = fixture();
    let mut plan = older_plan_of(format, "");
    assert_eq!(
        plan.project_value(&defs, ProjectField::HostingTarget),
        Some("socle-mutualise-np".into()),
        "read before it is moved, as `status` does"
    );
    plan.settle_project_card(&defs, Lang::Fr);
    let kind = plan.answer("opportunite", "type-projet").unwrap();
    assert_eq!(kind.value, text("migration"));
    let target = plan.answer("plan-projet", "cible-hebergement").unwrap();
    assert_eq!(target.value, text("socle-mutualise-np"));
    assert_eq!(
        plan.project_value(&defs, ProjectField::Kind),
        Some("migration".into())
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&plan, &path).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(!written.contains("  kind:"), "{written}");
    assert!(!written.contains("hosting_target"), "{written}");
    assert!(written.contains("value: socle-mutualise-np"), "{written}");
}

#[test]
fn an_answer_that_differs_from_the_older_card_wins_and_the_card_stays_in_its_note() {
    let defs = fixture();
    let mut plan = older_plan("      type-projet: {value: nouveau, note: Refonte du socle.}\n");
    plan.settle_project_card(&defs, Lang::Fr);
    let kind = plan.answer("opportunite", "type-projet").unwrap();
    assert_eq!(kind.value, text("nouveau"));
    assert_eq!(
        kind.note,
        "Refonte du socle.\nvaleur de la fiche projet\u{a0}: Migration"
    );
    assert_eq!(plan.project.older_kind, None);
    assert_eq!(
        plan.project_value(&defs, ProjectField::Kind),
        Some("nouveau".into())
    );
}

#[test]
fn an_answer_equal_to_the_older_card_is_left_as_it_is() {
    let defs = fixture();
    let mut plan = older_plan("      type-projet: {value: migration}\n");
    plan.settle_project_card(&defs, Lang::En);
    let kind = plan.answer("opportunite", "type-projet").unwrap();
    assert_eq!(
        (kind.value.clone(), kind.note.as_str()),
        (text("migration"), "")
    );
}

#[test]
fn a_card_field_no_question_holds_stays_on_the_card() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(minimal_dir()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("        project_field: kind\n", "");
        std::fs::write(dir.path().join(path.file_name().unwrap()), text).unwrap();
    }
    let defs = definitions::load(definitions::Source::Folder(dir.path())).unwrap();
    let mut plan = older_plan("");
    plan.settle_project_card(&defs, Lang::Fr);
    assert_eq!(plan.project.older_kind.as_deref(), Some("migration"));
    assert_eq!(plan.answer("opportunite", "type-projet"), None);
    assert_eq!(plan.project.older_hosting_target, None);
}

#[test]
fn the_setup_choice_and_the_answer_are_one_field() {
    let defs = fixture();
    let mut plan = Plan::new(Project::default(), &defs);
    let change = plan.project_change(&defs, ProjectField::Kind, Some("migration"));
    plan.apply(change.unwrap());
    assert_eq!(
        plan.answer("opportunite", "type-projet").unwrap().value,
        text("migration")
    );
    plan.update_answer("opportunite", "type-projet", |a| a.value = text("nouveau"));
    assert_eq!(
        plan.project_value(&defs, ProjectField::Kind),
        Some("nouveau".into())
    );
}

#[test]
fn an_unanswered_question_starts_from_the_earlier_answer_it_follows() {
    let defs = fixture();
    let later = defs
        .stage_questions(1)
        .find(|q| q.question.id == "composants-retenus")
        .unwrap()
        .question;
    let mut plan = Plan::new(Project::default(), &defs);
    assert!(plan.carried(&defs, "plan-projet", later).is_none());
    let ids = |ids: &[&str]| {
        Some(AnswerValue::List(
            ids.iter().map(|i| i.to_string()).collect(),
        ))
    };
    plan.update_answer("opportunite", "composants", |a| {
        a.value = ids(&["console", "ailleurs"])
    });
    let carried = plan.carried(&defs, "plan-projet", later).unwrap();
    assert_eq!(carried.stage.number, 1);
    assert_eq!(
        Some(carried.value),
        ids(&["console"]),
        "options cut to those offered"
    );
    plan.update_answer("plan-projet", "composants-retenus", |a| {
        a.value = ids(&["usine"])
    });
    assert!(plan.carried(&defs, "plan-projet", later).is_none());
}
