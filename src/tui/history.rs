//! Undo and redo for the sitting: the inverse of every change made, and how to say what an undo
//! or a redo did.

use crate::definitions::Definitions;
use crate::i18n::{Lang, fill};
use crate::plan::{Change, Plan};
use crate::sanitize;
use crate::tui::ui::status_label;

/// The changes of the sitting that can be undone, and those undone that can be redone.
#[derive(Debug, Default)]
pub struct History {
    /// Inverses of the changes made, the last at the end.
    undo: Vec<Change>,
    /// Inverses of the changes undone, the last at the end.
    redo: Vec<Change>,
    /// The plan was read again from disk: what came before it cannot be undone.
    reloaded: bool,
}

/// Which way through the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// `u`: back.
    Undo,
    /// Ctrl-R: forward again.
    Redo,
}

impl History {
    /// Keeps the inverse of a change the user just made; nothing undone can be redone after it.
    pub fn done(&mut self, inverse: Change) {
        self.undo.push(inverse);
        self.redo.clear();
    }

    /// The change that goes one step `way`, taken off the history.
    pub fn take(&mut self, way: Way) -> Option<Change> {
        match way {
            Way::Undo => self.undo.pop(),
            Way::Redo => self.redo.pop(),
        }
    }

    /// Keeps the inverse of a step taken `way`, so that it can be taken back.
    pub fn took(&mut self, way: Way, inverse: Change) {
        match way {
            Way::Undo => self.redo.push(inverse),
            Way::Redo => self.undo.push(inverse),
        }
    }

    /// True when there is a step to take `way`.
    pub fn can(&self, way: Way) -> bool {
        match way {
            Way::Undo => !self.undo.is_empty(),
            Way::Redo => !self.redo.is_empty(),
        }
    }

    /// Forgets everything: the plan was read again from disk.
    pub fn reload(&mut self) {
        *self = History {
            reloaded: true,
            ..History::default()
        };
    }

    /// What to say when there is no step to take `way`.
    pub fn nothing(&self, way: Way, lang: Lang) -> &'static str {
        let strings = lang.strings();
        match way {
            Way::Undo if self.reloaded => strings.nothing_to_undo_since_reload,
            Way::Undo => strings.nothing_to_undo,
            Way::Redo => strings.nothing_to_redo,
        }
    }
}

/// What `change`, about to be applied to `plan` as a step `way`, does, in a sentence.
pub fn describe(change: &Change, way: Way, plan: &Plan, defs: &Definitions, lang: Lang) -> String {
    let strings = lang.strings();
    let stage = change
        .stage()
        .and_then(|id| defs.stages.iter().find(|s| s.id == id));
    let about = match change {
        Change::Criterion {
            stage: stage_id,
            criterion,
            record,
        } => {
            let title = stage
                .and_then(|s| s.criteria.iter().find(|c| &c.id == criterion))
                .map_or(criterion.as_str(), |c| c.title.get(lang));
            let title = sanitize::line(title);
            let before = plan.criterion(stage_id, criterion);
            let after = record.clone().unwrap_or_default();
            if before.status != after.status {
                let template = match way {
                    Way::Undo => strings.undone_status,
                    Way::Redo => strings.redone_status,
                };
                return fill(template, &[&title, &status_label(strings, after.status)]);
            }
            let template = if before.note != after.note {
                strings.about_criterion_note
            } else {
                strings.about_criterion_interviewer_note
            };
            fill(template, &[&title])
        }
        Change::Answer {
            stage: stage_id,
            question,
            record,
        } => {
            let label = stage
                .and_then(|s| {
                    let index = defs.stages.iter().position(|x| x.id == s.id)?;
                    defs.stage_questions(index)
                        .find(|q| &q.question.id == question)
                })
                .map_or(question.as_str(), |q| q.question.label.get(lang));
            let label = sanitize::line(label);
            let before = plan.answer(stage_id, question).cloned().unwrap_or_default();
            let after = record.clone().unwrap_or_default();
            let template = if before.value != after.value {
                strings.about_answer
            } else if before.note != after.note {
                strings.about_answer_note
            } else {
                strings.about_answer_interviewer_note
            };
            fill(template, &[&label])
        }
        Change::Decision { .. } => fill(strings.about_decision, &[&stage.map_or(0, |s| s.number)]),
        Change::Training { path, item, .. } => {
            let title = defs
                .training
                .iter()
                .flat_map(|t| &t.paths)
                .filter(|p| &p.id == path)
                .flat_map(|p| &p.levels)
                .flat_map(|l| &l.items)
                .find(|i| &i.id == item)
                .map_or(item.as_str(), |i| i.title.get(lang));
            fill(strings.about_training, &[&sanitize::line(title)])
        }
        Change::Project(_) => strings.about_project.to_string(),
        Change::Sessions(_) => strings.about_sessions.to_string(),
        Change::Members(_) => strings.about_members.to_string(),
        Change::Conflicts(_) => strings.about_conflicts.to_string(),
        Change::Several(changes) => {
            return changes
                .first()
                .map_or_else(String::new, |first| describe(first, way, plan, defs, lang));
        }
    };
    let template = match way {
        Way::Undo => strings.undone,
        Way::Redo => strings.redone,
    };
    fill(template, &[&about])
}
