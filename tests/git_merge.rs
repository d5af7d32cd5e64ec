//! Plans in a real git repository set up by `git-setup`: two branches changing a plan in different
//! places merge cleanly with both changes kept; changing the same place leaves a conflict that git
//! reports and the plan holds in structure, without markers, counted by `status`; once resolved,
//! `git add` and commit go through. `git diff` shows plans in words.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use embarquement::plan::{Plan, Resolution, load, overwrite};
use support::BIN;

/// The plan's file in the repository (routed by `*.plan.yaml`).
const PLAN: &str = "projet.plan.yaml";

/// Runs `git` in `dir` with a configuration of its own, and returns what it did.
fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("HOME", dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("EMBARQUEMENT_LANG", "fr")
        .output()
        .expect("git runs")
}

/// Runs `git` and requires it to succeed.
fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A repository set up by `embarquement git-setup`, with the sample plan committed on `main`.
fn repository() -> tempfile::TempDir {
    let dir = support::sandbox();
    let root = dir.path();
    git_ok(root, &["init", "-q", "-b", "main"]);
    git_ok(root, &["config", "user.name", "Test"]);
    git_ok(root, &["config", "user.email", "test@example.org"]);
    git_ok(root, &["config", "commit.gpgsign", "false"]);
    let setup = Command::new(BIN)
        .args(["git-setup"])
        .arg(root)
        .output()
        .unwrap();
    assert!(setup.status.success(), "{setup:?}");
    let attributes = std::fs::read_to_string(root.join(".gitattributes")).unwrap();
    assert!(attributes.contains("*.plan.yaml merge=embarquement diff=embarquement"));
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml");
    let plan = load(&fixture).unwrap();
    overwrite(&plan, &root.join(PLAN)).unwrap();
    git_ok(root, &["add", "."]);
    git_ok(root, &["commit", "-q", "-m", "plan reçu"]);
    dir
}

/// Commits on a new branch `name` (from `main`) the plan changed by `change`.
fn branch(root: &Path, name: &str, change: impl FnOnce(&mut Plan)) {
    git_ok(root, &["checkout", "-q", "-b", name, "main"]);
    let path = root.join(PLAN);
    let mut plan = load(&path).unwrap();
    change(&mut plan);
    overwrite(&plan, &path).unwrap();
    git_ok(root, &["commit", "-q", "-am", name]);
}

/// Sets the team's note on a criterion of stage 1.
fn note(criterion: &'static str, text: &'static str) -> impl FnOnce(&mut Plan) {
    move |plan| plan.update_criterion("opportunite", criterion, |r| r.note = text.to_string())
}

#[test]
fn changes_in_different_places_merge_cleanly_and_both_are_kept() {
    let dir = repository();
    let root = dir.path();
    branch(root, "equipe", note("besoin", "Note de l'équipe."));
    branch(root, "service", |plan| {
        plan.update_criterion("opportunite", "pertinence-avec-l-offre", |r| {
            r.interviewer_note = "Note de la service team.".to_string()
        })
    });
    git_ok(root, &["merge", "-q", "--no-edit", "equipe"]);
    let text = std::fs::read_to_string(root.join(PLAN)).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let merged = load(&root.join(PLAN)).unwrap();
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.criterion("opportunite", "besoin").note,
        "Note de l'équipe."
    );
    assert_eq!(
        merged
            .criterion("opportunite", "pertinence-avec-l-offre")
            .interviewer_note,
        "Note de la service team."
    );
    let shown = git_ok(root, &["diff", "main", "HEAD", "--", PLAN]);
    assert!(
        shown.contains("note de l'intervieweur sur le critère"),
        "{shown}"
    );
    assert!(shown.contains("Note de la service team."), "{shown}");
}

/// Merges two branches that changed the note of one criterion differently: git reports the
/// conflict, and the plan holds it without markers. Returns the plan's path.
fn conflicted(root: &Path) -> std::path::PathBuf {
    branch(root, "equipe", note("besoin", "Version de l'équipe."));
    branch(
        root,
        "service",
        note("besoin", "Version de la service team."),
    );
    let merging = git(root, &["merge", "--no-edit", "equipe"]);
    assert!(!merging.status.success(), "git must report the conflict");
    assert!(String::from_utf8_lossy(&merging.stdout).contains("CONFLICT"));
    let path = root.join(PLAN);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        !text.contains("<<<<<<<") && !text.contains(">>>>>>>"),
        "{text}"
    );
    path
}

/// Commits the resolved plan and checks that it holds their note and no conflict.
fn commit_resolved(root: &Path, path: &Path) {
    git_ok(root, &["add", PLAN]);
    git_ok(root, &["commit", "-q", "--no-edit"]);
    let committed = load(path).unwrap();
    assert!(committed.conflicts.is_empty());
    assert_eq!(
        committed.criterion("opportunite", "besoin").note,
        "Version de l'équipe."
    );
}

#[test]
fn the_same_place_changed_twice_is_a_conflict_held_in_the_plan_then_resolved() {
    let dir = repository();
    let root = dir.path();
    let path = conflicted(root);
    let merged = load(&path).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(
        format!("{:?}", conflict.field),
        "CriterionNote { stage: \"opportunite\", criterion: \"besoin\" }"
    );
    let status = Command::new(BIN)
        .args(["status", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(summary["conflicts"], 1);

    let mut resolved = merged.clone();
    resolved.apply(merged.resolve(0, Resolution::Theirs).unwrap());
    overwrite(&resolved, &path).unwrap();
    commit_resolved(root, &path);
}

#[cfg(unix)]
#[test]
fn the_wizard_shows_the_conflict_and_resolving_it_there_lets_git_commit() {
    use support::pty::{Pty, key};

    let dir = repository();
    let root = dir.path();
    let path = conflicted(root);
    let mut wizard = Pty::spawn_sized(root, &[PLAN], 120, 40);
    wizard.wait_text("c conflit");
    // Stage 1 shows the criterion in conflict.
    wizard.press(b"1", "conflit Besoin");
    wizard.press(b"c", "Garder leur version");
    wizard.send(key::DOWN);
    wizard.send(key::ENTER);
    // Once none is left, the key leaves the footer.
    wizard.wait_for("the conflict resolved", |screen| {
        !screen.contains("c conflit")
    });
    wizard.quit();
    commit_resolved(root, &path);
}
