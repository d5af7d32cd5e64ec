//! A notice: a warning the user must see before going on (a plan held elsewhere, cut or changed
//! on disk), or the message line read whole. Any key closes it; Ctrl-C quits.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::Next;
use crate::i18n::Strings;
use crate::sanitize;
use crate::tui::action::Action;
use crate::tui::app::{App, Message};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// A text shown in a window until a key is pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The window's title.
    pub title: &'static str,
    /// What it says.
    pub text: String,
    /// Shown as an error.
    pub is_error: bool,
}

impl Notice {
    /// A warning the user must see before going on.
    pub fn warning(text: String, strings: &Strings) -> Notice {
        Notice {
            title: strings.notice_title,
            text,
            is_error: true,
        }
    }

    /// The message line, whole.
    pub fn message(message: &Message, strings: &Strings) -> Notice {
        Notice {
            title: strings.message_title,
            text: message.text.clone(),
            is_error: message.is_error,
        }
    }
}

/// A key in a notice: Ctrl-C quits, any other key closes it.
pub(in crate::tui) fn key(resolved: Resolved) -> Next {
    match resolved {
        Resolved::Action(Action::Quit) => Next::Quit,
        _ => Next::Close(None),
    }
}

/// Draws the notice, as tall as its text once wrapped.
pub(in crate::tui) fn render(app: &App<'_>, notice: &Notice, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let width = area.width.saturating_sub(8).min(76);
    let style = if notice.is_error {
        app.theme.error()
    } else {
        app.theme.info()
    };
    let lines = vec![
        Line::styled(sanitize::line(&notice.text).into_owned(), style),
        Line::raw(""),
        Line::styled(s.notice_close, app.theme.dim()),
    ];
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
    let height = paragraph.line_count(width.saturating_sub(2)) as u16 + 2;
    let inner = popups::window(frame, area, width, height, notice.title, app.theme);
    frame.render_widget(paragraph, inner);
}
