//! The conflicts a merge leaves in a plan file, read back as untrusted input: an entry holds the
//! keys of its field and the three values, nothing else; an unknown key, a key of another kind of
//! field, or a field no merge leaves in conflict is refused with the usual words.

mod support;

use std::path::Path;
use std::process::Command;

use embarquement::plan::{Field, LoadError, Plan, Value, from_bytes};
use support::BIN;

/// The sample plan of the fixtures, with `conflicts` (YAML lines) appended.
fn text_with(conflicts: &str) -> String {
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml"),
    )
    .unwrap();
    format!("{}\nconflicts:\n{conflicts}", sample.trim_end())
}

/// The sample plan with `conflicts`, read.
fn with_conflicts(conflicts: &str) -> Result<Plan, LoadError> {
    from_bytes(Path::new("plan.yaml"), text_with(conflicts).as_bytes())
}

/// What `diff` says in French of the sample with `conflicts`, which it must refuse (exit 2).
fn refused(conflicts: &str) -> String {
    assert!(with_conflicts(conflicts).is_err());
    let dir = support::sandbox();
    let path = dir.path().join("plan.plan.yaml");
    std::fs::write(&path, text_with(conflicts)).unwrap();
    let out = Command::new(BIN)
        .args(["diff", "--lang", "fr"])
        .args([&path, &path])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8(out.stderr)
        .unwrap()
        .replace('\u{a0}', " ")
}

#[test]
fn a_conflict_entry_as_a_merge_writes_it_is_read_back() {
    let plan = with_conflicts(
        "- field: criterion_note\n  stage: opportunite\n  criterion: besoin\n  \
         base: {kind: text, value: Début.}\n  ours: {kind: text, value: Nous.}\n  \
         theirs: {kind: text, value: Eux.}\n",
    )
    .unwrap();
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(
        plan.conflicts[0].field,
        Field::CriterionNote {
            stage: "opportunite".into(),
            criterion: "besoin".into()
        }
    );
    assert_eq!(plan.conflicts[0].theirs, Some(Value::Text("Eux.".into())));
}

#[test]
fn an_unknown_key_in_a_conflict_entry_is_refused() {
    let words = refused(
        "- field: project_name\n  ours: {kind: text, value: A}\n  \
         theirs: {kind: text, value: B}\n  couleur: rouge\n",
    );
    assert!(words.contains("clé inconnue `couleur`"), "{words}");
}

#[test]
fn a_key_of_another_kind_of_field_is_refused() {
    let words = refused(
        "- field: project_name\n  criterion: besoin\n  ours: {kind: text, value: A}\n  \
         theirs: {kind: text, value: B}\n",
    );
    assert!(words.contains("clé inconnue `criterion`"), "{words}");
}

#[test]
fn a_field_no_merge_leaves_in_conflict_is_refused() {
    let words = refused(
        "- field: current_stage\n  ours: {kind: stage, value: 2}\n  \
         theirs: {kind: stage, value: 3}\n",
    );
    assert!(words.contains("`current_stage`"), "{words}");
}
