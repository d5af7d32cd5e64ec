//! The detail pane: everything about the selected criterion or question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::sheet::link_text;
use crate::definitions::{Link, QuestionKind, Text};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::answers;
use crate::report::fields::Words;
use crate::sanitize;
use crate::tui::app::{App, Pane};
use crate::tui::theme::Theme;

/// Draws the detail of the item selected in the list that last had the focus.
pub fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let strings = app.strings();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.pane(false))
        .title(Span::styled(
            format!(" {} ", strings.pane_detail),
            app.theme.pane(false),
        ));
    let lines = match app.ui.detail {
        Pane::Questions => question_lines(app),
        _ => criterion_lines(app),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

/// Lines of text in the detail pane.
struct DetailWriter {
    lang: Lang,
    colon: &'static str,
    theme: Theme,
    lines: Vec<Line<'static>>,
}

impl DetailWriter {
    fn title(&mut self, text: &str, extra: Vec<Span<'static>>) {
        let mut spans = vec![Span::styled(
            sanitize::line(text).into_owned(),
            self.theme.label(),
        )];
        spans.extend(extra);
        self.lines.push(Line::from(spans));
    }

    fn text(&mut self, text: Option<&Text>) {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            for line in sanitize::multiline(text.get(self.lang)).lines() {
                self.lines.push(Line::raw(line.to_string()));
            }
        }
    }

    fn links(&mut self, links: &[Link]) {
        for link in links {
            let text = link_text(link, self.lang);
            self.lines.push(Line::styled(
                format!("↗ {}", sanitize::line(&text)),
                self.theme.dim(),
            ));
        }
    }

    fn labelled(&mut self, label: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        let mut text = sanitize::multiline(value).into_owned();
        if !text.contains('\n') {
            self.lines.push(Line::from(vec![
                Span::styled(format!("{label}{}", self.colon), self.theme.label()),
                Span::raw(text),
            ]));
            return;
        }
        self.lines.push(Line::styled(
            format!("{label}{}", self.colon.trim_end()),
            self.theme.label(),
        ));
        text.truncate(text.trim_end().len());
        for line in text.lines() {
            self.lines.push(Line::raw(format!("  {line}")));
        }
    }
}

fn criterion_lines(app: &App<'_>) -> Vec<Line<'static>> {
    let stage = app.stage();
    let Some(criterion) = stage.criteria.get(app.ui.criterion[app.ui.stage]) else {
        return Vec::new();
    };
    let strings = app.strings();
    let record = app.plan.criterion(&stage.id, &criterion.id);
    let mut out = DetailWriter {
        lang: app.lang,
        colon: strings.colon,
        theme: app.theme,
        lines: Vec::new(),
    };
    out.title(criterion.title.get(app.lang), Vec::new());
    let mut status = vec![
        Span::styled(
            format!("{}{}", strings.status, strings.colon),
            app.theme.label(),
        ),
        Span::styled(
            status_label(strings, record.status).to_string(),
            app.theme.status(record.status),
        ),
    ];
    if criterion.blocking {
        status.push(Span::styled(
            format!(" · {}", strings.blocking),
            app.theme.error(),
        ));
    }
    if let Some(group) = &criterion.group {
        status.push(Span::styled(
            format!(" · {}", sanitize::line(group.get(app.lang))),
            app.theme.dim(),
        ));
    }
    out.lines.push(Line::from(status));
    out.text(criterion.help.as_ref());
    out.links(&criterion.links);
    out.labelled(strings.note, &record.note);
    out.labelled(strings.interviewer_note, &record.interviewer_note);
    conflict_lines(app, &mut out, &criterion.id);
    out.lines
}

/// The conflicts a merge left on the item `id` of the shown stage: the field, then both values
/// with their side.
fn conflict_lines(app: &App<'_>, out: &mut DetailWriter, id: &str) {
    let words = Words {
        definitions: app.defs,
        lang: app.lang,
    };
    let strings = app.strings();
    for (_, conflict) in app.plan.conflicts_on(&app.stage().id, id) {
        let heading = fill(strings.conflict_detail, &[&words.what(&conflict.field)]);
        out.lines.push(Line::styled(heading, app.theme.error()));
        out.lines
            .push(Line::raw(format!("  {}", words.conflict_sides(conflict))));
    }
}

fn question_lines(app: &App<'_>) -> Vec<Line<'static>> {
    let Some(question) = app.question(app.ui.question[app.ui.stage]) else {
        return vec![Line::raw(app.strings().no_questions)];
    };
    let strings = app.strings();
    let q = question.question;
    let mut kind = format!(" ({}", kind_label(strings, q.kind));
    if q.optional {
        kind.push_str(&format!(", {}", strings.optional));
    }
    kind.push(')');
    let mut out = DetailWriter {
        lang: app.lang,
        colon: strings.colon,
        theme: app.theme,
        lines: Vec::new(),
    };
    out.title(
        q.label.get(app.lang),
        vec![Span::styled(kind, app.theme.dim())],
    );
    out.text(q.help.as_ref());
    out.links(&q.links);
    let stage_id = &app.stage().id;
    let record = app.plan.answer(stage_id, &q.id);
    match record
        .and_then(|r| r.value.as_ref())
        .filter(|_| record.is_some_and(|r| r.is_answered()))
    {
        Some(value) => out.labelled(strings.answer, &answers::display(q, value, app.lang)),
        None => out.lines.push(Line::from(vec![
            Span::styled(
                format!("{}{}", strings.answer, strings.colon),
                app.theme.label(),
            ),
            Span::styled(strings.unanswered, app.theme.dim()),
        ])),
    }
    if let Some(carried) = app.plan.carried(app.defs, stage_id, q) {
        let label = fill(strings.carried_from, &[&carried.stage.number]);
        let value = answers::display(q, &carried.value, app.lang);
        out.lines.push(Line::styled(
            format!("{label}{}{}", strings.colon, sanitize::line(&value)),
            app.theme.dim(),
        ));
    }
    if let Some(record) = record {
        out.labelled(strings.note, &record.note);
        out.labelled(strings.interviewer_note, &record.interviewer_note);
    }
    conflict_lines(app, &mut out, &q.id);
    out.lines
}

/// The word for a criterion status.
pub fn status_label(strings: &Strings, status: crate::plan::CriterionStatus) -> &'static str {
    use crate::plan::CriterionStatus::*;
    match status {
        Todo => strings.status_todo,
        Ok => strings.status_ok,
        Ko => strings.status_ko,
        Na => strings.status_na,
    }
}

/// The words for a question kind.
pub fn kind_label(strings: &Strings, kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Text => strings.kind_text,
        QuestionKind::LongText => strings.kind_long_text,
        QuestionKind::YesNo => strings.kind_yes_no,
        QuestionKind::Choice => strings.kind_choice,
        QuestionKind::MultiChoice => strings.kind_multi_choice,
        QuestionKind::Number => strings.kind_number,
        QuestionKind::Date => strings.kind_date,
    }
}
