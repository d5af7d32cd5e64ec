//! The presenter view and the review list: moving through the stage's items, answering and
//! editing there with the main screen's keys, the review list's filter, and back.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::plan::CriterionStatus;
use crate::tui::app::{Item, Mode, View};

fn status(app: &App<'_>, id: &str) -> CriterionStatus {
    app.plan.criterion("opportunite", id).status
}

#[test]
fn the_presenter_goes_through_criteria_then_questions_and_answers_with_the_usual_keys() {
    let defs = fixture();
    let mut app = app(&defs);
    press(&mut app, [key(KeyCode::Char('p'))]);
    assert_eq!(app.ui.view, View::Presenter);
    assert_eq!(app.selected_item(), Some(Item::Criterion(0)));
    assert!(screen_at(&mut app, 100, 30).contains("critère 1 sur 3"));
    press(&mut app, [key(KeyCode::Char(' '))]);
    assert_eq!(status(&app, "organisation"), CriterionStatus::Ok);
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(status(&app, "organisation"), CriterionStatus::Todo);
    let criteria = app.stage().criteria.len();
    press(&mut app, vec![key(KeyCode::Right); criteria]);
    assert_eq!(app.selected_item(), Some(Item::Question(0)));
    assert!(screen_at(&mut app, 100, 30).contains("question 1 sur 7"));
    press(&mut app, [key(KeyCode::Left)]);
    assert_eq!(app.selected_item(), Some(Item::Criterion(criteria - 1)));
    // The interviewer's note opens its editor over the view, which stays under it.
    press(&mut app, [key(KeyCode::Char('i'))]);
    assert!(matches!(app.mode, Mode::Editing(_)));
    press(&mut app, typed("vu en comité"));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal) && app.ui.view == View::Presenter);
    assert_eq!(
        app.plan
            .criterion("opportunite", "pertinence")
            .interviewer_note,
        "vu en comité"
    );
    press(&mut app, [key(KeyCode::Char('p'))]);
    assert_eq!(app.ui.view, View::Panes);
}

#[test]
fn the_review_list_filters_and_edits_the_highlighted_item() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan
        .update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ko);
    app.plan
        .update_criterion("opportunite", "pertinence", |c| c.note = "à revoir".into());
    press(&mut app, [key(KeyCode::Char('l'))]);
    assert_eq!(app.ui.view, View::Review);
    assert_eq!(app.review_items().len(), app.stage_items().len());
    press(&mut app, [key(KeyCode::Char('f'))]);
    assert!(
        !app.review_items().contains(&Item::Criterion(1)),
        "ko is answered"
    );
    press(&mut app, [key(KeyCode::Char('f'))]);
    assert_eq!(app.review_items(), [Item::Criterion(1)]);
    assert_eq!(app.selected_item(), Some(Item::Criterion(1)));
    assert!(screen_at(&mut app, 100, 30).contains("filtre\u{a0}: ko"));
    press(&mut app, [key(KeyCode::Char('f'))]);
    assert_eq!(app.review_items(), [Item::Criterion(2)]);
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(app.mode, Mode::Editing(_)), "Enter edits the note");
    press(&mut app, [key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert_eq!(app.ui.view, View::Panes);
}

#[test]
fn a_plan_opened_read_only_shows_no_editing_key_and_refuses_them_in_every_view() {
    let defs = fixture();
    let (_dir, path, _) = opened(&defs, None);
    let (plan, disk) = crate::plan::OnDisk::open_read_only(&path).unwrap();
    assert!(!crate::plan::lock_path(&path).exists());
    let mut app = App::new(&defs, plan, path.clone(), Lang::Fr);
    app.attach(disk);
    assert!(
        matches!(app.mode, Mode::Normal),
        "no warning: it was asked for"
    );
    for view in ['p', 'l'] {
        press(&mut app, [key(KeyCode::Char(view))]);
        let screen = screen_at(&mut app, 100, 30);
        assert!(screen.contains("LECTURE SEULE"), "{screen}");
        let footer: String = screen.lines().rev().take(2).collect();
        for editing in ["Espace", "Entrée", "note", "^S"] {
            assert!(!footer.contains(editing), "`{editing}` in {footer}");
        }
        for refused in [key(KeyCode::Char(' ')), key(KeyCode::Enter), ctrl('s')] {
            assert_eq!(press(&mut app, [refused]), [None]);
            let message = app.message.as_ref().expect("the refusal is explained");
            assert!(
                message.text.starts_with("Lecture seule"),
                "{}",
                message.text
            );
            assert!(matches!(app.mode, Mode::Normal));
        }
        // The refusal is longer than the message line: `m` shows it whole, over the view.
        press(&mut app, [key(KeyCode::Char('m'))]);
        assert!(matches!(app.mode, Mode::Notice(_)));
        press(&mut app, [key(KeyCode::Esc), key(KeyCode::Esc)]);
        assert_eq!(app.ui.view, View::Panes);
    }
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('e'))]),
        [Some(Effect::SaveElsewhere)],
        "saving a copy elsewhere stays possible"
    );
}
