//! The bindings of the windows and the screens other than the main one.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::super::{Binding, Field, Shown, always, ctrl, plain};
use super::{BACK_TAB, DOWN, REDO, SAVE, UNDO, UP, bind};
use crate::tui::action::Action;

pub(super) const EDITOR: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        |c| !c.multiline,
        Shown::Named(|s| s.enter),
        |s| s.key_leave_editor,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_leave_editor,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Type,
        |c| c.multiline,
        Shown::Named(|s| s.enter),
        |s| s.key_newline,
    ),
    bind(
        &[ctrl('u')],
        Action::Type,
        |c| !c.multiline,
        Shown::Keys("^U"),
        |s| s.key_clear_line,
    ),
    SAVE,
];

pub(super) const CHOICE: &[Binding] = &[
    bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
        s.key_move
    }),
    bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| s.key_move),
    bind(
        &[plain(KeyCode::Char(' '))],
        Action::Tick,
        |c| c.multi,
        Shown::Named(|s| s.space),
        |s| s.key_tick,
    ),
    bind(
        &[plain(KeyCode::Char(' '))],
        Action::Tick,
        always,
        Shown::Hidden,
        |s| s.key_tick,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        |c| c.multi,
        Shown::Named(|s| s.enter),
        |s| s.key_confirm,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        always,
        Shown::Named(|s| s.enter),
        |s| s.key_pick,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];

pub(super) const DECISION: &[Binding] = form_keys![
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
        |c| c.field != Field::Long,
        Shown::Named(|s| s.enter),
        |s| s.key_confirm,
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
        |s| s.key_confirm,
    ),
    bind(&[ctrl('s')], Action::Confirm, always, Shown::Hidden, |s| {
        s.key_confirm
    }),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        |c| c.changed,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel_draft,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];

/// Tab or ↓: a form's next field.
pub(super) const NEXT_FIELD: Binding = bind(
    &[plain(KeyCode::Tab), plain(KeyCode::Down)],
    Action::Field(1),
    always,
    Shown::Keys("Tab"),
    |s| s.key_field,
);

/// Shift-Tab or ↑: a form's previous field.
pub(super) const PREVIOUS_FIELD: Binding = bind(
    &[
        plain(KeyCode::BackTab),
        (KeyCode::BackTab, KeyModifiers::SHIFT),
        plain(KeyCode::Up),
    ],
    Action::Field(-1),
    always,
    Shown::Hidden,
    |s| s.key_field,
);

pub(super) const SETUP: &[Binding] = &[
    NEXT_FIELD,
    PREVIOUS_FIELD,
    // On a text field, ← → move in the text instead.
    bind(
        &[plain(KeyCode::Left)],
        Action::Change(-1),
        always,
        Shown::Keys("←→"),
        |s| s.key_change,
    ),
    bind(
        &[plain(KeyCode::Right), plain(KeyCode::Char(' '))],
        Action::Change(1),
        always,
        Shown::Hidden,
        |s| s.key_change,
    ),
    bind(&[ctrl('u')], Action::Type, always, Shown::Keys("^U"), |s| {
        s.key_clear_line
    }),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        always,
        Shown::Named(|s| s.enter),
        |s| s.key_create,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Quit,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_quit_uncreated,
    ),
];

/// Moving up a list of entries (shown for the six moves).
pub(super) const LIST_UP: Binding =
    bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
        s.key_move
    });
/// Moving down a list of entries.
pub(super) const LIST_DOWN: Binding =
    bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| s.key_move);
/// A page up a list of entries.
pub(super) const LIST_PAGE_UP: Binding = bind(
    &[plain(KeyCode::PageUp)],
    Action::Move(-10),
    always,
    Shown::Hidden,
    |s| s.key_move,
);
/// A page down a list of entries.
pub(super) const LIST_PAGE_DOWN: Binding = bind(
    &[plain(KeyCode::PageDown)],
    Action::Move(10),
    always,
    Shown::Hidden,
    |s| s.key_move,
);
/// The first entry of a list.
pub(super) const LIST_HOME: Binding = bind(
    &[plain(KeyCode::Home)],
    Action::First,
    always,
    Shown::Hidden,
    |s| s.key_move,
);
/// The last entry of a list.
pub(super) const LIST_END: Binding = bind(
    &[plain(KeyCode::End)],
    Action::Last,
    always,
    Shown::Hidden,
    |s| s.key_move,
);

