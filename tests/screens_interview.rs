//! Snapshots of a joint interview: the session window, the header while it is in progress (since
//! when, who is typing, never over the save status), who entered what, and the window ending it.

use std::path::PathBuf;

use embarquement::definitions::{self, Definitions};
use embarquement::i18n::Lang;
use embarquement::plan::{Plan, Project, Side};
use embarquement::tui::app::App;
use embarquement::tui::clock::Clock;
use embarquement::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn fixture() -> Definitions {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal");
    definitions::load(definitions::Source::Folder(&dir)).unwrap()
}

/// The wizard on a project with a long name, saved at 21:33:33, at 14:05 on 2 December 2026.
fn app(defs: &Definitions, lang: Lang) -> App<'_> {
    let project = Project {
        name: "DNUM - Préfecture de la Haute-Garonne".into(),
        organisation: Some("Ministère de l'Intérieur".into()),
        ..Project::default()
    };
    let plan = Plan::new(project, defs);
    let mut app = App::new(defs, plan, PathBuf::from("embarquement.plan.yaml"), lang);
    app.clock = Clock::Fixed("2026-12-02T14:05:00[Europe/Paris]".parse().unwrap());
    app.save.last_saved = Some("21:33:33".into());
    app
}

fn send(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) {
    app.handle_event(Event::Key(KeyEvent::new(code, modifiers)));
}

fn typed(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        send(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

/// `s`, then two participants (one per side) in the session window.
fn open_with_participants(app: &mut App<'_>) {
    typed(app, "s");
    for (name, role) in [
        ("Camille Dupont", "cheffe de projet"),
        ("Alex Martin", "architecte"),
    ] {
        send(app, KeyCode::Char('n'), KeyModifiers::CONTROL);
        typed(app, name);
        send(app, KeyCode::Tab, KeyModifiers::NONE);
        send(app, KeyCode::Tab, KeyModifiers::NONE);
        typed(app, role);
    }
}

/// A session started, the first criterion set ok by the service team.
fn interview_in_progress(defs: &Definitions, lang: Lang) -> App<'_> {
    let mut app = app(defs, lang);
    open_with_participants(&mut app);
    send(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    typed(&mut app, " ");
    app
}

fn draw(app: &mut App<'_>, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    ui::draw(&mut terminal, app).unwrap();
    terminal
}

#[test]
fn the_session_window_lists_the_participants_on_both_sides() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    open_with_participants(&mut app);
    insta::assert_snapshot!("session_window_100x30", draw(&mut app, 100, 30).backend());
    insta::assert_snapshot!("session_window_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn the_header_during_an_interview_in_french_and_english() {
    let defs = fixture();
    for lang in [Lang::Fr, Lang::En] {
        let mut app = interview_in_progress(&defs, lang);
        assert_eq!(app.keyboard_side(), Side::ServiceTeam);
        for (width, height) in [(100, 30), (80, 24)] {
            let name = format!("interview_{}_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, draw(&mut app, width, height).backend());
        }
    }
}

#[test]
fn w_switches_who_is_typing_in_the_header() {
    let defs = fixture();
    let mut app = interview_in_progress(&defs, Lang::Fr);
    typed(&mut app, "w");
    assert_eq!(app.keyboard_side(), Side::ProjectTeam);
    let terminal = draw(&mut app, 100, 30);
    let header: String = (0..100)
        .map(|x| terminal.backend().buffer()[(x, 0)].symbol().to_string())
        .collect();
    assert!(header.contains("saisie\u{a0}: équipe projet"), "{header}");
    assert!(header.ends_with("enregistré à 21:33:33 "), "{header}");
    // At 80 columns, the side alone says who is typing, the save status still whole.
    let terminal = draw(&mut app, 80, 24);
    let header: String = (0..80)
        .map(|x| terminal.backend().buffer()[(x, 0)].symbol().to_string())
        .collect();
    assert!(
        header.starts_with("entretien en cours depuis 14\u{a0}h\u{a0}05 · équipe projet "),
        "{header}"
    );
    assert!(header.ends_with(" enregistré à 21:33:33 "), "{header}");
}

#[test]
fn the_window_ending_the_interview() {
    let defs = fixture();
    let mut app = interview_in_progress(&defs, Lang::Fr);
    typed(&mut app, "s");
    send(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    typed(&mut app, "Plan projet relu ensemble.");
    send(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    typed(&mut app, "Chiffrer l'hébergement");
    send(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    typed(&mut app, "Camille Dupont");
    send(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    typed(&mut app, "2026-12-15");
    insta::assert_snapshot!("session_end_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn quitting_during_the_interview_asks_whether_to_end_it() {
    let defs = fixture();
    let mut app = interview_in_progress(&defs, Lang::Fr);
    typed(&mut app, "q");
    insta::assert_snapshot!("quit_question_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_session_left_in_progress_on_an_earlier_day_says_which() {
    let defs = fixture();
    let mut app = interview_in_progress(&defs, Lang::Fr);
    app.clock = Clock::Fixed("2026-12-03T09:00:00[Europe/Paris]".parse().unwrap());
    let terminal = draw(&mut app, 100, 30);
    let header: String = (0..100)
        .map(|x| terminal.backend().buffer()[(x, 0)].symbol().to_string())
        .collect();
    assert!(
        header
            .contains("entretien en cours depuis le 2\u{a0}décembre\u{a0}2026 à 14\u{a0}h\u{a0}05"),
        "{header}"
    );
}
