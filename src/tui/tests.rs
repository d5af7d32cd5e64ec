//! Tests of the wizard's update logic: keys in, plan and screen state out.

use std::path::PathBuf;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::action::Effect;
use super::app::{App, Clock, Mode, Pane};
use super::recovery::{Rescue, write_copy};
use super::{Exit, Input};
use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::plan::{AnswerValue, CriterionStatus, DecisionStatus, Plan, Project, SessionKind, Side};

/// The keys of the editors, lists, forms and dialogs.
mod keys;
/// Undo and redo.
mod undo;

use crate::test_support::minimal_definitions as fixture;

fn app(defs: &Definitions) -> App<'_> {
    let project = Project {
        name: "Démo".into(),
        ..Project::default()
    };
    let mut app = App::new(
        defs,
        Plan::new(project, defs),
        PathBuf::from("plan.yaml"),
        Lang::Fr,
    );
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    app
}

/// The wizard on a plan saved as `dir/plan.yaml`.
fn app_in<'d>(defs: &'d Definitions, dir: &std::path::Path) -> App<'d> {
    let mut app = app(defs);
    app.plan_path = dir.join("plan.yaml");
    app
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Sends each event and returns the effects in order.
fn press(app: &mut App<'_>, events: impl IntoIterator<Item = Event>) -> Vec<Option<Effect>> {
    events
        .into_iter()
        .map(|event| app.handle_event(event))
        .collect()
}

fn typed(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

/// Selects and focuses the question of id `id` of the shown stage.
pub(super) fn select_question(app: &mut App<'_>, id: &str) {
    let index = (0..)
        .map_while(|index| app.question(index))
        .position(|q| q.question.id == id)
        .unwrap_or_else(|| panic!("no question `{id}` at this stage"));
    app.ui.focus = Pane::Questions;
    app.ui.detail = Pane::Questions;
    app.ui.question[app.ui.stage] = index;
}

/// Selects and focuses the criterion of id `id` of the shown stage.
pub(super) fn select_criterion(app: &mut App<'_>, id: &str) {
    let index = app
        .stage()
        .criteria
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("no criterion `{id}` at this stage"));
    app.ui.focus = Pane::Criteria;
    app.ui.detail = Pane::Criteria;
    app.ui.criterion[app.ui.stage] = index;
}

/// The ids of the criterion and the question selected on the shown stage.
fn selected_ids(app: &App<'_>) -> (Option<String>, Option<String>) {
    let stage = app.ui.stage;
    let criterion = app.stage().criteria.get(app.ui.criterion[stage]);
    let question = app.question(app.ui.question[stage]);
    (
        criterion.map(|c| c.id.clone()),
        question.map(|q| q.question.id.clone()),
    )
}

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
fn a_note_is_kept_when_leaving_the_editor() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(app.mode, Mode::Editing(_)));
    press(&mut app, typed("Vu avec"));
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("la DNUM"));
    let effects = press(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(effects, [Some(Effect::Save)]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").note,
        "Vu avec\nla DNUM"
    );
}

/// The wizard with `text` typed in the editor of the number question `nombre-modules`.
fn typing_a_number<'d>(defs: &'d Definitions, text: &str) -> App<'d> {
    let mut app = app(defs);
    select_question(&mut app, "nombre-modules");
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed(text));
    app
}

#[test]
fn an_invalid_number_keeps_the_editor_open_with_a_message() {
    let defs = fixture();
    let mut app = typing_a_number(&defs, "douze");
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [None]);
    let Mode::Editing(editor) = &app.mode else {
        panic!("the editor closed")
    };
    assert_eq!(
        editor.error.as_deref(),
        Some(
            "Saisissez un nombre, par exemple 12 ou 3,5. \
             Échap : abandonner la saisie et garder la réponse enregistrée."
        )
    );
    press(&mut app, std::iter::repeat_n(key(KeyCode::Backspace), 5));
    press(&mut app, typed("3,5"));
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    let answer = app.plan.answer("opportunite", "nombre-modules").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Number(3.5)));
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
fn choices_are_picked_from_a_list() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "type-projet");
    press(
        &mut app,
        [key(KeyCode::Enter), key(KeyCode::Down), key(KeyCode::Enter)],
    );
    assert_eq!(
        app.plan.answer("opportunite", "type-projet").unwrap().value,
        Some(AnswerValue::Text("migration".into()))
    );
    select_question(&mut app, "composants");
    press(
        &mut app,
        [
            key(KeyCode::Enter),
            key(KeyCode::Char(' ')),
            key(KeyCode::Down),
            key(KeyCode::Char(' ')),
            key(KeyCode::Enter),
        ],
    );
    assert_eq!(
        app.plan.answer("opportunite", "composants").unwrap().value,
        Some(AnswerValue::List(vec!["console".into(), "usine".into()]))
    );
}

