//! The detail pane: everything about the selected criterion or question, what was answered and
//! noted first (visible without scrolling), then its help and links.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::definitions::{Link, QuestionKind, Text};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::{Entry, Side, answers};
use crate::report::fields::Words;
use crate::sanitize;
use crate::tui::app::{App, Item, Pane};
use crate::tui::theme::Theme;
use crate::words;

/// Draws the detail of the item selected in the list that last had the focus.
pub fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let strings = app.strings();
    let block = super::lists::framed(strings.pane_detail, area.width, app.theme.pane(false));
    let lines = match app.selected_item() {
        Some(item) => item_lines(app, item, Shape::pane(area.width.saturating_sub(2))),
        None if app.ui.detail == Pane::Questions => vec![Line::raw(strings.no_questions)],
        None => Vec::new(),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

/// How much of an item to write, and how spaced.
#[derive(Debug, Clone, Copy)]
pub(in crate::tui) struct Shape {
    /// Its help text and links, after what was answered and noted.
    pub help: bool,
    /// A blank line between the parts.
    pub roomy: bool,
    /// The columns its lines are wrapped to: a link's address longer than that is shortened.
    pub width: u16,
}

impl Shape {
    /// The detail pane's, `width` columns inside its border: everything, tight.
    pub fn pane(width: u16) -> Shape {
        Shape {
            help: true,
            roomy: false,
            width,
        }
    }
}

/// The lines of `item`: its title, its status or answer, both notes, then (if `shape` says so)
/// its help and links.
pub(in crate::tui) fn item_lines(app: &App<'_>, item: Item, shape: Shape) -> Vec<Line<'static>> {
    let mut out = DetailWriter {
        lang: app.lang,
        colon: app.strings().colon,
        theme: app.theme,
        shape,
        lines: Vec::new(),
    };
    match item {
        Item::Criterion(index) => criterion_lines(app, index, &mut out),
        Item::Question(index) => question_lines(app, index, &mut out),
    }
    out.lines
}

/// Lines of text in the detail pane.
struct DetailWriter {
    lang: Lang,
    colon: &'static str,
    theme: Theme,
    shape: Shape,
    lines: Vec<Line<'static>>,
}

impl DetailWriter {
    /// A blank line between parts, when roomy.
    fn gap(&mut self) {
        if self.shape.roomy && self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::raw(""));
        }
    }

    /// The help text and the links, if the shape has them.
    fn help(&mut self, text: Option<&Text>, links: &[Link]) {
        if !self.shape.help {
            return;
        }
        self.gap();
        self.text(text);
        self.gap();
        self.links(links);
    }

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
        let width = usize::from(self.shape.width);
        for link in links {
            for line in super::links::link_lines(link, self.lang, width, "↗ ", "  ") {
                self.lines.push(Line::styled(line, self.theme.dim()));
            }
        }
    }

    /// « saisi par la service team pendant l'entretien du 2 décembre 2026 », dim, for a record
    /// entered during a joint session.
    fn entered(&mut self, entry: Option<Entry>, strings: &Strings) {
        let Some(entry) = entry else {
            return;
        };
        let template = match entry.side {
            Side::ProjectTeam => strings.report_entered_by_project_team,
            Side::ServiceTeam => strings.report_entered_by_service_team,
        };
        let text = fill(template, &[&words::date(self.lang, entry.date)]);
        self.lines.push(Line::styled(text, self.theme.dim()));
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

fn criterion_lines(app: &App<'_>, index: usize, out: &mut DetailWriter) {
    let stage = app.stage();
    let Some(criterion) = stage.criteria.get(index) else {
        return;
    };
    let strings = app.strings();
    let record = app.plan.criterion(&stage.id, &criterion.id);
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
    out.gap();
    out.labelled(strings.note, &record.note);
    out.labelled(strings.interviewer_note, &record.interviewer_note);
    out.entered(record.entry(), strings);
    conflict_lines(app, out, &criterion.id);
    out.help(criterion.help.as_ref(), &criterion.links);
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

fn question_lines(app: &App<'_>, index: usize, out: &mut DetailWriter) {
    let Some(question) = app.question(index) else {
        return;
    };
    let strings = app.strings();
    let q = question.question;
    let mut kind = format!(" ({}", kind_label(strings, q.kind));
    if q.optional {
        kind.push_str(&format!(", {}", strings.optional));
    }
    kind.push(')');
    out.title(
        q.label.get(app.lang),
        vec![Span::styled(kind, app.theme.dim())],
    );
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
        out.gap();
        out.labelled(strings.note, &record.note);
        out.labelled(strings.interviewer_note, &record.interviewer_note);
        out.entered(record.entry(), strings);
    }
    conflict_lines(app, out, &q.id);
    out.help(q.help.as_ref(), &q.links);
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
