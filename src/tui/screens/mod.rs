//! One file per window over the main screen: its state, the handler of its keys and its drawing.

pub mod choice;
pub mod decision;
pub mod setup;

/// Cycles `index` among `len` options by `step`, wrapping around.
pub(super) fn cycle(index: usize, len: usize, step: isize) -> usize {
    (index as isize + step).rem_euclid(len as isize) as usize
}

/// Cycles an optional pick among `len` options, passing through "none".
pub(super) fn cycle_optional(value: Option<usize>, len: usize, step: isize) -> Option<usize> {
    let position = value.map_or(0, |v| v + 1);
    match cycle(position, len + 1, step) {
        0 => None,
        n => Some(n - 1),
    }
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
}
