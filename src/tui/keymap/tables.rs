//! The bindings of every screen. To add a key: add a `Binding` to its screen's table (or to
//! `COMMON` for every screen); the footer and the help show it from there.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Ctx, Focus, Keys, Otherwise, Screen, ScreenKeys, Shown, always, ctrl, plain};
use crate::tui::action::Action;

/// A form's bindings: Tab and Shift-Tab move between fields, ← → (↑ ↓, Space) change the focused
/// choice; then the form's own.
macro_rules! form_keys {
    ($($own:expr),* $(,)?) => {
        &[
            bind(
                &[plain(KeyCode::Tab)],
                Action::Field(1),
                always,
                Shown::Keys("Tab"),
                |s| s.key_field,
            ),
            bind(BACK_TAB, Action::Field(-1), always, Shown::Hidden, |s| {
                s.key_field
            }),
            bind(
                &[plain(KeyCode::Left), plain(KeyCode::Up)],
                Action::Change(-1),
                super::on_choice,
                Shown::Keys("←→"),
                |s| s.key_change,
            ),
            bind(
                &[
                    plain(KeyCode::Right),
                    plain(KeyCode::Down),
                    plain(KeyCode::Char(' ')),
                ],
                Action::Change(1),
                super::on_choice,
                Shown::Hidden,
                |s| s.key_change,
            ),
            $($own),*
        ]
    };
}

mod main_screen;
mod session;
mod team;
mod views;
mod windows;

use main_screen::MAIN;
use session::{SESSION, SESSION_END};
use team::{MEMBER, REMOVE_MEMBER, TEAM};
use views::{PRESENTER, REVIEW};
use windows::{CHOICE, CONFIRM, DECISION, EDITOR, HELP_SCREEN, NOTICE, RESOURCES, SETUP, SUMMARY};

/// Bindings every screen has after its own: Ctrl-C quits (each window first closes as Esc does).
pub(super) const COMMON: &[Binding] = &[Binding {
    keys: Keys::These(&[ctrl('c')]),
    action: Action::Quit,
    when: always,
    shown: Shown::Hidden,
    hint: |s| s.key_quit,
    help: None,
}];

/// Ctrl-S: save now (in an editor, also confirm the text).
pub(super) const SAVE: Binding = Binding {
    keys: Keys::These(&[ctrl('s')]),
    action: Action::Save,
    when: always,
    shown: Shown::Keys("^S"),
    hint: |s| s.key_save,
    help: Some(|s| s.help_save),
};

/// `?`: the help screen.
pub(super) const HELP: Binding = Binding {
    keys: Keys::These(&[plain(KeyCode::Char('?'))]),
    action: Action::Help,
    when: always,
    shown: Shown::Keys("?"),
    hint: |s| s.key_help,
    help: Some(|s| s.help_help),
};

/// Moving up and down a list, with the arrows or `j` `k`.
pub(super) const UP: &[(KeyCode, KeyModifiers)] = &[plain(KeyCode::Up), plain(KeyCode::Char('k'))];
/// See [`UP`].
pub(super) const DOWN: &[(KeyCode, KeyModifiers)] =
    &[plain(KeyCode::Down), plain(KeyCode::Char('j'))];
/// Shift-Tab, as terminals send it.
pub(super) const BACK_TAB: &[(KeyCode, KeyModifiers)] = &[
    plain(KeyCode::BackTab),
    (KeyCode::BackTab, KeyModifiers::SHIFT),
];

/// A binding; `help` is filled in where the help says more than the footer.
pub(super) const fn bind(
    keys: &'static [(KeyCode, KeyModifiers)],
    action: Action,
    when: fn(&Ctx) -> bool,
    shown: Shown,
    hint: fn(&crate::i18n::Strings) -> &'static str,
) -> Binding {
    Binding {
        keys: Keys::These(keys),
        action,
        when,
        shown,
        hint,
        help: None,
    }
}

/// The same binding, with what the help says.
pub(super) const fn helped(
    binding: Binding,
    help: fn(&crate::i18n::Strings) -> &'static str,
) -> Binding {
    Binding {
        help: Some(help),
        ..binding
    }
}

/// Space: the focused criterion's next status.
pub(super) const CYCLE_CRITERION: Binding = helped(
    bind(
        &[plain(KeyCode::Char(' '))],
        Action::Cycle,
        |c| c.focus == Focus::Criterion,
        Shown::Named(|s| s.space),
        |s| s.key_cycle,
    ),
    |s| s.help_space,
);

/// Space: the focused yes/no question's next answer.
pub(super) const CYCLE_ANSWER: Binding = helped(
    bind(
        &[plain(KeyCode::Char(' '))],
        Action::Cycle,
        |c| c.focus == Focus::YesNoQuestion,
        Shown::Named(|s| s.space),
        |s| s.key_cycle_answer,
    ),
    |s| s.help_space,
);

/// Enter: the focused criterion's note.
pub(super) const EDIT_CRITERION: Binding = helped(
    bind(
        &[plain(KeyCode::Enter)],
        Action::Edit,
        |c| c.focus == Focus::Criterion,
        Shown::Named(|s| s.enter),
        |s| s.key_note,
    ),
    |s| s.help_enter,
);

/// Enter: the focused question's answer.
pub(super) const EDIT_ANSWER: Binding = helped(
    bind(
        &[plain(KeyCode::Enter)],
        Action::Edit,
        is_question,
        Shown::Named(|s| s.enter),
        |s| s.key_answer,
    ),
    |s| s.help_enter,
);

/// `n`: the team's note on a question (shown in the footer).
pub(super) const NOTE_SHOWN: Binding = helped(
    bind(
        &[plain(KeyCode::Char('n'))],
        Action::EditNote,
        is_question,
        Shown::Keys("n"),
        |s| s.key_note,
    ),
    |s| s.help_note,
);

