//! The windows over the main screen: the editor, the option list, the decision form, the
//! new-plan form, the offer and training screen, the help and the notices.

use ratatui::crossterm::event::{Event, KeyCode};

use super::*;
use crate::plan::{AnswerValue, DecisionStatus, Side};
use crate::tui::app::Mode;
use crate::tui::screens::confirm::QuitRisk;
use crate::tui::screens::help::Help;

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
             Échap\u{a0}: abandonner la saisie et garder la réponse enregistrée."
        )
    );
    press(&mut app, std::iter::repeat_n(key(KeyCode::Backspace), 5));
    press(&mut app, typed("3,5"));
    assert_eq!(press(&mut app, [key(KeyCode::Enter)]), [Some(Effect::Save)]);
    let answer = app.plan.answer("opportunite", "nombre-modules").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Number(3.5)));
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

#[test]
fn quitting_with_a_decision_draft_asks_first() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('d')), key(KeyCode::Right)]);
    assert_eq!(press(&mut app, [ctrl('c')]), [None]);
    assert!(matches!(
        app.mode,
        Mode::ConfirmQuit(QuitRisk::DecisionDraft)
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
        app.plan
            .project_value(&defs, crate::definitions::ProjectField::Kind),
        Some("migration".into())
    );
}

#[test]
fn without_team_members_training_items_are_ticked_for_the_team_on_the_offer_screen() {
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
fn with_team_members_space_on_the_offer_screen_points_to_the_team_screen_and_ticks_nothing() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan.members.push(crate::plan::Member {
        name: "Eve".into(),
        role: "technique".into(),
        training: Default::default(),
    });
    let effects = press(
        &mut app,
        [
            key(KeyCode::Char('f')),
            key(KeyCode::End),
            key(KeyCode::Char(' ')),
        ],
    );
    assert_eq!(effects, [None, None, None]);
    assert!(
        app.plan.training.is_empty(),
        "the team's ticks are untouched"
    );
    assert!(app.plan.members[0].training.is_empty(), "and so are Eve's");
    assert!(matches!(app.mode, Mode::Resources), "the screen stays open");
    let message = app.message.as_ref().expect("Space is explained");
    assert!(!message.is_error);
    assert_eq!(
        message.text,
        "La formation se coche par personne, sur l'écran de l'équipe (touche t)"
    );
}

#[test]
fn ctrl_c_quits_from_the_help_screen() {
    let defs = fixture();
    let mut app = app(&defs);
    let effects = press(&mut app, [key(KeyCode::Char('?')), ctrl('c')]);
    assert_eq!(effects, [None, Some(Effect::Quit)]);
}

#[test]
fn the_help_scrolls_and_closes_only_on_esc_question_mark_or_q() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('?'))]);
    let top = screen_at(&mut app, 80, 24);
    assert!(top.contains("lignes 1–"), "{top}");
    assert!(top.contains("↑↓ défiler  Échap fermer"), "{top}");
    press(&mut app, [key(KeyCode::Down), key(KeyCode::PageDown)]);
    assert!(matches!(app.mode, Mode::Help(Help { scroll: 11 })));
    for ignored in [
        key(KeyCode::Char('x')),
        key(KeyCode::Enter),
        key(KeyCode::Char(' ')),
    ] {
        assert_eq!(press(&mut app, [ignored]), [None]);
        assert!(matches!(app.mode, Mode::Help(_)), "the help stays open");
    }
    press(&mut app, [key(KeyCode::End)]);
    let end = screen_at(&mut app, 80, 24);
    let max = app.ui.drawn.help_max_scroll;
    assert!(matches!(app.mode, Mode::Help(Help { scroll }) if scroll == max && max > 0));
    assert!(
        end.contains("Question avant de quitter"),
        "the last lines show: {end}"
    );
    press(&mut app, [key(KeyCode::Home)]);
    assert!(matches!(app.mode, Mode::Help(Help { scroll: 0 })));
    for close in ['?', 'q'] {
        press(&mut app, [key(KeyCode::Char(close))]);
        assert!(matches!(app.mode, Mode::Normal), "{close} closes the help");
        press(&mut app, [key(KeyCode::Char('?'))]);
    }
    assert_eq!(press(&mut app, [key(KeyCode::Esc)]), [None]);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn a_message_cut_on_its_line_is_read_whole_in_a_window() {
    let defs = fixture();
    let mut app = app(&defs);
    let long = "Le plan a été relu sur le disque : la version enregistrée par l'autre poste \
                remplace la vôtre, qui est gardée à part dans le dossier de données.";
    app.inform(long.into(), false);
    let shown = screen_at(&mut app, 80, 24);
    assert!(shown.contains("m message entier"), "{shown}");
    assert!(
        !shown.contains("dossier de données"),
        "the line is cut: {shown}"
    );
    assert!(shown.contains("…"), "{shown}");
    assert_eq!(press(&mut app, [key(KeyCode::Char('m'))]), [None]);
    let Mode::Notice(notice) = &app.mode else {
        panic!("the message is not shown whole")
    };
    assert_eq!(notice.text, long);
    let shown = screen_at(&mut app, 80, 24);
    assert!(shown.contains("gardée à part dans le dossier"), "{shown}");
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.message.as_ref().map(|m| m.text.as_str()), Some(long));

    app.inform("Plan relu.".into(), false);
    let shown = screen_at(&mut app, 80, 24);
    assert!(!shown.contains("message entier"), "{shown}");
    press(&mut app, [key(KeyCode::Char('m'))]);
    assert!(
        matches!(app.mode, Mode::Normal),
        "m does nothing for a message that fits"
    );
}
