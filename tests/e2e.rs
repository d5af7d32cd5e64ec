//! End-to-end scenarios: the wizard runs in a real pseudo-terminal, keys go in as bytes, and each
//! scenario checks the plan file left on disk after the program exited.
#![cfg(unix)]

mod support;

use std::fs;
use std::path::Path;

use support::pty::{Pty, has_in_order, is_reversed, key, pane};
use support::{
    PLAN_FILE, at, command_minimal, init_plan, minimal_definitions, read_plan, status_json,
    status_stage, str_at,
};

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";
const DECISION_FORM: &str = "Décision de l'étape 1";
const PROJECT: &str = "Démo Préfecture";
/// The answer to the first question of stage 1.
const APPLICATION: &str = "Préfecture — GED";
/// Stage 1's blocking criterion, once ok.
const ORGANISATION_OK: &str = "[✓]!Organisation de rattachement identifiée";

/// The wizard on the minimal definitions, in `dir`, with `args` after the global options.
fn wizard(dir: &Path, args: &[&str]) -> Pty {
    let definitions = minimal_definitions();
    let mut all = vec![
        "--questionnaires",
        definitions.to_str().expect("UTF-8 path"),
    ];
    all.extend_from_slice(args);
    Pty::spawn(dir, &all)
}

/// The wizard on a plan created by `init` in `dir`, once its main screen is drawn.
fn open_new_plan(dir: &Path) -> Pty {
    init_plan(dir, PROJECT);
    let pty = wizard(dir, &[]);
    pty.wait_text(MAIN_SCREEN);
    pty
}

/// Types `text` into the focused field and waits until it shows.
fn type_text(pty: &mut Pty, text: &str) {
    pty.press(text, text);
}

/// Answers the focused single-line question: Enter, `text`, Enter; waits for the detail pane.
fn answer(pty: &mut Pty, label: &str, text: &str, shown: &str) {
    pty.press(key::ENTER, &format!("Réponse — {label}"));
    type_text(pty, text);
    pty.press_pane(key::ENTER, "Détail", &format!("Réponse\u{a0}: {shown}"));
}

/// From the criteria, moves to the questions and answers the first one with [`APPLICATION`].
fn answer_the_first_question(pty: &mut Pty) {
    let label = "Organisation et application concernée";
    pty.press_pane(key::TAB, "Détail", label);
    answer(pty, label, APPLICATION, APPLICATION);
}

/// Sends `bytes`, then waits until `needle` is no longer on the screen.
fn press_until_gone(pty: &mut Pty, bytes: &[u8], needle: &str) {
    pty.send(bytes);
    pty.wait_for(&format!("`{needle}` to go away"), |text| {
        !text.contains(needle)
    });
}

/// In the open decision form, moves to the status line's `go` and waits until it is chosen.
fn choose_go(pty: &mut Pty) {
    pty.send(key::RIGHT);
    pty.wait_for_screen("`go` chosen", |screen| {
        is_reversed(screen, "Décision\u{a0}:", " go ")
    });
}

#[test]
fn the_setup_form_creates_the_plan() {
    let dir = support::sandbox();
    let mut pty = wizard(dir.path(), &[]);
    pty.wait_text("Nouveau plan projet");
    pty.press_line(PROJECT, &["Nom du projet", PROJECT]);
    pty.send(key::TAB);
    pty.press_line(
        "Préfecture du Nord",
        &["Organisation", "Préfecture du Nord"],
    );
    pty.send(key::TAB);
    pty.press_line(key::RIGHT, &["Type de projet", "‹ Nouveau ›"]);
    pty.press_line(key::RIGHT, &["Type de projet", "‹ Migration ›"]);
    pty.send(key::TAB);
    pty.press_line(
        key::RIGHT,
        &["Cible d'hébergement", "‹ Socle mutualisé NP ›"],
    );
    let screen = pty.press(key::ENTER, MAIN_SCREEN);
    assert!(
        screen.contains(&format!(" embarquement · {PROJECT} · Préfecture du Nord")),
        "{screen}"
    );
    pty.wait_text("Plan créé\u{a0}: embarquement.plan.yaml.");
    pty.quit();

    let plan = read_plan(&dir.path().join(PLAN_FILE));
    assert_eq!(str_at(&plan, &["format"]), "embarquement-plan/2");
    assert_eq!(str_at(&plan, &["project", "name"]), PROJECT);
    assert_eq!(
        str_at(&plan, &["project", "organisation"]),
        "Préfecture du Nord"
    );
    // The kind and the hosting target are the answers of the questions that hold them.
    assert!(at(&plan, &["project"]).get("kind").is_none(), "{plan:?}");
    let answer = |stage: &str, question: &str| {
        str_at(&plan, &["stages", stage, "answers", question, "value"]).to_string()
    };
    assert_eq!(answer("opportunite", "type-projet"), "migration");
    assert_eq!(
        answer("plan-projet", "cible-hebergement"),
        "socle-mutualise-np"
    );
    assert_eq!(at(&plan, &["current_stage"]).as_u64(), Some(1));
    let definitions = minimal_definitions();
    assert_eq!(
        str_at(&plan, &["definitions", "source"]),
        definitions.to_str().unwrap()
    );
    assert_eq!(str_at(&plan, &["definitions", "version"]), "test-1");
    assert!(str_at(&plan, &["definitions", "digest"]).starts_with("sha256:"));
}

