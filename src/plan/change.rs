//! Every change to a plan as a value, applied by one function that returns its inverse: the
//! wizard's undo and redo, and what a log of the interview or a merge would replay.

use super::{
    AnswerRecord, Conflict, CriterionRecord, Decision, Entry, Member, Plan, Project, Session, Side,
    StageRecord,
};

/// One change to a plan. A record given as `None` is removed: the plan keeps no empty records.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A criterion's status and notes become `record`.
    Criterion {
        /// The stage's id.
        stage: String,
        /// The criterion's id.
        criterion: String,
        /// The new record, or `None` to remove it.
        record: Option<CriterionRecord>,
    },
    /// An answer's value and notes become `record`.
    Answer {
        /// The stage's id.
        stage: String,
        /// The question's id.
        question: String,
        /// The new record, or `None` to remove it.
        record: Option<AnswerRecord>,
    },
    /// One side's decision on a stage becomes `decision` (history included), and the stage the
    /// project has reached `reached`.
    Decision {
        /// The stage's id.
        stage: String,
        /// Whose decision.
        side: Side,
        /// The new decision.
        decision: Decision,
        /// The stage reached once it is recorded (the plan's `current_stage`).
        reached: u8,
    },
    /// A training item becomes acquired (`Some(true)`), or is left out of the file (`None`).
    Training {
        /// The training path's id.
        path: String,
        /// The item's id.
        item: String,
        /// The new mark, or `None` to remove it.
        acquired: Option<bool>,
    },
    /// The project's fields become `project`.
    Project(Project),
    /// The list of sittings becomes this one (a session started, edited or ended).
    Sessions(Vec<Session>),
    /// The team members and their training become these.
    Members(Vec<Member>),
    /// The conflicts left by a merge become these (one resolved, or brought back by an undo).
    Conflicts(Vec<Conflict>),
    /// These changes, in order, undone as one.
    Several(Vec<Change>),
}

impl Change {
    /// A change of a criterion's record to `record` (removed when empty).
    pub fn criterion(stage: &str, criterion: &str, record: CriterionRecord) -> Self {
        Change::Criterion {
            stage: stage.to_string(),
            criterion: criterion.to_string(),
            record: (!record.is_empty()).then_some(record),
        }
    }

    /// A change of an answer's record to `record` (removed when empty).
    pub fn answer(stage: &str, question: &str, record: AnswerRecord) -> Self {
        Change::Answer {
            stage: stage.to_string(),
            question: question.to_string(),
            record: (!record.is_empty()).then_some(record),
        }
    }

    /// A training item marked acquired or not.
    pub fn training(path: &str, item: &str, acquired: bool) -> Self {
        Change::Training {
            path: path.to_string(),
            item: item.to_string(),
            acquired: acquired.then_some(true),
        }
    }

    /// The change with the criterion or answer it sets marked as entered by `entry` (who, in which
    /// joint session), or as entered outside any (`None`). Other changes are returned as they are.
    pub fn entered(self, entry: Option<Entry>) -> Self {
        match self {
            Change::Criterion {
                stage,
                criterion,
                record,
            } => Change::Criterion {
                stage,
                criterion,
                record: record.map(|record| record.entered(entry)),
            },
            Change::Answer {
                stage,
                question,
                record,
            } => Change::Answer {
                stage,
                question,
                record: record.map(|record| record.entered(entry)),
            },
            other => other,
        }
    }

    /// The id of the stage whose records the change touches, if any.
    pub fn stage(&self) -> Option<&str> {
        match self {
            Change::Criterion { stage, .. }
            | Change::Answer { stage, .. }
            | Change::Decision { stage, .. } => Some(stage),
            Change::Training { .. }
            | Change::Project(_)
            | Change::Sessions(_)
            | Change::Members(_)
            | Change::Conflicts(_) => None,
            Change::Several(changes) => changes.iter().find_map(Change::stage),
        }
    }
}

impl Plan {
    /// Applies `change` and returns the change that undoes it. A stage record left empty is
    /// dropped, as one never written; applying the returned change restores the plan exactly,
    /// except a stage record found empty in the file (`stage: {}`), which stays dropped.
    pub fn apply(&mut self, change: Change) -> Change {
        match change {
            Change::Criterion {
                stage,
                criterion,
                record,
            } => {
                let records = &mut self.stages.entry(stage.clone()).or_default().criteria;
                let previous = set(records, &criterion, record);
                self.prune_stage(&stage);
                Change::Criterion {
                    stage,
                    criterion,
                    record: previous,
                }
            }
            Change::Answer {
                stage,
                question,
                record,
            } => {
                let records = &mut self.stages.entry(stage.clone()).or_default().answers;
                let previous = set(records, &question, record);
                self.prune_stage(&stage);
                Change::Answer {
                    stage,
                    question,
                    record: previous,
                }
            }
            Change::Decision {
                stage,
                side,
                decision,
                reached,
            } => {
                let record = self.stages.entry(stage.clone()).or_default();
                let previous = std::mem::replace(record.decisions.of_mut(side), decision);
                let previous_reached = std::mem::replace(&mut self.current_stage, reached);
                self.prune_stage(&stage);
                Change::Decision {
                    stage,
                    side,
                    decision: previous,
                    reached: previous_reached,
                }
            }
            Change::Training {
                path,
                item,
                acquired,
            } => {
                let items = self.training.entry(path.clone()).or_default();
                let previous = set(items, &item, acquired);
                if items.is_empty() {
                    self.training.remove(&path);
                }
                Change::Training {
                    path,
                    item,
                    acquired: previous,
                }
            }
            Change::Project(project) => {
                Change::Project(std::mem::replace(&mut self.project, project))
            }
            Change::Sessions(sessions) => {
                Change::Sessions(std::mem::replace(&mut self.sessions, sessions))
            }
            Change::Members(members) => {
                Change::Members(std::mem::replace(&mut self.members, members))
            }
            Change::Conflicts(conflicts) => {
                Change::Conflicts(std::mem::replace(&mut self.conflicts, conflicts))
            }
            Change::Several(changes) => {
                let mut undo: Vec<Change> = changes.into_iter().map(|c| self.apply(c)).collect();
                undo.reverse();
                Change::Several(undo)
            }
        }
    }

    /// Drops the stage's record if nothing is recorded in it.
    pub(super) fn prune_stage(&mut self, stage_id: &str) {
        if self.stages.get(stage_id).is_some_and(StageRecord::is_empty) {
            self.stages.remove(stage_id);
        }
    }
}

/// Puts `value` under `key` (removes the entry for `None`); returns what was there.
fn set<V>(
    map: &mut std::collections::BTreeMap<String, V>,
    key: &str,
    value: Option<V>,
) -> Option<V> {
    match value {
        Some(value) => map.insert(key.to_string(), value),
        None => map.remove(key),
    }
}
