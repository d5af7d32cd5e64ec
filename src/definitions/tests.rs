//! Tests of loading and validating definition sets.

use super::load::from_texts;
use super::*;

use crate::test_support::minimal_dir as fixture_dir;

/// The minimal fixture's files, with `name` replaced by `text`.
fn fixture_with(name: &str, text: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            (file, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    for file in &mut files {
        if file.0 == name {
            file.1 = text.to_string();
        }
    }
    files
}

/// Loads the fixture with one file's text changed by `edit`, expecting errors.
fn errors_after(name: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    let original = std::fs::read_to_string(fixture_dir().join(name)).unwrap();
    let files = fixture_with(name, &edit(&original));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    from_texts(&refs)
        .expect_err("the edited set should be refused")
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_embedded_set_is_valid() {
    let defs = load(Source::Embedded).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(defs.stages.len(), 5);
    assert_eq!(defs.origin, Origin::Embedded);
    let numbers: Vec<u8> = defs.stages.iter().map(|s| s.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
}

#[test]
fn the_fixture_loads_with_questions_per_stage() {
    let defs = load(Source::Folder(&fixture_dir())).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(defs.version(), "test-1");
    assert_eq!(defs.stage_question_count(0), 7);
    assert_eq!(defs.stage_question_count(1), 3);
    assert_eq!(defs.stage_question_count(2), 0);
    let first = defs.stage_questions(0).next().unwrap();
    assert_eq!(first.questionnaire.id, "prequalification");
    assert_eq!(first.section.id, "contexte");
    assert_eq!(first.question.id, "organisation-application");
    assert!(defs.digest.starts_with("sha256:") && defs.digest.len() == 71);
}

#[test]
fn unknown_keys_are_located() {
    let errors = errors_after("stages.yaml", |t| {
        t.replacen(
            "    short_title: {fr: Plan",
            "    titel: x\n    short_title: {fr: Plan",
            1,
        )
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .starts_with("stages.yaml:41:5: stages[1]: unknown key `titel`: did you mean `title`?"),
        "{errors:?}"
    );
}

#[test]
fn a_missing_kind_is_reported() {
    let errors = errors_after("training.yaml", |t| t.replacen("kind: training\n", "", 1));
    assert_eq!(
        errors,
        ["training.yaml:1:1: missing `kind:` (one of offer, stages, questionnaire, training)"]
    );
}

#[test]
fn duplicate_criterion_ids_point_at_the_second_one() {
    let errors = errors_after("stages.yaml", |t| {
        t.replacen("- id: besoin", "- id: organisation", 1)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("stages.yaml:30:9: duplicate criterion id `organisation`"),
        "{errors:?}"
    );
}

#[test]
fn dangling_references_are_reported() {
    let errors = errors_after("stages.yaml", |t| {
        t.replacen(
            "questionnaires: [qualification]",
            "questionnaires: [qualif]",
            1,
        )
        .replacen("program: [adoption]", "program: [adoptoin]", 1)
    });
    // The hosting target's question is no longer asked: said on its `project_field:` line.
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":16:26:") && e.contains("programme contact `adoptoin`")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("qualification.yaml:13:9: ")
            && e.contains("`cible-hebergement` holds the project card's `hosting_target`, but no stage asks it")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":43:22:") && e.contains("questionnaire `qualif`")),
        "{errors:?}"
    );
}

#[test]
fn stage_numbers_must_cover_one_to_five() {
    let errors = errors_after("stages.yaml", |t| t.replacen("number: 5", "number: 7", 1));
    assert!(
        errors.iter().any(|e| e.contains("has number 7")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("no stage numbered 5")),
        "{errors:?}"
    );
}

#[test]
fn choices_only_on_choice_questions() {
    let errors = errors_after("prequalification.yaml", |t| {
        t.replacen("kind: multi_choice", "kind: text", 1)
    });
    // The stage 2 question that takes up `composants` no longer fits it either.
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("`composants` has `choices` but its kind takes none"),
        "{errors:?}"
    );
}

#[test]
fn links_must_be_https() {
    let errors = errors_after("prequalification.yaml", |t| {
        t.replacen("https://example.org/ftap", "http://example.org/ftap", 1)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("must be an absolute https:// URL"),
        "{errors:?}"
    );
}

#[test]
fn ids_must_be_kebab_case() {
    let errors = errors_after("stages.yaml", |t| {
        t.replacen("- id: besoin", "- id: Besoin_Metier", 1)
    });
    assert!(
        errors[0].contains("`Besoin_Metier` must be kebab-case"),
        "{errors:?}"
    );
}

#[test]
fn question_ids_are_unique_across_questionnaires() {
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("id: missions", "id: jalon", 1)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("qualification.yaml:"), "{errors:?}");
    assert!(
        errors[0].contains("duplicate question id `jalon`"),
        "{errors:?}"
    );
}

#[test]
fn kebab_case_and_https_rules() {
    assert!(validate::is_kebab_case("etape-1-opportunite"));
    assert!(
        !validate::is_kebab_case("a--b")
            && !validate::is_kebab_case("-a")
            && !validate::is_kebab_case("")
    );
    assert!(validate::is_https_url("https://cloud-pi-native.fr/guide"));
    assert!(!validate::is_https_url("https://"));
    assert!(!validate::is_https_url("https://exa mple.org"));
    assert!(!validate::is_https_url("javascript:alert(1)"));
}