#[test]
fn a_go_waits_for_the_blocking_criteria() {
    let defs = fixture();
    let mut app = app(&defs);
    press(
        &mut app,
        [
            key(KeyCode::Char('d')),
            key(KeyCode::Right),
            key(KeyCode::Tab),
            key(KeyCode::Right),
            key(KeyCode::Tab),
        ],
    );
    press(&mut app, typed("Alex"));
    assert_eq!(press(&mut app, [ctrl('s')]), [None]);
    let Mode::Deciding(form) = &app.mode else {
        panic!("the form closed")
    };
    assert!(
        form.error
            .as_deref()
            .unwrap()
            .contains("Organisation de rattachement identifiée")
    );
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(app.is_locked(1));
    press(&mut app, [key(KeyCode::Char(' '))]);
    press(&mut app, [key(KeyCode::Char('d'))]);
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    let decision = app.plan.decision("opportunite", Side::ServiceTeam);
    assert_eq!(decision.status, DecisionStatus::Go);
    assert_eq!(decision.name, "Alex");
    assert_eq!(decision.date, Some(jiff::civil::date(2026, 11, 22)));
    assert!(
        app.plan
            .decision("opportunite", Side::ProjectTeam)
            .is_empty()
    );
    assert!(!app.is_locked(1));
    assert!(
        app.plan.sessions.iter().all(|s| !s.kind.is_joint()),
        "only an interview started on purpose is a joint session"
    );
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

/// Input from a script, for driving the real event loop.
struct Script(std::vec::IntoIter<Input>);

impl super::EventSource for Script {
    fn next_input(&mut self, _timeout: std::time::Duration) -> std::io::Result<Input> {
        self.0
            .next()
            .ok_or_else(|| std::io::Error::other("the script ran out of events"))
    }
}

/// Runs the event loop over `inputs` on a test terminal; returns how it ended and the last frame's
/// top line.
fn run_script(app: &mut App<'_>, inputs: Vec<Input>) -> (anyhow::Result<Exit>, String) {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    let exit = super::event_loop(&mut terminal, app, &mut Script(inputs.into_iter()));
    let buffer = terminal.backend().buffer();
    let header = (0..buffer.area.width)
        .map(|x| buffer[(x, 0)].symbol())
        .collect();
    (exit, header)
}

/// Runs the event loop over `events`; returns whether it ended by quitting.
fn run_loop(app: &mut App<'_>, events: Vec<Event>) -> bool {
    let inputs = events.into_iter().map(Input::Event).collect();
    matches!(run_script(app, inputs).0, Ok(Exit::Quit))
}

#[test]
fn quitting_saves_pending_changes_or_asks_when_it_cannot() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    assert!(run_loop(
        &mut app,
        vec![key(KeyCode::Enter), typed("x").remove(0), ctrl('c')]
    ));
    assert_eq!(
        crate::plan::load(&app.plan_path)
            .unwrap()
            .criterion("opportunite", "organisation")
            .note,
        "x"
    );

    let mut app = self::app(&defs);
    app.plan_path = dir.path().join("missing-folder/plan.yaml");
    let ended = run_loop(
        &mut app,
        vec![key(KeyCode::Char(' ')), key(KeyCode::Char('q'))],
    );
    assert!(!ended, "the loop must not end while the change is unsaved");
    assert!(matches!(
        app.mode,
        Mode::ConfirmQuit(super::app::QuitRisk::UnsavedChanges)
    ));
    assert!(app.save.error.is_some());
    assert!(run_loop(&mut app, vec![key(KeyCode::Char('o'))]));
}

#[test]
fn quitting_with_a_decision_draft_asks_first() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('d')), key(KeyCode::Right)]);
    assert_eq!(press(&mut app, [ctrl('c')]), [None]);
    assert!(matches!(
        app.mode,
        Mode::ConfirmQuit(super::app::QuitRisk::DecisionDraft)
    ));
    press(&mut app, [key(KeyCode::Char('n')), key(KeyCode::Char('d'))]);
    let Mode::Deciding(form) = &app.mode else {
        panic!("the draft was not resumed")
    };
    assert_eq!(form.status(), DecisionStatus::Go);
}

