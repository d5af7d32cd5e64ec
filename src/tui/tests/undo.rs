//! Undo (`u`) and redo (Ctrl-R): across stages and screens, saved at once, said on the message line.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::plan::{CriterionStatus, DecisionStatus, Side};

fn message(app: &App<'_>) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn undo_sets_a_criterion_status_back_and_says_so_and_redo_makes_it_again() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char(' ')), key(KeyCode::Char(' '))]);
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").status,
        CriterionStatus::Ko
    );
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('u'))]),
        [Some(Effect::Save)]
    );
    assert_eq!(
        message(&app),
        "Statut du critère «\u{a0}Organisation de rattachement identifiée\u{a0}» rétabli à «\u{a0}ok\u{a0}»."
    );
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(
        message(&app),
        "Statut du critère «\u{a0}Organisation de rattachement identifiée\u{a0}» rétabli à «\u{a0}à faire\u{a0}»."
    );
    assert!(
        app.plan.stage("opportunite").is_none(),
        "nothing left recorded"
    );
    assert_eq!(
        app.progress[0].criteria.todo,
        app.progress[0].criteria.total
    );
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(message(&app), "Rien à annuler.");
    assert_eq!(press(&mut app, [ctrl('r')]), [Some(Effect::Save)]);
    assert_eq!(
        message(&app),
        "Statut du critère «\u{a0}Organisation de rattachement identifiée\u{a0}» remis à «\u{a0}ok\u{a0}»."
    );
    assert_eq!(app.progress[0].criteria.ok, 1);
    assert!(app.save.dirty, "the redo is saved like any change");
}

#[test]
fn undo_reaches_back_across_stages_and_screens() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char(' ')), key(KeyCode::Char('f'))]);
    press(&mut app, [key(KeyCode::End), key(KeyCode::Char(' '))]);
    let acquired = app.plan.training.clone();
    assert!(!acquired.is_empty(), "a training item is ticked");
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert!(app.plan.training.is_empty());
    assert!(
        message(&app).starts_with("Annulé\u{a0}: formation «\u{a0}"),
        "{}",
        message(&app)
    );
    press(&mut app, [key(KeyCode::Esc), key(KeyCode::Right)]);
    assert_eq!(app.ui.stage, 1);
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").status,
        CriterionStatus::Todo
    );
    assert_eq!(app.ui.stage, 1, "undo does not move the screen");
    press(&mut app, [ctrl('r'), ctrl('r')]);
    assert_eq!(app.plan.training, acquired);
}

#[test]
fn a_new_change_after_an_undo_leaves_nothing_to_redo() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char(' ')), key(KeyCode::Char('u'))]);
    press(&mut app, [key(KeyCode::Down), key(KeyCode::Char(' '))]);
    press(&mut app, [ctrl('r')]);
    assert_eq!(message(&app), "Rien à refaire.");
    assert_eq!(
        app.plan.criterion("opportunite", "organisation").status,
        CriterionStatus::Todo
    );
}

#[test]
fn undo_puts_back_a_note_and_a_decision() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("Vu avec la DNUM"));
    press(
        &mut app,
        [
            key(KeyCode::Esc),
            key(KeyCode::Char('d')),
            key(KeyCode::Right),
        ],
    );
    press(&mut app, [key(KeyCode::Right), key(KeyCode::Enter)]);
    assert_eq!(
        app.plan.decision("opportunite", Side::ProjectTeam).status,
        DecisionStatus::NoGo
    );
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(message(&app), "Annulé\u{a0}: décision de l'étape 1.");
    assert_eq!(
        app.plan.decision("opportunite", Side::ProjectTeam).status,
        DecisionStatus::Pending
    );
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(
        message(&app),
        "Annulé\u{a0}: note sur le critère «\u{a0}Organisation de rattachement identifiée\u{a0}»."
    );
    assert!(app.plan.stage("opportunite").is_none());
}

#[test]
fn undo_is_refused_in_a_read_only_plan() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, _path, mut app) = opened(&defs, Some(lock));
    press(&mut app, [key(KeyCode::Esc)]);
    for refused in [key(KeyCode::Char('u')), ctrl('r')] {
        assert_eq!(press(&mut app, [refused]), [None]);
        assert!(
            message(&app).starts_with("Lecture seule"),
            "{}",
            message(&app)
        );
    }
}

#[test]
fn nothing_from_before_a_reload_is_undone() {
    let defs = fixture();
    let (_dir, path, mut app) = opened(&defs, None);
    press(&mut app, [key(KeyCode::Char(' '))]);
    let theirs = app.plan.clone();
    crate::plan::save(&theirs, &path).unwrap();
    let result = app.disk.reload(&app.plan_path);
    app.reloaded(result, None);
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(
        message(&app),
        "Rien à annuler depuis que le plan a été relu sur le disque."
    );
    assert_eq!(app.plan, theirs);
}
