//! Conflicts a merge left in the plan: « conflit » on the item's row and in its detail with both
//! values, `c` to keep ours, theirs or both texts, resolving undone as one change.

use ratatui::crossterm::event::KeyCode;

use super::{app, fixture, key, press, screen_at, select_criterion};
use crate::i18n::Lang;
use crate::plan::{Conflict, Field, Plan, Value};
use crate::roundtrip::merge;
use crate::tui::app::{App, Mode};
use crate::tui::clock::Clock;

const STAGE: &str = "opportunite";

/// The wizard on a merge whose two sides wrote different notes on the criterion `besoin`.
fn merged(defs: &crate::definitions::Definitions) -> App<'_> {
    let base = app(defs).plan;
    let note = |text: &str| {
        let mut plan: Plan = base.clone();
        plan.update_criterion(STAGE, "besoin", |r| r.note = text.to_string());
        plan
    };
    let plan = merge(&base, &note("Nous."), &note("Eux."));
    assert_eq!(plan.conflicts.len(), 1);
    let mut app = App::new(defs, plan, "plan.yaml".into(), Lang::Fr);
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    select_criterion(&mut app, "besoin");
    app
}

#[test]
fn a_conflict_shows_in_the_row_and_the_detail_with_both_sides() {
    let defs = fixture();
    let mut app = merged(&defs);
    // Spaces as they look (non-breaking ones around « » and before « : »).
    let screen = screen_at(&mut app, 120, 40).replace('\u{a0}', " ");
    assert!(screen.contains("[ ] conflit Besoin exprimé"), "{screen}");
    assert!(
        screen.contains("Conflit de fusion sur note sur le critère"),
        "{screen}"
    );
    assert!(
        screen.contains("notre version : « Nous. » · leur version : « Eux. »"),
        "{screen}"
    );
}

#[test]
fn c_keeps_their_value_and_undo_brings_the_conflict_back() {
    let defs = fixture();
    let mut app = merged(&defs);
    press(&mut app, [key(KeyCode::Char('c'))]);
    assert!(matches!(app.mode, Mode::Resolving(_)));
    let screen = screen_at(&mut app, 120, 40);
    assert!(screen.contains("Garder leur version"), "{screen}");
    press(&mut app, [key(KeyCode::Down), key(KeyCode::Enter)]);
    assert!(app.plan.conflicts.is_empty());
    assert_eq!(app.plan.criterion(STAGE, "besoin").note, "Eux.");
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(app.plan.conflicts.len(), 1);
    assert_eq!(app.plan.criterion(STAGE, "besoin").note, "Nous.");
}

#[test]
fn combining_two_notes_opens_both_in_the_editor() {
    let defs = fixture();
    let mut app = merged(&defs);
    press(
        &mut app,
        [
            key(KeyCode::Char('c')),
            key(KeyCode::Up),
            key(KeyCode::Enter),
        ],
    );
    assert!(app.plan.conflicts.is_empty());
    assert_eq!(app.plan.criterion(STAGE, "besoin").note, "Nous.\n\nEux.");
    assert!(matches!(app.mode, Mode::Editing(_)));
}

#[test]
fn a_conflict_elsewhere_in_the_plan_is_offered_from_any_item_and_c_then_does_nothing() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan.conflicts.push(Conflict {
        field: Field::ProjectName,
        base: None,
        ours: Some(Value::Text("A".into())),
        theirs: Some(Value::Text("B".into())),
    });
    press(&mut app, [key(KeyCode::Char('c'))]);
    assert!(matches!(app.mode, Mode::Resolving(_)));
    press(&mut app, [key(KeyCode::Down), key(KeyCode::Enter)]);
    assert_eq!(app.plan.project.name, "B");
    press(&mut app, [key(KeyCode::Char('c'))]);
    assert!(matches!(app.mode, Mode::Normal));
}
