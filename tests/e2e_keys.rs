//! End-to-end: what keys do in the option lists and the number and date editors, in a real
//! pseudo-terminal; the plan file is read back byte for byte where nothing may change.
#![cfg(unix)]

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::pty::{Pty, key};
use support::{init_plan, minimal_definitions};

/// Ctrl-U, as a terminal sends it.
const CTRL_U: &[u8] = b"\x15";

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";

/// A plan with answers to the lists and a number that does not parse (`1e309` is beyond any
/// float), written without the seal's lines, as a plan from before the seal or by hand.
fn plan_with_answers(dir: &Path) -> PathBuf {
    let path = init_plan(dir, "Démo");
    let unsealed: String = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    let stages = "stages:\n  opportunite:\n    answers:\n      financement:\n        value: true\n      composants:\n        value: [usine]\n      nombre-modules:\n        value: 1e309\n";
    fs::write(&path, unsealed + stages).unwrap();
    path
}

/// The wizard on the minimal definitions in `dir`, once its main screen is drawn.
fn wizard(dir: &Path) -> Pty {
    let definitions = minimal_definitions();
    let pty = Pty::spawn(
        dir,
        &[
            "--questionnaires",
            definitions.to_str().expect("UTF-8 path"),
        ],
    );
    pty.wait_text(MAIN_SCREEN);
    pty
}

/// From the criteria, focuses the questions and moves down `rows` questions to `label`.
fn go_to_question(pty: &mut Pty, rows: usize, label: &str) {
    pty.press_pane(key::TAB, "Détail", "Organisation et application concernée");
    for _ in 1..rows {
        pty.send(key::DOWN);
    }
    pty.press_pane(key::DOWN, "Détail", label);
}

/// Sends `bytes`, then waits until `needle` is no longer on the screen.
fn press_until_gone(pty: &mut Pty, bytes: &[u8], needle: &str) {
    pty.send(bytes);
    pty.wait_for(&format!("`{needle}` to go away"), |text| {
        !text.contains(needle)
    });
}

#[test]
fn space_then_esc_in_the_lists_leaves_the_plan_file_byte_identical() {
    let dir = support::sandbox();
    let path = plan_with_answers(dir.path());
    let before = fs::read(&path).unwrap();
    let mut pty = wizard(dir.path());

    go_to_question(&mut pty, 3, "L'application est-elle déjà financée\u{a0}?");
    let list = pty.press(key::ENTER, "(•) oui");
    assert!(list.contains("Entrée choisir  Échap annuler"), "{list}");
    pty.press(key::SPACE, "( ) oui");
    press_until_gone(&mut pty, key::ESC, "( ) oui");
    pty.wait_for("the answer kept", |text| {
        support::pty::pane(text, "Détail").contains("Réponse\u{a0}: oui")
    });

    pty.press_pane(key::DOWN, "Détail", "Composants qui vous intéressent");
    let list = pty.press(key::ENTER, "[x] Usine logicielle");
    assert!(
        list.contains("Espace cocher  Entrée valider  Échap annuler"),
        "{list}"
    );
    pty.press(key::SPACE, "[ ] Usine logicielle");
    pty.send(key::UP);
    pty.press(key::SPACE, "[x] Console");
    press_until_gone(&mut pty, key::ESC, "[x] Console");
    pty.press_pane(
        key::UP,
        "Détail",
        "L'application est-elle déjà financée\u{a0}?",
    );
    pty.press_pane(key::DOWN, "Détail", "Réponse\u{a0}: Usine logicielle");

    pty.quit();
    assert_eq!(fs::read(&path).unwrap(), before, "the plan file changed");
}

