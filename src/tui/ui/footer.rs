//! The two bottom lines: the stage decision or a message, and the keys of the current screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::{Strings, fill};
use crate::plan::{DecisionStatus, Side};
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::keymap;

/// Draws the message line: the last message, or the shown stage's decision.
pub fn render_message(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let line = match &app.message {
        Some(message) => {
            let style = if message.is_error {
                app.theme.error()
            } else {
                app.theme.info()
            };
            Line::styled(format!(" {}", sanitize::line(&message.text)), style)
        }
        None if app.created => decision_line(app),
        None => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(line), area);
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

/// The keys of the current screen, as its bindings declare them: (keys, what they do).
fn hints(app: &App<'_>) -> Vec<(&'static str, &'static str)> {
    keymap::hints(app.screen(), &app.key_context(), app.strings())
}

/// The key hints laid out over as many lines as `width` requires.
pub fn key_lines(app: &App<'_>, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (keys, label) in hints(app) {
        let item = keys.chars().count() + 1 + label.chars().count();
        if used + item > width as usize && spans.len() > 1 {
            lines.push(Line::from(std::mem::replace(
                &mut spans,
                vec![Span::raw(" ")],
            )));
            used = 1;
        }
        spans.push(Span::styled(keys, app.theme.key()));
        spans.push(Span::raw(format!(" {label}  ")));
        used += item + 2;
    }
    lines.push(Line::from(spans));
    lines
}

/// Draws the key hints.
pub fn render_keys(lines: Vec<Line<'static>>, frame: &mut Frame<'_>, area: Rect) {
    frame.render_widget(Paragraph::new(lines), area);
}