/// `n`: the team's note on any item.
pub(super) const NOTE: Binding = helped(
    bind(
        &[plain(KeyCode::Char('n'))],
        Action::EditNote,
        is_row,
        Shown::Hidden,
        |s| s.key_note,
    ),
    |s| s.help_note,
);

/// `i`: the interviewer's note on the focused item.
pub(super) const INTERVIEWER: Binding = helped(
    bind(
        &[plain(KeyCode::Char('i'))],
        Action::EditInterviewerNote,
        is_row,
        Shown::Keys("i"),
        |s| s.key_interviewer,
    ),
    |s| s.help_interviewer,
);

/// `m`: the message line read whole, when it is cut.
pub(super) const READ_MESSAGE: Binding = helped(
    bind(
        &[plain(KeyCode::Char('m'))],
        Action::ReadMessage,
        |c| c.message_cut,
        Shown::Keys("m"),
        |s| s.key_read_message,
    ),
    |s| s.help_read_message,
);

/// `u`: undo the last change of the sitting.
pub(super) const UNDO: Binding = helped(
    bind(
        &[plain(KeyCode::Char('u'))],
        Action::Undo,
        always,
        Shown::Hidden,
        |s| s.key_undo,
    ),
    |s| s.help_undo,
);

/// Ctrl-R: redo what was undone.
pub(super) const REDO: Binding = helped(
    bind(&[ctrl('r')], Action::Redo, always, Shown::Hidden, |s| {
        s.key_redo
    }),
    |s| s.help_redo,
);

/// The focused field of a form is a choice.
fn on_choice(c: &Ctx) -> bool {
    c.field == crate::tui::keymap::Field::Choice
}

/// The focus is on a question.
pub(super) fn is_question(c: &Ctx) -> bool {
    matches!(c.focus, Focus::Question | Focus::YesNoQuestion)
}

/// The focus is on a criterion or a question.
pub(super) fn is_row(c: &Ctx) -> bool {
    !matches!(c.focus, Focus::Sheet | Focus::Nothing)
}

/// The bindings of `screen`.
pub fn screen_keys(screen: Screen) -> &'static ScreenKeys {
    const fn keys(
        title: fn(&crate::i18n::Strings) -> &'static str,
        bindings: &'static [Binding],
        otherwise: Otherwise,
    ) -> ScreenKeys {
        ScreenKeys {
            title,
            bindings,
            otherwise,
        }
    }
    static MAIN_KEYS: ScreenKeys = keys(|s| s.help_section_main, MAIN, Otherwise::Ignore);
    static PRESENTER_KEYS: ScreenKeys = keys(|s| s.presenter_title, PRESENTER, Otherwise::Ignore);
    static REVIEW_KEYS: ScreenKeys = keys(|s| s.review_title, REVIEW, Otherwise::Ignore);
    static EDITOR_KEYS: ScreenKeys = keys(|s| s.help_section_editor, EDITOR, Otherwise::Type);
    static CHOICE_KEYS: ScreenKeys = keys(|s| s.help_section_choice, CHOICE, Otherwise::Ignore);
    static DECISION_KEYS: ScreenKeys = keys(|s| s.help_section_decision, DECISION, Otherwise::Type);
    static SESSION_KEYS: ScreenKeys = keys(|s| s.help_section_session, SESSION, Otherwise::Type);
    static SESSION_END_KEYS: ScreenKeys =
        keys(|s| s.session_end_title, SESSION_END, Otherwise::Type);
    static SETUP_KEYS: ScreenKeys = keys(|s| s.help_section_setup, SETUP, Otherwise::Type);
    static RESOURCES_KEYS: ScreenKeys = keys(|s| s.resources_title, RESOURCES, Otherwise::Ignore);
    static SUMMARY_KEYS: ScreenKeys = keys(|s| s.summary_title, SUMMARY, Otherwise::Ignore);
    static TEAM_KEYS: ScreenKeys = keys(|s| s.team_title, TEAM, Otherwise::Ignore);
    static MEMBER_KEYS: ScreenKeys = keys(|s| s.member_edit_title, MEMBER, Otherwise::Type);
    static REMOVE_MEMBER_KEYS: ScreenKeys = keys(
        |s| s.help_section_remove_member,
        REMOVE_MEMBER,
        Otherwise::Close,
    );
    static HELP_KEYS: ScreenKeys = keys(|s| s.help_title, HELP_SCREEN, Otherwise::Ignore);
    static NOTICE_KEYS: ScreenKeys = keys(|s| s.help_section_notice, NOTICE, Otherwise::Close);
    static CONFIRM_KEYS: ScreenKeys = keys(|s| s.help_section_confirm, CONFIRM, Otherwise::Close);
    match screen {
        Screen::Main => &MAIN_KEYS,
        Screen::Presenter => &PRESENTER_KEYS,
        Screen::Review => &REVIEW_KEYS,
        Screen::Editor => &EDITOR_KEYS,
        Screen::Choice => &CHOICE_KEYS,
        Screen::Decision => &DECISION_KEYS,
        Screen::Session => &SESSION_KEYS,
        Screen::SessionEnd => &SESSION_END_KEYS,
        Screen::Setup => &SETUP_KEYS,
        Screen::Resources => &RESOURCES_KEYS,
        Screen::Summary => &SUMMARY_KEYS,
        Screen::Team => &TEAM_KEYS,
        Screen::Member => &MEMBER_KEYS,
        Screen::RemoveMember => &REMOVE_MEMBER_KEYS,
        Screen::Help => &HELP_KEYS,
        Screen::Notice => &NOTICE_KEYS,
        Screen::Confirm => &CONFIRM_KEYS,
    }
}
