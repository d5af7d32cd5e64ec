//! `embarquement gate`: exit 0 when a stage is ready for a go, 3 when not with every reason, 1 on
//! a plan that cannot be read, 2 on a stage that does not exist; text and JSON.

mod support;

use std::fs;
use std::path::Path;

use serde_json::Value;

fn sample() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml")
}

/// `embarquement gate ARGS` in `dir`: exit code, standard output, standard error.
fn gate(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let all: Vec<&str> = std::iter::once("gate")
        .chain(args.iter().copied())
        .collect();
    support::outcome(dir, &all)
}

#[test]
fn a_stage_ready_exits_0_and_one_not_ready_exits_3_with_every_reason() {
    let dir = support::sandbox();
    let plan = sample();
    let plan = plan.to_str().unwrap();
    let (code, out, _) = gate(dir.path(), &[plan, "--stage", "1"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("prête pour un go"), "{out}");

    let (code, out, _) = gate(dir.path(), &[plan, "--stage", "2", "--lang", "en"]);
    assert_eq!(code, 3);
    assert!(out.contains("not ready for a go"), "{out}");
    assert!(out.contains("blocking criterion not settled: "), "{out}");
    assert!(out.contains("required question unanswered: "), "{out}");

    let (code, out, _) = gate(dir.path(), &[plan, "--stage", "3", "--format", "json"]);
    assert_eq!(code, 3);
    let value: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["format"], "embarquement-gate/1");
    assert_eq!(value["ready"], false);
    let previous: Vec<&Value> = value["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "previous_stage")
        .collect();
    assert_eq!(previous.len(), 1, "stage 2 has no service team's go");
    assert_eq!(previous[0]["id"], "2");
}

#[test]
fn a_plan_changed_by_hand_is_not_ready() {
    let dir = support::sandbox();
    let plan = support::init_plan(dir.path(), "Démo");
    let plan_arg = plan.to_str().unwrap();
    let args = ["gate", plan_arg, "--stage", "1", "--format", "json"];
    let reasons = |dir: &Path| -> Vec<String> {
        let out = support::command_minimal(dir, &args).output().unwrap();
        assert_eq!(out.status.code(), Some(3));
        let value: Value = serde_json::from_slice(&out.stdout).unwrap();
        value["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["kind"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!reasons(dir.path()).contains(&"seal".to_string()));
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(&plan, text.replace("Démo", "Démo modifiée")).unwrap();
    assert_eq!(reasons(dir.path()).last().map(String::as_str), Some("seal"));
}

#[test]
fn an_unreadable_plan_exits_1_and_a_stage_that_does_not_exist_exits_2() {
    let dir = support::sandbox();
    let (code, _, err) = gate(dir.path(), &["absent.plan.yaml", "--stage", "1"]);
    assert_eq!(code, 1, "{err}");
    let plan = sample();
    let (code, _, err) = gate(dir.path(), &[plan.to_str().unwrap(), "--stage", "9"]);
    assert_eq!(code, 2);
    assert!(err.contains("pas d'étape 9"), "{err}");
    let (code, _, _) = gate(dir.path(), &[plan.to_str().unwrap()]);
    assert_eq!(code, 2, "--stage is required");
}

#[test]
fn the_reasons_read_as_their_golden_file() {
    let dir = support::sandbox();
    let plan = sample();
    let (code, out, _) = gate(dir.path(), &[plan.to_str().unwrap(), "--stage", "3"]);
    assert_eq!(code, 3);
    insta::assert_snapshot!("stage_3_fr", out);
}
