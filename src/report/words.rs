//! The report's typography: its text cleaned and spaced the French way (inside « », before
//! ; : ! ?), with the dates, times and numbers of [`crate::words`].

use crate::i18n::Lang;
use crate::sanitize;

pub use crate::typography::{NARROW, french_spaces};
pub use crate::words::{date, number, percent, time};

/// Text from the definitions or the plan as the report prints it: controls made visible (newlines
/// kept), then, in French, the spaces around « » ; : ! ? made non-breaking.
pub fn text(lang: Lang, raw: &str) -> String {
    let clean = sanitize::multiline(raw);
    match lang {
        Lang::Fr => french_spaces(&clean, NARROW),
        Lang::En => clean.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_text_is_left_alone_but_cleaned() {
        assert_eq!(text(Lang::En, "Ready ? \u{1b}[2J"), "Ready ? \u{241b}[2J");
    }
}
