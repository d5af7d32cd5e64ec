//! The main screen: statuses and yes/no answers cycled with Space, stages and panes, where the
//! user left off, the stage counts kept right, the sheet measured.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::plan::{AnswerValue, CriterionStatus, SessionKind};

#[test]
fn space_cycles_the_focused_criterion_and_saves() {
    let defs = fixture();
    let mut app = app(&defs);
    let effects = press(
        &mut app,
        [
            key(KeyCode::Char(' ')),
            key(KeyCode::Down),
            key(KeyCode::Char(' ')),
            key(KeyCode::Char(' ')),
        ],
    );
    assert_eq!(
        effects,
        [
            Some(Effect::Save),
            None,
            Some(Effect::Save),
            Some(Effect::Save)
        ]
    );
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").status,
        CriterionStatus::Ok
    );
    assert_eq!(
        app.plan.criterion("opportunite", "besoin").status,
        CriterionStatus::Ko
    );
    assert_eq!(app.plan.sessions.len(), 1);
    assert_eq!(app.plan.sessions[0].kind, SessionKind::SelfAssessment);
}

#[test]
fn yes_no_questions_cycle_with_space() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "financement");
    press(&mut app, [key(KeyCode::Char(' '))]);
    assert_eq!(
        app.plan.answer("opportunite", "financement").unwrap().value,
        Some(AnswerValue::Bool(true))
    );
    press(&mut app, [key(KeyCode::Char(' ')), key(KeyCode::Char(' '))]);
    assert!(app.plan.answer("opportunite", "financement").is_none());
}

#[test]
fn changing_stage_changes_nothing_in_the_plan_and_the_place_is_resumed() {
    let defs = fixture();
    let mut app = app(&defs);
    let before = app.plan.clone();
    assert_eq!(press(&mut app, [key(KeyCode::Right)]), [None]);
    press(&mut app, [key(KeyCode::Char('5')), key(KeyCode::Right)]);
    press(
        &mut app,
        [
            key(KeyCode::Char('2')),
            key(KeyCode::Tab),
            key(KeyCode::Down),
        ],
    );
    assert_eq!(app.plan, before);
    assert!(!app.save.dirty);
    let place = app.place();
    assert_eq!(
        (place.stage.as_str(), place.pane.as_str()),
        ("plan-projet", "questions")
    );
    let mut reopened = App::new(
        &defs,
        app.plan.clone(),
        PathBuf::from("plan.yaml"),
        Lang::Fr,
    );
    assert_eq!(
        reopened.ui.stage, 0,
        "without a place, the stage the project reached"
    );
    reopened.resume_at(&place);
    assert_eq!(reopened.place(), place);
    assert_eq!((reopened.ui.stage, reopened.ui.focus), (1, Pane::Questions));
}

#[test]
fn a_place_from_other_definitions_falls_back_to_what_still_exists() {
    let defs = fixture();
    let mut app = app(&defs);
    app.resume_at(&crate::tui::place::Place {
        stage: "plan-projet".into(),
        pane: "questions".into(),
        criterion: Some("gone".into()),
        question: Some("gone-too".into()),
        ..Default::default()
    });
    assert_eq!(app.ui.stage, 1);
    let first_question = app.question(0).map(|q| q.question.id.clone());
    assert_eq!(
        selected_ids(&app),
        (Some("contexte-technique".to_string()), first_question),
        "the first criterion and question of the stage"
    );
    app.resume_at(&crate::tui::place::Place {
        stage: "no-such-stage".into(),
        ..Default::default()
    });
    assert_eq!(app.ui.stage, 1);
}

#[test]
fn tab_skips_the_questions_of_a_stage_without_questionnaire() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Tab)]);
    assert_eq!(app.ui.focus, Pane::Questions);
    press(&mut app, [key(KeyCode::Char('3'))]);
    assert_eq!(app.ui.focus, Pane::Criteria);
    press(&mut app, [key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert_eq!(app.ui.focus, Pane::Criteria);
}

/// Keys that move around, change statuses and answers, undo, and open and close editors and lists.
const WANDERING_KEYS: [KeyCode; 12] = [
    KeyCode::Char(' '),
    KeyCode::Down,
    KeyCode::Up,
    KeyCode::Tab,
    KeyCode::Right,
    KeyCode::Left,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Char('n'),
    KeyCode::Char('4'),
    KeyCode::Backspace,
    KeyCode::Char('u'),
];

proptest::proptest! {
    #[test]
    fn stage_counts_kept_up_to_date_match_a_full_recount(
        keys in proptest::collection::vec(0..WANDERING_KEYS.len(), 1..120)
    ) {
        let defs = fixture();
        let mut app = app(&defs);
        for index in keys {
            app.handle_event(key(WANDERING_KEYS[index]));
            for stage in 0..defs.stages.len() {
                proptest::prop_assert_eq!(
                    app.progress[stage],
                    crate::plan::stage_progress(&defs, &app.plan, stage)
                );
            }
        }
    }
}

/// The sheet's scroll limit after drawing `app` on a terminal of `width` × `height`.
fn sheet_max_scroll(app: &mut App<'_>, width: u16, height: u16) -> usize {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("test terminal");
    crate::tui::ui::draw(&mut terminal, app).expect("draw");
    app.ui.drawn.sheet_max_scroll
}

#[test]
fn the_sheet_is_measured_again_when_its_width_or_stage_changes() {
    let defs = fixture();
    let mut app = app(&defs);
    let wide = sheet_max_scroll(&mut app, 160, 24);
    let narrow = sheet_max_scroll(&mut app, 80, 24);
    assert!(narrow > wide, "a narrower sheet wraps into more lines");
    assert_eq!(sheet_max_scroll(&mut self::app(&defs), 80, 24), narrow);
    press(&mut app, [key(KeyCode::Right)]);
    let mut second = self::app(&defs);
    press(&mut second, [key(KeyCode::Right)]);
    assert_eq!(
        sheet_max_scroll(&mut app, 80, 24),
        sheet_max_scroll(&mut second, 80, 24)
    );
}

#[test]
fn a_narrow_footer_keeps_three_lines_and_sends_the_rest_to_the_help() {
    let defs = fixture();
    let app = app(&defs);
    let wide = crate::tui::ui::footer::key_lines(&app, 400);
    assert_eq!(wide.len(), 1);
    assert!(wide[0].to_string().contains("? aide  "), "{}", wide[0]);
    let narrow = crate::tui::ui::footer::key_lines(&app, 60);
    assert_eq!(narrow.len(), 3);
    let last = narrow[2].to_string();
    assert!(last.contains("? aide et autres touches"), "{last}");
    assert!(last.contains("q quitter"), "{last}");
    assert!(narrow.iter().all(|line| line.width() <= 60));
}
