//! Drawing the windows of `tui/screens/` share: a bordered window over the main screen, a
//! labelled one-line text field and a labelled line of options.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

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
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(
            format!(" {} ", crate::sanitize::line(title)),
            theme.pane(true),
        ));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    inner
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

/// A label, then its options side by side, the chosen one highlighted (brighter when focused).
pub fn choice_line(
    label: &str,
    options: &[&str],
    chosen: usize,
    focused: bool,
    theme: Theme,
    colon: &str,
) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{label}{colon}"), theme.label())];
    for (index, option) in options.iter().enumerate() {
        let style = if index == chosen {
            theme.selected(focused)
        } else {
            theme.dim()
        };
        spans.push(Span::styled(format!(" {option} "), style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
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
