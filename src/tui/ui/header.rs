//! The top line: program, project, and where the plan stands on disk.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::fill;
use crate::plan::ReadOnly;
use crate::sanitize;
use crate::tui::app::App;

/// Draws the header.
pub fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let strings = app.strings();
    let theme = app.theme;
    let mut title = vec![Span::styled(" embarquement", theme.header())];
    if app.created {
        title.push(Span::raw(" · "));
        title.push(Span::styled(
            sanitize::line(&app.plan.project.name).into_owned(),
            theme.label(),
        ));
        if let Some(organisation) = &app.plan.project.organisation {
            title.push(Span::styled(
                format!(" · {}", sanitize::line(organisation)),
                theme.dim(),
            ));
        }
    }
    let (state, style) = if let Some(read_only) = app.read_only() {
        let state = match read_only {
            ReadOnly::Asked => strings.read_only_badge.to_string(),
            ReadOnly::Protected => strings.read_only_protected_badge.to_string(),
            ReadOnly::HeldBy(holder) => fill(strings.read_only_by, &[&holder.who(strings)]),
        };
        (state, theme.error())
    } else if app.disk.changed_on_disk() {
        (strings.changed_on_disk_badge.to_string(), theme.error())
    } else {
        match (&app.save.error, &app.save.last_saved) {
            (Some(_), _) => (strings.save_failed.to_string(), theme.error()),
            (None, Some(time)) => (fill(strings.saved_at, &[time]), theme.dim()),
            (None, None) => (strings.not_saved_yet.to_string(), theme.dim()),
        }
    };
    let state = format!("{state} ");
    let state_width = state.chars().count() as u16;
    frame.render_widget(Paragraph::new(Line::from(title)), area);
    if area.width > state_width {
        let right = Rect {
            x: area.x + area.width - state_width,
            width: state_width,
            ..area
        };
        frame.render_widget(Paragraph::new(Span::styled(state, style)), right);
    }
}
