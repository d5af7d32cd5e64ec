//! The criteria and questions lists: only the visible rows are built.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::definitions::QuestionKind;
use crate::plan::answers;
use crate::plan::{CriterionStatus, criterion_status};
use crate::sanitize;
use crate::tui::app::{App, Pane};
use crate::tui::rows::{Row, Rows, scroll_offset};

/// The mark of a criterion's status.
pub fn status_mark(status: CriterionStatus) -> &'static str {
    match status {
        CriterionStatus::Todo => "[ ]",
        CriterionStatus::Ok => "[✓]",
        CriterionStatus::Ko => "[✗]",
        CriterionStatus::Na => "[–]",
    }
}

/// Draws the criteria of the shown stage.
pub fn render_criteria(app: &App<'_>, offset: &mut usize, frame: &mut Frame<'_>, area: Rect) {
    let stage = app.stage();
    let progress = app.progress[app.ui.stage].criteria;
    let title = format!(
        " {} · {}/{} ",
        app.strings().pane_criteria,
        progress.settled(),
        progress.total
    );
    let focused = app.ui.focus == Pane::Criteria;
    let record = app.plan.stage(&stage.id);
    let draw_item = |index: usize| -> Line<'static> {
        let criterion = &stage.criteria[index];
        let status = criterion_status(record, &criterion.id);
        let blocking = if criterion.blocking {
            Span::styled("!", app.theme.error())
        } else {
            Span::raw(" ")
        };
        Line::from(vec![
            Span::styled(status_mark(status), app.theme.status(status)),
            blocking,
            conflict_mark(app, &criterion.id),
            Span::raw(sanitize::line(criterion.title.get(app.lang)).into_owned()),
        ])
    };
    let list = ListView {
        app,
        rows: &app.rows[app.ui.stage].criteria,
        selected: app.ui.criterion[app.ui.stage],
        offset,
        focused,
        title,
    };
    list.render(frame, area, draw_item);
}

/// Draws the questions of the shown stage.
pub fn render_questions(app: &App<'_>, offset: &mut usize, frame: &mut Frame<'_>, area: Rect) {
    let stage = app.stage();
    let progress = app.progress[app.ui.stage];
    let title = format!(
        " {} · {}/{} ",
        app.strings().pane_questions,
        progress.questions_answered,
        progress.questions_total
    );
    let focused = app.ui.focus == Pane::Questions;
    let draw_item = |index: usize| -> Line<'static> {
        let Some(question) = app.question(index) else {
            return Line::raw("");
        };
        let record = app.plan.answer(&stage.id, &question.question.id);
        let answered = record.is_some_and(|a| a.is_answered());
        let mark = if answered { "●" } else { "○" };
        let mut spans = vec![
            Span::styled(
                mark,
                if answered {
                    app.theme.info()
                } else {
                    Style::default()
                },
            ),
            Span::raw(" "),
            conflict_mark(app, &question.question.id),
            Span::raw(sanitize::line(question.question.label.get(app.lang)).into_owned()),
        ];
        if question.question.optional {
            spans.push(Span::styled(
                format!(" ({})", app.strings().optional),
                app.theme.dim(),
            ));
        }
        if let Some(value) = record.and_then(|r| r.value.as_ref())
            && answered
            && question.question.kind != QuestionKind::LongText
        {
            let shown = answers::display(question.question, value, app.lang);
            spans.push(Span::styled(
                format!(" — {}", sanitize::line(&shown)),
                app.theme.dim(),
            ));
        }
        Line::from(spans)
    };
    let list = ListView {
        app,
        rows: &app.rows[app.ui.stage].questions,
        selected: app.ui.question[app.ui.stage],
        offset,
        focused,
        title,
    };
    list.render(frame, area, draw_item);
}

/// « conflit » before an item of the shown stage a merge left in conflict (nothing otherwise).
fn conflict_mark(app: &App<'_>, id: &str) -> Span<'static> {
    if app.plan.conflicts_on(&app.stage().id, id).next().is_none() {
        return Span::raw("");
    }
    Span::styled(
        format!("{} ", app.strings().conflict_mark),
        app.theme.error(),
    )
}

/// A bordered list drawn row by row, scrolled to keep the selection visible.
struct ListView<'a, 'd> {
    app: &'a App<'d>,
    rows: &'a Rows<'d>,
    selected: usize,
    offset: &'a mut usize,
    focused: bool,
    title: String,
}

impl ListView<'_, '_> {
    fn render(self, frame: &mut Frame<'_>, area: Rect, draw_item: impl Fn(usize) -> Line<'static>) {
        let theme = self.app.theme;
        let block = framed(self.title.trim(), area.width, theme.pane(self.focused));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let height = inner.height as usize;
        let selected_row = self.rows.item_row.get(self.selected).copied().unwrap_or(0);
        let offset = scroll_offset(*self.offset, selected_row, height, self.rows.rows.len());
        *self.offset = offset;
        let buffer: &mut Buffer = frame.buffer_mut();
        for (y, row) in self.rows.rows.iter().skip(offset).take(height).enumerate() {
            let line_area = Rect {
                y: inner.y + y as u16,
                height: 1,
                ..inner
            };
            match row {
                Row::Heading(text) => {
                    let heading = sanitize::line(text.get(self.app.lang)).into_owned();
                    Line::styled(heading, theme.heading()).render(line_area, buffer);
                }
                Row::Item(index) => {
                    let line = ellipsize(draw_item(*index), line_area.width as usize);
                    if *index == self.selected {
                        buffer.set_style(line_area, theme.selected(self.focused));
                    }
                    line.render(line_area, buffer);
                }
            }
        }
    }
}

/// A bordered pane of `width` columns titled ` title `, the title ending with "…" when it does not fit.
pub(in crate::tui) fn framed(title: &str, width: u16, style: Style) -> Block<'static> {
    let room = usize::from(width.saturating_sub(2));
    let title = ellipsize(Line::from(format!(" {title} ")), room);
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(title.style(style))
}

/// Shortens a line to `width` columns, ending it with "…" when something was cut.
pub(in crate::tui) fn ellipsize(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width || width == 0 {
        return line;
    }
    let mut spans = Vec::new();
    let mut room = width - 1;
    for span in line.spans {
        let kept: String = span
            .content
            .chars()
            .scan(0, |used, c| {
                *used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                (*used <= room).then_some(c)
            })
            .collect();
        room -= Line::raw(kept.as_str()).width();
        let cut = kept.len() < span.content.len();
        spans.push(Span::styled(kept, span.style));
        if cut {
            break;
        }
    }
    spans.push(Span::raw("…"));
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_end_with_an_ellipsis() {
        let line = Line::from(vec![
            Span::raw("[ ] "),
            Span::raw("Organisation de rattachement"),
        ]);
        assert_eq!(ellipsize(line.clone(), 12).to_string(), "[ ] Organis…");
        assert_eq!(ellipsize(line.clone(), 40).to_string(), line.to_string());
        assert_eq!(ellipsize(Line::raw("étéétéété"), 5).to_string(), "étéé…");
    }

    #[test]
    fn a_pane_title_too_long_for_its_border_ends_with_an_ellipsis() {
        let area = Rect::new(0, 0, 16, 3);
        let mut buffer = Buffer::empty(area);
        framed("Étape 1 — Juger de l'opportunité", 16, Style::default()).render(area, &mut buffer);
        let top: String = (0..16)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(top, "┌ Étape 1 — Ju…┐");
    }
}
