//! End-to-end faults: signals, Ctrl-Z, a terminal shrunk mid-edit, no terminal, and files holding
//! escape sequences. The wizard runs in a real pseudo-terminal; checks read the plan left on disk,
//! the terminal's state, and the very bytes the program wrote.
#![cfg(unix)]

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::pty::{Pty, key};
use support::{PLAN_FILE, command, init_plan, minimal_definitions, read_plan, str_at};

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";
/// The title of the note editor on stage 1's first criterion.
const NOTE_EDITOR: &str = "Note de l'équipe — Organisation de rattachement identifiée";
const ANSWER_EDITOR: &str = "Réponse — Organisation et application concernée";

/// An OSC title change, a screen clear, a bidi override and a C1 CSI, as YAML escapes.
const HOSTILE_YAML: &str = r"\e]0;pwned\a\e[2J\u202E\x9b";
/// The same, as the text it stands for.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202E}\u{9b}";

/// The wizard on the definitions of `definitions`, in `dir`.
fn wizard_on(dir: &Path, definitions: &Path) -> Pty {
    let definitions = definitions.to_str().expect("UTF-8 path");
    Pty::spawn(dir, &["--questionnaires", definitions])
}

/// The wizard on a plan created by `init` in `dir`, once its main screen is drawn.
fn open_new_plan(dir: &Path) -> Pty {
    init_plan(dir, "Démo");
    let pty = wizard_on(dir, &minimal_definitions());
    pty.wait_text(MAIN_SCREEN);
    pty
}

/// Opens the note editor of the first criterion and types `text` into it.
fn type_a_note(pty: &mut Pty, text: &str) {
    pty.press(key::ENTER, NOTE_EDITOR);
    pty.press(text, text);
}

/// Types `more` in the open note editor until `shown` shows, closes it, quits, and checks that
/// the plan holds the note `expected`.
fn finish_note(pty: &mut Pty, dir: &Path, more: &str, shown: &str, expected: &str) {
    pty.press(more, shown);
    // Escape followed too soon by another key would read as Alt and that key.
    press_until_gone(pty, key::ESC, NOTE_EDITOR);
    pty.quit();
    assert_eq!(saved_note(dir), expected);
}

/// Sends `bytes`, then waits until `needle` is no longer on the screen.
fn press_until_gone(pty: &mut Pty, bytes: &[u8], needle: &str) {
    pty.send(bytes);
    pty.wait_for(&format!("`{needle}` to go away"), |text| {
        !text.contains(needle)
    });
}

/// The team's note on stage 1's first criterion, in the plan file of `dir`.
fn saved_note(dir: &Path) -> String {
    let plan = read_plan(&dir.join(PLAN_FILE));
    str_at(
        &plan,
        &["stages", "opportunite", "criteria", "organisation", "note"],
    )
    .to_string()
}

/// Checks the terminal is as the shell left it: main screen, cursor shown, no bracketed paste,
/// line mode (raw mode off).
fn assert_restored(pty: &Pty) {
    pty.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still in the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste is still on");
    });
    assert!(pty.in_line_mode(), "the terminal is still in raw mode");
}

#[test]
fn sigterm_while_editing_saves_the_text_and_restores_the_terminal() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    type_a_note(&mut pty, "Note en cours");
    pty.signal("TERM");
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "{}", pty.text());
    assert_eq!(saved_note(dir.path()), "Note en cours");
    assert_restored(&pty);
    assert!(
        pty.text().contains("Arrêt demandé (signal 15)"),
        "{}",
        pty.text()
    );
}

#[test]
fn sighup_saves_the_answer_being_typed() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    pty.press(key::TAB, "Questionnaire");
    pty.press(key::ENTER, ANSWER_EDITOR);
    pty.press("Préfecture", "Préfecture");
    pty.signal("HUP");
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 128 + 1, "{}", pty.text());
    let plan = read_plan(&dir.path().join(PLAN_FILE));
    let answer = &[
        "stages",
        "opportunite",
        "answers",
        "organisation-application",
        "value",
    ];
    assert_eq!(str_at(&plan, answer), "Préfecture");
    assert_restored(&pty);
}

