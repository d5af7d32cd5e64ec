//! The project plan: model, progress, orphaned answers, and the only code that reads or writes the file.

pub mod answers;
mod change;
mod conflict;
mod decision;
mod disk;
mod facts;
mod format1;
mod integrity;
mod load;
mod lock;
mod model;
mod new_file;
pub mod next;
mod orphans;
mod ownership;
mod progress;
mod records;
mod resolve;
mod save;
mod session;
mod values;

pub use change::Change;
pub use conflict::{Conflict, Field, Resolution, SessionKey, Value};
pub use decision::{Decision, DecisionStatus, Decisions, PastDecision};
pub use disk::{OnDisk, Saved, keep_copy, rescue_folder};
pub use facts::Carried;
pub use format1::FORMAT_1;
pub use integrity::Seal;
pub use load::{LoadError, MAX_PLAN_BYTES, from_bytes, load, load_sealed};
pub use lock::{Holder, lock_path};
pub use model::*;
pub use new_file::{create_file, replace_file};
pub use orphans::{Orphan, OrphanKind, orphans};
pub use ownership::Owner;
pub use progress::{
    CriteriaCounts, StageProgress, blocking_unsettled, criterion_status, is_answered,
    stage_progress, stage_reached, stage_reached_if, touched_progress,
};
pub use save::{ReadOnly, SaveError, create, io_reason, overwrite, save, save_new};
pub use session::{ActionItem, Entry, Participant, Session, SessionKind, Side};

use jiff::civil::Date;

use crate::definitions::{Definitions, Origin};

/// The default plan file, in the current folder.
pub const DEFAULT_PLAN_FILE: &str = "embarquement.plan.yaml";

impl DefinitionsStamp {
    /// The stamp of a loaded definition set.
    pub fn of(definitions: &Definitions) -> Self {
        DefinitionsStamp {
            source: match &definitions.origin {
                Origin::Embedded => "embedded".to_string(),
                Origin::Dir(dir) => dir.display().to_string(),
            },
            version: definitions.version().to_string(),
            digest: definitions.digest.clone(),
        }
    }
}

impl Plan {
    /// A new, empty plan for `project`, answered against `definitions`, on stage 1.
    pub fn new(project: Project, definitions: &Definitions) -> Self {
        Plan {
            format: FORMAT.to_string(),
            definitions: DefinitionsStamp::of(definitions),
            project,
            current_stage: 1,
            stages: Default::default(),
            training: Default::default(),
            members: Vec::new(),
            sessions: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The record of a stage, if anything was recorded.
    pub fn stage(&self, stage_id: &str) -> Option<&StageRecord> {
        self.stages.get(stage_id)
    }

    /// The criterion's record, or the default (todo, no note).
    pub fn criterion(&self, stage_id: &str, criterion_id: &str) -> CriterionRecord {
        self.stage(stage_id)
            .and_then(|stage| stage.criteria.get(criterion_id))
            .cloned()
            .unwrap_or_default()
    }

    /// The answer's record, or the default (unanswered).
    pub fn answer(&self, stage_id: &str, question_id: &str) -> Option<&AnswerRecord> {
        self.stage(stage_id)
            .and_then(|stage| stage.answers.get(question_id))
    }

    /// Both sides' decisions on a stage (pending when none was recorded).
    pub fn decisions(&self, stage_id: &str) -> Decisions {
        self.stage(stage_id)
            .map(|stage| stage.decisions.clone())
            .unwrap_or_default()
    }

    /// The decision of `side` on a stage (pending when none was recorded).
    pub fn decision(&self, stage_id: &str, side: Side) -> Decision {
        self.decisions(stage_id).of(side).clone()
    }

    /// Changes a criterion's record with `change`, dropping the record if it ends up empty.
    pub fn update_criterion(
        &mut self,
        stage_id: &str,
        criterion_id: &str,
        change: impl FnOnce(&mut CriterionRecord),
    ) {
        let mut record = self.criterion(stage_id, criterion_id);
        change(&mut record);
        self.apply(Change::criterion(stage_id, criterion_id, record));
    }

    /// Changes an answer's record with `change`, dropping the record if it ends up empty.
    pub fn update_answer(
        &mut self,
        stage_id: &str,
        question_id: &str,
        change: impl FnOnce(&mut AnswerRecord),
    ) {
        let mut record = self
            .answer(stage_id, question_id)
            .cloned()
            .unwrap_or_default();
        change(&mut record);
        self.apply(Change::answer(stage_id, question_id, record));
    }

    /// Records `side`'s decision on a stage, the one it replaces kept in its history (the stage
    /// reached is left as it is).
    pub fn set_decision(&mut self, stage_id: &str, side: Side, decision: PastDecision) {
        let decision = self.decision(stage_id, side).replaced_by(decision);
        self.apply(Change::Decision {
            stage: stage_id.to_string(),
            side,
            decision,
            reached: self.current_stage,
        });
    }

    /// The joint session in progress, if one was started and not ended.
    pub fn session_in_progress(&self) -> Option<&Session> {
        self.sessions
            .last()
            .filter(|session| session.is_in_progress())
    }

    /// True when the team marked this training item as acquired.
    pub fn is_acquired(&self, path_id: &str, item_id: &str) -> bool {
        self.training
            .get(path_id)
            .and_then(|items| items.get(item_id))
            .copied()
            .unwrap_or(false)
    }

    /// Marks a training item as acquired or not (an item not acquired is left out of the file).
    pub fn set_acquired(&mut self, path_id: &str, item_id: &str, acquired: bool) {
        self.apply(Change::training(path_id, item_id, acquired));
    }

    /// Notes that the plan changed on `date` outside any joint session: one self-assessment
    /// sitting per day. A change made during a joint session belongs to that session.
    pub fn note_self_assessment(&mut self, date: Date) {
        if self.session_in_progress().is_some() {
            return;
        }
        let logged = self
            .sessions
            .iter()
            .any(|session| session.date == date && session.kind == SessionKind::SelfAssessment);
        if !logged {
            self.sessions.push(Session::self_assessment(date));
        }
    }
}

#[cfg(test)]
mod disk_tests;
#[cfg(test)]
mod shared_folder_tests;
#[cfg(test)]
mod tests;
