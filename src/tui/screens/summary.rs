//! The summary window, « vue d'ensemble »: per stage its decisions, a readiness bar and what blocks
//! its go, then what comes next. ↑/↓ move between the blockers, PgUp/PgDn scroll, Enter goes to the
//! selected blocker on the main screen, Esc, v and q close.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

mod rows;

pub use rows::{SummaryRow, Target, readiness_bar, rows};

use super::{Next, step_within};
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Pane};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// The summary window: its rows and where they fall once wrapped, kept between frames, the
/// selected blocker and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Rank of the selected row among the rows Enter goes from.
    pub selected: usize,
    /// Wrapped lines scrolled past.
    pub scroll: usize,
    /// The rows, built when the window opens: nothing in it changes the plan, and Enter closes it.
    rows: Vec<SummaryRow>,
    /// The rows wrapped to the window's size as keys last saw it.
    placed: Placed,
}

/// The rows once wrapped to the window's width: where each row Enter goes from starts and how tall
/// it is, the lines in all, and the lines the window shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placed {
    /// Columns the rows were wrapped to.
    pub width: u16,
    /// Height of each row, in order.
    pub heights: Vec<usize>,
    /// First line and height of each row Enter goes from, in order.
    pub targets: Vec<(usize, usize)>,
    /// Wrapped lines in all.
    pub total: usize,
    /// Lines the window shows.
    pub view: usize,
}

impl Placed {
    /// `rows` wrapped to `width` columns in a window of `view` lines.
    pub fn of(rows: &[SummaryRow], width: u16, view: u16) -> Self {
        let mut placed = Placed {
            width,
            view: usize::from(view),
            ..Placed::default()
        };
        for row in rows {
            let height = row_height(row, width);
            placed.heights.push(height);
            if row.target.is_some() {
                placed.targets.push((placed.total, height));
            }
            placed.total += height;
        }
        placed
    }

    /// True when these are the rows wrapped for a window of `width` columns and `view` lines.
    fn fits(&self, width: u16, view: u16) -> bool {
        (self.width, self.view) == (width, usize::from(view))
    }

    /// The most the window can scroll.
    pub fn max_scroll(&self) -> usize {
        self.total.saturating_sub(self.view)
    }

    /// True when the first line of the selectable row `rank` shows at `scroll`.
    fn shows(&self, rank: usize, scroll: usize) -> bool {
        self.targets
            .get(rank)
            .is_some_and(|(line, _)| *line >= scroll && *line < scroll + self.view)
    }
}

/// The margin's width of `row`, within `width` columns.
fn margin_width(row: &SummaryRow, width: u16) -> u16 {
    u16::try_from(row.margin.width())
        .unwrap_or(u16::MAX)
        .min(width)
}

/// The lines `row` takes once wrapped beside its margin in `width` columns (at least one).
fn row_height(row: &SummaryRow, width: u16) -> usize {
    Paragraph::new(row.line.clone())
        .wrap(Wrap { trim: false })
        .line_count(width - margin_width(row, width))
        .max(1)
}

/// Enter on a blocker: go to it on the main screen.
pub(in crate::tui) struct GoTo(Target);

impl Summary {
    /// The window over the app's plan, its rows built once and wrapped to the size the window had
    /// when last drawn.
    pub(in crate::tui) fn open(app: &App<'_>) -> Self {
        let rows = rows(app);
        let (width, view) = app.ui.drawn.summary_view;
        Summary {
            placed: Placed::of(&rows, width, view),
            rows,
            ..Summary::default()
        }
    }

    /// The rows as wrapped for the last key.
    pub fn placed(&self) -> &Placed {
        &self.placed
    }

