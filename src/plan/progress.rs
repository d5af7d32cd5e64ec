//! How far a stage is: criteria counts, answered questions, readiness.

use super::{Change, CriterionStatus, DecisionStatus, Plan, StageRecord};
use crate::definitions::{Criterion, Definitions};

/// Criteria of a stage by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CriteriaCounts {
    /// All criteria of the stage.
    pub total: usize,
    /// Met.
    pub ok: usize,
    /// Not met.
    pub ko: usize,
    /// Not applicable.
    pub na: usize,
    /// Not assessed.
    pub todo: usize,
}

impl CriteriaCounts {
    /// Criteria that no longer stand in the way (ok or not applicable).
    pub fn settled(&self) -> usize {
        self.ok + self.na
    }
}

/// Progress of one stage.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageProgress {
    /// Criteria by status.
    pub criteria: CriteriaCounts,
    /// Questions of the stage's questionnaires.
    pub questions_total: usize,
    /// Questions with an answer.
    pub questions_answered: usize,
    /// Required (not optional) questions.
    pub required_total: usize,
    /// Required questions with an answer.
    pub required_answered: usize,
}

impl StageProgress {
    /// Share of the work done, from 0 to 1: criteria ok or not applicable, and required questions
    /// answered, over all criteria and required questions. A stage with nothing to do is ready.
    pub fn readiness(&self) -> f64 {
        let total = self.criteria.total + self.required_total;
        if total == 0 {
            return 1.0;
        }
        (self.criteria.settled() + self.required_answered) as f64 / total as f64
    }
}

impl CriteriaCounts {
    /// The count of criteria with `status`.
    fn count_mut(&mut self, status: CriterionStatus) -> &mut usize {
        match status {
            CriterionStatus::Todo => &mut self.todo,
            CriterionStatus::Ok => &mut self.ok,
            CriterionStatus::Ko => &mut self.ko,
            CriterionStatus::Na => &mut self.na,
        }
    }
}

/// The status of a criterion in a stage's record (todo when none was recorded).
pub fn criterion_status(record: Option<&StageRecord>, criterion_id: &str) -> CriterionStatus {
    record
        .and_then(|r| r.criteria.get(criterion_id))
        .map(|c| c.status)
        .unwrap_or_default()
}

/// True when a stage's record holds an answer to the question.
pub fn is_answered(record: Option<&StageRecord>, question_id: &str) -> bool {
    record
        .and_then(|r| r.answers.get(question_id))
        .is_some_and(|a| a.is_answered())
}

/// The progress of the stage of index `stage_index` in `plan`.
pub fn stage_progress(definitions: &Definitions, plan: &Plan, stage_index: usize) -> StageProgress {
    let stage = &definitions.stages[stage_index];
    let record = plan.stage(&stage.id);
    let mut progress = StageProgress::default();
    for criterion in &stage.criteria {
        progress.criteria.total += 1;
        *progress
            .criteria
            .count_mut(criterion_status(record, &criterion.id)) += 1;
    }
    for question in definitions.stage_questions(stage_index) {
        let answered = is_answered(record, &question.question.id);
        progress.questions_total += 1;
        progress.questions_answered += usize::from(answered);
        if !question.question.optional {
            progress.required_total += 1;
            progress.required_answered += usize::from(answered);
        }
    }
    progress
}

/// The part of a stage's progress that `change` can move: the one criterion or question it
/// touches, counted as `plan` has it (nothing for other changes). A change is counted again by
/// taking this part before it and adding it after: a stage of 10,000 criteria is not recounted.
pub fn touched_progress(
    definitions: &Definitions,
    plan: &Plan,
    stage_index: usize,
    change: &Change,
) -> StageProgress {
    let stage = &definitions.stages[stage_index];
    let record = plan.stage(&stage.id);
    let mut part = StageProgress::default();
    match change {
        Change::Criterion { criterion, .. } => {
            if stage.criteria.iter().any(|c| &c.id == criterion) {
                part.criteria.total = 1;
                *part.criteria.count_mut(criterion_status(record, criterion)) += 1;
            }
        }
        Change::Answer { question, .. } => {
            let found = definitions
                .stage_questions(stage_index)
                .find(|q| &q.question.id == question);
            if let Some(found) = found {
                let answered = usize::from(is_answered(record, question));
                part.questions_total = 1;
                part.questions_answered = answered;
                if !found.question.optional {
                    part.required_total = 1;
                    part.required_answered = answered;
                }
            }
        }
        Change::Decision { .. }
        | Change::Training { .. }
        | Change::Project(_)
        | Change::Sessions(_)
        | Change::Members(_)
        | Change::Conflicts(_) => {}
        // A conflict resolved: at most one criterion or question among its changes.
        Change::Several(changes) => {
            if let Some(change) = changes.iter().find(|c| c.stage().is_some()) {
                return touched_progress(definitions, plan, stage_index, change);
            }
        }
    }
    part
}

impl StageProgress {
    /// This progress with the part `before` replaced by `after`.
    pub fn with_part_replaced(self, before: StageProgress, after: StageProgress) -> Self {
        let shift = |now: usize, before: usize, after: usize| now - before + after;
        let criteria = CriteriaCounts {
            total: shift(
                self.criteria.total,
                before.criteria.total,
                after.criteria.total,
            ),
            ok: shift(self.criteria.ok, before.criteria.ok, after.criteria.ok),
            ko: shift(self.criteria.ko, before.criteria.ko, after.criteria.ko),
            na: shift(self.criteria.na, before.criteria.na, after.criteria.na),
            todo: shift(
                self.criteria.todo,
                before.criteria.todo,
                after.criteria.todo,
            ),
        };
        StageProgress {
            criteria,
            questions_total: shift(
                self.questions_total,
                before.questions_total,
                after.questions_total,
            ),
            questions_answered: shift(
                self.questions_answered,
                before.questions_answered,
                after.questions_answered,
            ),
            required_total: shift(
                self.required_total,
                before.required_total,
                after.required_total,
            ),
            required_answered: shift(
                self.required_answered,
                before.required_answered,
                after.required_answered,
            ),
        }
    }
}

/// The blocking criteria of a stage that are neither ok nor not applicable: they prevent a go.
pub fn blocking_unsettled<'d>(
    definitions: &'d Definitions,
    plan: &Plan,
    stage_index: usize,
) -> Vec<&'d Criterion> {
    let stage = &definitions.stages[stage_index];
    stage
        .criteria
        .iter()
        .filter(|c| c.blocking && !plan.criterion(&stage.id, &c.id).status.is_settled())
        .collect()
}

/// The number of the stage the project has reached: the first without the service team's go (the
/// last stage once every stage has one).
pub fn stage_reached(definitions: &Definitions, plan: &Plan) -> u8 {
    reached(definitions, |id| plan.decisions(id).counting())
}

/// The stage the project would reach if the service team's decision on `stage_id` were `status`.
pub fn stage_reached_if(
    definitions: &Definitions,
    plan: &Plan,
    stage_id: &str,
    status: DecisionStatus,
) -> u8 {
    reached(definitions, |id| {
        if id == stage_id {
            status
        } else {
            plan.decisions(id).counting()
        }
    })
}

/// The first stage whose decision, as `status` gives it, is not a go (or the last stage).
fn reached(definitions: &Definitions, status: impl Fn(&str) -> DecisionStatus) -> u8 {
    definitions
        .stages
        .iter()
        .find(|stage| status(&stage.id) != DecisionStatus::Go)
        .or(definitions.stages.last())
        .map_or(1, |stage| stage.number)
}
