//! The new-plan form: its state, its keys and its drawing. Enter creates the plan, Esc and Ctrl-C
//! leave creating nothing. The project's kind and hosting target are offered as the choices of the
//! questions that hold them, and recorded as their answers.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::{Strings, fill};
use crate::sanitize;
use ratatui::crossterm::event::KeyEvent;

use super::{Next, cycle, cycle_optional};
use crate::definitions::{Definitions, ProjectField};
use crate::plan::{Change, Project};
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Message};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// The fields of the new-plan form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupField {
    /// The project's name (required).
    Name,
    /// The organisation.
    Organisation,
    /// A field of the project card that a question holds (kind, hosting target).
    Project(ProjectField),
}

impl SetupField {
    const ORDER: [SetupField; 4] = [
        SetupField::Name,
        SetupField::Organisation,
        SetupField::Project(ProjectField::Kind),
        SetupField::Project(ProjectField::HostingTarget),
    ];

    /// The fields the form shows: a project field only if a question of `defs` holds it.
    fn shown(defs: &Definitions) -> impl Iterator<Item = SetupField> + '_ {
        SetupField::ORDER.into_iter().filter(|field| match field {
            SetupField::Project(field) => defs.project_question(*field).is_some(),
            SetupField::Name | SetupField::Organisation => true,
        })
    }
}

/// The new-plan form, shown when the plan file does not exist yet.
pub struct SetupForm {
    /// The focused field.
    pub field: SetupField,
    /// Project name.
    pub name: TextField,
    /// Organisation.
    pub organisation: TextField,
    /// Per project field, the index of the option picked among its question's choices.
    pub picks: BTreeMap<ProjectField, usize>,
    /// A validation message.
    pub error: Option<String>,
}

impl SetupForm {
    /// An empty form.
    pub fn new() -> Self {
        let mut form = SetupForm {
            field: SetupField::Name,
            name: TextField::new("", false),
            organisation: TextField::new("", false),
            picks: BTreeMap::new(),
            error: None,
        };
        form.organisation.set_focused(false);
        form
    }

    /// Moves the focus by `step` fields among those `defs` lets the form show.
    pub fn move_field(&mut self, step: isize, defs: &Definitions) {
        let shown: Vec<SetupField> = SetupField::shown(defs).collect();
        let at = shown.iter().position(|f| *f == self.field).unwrap_or(0);
        self.field = shown[cycle(at, shown.len(), step)];
        self.name.set_focused(self.field == SetupField::Name);
        self.organisation
            .set_focused(self.field == SetupField::Organisation);
    }

    /// Changes the focused choice field by `step`, among the choices of the question holding it
    /// in `defs`; returns false on a text field.
    pub fn change_choice(&mut self, step: isize, defs: &Definitions) -> bool {
        let SetupField::Project(field) = self.field else {
            return false;
        };
        let count = defs
            .project_question(field)
            .map_or(0, |holder| holder.question.question.choices.len());
        match cycle_optional(self.picks.get(&field).copied(), count, step) {
            Some(pick) => self.picks.insert(field, pick),
            None => self.picks.remove(&field),
        };
        true
    }

    /// The focused text field, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.field {
            SetupField::Name => Some(&mut self.name),
            SetupField::Organisation => Some(&mut self.organisation),
            SetupField::Project(_) => None,
        }
    }

    /// The changes that record the picked kind and hosting target as the answers of the
    /// questions holding them in `plan`.
    pub fn answers(&self, defs: &Definitions, plan: &crate::plan::Plan) -> Vec<Change> {
        self.picks
            .iter()
            .filter_map(|(field, pick)| {
                let holder = defs.project_question(*field)?;
                let choice = holder.question.question.choices.get(*pick)?;
                plan.project_change(defs, *field, Some(&choice.id))
            })
            .collect()
    }

    /// The project described by the form, or `None` when the name is missing.
    pub fn project(&self) -> Option<Project> {
        let name = crate::sanitize::typed(self.name.text().trim());
        if name.is_empty() {
            return None;
        }
        let organisation = crate::sanitize::typed(self.organisation.text().trim());
        Some(Project {
            name,
            organisation: (!organisation.is_empty()).then_some(organisation),
            ..Project::default()
        })
    }
}

impl Default for SetupForm {
    fn default() -> Self {
        Self::new()
    }
}

impl SetupForm {
    /// A key in the new-plan form: Enter asks to create the plan, Esc and Ctrl-C leave creating
    /// nothing.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        strings: &Strings,
        defs: &Definitions,
        plan: &crate::plan::Plan,
    ) -> Next<(Project, Vec<Change>)> {
        match resolved {
            Resolved::Action(Action::Quit) => return Next::Close(Some(Effect::Quit)),
            Resolved::Action(Action::Field(step)) => self.move_field(step, defs),
            Resolved::Action(Action::Confirm) => match self.project() {
                Some(project) => return Next::Ask((project, self.answers(defs, plan))),
                None => self.error = Some(strings.name_required.to_string()),
            },
            Resolved::Action(Action::Change(step)) if self.change_choice(step, defs) => {}
            _ => {
                if let Some(field) = self.focused_text() {
                    let result = field.input(key);
                    tell_overflow(result, &mut self.error, strings);
                }
            }
        }
        Next::Stay
    }
}