#[test]
fn ctrl_z_saves_then_takes_the_terminal_back() {
    // The test's terminal has no job control, so the kernel lets the stop go and the wizard comes
    // back at once: what is checked is the save before, and the screen and the editor after.
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    type_a_note(&mut pty, "Avant la pause");
    pty.send(b"\x1a");
    pty.wait_for("the plan saved with the note", |_| {
        fs::read_to_string(dir.path().join(PLAN_FILE)).is_ok_and(|t| t.contains("Avant la pause"))
    });
    pty.wait_for("the pause notice", |_| {
        String::from_utf8_lossy(&pty.output()).contains("Tapez `fg` pour reprendre")
    });
    pty.wait_for_screen("the wizard back", |screen| {
        screen.alternate_screen() && screen.contents().contains(NOTE_EDITOR)
    });
    let note = "Avant la pause, et après";
    finish_note(&mut pty, dir.path(), ", et après", note, note);
}

#[test]
fn a_terminal_shrunk_to_20x5_in_the_middle_of_an_edit_keeps_the_text() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    type_a_note(&mut pty, "Début");
    pty.resize(20, 5);
    pty.wait_text("Agrandissez");
    pty.resize(100, 30);
    pty.wait_for("the editor back with its text", |text| {
        text.contains(NOTE_EDITOR) && text.contains("Début")
    });
    finish_note(
        &mut pty,
        dir.path(),
        " et fin",
        "Début et fin",
        "Début et fin",
    );
}

#[test]
fn pasted_and_typed_controls_are_not_stored() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    pty.press(key::ENTER, NOTE_EDITOR);
    // A bracketed paste holding a colour change, a bell and a Windows line end.
    pty.send(b"\x1b[200~ab\x1b[31mc\x07d\r\ne\x1b[201~");
    pty.wait_text("ab[31mcd");
    // A C1 control and a bidi override typed as keys.
    finish_note(
        &mut pty,
        dir.path(),
        "x\u{9b}y\u{202E}z",
        "xyz",
        "ab[31mcd\nexyz",
    );
}

#[test]
fn without_a_terminal_on_stdin_or_stdout_the_wizard_writes_no_escape_codes() {
    // The other side stays the pseudo-terminal, so the wizard could have drawn on it.
    for redirect in ["> out.txt", "< /dev/null"] {
        let dir = support::sandbox();
        fs::write(dir.path().join("out.txt"), "").unwrap();
        let script = format!(
            "\"$BIN\" --questionnaires '{}' {redirect}; echo \"code=$?\"",
            minimal_definitions().display()
        );
        let mut pty = Pty::spawn_shell(dir.path(), &script);
        pty.wait_exit();
        let text = pty.text();
        assert!(text.contains("code=2"), "{redirect}: {text}");
        assert!(text.contains("embarquement init"), "{redirect}: {text}");
        assert!(
            !pty.output().contains(&0x1b),
            "{redirect}: {:?}",
            pty.output()
        );
        assert_eq!(fs::read(dir.path().join("out.txt")).unwrap(), b"");
        assert!(!dir.path().join(PLAN_FILE).exists());
    }
}

