//! Drawing the windows of `tui/screens/` share: a bordered window over the main screen, labelled
//! one-line text fields, the option chosen of a choice, a form's list of rows and its error.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::tui::editor::TextField;
use crate::tui::theme::Theme;

/// A cleared, bordered window of the given size, centred in `area` above the footer.
pub(in crate::tui) fn window(
    frame: &mut Frame<'_>,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: Theme,
) -> Rect {
    let usable = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let rect = usable.centered(
        Constraint::Length(width.min(usable.width)),
        Constraint::Length(height.min(usable.height)),
    );
    let block = super::lists::framed(&crate::sanitize::line(title), rect.width, theme.pane(true));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    inner
}

/// Which lines of `total` show from `scroll` in a window of `shown` lines, on the bottom border of
/// the window whose inside is `inner`.
pub(in crate::tui) fn scroll_position(
    frame: &mut Frame<'_>,
    inner: Rect,
    (scroll, shown, total): (usize, usize, usize),
    strings: &crate::i18n::Strings,
    theme: Theme,
) {
    let last = (scroll + shown).min(total);
    let position = crate::i18n::fill(strings.help_position, &[&(scroll + 1), &last, &total]);
    let border = Rect {
        y: inner.bottom(),
        height: 1,
        ..inner
    };
    frame.render_widget(
        Paragraph::new(Span::styled(position, theme.pane(true)))
            .alignment(ratatui::layout::Alignment::Right),
        border,
    );
}

/// A one-line text field after its label.
pub fn render_labelled_field(
    label: &str,
    field: &TextField,
    focused: bool,
    theme: Theme,
    frame: &mut Frame<'_>,
    area: Rect,
    colon: &str,
) {
    let label = format!("{label}{colon}");
    let width = label.chars().count() as u16;
    let style = if focused {
        theme.pane(true)
    } else {
        theme.label()
    };
    frame.render_widget(Paragraph::new(Span::styled(label, style)), area);
    let field_area = Rect {
        x: area.x + width,
        width: area.width.saturating_sub(width),
        ..area
    };
    frame.render_widget(field.widget(), field_area);
}

/// A label, then the one option chosen among several, between ‹ › (← → change it).
pub fn picked_line(
    label: &str,
    option: &str,
    focused: bool,
    theme: Theme,
    colon: &str,
) -> Line<'static> {
    let (label_style, value_style) = match focused {
        true => (theme.pane(true), theme.selected(true)),
        false => (theme.label(), Default::default()),
    };
    Line::from(vec![
        Span::styled(format!("{label}{colon}"), label_style),
        Span::styled(format!("‹ {option} ›"), value_style),
    ])
}

/// A form's list of rows under its heading: draws the heading (and `empty` when there are no
/// rows), and returns the index and line of each row shown, scrolled so that the focused one is.
pub fn row_lines(
    frame: &mut Frame<'_>,
    [heading, rows]: [Rect; 2],
    (title, empty): (&str, &str),
    (count, focused): (usize, Option<usize>),
    theme: Theme,
) -> Vec<(usize, Rect)> {
    frame.render_widget(
        Paragraph::new(Span::styled(title.to_string(), theme.heading())),
        heading,
    );
    if count == 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(empty.to_string(), theme.dim())),
            rows,
        );
    }
    let shown = usize::from(rows.height);
    let first = focused.map_or(0, |row| (row + 1).saturating_sub(shown));
    (first..count.min(first + shown))
        .map(|index| {
            let y = rows.y + (index - first) as u16;
            (
                index,
                Rect {
                    y,
                    height: 1,
                    ..rows
                },
            )
        })
        .collect()
}

/// Why a form refused what it holds, wrapped, if it did.
pub fn render_error(frame: &mut Frame<'_>, area: Rect, error: Option<&String>, theme: Theme) {
    if let Some(message) = error {
        frame.render_widget(
            Paragraph::new(Line::styled(message.clone(), theme.error())).wrap(Wrap { trim: true }),
            area,
        );
    }
}

/// One-line text fields after their labels: (label, field, focused, where).
pub fn render_fields(
    frame: &mut Frame<'_>,
    fields: [(&str, &TextField, bool, Rect); 2],
    theme: Theme,
    colon: &str,
) {
    for (label, field, focused, area) in fields {
        render_labelled_field(label, field, focused, theme, frame, area, colon);
    }
}
