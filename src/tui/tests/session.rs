use super::*;
use crate::plan::{Session, SessionKind, Side};
use crate::tui::action::Action;
use crate::tui::app::Mode;
use crate::tui::screens::confirm::QuitRisk;

/// `s`, one participant, Enter: a session in progress.
fn start_session(app: &mut App<'_>) {
    press(app, typed("s"));
    press(app, [ctrl('n')]);
    press(app, typed("Alex Martin"));
    press(app, [key(KeyCode::Enter)]);
}

#[test]
fn s_starts_a_session_and_what_is_entered_then_is_the_service_teams() {
    let defs = fixture();
    let mut app = app(&defs);
    start_session(&mut app);
    assert!(matches!(app.mode, Mode::Normal));
    let session = app
        .plan
        .session_in_progress()
        .expect("a session in progress");
    assert_eq!(session.kind, SessionKind::Prequalification);
    assert_eq!(session.participants[0].name, "Alex Martin");
    press(&mut app, [key(KeyCode::Char(' '))]);
    let record = app
        .plan
        .criterion(&app.stage().id, &app.stage().criteria[0].id);
    assert_eq!(record.entered_by, Some(Side::ServiceTeam));
    // `w`: the team types; its entries are its own.
    press(&mut app, typed("w "));
    let record = app
        .plan
        .criterion(&app.stage().id, &app.stage().criteria[0].id);
    assert_eq!(record.entered_by, Some(Side::ProjectTeam));
}

#[test]
fn esc_in_the_session_window_starts_nothing() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, typed("s"));
    press(&mut app, [ctrl('n')]);
    press(&mut app, typed("Alex"));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(app.plan.sessions.is_empty());
    // Alone, a change logs a self-assessment sitting, and `w` says there is no interview.
    press(&mut app, typed(" w"));
    assert_eq!(app.plan.sessions.len(), 1);
    assert_eq!(app.plan.sessions[0].kind, SessionKind::SelfAssessment);
    let message = app.message.as_ref().expect("a message").text.clone();
    assert!(message.contains("Aucun entretien en cours"), "{message}");
}

#[test]
fn quitting_during_a_session_asks_to_end_it_and_esc_keeps_what_was_typed() {
    let defs = fixture();
    let mut app = app(&defs);
    start_session(&mut app);
    assert_eq!(press(&mut app, typed("q")), [None]);
    assert!(matches!(
        app.mode,
        Mode::ConfirmQuit(QuitRisk::SessionInProgress)
    ));
    press(&mut app, typed("o"));
    assert!(matches!(app.mode, Mode::EndingSession(_)));
    press(&mut app, typed("Compte rendu"));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.plan.session_in_progress().is_some());
    // Opened again, the window shows what was typed; Ctrl-S ends the session and quits.
    press(&mut app, typed("q"));
    press(&mut app, typed("o"));
    let effects = press(&mut app, [ctrl('s')]);
    assert_eq!(effects, [Some(Effect::Quit)]);
    let session = app.plan.sessions.last().unwrap();
    assert_eq!(session.minutes, "Compte rendu");
    assert!(session.end.is_some());
}

#[test]
fn n_quits_leaving_the_session_in_progress() {
    let defs = fixture();
    let mut app = app(&defs);
    start_session(&mut app);
    press(&mut app, typed("q"));
    assert_eq!(press(&mut app, typed("n")), [Some(Effect::Quit)]);
    assert!(app.plan.session_in_progress().is_some());
}

#[test]
fn the_session_in_progress_is_edited_then_ended_from_its_window_and_undone_step_by_step() {
    let defs = fixture();
    let mut app = app(&defs);
    start_session(&mut app);
    press(&mut app, typed("s"));
    let Mode::Session(form) = &app.mode else {
        panic!("the session window is not open");
    };
    assert!(form.in_progress);
    press(&mut app, [key(KeyCode::Right), ctrl('e')]);
    assert!(matches!(app.mode, Mode::EndingSession(_)));
    press(&mut app, [ctrl('s')]);
    let session = app.plan.sessions.last().unwrap();
    assert_eq!(session.kind, SessionKind::Qualification);
    assert!(!session.is_in_progress());
    press(&mut app, typed("u"));
    assert!(app.plan.session_in_progress().is_some());
    press(&mut app, typed("uu"));
    assert!(app.plan.sessions.is_empty());
}

