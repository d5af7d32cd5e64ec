//! Snapshots of the wizard's screens, drawn with ratatui's `TestBackend`.

use std::path::PathBuf;

use embarquement::definitions::{self, Definitions};
use embarquement::i18n::Lang;
use embarquement::plan::next::{self, training_needs};
use embarquement::plan::{AnswerValue, CriterionStatus, Member, Plan, Project};
use embarquement::tui::app::{App, Mode, Pane};
use embarquement::tui::clock::Clock;
use embarquement::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn fixture() -> Definitions {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal");
    definitions::load(definitions::Source::Folder(&dir)).unwrap()
}

/// A plan with a few answers, so every kind of mark shows.
fn answered_plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Démo Préfecture".into(),
        organisation: Some("DNUM".into()),
        ..Project::default()
    };
    let mut plan = Plan::new(project, defs);
    plan.update_criterion("opportunite", "organisation", |c| {
        c.status = CriterionStatus::Ok;
        c.note = "Rattaché à la DNUM.".into();
    });
    plan.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ko);
    plan.update_answer("opportunite", "type-projet", |a| {
        a.value = Some(AnswerValue::Text("migration".into()))
    });
    plan.update_answer("opportunite", "financement", |a| {
        a.value = Some(AnswerValue::Bool(true))
    });
    plan
}

fn app(defs: &Definitions, lang: Lang) -> App<'_> {
    app_on(defs, answered_plan(defs), lang)
}

fn app_on(defs: &Definitions, plan: Plan, lang: Lang) -> App<'_> {
    let mut app = App::new(defs, plan, PathBuf::from("embarquement.plan.yaml"), lang);
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
fn main_screen_at_both_sizes() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    insta::assert_snapshot!("stage1_criteria_80x24", draw(&mut app, 80, 24).backend());
    insta::assert_snapshot!("stage1_criteria_120x40", draw(&mut app, 120, 40).backend());
}

#[test]
fn questions_focused_show_the_answer_in_the_detail() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Tab, KeyCode::Down]);
    assert_eq!(app.ui.focus, Pane::Questions);
    insta::assert_snapshot!("stage1_questions_120x40", draw(&mut app, 120, 40).backend());
}

#[test]
fn the_note_editor() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Enter, KeyCode::Char('!')]);
    insta::assert_snapshot!(
        "criterion_note_editor_80x24",
        draw(&mut app, 80, 24).backend()
    );
}

#[test]
fn the_choice_list() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Tab, KeyCode::Down, KeyCode::Enter]);
    insta::assert_snapshot!("choice_list_80x24", draw(&mut app, 80, 24).backend());
}

/// Turns the blocking criterion from ok to ko, opens the decision form and chooses go, which the form
/// will refuse.
fn choose_go_with_a_blocking_criterion_ko(app: &mut App<'_>) {
    press(
        app,
        &[KeyCode::Char(' '), KeyCode::Char('d'), KeyCode::Right],
    );
}

#[test]
fn the_decision_form_refusing_a_go() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    choose_go_with_a_blocking_criterion_ko(&mut app);
    press(&mut app, &[KeyCode::Enter]);
    insta::assert_snapshot!("decision_refused_120x40", draw(&mut app, 120, 40).backend());
}

#[test]
fn the_decision_rationale_records_with_ctrl_s_and_shows_the_whole_refusal() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    choose_go_with_a_blocking_criterion_ko(&mut app);
    press(&mut app, &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab]);
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    app.handle_event(Event::Key(ctrl_s));
    insta::assert_snapshot!(
        "decision_rationale_refused_80x24",
        draw(&mut app, 80, 24).backend()
    );
}

#[test]
fn a_locked_stage_says_why() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Char('3')]);
    insta::assert_snapshot!("stage3_locked_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn help_screen() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Char('?')]);
    insta::assert_snapshot!("help_120x40", draw(&mut app, 120, 40).backend());
}

#[test]
fn the_offer_and_training_screen() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    app.plan.set_acquired("qualite", "bases", true);
    press(&mut app, &[KeyCode::Char('f'), KeyCode::End]);
    insta::assert_snapshot!("resources_120x40", draw(&mut app, 120, 40).backend());
}