/// A copy of the minimal definitions in `dir/definitions` whose titles, help, links, labels,
/// choices, version and training items carry [`HOSTILE_YAML`].
fn hostile_definitions(dir: &Path) -> PathBuf {
    let target = dir.join("definitions");
    fs::create_dir_all(&target).unwrap();
    for entry in fs::read_dir(minimal_definitions()).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        fs::write(target.join(path.file_name().unwrap()), text).unwrap();
    }
    let inject = |file: &str, pairs: &[(&str, &str)]| {
        let path = target.join(file);
        let mut text = fs::read_to_string(&path).unwrap();
        for (from, to) in pairs {
            assert!(text.contains(from), "no `{from}` in {file}");
            text = text.replacen(from, to, 1);
        }
        fs::write(path, text).unwrap();
    };
    let h = HOSTILE_YAML;
    inject(
        "stages.yaml",
        &[
            (
                "fr: \"Juger de l'opportunité\"",
                &format!("fr: \"Juger de l'opportunité{h}\""),
            ),
            ("fr: Opportunité,", &format!("fr: \"Opport{h}unité\",")),
            (
                "fr: \"Responsabilités et missions.\"",
                &format!("fr: \"Responsabilités{h} et missions.\""),
            ),
            (
                "fr: \"Besoin exprimé\"",
                &format!("fr: \"Besoin exprimé{h}\""),
            ),
            (
                "- url: https://example.org/matrice",
                &format!("- {{url: https://example.org/matrice, title: \"Matrice{h}\"}}"),
            ),
        ],
    );
    inject(
        "offer.yaml",
        &[
            ("version: \"test-1\"", &format!("version: \"test-1{h}\"")),
            (
                "fr: \"Offre de test\"",
                &format!("fr: \"Offre de test{h}\""),
            ),
        ],
    );
    inject(
        "training.yaml",
        &[("fr: \"Les bases\"", &format!("fr: \"Les bases{h}\""))],
    );
    inject(
        "prequalification.yaml",
        &[
            (
                "fr: \"Organisation et application concernée\"",
                &format!("fr: \"Organisation et application concernée{h}\""),
            ),
            (
                "label: {fr: Nouveau,",
                &format!("label: {{fr: \"Nouveau{h}\","),
            ),
        ],
    );
    target
}

/// Writes a plan in `dir` whose name, organisation, note and answer carry [`HOSTILE_YAML`].
fn hostile_plan(dir: &Path) -> PathBuf {
    let path = init_plan(dir, "Démo");
    let h = HOSTILE_YAML;
    // Written by hand, as an attacker would: without the seal's comment lines, so that the wizard
    // opens it as a plan from before the seal, with no warning in front of the screens under test.
    let unsealed: String = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    let text = unsealed.replace(
        "  name: Démo\n",
        &format!("  name: \"Démo{h}\"\n  organisation: \"Préfecture{h}\"\n"),
    );
    let stages = format!(
        "stages:\n  opportunite:\n    criteria:\n      organisation:\n        status: ok\n        note: \"Note{h}\"\n        interviewer_note: \"Avis{h}\"\n      \"disparu{h}\":\n        status: ok\n    answers:\n      organisation-application:\n        value: \"Réponse{h}\"\n    decisions:\n      project_team:\n        status: no_go\n        name: \"Nom{h}\"\n        rationale: \"Motif{h}\"\n"
    );
    fs::write(&path, text + &stages).unwrap();
    path
}

/// Panics when `bytes` holds any part of [`HOSTILE`] as the program would have received it.
fn assert_harmless(what: &str, bytes: &[u8]) {
    let shown = String::from_utf8_lossy(bytes);
    for needle in [
        "\u{1b}]0;".as_bytes(),
        b"\x07",
        "\u{202E}".as_bytes(),
        "\u{9b}".as_bytes(),
        b"\x1b[2J\xe2",
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{what} wrote {:?} raw:\n{shown:?}",
            String::from_utf8_lossy(needle)
        );
    }
}

