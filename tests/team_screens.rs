//! Snapshots of the team and training screen (who needs which training), drawn with ratatui's
//! `TestBackend` on the embedded definitions, in French and in English, at both sizes.

use std::path::PathBuf;

use embarquement::definitions::{self, Definitions};
use embarquement::i18n::Lang;
use embarquement::plan::next::{self, training_needs};
use embarquement::plan::{AnswerValue, Member, Plan, Project};
use embarquement::tui::app::{App, Mode};
use embarquement::tui::clock::Clock;
use embarquement::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn embedded() -> Definitions {
    definitions::load(definitions::Source::Embedded).unwrap()
}

/// A plan with two members, one item acquired by the first, the team's older ticks and an answer
/// on training needs.
fn team_plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Démo Préfecture".into(),
        ..Project::default()
    };
    let mut plan = Plan::new(project, defs);
    let training = defs.training.as_ref().unwrap();
    let claire = Member {
        name: "Claire Martin".into(),
        role: "pilotage".into(),
        training: Default::default(),
    };
    let path = &next::member_paths(Some(training), &claire)[0];
    let first = &path.remaining[0];
    let claire = next::with_tick(&claire, &path.path.id, &first.id, true);
    plan.members = vec![
        claire,
        Member {
            name: "Bob Durand".into(),
            role: "technique".into(),
            training: Default::default(),
        },
    ];
    let older = &training.paths[0];
    plan.set_acquired(&older.id, &older.levels[0].items[0].id, true);
    let needs = training_needs(defs, &plan);
    let stage = needs[0].question.stage.id.clone();
    plan.update_answer(&stage, "besoins-de-formation", |a| {
        a.value = Some(AnswerValue::Text(
            "Kubernetes et GitOps pour deux développeurs.".into(),
        ))
    });
    plan
}

fn app(defs: &Definitions, lang: Lang) -> App<'_> {
    let mut app = App::new(
        defs,
        team_plan(defs),
        PathBuf::from("embarquement.plan.yaml"),
        lang,
    );
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    app
}

fn press(app: &mut App<'_>, keys: &[KeyCode]) {
    for code in keys {
        app.handle_event(Event::Key(KeyEvent::new(*code, KeyModifiers::NONE)));
    }
}

fn draw(app: &mut App<'_>, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    ui::draw(&mut terminal, app).unwrap();
    terminal
}

#[test]
fn the_team_screen_shows_who_needs_what_in_french_at_both_sizes() {
    let defs = embedded();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Char('f'), KeyCode::Char('t')]);
    assert!(matches!(app.mode, Mode::Team));
    insta::assert_snapshot!("team_fr_100x30", draw(&mut app, 100, 30).backend());
    insta::assert_snapshot!("team_fr_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn the_team_screen_in_english_at_both_sizes() {
    let defs = embedded();
    let mut app = app(&defs, Lang::En);
    press(&mut app, &[KeyCode::Char('f'), KeyCode::Char('t')]);
    insta::assert_snapshot!("team_en_100x30", draw(&mut app, 100, 30).backend());
    insta::assert_snapshot!("team_en_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_technical_member_has_both_paths_and_the_teams_older_ticks_are_kept() {
    let defs = embedded();
    let mut app = app(&defs, Lang::Fr);
    press(
        &mut app,
        &[
            KeyCode::Char('f'),
            KeyCode::Char('t'),
            KeyCode::Down,
            KeyCode::Tab,
        ],
    );
    insta::assert_snapshot!(
        "team_technique_fr_100x30",
        draw(&mut app, 100, 30).backend()
    );
    press(&mut app, &[KeyCode::Tab, KeyCode::Down]);
    insta::assert_snapshot!(
        "team_older_ticks_fr_100x30",
        draw(&mut app, 100, 30).backend()
    );
}

#[test]
fn the_member_form_and_the_removal_question() {
    let defs = embedded();
    let mut app = app(&defs, Lang::Fr);
    press(
        &mut app,
        &[KeyCode::Char('f'), KeyCode::Char('t'), KeyCode::Char('a')],
    );
    insta::assert_snapshot!("member_form_fr_80x24", draw(&mut app, 80, 24).backend());
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('d')]);
    insta::assert_snapshot!("member_remove_fr_80x24", draw(&mut app, 80, 24).backend());
}
