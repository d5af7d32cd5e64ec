//! One table binds the main screen's keys to actions and gives the footer its hints, so the two
//! cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::i18n::Strings;

/// What the focused row is, for bindings that only apply to some rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The stage sheet.
    Sheet,
    /// A criterion.
    Criterion,
    /// A yes/no question.
    YesNoQuestion,
    /// Any other question.
    Question,
    /// An empty list.
    Nothing,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Always,
    Sheet,
    List,
    Criterion,
    Question,
    YesNo,
}

impl When {
    fn holds(self, focus: Focus) -> bool {
        match self {
            When::Always => true,
            When::Sheet => focus == Focus::Sheet,
            When::List => !matches!(focus, Focus::Sheet | Focus::Nothing),
            When::Criterion => focus == Focus::Criterion,
            When::Question => matches!(focus, Focus::Question | Focus::YesNoQuestion),
            When::YesNo => focus == Focus::YesNoQuestion,
        }
    }
}

/// A key with its modifiers.
type Key = (KeyCode, KeyModifiers);

const fn plain(code: KeyCode) -> Key {
    (code, KeyModifiers::NONE)
}

const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// How the footer names the keys of a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// Left out of the footer (a second key for the same thing).
    Hidden,
    /// Written as is.
    Keys(&'static str),
    /// The Space key, named in the interface's language.
    Space,
    /// The Enter key, named in the interface's language.
    Enter,
}

impl Shown {
    fn label(self, strings: &Strings) -> Option<&'static str> {
        match self {
            Shown::Hidden => None,
            Shown::Keys(keys) => Some(keys),
            Shown::Space => Some(strings.space),
            Shown::Enter => Some(strings.enter),
        }
    }
}

/// One binding of the main screen.
struct Binding {
    keys: &'static [Key],
    action: Action,
    when: When,
    /// The keys as the footer shows them.
    shown: Shown,
    hint: fn(&Strings) -> &'static str,
}

/// The main screen's bindings; the first whose keys and condition match wins.
const NORMAL: &[Binding] = &[
    Binding {
        keys: &[plain(KeyCode::Up), plain(KeyCode::Char('k'))],
        action: Action::Move(-1),
        when: When::Sheet,
        shown: Shown::Keys("↑↓"),
        hint: |s| s.key_scroll,
    },
    Binding {
        keys: &[plain(KeyCode::Up), plain(KeyCode::Char('k'))],
        action: Action::Move(-1),
        when: When::Always,
        shown: Shown::Keys("↑↓"),
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::Down), plain(KeyCode::Char('j'))],
        action: Action::Move(1),
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::PageUp)],
        action: Action::Move(-10),
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::PageDown)],
        action: Action::Move(10),
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::Home)],
        action: Action::First,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::End)],
        action: Action::Last,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_move,
    },
    Binding {
        keys: &[plain(KeyCode::Left)],
        action: Action::StageBy(-1),
        when: When::Always,
        shown: Shown::Keys("←→ 1-5"),
        hint: |s| s.key_stage,
    },
    Binding {
        keys: &[plain(KeyCode::Right)],
        action: Action::StageBy(1),
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_stage,
    },
    Binding {
        keys: &[plain(KeyCode::Tab)],
        action: Action::PaneNext,
        when: When::Always,
        shown: Shown::Keys("Tab"),
        hint: |s| s.key_pane,
    },
    Binding {
        keys: &[
            plain(KeyCode::BackTab),
            (KeyCode::BackTab, KeyModifiers::SHIFT),
        ],
        action: Action::PanePrev,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_pane,
    },
    Binding {
        keys: &[plain(KeyCode::Char(' '))],
        action: Action::Cycle,
        when: When::Criterion,
        shown: Shown::Space,
        hint: |s| s.key_cycle,
    },
    Binding {
        keys: &[plain(KeyCode::Char(' '))],
        action: Action::Cycle,
        when: When::YesNo,
        shown: Shown::Space,
        hint: |s| s.key_cycle_answer,
    },
    Binding {
        keys: &[plain(KeyCode::Enter)],
        action: Action::Edit,
        when: When::Criterion,
        shown: Shown::Enter,
        hint: |s| s.key_note,
    },
    Binding {
        keys: &[plain(KeyCode::Enter)],
        action: Action::Edit,
        when: When::Question,
        shown: Shown::Enter,
        hint: |s| s.key_answer,
    },
    Binding {
        keys: &[plain(KeyCode::Char('n'))],
        action: Action::EditNote,
        when: When::Question,
        shown: Shown::Keys("n"),
        hint: |s| s.key_note,
    },
    Binding {
        keys: &[plain(KeyCode::Char('n'))],
        action: Action::EditNote,
        when: When::List,
        shown: Shown::Hidden,
        hint: |s| s.key_note,
    },
    Binding {
        keys: &[plain(KeyCode::Char('i'))],
        action: Action::EditInterviewerNote,
        when: When::List,
        shown: Shown::Keys("i"),
        hint: |s| s.key_interviewer,
    },
    Binding {
        keys: &[plain(KeyCode::Char('d'))],
        action: Action::Decide,
        when: When::Always,
        shown: Shown::Keys("d"),
        hint: |s| s.key_decide,
    },
    Binding {
        keys: &[plain(KeyCode::Char('f'))],
        action: Action::Resources,
        when: When::Always,
        shown: Shown::Keys("f"),
        hint: |s| s.key_resources,
    },
    Binding {
        keys: &[plain(KeyCode::Char('?'))],
        action: Action::Help,
        when: When::Always,
        shown: Shown::Keys("?"),
        hint: |s| s.key_help,
    },
    Binding {
        keys: &[ctrl('s')],
        action: Action::Save,
        when: When::Always,
        shown: Shown::Keys("^S"),
        hint: |s| s.key_save,
    },
    Binding {
        keys: &[plain(KeyCode::Char('e'))],
        action: Action::SaveElsewhere,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_save_elsewhere,
    },
    Binding {
        keys: &[plain(KeyCode::Char('r'))],
        action: Action::Reload,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_reload,
    },
    Binding {
        keys: &[plain(KeyCode::Char('u'))],
        action: Action::Undo,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_undo,
    },
    Binding {
        keys: &[ctrl('r')],
        action: Action::Redo,
        when: When::Always,
        shown: Shown::Hidden,
        hint: |s| s.key_redo,
    },
    Binding {
        keys: &[plain(KeyCode::Char('q')), ctrl('c')],
        action: Action::Quit,
        when: When::Always,
        shown: Shown::Keys("q"),
        hint: |s| s.key_quit,
    },
];

