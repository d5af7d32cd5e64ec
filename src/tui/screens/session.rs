//! The window of a joint session with the service team: it starts one (kind, date, start time,
//! participants, who is typing) or edits the one in progress, from which the session is ended.
//! Enter records it, Esc leaves the session as it was.

use jiff::civil::{Date, Time};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use super::{Next, cycle, step_field};
use crate::i18n::{Strings, fill};
use crate::plan::{Change, Participant, Session, SessionKind, Side};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::{Field, Resolved};
use crate::tui::ui::popups;

/// A place the focus can be in the session window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionField {
    /// The kind of session.
    Kind,
    /// Its day.
    Date,
    /// Its start time.
    Start,
    /// Who is typing.
    Typing,
    /// The name of the participant of this index.
    Name(usize),
    /// Their side.
    Side(usize),
    /// Their role.
    Role(usize),
}

/// One participant, as the window edits them.
pub struct ParticipantRow {
    /// Name.
    pub name: TextField,
    /// Index into [`Side::ALL`].
    pub side: usize,
    /// Role, in their own words.
    pub role: TextField,
}

/// The session window: a new session, or the one in progress.
pub struct SessionForm {
    /// Index into [`SessionKind::JOINT`].
    pub kind: usize,
    /// The day, as typed.
    pub date: TextField,
    /// The start time, as typed.
    pub start: TextField,
    /// Who is typing: index into [`Side::ALL`].
    pub typing: usize,
    /// The participants.
    pub participants: Vec<ParticipantRow>,
    /// The focused field.
    pub field: SessionField,
    /// It edits the session in progress (rather than starting one).
    pub in_progress: bool,
    /// Why the session was refused.
    pub error: Option<String>,
}

/// The kind of session a stage's interview usually is (stage of index `stage`).
pub fn default_kind(stage: usize) -> SessionKind {
    SessionKind::JOINT[stage.min(SessionKind::JOINT.len() - 2)]
}

/// The word for a kind of session.
pub fn kind_label(strings: &Strings, kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Prequalification => strings.session_kind_prequalification,
        SessionKind::Qualification => strings.session_kind_qualification,
        SessionKind::Launch => strings.session_kind_launch,
        SessionKind::Production => strings.session_kind_production,
        SessionKind::Review => strings.session_kind_review,
        SessionKind::SelfAssessment | SessionKind::Other => strings.session_kind_other,
    }
}

/// The word for a side.
pub fn side_label(strings: &Strings, side: Side) -> &'static str {
    match side {
        Side::ProjectTeam => strings.report_side_project_team,
        Side::ServiceTeam => strings.report_side_service_team,
    }
}

fn side_index(side: Side) -> usize {
    Side::ALL.iter().position(|s| *s == side).unwrap_or(0)
}

impl SessionForm {
    /// A window starting a session of `kind` on `date` at `start`, `typing` at the keyboard.
    pub fn new(kind: SessionKind, date: Date, start: Time, typing: Side) -> Self {
        let session = Session::joint(kind, date, Some(start));
        let mut form = SessionForm::editing(&session, typing);
        form.in_progress = false;
        form
    }

    /// A window on the session in progress.
    pub fn editing(session: &Session, typing: Side) -> Self {
        let kind = SessionKind::JOINT
            .iter()
            .position(|k| *k == session.kind)
            .unwrap_or(SessionKind::JOINT.len() - 1);
        let start = session
            .start
            .map_or_else(String::new, |t| t.strftime("%H:%M").to_string());
        let participants = session
            .participants
            .iter()
            .map(|p| ParticipantRow {
                name: TextField::new(&p.name, false),
                side: side_index(p.side.unwrap_or(Side::ProjectTeam)),
                role: TextField::new(&p.role, false),
            })
            .collect();
        let mut form = SessionForm {
            kind,
            date: TextField::new(&session.date.to_string(), false),
            start: TextField::new(&start, false),
            typing: side_index(typing),
            participants,
            field: SessionField::Kind,
            in_progress: true,
            error: None,
        };
        form.focus_text();
        form
    }

    /// The fields in Tab order.
    fn order(&self) -> Vec<SessionField> {
        let mut order = vec![
            SessionField::Kind,
            SessionField::Date,
            SessionField::Start,
            SessionField::Typing,
        ];
        for row in 0..self.participants.len() {
            order.extend([
                SessionField::Name(row),
                SessionField::Side(row),
                SessionField::Role(row),
            ]);
        }
        order
    }

    /// Moves the focus by `step` fields, wrapping around.
    pub fn move_field(&mut self, step: isize) {
        self.field = step_field(&self.order(), self.field, step);
        self.focus_text();
    }

    fn focus_text(&mut self) {
        let field = self.field;
        self.date.set_focused(field == SessionField::Date);
        self.start.set_focused(field == SessionField::Start);
        for (row, p) in self.participants.iter_mut().enumerate() {
            p.name.set_focused(field == SessionField::Name(row));
            p.role.set_focused(field == SessionField::Role(row));
        }
    }

