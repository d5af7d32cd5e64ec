//! Every key of every screen, declared once as data: the key resolution, the footer's hints and the
//! help screen are all read from these tables, so they cannot drift apart. A binding names its
//! keys, its action, when it applies (a condition on a small context, atuin-style: the first
//! binding whose keys and condition match wins), how the footer shows it and what the help says.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::i18n::Strings;

mod tables;

pub use tables::screen_keys;

/// What the focused row of the main screen is, for bindings that only apply to some rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The stage sheet.
    Sheet,
    /// A criterion.
    #[default]
    Criterion,
    /// A yes/no question.
    YesNoQuestion,
    /// Any other question.
    Question,
    /// An empty list.
    Nothing,
}

/// The kind of the focused field of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Field {
    /// A field whose value is picked with ← →.
    #[default]
    Choice,
    /// A one-line text.
    Line,
    /// A text of several lines.
    Long,
}

/// The screens, each with its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The stage sheet, criteria and questions.
    Main,
    /// The presenter view: one item at a time.
    Presenter,
    /// The review list of the stage's items.
    Review,
    /// A text editor.
    Editor,
    /// A list of options.
    Choice,
    /// The decision form.
    Decision,
    /// The session window.
    Session,
    /// The window ending a session.
    SessionEnd,
    /// The new-plan form.
    Setup,
    /// The offer and training screen.
    Resources,
    /// The summary, « vue d'ensemble ».
    Summary,
    /// The team and training screen.
    Team,
    /// The form of a team member.
    Member,
    /// The question before removing a team member.
    RemoveMember,
    /// The help screen.
    Help,
    /// A warning.
    Notice,
    /// The question before quitting.
    Confirm,
}

impl Screen {
    /// Every screen, in the order the help lists them.
    pub const ALL: [Screen; 17] = [
        Screen::Main,
        Screen::Presenter,
        Screen::Review,
        Screen::Editor,
        Screen::Choice,
        Screen::Decision,
        Screen::Session,
        Screen::SessionEnd,
        Screen::Setup,
        Screen::Resources,
        Screen::Summary,
        Screen::Team,
        Screen::Member,
        Screen::RemoveMember,
        Screen::Confirm,
        Screen::Notice,
        Screen::Help,
    ];
}

/// What the bindings' conditions may look at.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx {
    /// The main screen's focused row.
    pub focus: Focus,
    /// The stages there are (digits jump to them).
    pub stages: usize,
    /// The open editor takes several lines.
    pub multiline: bool,
    /// The open list takes several options.
    pub multi: bool,
    /// The focused field of the open form.
    pub field: Field,
    /// The open form was changed since it opened.
    pub changed: bool,
    /// The message line is too long for the terminal.
    pub message_cut: bool,
    /// The plan is read-only: no key that changes it is shown.
    pub read_only: bool,
    /// A joint session is in progress (in the session window: the window edits it).
    pub session: bool,
    /// The focus is on a row of a form's list (a participant, an action item).
    pub row: bool,
    /// The question before quitting is about the session in progress.
    pub session_question: bool,
    /// A merge left conflicts in the plan.
    pub conflicts: bool,
}

/// A key with its modifiers.
pub type Key = (KeyCode, KeyModifiers);

/// A key without modifiers.
pub const fn plain(code: KeyCode) -> Key {
    (code, KeyModifiers::NONE)
}

