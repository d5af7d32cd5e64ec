//! The popups that gather several values: new plan and stage decision.

use crate::plan::{DecidedBy, Decision, DecisionStatus, HostingTarget, Project, ProjectKind};
use crate::tui::editor::TextField;

/// Cycles `index` among `len` options by `step`, wrapping around.
pub(super) fn cycle(index: usize, len: usize, step: isize) -> usize {
    (index as isize + step).rem_euclid(len as isize) as usize
}

/// Cycles an optional pick among `len` options, passing through "none".
fn cycle_optional(value: Option<usize>, len: usize, step: isize) -> Option<usize> {
    let position = value.map_or(0, |v| v + 1);
    match cycle(position, len + 1, step) {
        0 => None,
        n => Some(n - 1),
    }
}

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

/// The fields of the decision form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionField {
    /// Pending / go / no-go.
    Status,
    /// Project team or service team.
    By,
    /// Name of the person recording it.
    Name,
    /// Why.
    Rationale,
}

impl DecisionField {
    const ORDER: [DecisionField; 4] = [
        DecisionField::Status,
        DecisionField::By,
        DecisionField::Name,
        DecisionField::Rationale,
    ];
}

/// The decision statuses in the order the form cycles them.
pub const DECISION_STATUSES: [DecisionStatus; 3] = [
    DecisionStatus::Pending,
    DecisionStatus::Go,
    DecisionStatus::NoGo,
];
/// Who may decide, in the order the form cycles them.
pub const DECIDERS: [DecidedBy; 2] = [DecidedBy::ProjectTeam, DecidedBy::ServiceTeam];

/// The stage-decision form; closing it after a change keeps it as a draft.
pub struct DecisionForm {
    /// The stage (index) the decision is for.
    pub stage: usize,
    /// The focused field.
    pub field: DecisionField,
    /// Index into [`DECISION_STATUSES`].
    pub status: usize,
    /// Index into [`DECIDERS`].
    pub by: usize,
    /// Name of the person.
    pub name: TextField,
    /// Why.
    pub rationale: TextField,
    /// A validation message (a refused go), or what became of text that did not fit.
    pub error: Option<String>,
    /// The status and decider the form opened with.
    opened_with: (usize, usize),
}

impl DecisionForm {
    /// A form filled from the stage's current decision.
    pub fn from_decision(stage: usize, decision: &Decision) -> Self {
        let status = DECISION_STATUSES
            .iter()
            .position(|s| *s == decision.status)
            .unwrap_or(0);
        let by = decision
            .by
            .and_then(|b| DECIDERS.iter().position(|d| *d == b))
            .unwrap_or(0);
        let mut form = DecisionForm {
            stage,
            field: DecisionField::Status,
            status,
            by,
            name: TextField::new(&decision.name, false),
            rationale: TextField::new(&decision.rationale, true),
            error: None,
            opened_with: (status, by),
        };
        form.focus_text();
        form
    }

    /// Moves the focus by `step` fields.
    pub fn move_field(&mut self, step: isize) {
        let at = DecisionField::ORDER
            .iter()
            .position(|f| *f == self.field)
            .unwrap_or(0);
        self.field = DecisionField::ORDER[cycle(at, DecisionField::ORDER.len(), step)];
        self.focus_text();
    }

    fn focus_text(&mut self) {
        self.name.set_focused(self.field == DecisionField::Name);
        self.rationale
            .set_focused(self.field == DecisionField::Rationale);
    }

    /// Changes the focused choice by `step`; returns false on a text field.
    pub fn change_choice(&mut self, step: isize) -> bool {
        match self.field {
            DecisionField::Status => {
                self.status = cycle(self.status, DECISION_STATUSES.len(), step)
            }
            DecisionField::By => self.by = cycle(self.by, DECIDERS.len(), step),
            DecisionField::Name | DecisionField::Rationale => return false,
        }
        true
    }

    /// The focused text field, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.field {
            DecisionField::Name => Some(&mut self.name),
            DecisionField::Rationale => Some(&mut self.rationale),
            DecisionField::Status | DecisionField::By => None,
        }
    }

    /// True when something differs from the decision the form opened with.
    pub fn is_changed(&self) -> bool {
        (self.status, self.by) != self.opened_with
            || self.name.is_changed()
            || self.rationale.is_changed()
    }

    /// The chosen status.
    pub fn status(&self) -> DecisionStatus {
        DECISION_STATUSES[self.status]
    }

    /// The decision as the form describes it, dated `date`.
    pub fn decision(&self, date: jiff::civil::Date) -> Decision {
        let status = self.status();
        Decision {
            status,
            by: Some(DECIDERS[self.by]),
            name: crate::sanitize::typed(self.name.text().trim()),
            date: Some(date),
            rationale: crate::sanitize::typed(self.rationale.text().trim_end()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_choices_pass_through_none() {
        assert_eq!(cycle_optional(None, 3, 1), Some(0));
        assert_eq!(cycle_optional(Some(2), 3, 1), None);
        assert_eq!(cycle_optional(None, 3, -1), Some(2));
    }

    #[test]
    fn a_decision_form_changed_back_is_unchanged() {
        let mut form = DecisionForm::from_decision(0, &Decision::default());
        assert!(!form.is_changed());
        form.change_choice(1);
        assert!(form.is_changed());
        form.change_choice(-1);
        form.move_field(2);
        form.name.paste("Alex").unwrap();
        assert!(form.is_changed());
    }

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
