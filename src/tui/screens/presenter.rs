//! The presenter view (`p`): for the shared screen of a meeting room, one criterion or question of
//! the stage at a time, spaced out over the whole screen: its title, its status or answer in words,
//! both notes, then its help and links. ← → go through the stage's criteria then its questions; the
//! main screen's keys answer and edit the item shown, which is the main screen's selection.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::step_within;
use crate::i18n::fill;
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Item, Pane, View};
use crate::tui::ui::detail::{Shape, item_lines};

impl App<'_> {
    /// Shows the presenter view on the selected item (the first criterion when the sheet has the
    /// focus).
    pub(in crate::tui) fn open_presenter(&mut self) {
        if self.ui.focus == Pane::Sheet {
            self.ui.focus = self.ui.detail;
        }
        self.ui.presenter_scroll = 0;
        self.ui.view = View::Presenter;
    }

    /// An action in the presenter view: ← → change the item, ↑ ↓ scroll it, Esc and p go back;
    /// anything else is the main screen's action on the item shown.
    pub(in crate::tui) fn presenter_action(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Item(step) => self.step_item(step),
            Action::First => self.step_item(isize::MIN / 2),
            Action::Last => self.step_item(isize::MAX / 2),
            Action::Move(step) => {
                let max = self.ui.drawn.presenter_max_scroll;
                let next = self.ui.presenter_scroll.saturating_add_signed(step);
                self.ui.presenter_scroll = next.min(max);
            }
            Action::Close | Action::Presenter => self.ui.view = View::Panes,
            action => return self.update(action),
        }
        None
    }

    /// Selects the item `step` places from the selected one, criteria then questions, and shows
    /// it from its top.
    pub(in crate::tui) fn step_item(&mut self, step: isize) {
        let items = self.stage_items();
        let at = self
            .selected_item()
            .and_then(|item| items.iter().position(|i| *i == item))
            .unwrap_or(0);
        if let Some(item) = items.get(step_within(at, items.len(), step)) {
            self.select(*item);
        }
        self.ui.presenter_scroll = 0;
    }

    /// « critère 3 sur 9 », « question 2 sur 5 »: where the item stands in its list.
    fn position(&self, item: Item) -> String {
        let strings = self.strings();
        let (template, index, count) = match item {
            Item::Criterion(index) => (
                strings.presenter_criterion_of,
                index,
                self.stage().criteria.len(),
            ),
            Item::Question(index) => (
                strings.presenter_question_of,
                index,
                self.rows[self.ui.stage].questions.item_count(),
            ),
        };
        fill(template, &[&(index + 1), &count])
    }
}

/// Draws the view in `area`; returns the most it can scroll.
pub(in crate::tui) fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) -> usize {
    let strings = app.strings();
    let stage = app.stage();
    let title = fill(
        strings.pane_sheet,
        &[&stage.number, &sanitize::line(stage.title.get(app.lang))],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.pane(true))
        .title(Span::styled(
            format!(" {} · {title} ", strings.presenter_title),
            app.theme.pane(true),
        ))
        .padding(Padding::new(3, 3, 1, 0));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(item) = app.selected_item() else {
        frame.render_widget(Paragraph::new(strings.presenter_nothing), inner);
        return 0;
    };
    let [position, body] = inner.layout(&Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
    ]));
    frame.render_widget(
        Paragraph::new(Line::styled(app.position(item), app.theme.dim())).right_aligned(),
        position,
    );
    let roomy = Shape {
        help: true,
        roomy: true,
        width: body.width,
    };
    let paragraph = Paragraph::new(item_lines(app, item, roomy)).wrap(Wrap { trim: false });
    let height = paragraph.line_count(body.width);
    let max_scroll = height.saturating_sub(body.height.into());
    let scroll = app.ui.presenter_scroll.min(max_scroll);
    frame.render_widget(
        paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        body,
    );
    max_scroll
}