#[test]
fn esc_and_ctrl_c_leave_number_and_date_editors_holding_invalid_text() {
    let dir = support::sandbox();
    let path = plan_with_answers(dir.path());
    let before = fs::read(&path).unwrap();
    let mut pty = wizard(dir.path());
    let number_editor = "Réponse — Nombre de modules";

    // The value read from the plan does not parse: Esc leaves all the same.
    go_to_question(&mut pty, 5, "Réponse\u{a0}: 1e309");
    pty.press(key::ENTER, number_editor);
    press_until_gone(&mut pty, key::ESC, number_editor);

    // Words typed: Enter says how to leave, Esc leaves and says what was dropped.
    pty.press(key::ENTER, number_editor);
    pty.send(CTRL_U);
    pty.press("douze", "douze");
    pty.press(key::ENTER, "Échap\u{a0}: abandonner la saisie");
    pty.send(key::ESC);
    pty.wait_for("the entry dropped, and said so", |text| {
        !text.contains(number_editor)
            && text
                .contains("Saisie abandonnée («\u{a0}douze\u{a0}» n'est pas un nombre)\u{a0}: réponse inchangée.")
    });
    pty.wait_for("the recorded answer kept", |text| {
        support::pty::pane(text, "Détail").contains("Réponse\u{a0}: 1e309")
    });

    // An impossible date: Ctrl-C quits from the editor, the answer left as it was.
    pty.press_pane(key::DOWN, "Détail", "Prochain jalon");
    pty.press(key::ENTER, "Réponse — Prochain jalon");
    pty.press("31/02/2027", "31/02/2027");
    pty.send(key::CTRL_C);
    let status = pty.wait_exit();
    assert!(status.success(), "exit status {status:?}:\n{}", pty.text());
    assert_eq!(fs::read(&path).unwrap(), before, "the plan file changed");
}

#[test]
fn undo_twice_and_redo_once_leave_the_plan_file_with_the_criterion_and_without_the_answer() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo");
    let mut pty = wizard(dir.path());

    pty.press_pane(key::SPACE, "Détail", "Statut\u{a0}: ok");
    pty.press_pane(key::TAB, "Détail", "Organisation et application concernée");
    pty.press(
        key::ENTER,
        "Réponse — Organisation et application concernée",
    );
    pty.press("Téléservice", "Téléservice");
    pty.press_pane(key::ENTER, "Détail", "Réponse\u{a0}: Téléservice");

    pty.press(
        "u",
        "Annulé\u{a0}: réponse à «\u{a0}Organisation et application concernée\u{a0}».",
    );
    pty.press(
        "u",
        "Statut du critère «\u{a0}Organisation de rattachement identifiée\u{a0}» rétabli à «\u{a0}à faire\u{a0}».",
    );
    pty.press(
        key::CTRL_R,
        "Statut du critère «\u{a0}Organisation de rattachement identifiée\u{a0}» remis à «\u{a0}ok\u{a0}».",
    );
    pty.quit();

    let plan = support::read_plan(&path);
    assert_eq!(
        support::str_at(
            &plan,
            &[
                "stages",
                "opportunite",
                "criteria",
                "organisation",
                "status"
            ]
        ),
        "ok"
    );
    assert!(
        support::at(&plan, &["stages", "opportunite"])
            .get("answers")
            .is_none(),
        "the answer undone is not in the file:\n{plan:?}"
    );
}

#[test]
fn enter_on_a_question_of_the_summary_shows_it_on_the_main_screen_and_leaves_the_plan_untouched() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo");
    let before = fs::read(&path).unwrap();
    let mut pty = wizard(dir.path());

    let summary = pty.press("v", "Vue d'ensemble");
    assert!(
        summary
            .contains("! Critère bloquant «\u{a0}Organisation de rattachement identifiée\u{a0}»"),
        "{summary}"
    );
    pty.send(key::DOWN);
    pty.send(key::DOWN);
    pty.press_pane(key::ENTER, "Détail", "Type de projet");
    pty.wait_for("the summary closed", |text| {
        !text.contains("Vue d'ensemble")
    });
    pty.quit();
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the summary changes nothing"
    );
}