#[test]
fn escape_on_the_setup_form_creates_nothing() {
    let dir = support::sandbox();
    let mut pty = wizard(dir.path(), &[]);
    pty.wait_text("Nouveau plan projet");
    pty.press_line(PROJECT, &["Nom du projet", PROJECT]);
    pty.send(key::ESC);
    assert!(pty.wait_exit().success(), "{}", pty.text());
    assert!(!dir.path().join(PLAN_FILE).exists());
}

#[test]
fn stage_one_walkthrough_ends_in_a_go() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());

    // A go is refused while the blocking criterion is open; the form is kept as a draft.
    pty.press("d", DECISION_FORM);
    choose_go(&mut pty);
    pty.press(key::CTRL_S, "Go impossible\u{a0}: 1 critère(s) bloquant(s)");
    press_until_gone(&mut pty, key::ESC, DECISION_FORM);

    // Criteria: organisation → ok, besoin → ok → ko, with a note.
    pty.press(key::SPACE, ORGANISATION_OK);
    pty.press_pane(key::DOWN, "Détail", "Besoin exprimé");
    pty.press(key::SPACE, "[✓] Besoin exprimé");
    pty.press(key::SPACE, "[✗] Besoin exprimé");
    pty.press(key::ENTER, "Note de l'équipe — Besoin exprimé");
    type_text(&mut pty, "À préciser avec la DSI");
    pty.press_pane(
        key::ESC,
        "Détail",
        "Note de l'équipe\u{a0}: À préciser avec la DSI",
    );

    // Questions: a text answer, a yes/no, and a number refused then fixed.
    answer_the_first_question(&mut pty);
    for label in [
        "Type de projet",
        "Quel est votre besoin actuel\u{a0}?",
        "L'application est-elle déjà financée\u{a0}?",
    ] {
        pty.press_pane(key::DOWN, "Détail", label);
    }
    pty.press_pane(key::SPACE, "Détail", "Réponse\u{a0}: oui");
    pty.press_pane(key::DOWN, "Détail", "Composants qui vous intéressent");
    pty.press_pane(key::DOWN, "Détail", "Nombre de modules");
    pty.press(key::ENTER, "Réponse — Nombre de modules");
    type_text(&mut pty, "douze");
    pty.press(key::ENTER, "Saisissez un nombre, par exemple 12 ou 3,5.");
    pty.send(key::BACKSPACE.repeat("douze".len()));
    pty.send("12");
    pty.wait_for("the number typed again", |text| {
        pane(text, "Réponse — Nombre de modules")
            .lines()
            .any(|line| line.trim() == "12")
    });
    pty.press_pane(key::ENTER, "Détail", "Réponse\u{a0}: 12 modules");

    // The draft still says go; now it is accepted.
    pty.press("d", DECISION_FORM);
    pty.wait_for_screen("the draft's `go`", |screen| {
        is_reversed(screen, "Décision\u{a0}:", " go ")
    });
    pty.send(key::TAB);
    let deciders = "Décidé par\u{a0}:";
    let project_team = " équipe projet (auto-évaluation) ";
    pty.wait_for_screen("the `by` field focused", |screen| {
        is_reversed(screen, deciders, project_team)
    });
    pty.send(key::TAB);
    pty.wait_for_screen("the name field focused", |screen| {
        !is_reversed(screen, deciders, project_team)
    });
    type_text(&mut pty, "Camille Dupont");
    pty.send(key::TAB);
    let rationale = "Besoin clair, organisation identifiée.";
    pty.send(rationale);
    pty.wait_for("the rationale in its own field", |text| {
        let form = pane(text, DECISION_FORM);
        form.lines()
            .any(|line| has_in_order(line, &["Nom", "Camille Dupont"]))
            && form.lines().any(|line| line.trim() == rationale)
    });
    // The team's go is proposed: stage 2 stays closed until the service team's go.
    pty.press(key::CTRL_S, "auto-évaluation\u{a0}: go (Camille Dupont");
    pty.wait_text("1 Opportunité (✓)");
    pty.wait_text("2 ⊘");

    // The service team's go, recorded in the same form, opens it; the team's stays beside it.
    pty.press("d", DECISION_FORM);
    pty.send(key::TAB);
    pty.wait_for_screen("the `by` field focused", |screen| {
        is_reversed(screen, deciders, project_team)
    });
    pty.send(key::RIGHT);
    pty.wait_for_screen("the service team chosen", |screen| {
        is_reversed(screen, deciders, " service team ")
    });
    pty.send(key::TAB);
    pty.send(b"\x15");
    type_text(&mut pty, "Alex Martin");
    pty.press(key::CTRL_S, "service team\u{a0}: go (Alex Martin");
    pty.wait_text("1 Opportunité ✓");
    pty.wait_text("auto-évaluation\u{a0}: go (Camille Dupont");
    pty.quit();

    let path = dir.path().join(PLAN_FILE);
    let plan = read_plan(&path);
    let stage = at(&plan, &["stages", "opportunite"]);
    assert_eq!(str_at(stage, &["criteria", "organisation", "status"]), "ok");
    assert_eq!(str_at(stage, &["criteria", "besoin", "status"]), "ko");
    assert_eq!(
        str_at(stage, &["criteria", "besoin", "note"]),
        "À préciser avec la DSI"
    );
    assert!(stage["criteria"].get("pertinence").is_none(), "{stage:?}");
    let answers = at(stage, &["answers"]);
    assert_eq!(
        str_at(answers, &["organisation-application", "value"]),
        APPLICATION
    );
    assert_eq!(at(answers, &["financement", "value"]).as_bool(), Some(true));
    assert_eq!(
        at(answers, &["nombre-modules", "value"]).as_f64(),
        Some(12.0)
    );
    assert_eq!(
        answers.as_mapping().map(|m| m.len()),
        Some(3),
        "{answers:?}"
    );
    let decision = at(stage, &["decisions", "project_team"]);
    assert_eq!(str_at(decision, &["status"]), "go");
    assert_eq!(str_at(decision, &["name"]), "Camille Dupont");
    assert_eq!(str_at(decision, &["rationale"]), rationale);
    let date = str_at(decision, &["date"]);
    assert!(date.parse::<jiff::civil::Date>().is_ok(), "date {date:?}");
    let decision = at(stage, &["decisions", "service_team"]);
    assert_eq!(str_at(decision, &["status"]), "go");
    assert_eq!(str_at(decision, &["name"]), "Alex Martin");
    // The service team's go opens stage 2: the project has reached it.
    assert_eq!(at(&plan, &["current_stage"]).as_u64(), Some(2));
    assert_eq!(str_at(&plan, &["sessions", "0", "kind"]), "self_assessment");

    let summary = status_json(dir.path(), &path);
    assert_eq!(summary["project"]["name"], PROJECT);
    assert_eq!(summary["current_stage"], 2);
    let first = status_stage(&summary, "opportunite");
    assert_eq!(first["decision"], "go");
    assert_eq!(first["decisions"]["project_team"]["name"], "Camille Dupont");
    assert_eq!(first["decisions"]["service_team"]["name"], "Alex Martin");
    assert_eq!(
        first["criteria"],
        serde_json::json!({"total": 3, "ok": 1, "ko": 1, "na": 0, "todo": 1})
    );
    assert_eq!(
        first["questions"],
        serde_json::json!({"total": 7, "answered": 3})
    );
    // Settled criteria and answered required questions over all of them: (1 + 2) / (3 + 4).
    let readiness = first["readiness"].as_f64().expect("readiness is a number");
    assert!(
        (readiness - 3.0 / 7.0).abs() < 0.001,
        "readiness {readiness}"
    );
    let second = status_stage(&summary, "plan-projet");
    assert_eq!(second["decision"], "pending");
    assert_eq!(second["readiness"].as_f64(), Some(0.0));
}