/// The key as the table spells it: Shift is dropped from characters, which carry their case.
fn normalise(key: KeyEvent) -> Key {
    let mut modifiers = key.modifiers;
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    (key.code, modifiers)
}

/// The action of a key on the main screen, if any.
pub fn resolve(key: KeyEvent, focus: Focus, stage_count: usize) -> Option<Action> {
    let key = normalise(key);
    if let (KeyCode::Char(c @ '1'..='9'), KeyModifiers::NONE) = key
        && let Some(digit) = c.to_digit(10)
        && (digit as usize) <= stage_count
    {
        return Some(Action::StageJump(digit as usize - 1));
    }
    NORMAL
        .iter()
        .find(|b| b.when.holds(focus) && b.keys.contains(&key))
        .map(|b| b.action)
}

/// The footer's hints for the main screen: (keys, what they do).
pub fn hints(focus: Focus, strings: &Strings) -> Vec<(&'static str, &'static str)> {
    let mut shown: Vec<(&'static str, &'static str)> = Vec::new();
    for binding in NORMAL.iter().filter(|b| b.when.holds(focus)) {
        let Some(keys) = binding.shown.label(strings) else {
            continue;
        };
        if !shown.iter().any(|(seen, _)| *seen == keys) {
            shown.push((keys, (binding.hint)(strings)));
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::FR;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn space_depends_on_the_focused_row() {
        let space = key(KeyCode::Char(' '));
        assert_eq!(resolve(space, Focus::Criterion, 5), Some(Action::Cycle));
        assert_eq!(resolve(space, Focus::YesNoQuestion, 5), Some(Action::Cycle));
        assert_eq!(resolve(space, Focus::Question, 5), None);
        assert_eq!(resolve(space, Focus::Sheet, 5), None);
    }

    #[test]
    fn digits_jump_to_existing_stages_only() {
        assert_eq!(
            resolve(key(KeyCode::Char('3')), Focus::Sheet, 5),
            Some(Action::StageJump(2))
        );
        assert_eq!(resolve(key(KeyCode::Char('6')), Focus::Sheet, 5), None);
    }

    #[test]
    fn ctrl_c_and_q_quit() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(ctrl_c, Focus::Criterion, 5), Some(Action::Quit));
        assert_eq!(
            resolve(key(KeyCode::Char('q')), Focus::Criterion, 5),
            Some(Action::Quit)
        );
    }

    #[test]
    fn every_hint_has_a_working_key() {
        for (keys, _) in hints(Focus::Criterion, &FR) {
            assert!(!keys.is_empty());
        }
        let shown: Vec<_> = hints(Focus::Criterion, &FR)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert!(shown.contains(&"Espace") && shown.contains(&"q") && shown.contains(&"←→ 1-5"));
    }
}
