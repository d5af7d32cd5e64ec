//! The window that ends the joint session in progress: the minutes, the action items (what, who,
//! by when) and the date of the next meeting. Ctrl-S (Enter outside the minutes) records them and
//! the session's end; Esc leaves the session in progress, what was typed kept for the next time.

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use super::{Next, step_field};
use crate::i18n::{Strings, fill};
use crate::plan::{ActionItem, Change, Session};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::{Field, Resolved};
use crate::tui::ui::popups;

/// A place the focus can be in the end window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndField {
    /// The minutes.
    Minutes,
    /// What the action item of this index is.
    What(usize),
    /// Who does it.
    Who(usize),
    /// By when.
    Due(usize),
    /// The next meeting's date.
    Next,
}

/// One action item, as the window edits it.
pub struct ActionRow {
    /// What is to be done.
    pub what: TextField,
    /// Who does it.
    pub who: TextField,
    /// By when, as typed.
    pub due: TextField,
}

/// The end window.
pub struct EndForm {
    /// The minutes, several lines.
    pub minutes: TextField,
    /// The action items.
    pub actions: Vec<ActionRow>,
    /// The next meeting's date, as typed.
    pub next: TextField,
    /// The focused field.
    pub field: EndField,
    /// Why the end was refused.
    pub error: Option<String>,
    /// Quit once the session is ended (it was asked on quitting).
    pub quit: bool,
}

/// A date as the window shows it: `YYYY-MM-DD`, or nothing.
fn date_text(date: Option<Date>) -> String {
    date.map_or_else(String::new, |d| d.to_string())
}

/// A date typed in the window: nothing, or `YYYY-MM-DD`.
fn read_date(field: &TextField, strings: &Strings) -> Result<Option<Date>, String> {
    let text = field.text();
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|_| fill(strings.session_bad_date, &[&sanitize::line(text)]))
}

impl EndForm {
    /// The window over `session`, filled with what it holds already.
    pub fn new(session: &Session) -> Self {
        let actions = session
            .actions
            .iter()
            .map(|a| ActionRow {
                what: TextField::new(&a.what, false),
                who: TextField::new(&a.who, false),
                due: TextField::new(&date_text(a.due), false),
            })
            .collect();
        let mut form = EndForm {
            minutes: TextField::new(&session.minutes, true),
            actions,
            next: TextField::new(&date_text(session.next_meeting), false),
            field: EndField::Minutes,
            error: None,
            quit: false,
        };
        form.focus_text();
        form
    }

    fn order(&self) -> Vec<EndField> {
        let mut order = vec![EndField::Minutes];
        for row in 0..self.actions.len() {
            order.extend([EndField::What(row), EndField::Who(row), EndField::Due(row)]);
        }
        order.push(EndField::Next);
        order
    }

    /// Moves the focus by `step` fields, wrapping around.
    pub fn move_field(&mut self, step: isize) {
        self.field = step_field(&self.order(), self.field, step);
        self.focus_text();
    }

    fn focus_text(&mut self) {
        let field = self.field;
        self.minutes.set_focused(field == EndField::Minutes);
        self.next.set_focused(field == EndField::Next);
        for (row, a) in self.actions.iter_mut().enumerate() {
            a.what.set_focused(field == EndField::What(row));
            a.who.set_focused(field == EndField::Who(row));
            a.due.set_focused(field == EndField::Due(row));
        }
    }

    /// What kind of field has the focus, for the keys.
    pub fn field_kind(&self) -> Field {
        match self.field {
            EndField::Minutes => Field::Long,
            _ => Field::Line,
        }
    }

    /// The action item whose row has the focus, if any.
    pub fn focused_row(&self) -> Option<usize> {
        match self.field {
            EndField::What(row) | EndField::Who(row) | EndField::Due(row) => Some(row),
            EndField::Minutes | EndField::Next => None,
        }
    }

    /// Adds an action item after the last and focuses it.
    pub fn add_action(&mut self) {
        self.actions.push(ActionRow {
            what: TextField::new("", false),
            who: TextField::new("", false),
            due: TextField::new("", false),
        });
        self.field = EndField::What(self.actions.len() - 1);
        self.focus_text();
    }

    /// Removes the action item whose row has the focus.
    pub fn remove_action(&mut self) {
        let Some(row) = self.focused_row() else {
            return;
        };
        self.actions.remove(row);
        self.field = match self.actions.len() {
            0 => EndField::Minutes,
            len => EndField::What(row.min(len - 1)),
        };
        self.focus_text();
    }

    /// The focused text field.
    pub fn focused_text(&mut self) -> &mut TextField {
        match self.field {
            EndField::Minutes => &mut self.minutes,
            EndField::What(row) => &mut self.actions[row].what,
            EndField::Who(row) => &mut self.actions[row].who,
            EndField::Due(row) => &mut self.actions[row].due,
            EndField::Next => &mut self.next,
        }
    }

    /// `session` ended at `end` with what the window holds; a date that does not read says why.
    /// Action items with nothing to do are left out.
    pub fn ended(
        &self,
        session: &Session,
        end: jiff::civil::Time,
        strings: &Strings,
    ) -> Result<Session, String> {
        let mut actions = Vec::new();
        for row in &self.actions {
            let what = sanitize::typed(row.what.text().trim());
            let due = read_date(&row.due, strings)?;
            if !what.is_empty() {
                actions.push(ActionItem {
                    what,
                    who: sanitize::typed(row.who.text().trim()),
                    due,
                });
            }
        }
        let mut session = session.clone();
        session.end = Some(end);
        session.minutes = sanitize::typed(self.minutes.text().trim_end());
        session.actions = actions;
        session.next_meeting = read_date(&self.next, strings)?;
        Ok(session)
    }
}