#[test]
fn the_new_plan_form() {
    let defs = fixture();
    let mut app = App::new_plan(&defs, PathBuf::from("embarquement.plan.yaml"), Lang::Fr);
    press(
        &mut app,
        &[
            KeyCode::Char('D'),
            KeyCode::Char('é'),
            KeyCode::Tab,
            KeyCode::Tab,
            KeyCode::Right,
        ],
    );
    insta::assert_snapshot!("setup_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_tiny_terminal_asks_to_be_enlarged() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    insta::assert_snapshot!("too_small_60x20", draw(&mut app, 60, 20).backend());
    insta::assert_snapshot!("too_small_20x5", draw(&mut app, 20, 5).backend());
}

#[test]
fn the_interface_in_english() {
    let defs = fixture();
    let mut app = app(&defs, Lang::En);
    insta::assert_snapshot!(
        "stage1_criteria_en_120x40",
        draw(&mut app, 120, 40).backend()
    );
}

#[test]
fn text_from_files_cannot_control_the_terminal() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    app.plan.project.name = "Evil\u{1b}]0;title\u{7}\u{1b}[2J".into();
    app.plan
        .update_criterion("opportunite", "organisation", |c| {
            c.note = "\u{1b}[31mrouge\u{202e}".into()
        });
    let terminal = draw(&mut app, 100, 30);
    let buffer = terminal.backend().buffer();
    let drawn: String = buffer.content().iter().map(|cell| cell.symbol()).collect();
    assert!(
        !drawn.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{drawn}"
    );
    assert!(drawn.contains("Evil␛]0;title␇␛[2J"), "{drawn}");
}

#[test]
fn the_help_scrolled_to_its_end() {
    let defs = fixture();
    let mut app = app(&defs, Lang::Fr);
    press(&mut app, &[KeyCode::Char('?')]);
    draw(&mut app, 80, 24);
    press(&mut app, &[KeyCode::End]);
    insta::assert_snapshot!("help_end_80x24", draw(&mut app, 80, 24).backend());
}

/// The answered plan, with the interviewer's notes beside the team's.
fn noted_app(defs: &Definitions, lang: Lang) -> App<'_> {
    let mut app = app(defs, lang);
    app.plan
        .update_criterion("opportunite", "organisation", |c| {
            c.interviewer_note = "À confirmer avec le secrétariat général lors du comité.".into();
        });
    app.plan.update_answer("opportunite", "type-projet", |a| {
        a.note = "Reprise de l'existant, sans refonte.".into();
        a.interviewer_note = "Prévoir la reprise des données.".into();
    });
    app
}

#[test]
fn the_presenter_view_in_both_languages_at_both_sizes() {
    let defs = fixture();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let mut app = noted_app(&defs, lang);
        press(&mut app, &[KeyCode::Char('p')]);
        for (width, height) in [(100, 30), (80, 24)] {
            insta::assert_snapshot!(
                format!("presenter_criterion_{code}_{width}x{height}"),
                draw(&mut app, width, height).backend()
            );
        }
        // The project kind, answered and noted, then the funding, with a link.
        let criteria = app.stage().criteria.len();
        press(&mut app, &vec![KeyCode::Right; criteria + 1]);
        insta::assert_snapshot!(
            format!("presenter_question_{code}_100x30"),
            draw(&mut app, 100, 30).backend()
        );
        press(&mut app, &[KeyCode::Right, KeyCode::Right]);
        insta::assert_snapshot!(
            format!("presenter_link_{code}_80x24"),
            draw(&mut app, 80, 24).backend()
        );
    }
}

#[test]
fn the_review_list_in_both_languages_at_both_sizes() {
    let defs = fixture();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let mut app = noted_app(&defs, lang);
        press(&mut app, &[KeyCode::Char('l')]);
        for (width, height) in [(100, 30), (80, 24)] {
            insta::assert_snapshot!(
                format!("review_{code}_{width}x{height}"),
                draw(&mut app, width, height).backend()
            );
        }
    }
    let mut app = noted_app(&defs, Lang::Fr);
    press(
        &mut app,
        &[
            KeyCode::Char('l'),
            KeyCode::Char('f'),
            KeyCode::Char('f'),
            KeyCode::Char('f'),
        ],
    );
    insta::assert_snapshot!(
        "review_with_notes_100x30",
        draw(&mut app, 100, 30).backend()
    );
}

