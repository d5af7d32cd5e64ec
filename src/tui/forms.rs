//! The new-plan form.

use crate::plan::{HostingTarget, Project, ProjectKind};
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
