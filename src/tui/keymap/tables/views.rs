//! The bindings of the main screen's other views: the presenter view and the review list. Their
//! answering and note keys are the main screen's own bindings.

use ratatui::crossterm::event::KeyCode;

use super::super::{Binding, Shown, always, plain};
use super::windows::{LIST_DOWN, LIST_END, LIST_HOME, LIST_PAGE_DOWN, LIST_PAGE_UP, LIST_UP};
use super::{
    CYCLE_ANSWER, CYCLE_CRITERION, DOWN, EDIT_ANSWER, EDIT_CRITERION, HELP, INTERVIEWER, NOTE,
    NOTE_SHOWN, READ_MESSAGE, REDO, SAVE, UNDO, UP, bind, helped, is_row,
};
use crate::tui::action::Action;

pub(super) const PRESENTER: &[Binding] = &[
    helped(
        bind(
            &[plain(KeyCode::Left)],
            Action::Item(-1),
            always,
            Shown::Keys("←→"),
            |s| s.key_item,
        ),
        |s| s.help_item,
    ),
    helped(
        bind(
            &[plain(KeyCode::Right)],
            Action::Item(1),
            always,
            Shown::Hidden,
            |s| s.key_item,
        ),
        |s| s.help_item,
    ),
    bind(
        &[plain(KeyCode::Home)],
        Action::First,
        always,
        Shown::Hidden,
        |s| s.key_item_ends,
    ),
    bind(
        &[plain(KeyCode::End)],
        Action::Last,
        always,
        Shown::Hidden,
        |s| s.key_item_ends,
    ),
    bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
        s.key_scroll
    }),
    bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| {
        s.key_scroll
    }),
    CYCLE_CRITERION,
    CYCLE_ANSWER,
    EDIT_CRITERION,
    EDIT_ANSWER,
    bind(
        &[plain(KeyCode::Char('e'))],
        Action::Edit,
        is_row,
        Shown::Hidden,
        |s| s.key_answer,
    ),
    NOTE_SHOWN,
    NOTE,
    INTERVIEWER,
    UNDO,
    REDO,
    SAVE,
    HELP,
    READ_MESSAGE,
    bind(
        &[plain(KeyCode::Esc), plain(KeyCode::Char('p'))],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_back,
    ),
];

pub(super) const REVIEW: &[Binding] = &[
    LIST_UP,
    LIST_DOWN,
    LIST_PAGE_UP,
    LIST_PAGE_DOWN,
    LIST_HOME,
    LIST_END,
    bind(
        &[plain(KeyCode::Char('f'))],
        Action::Filter,
        always,
        Shown::Keys("f"),
        |s| s.key_filter,
    ),
    CYCLE_CRITERION,
    CYCLE_ANSWER,
    EDIT_CRITERION,
    EDIT_ANSWER,
    NOTE_SHOWN,
    NOTE,
    INTERVIEWER,
    UNDO,
    REDO,
    SAVE,
    HELP,
    READ_MESSAGE,
    bind(
        &[plain(KeyCode::Esc), plain(KeyCode::Char('l'))],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_back,
    ),
];
