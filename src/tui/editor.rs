//! Text editing over `ratatui-textarea`: single-line fields and multi-line notes.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{TextArea, WrapMode};

use crate::sanitize;

/// The most characters one answer or note may hold.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A text field: one line (Enter finishes) or several (Enter breaks the line).
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
}

impl TextField {
    /// A field holding `text` (from a file: cleaned like typed text), with the cursor at its end.
    pub fn new(text: &str, multiline: bool) -> Self {
        let text = sanitize::typed(text);
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        TextField { area, multiline }
    }

    /// The text, lines joined with newlines.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
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

    /// Passes a key to the text area. Enter on a single-line field is ignored (the caller finishes).
    pub fn input(&mut self, key: KeyEvent) {
        if !self.multiline && key.code == KeyCode::Enter {
            return;
        }
        // A control character or a bidirectional override typed (or sent by a terminal without
        // bracketed paste) would be drawn raw: it is not text.
        if let KeyCode::Char(c) = key.code
            && !sanitize::is_typable(c)
        {
            return;
        }
        if self.char_count() >= MAX_TEXT_CHARS
            && matches!(key.code, KeyCode::Char(_) | KeyCode::Enter | KeyCode::Tab)
        {
            return;
        }
        self.area.input(Event::Key(key));
    }

    /// Inserts pasted text, without control characters (and without newlines on one line).
    pub fn paste(&mut self, text: &str) {
        let mut clean = sanitize::typed(text);
        if !self.multiline {
            clean = clean.replace('\n', " ");
        }
        let room = MAX_TEXT_CHARS.saturating_sub(self.char_count());
        let clean: String = clean.chars().take(room).collect();
        self.area.insert_str(clean);
    }

    fn char_count(&self) -> usize {
        self.area
            .lines()
            .iter()
            .map(|l| l.chars().count() + 1)
            .sum()
    }

    /// The widget to draw.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;

    fn type_chars(field: &mut TextField, text: &str) {
        for c in text.chars() {
            field.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
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
        field.paste("ligne\u{1b}]0;titre\u{7}\r\nsuite\tfin\u{202E}");
        assert_eq!(field.text(), "ligne]0;titre\nsuite\tfin");
        let mut line = TextField::new("", false);
        line.paste("un\r\ndeux\u{9b}");
        assert_eq!(line.text(), "un deux");
    }

    #[test]
    fn text_from_a_file_is_cleaned_before_it_is_shown() {
        let field = TextField::new("note\u{1b}[2J\u{202E}", true);
        assert_eq!(field.text(), "note[2J");
    }
}