#[test]
fn escape_sequences_in_the_plan_and_definitions_never_reach_the_terminal() {
    let dir = support::sandbox();
    let definitions = hostile_definitions(dir.path());
    hostile_plan(dir.path());
    let mut pty = wizard_on(dir.path(), &definitions);
    // The visible stand-ins show where the sequences were.
    pty.wait_text("Démo␛]0;pwned␇␛[2J");
    pty.wait_text("Responsabilités␛]0;pwned");
    pty.wait_text("Nom␛]0;pwned");
    pty.press(key::DOWN, "Besoin exprimé␛]0;pwned");
    pty.press(key::DOWN, "Matrice␛]0;pwned");
    pty.press(key::TAB, "Réponse\u{a0}: Réponse␛]0;pwned");
    pty.press(
        key::ENTER,
        "Réponse — Organisation et application concernée␛",
    );
    press_until_gone(&mut pty, key::ESC, "Réponse —");
    pty.press(key::DOWN, "○ Type de projet");
    pty.press(key::ENTER, "( ) Nouveau␛]0;pwned");
    press_until_gone(&mut pty, key::ESC, "( ) Nouveau");
    // In an editor, text from the file is cleaned like typed text.
    pty.press(b"d", "Motif]0;pwned[2J");
    press_until_gone(&mut pty, key::ESC, "Motif]0;pwned");
    pty.press(b"f", "Les bases␛]0;pwned");
    press_until_gone(&mut pty, key::ESC, "Offre et formation");
    pty.press(b"?", "┌ Aide");
    press_until_gone(&mut pty, key::ESC, "┌ Aide");
    // The decision form was closed without change: no draft, so quitting does not ask.
    pty.quit();
    assert_harmless("the wizard", &pty.output());
}

#[test]
fn status_and_validate_print_escape_sequences_harmlessly() {
    let dir = support::sandbox();
    let definitions = hostile_definitions(dir.path());
    let plan = hostile_plan(dir.path());
    let run = |args: &[&str]| {
        command(dir.path())
            .args(args)
            .arg("--questionnaires")
            .arg(&definitions)
            .output()
            .unwrap()
    };
    let text = run(&["status", plan.to_str().unwrap()]);
    assert!(text.status.success());
    assert_harmless("status", &text.stdout);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Démo␛]0;pwned"));

    let json = run(&["status", plan.to_str().unwrap(), "--format", "json"]);
    assert_harmless("status --format json", &json.stdout);
    let summary: serde_json::Value = serde_json::from_slice(&json.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&json.stdout)));
    // Escaped, not altered: a script reading the JSON gets the names as they are in the files.
    assert_eq!(summary["project"]["name"], format!("Démo{HOSTILE}"));
    assert_eq!(
        summary["stages"][0]["title"],
        format!("Juger de l'opportunité{HOSTILE}")
    );

    // A plan with an unknown key: the error message quotes it.
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(&plan, format!("{text}\"tit{HOSTILE_YAML}le\": x\n")).unwrap();
    let refused = run(&["status", plan.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert_harmless("status (errors)", &refused.stderr);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("tit␛]0;pwned"), "{stderr}");

    let valid = command(dir.path())
        .args(["validate", definitions.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(valid.status.success(), "{valid:?}");
    assert_harmless("validate", &valid.stdout);
    let summary = String::from_utf8_lossy(&valid.stdout);
    assert!(summary.contains("test-1␛]0;pwned"), "{summary}");

    // An unknown key is quoted in the error message.
    let stages = definitions.join("stages.yaml");
    let broken = fs::read_to_string(&stages).unwrap().replacen(
        "    number: 1\n",
        &format!("    number: 1\n    \"tit{HOSTILE_YAML}le\": x\n"),
        1,
    );
    fs::write(&stages, broken).unwrap();
    let invalid = command(dir.path())
        .args(["validate", definitions.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(invalid.status.code(), Some(1));
    assert_harmless("validate (errors)", &invalid.stderr);
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert!(stderr.contains("stages.yaml:5:"), "{stderr}");
    assert!(stderr.contains("tit␛]0;pwned"), "{stderr}");

    let wizard = run(&[plan.to_str().unwrap()]);
    assert_eq!(wizard.status.code(), Some(1));
    assert_harmless("the wizard's error", &wizard.stderr);
}