#[test]
fn files_with_a_bom_load_and_other_encodings_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let path = entry.unwrap().path();
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(std::fs::read(&path).unwrap());
        std::fs::write(dir.path().join(path.file_name().unwrap()), bytes).unwrap();
    }
    let with_bom = load(Source::Folder(dir.path())).unwrap_or_else(|err| panic!("{err}"));
    std::fs::write(
        dir.path().join("training.yaml"),
        b"kind: training\n# caf\xE9\n",
    )
    .unwrap();
    let err = load(Source::Folder(dir.path())).unwrap_err();
    assert!(
        err.diagnostics[0]
            .to_string()
            .ends_with("training.yaml:2:1: not UTF-8 text: save the file as UTF-8"),
        "{err}"
    );
    assert_eq!(with_bom.stages.len(), 5);
}

#[test]
fn oversized_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = "# padding\n".repeat((MAX_FILE_BYTES / 10 + 1) as usize);
    std::fs::write(dir.path().join("offer.yaml"), big).unwrap();
    let err = load(Source::Folder(dir.path())).unwrap_err();
    assert!(err.to_string().contains("more than the"), "{err}");
}

#[test]
fn the_digest_ignores_the_folder_and_file_order() {
    let files = fixture_with("none", "");
    let forward: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let mut backward = forward.clone();
    backward.reverse();
    let folder = load(Source::Folder(&fixture_dir())).unwrap();
    assert_eq!(from_texts(&forward).unwrap().digest, folder.digest);
    assert_eq!(from_texts(&backward).unwrap().digest, folder.digest);
}

#[test]
fn the_question_holding_the_project_kind_must_be_a_single_choice() {
    let errors = errors_after("prequalification.yaml", |t| {
        t.replacen(
            "kind: choice\n        project_field: kind",
            "kind: multi_choice\n        project_field: kind",
            1,
        )
    });
    assert_eq!(
        errors,
        [
            "prequalification.yaml:13:9: question `type-projet` holds the project card's `kind`: it must be of kind `choice`"
        ]
    );
}

#[test]
fn a_project_field_held_twice_names_the_question_holding_it() {
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("project_field: hosting_target", "project_field: kind", 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:13:9: the project card's `kind` is already held by question `type-projet`: one question per field"
        ]
    );
}

#[test]
fn the_hosting_target_takes_its_choices_from_the_offer_alone() {
    let own = "        choices:\n          - {id: a, label: A}\n          - {id: b, label: B}\n";
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("        choices_from: hosting_targets\n", own, 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:13:9: question `cible-hebergement` holds the hosting target: give it `choices_from: hosting_targets` to take the offer's targets"
        ]
    );
    let errors = errors_after("qualification.yaml", |t| {
        let with_own = format!("        choices_from: hosting_targets\n{own}");
        t.replacen("        choices_from: hosting_targets\n", &with_own, 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:14:9: question `cible-hebergement` takes its choices from the offer's `hosting_targets`: remove its `choices`, the offer's list is enough"
        ]
    );
    let errors = errors_after("offer.yaml", |t| {
        t.replacen("  - id: socle-mutualise-np\n    name: {fr: Socle mutualisé NP, en: Shared platform NP}\n", "", 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:14:9: question `cible-hebergement` takes its choices from the offer's `hosting_targets`, which gives fewer than two"
        ]
    );
}

#[test]
fn the_offers_hosting_targets_are_the_questions_choices() {
    let defs = load(Source::Folder(&fixture_dir())).unwrap_or_else(|err| panic!("{err}"));
    let holder = defs.project_question(ProjectField::HostingTarget).unwrap();
    assert_eq!(holder.stage.id, "plan-projet");
    let choices: Vec<(&str, &str)> = holder
        .question
        .question
        .choices
        .iter()
        .map(|c| (c.id.as_str(), c.label.get(crate::i18n::Lang::Fr)))
        .collect();
    assert_eq!(
        choices,
        [
            ("socle-mutualise-np", "Socle mutualisé NP"),
            ("a-definir", "À définir")
        ]
    );
    let followed = defs.followed("composants-retenus").unwrap();
    assert_eq!(
        (
            followed.stage.number,
            followed.question.question.id.as_str()
        ),
        (1, "composants")
    );
}

#[test]
fn a_question_follows_a_known_question_of_an_earlier_stage_with_an_answer_that_fits() {
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("follows: composants", "follows: composant", 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:19:9: question `composants-retenus` follows question `composant`, which no questionnaire defines"
        ]
    );
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("follows: composants", "follows: composants-retenus", 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:19:9: question `composants-retenus` follows question `composants-retenus`, which must be asked at an earlier stage"
        ]
    );
    let errors = errors_after("qualification.yaml", |t| {
        t.replacen("follows: composants", "follows: financement", 1)
    });
    assert_eq!(
        errors,
        [
            "qualification.yaml:19:9: question `composants-retenus` cannot follow the answer of question `financement`: give the same `kind`, or a text that follows a text, a number or a date"
        ]
    );
    // Free text may take up a date, as the embedded `jalons` takes up `jalons-et-echeances`.
    let defs = load(Source::Embedded).unwrap_or_else(|err| panic!("{err}"));
    let followed = defs.followed("jalons").unwrap();
    assert_eq!(followed.question.question.kind, QuestionKind::Date);
}
