//! One field for one fact: the setup form's kind is the questionnaire's answer, and a question that
//! follows an earlier one opens on its answer, recorded only once confirmed.

use std::path::{Path, PathBuf};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::{app, ctrl, fixture, key, press, select_question, typed};
use crate::commands::status;
use crate::definitions::{self, Definitions, ProjectField};
use crate::i18n::Lang;
use crate::plan::{AnswerValue, DecisionStatus, PastDecision, Side};
use crate::tui::action::Effect;
use crate::tui::app::{App, Mode};
use crate::tui::ui;

/// The screen as drawn at 120×40.
fn screen(app: &mut App<'_>) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    ui::draw(&mut terminal, app).unwrap();
    terminal
}

/// Records the service team's go on stage 1, so that stage 2 opens, and shows stage 2.
fn open_stage_two(app: &mut App<'_>) {
    let go = PastDecision {
        status: DecisionStatus::Go,
        ..PastDecision::default()
    };
    app.plan
        .set_decision(&app.defs.stages[0].id, Side::ServiceTeam, go);
    press(app, [key(KeyCode::Char('2'))]);
    assert_eq!(app.ui.stage, 1);
}

/// The kind shown by `status`.
fn status_kind(defs: &Definitions, app: &App<'_>) -> Option<String> {
    status::summary(defs, &app.plan, Path::new("plan.yaml"), Lang::Fr)
        .project
        .kind
}

#[test]
fn the_kind_chosen_in_the_setup_form_is_the_questionnaires_answer_and_back() {
    let defs = fixture();
    let mut app = App::new_plan(&defs, PathBuf::from("plan.yaml"), Lang::Fr);
    press(&mut app, typed("Démo"));
    let keys = [KeyCode::Tab, KeyCode::Tab, KeyCode::Right, KeyCode::Right];
    press(&mut app, keys.map(key));
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    select_question(&mut app, "type-projet");
    insta::assert_snapshot!(
        "setup_kind_in_the_questionnaire",
        screen(&mut app).backend()
    );

    // Changed in the questionnaire, the kind is the project card's.
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(&app.mode, Mode::Choosing(popup) if popup.ticked == [false, true]));
    press(&mut app, [key(KeyCode::Up), key(KeyCode::Enter)]);
    assert_eq!(
        app.plan.project_value(&defs, ProjectField::Kind).as_deref(),
        Some("nouveau")
    );
    assert_eq!(status_kind(&defs, &app).as_deref(), Some("nouveau"));
}

#[test]
fn a_question_that_follows_an_earlier_one_opens_on_its_answer_recorded_once_confirmed() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan.update_answer("opportunite", "composants", |a| {
        a.value = Some(AnswerValue::List(vec!["console".into()]))
    });
    open_stage_two(&mut app);
    select_question(&mut app, "composants-retenus");
    insta::assert_snapshot!("follows_the_earlier_answer", screen(&mut app).backend());

    press(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(&app.mode, Mode::Choosing(popup) if popup.ticked == [true, false]));
    insta::assert_snapshot!("follows_the_option_list", screen(&mut app).backend());
    press(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(app.plan.answer("plan-projet", "composants-retenus"), None);
    press(&mut app, [key(KeyCode::Enter), key(KeyCode::Enter)]);
    let answer = app
        .plan
        .answer("plan-projet", "composants-retenus")
        .unwrap();
    assert_eq!(
        answer.value,
        Some(AnswerValue::List(vec!["console".into()]))
    );
}

#[test]
fn free_text_opens_on_the_earlier_date_and_records_it_only_when_confirmed() {
    let defs = definitions::load(definitions::Source::Embedded).unwrap();
    let mut app = app(&defs);
    app.plan
        .update_answer("opportunite", "jalons-et-echeances", |a| {
            a.value = Some(AnswerValue::Text("2027-03-01".into()))
        });
    let stage_one = app.plan.stage("opportunite").map(|s| s.answers.clone());
    open_stage_two(&mut app);
    select_question(&mut app, "jalons");
    press(&mut app, [key(KeyCode::Enter)]);
    let Mode::Editing(editor) = &app.mode else {
        panic!("no editor open");
    };
    assert_eq!(editor.field.text(), "2027-03-01");
    assert!(
        editor.title.ends_with("(reprise de l'étape 1)"),
        "{}",
        editor.title
    );
    press(&mut app, [key(KeyCode::Esc)]);
    let stage_two = &defs.stages[1].id;
    assert_eq!(app.plan.answer(stage_two, "jalons"), None);
    press(&mut app, [key(KeyCode::Enter), ctrl('s')]);
    let answer = app.plan.answer(stage_two, "jalons").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Text("2027-03-01".into())));
    assert_eq!(
        app.plan.stage("opportunite").map(|s| s.answers.clone()),
        stage_one,
        "the earlier answer is left as it was"
    );
}
