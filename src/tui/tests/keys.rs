//! What keys do in the editors, option lists, forms and dialogs: Esc leaves without changing what
//! was not confirmed, Enter confirms, Ctrl-C quits from every screen, and text never goes missing
//! without a word.

use ratatui::crossterm::event::{Event, KeyCode};

use super::{
    app, ctrl, fixture, key, press, run_loop, screen_at, select_criterion, select_question, typed,
};
use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::plan::{AnswerValue, DecisionStatus, Plan, Project, Side};
use crate::tui::action::Effect;
use crate::tui::app::{App, Mode};
use crate::tui::clock::Clock;
use crate::tui::editor::MAX_TEXT_BYTES;
use crate::tui::screens::confirm::QuitRisk;
use crate::tui::screens::notice::Notice;

const STAGE: &str = "opportunite";

/// The wizard on a plan that `prepare` filled in first.
fn app_with(defs: &Definitions, prepare: impl FnOnce(&mut Plan)) -> App<'_> {
    let mut plan = app(defs).plan;
    prepare(&mut plan);
    let mut app = App::new(defs, plan, "plan.yaml".into(), Lang::Fr);
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    app
}

/// The same, with the plan saved in a fresh folder and opened as the wizard opens it.
fn opened_with(
    defs: &Definitions,
    prepare: impl FnOnce(&mut Plan),
) -> (tempfile::TempDir, std::path::PathBuf, App<'_>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let mut plan = Plan::new(
        Project {
            name: "Démo".into(),
            ..Project::default()
        },
        defs,
    );
    prepare(&mut plan);
    crate::plan::save(&plan, &path).unwrap();
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(defs, plan.unwrap(), path.clone(), Lang::Fr);
    app.attach(disk);
    (dir, path, app)
}

fn answer(app: &App<'_>, id: &str) -> Option<AnswerValue> {
    app.plan.answer(STAGE, id).and_then(|a| a.value.clone())
}

fn set_answer(plan: &mut Plan, id: &str, value: AnswerValue) {
    plan.update_answer(STAGE, id, |record| record.value = Some(value));
}

/// The screen drawn for `app` on a 100×30 terminal, row by row.
fn screen(app: &mut App<'_>) -> String {
    screen_at(app, 100, 30)
}

/// The message under the open editor.
fn editor_message(app: &App<'_>) -> String {
    match &app.mode {
        Mode::Editing(editor) => editor.error.clone().unwrap_or_default(),
        _ => panic!("the editor is not open"),
    }
}

/// The message line under the panes.
fn message_line(app: &App<'_>) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn a_paste_too_long_for_a_note_keeps_its_start_and_says_how_much() {
    let defs = fixture();
    let mut app = app(&defs);
    select_criterion(&mut app, "besoin");
    press(&mut app, [key(KeyCode::Enter)]);
    let pasted = "x".repeat(MAX_TEXT_BYTES + 1000);
    press(&mut app, [Event::Paste(pasted)]);
    let message = editor_message(&app);
    assert!(
        message.starts_with("Collage coupé\u{a0}: seuls les 524\u{a0}272 premiers caractères sur 525\u{a0}288 ont été gardés (un texte tient au plus 512 Kio dans le plan)."),
        "{message}"
    );
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [Some(Effect::Save)]);
    assert_eq!(app.plan.criterion(STAGE, "besoin").note.len(), 524_272);
}

