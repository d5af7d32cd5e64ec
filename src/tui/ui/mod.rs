//! Drawing: a function of the app state that only reads it. What the frame laid out and the next
//! keys depend on (list offsets, the sheet's scroll limit and wrapped height) is returned as a
//! [`Drawn`], which [`draw`] stores in the state once the frame is on screen.

pub(in crate::tui) mod detail;
pub(in crate::tui) mod footer;
mod header;
pub(in crate::tui) mod links;
pub(in crate::tui) mod lists;
pub(in crate::tui) mod popups;
pub(in crate::tui) mod sheet;
pub(in crate::tui) mod tabs;

pub use detail::status_label;

use ratatui::backend::Backend;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::{Frame, Terminal};

use super::app::{App, Drawn, Mode, View};
use super::screens::{
    choice, confirm, conflict, decision, editor, help, member, notice, presenter, resources,
    review, session, session_end, setup, summary, team,
};
use crate::i18n::fill;

/// The smallest terminal the wizard lays out; below it, a message asks to enlarge it.
pub const MIN_WIDTH: u16 = 80;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 24;

/// Draws the screen on `terminal`, then keeps what the frame laid out for the next keys.
pub fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &mut App<'_>) -> Result<(), B::Error> {
    let mut drawn = app.ui.drawn;
    terminal.draw(|frame| drawn = render(app, frame))?;
    app.ui.drawn = drawn;
    Ok(())
}

/// Draws the whole screen and returns what it laid out, starting from what the last frame did.
#[must_use = "the next keys need what the frame laid out: store it in `app.ui.drawn`"]
pub fn render(app: &App<'_>, frame: &mut Frame<'_>) -> Drawn {
    let mut drawn = app.ui.drawn;
    let area = frame.area();
    drawn.width = area.width;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(app, frame, area);
        return drawn;
    }
    let keys = footer::key_lines(app, area.width);
    let [header_area, tabs_area, body, message_area, footer_area] =
        area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(keys.len() as u16),
        ]));
    header::render(app, frame, header_area);
    match &app.mode {
        Mode::Setup(form) => setup::render(app, form, frame, tabs_area.union(body)),
        Mode::Resources => resources::render(
            app,
            &mut drawn.resources_offset,
            frame,
            tabs_area.union(body),
        ),
        Mode::Team | Mode::Member(_) | Mode::RemoveMember(_) => {
            team::render(app, frame, tabs_area.union(body))
        }
        _ => match app.ui.view {
            View::Panes => {
                tabs::render(app, frame, tabs_area);
                render_body(app, &mut drawn, frame, body);
            }
            View::Presenter => {
                drawn.presenter_max_scroll = presenter::render(app, frame, tabs_area.union(body));
            }
            View::Review => drawn.review_offset = review::render(app, frame, tabs_area.union(body)),
        },
    }
    footer::render_message(app, frame, message_area);
    footer::render_keys(keys, frame, footer_area);
    render_window(app, &mut drawn, frame, area);
    drawn
}

/// Draws the window open over the main screen, if any.
fn render_window(app: &App<'_>, drawn: &mut Drawn, frame: &mut Frame<'_>, area: Rect) {
    match &app.mode {
        Mode::Editing(open) => editor::render(app, open, frame, area),
        Mode::Choosing(list) => choice::render(app, list, frame, area),
        Mode::Resolving(open) => conflict::render(app, open, frame, area),
        Mode::Deciding(form) => decision::render(app, form, frame, area),
        Mode::Session(form) => session::render(app, form, frame, area),
        Mode::EndingSession(form) => session_end::render(app, form, frame, area),
        Mode::Help(shown) => drawn.help_max_scroll = help::render(app, shown, frame, area),
        Mode::Summary(shown) => drawn.summary_view = summary::render(app, shown, frame, area),
        Mode::ConfirmQuit(risk) => confirm::render(app, *risk, frame, area),
        Mode::Notice(shown) => notice::render(app, shown, frame, area),
        Mode::Member(form) => member::render(app, form, frame, area),
        Mode::RemoveMember(index) => member::render_remove(app, *index, frame, area),
        Mode::Normal | Mode::Setup(_) | Mode::Resources | Mode::Team => {}
    }
}

fn render_body(app: &App<'_>, drawn: &mut Drawn, frame: &mut Frame<'_>, body: Rect) {
    let [left, right] = body.layout(&Layout::horizontal([
        Constraint::Percentage(42),
        Constraint::Percentage(58),
    ]));
    sheet::render(app, drawn, frame, left);
    let detail_height = (body.height * 2 / 5).max(6);
    let has_questions = app.rows[app.ui.stage].questions.item_count() > 0;
    if has_questions {
        let [criteria, questions, detail] = right.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Length(detail_height),
        ]));
        lists::render_criteria(app, &mut drawn.criteria_offset, frame, criteria);
        lists::render_questions(app, &mut drawn.questions_offset, frame, questions);
        detail::render(app, frame, detail);
    } else {
        let [criteria, detail] = right.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(detail_height),
        ]));
        lists::render_criteria(app, &mut drawn.criteria_offset, frame, criteria);
        detail::render(app, frame, detail);
    }
}

fn render_too_small(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let text = fill(
        app.strings().too_small,
        &[&MIN_WIDTH, &MIN_HEIGHT, &area.width, &area.height],
    );
    let paragraph =
        Paragraph::new(Line::from(text).style(app.theme.error())).wrap(Wrap { trim: true });
    let height = paragraph.line_count(area.width).min(area.height as usize) as u16;
    let y = area.y + area.height.saturating_sub(height) / 2;
    frame.render_widget(paragraph.centered(), Rect { y, height, ..area });
}
