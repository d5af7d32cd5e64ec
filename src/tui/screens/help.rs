//! The help: every key of the main screen on its own row, then the keys of each window, all read
//! from the bindings. It scrolls with the arrows, PgUp/PgDn, Home/End, and closes on Esc, ? or q.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Next, step_within};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{self, Resolved, Screen};
use crate::tui::ui::popups;

/// The help window: how far it is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    /// Lines scrolled past.
    pub scroll: usize,
}

impl Help {
    /// A key in the help: the arrows and the page keys scroll it, at most `max_scroll` lines (as
    /// the last frame measured); Esc, ? and q close it; Ctrl-C quits.
    pub(in crate::tui) fn key(&mut self, resolved: Resolved, max_scroll: usize) -> Next {
        let scroll = self.scroll.min(max_scroll);
        self.scroll = match resolved {
            Resolved::Action(Action::Move(step)) => {
                step_within(scroll, max_scroll.saturating_add(1), step)
            }
            Resolved::Action(Action::First) => 0,
            Resolved::Action(Action::Last) => max_scroll,
            Resolved::Action(Action::Close) => return Next::Close(None),
            Resolved::Action(Action::Quit) => return Next::Quit,
            _ => scroll,
        };
        Next::Stay
    }
}

/// The help's lines: the introduction, the main screen's keys, then each window's keys.
fn lines(app: &App<'_>) -> Vec<Line<'static>> {
    let s = app.strings();
    let stages = app.defs.stages.len();
    let read_only = app.read_only().is_some();
    let mut rows = keymap::help_rows(Screen::Main, stages, true, read_only, s);
    rows.extend(s.help_notes().iter().map(|(k, v)| (k.to_string(), *v)));
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = vec![Line::raw(s.help_intro), Line::raw("")];
    lines.extend(rows.into_iter().map(|(keys, label)| {
        Line::from(vec![
            Span::styled(format!("{keys:<key_width$}"), app.theme.key()),
            Span::raw(label),
        ])
    }));
    lines.push(Line::raw(""));
    // The warnings close with any key, as their footer says; a read-only plan opens no window
    // that edits it.
    let editing = |screen: &Screen| {
        matches!(
            screen,
            Screen::Editor | Screen::Choice | Screen::Decision | Screen::Setup
        )
    };
    let others = Screen::ALL
        .into_iter()
        .filter(|s| !matches!(s, Screen::Main | Screen::Notice))
        .filter(|s| !(read_only && editing(s)));
    for screen in others {
        let mut spans = vec![Span::styled(
            format!("{}{}", (keymap::screen_keys(screen).title)(s), s.colon),
            app.theme.label(),
        )];
        for (index, (keys, label)) in keymap::help_rows(screen, stages, false, read_only, s)
            .into_iter()
            .enumerate()
        {
            let separator = if index == 0 { "" } else { " · " };
            spans.push(Span::raw(separator));
            spans.push(Span::styled(keys, app.theme.key()));
            spans.push(Span::raw(format!(" {label}")));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// Draws the help, scrolled as `help` says; returns the most it can scroll in this frame.
pub(in crate::tui) fn render(
    app: &App<'_>,
    help: &Help,
    frame: &mut Frame<'_>,
    area: Rect,
) -> usize {
    let s = app.strings();
    let width = area.width.saturating_sub(8).min(110);
    let paragraph = Paragraph::new(lines(app)).wrap(Wrap { trim: false });
    let total = paragraph.line_count(width.saturating_sub(2));
    // As tall as the rows once wrapped, borders included, if the screen has room.
    let height = u16::try_from(total + 2).unwrap_or(u16::MAX);
    let inner = popups::window(frame, area, width, height, s.help_title, app.theme);
    let shown = usize::from(inner.height);
    let max_scroll = total.saturating_sub(shown);
    let scroll = help.scroll.min(max_scroll);
    frame.render_widget(
        paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
    if max_scroll > 0 {
        popups::scroll_position(frame, inner, (scroll, shown, total), s, app.theme);
    }
    max_scroll
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_scrolls_within_what_it_holds() {
        let mut help = Help::default();
        let down = |steps| Resolved::Action(Action::Move(steps));
        assert!(matches!(help.key(down(10), 4), Next::Stay));
        assert_eq!(help.scroll, 4);
        help.key(down(-1), 4);
        assert_eq!(help.scroll, 3);
        help.key(Resolved::Action(Action::First), 4);
        assert_eq!(help.scroll, 0);
        help.key(Resolved::Action(Action::Last), 4);
        assert_eq!(help.scroll, 4);
        assert!(matches!(
            help.key(Resolved::Action(Action::Close), 4),
            Next::Close(None)
        ));
    }
}
