//! What the event loop tells the wizard after it saved, saved elsewhere or read the plan again.

use std::path::PathBuf;

use super::{App, Mode, SaveStatus, all_progress};
use crate::i18n::fill;
use crate::plan::{LoadError, Plan, SaveError, Saved, orphans};
use crate::tui::screens::notice::Notice;

impl App<'_> {
    /// Records the outcome of a save carried out by the loop.
    pub fn saved(&mut self, result: Result<Saved, SaveError>, explicit: bool) {
        let strings = self.strings();
        match result {
            Ok(saved) => {
                self.mark_saved();
                let path = self.plan_path.display().to_string();
                let notes = saved.notes(strings);
                let warns = saved.backup_failed.is_some();
                let text = if !notes.is_empty() {
                    notes.join(" ")
                } else if explicit {
                    fill(strings.saved_now, &[&path])
                } else {
                    return;
                };
                self.inform(text, warns);
            }
            Err(error) => {
                let hint = match error {
                    SaveError::ChangedOnDisk { .. } => strings.conflict_hint,
                    SaveError::NotOwner { .. } => strings.not_owned_hint,
                    _ => strings.save_elsewhere_hint,
                };
                let text = fill(hint, &[&error.message(strings)]);
                // A conflict, or a plan that saving would take from its owner, is told in a window
                // the first time (the whole text and what to do), then on the message line.
                let first_conflict = matches!(
                    error,
                    SaveError::ChangedOnDisk { .. } | SaveError::NotOwner { .. }
                ) && self.save.error.as_deref() != Some(text.as_str());
                self.save.dirty = true;
                self.save.error = Some(text.clone());
                if first_conflict {
                    self.mode = Mode::Notice(Notice::warning(text.clone(), strings));
                }
                self.inform(text, true);
            }
        }
    }

    /// Records the outcome of saving to a new file in the user's data folder: from then on the
    /// wizard works on that file.
    pub fn saved_elsewhere(&mut self, result: Result<PathBuf, SaveError>) {
        let strings = self.strings();
        match result {
            Ok(path) => {
                self.mark_saved();
                self.inform(fill(strings.saved_elsewhere, &[&path.display()]), false);
                self.plan_path = path;
            }
            Err(error) => self.inform(error.message(strings), true),
        }
    }

    /// Records the outcome of reading the plan again from disk; `kept` is where the changes not
    /// saved were copied first, if there were any.
    pub fn reloaded(&mut self, result: Result<Plan, LoadError>, kept: Option<PathBuf>) {
        let strings = self.strings();
        let kept = kept.map(|path| fill(strings.changes_kept_in, &[&path.display()]));
        let (text, is_error) = match result {
            Ok(mut plan) => {
                plan.settle_project_card(self.defs, self.lang);
                self.plan = plan;
                self.history.reload();
                self.orphans = orphans(&self.plan, self.defs);
                self.progress = all_progress(self.defs, &self.plan);
                self.mark_saved();
                if let Some(notice) = self.damage_notice() {
                    self.mode = Mode::Notice(Notice::warning(notice, strings));
                }
                (strings.reloaded.to_string(), false)
            }
            Err(error) => (error.message(strings), true),
        };
        let text = match kept {
            Some(kept) => format!("{text} {kept}"),
            None => text,
        };
        self.inform(text, is_error);
    }

    /// The plan on disk is up to date, as of now.
    pub(super) fn mark_saved(&mut self) {
        self.save = SaveStatus {
            last_saved: Some(self.clock.time_label()),
            dirty: false,
            error: None,
        };
    }
}