#[test]
fn a_note_too_long_from_the_plan_stays_whole_and_refuses_keys_with_a_message() {
    let defs = fixture();
    let long = "Compte rendu. ".repeat(MAX_TEXT_BYTES / 10);
    let mut app = app_with(&defs, |plan| {
        plan.update_criterion(STAGE, "besoin", |c| c.note = long.clone());
    });
    select_criterion(&mut app, "besoin");
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("ajout"));
    assert!(
        editor_message(&app)
            .starts_with("Ce texte a atteint sa taille maximale (512 Kio dans le plan)"),
        "{}",
        editor_message(&app)
    );
    assert!(screen(&mut app).contains("Ce texte a atteint sa taille maximale"));
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert_eq!(app.plan.criterion(STAGE, "besoin").note, long);

    // Deleting is never refused.
    press(&mut app, [key(KeyCode::Enter), key(KeyCode::Backspace)]);
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [Some(Effect::Save)]);
    assert_eq!(app.plan.criterion(STAGE, "besoin").note, long.trim_end());
}

#[test]
fn space_then_esc_in_a_yes_no_list_leaves_the_answer_as_it_was() {
    let defs = fixture();
    let mut app = app_with(&defs, |plan| {
        set_answer(plan, "financement", AnswerValue::Bool(true))
    });
    select_question(&mut app, "financement");
    let effects = press(
        &mut app,
        [
            key(KeyCode::Enter),
            key(KeyCode::Char(' ')),
            key(KeyCode::Down),
            key(KeyCode::Char(' ')),
            key(KeyCode::Esc),
        ],
    );
    assert_eq!(effects, [None; 5]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(answer(&app, "financement"), Some(AnswerValue::Bool(true)));
    assert!(app.plan.sessions.is_empty() && !app.save.dirty);
}

#[test]
fn esc_in_a_choice_list_leaves_the_answer_as_it_was() {
    let defs = fixture();
    let chosen = AnswerValue::Text("migration".into());
    let ticked = AnswerValue::List(vec!["usine".into()]);
    let mut app = app_with(&defs, |plan| {
        set_answer(plan, "type-projet", chosen.clone());
        set_answer(plan, "composants", ticked.clone());
    });
    select_question(&mut app, "type-projet");
    press(&mut app, [key(KeyCode::Enter), key(KeyCode::Char(' '))]);
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    select_question(&mut app, "composants");
    press(
        &mut app,
        [
            key(KeyCode::Enter),
            key(KeyCode::Char(' ')),
            key(KeyCode::Up),
            key(KeyCode::Char(' ')),
        ],
    );
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert_eq!(answer(&app, "type-projet"), Some(chosen));
    assert_eq!(answer(&app, "composants"), Some(ticked));
    assert!(!app.save.dirty);
}

#[test]
fn enter_confirms_a_list_and_the_footer_says_esc_cancels() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "composants");
    press(&mut app, [key(KeyCode::Enter)]);
    let shown = screen(&mut app);
    assert!(
        shown.contains("Espace cocher  Entrée valider  Échap annuler"),
        "{shown}"
    );
    press(&mut app, [key(KeyCode::Char(' '))]);
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    assert_eq!(
        answer(&app, "composants"),
        Some(AnswerValue::List(vec!["console".into()]))
    );
    select_question(&mut app, "financement");
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(screen(&mut app).contains("Entrée choisir  Échap annuler"));
}

#[test]
fn ctrl_c_in_a_list_quits_leaving_the_answer_as_it_was() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "type-projet");
    let effects = press(
        &mut app,
        [key(KeyCode::Enter), key(KeyCode::Char(' ')), ctrl('c')],
    );
    assert_eq!(effects, [None, None, Some(Effect::Quit)]);
    assert_eq!(answer(&app, "type-projet"), None);
}

#[test]
fn a_signal_with_a_list_open_writes_nothing_of_its_ticks() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "composants");
    press(&mut app, [key(KeyCode::Enter), key(KeyCode::Char(' '))]);
    app.commit_open_edit();
    assert!(matches!(app.mode, Mode::Choosing(_)), "the list stays open");
    assert_eq!(answer(&app, "composants"), None);
    assert!(!app.save.dirty);
}

