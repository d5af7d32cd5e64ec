//! The items of the shown stage, criteria then questions, as the presenter view and the review
//! list walk them: the one selected is the main screen's selection, so the main screen's actions
//! (answer, edit, notes) work on it unchanged.

use super::{App, Pane};
use crate::plan::CriterionStatus;

/// A criterion or a question of the shown stage, by its index in its own list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The criterion of this index.
    Criterion(usize),
    /// The question of this index.
    Question(usize),
}

impl App<'_> {
    /// Every criterion of the shown stage, then every question.
    pub fn stage_items(&self) -> Vec<Item> {
        let criteria = (0..self.stage().criteria.len()).map(Item::Criterion);
        let questions = (0..self.rows[self.ui.stage].questions.item_count()).map(Item::Question);
        criteria.chain(questions).collect()
    }

    /// The selected item: the focused list's selection, or the detail pane's when the sheet has
    /// the focus; `None` when that list is empty.
    pub fn selected_item(&self) -> Option<Item> {
        let stage = self.ui.stage;
        let pane = match self.ui.focus {
            Pane::Sheet => self.ui.detail,
            pane => pane,
        };
        let item = match pane {
            Pane::Questions => Item::Question(self.ui.question[stage]),
            _ => Item::Criterion(self.ui.criterion[stage]),
        };
        self.exists(item).then_some(item)
    }

    /// True when `item` is one of the shown stage's.
    fn exists(&self, item: Item) -> bool {
        match item {
            Item::Criterion(index) => index < self.stage().criteria.len(),
            Item::Question(index) => index < self.rows[self.ui.stage].questions.item_count(),
        }
    }

    /// Selects `item`, focusing its list.
    pub fn select(&mut self, item: Item) {
        let stage = self.ui.stage;
        let pane = match item {
            Item::Criterion(index) => {
                self.ui.criterion[stage] = index;
                Pane::Criteria
            }
            Item::Question(index) => {
                self.ui.question[stage] = index;
                Pane::Questions
            }
        };
        self.ui.focus = pane;
        self.ui.detail = pane;
    }

    /// True when `item` has no answer yet (a criterion still to assess).
    pub fn is_unanswered(&self, item: Item) -> bool {
        let stage_id = &self.stage().id;
        match item {
            Item::Criterion(index) => {
                let id = &self.stage().criteria[index].id;
                self.plan.criterion(stage_id, id).status == CriterionStatus::Todo
            }
            Item::Question(index) => self.question(index).is_none_or(|q| {
                !self
                    .plan
                    .answer(stage_id, &q.question.id)
                    .is_some_and(|a| a.is_answered())
            }),
        }
    }

    /// True when `item` is a criterion assessed ko.
    pub fn is_ko(&self, item: Item) -> bool {
        let Item::Criterion(index) = item else {
            return false;
        };
        let id = &self.stage().criteria[index].id;
        self.plan.criterion(&self.stage().id, id).status == CriterionStatus::Ko
    }

    /// True when `item` carries the team's note or the interviewer's.
    pub fn has_notes(&self, item: Item) -> bool {
        let stage_id = &self.stage().id;
        let (note, interviewer) = match item {
            Item::Criterion(index) => {
                let record = self
                    .plan
                    .criterion(stage_id, &self.stage().criteria[index].id);
                (record.note, record.interviewer_note)
            }
            Item::Question(index) => match self
                .question(index)
                .and_then(|q| self.plan.answer(stage_id, &q.question.id))
            {
                Some(record) => (record.note.clone(), record.interviewer_note.clone()),
                None => return false,
            },
        };
        !note.trim().is_empty() || !interviewer.trim().is_empty()
    }
}