/// What the end window asks of the wizard.
pub(in crate::tui) enum Ended {
    /// Close it, the session still in progress and what was typed kept; quit after Ctrl-C.
    Keep {
        /// Quit once it is closed.
        quit: bool,
    },
    /// Record the ended session.
    Record(Session),
}

impl EndForm {
    /// A key in the end window: Ctrl-S (Enter outside the minutes) ends the session, Ctrl-N and
    /// Ctrl-D add and remove action items, Esc leaves it in progress.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        ending: Option<(&Session, jiff::civil::Time)>,
        strings: &Strings,
    ) -> Next<Ended> {
        match resolved {
            Resolved::Action(Action::Close) => return Next::Ask(Ended::Keep { quit: false }),
            Resolved::Action(Action::Quit) => return Next::Ask(Ended::Keep { quit: true }),
            Resolved::Action(Action::Field(step)) => self.move_field(step),
            Resolved::Action(Action::AddRow) => self.add_action(),
            Resolved::Action(Action::RemoveRow) => self.remove_action(),
            Resolved::Action(Action::Confirm) => {
                let Some((session, end)) = ending else {
                    return Next::Ask(Ended::Keep { quit: false });
                };
                match self.ended(session, end, strings) {
                    Ok(session) => return Next::Ask(Ended::Record(session)),
                    Err(refusal) => self.error = Some(refusal),
                }
            }
            _ => {
                let result = self.focused_text().input(key);
                tell_overflow(result, &mut self.error, strings);
            }
        }
        Next::Stay
    }
}

impl App<'_> {
    /// Opens the window that ends the session in progress (its draft if one was left), then
    /// quits if `quit`.
    pub(in crate::tui) fn open_session_end(&mut self, quit: bool) {
        let Some(session) = self.plan.session_in_progress() else {
            return;
        };
        let mut form = self
            .ui
            .session_end_draft
            .take()
            .unwrap_or_else(|| EndForm::new(session));
        form.quit = quit;
        self.mode = Mode::EndingSession(form);
    }

    /// Closes the end window and does what it asked: keep it for later, or end the session.
    pub(in crate::tui) fn end_session(&mut self, ended: Ended) -> Option<Effect> {
        let closed = self.close();
        match ended {
            Ended::Keep { quit } => {
                if let Mode::EndingSession(form) = closed {
                    self.ui.session_end_draft = Some(form);
                }
                if quit {
                    return self.quit(false);
                }
                None
            }
            Ended::Record(session) => {
                let quit = matches!(closed, Mode::EndingSession(form) if form.quit);
                let mut sessions = self.plan.sessions.clone();
                sessions.pop();
                sessions.push(session);
                self.change(Change::Sessions(sessions));
                let effect = self.changed();
                self.inform(self.strings().session_ended.to_string(), false);
                if quit {
                    return self.quit(true).or(effect);
                }
                effect
            }
        }
    }
}

/// Draws the open end window.
pub(in crate::tui) fn render(app: &App<'_>, form: &EndForm, frame: &mut Frame<'_>, area: Rect) {
    let strings = app.strings();
    let theme = app.theme;
    let inner = popups::window(
        frame,
        area,
        area.width * 9 / 10,
        area.height * 4 / 5,
        strings.session_end_title,
        theme,
    );
    let action_rows = (form.actions.len().max(1) as u16).min(inner.height / 3);
    let [minutes_label, minutes, heading, rows, next, error] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(action_rows),
        Constraint::Length(1),
        Constraint::Length(if form.error.is_some() { 2 } else { 0 }),
    ]));
    let label_style = |focused: bool| match focused {
        true => theme.pane(true),
        false => theme.label(),
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("{}{}", strings.session_minutes, strings.colon.trim_end()),
            label_style(form.field == EndField::Minutes),
        )),
        minutes_label,
    );
    frame.render_widget(form.minutes.widget(), minutes);
    let heading_text = format!("{}{}", strings.session_actions, strings.colon.trim_end());
    let lines = popups::row_lines(
        frame,
        [heading, rows],
        (&heading_text, strings.session_no_actions),
        (form.actions.len(), form.focused_row()),
        theme,
    );
    for (index, line) in lines {
        let row = &form.actions[index];
        let [what, who, due] = line.layout(
            &Layout::horizontal([
                Constraint::Fill(3),
                Constraint::Fill(2),
                Constraint::Length(21),
            ])
            .spacing(1),
        );
        for (label, field, text, place) in [
            (strings.session_what, EndField::What(index), &row.what, what),
            (strings.session_who, EndField::Who(index), &row.who, who),
            (strings.session_due, EndField::Due(index), &row.due, due),
        ] {
            popups::render_labelled_field(
                label,
                text,
                form.field == field,
                theme,
                frame,
                place,
                strings.colon,
            );
        }
    }
    popups::render_labelled_field(
        strings.session_next,
        &form.next,
        form.field == EndField::Next,
        theme,
        frame,
        next,
        strings.colon,
    );
    popups::render_error(frame, error, form.error.as_ref(), theme);
}
