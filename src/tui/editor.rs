//! Text editing over `ratatui-textarea`: single-line fields and multi-line notes.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::i18n::{Strings, fill, group_digits};
use crate::sanitize;

/// The most room one text (an answer, a note, a rationale) may take, in bytes: an eighth of what
/// a plan may hold, so that the plan file, where escapes can double a text, still opens.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;

/// What each line counts for besides its characters: its line break and the indentation the plan
/// file gives it, so that a text of many short lines cannot take more room than its limit says.
const LINE_COST: usize = 16;

/// Text offered to a field that had no room for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overflow {
    /// A key that would have added text was refused.
    KeyRefused,
    /// Only the first `kept` of the `offered` characters pasted were inserted.
    PasteCut {
        /// Characters inserted.
        kept: usize,
        /// Characters pasted.
        offered: usize,
    },
}

impl Overflow {
    /// What the user is told.
    pub fn message(self, strings: &Strings) -> String {
        let limit = MAX_TEXT_BYTES / 1024;
        match self {
            Overflow::KeyRefused => fill(strings.text_full, &[&limit]),
            Overflow::PasteCut { kept, offered } => fill(
                strings.paste_cut,
                &[
                    &group_digits(kept, strings),
                    &group_digits(offered, strings),
                    &limit,
                ],
            ),
        }
    }
}

/// A text field: one line (Enter finishes) or several (Enter breaks the line).
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
    /// The lines as the field opened with them, to tell whether anything was typed.
    opened_with: Vec<String>,
}

impl TextField {
    /// A field holding `text` (from a file: cleaned like typed text, and kept whole even beyond
    /// [`MAX_TEXT_BYTES`]), with the cursor at its end.
    pub fn new(text: &str, multiline: bool) -> Self {
        let text = sanitize::typed(text);
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let mut area = TextArea::new(lines.clone());
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextField {
            area,
            multiline,
            opened_with: lines,
        }
    }

    /// The text, lines joined with newlines.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// True when the text differs from what the field opened with.
    pub fn is_changed(&self) -> bool {
        self.area.lines() != self.opened_with.as_slice()
    }

    /// True when the field breaks lines on Enter.
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Shows or hides the cursor, for forms where only the focused field has one.
    pub fn set_focused(&mut self, focused: bool) {
        let style = if focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        self.area.set_cursor_style(style);
    }

    /// Passes a key to the text area. Enter on a single-line field is ignored (the caller
    /// finishes), and Ctrl-U clears it. A key that would take the text past [`MAX_TEXT_BYTES`] is
    /// refused; keys that remove text always work.
    pub fn input(&mut self, key: KeyEvent) -> Result<(), Overflow> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let plain = !ctrl && !key.modifiers.contains(KeyModifiers::ALT);
        // A control character or a bidirectional override typed (or sent by a terminal without
        // bracketed paste) would be drawn raw: it is not text.
        if let KeyCode::Char(c) = key.code
            && !sanitize::is_typable(c)
        {
            return Ok(());
        }
        let breaks_line = key.code == KeyCode::Enter || (ctrl && key.code == KeyCode::Char('m'));
        if !self.multiline {
            if breaks_line {
                return Ok(());
            }
            if ctrl && key.code == KeyCode::Char('u') {
                self.area.move_cursor(CursorMove::End);
                self.area.delete_line_by_head();
                return Ok(());
            }
        }
        if ctrl && key.code == KeyCode::Char('y') {
            return self.paste(&self.area.yank_text());
        }
        let adds = match key.code {
            _ if breaks_line => LINE_COST,
            KeyCode::Char(c) if plain => c.len_utf8(),
            KeyCode::Tab if plain => usize::from(self.area.tab_length()),
            _ => 0,
        };
        if adds > 0 && self.size() + adds > MAX_TEXT_BYTES {
            return Err(Overflow::KeyRefused);
        }
        // Undo (Ctrl-U) and redo (Ctrl-R) only go back to texts the field held: within the limit,
        // or as read from the file.
        self.area.input(Event::Key(key));
        Ok(())
    }

    /// Inserts pasted text, without control characters (and without newlines on one line), as
    /// much of it as [`MAX_TEXT_BYTES`] leaves room for.
    pub fn paste(&mut self, text: &str) -> Result<(), Overflow> {
        let mut clean = sanitize::typed(text);
        if !self.multiline {
            clean = clean.replace('\n', " ");
        }
        let kept = fitting(&clean, MAX_TEXT_BYTES.saturating_sub(self.size()));
        self.area.insert_str(kept);
        if kept.len() == clean.len() {
            return Ok(());
        }
        Err(Overflow::PasteCut {
            kept: kept.chars().count(),
            offered: clean.chars().count(),
        })
    }

    /// The room the text takes, as [`MAX_TEXT_BYTES`] counts it.
    fn size(&self) -> usize {
        self.area.lines().iter().map(|l| l.len() + LINE_COST).sum()
    }

    /// The widget to draw.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }
}