/// A character with Ctrl.
pub const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The keys of a binding.
#[derive(Debug, Clone, Copy)]
pub enum Keys {
    /// These keys.
    These(&'static [Key]),
    /// The digits of the stages there are; the action's stage is the digit's.
    StageDigits,
}

/// How the footer names the keys of a binding.
#[derive(Debug, Clone, Copy)]
pub enum Shown {
    /// Left out of the footer (a second key for the same thing); the help still lists it.
    Hidden,
    /// Written as is.
    Keys(&'static str),
    /// Named in the interface's language.
    Named(fn(&Strings) -> &'static str),
}

/// What a screen does with a key none of its bindings takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Otherwise {
    /// Nothing.
    Ignore,
    /// The key goes to the focused text field.
    Type,
    /// The screen closes.
    Close,
}

/// One binding.
pub struct Binding {
    /// The keys.
    pub keys: Keys,
    /// What they do.
    pub action: Action,
    /// When the binding applies.
    pub when: fn(&Ctx) -> bool,
    /// The keys as the footer shows them.
    pub shown: Shown,
    /// The footer's words.
    pub hint: fn(&Strings) -> &'static str,
    /// The help's words, when they say more than the footer's.
    pub help: Option<fn(&Strings) -> &'static str>,
}

/// The bindings of one screen.
pub struct ScreenKeys {
    /// The help's title for the screen.
    pub title: fn(&Strings) -> &'static str,
    /// The bindings, the first that matches winning.
    pub bindings: &'static [Binding],
    /// What other keys do.
    pub otherwise: Otherwise,
}

/// How a key resolved on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// A binding's action.
    Action(Action),
    /// No binding: what the screen does with other keys.
    Otherwise(Otherwise),
}

/// The key as the tables spell it: Shift is dropped from characters, which carry their case.
fn normalise(key: KeyEvent) -> Key {
    let mut modifiers = key.modifiers;
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    (key.code, modifiers)
}

/// Always.
pub fn always(_: &Ctx) -> bool {
    true
}

/// What `key` does on `screen`; bindings common to every screen (Ctrl-C) come after the screen's.
pub fn resolve(screen: Screen, key: KeyEvent, ctx: &Ctx) -> Resolved {
    let key = normalise(key);
    let keys = screen_keys(screen);
    let matching = |binding: &&Binding| {
        (binding.when)(ctx)
            && match binding.keys {
                Keys::These(keys) => keys.contains(&key),
                Keys::StageDigits => stage_digit(key, ctx.stages).is_some(),
            }
    };
    let found = keys.bindings.iter().chain(tables::COMMON).find(matching);
    match found {
        Some(binding) => Resolved::Action(match binding.action {
            Action::StageJump(_) => Action::StageJump(stage_digit(key, ctx.stages).unwrap_or(0)),
            action => action,
        }),
        None => Resolved::Otherwise(keys.otherwise),
    }
}

/// The stage (0-based) a digit key goes to, if there is such a stage.
fn stage_digit(key: Key, stages: usize) -> Option<usize> {
    match key {
        (KeyCode::Char(c @ '1'..='9'), KeyModifiers::NONE) => {
            let digit = c.to_digit(10)? as usize;
            (digit <= stages).then(|| digit - 1)
        }
        _ => None,
    }
}

/// The footer's hints for `screen`: (keys, what they do), one per key label.
pub fn hints(screen: Screen, ctx: &Ctx, strings: &Strings) -> Vec<(&'static str, &'static str)> {
    let mut shown: Vec<(&'static str, &'static str)> = Vec::new();
    for binding in screen_keys(screen)
        .bindings
        .iter()
        .filter(|b| (b.when)(ctx) && !(ctx.read_only && b.action.changes_the_plan()))
    {
        let keys = match binding.shown {
            Shown::Hidden => continue,
            Shown::Keys(keys) => keys,
            Shown::Named(name) => name(strings),
        };
        if !shown.iter().any(|(seen, _)| *seen == keys) {
            shown.push((keys, (binding.hint)(strings)));
        }
    }
    shown
}

/// The help's rows for `screen`: every binding (but those changing the plan when it is
/// `read_only`), those doing the same thing on one row (all their keys, then what the help says
/// of them, or the footer's words if not `long`).
pub fn help_rows(
    screen: Screen,
    stages: usize,
    long: bool,
    read_only: bool,
    strings: &Strings,
) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(Vec<String>, &'static str)> = Vec::new();
    let shown = screen_keys(screen)
        .bindings
        .iter()
        .filter(|b| !(read_only && b.action.changes_the_plan()));
    for binding in shown {
        let text = match binding.help {
            Some(help) if long => help(strings),
            _ => (binding.hint)(strings),
        };
        let names = match binding.keys {
            Keys::These(keys) => keys.iter().map(|k| key_name(*k, strings)).collect(),
            Keys::StageDigits => vec![format!("1 … {stages}")],
        };
        match rows.iter_mut().find(|(_, seen)| *seen == text) {
            Some((keys, _)) => {
                for name in names {
                    if !keys.contains(&name) {
                        keys.push(name);
                    }
                }
            }
            None => rows.push((names, text)),
        }
    }
    rows.into_iter()
        .map(|(keys, text)| (keys.join(" "), text))
        .collect()
}

/// A key as the help names it.
pub fn key_name((code, modifiers): Key, strings: &Strings) -> String {
    match code {
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::PageUp => strings.key_page_up.to_string(),
        KeyCode::PageDown => strings.key_page_down.to_string(),
        KeyCode::Home => strings.key_home.to_string(),
        KeyCode::End => strings.key_end.to_string(),
        KeyCode::Delete => strings.key_delete.to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => strings.key_shift_tab.to_string(),
        KeyCode::Enter => strings.enter.to_string(),
        KeyCode::Esc => strings.escape.to_string(),
        KeyCode::Char(' ') => strings.space.to_string(),
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
            format!("Ctrl-{}", c.to_ascii_uppercase())
        }
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests;