#[test]
fn the_setup_form_needs_a_name_then_creates_the_plan() {
    let defs = fixture();
    let mut app = App::new_plan(&defs, PathBuf::from("plan.yaml"), Lang::Fr);
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [None]);
    press(&mut app, typed("Démo"));
    press(
        &mut app,
        [
            key(KeyCode::Tab),
            key(KeyCode::Tab),
            key(KeyCode::Right),
            key(KeyCode::Right),
        ],
    );
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    assert!(app.created);
    assert_eq!(app.plan.project.name, "Démo");
    assert_eq!(
        app.plan.project.kind,
        Some(crate::plan::ProjectKind::Migration)
    );
}

#[test]
fn pasted_text_loses_its_control_characters() {
    let defs = fixture();
    let mut app = app(&defs);
    press(
        &mut app,
        [
            key(KeyCode::Enter),
            Event::Paste("a\u{1b}[31mb\r\nc".into()),
            key(KeyCode::Esc),
        ],
    );
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").note,
        "a[31mb\nc"
    );
}

#[test]
fn training_items_are_ticked_on_the_resources_screen() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('f'))]);
    assert!(matches!(app.mode, Mode::Resources));
    assert_eq!(press(&mut app, [key(KeyCode::Char(' '))]), [None]);
    let effects = press(&mut app, [key(KeyCode::End), key(KeyCode::Char(' '))]);
    assert_eq!(effects, [None, Some(Effect::Save)]);
    assert!(app.plan.is_acquired("qualite", "bases"));
    press(&mut app, [key(KeyCode::Char(' ')), key(KeyCode::Esc)]);
    assert!(app.plan.training.is_empty());
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn a_go_waits_for_the_previous_stage() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('2')), key(KeyCode::Char(' '))]);
    press(
        &mut app,
        [
            key(KeyCode::Char('d')),
            key(KeyCode::Right),
            key(KeyCode::Enter),
        ],
    );
    let Mode::Deciding(form) = &app.mode else {
        panic!("the form closed")
    };
    assert!(form.error.as_deref().unwrap().contains("l'étape 1"));
    press(&mut app, [key(KeyCode::Right), key(KeyCode::Enter)]);
    assert_eq!(
        app.plan.decision("plan-projet", Side::ProjectTeam).status,
        DecisionStatus::NoGo
    );
}

/// A saved plan in a fresh folder, opened as the wizard opens it: (folder, path, app).
fn opened<'d>(defs: &'d Definitions, lock: Option<&str>) -> (tempfile::TempDir, PathBuf, App<'d>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let project = Project {
        name: "Démo".into(),
        ..Project::default()
    };
    crate::plan::save(&Plan::new(project, defs), &path).unwrap();
    if let Some(lock) = lock {
        std::fs::write(crate::plan::lock_path(&path), lock).unwrap();
    }
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(defs, plan.unwrap(), path.clone(), Lang::Fr);
    app.attach(disk);
    (dir, path, app)
}

#[test]
fn a_plan_held_by_another_wizard_is_shown_read_only_and_refuses_changes() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, path, mut app) = opened(&defs, Some(lock));
    let Mode::Notice(notice) = &app.mode else {
        panic!("no warning at open")
    };
    assert!(
        notice.contains("déjà ouvert par camille sur poste-de-camille"),
        "{notice}"
    );
    let before = std::fs::read(&path).unwrap();
    press(&mut app, [key(KeyCode::Char('x'))]);
    assert!(matches!(app.mode, Mode::Normal));
    for refused in [key(KeyCode::Char(' ')), key(KeyCode::Enter), ctrl('s')] {
        assert_eq!(press(&mut app, [refused]), [None]);
        let message = app.message.as_ref().expect("the refusal is explained");
        assert!(message.is_error && message.text.starts_with("Lecture seule"));
        assert!(matches!(app.mode, Mode::Normal));
    }
    assert_eq!(press(&mut app, [key(KeyCode::Right)]), [None], "no save");
    assert!(!app.save.dirty);
    assert!(run_loop(&mut app, vec![key(KeyCode::Char('q'))]));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_plan_is_announced_before_anything_is_saved() {
    let defs = fixture();
    let (_dir, path, _) = opened(&defs, None);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.rfind("# fin du plan").unwrap()]).unwrap();
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(&defs, plan.unwrap(), path.clone(), Lang::Fr);
    app.attach(disk);
    let Mode::Notice(notice) = &app.mode else {
        panic!("no warning at open")
    };
    assert!(notice.contains("semble coupé"), "{notice}");
    assert!(!run_loop(
        &mut app,
        vec![key(KeyCode::Esc), key(KeyCode::Char(' '))]
    ));
    let message = &app.message.as_ref().unwrap().text;
    assert!(message.contains("plan.yaml.damaged-"), "{message}");
}

