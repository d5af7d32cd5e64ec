//! Answers whose ids no longer exist in the definitions: found, shown, never dropped.

use std::collections::HashSet;

use super::Plan;
use crate::definitions::Definitions;

/// What kind of record is orphaned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrphanKind {
    /// A whole stage record whose stage id is unknown.
    Stage,
    /// A criterion status or note.
    Criterion,
    /// A question's answer.
    Answer,
}

/// A record of the plan that no definition matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    /// The stage id the record is filed under.
    pub stage_id: String,
    /// What the record is.
    pub kind: OrphanKind,
    /// The unknown id (the stage id itself for [`OrphanKind::Stage`]).
    pub id: String,
}

/// Every record of `plan` that `definitions` do not know, in file order.
pub fn orphans(plan: &Plan, definitions: &Definitions) -> Vec<Orphan> {
    let mut found = Vec::new();
    for (stage_id, record) in &plan.stages {
        let Some((index, stage)) = definitions
            .stages
            .iter()
            .enumerate()
            .find(|(_, stage)| &stage.id == stage_id)
        else {
            found.push(Orphan {
                stage_id: stage_id.clone(),
                kind: OrphanKind::Stage,
                id: stage_id.clone(),
            });
            continue;
        };
        let criteria: HashSet<&str> = stage.criteria.iter().map(|c| c.id.as_str()).collect();
        let questions: HashSet<&str> = definitions
            .stage_questions(index)
            .map(|q| q.question.id.as_str())
            .collect();
        for id in record.criteria.keys() {
            if !criteria.contains(id.as_str()) {
                found.push(Orphan {
                    stage_id: stage_id.clone(),
                    kind: OrphanKind::Criterion,
                    id: id.clone(),
                });
            }
        }
        for id in record.answers.keys() {
            if !questions.contains(id.as_str()) {
                found.push(Orphan {
                    stage_id: stage_id.clone(),
                    kind: OrphanKind::Answer,
                    id: id.clone(),
                });
            }
        }
    }
    found
}
