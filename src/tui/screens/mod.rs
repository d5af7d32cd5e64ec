//! One file per screen: its state, the handler of its keys and its drawing. A window's handler
//! changes only the window's own state and returns a [`Next`]; the wizard then carries it out
//! (`App::follow` in `tui/app/keys.rs`), with what the window asked for done by the window's own
//! `impl App` block, in the same file.

pub mod choice;
pub mod confirm;
pub mod conflict;
pub mod decision;
pub mod editor;
pub mod help;
pub mod main;
pub mod member;
pub mod notice;
pub mod presenter;
pub mod resources;
pub mod review;
pub mod session;
pub mod session_end;
pub mod setup;
pub mod summary;
pub mod team;

use super::action::{Action, Effect};

/// What follows a key in a window, as the window's handler says once it has changed its own state.
pub(in crate::tui) enum Next<Ask = Never> {
    /// The window stays open, as its handler left it.
    Stay,
    /// The window stays open and the main screen's action runs under it (undo on the training
    /// screen).
    Under(Action),
    /// The window closes; the loop carries out the effect.
    Close(Option<Effect>),
    /// The window closes, then the wizard quits as `q` does on the main screen (Ctrl-C).
    Quit,
    /// The wizard does what the window asks; closing it or not is part of the ask.
    Ask(Ask),
}

/// What a window that asks nothing of the wizard asks.
pub(in crate::tui) enum Never {}

/// Cycles `index` among `len` options by `step`, wrapping around.
pub(super) fn cycle(index: usize, len: usize, step: isize) -> usize {
    (index as isize + step).rem_euclid(len as isize) as usize
}

/// The field `step` places after `field` in a form's `order`, wrapping around.
pub(super) fn step_field<F: Copy + PartialEq>(order: &[F], field: F, step: isize) -> F {
    let at = order.iter().position(|f| *f == field).unwrap_or(0);
    order[cycle(at, order.len(), step)]
}

/// Cycles an optional pick among `len` options, passing through "none".
pub(super) fn cycle_optional(value: Option<usize>, len: usize, step: isize) -> Option<usize> {
    let position = value.map_or(0, |v| v + 1);
    match cycle(position, len + 1, step) {
        0 => None,
        n => Some(n - 1),
    }
}

/// `index` moved by `step` within `0..len` (`0` when there is nothing).
pub(super) fn step_within(index: usize, len: usize, step: isize) -> usize {
    index.saturating_add_signed(step).min(len.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_choices_pass_through_none() {
        assert_eq!(cycle_optional(None, 3, 1), Some(0));
        assert_eq!(cycle_optional(Some(2), 3, 1), None);
        assert_eq!(cycle_optional(None, 3, -1), Some(2));
    }

    #[test]
    fn steps_stay_within_the_list() {
        assert_eq!(step_within(2, 5, 10), 4);
        assert_eq!(step_within(2, 5, -10), 0);
        assert_eq!(step_within(0, 0, 1), 0);
        assert_eq!(step_within(3, usize::MAX, isize::MIN), 0);
    }
}
