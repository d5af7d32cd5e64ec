//! The new-plan form: its state, its keys and its drawing. Enter creates the plan, Esc and Ctrl-C
//! leave creating nothing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::{Strings, fill};
use crate::sanitize;
use ratatui::crossterm::event::KeyEvent;

use super::{Next, cycle, cycle_optional};
use crate::plan::{Change, HostingTarget, Project, ProjectKind};
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
    /// The project kind.
    Kind,
    /// The hosting target.
    Hosting,
}

impl SetupField {
    const ORDER: [SetupField; 4] = [
        SetupField::Name,
        SetupField::Organisation,
        SetupField::Kind,
        SetupField::Hosting,
    ];
}

/// The new-plan form, shown when the plan file does not exist yet.
pub struct SetupForm {
    /// The focused field.
    pub field: SetupField,
    /// Project name.
    pub name: TextField,
    /// Organisation.
    pub organisation: TextField,
    /// Index into [`ProjectKind::ALL`].
    pub kind: Option<usize>,
    /// Index into [`HostingTarget::ALL`].
    pub hosting: Option<usize>,
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
            kind: None,
            hosting: None,
            error: None,
        };
        form.organisation.set_focused(false);
        form
    }

    /// Moves the focus by `step` fields.
    pub fn move_field(&mut self, step: isize) {
        let at = SetupField::ORDER
            .iter()
            .position(|f| *f == self.field)
            .unwrap_or(0);
        self.field = SetupField::ORDER[cycle(at, SetupField::ORDER.len(), step)];
        self.name.set_focused(self.field == SetupField::Name);
        self.organisation
            .set_focused(self.field == SetupField::Organisation);
    }

    /// Changes the focused choice field by `step`; returns false on a text field.
    pub fn change_choice(&mut self, step: isize) -> bool {
        match self.field {
            SetupField::Kind => self.kind = cycle_optional(self.kind, ProjectKind::ALL.len(), step),
            SetupField::Hosting => {
                self.hosting = cycle_optional(self.hosting, HostingTarget::ALL.len(), step)
            }
            SetupField::Name | SetupField::Organisation => return false,
        }
        true
    }

    /// The focused text field, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.field {
            SetupField::Name => Some(&mut self.name),
            SetupField::Organisation => Some(&mut self.organisation),
            SetupField::Kind | SetupField::Hosting => None,
        }
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
            kind: self.kind.map(|i| ProjectKind::ALL[i]),
            hosting_target: self.hosting.map(|i| HostingTarget::ALL[i]),
            contacts: Vec::new(),
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
    ) -> Next<Project> {
        match resolved {
            Resolved::Action(Action::Quit) => return Next::Close(Some(Effect::Quit)),
            Resolved::Action(Action::Field(step)) => self.move_field(step),
            Resolved::Action(Action::Confirm) => match self.project() {
                Some(project) => return Next::Ask(project),
                None => self.error = Some(strings.name_required.to_string()),
            },
            Resolved::Action(Action::Change(step)) if self.change_choice(step) => {}
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
    /// Closes the form and creates the plan of `project`.
    pub(in crate::tui) fn create_plan(&mut self, project: Project) -> Option<Effect> {
        self.close();
        // Creating the plan is not undone: its project starts the history.
        self.apply(Change::Project(project));
        self.created = true;
        let path = self.plan_path.display().to_string();
        self.message = Some(Message {
            text: fill(self.strings().plan_created, &[&sanitize::line(&path)]),
            is_error: false,
        });
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
    let [intro, _, name, organisation, kind, hosting, _, hint, error] =
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
    let kind_value = form.kind.map(|i| s.project_kinds()[i]);
    let hosting_value = form.hosting.map(|i| s.hosting_targets()[i]);
    frame.render_widget(
        Paragraph::new(choice(
            s.project_kind,
            kind_value,
            form.field == SetupField::Kind,
        )),
        kind,
    );
    frame.render_widget(
        Paragraph::new(choice(
            s.hosting_target,
            hosting_value,
            form.field == SetupField::Hosting,
        )),
        hosting,
    );
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

    #[test]
    fn setup_needs_a_name() {
        let mut form = SetupForm::new();
        assert!(form.project().is_none());
        form.name.paste("  Démo  ").unwrap();
        form.move_field(2);
        form.change_choice(1);
        let project = form.project().unwrap();
        assert_eq!(project.name, "Démo");
        assert_eq!(project.kind, Some(ProjectKind::Nouveau));
    }
}
