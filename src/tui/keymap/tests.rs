use super::*;
use crate::i18n::{EN, FR};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn main_ctx(focus: Focus) -> Ctx {
    Ctx {
        focus,
        stages: 5,
        ..Ctx::default()
    }
}

fn main_action(key: KeyEvent, focus: Focus) -> Option<Action> {
    match resolve(Screen::Main, key, &main_ctx(focus)) {
        Resolved::Action(action) => Some(action),
        Resolved::Otherwise(_) => None,
    }
}

#[test]
fn space_depends_on_the_focused_row() {
    let space = key(KeyCode::Char(' '));
    assert_eq!(main_action(space, Focus::Criterion), Some(Action::Cycle));
    assert_eq!(
        main_action(space, Focus::YesNoQuestion),
        Some(Action::Cycle)
    );
    assert_eq!(main_action(space, Focus::Question), None);
    assert_eq!(main_action(space, Focus::Sheet), None);
}

#[test]
fn digits_jump_to_existing_stages_only() {
    assert_eq!(
        main_action(key(KeyCode::Char('3')), Focus::Sheet),
        Some(Action::StageJump(2))
    );
    assert_eq!(main_action(key(KeyCode::Char('6')), Focus::Sheet), None);
}

#[test]
fn ctrl_c_and_q_quit() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(main_action(ctrl_c, Focus::Criterion), Some(Action::Quit));
    assert_eq!(
        main_action(key(KeyCode::Char('q')), Focus::Criterion),
        Some(Action::Quit)
    );
}

#[test]
fn ctrl_c_is_bound_on_every_screen() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for screen in Screen::ALL {
        assert_eq!(
            resolve(screen, ctrl_c, &Ctx::default()),
            Resolved::Action(Action::Quit),
            "{screen:?}"
        );
    }
}

#[test]
fn every_hint_has_a_working_key() {
    let shown: Vec<_> = hints(Screen::Main, &main_ctx(Focus::Criterion), &FR)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(shown.contains(&"Espace") && shown.contains(&"q") && shown.contains(&"←→ 1-5"));
}

/// Every context a condition may tell apart.
fn contexts() -> Vec<Ctx> {
    let mut all = Vec::new();
    for focus in [
        Focus::Sheet,
        Focus::Criterion,
        Focus::YesNoQuestion,
        Focus::Question,
        Focus::Nothing,
    ] {
        for field in [Field::Choice, Field::Line, Field::Long] {
            for on in [false, true] {
                all.push(Ctx {
                    focus,
                    stages: 5,
                    multiline: on,
                    multi: on,
                    field,
                    changed: on,
                    message_cut: on,
                    read_only: on,
                    session: on,
                    row: on,
                    session_question: on,
                    conflicts: on,
                });
            }
        }
    }
    all
}

/// The footer and the help are read from the declarations: every footer hint is a binding whose
/// keys resolve to its action on that screen, and every declared key of a screen is named in its
/// help section, with what the binding does.
#[test]
fn the_footer_and_the_help_are_generated_from_the_declared_bindings() {
    for strings in [&FR, &EN] {
        for screen in Screen::ALL {
            let bindings = screen_keys(screen).bindings;
            let help = help_rows(screen, 5, screen == Screen::Main, false, strings);
            for binding in bindings {
                let text = match binding.help {
                    Some(help) if screen == Screen::Main => help(strings),
                    _ => (binding.hint)(strings),
                };
                let row = help.iter().find(|(_, said)| *said == text);
                let (keys, _) = row.unwrap_or_else(|| panic!("{screen:?}: no help row `{text}`"));
                if let Keys::These(declared) = binding.keys {
                    for declared in declared {
                        let name = key_name(*declared, strings);
                        assert!(
                            keys.split(' ').any(|k| k == name),
                            "{screen:?}: `{name}` not in `{keys}`"
                        );
                    }
                }
            }
            for ctx in contexts() {
                for (keys, hint) in hints(screen, &ctx, strings) {
                    let binding = bindings
                        .iter()
                        .find(|b| {
                            (b.when)(&ctx)
                                && (b.hint)(strings) == hint
                                && match b.shown {
                                    Shown::Keys(shown) => shown == keys,
                                    Shown::Named(name) => name(strings) == keys,
                                    Shown::Hidden => false,
                                }
                        })
                        .unwrap_or_else(|| {
                            panic!("{screen:?}: hint `{keys} {hint}` declared nowhere")
                        });
                    let Keys::These(declared) = binding.keys else {
                        continue;
                    };
                    let first = declared[0];
                    assert_eq!(
                        resolve(screen, KeyEvent::new(first.0, first.1), &ctx),
                        Resolved::Action(binding.action),
                        "{screen:?}: `{keys}` does not do what its hint says"
                    );
                }
            }
        }
    }
}
