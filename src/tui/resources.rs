//! The resources screen: the offer (contacts, roles, hosting targets, links) and the training plan,
//! whose items the team ticks as acquired.

use crate::definitions::Definitions;
use crate::definitions::schema::{
    HostingTarget, ProgramContact, ProjectRole, Track, TrainingItem, TrainingPath,
};
use crate::i18n::{Lang, fill};

/// What a selectable row of the resources screen shows.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'d> {
    /// The offer itself.
    Offer,
    /// A programme team.
    Contact(&'d ProgramContact),
    /// A project-side role.
    Role(&'d ProjectRole),
    /// A hosting target.
    Hosting(&'d HostingTarget),
    /// A general training track.
    Track(&'d Track),
    /// A training path (its audience, goal and roles).
    Path(&'d TrainingPath),
    /// An item of a training path, which the team can tick.
    Item(&'d TrainingPath, &'d TrainingItem),
}

/// A row of the resources screen.
#[derive(Debug, Clone)]
pub enum ResourceRow<'d> {
    /// A heading, not selectable.
    Heading(String),
    /// A selectable entry with its label.
    Entry(Entry<'d>, String),
}

/// The rows of the resources screen and the positions of the selectable ones.
#[derive(Debug, Clone, Default)]
pub struct ResourceRows<'d> {
    /// Every row, in display order.
    pub rows: Vec<ResourceRow<'d>>,
    /// Row index of each selectable entry.
    pub entry_row: Vec<usize>,
}

impl<'d> ResourceRows<'d> {
    fn heading(&mut self, text: impl Into<String>) {
        self.rows.push(ResourceRow::Heading(text.into()));
    }

    fn entry(&mut self, entry: Entry<'d>, label: impl Into<String>) {
        self.entry_row.push(self.rows.len());
        self.rows.push(ResourceRow::Entry(entry, label.into()));
    }

    /// The selectable entry of index `index`.
    pub fn entry_at(&self, index: usize) -> Option<Entry<'d>> {
        match self.rows.get(*self.entry_row.get(index)?)? {
            ResourceRow::Entry(entry, _) => Some(*entry),
            ResourceRow::Heading(_) => None,
        }
    }

    /// Builds the rows for `definitions` in `lang`.
    pub fn build(definitions: &'d Definitions, lang: Lang) -> Self {
        let strings = lang.strings();
        let offer = &definitions.offer;
        let mut rows = ResourceRows::default();
        rows.heading(offer.title.get(lang));
        rows.entry(Entry::Offer, strings.about_offer);
        for contact in &offer.program_contacts {
            rows.entry(Entry::Contact(contact), contact.name.get(lang));
        }
        if !offer.project_roles.is_empty() {
            rows.heading(strings.contacts_project);
        }
        for role in &offer.project_roles {
            rows.entry(Entry::Role(role), role.name.get(lang));
        }
        if !offer.hosting_targets.is_empty() {
            rows.heading(strings.hosting_target);
        }
        for target in &offer.hosting_targets {
            rows.entry(Entry::Hosting(target), target.name.get(lang));
        }
        let Some(training) = &definitions.training else {
            return rows;
        };
        if !training.general_tracks.is_empty() {
            rows.heading(strings.general_tracks);
        }
        for track in &training.general_tracks {
            rows.entry(Entry::Track(track), track.title.get(lang));
        }
        for path in &training.paths {
            rows.heading(fill(strings.training_path, &[&path.title.get(lang)]));
            rows.entry(Entry::Path(path), strings.about_path);
            for level in &path.levels {
                let title = level.title.as_ref().map(|t| format!(" — {}", t.get(lang)));
                rows.heading(format!(
                    "  {}{}",
                    fill(strings.level, &[&level.level]),
                    title.unwrap_or_default()
                ));
                for item in &level.items {
                    rows.entry(Entry::Item(path, item), item.title.get(lang));
                }
            }
        }
        rows
    }
}