#[test]
fn a_plan_changed_on_disk_stops_autosave_and_says_so_once() {
    let defs = fixture();
    let (_dir, path, mut app) = opened(&defs, None);
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("current_stage: 1", "current_stage: 2");
    std::fs::write(&path, &theirs).unwrap();
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char(' '))]));
    let Mode::Notice(notice) = &app.mode else {
        panic!("the conflict was not shown")
    };
    assert!(notice.contains("modifié sur le disque"), "{notice}");
    assert!(notice.contains("e : enregistrer ailleurs"), "{notice}");
    assert!(app.disk.changed_on_disk() && app.save.dirty);
    assert!(!run_loop(
        &mut app,
        vec![key(KeyCode::Esc), key(KeyCode::Char(' '))]
    ));
    assert!(matches!(app.mode, Mode::Normal), "told once");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    press(&mut app, [key(KeyCode::Char('q'))]);
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char('q'))]));
    assert!(matches!(app.mode, Mode::ConfirmQuit(_)));
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('e'))]),
        [Some(Effect::SaveElsewhere)]
    );
}

#[test]
fn saving_elsewhere_moves_the_wizard_to_the_new_file() {
    let defs = fixture();
    let (dir, path, mut app) = opened(&defs, None);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('e'))]),
        [Some(Effect::SaveElsewhere)]
    );
    press(&mut app, [key(KeyCode::Char(' '))]);
    let rescue = dir.path().join("data");
    let result = app.disk.save_elsewhere(&app.plan, &app.plan_path, &rescue);
    app.saved_elsewhere(result);
    assert!(app.plan_path.starts_with(&rescue), "{:?}", app.plan_path);
    assert!(!app.save.dirty && app.save.error.is_none());
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .starts_with("Plan enregistré dans ")
    );
    assert_ne!(app.plan_path, path);
    assert!(crate::plan::load(&app.plan_path).is_ok());
}

#[test]
fn reading_again_after_a_conflict_shows_their_version() {
    let defs = fixture();
    let (dir, path, mut app) = opened(&defs, None);
    let mut theirs = app.plan.clone();
    theirs.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ko);
    crate::plan::save(&theirs, &path).unwrap();
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('r'))]),
        [None],
        "no conflict yet"
    );
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char(' '))]));
    press(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('r'))]),
        [Some(Effect::Reload)]
    );
    let kept = crate::plan::keep_copy(&app.plan, &app.plan_path, dir.path()).unwrap();
    let result = app.disk.reload(&app.plan_path);
    app.reloaded(result, Some(kept));
    assert_eq!(app.plan, theirs);
    assert_eq!(app.progress[0].criteria.ko, 1);
    assert!(!app.save.dirty && !app.disk.changed_on_disk());
    let message = &app.message.as_ref().unwrap().text;
    assert!(
        message.starts_with(
            "Plan relu sur le disque. Vos modifications non enregistrées sont gardées dans "
        ),
        "{message}"
    );
}

#[test]
fn a_change_is_on_disk_before_the_next_input_and_a_failed_save_shows_at_once() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    // The loop does not save on a signal (its caller does): the change was saved before.
    let (exit, _) = run_script(
        &mut app,
        vec![Input::Event(key(KeyCode::Char(' '))), Input::Signal(15)],
    );
    assert_eq!(exit.unwrap(), Exit::Signal(15));
    let saved = crate::plan::load(&app.plan_path).unwrap();
    assert_eq!(
        saved.criterion("opportunite", "organisation").status,
        CriterionStatus::Ok
    );

    app.plan_path = dir.path().join("missing-folder/plan.yaml");
    // No key after the change: the frame drawn after the failed save is the last one.
    let (_, header) = run_script(&mut app, vec![Input::Event(key(KeyCode::Char(' ')))]);
    assert!(header.contains("ÉCHEC DE L'ENREGISTREMENT"), "{header}");
}

