//! A team member's form (name and role), opened from the team screen to add or edit a member, and
//! the question before removing one. Both go back to the team screen; every change they make is a
//! `Change::Members`, undone with u.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::resources::role_label;
use super::{Next, cycle};
use crate::definitions::Role;
use crate::i18n::{Strings, fill};
use crate::plan::next::{MEMBER_ROLES, member_role, member_role_id};
use crate::plan::{Change, Member};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// The fields of the member form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberField {
    /// The name.
    Name,
    /// The role, among the three.
    Role,
}

/// The member form: a new member (`index` none) or the one of index `index`.
pub struct MemberForm {
    /// The member edited, by index; none for a new one.
    pub index: Option<usize>,
    /// The focused field.
    pub field: MemberField,
    /// The name.
    pub name: TextField,
    /// The role, as an index of [`MEMBER_ROLES`].
    pub role: usize,
    /// A validation message.
    pub error: Option<String>,
}

/// What the form asks once confirmed: the member of index `index` (or a new one) gets this name
/// and role.
pub(in crate::tui) struct MemberEdit {
    index: Option<usize>,
    name: String,
    role: Role,
}

impl MemberForm {
    /// The form of the member `member` of index `index`, or of a new member.
    pub fn new(index: Option<usize>, member: Option<&Member>) -> Self {
        let role = member
            .and_then(member_role)
            .and_then(|role| MEMBER_ROLES.iter().position(|r| *r == role))
            .unwrap_or(0);
        MemberForm {
            index,
            field: MemberField::Name,
            name: TextField::new(member.map_or("", |m| m.name.as_str()), false),
            role,
            error: None,
        }
    }

    /// A key in the form: Tab moves between the name and the role, ← → change the role, Enter
    /// asks to record, Esc goes back to the team screen.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        strings: &Strings,
    ) -> Next<MemberEdit> {
        match resolved {
            Resolved::Action(Action::Close) => return Next::Close(None),
            Resolved::Action(Action::Quit) => return Next::Quit,
            Resolved::Action(Action::Field(_)) => {
                self.field = match self.field {
                    MemberField::Name => MemberField::Role,
                    MemberField::Role => MemberField::Name,
                };
                self.name.set_focused(self.field == MemberField::Name);
            }
            Resolved::Action(Action::Change(step)) => {
                self.role = cycle(self.role, MEMBER_ROLES.len(), step);
            }
            Resolved::Action(Action::Confirm) => {
                let name = sanitize::typed(self.name.text().trim());
                if name.is_empty() {
                    self.error = Some(strings.member_name_required.to_string());
                } else {
                    return Next::Ask(MemberEdit {
                        index: self.index,
                        name,
                        role: MEMBER_ROLES[self.role],
                    });
                }
            }
            _ if self.field == MemberField::Name => {
                let result = self.name.input(key);
                tell_overflow(result, &mut self.error, strings);
            }
            _ => {}
        }
        Next::Stay
    }
}

/// A key in the removal question: o (or y) removes, any other key keeps the member.
pub(in crate::tui) fn remove_key(resolved: Resolved) -> Next<()> {
    match resolved {
        Resolved::Action(Action::Confirm) => Next::Ask(()),
        Resolved::Action(Action::Quit) => Next::Quit,
        _ => Next::Close(None),
    }
}

impl App<'_> {
    /// Records the member the form describes (their training kept when edited), back on the team
    /// screen with them selected.
    pub(in crate::tui) fn save_member(&mut self, edit: MemberEdit) -> Option<Effect> {
        self.mode = Mode::Team;
        let mut members = self.plan.members.clone();
        let role = member_role_id(edit.role).to_string();
        let index = match edit.index.filter(|index| *index < members.len()) {
            Some(index) => {
                let member = &mut members[index];
                if member.name == edit.name && member.role == role {
                    return None;
                }
                member.name = edit.name;
                member.role = role;
                index
            }
            None => {
                members.push(Member {
                    name: edit.name,
                    role,
                    training: Default::default(),
                });
                members.len() - 1
            }
        };
        self.change(Change::Members(members));
        self.team.selected = index;
        self.team.item = 0;
        self.answered()
    }

    /// Removes the member the question is about, back on the team screen.
    pub(in crate::tui) fn remove_member(&mut self, (): ()) -> Option<Effect> {
        let Mode::RemoveMember(index) = std::mem::replace(&mut self.mode, Mode::Team) else {
            return None;
        };
        let mut members = self.plan.members.clone();
        if index >= members.len() {
            return None;
        }
        let removed = members.remove(index);
        self.change(Change::Members(members));
        self.team.selected = index.min(self.plan.members.len().saturating_sub(1));
        self.team.item = 0;
        let text = fill(
            self.strings().member_removed,
            &[&sanitize::line(&removed.name)],
        );
        self.inform(text, false);
        self.answered()
    }
}

/// Draws the form over the team screen.
pub(in crate::tui) fn render(app: &App<'_>, form: &MemberForm, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let theme = app.theme;
    let title = match form.index {
        Some(_) => s.member_edit_title,
        None => s.member_add_title,
    };
    let inner = popups::window(frame, area, 64, 8, title, theme);
    let [name, role, _, error] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let width = s
        .member_name
        .chars()
        .count()
        .max(s.member_role.chars().count());
    let pad = |label: &str| format!("{label:<width$}");
    popups::render_labelled_field(
        &pad(s.member_name),
        &form.name,
        form.field == MemberField::Name,
        theme,
        frame,
        name,
        s.colon,
    );
    let focused = form.field == MemberField::Role;
    let label_style = if focused {
        theme.pane(true)
    } else {
        theme.label()
    };
    let value_style = if focused {
        theme.selected(true)
    } else {
        Default::default()
    };
    let line = Line::from(vec![
        Span::styled(format!("{}{}", pad(s.member_role), s.colon), label_style),
        Span::styled(
            format!("‹ {} ›", role_label(app, MEMBER_ROLES[form.role])),
            value_style,
        ),
    ]);
    frame.render_widget(Paragraph::new(line), role);
    if let Some(message) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(message.clone(), theme.error())).wrap(Wrap { trim: true }),
            error,
        );
    }
}

/// Draws the removal question over the team screen.
pub(in crate::tui) fn render_remove(
    app: &App<'_>,
    index: usize,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let s = app.strings();
    let name = app.plan.members.get(index).map_or("", |m| m.name.as_str());
    let question = fill(s.member_remove_question, &[&sanitize::line(name)]);
    let inner = popups::window(frame, area, 60, 6, s.member_remove_title, app.theme);
    frame.render_widget(
        Paragraph::new(Span::styled(question, app.theme.error())).wrap(Wrap { trim: true }),
        inner,
    );
}