    /// What kind of field has the focus, for the keys.
    pub fn field_kind(&self) -> Field {
        match self.field {
            SessionField::Kind | SessionField::Typing | SessionField::Side(_) => Field::Choice,
            _ => Field::Line,
        }
    }

    /// The participant whose row has the focus, if any.
    pub fn focused_row(&self) -> Option<usize> {
        match self.field {
            SessionField::Name(row) | SessionField::Side(row) | SessionField::Role(row) => {
                Some(row)
            }
            _ => None,
        }
    }

    /// Changes the focused choice by `step`; returns false on a text field.
    pub fn change_choice(&mut self, step: isize) -> bool {
        match self.field {
            SessionField::Kind => self.kind = cycle(self.kind, SessionKind::JOINT.len(), step),
            SessionField::Typing => self.typing = cycle(self.typing, Side::ALL.len(), step),
            SessionField::Side(row) => {
                let side = &mut self.participants[row].side;
                *side = cycle(*side, Side::ALL.len(), step);
            }
            _ => return false,
        }
        true
    }

    /// Adds a participant after the last, on the other side than the last one's, and focuses
    /// their name.
    pub fn add_participant(&mut self) {
        let side = self.participants.last().map_or(0, |p| 1 - p.side.min(1));
        self.participants.push(ParticipantRow {
            name: TextField::new("", false),
            side,
            role: TextField::new("", false),
        });
        self.field = SessionField::Name(self.participants.len() - 1);
        self.focus_text();
    }

    /// Removes the participant whose row has the focus; the focus goes to the next row (or up).
    pub fn remove_participant(&mut self) {
        let Some(row) = self.focused_row() else {
            return;
        };
        self.participants.remove(row);
        self.field = match self.participants.len() {
            0 => SessionField::Typing,
            len => SessionField::Name(row.min(len - 1)),
        };
        self.focus_text();
    }

    /// The focused text field, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.field {
            SessionField::Date => Some(&mut self.date),
            SessionField::Start => Some(&mut self.start),
            SessionField::Name(row) => Some(&mut self.participants[row].name),
            SessionField::Role(row) => Some(&mut self.participants[row].role),
            _ => None,
        }
    }

    /// Who is typing, as chosen.
    pub fn typing(&self) -> Side {
        Side::ALL[self.typing]
    }

    /// The session as the window describes it, over `base` (the session in progress, whose
    /// minutes and actions stay); a date or a time that does not read says why. Participants
    /// without a name are left out.
    pub fn session(&self, base: Option<&Session>, strings: &Strings) -> Result<Session, String> {
        let date_text = self.date.text();
        let date: Date = date_text
            .trim()
            .parse()
            .map_err(|_| fill(strings.session_bad_date, &[&sanitize::line(&date_text)]))?;
        let start_text = self.start.text();
        let start = Time::strptime("%H:%M", start_text.trim())
            .map_err(|_| fill(strings.session_bad_time, &[&sanitize::line(&start_text)]))?;
        let kind = SessionKind::JOINT[self.kind];
        let mut session = base
            .cloned()
            .unwrap_or_else(|| Session::joint(kind, date, None));
        session.kind = kind;
        session.date = date;
        session.start = Some(start);
        session.participants = self
            .participants
            .iter()
            .filter_map(|row| {
                let name = sanitize::typed(row.name.text().trim());
                (!name.is_empty()).then(|| Participant {
                    name,
                    side: Some(Side::ALL[row.side]),
                    role: sanitize::typed(row.role.text().trim()),
                })
            })
            .collect();
        Ok(session)
    }
}

/// What the session window asks of the wizard.
pub(in crate::tui) struct Recorded {
    /// The session as it now stands.
    session: Session,
    /// Who is typing from now on.
    typing: Side,
    /// Go on to end it.
    end: bool,
}

impl SessionForm {
    /// A key in the session window: Enter records the session, Ctrl-E records it and goes on to
    /// end it, Ctrl-N and Ctrl-D add and remove participants, Esc leaves it as it was.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        base: Option<&Session>,
        strings: &Strings,
    ) -> Next<Recorded> {
        let end = match resolved {
            Resolved::Action(Action::Close) => return Next::Close(None),
            Resolved::Action(Action::Quit) => return Next::Quit,
            Resolved::Action(Action::Confirm) => false,
            Resolved::Action(Action::EndSession) if self.in_progress => true,
            Resolved::Action(Action::Field(step)) => {
                self.move_field(step);
                return Next::Stay;
            }
            Resolved::Action(Action::AddRow) => {
                self.add_participant();
                return Next::Stay;
            }
            Resolved::Action(Action::RemoveRow) => {
                self.remove_participant();
                return Next::Stay;
            }
            Resolved::Action(Action::Change(step)) if self.change_choice(step) => {
                return Next::Stay;
            }
            _ => {
                if let Some(field) = self.focused_text() {
                    let result = field.input(key);
                    tell_overflow(result, &mut self.error, strings);
                }
                return Next::Stay;
            }
        };
        match self.session(base, strings) {
            Ok(session) => Next::Ask(Recorded {
                session,
                typing: self.typing(),
                end,
            }),
            Err(refusal) => {
                self.error = Some(refusal);
                Next::Stay
            }
        }
    }
}

