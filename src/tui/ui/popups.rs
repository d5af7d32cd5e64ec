//! Drawing the windows of `tui/screens/` share: a bordered window over the main screen, and a
//! labelled one-line text field.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
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