#[test]
fn ctrl_c_quits_from_the_help_screen() {
    let defs = fixture();
    let mut app = app(&defs);
    let effects = press(&mut app, [key(KeyCode::Char('?')), ctrl('c')]);
    assert_eq!(effects, [None, Some(Effect::Quit)]);
}

#[test]
fn ctrl_z_asks_the_loop_to_suspend() {
    let defs = fixture();
    let mut app = app(&defs);
    let (exit, _) = run_script(&mut app, vec![Input::Event(ctrl('z'))]);
    assert_eq!(exit.unwrap(), Exit::Suspend);
}

#[test]
fn an_interrupted_editor_is_saved_and_stays_open() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("En cours"));
    assert_eq!(
        super::recovery::save_before_exit(&mut app),
        Some(Rescue::Saved)
    );
    assert!(matches!(app.mode, Mode::Editing(_)));
    let saved = crate::plan::load(&app.plan_path).unwrap();
    assert_eq!(
        saved.criterion("opportunite", "organisation").note,
        "En cours"
    );
    assert_eq!(
        super::recovery::save_before_exit(&mut app),
        Some(Rescue::UpToDate)
    );
}

#[test]
fn an_interrupted_answer_that_does_not_parse_is_kept_as_typed() {
    let defs = fixture();
    let mut app = typing_a_number(&defs, "douze");
    app.commit_open_edit();
    let answer = app.plan.answer("opportunite", "nombre-modules").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Text("douze".into())));
    assert!(app.save.dirty);
}

#[test]
fn after_a_panic_a_recovery_copy_holds_the_open_editor_and_the_plan_is_untouched() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    crate::plan::save(&app.plan, &app.plan_path).unwrap();
    let before = std::fs::read(&app.plan_path).unwrap();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        press(&mut app, [key(KeyCode::Enter)]);
        press(&mut app, typed("Avant la panne"));
        panic!("a bug while editing");
    }));
    assert!(outcome.is_err());
    let Some(Rescue::Copy(copy)) = super::recovery::after_panic(&mut app) else {
        panic!("no recovery copy");
    };
    assert_eq!(copy.parent(), Some(dir.path()));
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("plan.recovered-") && name.ends_with(".yaml"),
        "{name}"
    );
    let recovered = crate::plan::load(&copy).unwrap();
    assert_eq!(
        recovered.criterion("opportunite", "organisation").note,
        "Avant la panne"
    );
    assert_eq!(std::fs::read(&app.plan_path).unwrap(), before);
    let message = Rescue::Copy(copy.clone()).message(app.strings(), &app.plan_path);
    assert!(
        message.contains(&format!("embarquement {}", copy.display())),
        "{message}"
    );
}

#[test]
fn a_recovery_copy_goes_to_the_data_folder_when_the_plan_folder_refuses_it() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let plan = app(&defs).plan;
    let gone = dir.path().join("gone/plan.yaml");
    let data = dir.path().join("data/embarquement");
    let copy = write_copy(
        &plan,
        &gone,
        "20261123-101500",
        Some(&data),
        Lang::Fr.strings(),
    )
    .unwrap();
    assert_eq!(copy, data.join("plan.recovered-20261123-101500.yaml"));
    assert!(copy.is_file());

    let not_a_folder = dir.path().join("file");
    std::fs::write(&not_a_folder, "").unwrap();
    let error = write_copy(
        &plan,
        &gone,
        "x",
        Some(&not_a_folder.join("sub")),
        Lang::Fr.strings(),
    )
    .unwrap_err();
    assert!(!error.is_empty());
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

#[test]
fn the_local_zone_agrees_with_the_system_zone() {
    let now = jiff::Timestamp::now();
    assert_eq!(
        super::app::local_zone().to_offset(now),
        jiff::tz::TimeZone::system().to_offset(now)
    );
}

/// The sheet's scroll limit after drawing `app` on a terminal of `width` × `height`.
fn sheet_max_scroll(app: &mut App<'_>, width: u16, height: u16) -> usize {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("test terminal");
    super::ui::draw(&mut terminal, app).expect("draw");
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
