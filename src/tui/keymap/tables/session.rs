//! The bindings of the session window and of the window ending a session.

use ratatui::crossterm::event::KeyCode;

use super::super::{Binding, Field, Shown, always, ctrl, plain};
use super::{BACK_TAB, bind};
use crate::tui::action::Action;

/// Ctrl-N adds a row, Ctrl-D removes the focused one, Ctrl-U clears a line.
macro_rules! row_form_keys {
    ($($own:expr),* $(,)?) => {
        form_keys![
            bind(&[ctrl('n')], Action::AddRow, always, Shown::Keys("^N"), |s| {
                s.key_add_row
            }),
            bind(&[ctrl('d')], Action::RemoveRow, |c| c.row, Shown::Keys("^D"), |s| {
                s.key_remove_row
            }),
            bind(
                &[ctrl('u')],
                Action::Type,
                |c| c.field == Field::Line,
                Shown::Keys("^U"),
                |s| s.key_clear_line,
            ),
            $($own),*
        ]
    };
}

pub(super) const SESSION: &[Binding] = row_form_keys![
    bind(
        &[ctrl('e')],
        Action::EndSession,
        |c| c.session,
        Shown::Keys("^E"),
        |s| s.key_end_session,
    ),
    bind(
        &[plain(KeyCode::Enter), ctrl('s')],
        Action::Confirm,
        |c| c.session,
        Shown::Named(|s| s.enter),
        |s| s.key_confirm,
    ),
    bind(
        &[plain(KeyCode::Enter), ctrl('s')],
        Action::Confirm,
        always,
        Shown::Named(|s| s.enter),
        |s| s.key_start_session,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];

pub(super) const SESSION_END: &[Binding] = row_form_keys![
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        |c| c.field != Field::Long,
        Shown::Named(|s| s.enter),
        |s| s.key_end_session,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Type,
        |c| c.field == Field::Long,
        Shown::Named(|s| s.enter),
        |s| s.key_newline,
    ),
    bind(
        &[ctrl('s')],
        Action::Confirm,
        |c| c.field == Field::Long,
        Shown::Keys("^S"),
        |s| s.key_end_session,
    ),
    bind(&[ctrl('s')], Action::Confirm, always, Shown::Hidden, |s| {
        s.key_end_session
    }),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];
