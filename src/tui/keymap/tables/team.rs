//! The bindings of the team and training screen, of a member's form and of the question before
//! removing one.

use ratatui::crossterm::event::KeyCode;

use super::super::{Binding, Field, Shown, always, ctrl, plain};
use super::windows::{ACQUIRED, LIST_DOWN, LIST_UP, NEXT_FIELD, PREVIOUS_FIELD};
use super::{BACK_TAB, REDO, SAVE, UNDO, bind};
use crate::tui::action::Action;

pub(super) const TEAM: &[Binding] = &[
    LIST_UP,
    LIST_DOWN,
    bind(
        &[plain(KeyCode::Tab)],
        Action::PaneNext,
        always,
        Shown::Keys("Tab"),
        |s| s.key_team_pane,
    ),
    bind(BACK_TAB, Action::PaneNext, always, Shown::Hidden, |s| {
        s.key_team_pane
    }),
    ACQUIRED,
    bind(
        &[plain(KeyCode::Char('a'))],
        Action::Add,
        always,
        Shown::Keys("a"),
        |s| s.key_add_member,
    ),
    bind(
        &[plain(KeyCode::Char('e')), plain(KeyCode::Enter)],
        Action::Edit,
        always,
        Shown::Keys("e"),
        |s| s.key_edit_member,
    ),
    bind(
        &[plain(KeyCode::Char('d')), plain(KeyCode::Delete)],
        Action::Remove,
        always,
        Shown::Keys("d"),
        |s| s.key_remove_member,
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Char('t')),
            plain(KeyCode::Char('q')),
        ],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_close,
    ),
    SAVE,
    UNDO,
    REDO,
];

pub(super) const MEMBER: &[Binding] = &[
    NEXT_FIELD,
    PREVIOUS_FIELD,
    bind(
        &[plain(KeyCode::Left)],
        Action::Change(-1),
        super::on_choice,
        Shown::Keys("←→"),
        |s| s.key_change,
    ),
    bind(
        &[plain(KeyCode::Right), plain(KeyCode::Char(' '))],
        Action::Change(1),
        super::on_choice,
        Shown::Hidden,
        |s| s.key_change,
    ),
    bind(
        &[ctrl('u')],
        Action::Type,
        |c| c.field == Field::Line,
        Shown::Keys("^U"),
        |s| s.key_clear_line,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        always,
        Shown::Named(|s| s.enter),
        |s| s.key_confirm,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];

pub(super) const REMOVE_MEMBER: &[Binding] = &[
    bind(
        &[
            plain(KeyCode::Char('o')),
            plain(KeyCode::Char('O')),
            plain(KeyCode::Char('y')),
            plain(KeyCode::Char('Y')),
        ],
        Action::Confirm,
        always,
        Shown::Named(|s| s.yes_key),
        |s| s.key_remove_confirm,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];