#[test]
fn esc_in_the_decision_form_records_nothing_and_keeps_a_draft() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('d'))]);
    assert!(screen(&mut app).contains("Entrée valider  Échap annuler"));
    press(&mut app, [key(KeyCode::Right)]);
    assert!(screen(&mut app).contains("Échap annuler (brouillon gardé)"));
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert_eq!(
        app.plan.decision(STAGE, Side::ProjectTeam).status,
        DecisionStatus::Pending
    );
    assert!(app.ui.decision_drafts[0].is_some());
    assert!(!app.save.dirty);
}

#[test]
fn closing_the_decision_form_without_change_lets_q_quit_at_once() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('d')), key(KeyCode::Esc)]);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('q'))]),
        [Some(Effect::Quit)]
    );

    // Changed, then changed back: nothing to lose either.
    let mut app = self::app(&defs);
    press(
        &mut app,
        [
            key(KeyCode::Char('d')),
            key(KeyCode::Right),
            key(KeyCode::Left),
            key(KeyCode::Tab),
            key(KeyCode::Tab),
        ],
    );
    press(&mut app, typed("A"));
    press(&mut app, [key(KeyCode::Backspace), key(KeyCode::Esc)]);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('q'))]),
        [Some(Effect::Quit)]
    );
}

#[test]
fn esc_leaves_a_number_editor_holding_words_and_keeps_the_recorded_answer() {
    let defs = fixture();
    let mut app = app_with(&defs, |plan| {
        set_answer(plan, "nombre-modules", AnswerValue::Integer(12))
    });
    select_question(&mut app, "nombre-modules");
    press(&mut app, [key(KeyCode::Enter), ctrl('u')]);
    press(&mut app, typed("douze"));
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [None]);
    assert!(editor_message(&app).contains("Échap\u{a0}: abandonner la saisie"));
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(
        answer(&app, "nombre-modules"),
        Some(AnswerValue::Integer(12))
    );
    assert_eq!(
        message_line(&app),
        "Saisie abandonnée («\u{a0}douze\u{a0}» n'est pas un nombre)\u{a0}: réponse inchangée."
    );
    assert!(screen(&mut app).contains(
        "Saisie abandonnée («\u{a0}douze\u{a0}» n'est pas un nombre)\u{a0}: réponse inchangée."
    ));
    assert!(!app.save.dirty);
}

#[test]
fn esc_leaves_a_date_editor_holding_an_impossible_date() {
    let defs = fixture();
    let mut app = app(&defs);
    select_question(&mut app, "jalon");
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("31/02/2027"));
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert_eq!(answer(&app, "jalon"), None);
    assert_eq!(
        message_line(&app),
        "Saisie abandonnée («\u{a0}31/02/2027\u{a0}» n'est pas une date)\u{a0}: réponse inchangée."
    );
}

#[test]
fn a_number_from_the_plan_that_does_not_parse_never_traps_the_editor() {
    let defs = fixture();
    let stored = AnswerValue::Text("1e309".into());
    let mut app = app_with(&defs, |plan| {
        set_answer(plan, "nombre-modules", stored.clone())
    });
    select_question(&mut app, "nombre-modules");
    assert_eq!(
        press(&mut app, [key(KeyCode::Enter), key(KeyCode::Esc)]),
        [None, None]
    );
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.message, None, "nothing typed, nothing dropped");
    let effects = press(
        &mut app,
        [key(KeyCode::Enter), key(KeyCode::Char('0')), ctrl('c')],
    );
    assert_eq!(effects, [None, None, Some(Effect::Quit)]);
    assert_eq!(answer(&app, "nombre-modules"), Some(stored));
    assert!(!app.save.dirty);
}

#[test]
fn ctrl_u_clears_the_line_of_a_one_line_editor() {
    let defs = fixture();
    let mut app = app_with(&defs, |plan| {
        set_answer(plan, "nombre-modules", AnswerValue::Integer(12))
    });
    select_question(&mut app, "nombre-modules");
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(screen(&mut app).contains("^U effacer"));
    press(&mut app, [ctrl('u')]);
    press(&mut app, typed("7"));
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    assert_eq!(
        answer(&app, "nombre-modules"),
        Some(AnswerValue::Integer(7))
    );
}

