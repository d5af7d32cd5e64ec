//! The review list (`l`): every criterion and question of the stage with its answer in full and
//! both notes, wrapped, filtered by `f` (everything, unanswered, ko, with notes). The highlighted
//! item is the main screen's selection: Enter, Space and the note keys work on it as there.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{cycle, step_within};
use crate::i18n::Strings;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Item, Pane, View};
use crate::tui::ui::detail::{Shape, item_lines};

/// Which items the review list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReviewFilter {
    /// Every item.
    #[default]
    All,
    /// Criteria still to assess, questions without an answer.
    Unanswered,
    /// Criteria assessed ko.
    Ko,
    /// Items with the team's note or the interviewer's.
    WithNotes,
}

impl ReviewFilter {
    /// The filters, in the order `f` goes through them.
    const ALL: [ReviewFilter; 4] = [
        ReviewFilter::All,
        ReviewFilter::Unanswered,
        ReviewFilter::Ko,
        ReviewFilter::WithNotes,
    ];

    /// The filter after this one.
    fn next(self) -> ReviewFilter {
        let at = Self::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Self::ALL[cycle(at, Self::ALL.len(), 1)]
    }

    /// Its name, as the list's title shows it.
    pub fn label(self, strings: &Strings) -> &'static str {
        match self {
            ReviewFilter::All => strings.review_filter_all,
            ReviewFilter::Unanswered => strings.review_filter_unanswered,
            ReviewFilter::Ko => strings.review_filter_ko,
            ReviewFilter::WithNotes => strings.review_filter_notes,
        }
    }
}

impl App<'_> {
    /// Shows the review list, on the selected item.
    pub(in crate::tui) fn open_review(&mut self) {
        if self.ui.focus == Pane::Sheet {
            self.ui.focus = self.ui.detail;
        }
        self.ui.drawn.review_offset = 0;
        self.ui.view = View::Review;
    }

    /// The stage's items the filter keeps.
    pub fn review_items(&self) -> Vec<Item> {
        let keep = |item: &Item| match self.ui.review_filter {
            ReviewFilter::All => true,
            ReviewFilter::Unanswered => self.is_unanswered(*item),
            ReviewFilter::Ko => self.is_ko(*item),
            ReviewFilter::WithNotes => self.has_notes(*item),
        };
        self.stage_items().into_iter().filter(keep).collect()
    }

    /// An action in the review list: ↑ ↓ move, f changes the filter, Esc and l go back; anything
    /// else is the main screen's action on the highlighted item.
    pub(in crate::tui) fn review_action(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Move(step) => self.review_move(step),
            Action::First => self.review_move(isize::MIN / 2),
            Action::Last => self.review_move(isize::MAX / 2),
            Action::Filter => {
                self.ui.review_filter = self.ui.review_filter.next();
                self.ui.drawn.review_offset = 0;
                self.review_move(0);
            }
            Action::Close | Action::Review => self.ui.view = View::Panes,
            action => return self.update(action),
        }
        None
    }

    /// Highlights the item `step` places from the highlighted one among those shown (the first
    /// one when the highlighted item is filtered out).
    fn review_move(&mut self, step: isize) {
        let items = self.review_items();
        let at = self
            .selected_item()
            .and_then(|item| items.iter().position(|i| *i == item));
        let next = match at {
            Some(at) => step_within(at, items.len(), step),
            None => step_within(0, items.len(), step.min(0)),
        };
        if let Some(item) = items.get(next) {
            self.select(*item);
        }
    }
}

/// Draws the list in `area`; returns the first item shown (scrolled to keep the highlighted one
/// whole in view).
pub(in crate::tui) fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) -> usize {
    let strings = app.strings();
    let title = format!(
        " {} · {}{}{} ",
        strings.review_title,
        strings.review_filter,
        strings.colon,
        app.ui.review_filter.label(strings)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.pane(true))
        .title(Span::styled(title, app.theme.pane(true)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let items = app.review_items();
    if items.is_empty() {
        frame.render_widget(Paragraph::new(strings.review_empty), inner);
        return 0;
    }
    let selected = app.selected_item();
    let at = selected.and_then(|item| items.iter().position(|i| *i == item));
    // Only the items on screen are laid out: a stage of thousands costs no more than one of ten.
    let paragraph = |index: usize| item_paragraph(app, items[index], Some(index) == at);
    let height_of = |index: usize| paragraph(index).line_count(inner.width);
    let offset = scroll_to(
        app.ui.drawn.review_offset,
        at,
        items.len(),
        height_of,
        inner.height.into(),
    );
    let mut y = inner.y;
    for index in offset..items.len() {
        let room = inner.bottom().saturating_sub(y);
        if room == 0 {
            break;
        }
        let paragraph = paragraph(index);
        let height = paragraph.line_count(inner.width);
        let height = u16::try_from(height).unwrap_or(u16::MAX).min(room);
        frame.render_widget(paragraph, Rect { y, height, ..inner });
        y = y.saturating_add(height);
    }
    offset
}

/// One item of the list: a mark, then what was answered and noted, indented, and a blank line.
fn item_paragraph(app: &App<'_>, item: Item, highlighted: bool) -> Paragraph<'static> {
    let listed = Shape {
        help: false,
        roomy: false,
        width: 0,
    };
    let mut lines: Vec<Line<'static>> = item_lines(app, item, listed)
        .into_iter()
        .enumerate()
        .map(|(index, mut line)| {
            let lead = match (index, highlighted) {
                (0, true) => "▶ ",
                _ => "  ",
            };
            line.spans.insert(0, Span::raw(lead));
            if highlighted {
                line = line.patch_style(app.theme.selected(true));
            }
            line
        })
        .collect();
    lines.push(Line::raw(""));
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

/// The first item to show, from `previous`, so that the item `at` (of `count`, whose heights
/// `height_of` gives) is whole in `height` lines when it can be; only the items between the two
/// are measured.
fn scroll_to(
    previous: usize,
    at: Option<usize>,
    count: usize,
    height_of: impl Fn(usize) -> usize,
    height: usize,
) -> usize {
    let Some(at) = at else {
        return previous.min(count.saturating_sub(1));
    };
    if at <= previous {
        return at;
    }
    // Back from the highlighted item, as far as the lines allow, never above `previous`.
    let mut offset = at;
    let mut used = height_of(at);
    while offset > previous {
        used += height_of(offset - 1);
        if used > height {
            break;
        }
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highlighted_item_stays_in_view() {
        let scroll = |previous, at, heights: &[usize], height| {
            scroll_to(previous, at, heights.len(), |i| heights[i], height)
        };
        assert_eq!(scroll(0, Some(3), &[4, 4, 4, 4], 8), 2);
        assert_eq!(scroll(3, Some(1), &[4, 4, 4, 4], 8), 1);
        assert_eq!(scroll(0, Some(1), &[4, 4, 4, 4], 8), 0);
        assert_eq!(scroll(0, Some(1), &[4, 20], 8), 1, "a tall item at the top");
        assert_eq!(scroll(5, None, &[4, 4], 8), 1);
    }

    #[test]
    fn f_goes_through_every_filter_and_back() {
        let mut filter = ReviewFilter::All;
        for _ in 0..ReviewFilter::ALL.len() {
            filter = filter.next();
        }
        assert_eq!(filter, ReviewFilter::All);
    }
}