    /// A key in the window, whose inner size was `(width, view)` at the last frame.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        (width, view): (u16, u16),
    ) -> Next<GoTo> {
        let Resolved::Action(action) = resolved else {
            return Next::Stay;
        };
        if !self.placed.fits(width, view) {
            self.placed = Placed::of(&self.rows, width, view);
        }
        let count = self.placed.targets.len();
        match action {
            // With nothing to select, the arrows scroll.
            Action::Move(step) | Action::Page(step) if count == 0 => self.page(step),
            Action::Move(step) => {
                self.selected = step_within(self.selected, count, step);
                self.reveal();
            }
            Action::Page(step) => self.page(step),
            Action::First => (self.selected, self.scroll) = (0, 0),
            Action::Last => {
                self.selected = count.saturating_sub(1);
                self.scroll = self.placed.max_scroll();
            }
            Action::Confirm if count > 0 => {
                let selected = self.selected.min(count - 1);
                let mut targets = self.rows.iter().filter_map(|row| row.target);
                return targets
                    .nth(selected)
                    .map_or(Next::Stay, |t| Next::Ask(GoTo(t)));
            }
            Action::Close => return Next::Close(None),
            Action::Quit => return Next::Quit,
            _ => {}
        }
        Next::Stay
    }

    /// Scrolls by `step` lines; a selection scrolled out of sight moves to the first row shown
    /// (the last, going up).
    fn page(&mut self, step: isize) {
        let placed = &self.placed;
        let scroll = self.scroll.saturating_add_signed(step);
        self.scroll = scroll.min(placed.max_scroll());
        if !placed.shows(self.selected, self.scroll) {
            let count = placed.targets.len();
            let mut shown = (0..count).filter(|rank| placed.shows(*rank, self.scroll));
            let pick = if step > 0 {
                shown.next()
            } else {
                shown.next_back()
            };
            self.selected = pick.unwrap_or(self.selected);
        }
    }

    /// Scrolls as little as possible for the selected row to show whole.
    fn reveal(&mut self) {
        let placed = &self.placed;
        let Some(&(line, height)) = placed.targets.get(self.selected) else {
            return;
        };
        if line < self.scroll {
            self.scroll = line;
        } else if line + height > self.scroll + placed.view {
            self.scroll = (line + height).saturating_sub(placed.view).min(line);
        }
        self.scroll = self.scroll.min(placed.max_scroll());
    }
}

impl App<'_> {
    /// Closes the summary and shows the blocker Enter was pressed on: its stage, pane and item.
    pub(in crate::tui) fn go_to_blocker(&mut self, GoTo(target): GoTo) -> Option<Effect> {
        self.close();
        let (stage, pane, index) = match target {
            Target::Criterion { stage, index } => (stage, Pane::Criteria, index),
            Target::Question { stage, index } => (stage, Pane::Questions, index),
        };
        self.go_to_stage(stage);
        self.ui.focus = pane;
        self.ui.detail = pane;
        match pane {
            Pane::Questions => self.ui.question[stage] = index,
            _ => self.ui.criterion[stage] = index,
        }
        None
    }
}

/// Draws the summary over `area`; returns the window's inner size, for the next keys.
pub(in crate::tui) fn render(
    app: &App<'_>,
    summary: &Summary,
    frame: &mut Frame<'_>,
    area: Rect,
) -> (u16, u16) {
    let s = app.strings();
    let width = area.width.saturating_sub(4).min(120);
    let inner = popups::window(frame, area, width, area.height, s.summary_title, app.theme);
    let rows = &summary.rows;
    let placed = match summary.placed.fits(inner.width, inner.height) {
        true => Cow::Borrowed(&summary.placed),
        // The window was resized since the last key: wrapped for this frame only.
        false => Cow::Owned(Placed::of(rows, inner.width, inner.height)),
    };
    let scroll = summary.scroll.min(placed.max_scroll());
    let selected = summary.selected.min(placed.targets.len().saturating_sub(1));
    let (mut line, mut rank) = (0, 0);
    for (row, &height) in rows.iter().zip(&placed.heights) {
        let is_selected = row.target.is_some() && rank == selected;
        rank += usize::from(row.target.is_some());
        let (top, bottom) = (line.max(scroll), (line + height).min(scroll + placed.view));
        if top < bottom {
            let y = inner.y + (top - scroll) as u16;
            let area = Rect {
                y,
                height: (bottom - top) as u16,
                ..inner
            };
            render_row(app, row, is_selected, top - line, frame, area);
        }
        line += height;
    }
    if placed.max_scroll() > 0 {
        let lines = (scroll, placed.view, placed.total);
        popups::scroll_position(frame, inner, lines, s, app.theme);
    }
    (inner.width, inner.height)
}

/// Draws `row` in `area`, its first `skipped` lines scrolled past; the selected row is reversed,
/// with a `▸` in its margin so that the selection shows without colour too.
fn render_row(
    app: &App<'_>,
    row: &SummaryRow,
    selected: bool,
    skipped: usize,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let margin = margin_width(row, area.width);
    if skipped == 0 {
        let text = match row.margin.strip_prefix("  ") {
            Some(rest) if selected => format!("▸ {rest}"),
            _ => row.margin.clone(),
        };
        frame.render_widget(Paragraph::new(text), Rect { height: 1, ..area });
    }
    let text = Rect {
        x: area.x + margin,
        width: area.width - margin,
        ..area
    };
    frame.render_widget(
        Paragraph::new(row.line.clone())
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(skipped).unwrap_or(u16::MAX), 0)),
        text,
    );
    if selected {
        frame.buffer_mut().set_style(area, app.theme.selected(true));
    }
}