/// The longest start of `text` that takes at most `room`, as [`MAX_TEXT_BYTES`] counts it.
fn fitting(text: &str, room: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += if c == '\n' { LINE_COST } else { c.len_utf8() };
        if used > room {
            return &text[..at];
        }
    }
    text
}

/// Says under the field what became of text that did not fit; says nothing when all of it did.
pub fn tell_overflow(result: Result<(), Overflow>, error: &mut Option<String>, strings: &Strings) {
    if let Err(overflow) = result {
        *error = Some(overflow.message(strings));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;

    fn type_chars(field: &mut TextField, text: &str) {
        for c in text.chars() {
            let _ = field.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    fn ctrl(field: &mut TextField, c: char) -> Result<(), Overflow> {
        field.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    #[test]
    fn typed_controls_and_bidi_overrides_are_not_text() {
        let mut field = TextField::new("", true);
        type_chars(&mut field, "a\u{1b}b\u{9b}c\u{202E}d\u{7f}e");
        assert_eq!(field.text(), "abcde");
    }

    #[test]
    fn pasted_text_keeps_only_newlines_and_tabs() {
        let mut field = TextField::new("", true);
        field
            .paste("ligne\u{1b}]0;titre\u{7}\r\nsuite\tfin\u{202E}")
            .unwrap();
        assert_eq!(field.text(), "ligne]0;titre\nsuite\tfin");
        let mut line = TextField::new("", false);
        line.paste("un\r\ndeux\u{9b}").unwrap();
        assert_eq!(line.text(), "un deux");
    }

    #[test]
    fn text_from_a_file_is_cleaned_before_it_is_shown() {
        let field = TextField::new("note\u{1b}[2J\u{202E}", true);
        assert_eq!(field.text(), "note[2J");
    }

    #[test]
    fn a_field_opened_and_left_alone_is_unchanged() {
        let mut field = TextField::new("note\u{1b}[2J", true);
        assert!(!field.is_changed(), "cleaning what is shown is no change");
        type_chars(&mut field, "x");
        assert!(field.is_changed());
        field
            .input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE))
            .unwrap();
        assert!(!field.is_changed());
    }

    #[test]
    fn ctrl_u_clears_a_single_line_field() {
        let mut field = TextField::new("31/02/2027", false);
        field
            .input(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE))
            .unwrap();
        ctrl(&mut field, 'u').unwrap();
        assert_eq!(field.text(), "");
    }

    #[test]
    fn a_paste_past_the_limit_keeps_what_fits_and_says_how_much() {
        let mut field = TextField::new("", true);
        let long = "é".repeat(MAX_TEXT_BYTES);
        let fits = (MAX_TEXT_BYTES - LINE_COST) / 2;
        assert_eq!(
            field.paste(&long),
            Err(Overflow::PasteCut {
                kept: fits,
                offered: MAX_TEXT_BYTES
            })
        );
        assert_eq!(field.text().chars().count(), fits);
        assert_eq!(
            field.input(KeyEvent::new(KeyCode::Char('é'), KeyModifiers::NONE)),
            Err(Overflow::KeyRefused)
        );
        assert_eq!(
            field.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
            Err(Overflow::KeyRefused)
        );
        field
            .input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE))
            .unwrap();
        assert_eq!(field.text().chars().count(), fits - 1);
    }

    #[test]
    fn ctrl_y_brings_back_only_what_fits() {
        let mut field = TextField::new("", true);
        field.paste(&"a".repeat(MAX_TEXT_BYTES / 2)).unwrap();
        ctrl(&mut field, 'a').unwrap();
        ctrl(&mut field, 'k').unwrap();
        field.paste(&"b".repeat(MAX_TEXT_BYTES / 2)).unwrap();
        assert!(matches!(
            ctrl(&mut field, 'y'),
            Err(Overflow::PasteCut { .. })
        ));
        assert_eq!(field.size(), MAX_TEXT_BYTES);
    }

    #[test]
    fn a_text_longer_than_the_limit_from_a_file_stays_whole() {
        let long = "mot ".repeat(MAX_TEXT_BYTES / 2);
        let mut field = TextField::new(&long, true);
        assert_eq!(field.text(), long);
        assert_eq!(
            field.input(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE)),
            Err(Overflow::KeyRefused)
        );
        assert_eq!(field.text(), long);
        assert!(!field.is_changed());
    }
}