#[test]
fn reopening_resumes_where_the_user_left_off_without_writing_it_in_the_plan() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    pty.press(key::SPACE, ORGANISATION_OK);
    answer_the_first_question(&mut pty);
    pty.press(key::RIGHT, "Étape 2 — Structurer un plan projet");
    pty.quit();
    let path = dir.path().join(PLAN_FILE);
    let answered = fs::read(&path).unwrap();
    assert_eq!(at(&read_plan(&path), &["current_stage"]).as_u64(), Some(1));

    let mut pty = wizard(dir.path(), &[]);
    let screen = pty.wait_text("Étape 2 — Structurer un plan projet");
    assert!(
        screen.starts_with(&format!(" embarquement · {PROJECT}")),
        "{screen}"
    );
    pty.wait_for_screen("stage 2 as the current tab", |screen| {
        is_reversed(screen, "2 Plan projet", "2 Plan projet")
            && !is_reversed(screen, "1 Opportunité", "1 Opportunité")
    });
    pty.press("1", "Étape 1 — Juger de l'opportunité");
    let screen = pty.wait_text("Questionnaire · 1/7");
    assert!(screen.contains(ORGANISATION_OK), "{screen}");
    pty.press_pane(key::TAB, "Détail", &format!("Réponse\u{a0}: {APPLICATION}"));
    pty.quit();
    assert_eq!(
        fs::read(&path).unwrap(),
        answered,
        "moving about wrote the plan"
    );

    let pty = wizard(dir.path(), &[]);
    pty.wait_text("Étape 1 — Juger de l'opportunité");
    pty.wait_text(&format!("Réponse\u{a0}: {APPLICATION}"));
}

