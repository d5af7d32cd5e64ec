//! The command line's own words: its help and its refusals follow `--lang`, and a word where a
//! command is expected is a command, or a plan's path, never a new plan named by a typo.

mod support;

use std::fs;

use support::pty::Pty;
use support::{PLAN_FILE, command, command_minimal, minimal_definitions};

/// Runs `args` in a fresh folder; returns the exit code, stdout and stderr.
fn run(args: &[&str], lang_variable: Option<&str>) -> (i32, String, String) {
    let dir = support::sandbox();
    let mut command = command(dir.path());
    command.args(args).env_remove("EMBARQUEMENT_LANG");
    if let Some(lang) = lang_variable {
        command.env("EMBARQUEMENT_LANG", lang);
    }
    let output = command.output().expect("the program runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    let code = output.status.code().expect("an exit code");
    (code, text(output.stdout), text(output.stderr))
}

/// True when `help` lists `command` with `about` on its line, however wide the column of names.
fn lists(help: &str, command: &str, about: &str) -> bool {
    help.lines().any(|line| {
        line.trim_start()
            .strip_prefix(command)
            .is_some_and(|rest| rest.starts_with(' ') && rest.trim_start() == about)
    })
}

#[test]
fn the_help_is_in_french_by_default() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let (code, help, stderr) = run(args, None);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        assert!(
            help.contains("Utilisation\u{a0}: embarquement [OPTIONS] [PLAN] [COMMANDE]"),
            "{help}"
        );
        assert!(help.contains("Commandes\u{a0}:"), "{help}");
        assert!(
            lists(
                &help,
                "init",
                "Créer un plan projet sans ouvrir l'assistant"
            ),
            "{help}"
        );
        assert!(help.contains("-h, --help"), "{help}");
        assert!(help.contains("Afficher l'aide"), "{help}");
        assert!(!help.contains("Usage") && !help.contains("Print"), "{help}");
    }
}

#[test]
fn lang_en_turns_the_help_to_english() {
    for args in [&["--lang", "en", "--help"][..], &["-h", "--lang=en"]] {
        let (code, help, _) = run(args, None);
        assert_eq!(code, 0);
        assert!(
            help.contains("Usage: embarquement [OPTIONS] [PLAN] [COMMAND]"),
            "{help}"
        );
        assert!(
            lists(
                &help,
                "init",
                "Create a project plan without opening the wizard"
            ),
            "{help}"
        );
        assert!(
            help.contains("-h, --help                  Print help"),
            "{help}"
        );
        assert!(
            !help.contains("Utilisation") && !help.contains("Créer"),
            "{help}"
        );
    }
}

#[test]
fn a_command_s_help_follows_the_language_too() {
    let (code, help, _) = run(&["--lang", "en", "status", "--help"], None);
    assert_eq!(code, 0);
    assert!(
        help.starts_with("Summarise the plan's progress, stage by stage"),
        "{help}"
    );
    assert!(
        help.contains("Usage: embarquement status [OPTIONS] [PLAN]"),
        "{help}"
    );
    assert!(help.contains("--format <FORMAT>"), "{help}");
    let (_, help, _) = run(&["help", "init"], Some("en"));
    let name = help
        .lines()
        .find(|l| l.trim_start().starts_with("--name <NAME>"));
    assert!(
        name.is_some_and(|l| l.ends_with(" Name of the project")),
        "{help}"
    );
    let (_, help, _) = run(&["init", "-h"], None);
    assert!(help.contains("--name <NOM>"), "{help}");
    assert!(help.contains("Nom du projet"), "{help}");
}

#[test]
fn a_usage_mistake_is_said_in_the_language_asked_for_with_exit_code_2() {
    let (code, stdout, stderr) = run(&["--lang", "en", "init"], None);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with("error: missing --name <NAME>"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Usage: embarquement init --name <NAME> [PLAN]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("For more information, try `embarquement init --help`."),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["status", "--format", "yaml"], None);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(
            "erreur\u{a0}: valeur «\u{a0}yaml\u{a0}» refusée pour --format <FORMAT>\u{a0}; valeurs possibles\u{a0}: text, json"
        ),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["--lang", "de"], Some("en"));
    assert_eq!(code, 2);
    assert!(
        stderr
            .starts_with("error: value \"de\" refused for --lang <LANG>; possible values: fr, en"),
        "{stderr}"
    );
}

#[test]
fn a_mistyped_command_is_refused_with_the_nearest_command_and_creates_nothing() {
    let dir = support::sandbox();
    let output = command_minimal(dir.path(), &["stauts"]).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.starts_with(
            "erreur\u{a0}: commande inconnue «\u{a0}stauts\u{a0}»\u{a0}: vouliez-vous dire `status`\u{a0}?"
        ),
        "{stderr}"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a file was created"
    );
}

#[test]
fn in_a_terminal_a_mistyped_command_opens_no_wizard() {
    let dir = support::sandbox();
    let mut pty = Pty::spawn(dir.path(), &["--lang", "en", "valdiate"]);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 2, "{}", pty.text());
    assert!(
        pty.text()
            .contains("error: unknown command \"valdiate\": did you mean `validate`?"),
        "{}",
        pty.text()
    );
    assert!(!dir.path().join("valdiate").exists());
    assert!(!dir.path().join(PLAN_FILE).exists());
}

#[test]
fn an_existing_plan_named_without_yaml_still_opens() {
    let dir = support::sandbox();
    command_minimal(
        dir.path(),
        &["init", "monplan", "--name", "Démo sans extension"],
    )
    .assert()
    .success();
    let definitions = minimal_definitions();
    let definitions = definitions.to_str().expect("UTF-8 path");
    let mut pty = Pty::spawn(dir.path(), &["--questionnaires", definitions, "monplan"]);
    pty.wait_text("embarquement · Démo sans extension");
    pty.quit();
}

#[test]
fn a_new_plan_s_path_opens_the_setup_form() {
    let dir = support::sandbox();
    let definitions = minimal_definitions();
    let definitions = definitions.to_str().expect("UTF-8 path");
    for path in ["nouveau.yml", "./nouveau"] {
        let mut pty = Pty::spawn(dir.path(), &["--questionnaires", definitions, path]);
        pty.wait_text("Nouveau plan projet");
        pty.send(support::pty::key::ESC);
        assert!(pty.wait_exit().success(), "{path}: {}", pty.text());
    }
}