/// Claire, a team member in the « pilotage » role, and Alex Martin, the project's contact in `role`.
fn add_people(plan: &mut Plan, role: &str) {
    plan.members.push(embarquement::plan::Member {
        name: "Claire".into(),
        role: "pilotage".into(),
        training: Default::default(),
    });
    plan.project.contacts.push(embarquement::plan::Contact {
        role: role.into(),
        name: "Alex Martin".into(),
        email: None,
    });
}

/// The sample plan with the team's proposed go on stage 1, a member and a project contact, so the
/// summary shows both decisions, a training recommendation and a named contact.
fn summary_app(defs: &Definitions, lang: Lang) -> App<'_> {
    let mut plan = answered_plan(defs);
    plan.set_decision(
        "opportunite",
        embarquement::plan::Side::ProjectTeam,
        embarquement::plan::PastDecision {
            status: embarquement::plan::DecisionStatus::Go,
            name: "Camille Dupont".into(),
            date: Some("2026-11-20".parse().unwrap()),
            ..Default::default()
        },
    );
    add_people(&mut plan, "decisionnaire");
    let mut app = App::new(defs, plan, PathBuf::from("embarquement.plan.yaml"), lang);
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    app
}

#[test]
fn summary_at_both_sizes_in_both_languages() {
    let defs = fixture();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let mut app = summary_app(&defs, lang);
        press(&mut app, &[KeyCode::Char('v')]);
        for (width, height) in [(100, 30), (80, 24)] {
            let name = format!("summary_{code}_{width}x{height}");
            insta::assert_snapshot!(name, draw(&mut app, width, height).backend());
        }
    }
}

#[test]
fn summary_scrolled_to_the_end_shows_what_comes_next() {
    let defs = embedded();
    let mut plan = Plan::new(
        Project {
            name: "Démo".into(),
            ..Project::default()
        },
        &defs,
    );
    add_people(&mut plan, "chefferie-de-projet");
    let mut app = App::new(
        &defs,
        plan,
        PathBuf::from("embarquement.plan.yaml"),
        Lang::Fr,
    );
    press(&mut app, &[KeyCode::Char('v')]);
    draw(&mut app, 100, 30);
    press(&mut app, &[KeyCode::End]);
    insta::assert_snapshot!("summary_fr_end_100x30", draw(&mut app, 100, 30).backend());
}

// The team and training screen, on the embedded definitions.

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

#[test]
fn the_team_screen_shows_who_needs_what_in_french_at_both_sizes() {
    let defs = embedded();
    let mut app = app_on(&defs, team_plan(&defs), Lang::Fr);
    press(&mut app, &[KeyCode::Char('f'), KeyCode::Char('t')]);
    assert!(matches!(app.mode, Mode::Team));
    insta::assert_snapshot!("team_fr_100x30", draw(&mut app, 100, 30).backend());
    insta::assert_snapshot!("team_fr_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn the_team_screen_in_english_at_both_sizes() {
    let defs = embedded();
    let mut app = app_on(&defs, team_plan(&defs), Lang::En);
    press(&mut app, &[KeyCode::Char('f'), KeyCode::Char('t')]);
    insta::assert_snapshot!("team_en_100x30", draw(&mut app, 100, 30).backend());
    insta::assert_snapshot!("team_en_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn a_technical_member_has_both_paths_and_the_teams_older_ticks_are_kept() {
    let defs = embedded();
    let mut app = app_on(&defs, team_plan(&defs), Lang::Fr);
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
    let mut app = app_on(&defs, team_plan(&defs), Lang::Fr);
    press(
        &mut app,
        &[KeyCode::Char('f'), KeyCode::Char('t'), KeyCode::Char('a')],
    );
    insta::assert_snapshot!("member_form_fr_80x24", draw(&mut app, 80, 24).backend());
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('d')]);
    insta::assert_snapshot!("member_remove_fr_80x24", draw(&mut app, 80, 24).backend());
}
