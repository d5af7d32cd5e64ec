//! The main screen's bindings, in the order the footer shows them.

use ratatui::crossterm::event::KeyCode;

use super::super::{Binding, Focus, Keys, Shown, always, plain};
use super::{
    BACK_TAB, CYCLE_ANSWER, CYCLE_CRITERION, DOWN, EDIT_ANSWER, EDIT_CRITERION, HELP, INTERVIEWER,
    NOTE, NOTE_SHOWN, READ_MESSAGE, REDO, SAVE, UNDO, UP, bind, helped,
};
use crate::tui::action::Action;

pub(super) const MAIN: &[Binding] = &[
    helped(
        bind(
            UP,
            Action::Move(-1),
            |c| c.focus == Focus::Sheet,
            Shown::Keys("↑↓"),
            |s| s.key_scroll,
        ),
        |s| s.help_move,
    ),
    helped(
        bind(UP, Action::Move(-1), always, Shown::Keys("↑↓"), |s| {
            s.key_move
        }),
        |s| s.help_move,
    ),
    helped(
        bind(DOWN, Action::Move(1), always, Shown::Hidden, |s| s.key_move),
        |s| s.help_move,
    ),
    helped(
        bind(
            &[plain(KeyCode::PageUp)],
            Action::Move(-10),
            always,
            Shown::Hidden,
            |s| s.key_move,
        ),
        |s| s.help_fast,
    ),
    helped(
        bind(
            &[plain(KeyCode::PageDown)],
            Action::Move(10),
            always,
            Shown::Hidden,
            |s| s.key_move,
        ),
        |s| s.help_fast,
    ),
    helped(
        bind(
            &[plain(KeyCode::Home)],
            Action::First,
            always,
            Shown::Hidden,
            |s| s.key_move,
        ),
        |s| s.help_fast,
    ),
    helped(
        bind(
            &[plain(KeyCode::End)],
            Action::Last,
            always,
            Shown::Hidden,
            |s| s.key_move,
        ),
        |s| s.help_fast,
    ),
    helped(
        bind(
            &[plain(KeyCode::Left)],
            Action::StageBy(-1),
            always,
            Shown::Keys("←→ 1-5"),
            |s| s.key_stage,
        ),
        |s| s.help_stage,
    ),
    helped(
        bind(
            &[plain(KeyCode::Right)],
            Action::StageBy(1),
            always,
            Shown::Hidden,
            |s| s.key_stage,
        ),
        |s| s.help_stage,
    ),
    Binding {
        keys: Keys::StageDigits,
        action: Action::StageJump(0),
        when: always,
        shown: Shown::Hidden,
        hint: |s| s.key_stage,
        help: Some(|s| s.help_jump),
    },
    helped(
        bind(
            &[plain(KeyCode::Tab)],
            Action::PaneNext,
            always,
            Shown::Keys("Tab"),
            |s| s.key_pane,
        ),
        |s| s.help_pane,
    ),
    helped(
        bind(BACK_TAB, Action::PanePrev, always, Shown::Hidden, |s| {
            s.key_pane
        }),
        |s| s.help_pane,
    ),
    CYCLE_CRITERION,
    CYCLE_ANSWER,
    EDIT_CRITERION,
    EDIT_ANSWER,
    NOTE_SHOWN,
    NOTE,
    INTERVIEWER,
    helped(
        bind(
            &[plain(KeyCode::Char('p'))],
            Action::Presenter,
            always,
            Shown::Keys("p"),
            |s| s.key_presenter,
        ),
        |s| s.help_presenter,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('l'))],
            Action::Review,
            always,
            Shown::Keys("l"),
            |s| s.key_review,
        ),
        |s| s.help_review,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('d'))],
            Action::Decide,
            always,
            Shown::Keys("d"),
            |s| s.key_decide,
        ),
        |s| s.help_decide,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('c'))],
            Action::ResolveConflict,
            |c| c.conflicts,
            Shown::Keys("c"),
            |s| s.key_conflict,
        ),
        |s| s.help_conflict,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('f'))],
            Action::Resources,
            always,
            Shown::Keys("f"),
            |s| s.key_resources,
        ),
        |s| s.help_resources,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('s'))],
            Action::Session,
            always,
            Shown::Keys("s"),
            |s| s.key_session,
        ),
        |s| s.help_session,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('w'))],
            Action::SwitchTyping,
            |c| c.session,
            Shown::Keys("w"),
            |s| s.key_typing,
        ),
        |s| s.help_typing,
    ),
    // Outside a session, `w` only says there is none.
    helped(
        bind(
            &[plain(KeyCode::Char('w'))],
            Action::SwitchTyping,
            always,
            Shown::Hidden,
            |s| s.key_typing,
        ),
        |s| s.help_typing,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('v'))],
            Action::Summary,
            always,
            Shown::Keys("v"),
            |s| s.key_summary,
        ),
        |s| s.help_summary,
    ),
    HELP,
    READ_MESSAGE,
    SAVE,
    helped(
        bind(
            &[plain(KeyCode::Char('e'))],
            Action::SaveElsewhere,
            always,
            Shown::Hidden,
            |s| s.key_save_elsewhere,
        ),
        |s| s.help_save_elsewhere,
    ),
    helped(
        bind(
            &[plain(KeyCode::Char('r'))],
            Action::Reload,
            always,
            Shown::Hidden,
            |s| s.key_reload,
        ),
        |s| s.help_reload,
    ),
    UNDO,
    REDO,
    helped(
        bind(
            &[plain(KeyCode::Char('q'))],
            Action::Quit,
            always,
            Shown::Keys("q"),
            |s| s.key_quit,
        ),
        |s| s.help_quit,
    ),
];