impl App<'_> {
    /// Opens the session window: on the session in progress, or starting one of the kind the
    /// shown stage calls for, today, now, the service team typing.
    pub(in crate::tui) fn open_session(&mut self) {
        let form = match self.plan.session_in_progress() {
            Some(session) => SessionForm::editing(session, self.typing),
            None => SessionForm::new(
                default_kind(self.ui.stage),
                self.clock.today(),
                self.clock.time(),
                Side::ServiceTeam,
            ),
        };
        self.mode = Mode::Session(form);
    }

    /// Records the session the window describes (started, or the one in progress changed), and
    /// opens the window that ends it if asked.
    pub(in crate::tui) fn record_session(&mut self, recorded: Recorded) -> Option<Effect> {
        self.close();
        self.typing = recorded.typing;
        let strings = self.strings();
        let mut sessions = self.plan.sessions.clone();
        let text = match self.plan.session_in_progress() {
            Some(_) => {
                sessions.pop();
                strings.session_updated.to_string()
            }
            None => {
                // What was typed to end an earlier session (since undone) is not this one's.
                self.ui.session_end_draft = None;
                fill(
                    strings.session_started,
                    &[&kind_label(strings, recorded.session.kind)],
                )
            }
        };
        sessions.push(recorded.session);
        let effect = if sessions == self.plan.sessions {
            None
        } else {
            self.change(Change::Sessions(sessions));
            self.changed()
        };
        if recorded.end {
            self.open_session_end(false);
        } else {
            self.inform(text, false);
        }
        effect
    }
}

/// Draws the open session window.
pub(in crate::tui) fn render(app: &App<'_>, form: &SessionForm, frame: &mut Frame<'_>, area: Rect) {
    let strings = app.strings();
    let theme = app.theme;
    let title = match form.in_progress {
        true => strings.session_title_edit,
        false => strings.session_title_new,
    };
    let inner = popups::window(
        frame,
        area,
        area.width * 9 / 10,
        area.height * 4 / 5,
        title,
        theme,
    );
    let [kind, when, typing, _, heading, rows, error] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(if form.error.is_some() { 2 } else { 0 }),
    ]));
    let [date, start] = when.layout(&Layout::horizontal([
        Constraint::Length(34),
        Constraint::Fill(1),
    ]));
    let sides = Side::ALL.map(|s| side_label(strings, s));
    let focused = |field| form.field == field;
    frame.render_widget(
        Paragraph::new(popups::picked_line(
            strings.session_kind,
            kind_label(strings, SessionKind::JOINT[form.kind]),
            focused(SessionField::Kind),
            theme,
            strings.colon,
        )),
        kind,
    );
    let date_field = (
        strings.session_date,
        &form.date,
        focused(SessionField::Date),
        date,
    );
    let start_field = (
        strings.session_start,
        &form.start,
        focused(SessionField::Start),
        start,
    );
    popups::render_fields(frame, [date_field, start_field], theme, strings.colon);
    frame.render_widget(
        Paragraph::new(popups::picked_line(
            strings.session_who_types,
            sides[form.typing],
            focused(SessionField::Typing),
            theme,
            strings.colon,
        )),
        typing,
    );
    let heading_text = format!(
        "{}{}",
        strings.session_participants,
        strings.colon.trim_end()
    );
    let lines = popups::row_lines(
        frame,
        [heading, rows],
        (&heading_text, strings.session_no_participants),
        (form.participants.len(), form.focused_row()),
        theme,
    );
    for (index, line) in lines {
        let row = &form.participants[index];
        let [name, side, role] = line.layout(
            &Layout::horizontal([
                Constraint::Percentage(30),
                Constraint::Length(24),
                Constraint::Fill(1),
            ])
            .spacing(1),
        );
        let name_field = (
            strings.session_name,
            &row.name,
            focused(SessionField::Name(index)),
            name,
        );
        let role_field = (
            strings.session_role,
            &row.role,
            focused(SessionField::Role(index)),
            role,
        );
        popups::render_fields(frame, [name_field, role_field], theme, strings.colon);
        let side_line = popups::picked_line(
            strings.session_side,
            sides[row.side],
            focused(SessionField::Side(index)),
            theme,
            strings.colon,
        );
        frame.render_widget(Paragraph::new(side_line), side);
    }
    popups::render_error(frame, error, form.error.as_ref(), theme);
}

#[cfg(test)]
mod tests;
