//! The top line: program, project, the joint session in progress and who is typing, and where the
//! plan stands on disk. The save status is always shown whole; what comes before it is cut with
//! an ellipsis, the session kept over the project's name.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::lists::ellipsize;
use crate::i18n::fill;
use crate::plan::ReadOnly;
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::screens::session::side_label;
use crate::words;

/// The fewest columns the program's and project's names are given beside the session (less, and
/// they give way to it).
const MIN_TITLE: usize = 13;

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
    let state_width = Line::raw(state.as_str()).width() as u16;
    let room = usize::from(area.width.saturating_sub(state_width + 2));
    let line = match session_badge(app, true) {
        Some(full) => {
            // Too narrow: the side alone says who is typing.
            let badge = match full.width() <= room {
                true => full,
                false => session_badge(app, false).unwrap_or(full),
            };
            let title = Line::from(title);
            let badge_width = badge.width();
            // The project's name gives way first, then the session's words.
            if title.width() + 3 + badge_width <= room {
                let mut spans = title.spans;
                spans.push(Span::raw(" · "));
                spans.extend(badge.spans);
                Line::from(spans)
            } else if badge_width + 1 + MIN_TITLE <= room {
                let mut spans = ellipsize(title, room - badge_width - 1).spans;
                spans.push(Span::raw(" "));
                spans.extend(badge.spans);
                Line::from(spans)
            } else {
                ellipsize(badge, room)
            }
        }
        None => ellipsize(Line::from(title), room),
    };
    frame.render_widget(Paragraph::new(line), area);
    if area.width > state_width {
        let right = Rect {
            x: area.x + area.width - state_width,
            width: state_width,
            ..area
        };
        frame.render_widget(Paragraph::new(Span::styled(state, style)), right);
    }
}

/// « entretien en cours depuis 14 h 05 · saisie : service team » during a joint session (without
/// « saisie : » unless `labelled`).
fn session_badge(app: &App<'_>, labelled: bool) -> Option<Line<'static>> {
    let session = app.plan.session_in_progress()?;
    let strings = app.strings();
    let since = session
        .start
        .map_or_else(String::new, |start| words::time(app.lang, start));
    // A session left in progress on an earlier day says which.
    let badge = match session.date == app.clock.today() {
        true => fill(strings.session_badge, &[&since]),
        false => fill(
            strings.session_badge_day,
            &[&words::date(app.lang, session.date), &since],
        ),
    };
    let side = side_label(strings, app.keyboard_side());
    let typing = match labelled {
        true => fill(strings.session_typing, &[&side]),
        false => side.to_string(),
    };
    Some(Line::from(vec![
        Span::styled(badge, app.theme.info()),
        Span::styled(format!(" · {typing}"), app.theme.label()),
    ]))
}