#[test]
fn a_bad_start_time_keeps_the_window_open_and_says_why() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, typed("s"));
    press(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab)]);
    press(&mut app, typed("x"));
    press(&mut app, [key(KeyCode::Enter)]);
    let Mode::Session(form) = &app.mode else {
        panic!("the session window closed");
    };
    let error = form.error.as_deref().unwrap_or_default();
    assert!(error.contains("10:30x"), "{error}");
    assert!(app.plan.sessions.is_empty());
}

#[test]
fn interview_on_a_new_plan_opens_the_session_window_once_the_plan_is_created() {
    let defs = fixture();
    let mut app = App::new_plan(&defs, PathBuf::from("plan.yaml"), Lang::Fr);
    app.start_interview();
    assert!(
        matches!(app.mode, Mode::Setup(_)),
        "the setup form comes first"
    );
    press(&mut app, typed("Démo"));
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(app.created);
    let Mode::Session(form) = &app.mode else {
        panic!("the session window is not open");
    };
    assert!(!form.in_progress);
}

#[test]
fn a_read_only_plan_starts_no_session_and_quits_without_asking_to_end_one() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, _path, mut app) = opened(&defs, Some(lock));
    press(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(press(&mut app, typed("s")), [None]);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.plan.sessions.is_empty());
    // A session left in progress in the plan cannot be ended here: `q` does not ask.
    let start = Some(jiff::civil::time(14, 5, 0, 0));
    let session = Session::joint(SessionKind::Review, app.clock.today(), start);
    app.plan.sessions.push(session);
    assert_eq!(press(&mut app, typed("q")), [Some(Effect::Quit)]);
}

/// A saved plan cut at its end, opened with `--interview`: the warning comes first.
fn interview_on_a_damaged_plan(defs: &Definitions) -> (tempfile::TempDir, App<'_>) {
    let (dir, path, _) = opened(defs, None);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.rfind("# fin du plan").unwrap()]).unwrap();
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(defs, plan.unwrap(), path, Lang::Fr);
    app.attach(disk);
    app.start_interview();
    (dir, app)
}

#[test]
fn interview_on_a_damaged_plan_opens_the_session_window_once_the_warning_is_closed() {
    let defs = fixture();
    let (_dir, mut app) = interview_on_a_damaged_plan(&defs);
    assert!(
        matches!(app.mode, Mode::Notice(_)),
        "the warning comes first"
    );
    press(&mut app, [key(KeyCode::Esc)]);
    let Mode::Session(form) = &app.mode else {
        panic!("the session window is not open");
    };
    assert!(!form.in_progress);
    // Once: the session window closed, the message read whole opens no session window again.
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
    app.inform("Une remarque".to_string(), false);
    app.update(Action::ReadMessage);
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn interview_on_a_damaged_plan_quit_from_the_warning_opens_no_session_window() {
    let defs = fixture();
    let (_dir, mut app) = interview_on_a_damaged_plan(&defs);
    assert_eq!(press(&mut app, [ctrl('c')]), [Some(Effect::Quit)]);
    assert!(!matches!(app.mode, Mode::Session(_)));
}

#[test]
fn interview_on_a_read_only_plan_says_why_no_session_starts_once_the_warning_is_closed() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, _path, mut app) = opened(&defs, Some(lock));
    app.start_interview();
    assert!(
        matches!(app.mode, Mode::Notice(_)),
        "the warning comes first"
    );
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
    let message = app.message.as_ref().expect("the refusal is explained");
    assert!(message.is_error && message.text.starts_with("Lecture seule"));
    assert!(app.plan.sessions.is_empty());
}
