//! Text from files is untrusted: nothing in it may control the terminal.

use std::borrow::Cow;

/// True for characters that could move the cursor, change colours or reorder text when printed:
/// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A visible stand-in for a dangerous character.
fn placeholder(c: char) -> char {
    match c {
        // C0 controls have "control pictures" (␀…␟); ESC becomes ␛.
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Text safe to draw on one line: every control character, newlines and tabs included, replaced
/// by a visible placeholder (tabs become a space).
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_dangerous) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_dangerous(c) => placeholder(c),
                c => c,
            })
            .collect(),
    )
}

/// Text safe to draw over several lines: newlines are kept, tabs become spaces, carriage returns
/// are dropped, and every other control character is replaced by a visible placeholder.
pub fn multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_dangerous(c) && c != '\n') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|&c| c != '\r')
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c if is_dangerous(c) => placeholder(c),
                c => c,
            })
            .collect(),
    )
}

/// True for a character that typed or pasted text may hold: anything but control characters and
/// bidirectional overrides, except newline and tab.
pub fn is_typable(c: char) -> bool {
    c == '\n' || c == '\t' || !is_dangerous(c)
}

/// Text typed or pasted by the user, as stored: newlines and tabs kept, carriage returns turned
/// into newlines, every other control character removed.
pub fn typed(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars().filter(|&c| is_typable(c)).collect()
}

/// The most characters of input text that a message quotes (see [`quote`]).
pub const QUOTE_CHARS: usize = 40;

/// Input text as a message may quote it: its first line only, at most [`QUOTE_CHARS`] characters
/// (with « … » where it was shortened), every control character made visible.
pub fn quote(text: &str) -> String {
    let first_line = text.split(['\n', '\r']).next().unwrap_or_default();
    let mut quoted: String = first_line.chars().take(QUOTE_CHARS).collect();
    if quoted.len() < text.len() {
        quoted.push('…');
    }
    line(&quoted).into_owned()
}

/// JSON safe to print: the characters `line` would replace are written as `\uXXXX` escapes, which
/// JSON readers turn back into the same text. `text` must be serialised JSON: its strings hold no
/// raw newline or other C0 control (serde_json escapes them), so a raw newline is layout and stays;
/// DEL, C1 controls and bidirectional overrides, which serde_json leaves raw, are escaped.
pub fn json(text: &str) -> Cow<'_, str> {
    let escaped = |c: char| c != '\n' && is_dangerous(c);
    if !text.chars().any(escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escaped(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(line("a\u{1b}[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(line("x\u{9b}y\u{7f}"), "x\u{FFFD}y\u{2421}");
        assert_eq!(line("\u{202E}evil"), "\u{FFFD}evil");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(line("Étape 1 : décision"), Cow::Borrowed(_)));
    }

    #[test]
    fn multiline_keeps_newlines_only() {
        assert_eq!(multiline("a\r\nb\tc\u{7}"), "a\nb c\u{2407}");
    }

    #[test]
    fn json_escapes_what_serde_json_leaves_raw() {
        let text = "a\u{9b}b\u{7f}c\u{202E}d";
        let printed = json(&serde_json::to_string(text).unwrap()).into_owned();
        assert_eq!(printed, r#""a\u009bb\u007fc\u202ed""#);
        assert!(matches!(json("{\n  \"a\": 1\n}"), Cow::Borrowed(_)));
        assert_eq!(serde_json::from_str::<String>(&printed).unwrap(), text);
    }

    #[test]
    fn quotes_keep_one_short_line() {
        assert_eq!(quote("court"), "court");
        let long = "x".repeat(3_000_000);
        assert_eq!(quote(&long), format!("{}…", "x".repeat(QUOTE_CHARS)));
        assert_eq!(quote("root:x:0:0\ndaemon:x:1:1"), "root:x:0:0…");
        assert_eq!(quote("a\u{1b}[2J\rb"), "a\u{241b}[2J…");
        let accents = "é".repeat(QUOTE_CHARS);
        assert_eq!(quote(&accents), accents, "characters, not bytes");
    }

    #[test]
    fn typed_text_drops_controls() {
        assert_eq!(typed("a\u{1b}[31mb\r\nc\td"), "a[31mb\nc\td");
        assert_eq!(typed("x\u{9b}\u{202E}\u{7}y"), "xy");
    }
}
