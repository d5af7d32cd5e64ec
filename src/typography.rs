//! French punctuation spacing, shared by the screen and the report: the spaces inside « » and
//! before ; : ! ? made non-breaking, so that no line starts with » or ?.

/// The narrow non-breaking space: inside « », before ; ! ? (the report's choice; terminals wrap at it).
pub const NARROW: char = '\u{202F}';
/// The non-breaking space: before :, and wherever a terminal must not wrap.
pub const NBSP: char = '\u{A0}';

/// French punctuation spacing: a space (plain, non-breaking or none) before ; ! ? » and after «
/// becomes `thin`, a space before : a non-breaking one. Other text is left as it is: `a:b`, `https://`, `?` at a line's
/// start. Setting it twice changes nothing.
pub fn french_spaces(text: &str, thin: char) -> String {
    let spaced = |c: char| c == NARROW || c == NBSP;
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().copied()) {
            (' ' | NBSP, Some(';' | '!' | '?' | '»')) => out.push(thin),
            (' ', Some(':')) => out.push(NBSP),
            ('«', Some(' ' | NBSP)) => {
                out.push('«');
                out.push(thin);
                chars.next();
            }
            ('«', Some(next)) if !spaced(next) => {
                out.push('«');
                out.push(thin);
            }
            (c, Some('»')) if !spaced(c) && !c.is_whitespace() => {
                out.push(c);
                out.push(thin);
            }
            (c, _) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_text_keeps_punctuation_on_its_line() {
        assert_eq!(
            french_spaces("Prêt ? Oui : « go » ; bravo !", NARROW),
            "Prêt\u{202F}? Oui\u{A0}: «\u{202F}go\u{202F}»\u{202F}; bravo\u{202F}!"
        );
        assert_eq!(french_spaces("«go»", NBSP), "«\u{A0}go\u{A0}»");
        assert_eq!(
            french_spaces("?début https://exemple.fr a:b", NARROW),
            "?début https://exemple.fr a:b"
        );
    }

    #[test]
    fn setting_it_twice_changes_nothing() {
        for thin in [NARROW, NBSP] {
            let once = french_spaces("« oui » : non ?", thin);
            assert_eq!(french_spaces(&once, thin), once);
        }
    }
}
