//! The stage tabs: number, short title, decision mark, progress.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::plan::{DecisionStatus, Decisions};
use crate::sanitize;
use crate::tui::app::App;

/// The mark of a stage's decision, or of a stage not open yet.
pub fn decision_mark(decisions: &Decisions, locked: bool) -> &'static str {
    match (decisions.counting(), decisions.project_team.status) {
        (DecisionStatus::Go, _) => "✓",
        (DecisionStatus::NoGo, _) => "✗",
        (DecisionStatus::Pending, DecisionStatus::Go) => "(✓)",
        (DecisionStatus::Pending, DecisionStatus::NoGo) => "(✗)",
        (DecisionStatus::Pending, DecisionStatus::Pending) if locked => "⊘",
        (DecisionStatus::Pending, DecisionStatus::Pending) => "○",
    }
}

/// Draws the tabs, shortening the other stages' tabs when the full ones do not fit.
pub fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let full = tab_spans(app, true);
    let line = if full.iter().map(Span::width).sum::<usize>() <= area.width as usize {
        full
    } else {
        tab_spans(app, false)
    };
    frame.render_widget(Paragraph::new(Line::from(line)), area);
}

fn tab_spans(app: &App<'_>, full: bool) -> Vec<Span<'static>> {
    let mut spans = vec![Span::raw(" ")];
    for (index, stage) in app.defs.stages.iter().enumerate() {
        if index > 0 {
            spans.push(Span::styled(" │ ", app.theme.dim()));
        }
        let current = index == app.ui.stage;
        let decisions = app.plan.decisions(&stage.id);
        let decision = decisions.counting();
        let mark = decision_mark(&decisions, app.is_locked(index));
        let progress = app.progress[index];
        let counts = format!(
            "{}/{}",
            progress.criteria.settled(),
            progress.criteria.total
        );
        let text = if full || current {
            let title = sanitize::line(stage.short_title.get(app.lang)).into_owned();
            format!(" {} {title} ", stage.number)
        } else {
            format!(" {} ", stage.number)
        };
        spans.push(Span::styled(text, app.theme.tab(current)));
        spans.push(Span::styled(
            format!("{mark} "),
            app.theme.decision(decision),
        ));
        spans.push(Span::styled(counts, app.theme.dim()));
    }
    spans
}