impl App<'_> {
    /// Closes the form and creates the plan of `project`, with the kind and hosting target picked
    /// recorded as the answers holding them.
    pub(in crate::tui) fn create_plan(
        &mut self,
        (project, answers): (Project, Vec<Change>),
    ) -> Option<Effect> {
        self.close();
        // Creating the plan is not undone: its project starts the history.
        self.apply(Change::Project(project));
        for change in answers {
            self.apply(change);
        }
        self.created = true;
        let path = self.plan_path.display().to_string();
        self.message = Some(Message {
            text: fill(self.strings().plan_created, &[&sanitize::line(&path)]),
            is_error: false,
        });
        if std::mem::take(&mut self.ui.session_once_created) {
            self.open_session();
        }
        self.changed()
    }
}

/// Draws the form, centred in `area`.
pub(in crate::tui) fn render(app: &App<'_>, form: &SetupForm, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let theme = app.theme;
    let area = area.centered(Constraint::Max(90), Constraint::Max(13));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(
            format!(" {} ", s.setup_title),
            theme.pane(true),
        ));
    let inner = block.inner(area).inner(Margin::new(2, 1));
    frame.render_widget(block, area);
    // The message, last, takes the lines left: a long one wraps.
    let mut rows = [Constraint::Length(1); 9];
    rows[8] = Constraint::Fill(1);
    let [intro, _, name, organisation, first, second, _, hint, error] =
        inner.layout(&Layout::vertical(rows));

    let labels = [
        s.project_name,
        s.organisation,
        s.project_kind,
        s.hosting_target,
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let pad = |label: &str| format!("{label:<width$}");

    let path = app.plan_path.display().to_string();
    frame.render_widget(
        Paragraph::new(fill(s.setup_path, &[&sanitize::line(&path)])),
        intro,
    );
    popups::render_labelled_field(
        &pad(s.project_name),
        &form.name,
        form.field == SetupField::Name,
        theme,
        frame,
        name,
        s.colon,
    );
    popups::render_labelled_field(
        &pad(s.organisation),
        &form.organisation,
        form.field == SetupField::Organisation,
        theme,
        frame,
        organisation,
        s.colon,
    );
    let choice = |label: &str, value: Option<&str>, focused: bool| {
        let style = if focused {
            theme.pane(true)
        } else {
            theme.label()
        };
        let shown = value.unwrap_or(s.not_set);
        let value_style = if focused {
            theme.selected(true)
        } else if value.is_none() {
            theme.dim()
        } else {
            Default::default()
        };
        Line::from(vec![
            Span::styled(format!("{}{}", pad(label), s.colon), style),
            Span::styled(format!("‹ {shown} ›"), value_style),
        ])
    };
    let project_fields = SetupField::shown(app.defs).filter_map(|field| match field {
        SetupField::Project(project) => Some((field, project)),
        SetupField::Name | SetupField::Organisation => None,
    });
    for ((field, project), row) in project_fields.zip([first, second]) {
        let label = match project {
            ProjectField::Kind => s.project_kind,
            ProjectField::HostingTarget => s.hosting_target,
        };
        let value = form.picks.get(&project).and_then(|pick| {
            let holder = app.defs.project_question(project)?;
            let choice = holder.question.question.choices.get(*pick)?;
            Some(sanitize::line(choice.label.get(app.lang)).into_owned())
        });
        let line = choice(label, value.as_deref(), form.field == field);
        frame.render_widget(Paragraph::new(line), row);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(s.setup_hint, theme.dim())),
        hint,
    );
    if let Some(message) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(message.clone(), theme.error())).wrap(Wrap { trim: true }),
            error,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::plan::{AnswerValue, Plan};
    use crate::test_support::minimal_definitions;

    #[test]
    fn setup_needs_a_name_and_answers_the_kind_question() {
        let defs = minimal_definitions();
        let mut form = SetupForm::new();
        assert!(form.project().is_none());
        form.name.paste("  Démo  ").unwrap();
        form.move_field(2, &defs);
        form.change_choice(1, &defs);
        let project = form.project().unwrap();
        assert_eq!(project.name, "Démo");
        let mut plan = Plan::new(project, &defs);
        for change in form.answers(&defs, &plan) {
            plan.apply(change);
        }
        let answer = plan.answer("opportunite", "type-projet").unwrap();
        assert_eq!(answer.value, Some(AnswerValue::Text("nouveau".into())));
    }
}
