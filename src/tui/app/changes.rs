//! The one path of every change to the plan: applied, its stage counted again, its inverse kept
//! for undo; and undo and redo themselves.

use super::App;
use crate::definitions::QuestionRef;
use crate::plan::{AnswerRecord, AnswerValue, Change, CriterionRecord, Entry, touched_progress};
use crate::tui::action::Effect;
use crate::tui::history::{self, Way};

impl<'d> App<'d> {
    /// Changes the record of the shown stage's criterion of index `index`.
    pub(in crate::tui) fn change_criterion(
        &mut self,
        index: usize,
        change: impl FnOnce(&mut CriterionRecord),
    ) {
        let stage = self.stage();
        let id = &stage.criteria[index].id;
        let mut record = self.plan.criterion(&stage.id, id);
        change(&mut record);
        self.change(Change::criterion(&stage.id, id, record));
    }

    /// Changes the answer to a question of the shown stage.
    pub(in crate::tui) fn change_answer(
        &mut self,
        question: QuestionRef<'d>,
        change: impl FnOnce(&mut AnswerRecord),
    ) {
        let stage_id = &self.stage().id;
        let id = &question.question.id;
        let mut record = self.plan.answer(stage_id, id).cloned().unwrap_or_default();
        change(&mut record);
        self.change(Change::answer(stage_id, id, record));
    }

    /// Records `value` as the answer to a question of the shown stage, unless it is the answer
    /// already, and logs today's sitting.
    pub(in crate::tui) fn record_answer(
        &mut self,
        question: QuestionRef<'d>,
        value: Option<AnswerValue>,
    ) -> Option<Effect> {
        let current = self
            .plan
            .answer(&self.stage().id, &question.question.id)
            .and_then(|a| a.value.as_ref());
        if current == value.as_ref() {
            return None;
        }
        self.change_answer(question, |record| record.value = value);
        self.answered()
    }

    /// Applies a change the user made, marked with who entered it when a joint session is in
    /// progress; its inverse is kept for `u`.
    pub(in crate::tui) fn change(&mut self, change: Change) {
        let entry = self.plan.session_in_progress().map(|session| Entry {
            side: self.keyboard_side(),
            date: session.date,
        });
        let inverse = self.apply(change.entered(entry));
        self.history.done(inverse);
    }

    /// The one path of every change to the plan: applies `change`, counts again the criterion or
    /// question it touches, and returns the change that undoes it.
    pub(in crate::tui) fn apply(&mut self, change: Change) -> Change {
        let stage = change
            .stage()
            .and_then(|id| self.defs.stages.iter().position(|s| s.id == id));
        let before = stage.map(|index| touched_progress(self.defs, &self.plan, index, &change));
        let inverse = self.plan.apply(change);
        if let (Some(index), Some(before)) = (stage, before) {
            let after = touched_progress(self.defs, &self.plan, index, &inverse);
            self.progress[index] = self.progress[index].with_part_replaced(before, after);
        }
        inverse
    }

    /// Undoes the last change of the sitting (or redoes the last undone), saying which.
    pub(in crate::tui) fn step(&mut self, way: Way) -> Option<Effect> {
        let Some(change) = self.history.take(way) else {
            let text = self.history.nothing(way, self.lang).to_string();
            self.inform(text, false);
            return None;
        };
        let text = history::describe(&change, way, &self.plan, self.defs, self.lang);
        // Taking back a session's start or end is no sitting of the team's own.
        let sitting = !matches!(change, Change::Sessions(_));
        let inverse = self.apply(change);
        self.history.took(way, inverse);
        let effect = if sitting {
            self.answered()
        } else {
            self.changed()
        };
        self.inform(text, false);
        effect
    }
}