#[test]
fn looking_at_a_received_plan_never_writes_it_nor_its_backup() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let received = fs::read(&path).unwrap();
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let mut pty = wizard(dir.path(), &[]);
    pty.wait_text(MAIN_SCREEN);
    for _ in 0..20 {
        pty.press(key::RIGHT, "Étape 2 —");
        pty.press("5", "Étape 5 —");
        pty.press("1", "Étape 1 —");
    }
    pty.press("3", "Étape 3 —");
    pty.send(key::TAB);
    pty.send(key::DOWN);
    pty.press(key::LEFT, "Étape 2 —");
    pty.quit();
    assert_eq!(fs::read(&path).unwrap(), received);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| !entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [PLAN_FILE],
        "no backup, lock or temporary file is left"
    );
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    assert!(pty.with_screen(|screen| screen.alternate_screen()));
    pty.send(key::CTRL_C);
    let status = pty.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    pty.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still in the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
    });
}

#[test]
fn ctrl_c_in_an_editor_keeps_the_text_and_quits() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    pty.press(
        key::ENTER,
        "Note de l'équipe — Organisation de rattachement identifiée",
    );
    type_text(&mut pty, "Note interrompue");
    pty.send(key::CTRL_C);
    let status = pty.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    let plan = read_plan(&dir.path().join(PLAN_FILE));
    assert_eq!(
        str_at(
            &plan,
            &["stages", "opportunite", "criteria", "organisation", "note"]
        ),
        "Note interrompue"
    );
}

#[test]
fn resizing_below_the_minimum_and_back() {
    let dir = support::sandbox();
    let mut pty = open_new_plan(dir.path());
    // A key handled proves the event loop runs: the resize signal is only watched from the
    // first read of an event, so a resize during start-up would go unnoticed until a key.
    pty.press_pane(key::DOWN, "Détail", "Besoin exprimé");
    pty.resize(60, 20);
    pty.wait_text("Agrandissez le terminal");
    pty.wait_text("(actuellement 60×20)");
    pty.resize(80, 24);
    pty.wait_for("the main screen at 80×24", |text| {
        text.contains(MAIN_SCREEN) && !text.contains("Agrandissez")
    });
    pty.resize(100, 30);
    pty.wait_for("the main screen at 100×30", |text| {
        text.lines()
            .next()
            .is_some_and(|header| header.chars().count() > 80)
    });
    pty.press_pane(key::DOWN, "Détail", "Pertinence avec l'offre analysée");
    pty.quit();
}

#[test]
fn without_a_terminal_the_wizard_points_to_init() {
    let dir = support::sandbox();
    let output = command_minimal::<&str>(dir.path(), &[])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("embarquement init"), "{stderr}");
    assert!(
        !output.stdout.contains(&0x1b),
        "escape sequences on stdout: {:?}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(!dir.path().join(PLAN_FILE).exists());
}

#[test]
fn a_plan_of_a_newer_format_is_left_untouched() {
    let dir = support::sandbox();
    let path = dir.path().join(PLAN_FILE);
    let text = "format: embarquement-plan/9\nproject: {name: Futur}\nfuture_key: 1\n";
    fs::write(&path, text).unwrap();
    let mut pty = wizard(dir.path(), &[]);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", pty.text());
    assert!(pty.text().contains("embarquement-plan/9"), "{}", pty.text());
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn the_embedded_definitions_open() {
    let dir = support::sandbox();
    let mut pty = Pty::spawn::<&str>(dir.path(), &[]);
    pty.wait_text("Nouveau plan projet");
    pty.press_line("Essai", &["Nom du projet", "Essai"]);
    pty.send(key::ENTER);
    pty.wait_for("the stage 1 tab", |text| {
        text.contains("Étape 1 — ")
            && text
                .lines()
                .nth(1)
                .is_some_and(|tabs| tabs.starts_with("  1 ") && tabs.contains("│  2"))
    });
    pty.quit();
    let plan = read_plan(&dir.path().join(PLAN_FILE));
    assert_eq!(str_at(&plan, &["definitions", "source"]), "embedded");
    assert_eq!(str_at(&plan, &["project", "name"]), "Essai");
}
