//! The session window and the window ending a session, without a terminal.

use jiff::civil::{date, time};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::i18n::Lang;
use crate::plan::ActionItem;
use crate::tui::screens::session_end::{EndField, EndForm};

fn strings() -> &'static Strings {
    Lang::Fr.strings()
}

fn type_into(field: &mut TextField, text: &str) {
    for c in text.chars() {
        field
            .input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
            .unwrap();
    }
}

fn new_form() -> SessionForm {
    SessionForm::new(
        default_kind(1),
        date(2026, 12, 2),
        time(14, 5, 0, 0),
        Side::ServiceTeam,
    )
}

#[test]
fn a_new_session_starts_today_now_with_the_kind_of_the_stage_shown() {
    let form = new_form();
    let session = form.session(None, strings()).unwrap();
    assert_eq!(session.kind, SessionKind::Qualification);
    assert_eq!(session.date, date(2026, 12, 2));
    assert_eq!(session.start, Some(time(14, 5, 0, 0)));
    assert!(session.is_in_progress());
    assert!(session.participants.is_empty());
    assert_eq!(form.typing(), Side::ServiceTeam);
    assert_eq!(default_kind(0), SessionKind::Prequalification);
    assert_eq!(default_kind(4), SessionKind::Review);
}

#[test]
fn participants_are_added_on_alternating_sides_edited_and_removed() {
    let mut form = new_form();
    for name in ["Camille Dupont", "Alex Martin", "Sam Leroy"] {
        form.add_participant();
        type_into(form.focused_text().unwrap(), name);
        form.move_field(2);
        type_into(form.focused_text().unwrap(), "rôle");
    }
    // The third sits on the project's side: its side changed with → .
    form.field = SessionField::Side(2);
    assert!(form.change_choice(1));
    let session = form.session(None, strings()).unwrap();
    let sides: Vec<_> = session.participants.iter().map(|p| p.side).collect();
    assert_eq!(
        sides,
        [
            Some(Side::ProjectTeam),
            Some(Side::ServiceTeam),
            Some(Side::ServiceTeam)
        ]
    );
    assert_eq!(session.participants[1].name, "Alex Martin");
    assert_eq!(session.participants[1].role, "rôle");

    form.field = SessionField::Role(1);
    form.remove_participant();
    let names: Vec<_> = form
        .session(None, strings())
        .unwrap()
        .participants
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Camille Dupont", "Sam Leroy"]);
    assert_eq!(form.field, SessionField::Name(1));
}

#[test]
fn a_participant_left_without_a_name_is_not_recorded() {
    let mut form = new_form();
    form.add_participant();
    assert!(
        form.session(None, strings())
            .unwrap()
            .participants
            .is_empty()
    );
}

#[test]
fn a_start_time_that_does_not_read_is_refused_with_what_was_typed() {
    let mut form = new_form();
    form.field = SessionField::Start;
    form.focus_text();
    type_into(form.focused_text().unwrap(), "h");
    let refusal = form.session(None, strings()).unwrap_err();
    assert!(refusal.contains("14:05h"), "{refusal}");
}

#[test]
fn editing_the_session_in_progress_keeps_what_it_holds() {
    let mut session = Session::joint(
        SessionKind::Qualification,
        date(2026, 12, 2),
        Some(time(14, 5, 0, 0)),
    );
    session.minutes = "Début.".into();
    session.participants.push(Participant {
        name: "Alex Martin".into(),
        side: Some(Side::ServiceTeam),
        role: "architecte".into(),
    });
    let mut form = SessionForm::editing(&session, Side::ProjectTeam);
    assert!(form.in_progress);
    form.field = SessionField::Kind;
    form.change_choice(1);
    let edited = form.session(Some(&session), strings()).unwrap();
    assert_eq!(edited.kind, SessionKind::Launch);
    assert_eq!(edited.minutes, "Début.");
    assert_eq!(edited.participants, session.participants);
    assert_eq!(form.typing(), Side::ProjectTeam);
}

#[test]
fn ending_records_minutes_action_items_and_next_meeting() {
    let session = Session::joint(
        SessionKind::Qualification,
        date(2026, 12, 2),
        Some(time(14, 5, 0, 0)),
    );
    let mut form = EndForm::new(&session);
    type_into(form.focused_text(), "Plan projet relu.");
    for (what, who, due) in [("Chiffrer", "Camille", "2026-12-15"), ("", "", "")] {
        form.add_action();
        type_into(form.focused_text(), what);
        form.move_field(1);
        type_into(form.focused_text(), who);
        form.move_field(1);
        type_into(form.focused_text(), due);
    }
    form.field = EndField::Next;
    type_into(form.focused_text(), "2027-01-10");
    let ended = form.ended(&session, time(15, 30, 0, 0), strings()).unwrap();
    assert_eq!(ended.end, Some(time(15, 30, 0, 0)));
    assert!(!ended.is_in_progress());
    assert_eq!(ended.minutes, "Plan projet relu.");
    // The empty action item is left out.
    assert_eq!(
        ended.actions,
        [ActionItem {
            what: "Chiffrer".into(),
            who: "Camille".into(),
            due: Some(date(2026, 12, 15)),
        }]
    );
    assert_eq!(ended.next_meeting, Some(date(2027, 1, 10)));
}

#[test]
fn a_due_date_that_does_not_read_keeps_the_session_in_progress() {
    let session = Session::joint(SessionKind::Review, date(2026, 12, 2), None);
    let mut form = EndForm::new(&session);
    form.add_action();
    type_into(form.focused_text(), "Relire");
    form.move_field(2);
    type_into(form.focused_text(), "demain");
    let refusal = form
        .ended(&session, time(15, 0, 0, 0), strings())
        .unwrap_err();
    assert!(refusal.contains("demain"), "{refusal}");
    form.remove_action();
    assert!(form.actions.is_empty());
    assert_eq!(form.field, EndField::Minutes);
}
