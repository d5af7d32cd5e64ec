//! The two bottom lines: the stage decision or a message, and the keys of the current screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::lists::ellipsize;
use crate::i18n::{Strings, fill};
use crate::plan::{DecisionStatus, Side};
use crate::sanitize;
use crate::tui::app::{App, Message};
use crate::tui::keymap;

/// Draws the message line: the last message (ending with "…" when cut: a key then shows it
/// whole), or the shown stage's decision.
pub fn render_message(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let line = match &app.message {
        Some(message) => {
            let style = if message.is_error {
                app.theme.error()
            } else {
                app.theme.info()
            };
            ellipsize(message_line(message).style(style), area.width.into())
        }
        None if app.created => decision_line(app),
        None => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The message as the message line writes it.
fn message_line(message: &Message) -> Line<'static> {
    Line::raw(format!(" {}", sanitize::line(&message.text)))
}

/// True when the message is too long for the message line of a terminal `width` columns wide
/// (never before the first frame, `width` 0).
pub fn message_is_cut(app: &App<'_>, width: u16) -> bool {
    width > 0
        && app
            .message
            .as_ref()
            .is_some_and(|message| message_line(message).width() > usize::from(width))
}

/// The word for a decision status.
pub fn decision_label(strings: &Strings, status: DecisionStatus) -> &'static str {
    match status {
        DecisionStatus::Pending => strings.decision_pending,
        DecisionStatus::Go => strings.decision_go,
        DecisionStatus::NoGo => strings.decision_no_go,
    }
}

/// The words for who decided.
pub fn decided_by_label(strings: &Strings, side: Side) -> &'static str {
    match side {
        Side::ProjectTeam => strings.by_project_team,
        Side::ServiceTeam => strings.by_service_team,
    }
}

/// The stage's decisions: the service team's, which counts, then the team's self-assessment.
fn decision_line(app: &App<'_>) -> Line<'static> {
    let strings = app.strings();
    let decisions = app.plan.decisions(&app.stage().id);
    let mut spans = vec![Span::styled(
        format!(" {}{}", strings.decision, strings.colon),
        app.theme.label(),
    )];
    for side in [Side::ServiceTeam, Side::ProjectTeam] {
        let decision = decisions.of(side);
        if side == Side::ProjectTeam && decision.is_empty() {
            continue;
        }
        if side == Side::ProjectTeam {
            spans.push(Span::styled(" · ", app.theme.dim()));
        }
        let who = match side {
            Side::ServiceTeam => strings.by_service_team,
            Side::ProjectTeam => strings.self_assessment,
        };
        spans.push(Span::styled(
            format!("{who}{}", strings.colon),
            app.theme.label(),
        ));
        spans.push(Span::styled(
            decision_label(strings, decision.status).to_string(),
            app.theme.decision(decision.status),
        ));
        let mut about = Vec::new();
        if !decision.name.is_empty() {
            about.push(sanitize::line(&decision.name).into_owned());
        }
        if let Some(date) = decision.date {
            about.push(fill(strings.decided_on, &[&date]));
        }
        if !about.is_empty() {
            spans.push(Span::styled(
                format!(" ({})", about.join(", ")),
                app.theme.dim(),
            ));
        }
    }
    Line::from(spans)
}

/// The keys of the current screen, as its bindings declare them on a terminal `width` columns
/// wide: (keys, what they do).
fn hints(app: &App<'_>, width: u16) -> Vec<(&'static str, &'static str)> {
    keymap::hints(app.screen(), &app.key_context_at(width), app.strings())
}

/// The most lines the key hints take: beyond, the keys nearest the help's are left to the help.
const MAX_KEY_LINES: usize = 3;

/// The key hints laid out on at most [`MAX_KEY_LINES`] lines of `width` columns; when some must be
/// left out, those just before `?` go first and `?` says the help has more.
pub fn key_lines(app: &App<'_>, width: u16) -> Vec<Line<'static>> {
    let mut shown = hints(app, width);
    let help = shown.iter().position(|(keys, _)| *keys == "?");
    let mut rows = rows_of(&shown, width);
    if let Some(mut help) = help {
        while rows.len() > MAX_KEY_LINES && help > 0 {
            shown.remove(help - 1);
            help -= 1;
            shown[help].1 = app.strings().key_help_more;
            rows = rows_of(&shown, width);
        }
    }
    rows.into_iter()
        .map(|row| {
            let mut spans = vec![Span::raw(" ")];
            for (keys, label) in row {
                spans.push(Span::styled(keys, app.theme.key()));
                spans.push(Span::raw(format!(" {label}  ")));
            }
            Line::from(spans)
        })
        .collect()
}

/// `hints` cut into rows of `width` columns, in order.
fn rows_of(
    hints: &[(&'static str, &'static str)],
    width: u16,
) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut rows = vec![Vec::new()];
    let mut used = 1;
    for &(keys, label) in hints {
        let item = keys.chars().count() + 1 + label.chars().count();
        let row = rows.last_mut().expect("one row at least");
        if used + item > usize::from(width) && !row.is_empty() {
            rows.push(Vec::new());
            used = 1;
        }
        rows.last_mut()
            .expect("one row at least")
            .push((keys, label));
        used += item + 2;
    }
    rows
}

/// Draws the key hints.
pub fn render_keys(lines: Vec<Line<'static>>, frame: &mut Frame<'_>, area: Rect) {
    frame.render_widget(Paragraph::new(lines), area);
}