/// Space: tick a training item as acquired, or untick it.
pub(super) const ACQUIRED: Binding = bind(
    &[plain(KeyCode::Char(' '))],
    Action::Cycle,
    always,
    Shown::Named(|s| s.space),
    |s| s.key_acquired,
);

pub(super) const RESOURCES: &[Binding] = &[
    LIST_UP,
    LIST_DOWN,
    LIST_PAGE_UP,
    LIST_PAGE_DOWN,
    LIST_HOME,
    LIST_END,
    ACQUIRED,
    bind(
        &[plain(KeyCode::Char('t'))],
        Action::Team,
        always,
        Shown::Keys("t"),
        |s| s.key_team,
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Char('f')),
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

pub(super) const SUMMARY: &[Binding] = &[
    bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
        s.key_move
    }),
    bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| s.key_move),
    bind(
        &[plain(KeyCode::PageUp)],
        Action::Page(-10),
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[plain(KeyCode::PageDown)],
        Action::Page(10),
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[plain(KeyCode::Home)],
        Action::First,
        always,
        Shown::Hidden,
        |s| s.key_move,
    ),
    bind(
        &[plain(KeyCode::End)],
        Action::Last,
        always,
        Shown::Hidden,
        |s| s.key_move,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        Action::Confirm,
        always,
        Shown::Named(|s| s.enter),
        |s| s.key_go_to,
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Char('v')),
            plain(KeyCode::Char('q')),
        ],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_close,
    ),
];

pub(super) const HELP_SCREEN: &[Binding] = &[
    bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
        s.key_scroll
    }),
    bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| {
        s.key_scroll
    }),
    bind(
        &[plain(KeyCode::PageUp)],
        Action::Move(-10),
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[plain(KeyCode::PageDown)],
        Action::Move(10),
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[plain(KeyCode::Home)],
        Action::First,
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[plain(KeyCode::End)],
        Action::Last,
        always,
        Shown::Hidden,
        |s| s.key_scroll,
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Char('?')),
            plain(KeyCode::Char('q')),
        ],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_close,
    ),
];

pub(super) const NOTICE: &[Binding] = &[bind(
    &[plain(KeyCode::Esc), plain(KeyCode::Enter)],
    Action::Close,
    always,
    Shown::Keys("…"),
    |s| s.key_close,
)];

pub(super) const CONFIRM: &[Binding] = &[
    bind(
        &[
            plain(KeyCode::Char('o')),
            plain(KeyCode::Char('O')),
            plain(KeyCode::Char('y')),
            plain(KeyCode::Char('Y')),
        ],
        Action::EndSession,
        |c| c.session_question,
        Shown::Named(|s| s.yes_key),
        |s| s.key_end_then_quit,
    ),
    bind(
        &[plain(KeyCode::Char('n')), plain(KeyCode::Char('N'))],
        Action::LeaveSession,
        |c| c.session_question,
        Shown::Keys("n"),
        |s| s.key_quit_leaving_session,
    ),
    bind(
        &[
            plain(KeyCode::Char('o')),
            plain(KeyCode::Char('O')),
            plain(KeyCode::Char('y')),
            plain(KeyCode::Char('Y')),
        ],
        Action::QuitWithoutSaving,
        |c| !c.session_question,
        Shown::Named(|s| s.yes_key),
        |s| s.key_quit,
    ),
    bind(
        &[plain(KeyCode::Char('e')), plain(KeyCode::Char('E'))],
        Action::SaveElsewhere,
        |c| !c.session_question,
        Shown::Keys("e"),
        |s| s.key_save_elsewhere,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        Action::Close,
        always,
        Shown::Named(|s| s.escape),
        |s| s.key_cancel,
    ),
];