#[test]
fn ctrl_c_quits_from_every_screen() {
    let defs = fixture();
    let opening: [(&str, Vec<Event>); 6] = [
        ("note editor", vec![key(KeyCode::Enter)]),
        ("help", vec![key(KeyCode::Char('?'))]),
        ("offer and training", vec![key(KeyCode::Char('f'))]),
        ("decision form", vec![key(KeyCode::Char('d'))]),
        ("main screen", vec![]),
        (
            "criterion note, typed",
            vec![key(KeyCode::Enter), key(KeyCode::Char('x'))],
        ),
    ];
    for (screen, keys) in opening {
        let mut app = app(&defs);
        press(&mut app, keys);
        assert_eq!(
            press(&mut app, [ctrl('c')]),
            [Some(Effect::Quit)],
            "{screen}"
        );
    }
    for question in [
        "nombre-modules",
        "jalon",
        "type-projet",
        "composants",
        "financement",
    ] {
        let mut app = app(&defs);
        select_question(&mut app, question);
        press(&mut app, [key(KeyCode::Enter)]);
        press(&mut app, typed("x"));
        assert_eq!(
            press(&mut app, [ctrl('c')]),
            [Some(Effect::Quit)],
            "{question}"
        );
    }
    let mut setup = App::new_plan(&defs, "plan.yaml".into(), Lang::Fr);
    assert_eq!(
        press(&mut setup, [ctrl('c')]),
        [Some(Effect::Quit)],
        "setup"
    );

    let mut notice = app(&defs);
    notice.mode = Mode::Notice(Notice::warning("Attention".into(), Lang::Fr.strings()));
    assert_eq!(
        press(&mut notice, [ctrl('c')]),
        [Some(Effect::Quit)],
        "notice"
    );

    // The question before quitting stays asked: Ctrl-C neither answers it nor closes it.
    let mut confirm = app(&defs);
    confirm.confirm_quit_unsaved();
    assert_eq!(press(&mut confirm, [ctrl('c')]), [None]);
    assert!(matches!(
        confirm.mode,
        Mode::ConfirmQuit(QuitRisk::UnsavedChanges)
    ));
    assert_eq!(press(&mut confirm, [key(KeyCode::Esc)]), [None]);
    assert!(matches!(confirm.mode, Mode::Normal));
}

#[test]
fn leaving_editors_on_notes_with_control_characters_leaves_the_plan_file_unchanged() {
    let defs = fixture();
    let note = "Vu\u{1b}[2J avec la DSI\u{202E} \u{7}";
    let (_dir, path, mut app) = opened_with(&defs, |plan| {
        plan.update_criterion(STAGE, "besoin", |c| {
            c.note = note.into();
            c.interviewer_note = note.into();
        });
        plan.update_answer(STAGE, "besoin-actuel", |a| {
            a.value = Some(AnswerValue::Text(note.into()));
            a.note = note.into();
        });
    });
    let before = std::fs::read(&path).unwrap();
    select_criterion(&mut app, "besoin");
    let mut effects = press(
        &mut app,
        [
            key(KeyCode::Enter),
            key(KeyCode::Esc),
            key(KeyCode::Char('i')),
            key(KeyCode::End),
            key(KeyCode::Esc),
        ],
    );
    select_question(&mut app, "besoin-actuel");
    effects.extend(press(
        &mut app,
        [
            key(KeyCode::Enter),
            key(KeyCode::Left),
            ctrl('s'),
            key(KeyCode::Char('n')),
            key(KeyCode::Esc),
        ],
    ));
    assert_eq!(effects, [None; 10]);
    assert!(run_loop(&mut app, vec![key(KeyCode::Char('q'))]));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
