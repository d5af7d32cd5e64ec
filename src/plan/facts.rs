//! The plan's side of the facts held once: the project card's kind and hosting target are the
//! answers of the questions that hold them, an older plan's card is moved into those answers, and
//! an unanswered question that follows an earlier one starts from that answer.

use super::{AnswerRecord, AnswerValue, Change, Plan, Project};
use crate::definitions::{Definitions, ProjectField, Question, QuestionKind, Stage};
use crate::i18n::{Lang, fill};

/// The earlier answer an unanswered question starts from, until the user confirms it.
#[derive(Debug, Clone)]
pub struct Carried<'d> {
    /// The stage of the earlier answer.
    pub stage: &'d Stage,
    /// The earlier answer, its options cut to those the question offers.
    pub value: AnswerValue,
}

impl Project {
    /// What an older plan wrote on the card for `field`.
    fn older(&self, field: ProjectField) -> Option<&str> {
        match field {
            ProjectField::Kind => self.older_kind.as_deref(),
            ProjectField::HostingTarget => self.older_hosting_target.as_deref(),
        }
    }

    /// Takes what an older plan wrote on the card for `field`, leaving it empty.
    fn take_older(&mut self, field: ProjectField) -> Option<String> {
        match field {
            ProjectField::Kind => self.older_kind.take(),
            ProjectField::HostingTarget => self.older_hosting_target.take(),
        }
    }
}

impl Plan {
    /// The project card's `field`: the choice id answered to the question that holds it, or what
    /// an older plan wrote on the card while it is not moved yet.
    pub fn project_value(&self, defs: &Definitions, field: ProjectField) -> Option<String> {
        let answered = defs.project_question(field).and_then(|holder| {
            let record = self.answer(&holder.stage.id, &holder.question.question.id)?;
            match &record.value {
                Some(AnswerValue::Text(id)) if record.is_answered() => Some(id.clone()),
                _ => None,
            }
        });
        answered.or_else(|| self.project.older(field).map(kebab_case))
    }

    /// The change that makes `value` (a choice id, or `None` to clear it) the project card's
    /// `field`, notes kept; `None` when no question of the definitions holds it.
    pub fn project_change(
        &self,
        defs: &Definitions,
        field: ProjectField,
        value: Option<&str>,
    ) -> Option<Change> {
        let holder = defs.project_question(field)?;
        let (stage, question) = (&holder.stage.id, &holder.question.question.id);
        let mut record = self.answer(stage, question).cloned().unwrap_or_default();
        record.value = value.map(|id| AnswerValue::Text(id.to_string()));
        Some(Change::answer(stage, question, record))
    }

    /// Moves what an older plan wrote on its project card into the answers that hold those fields
    /// now: an absent answer takes the card's value (`socle_dedie_np` read as `socle-dedie-np`); an
    /// answer that differs wins, the card's value kept in its note, said in `lang`. A field no
    /// question holds stays on the card. Nothing is written until the next change.
    pub fn settle_project_card(&mut self, defs: &Definitions, lang: Lang) {
        for field in ProjectField::ALL {
            let Some(holder) = defs.project_question(field) else {
                continue;
            };
            let Some(older) = self.project.take_older(field) else {
                continue;
            };
            let id = kebab_case(&older);
            if id.is_empty() {
                continue;
            }
            let question = holder.question.question;
            let (stage, question_id) = (&holder.stage.id, &question.id);
            let mut record = self.answer(stage, question_id).cloned().unwrap_or_default();
            let card = Some(AnswerValue::Text(id.clone()));
            if !record.is_answered() {
                record.value = card;
            } else if record.value != card {
                let label = question
                    .choices
                    .iter()
                    .find(|choice| choice.id == id)
                    .map_or(older.trim(), |choice| choice.label.get(lang));
                let line = fill(lang.strings().project_card_value, &[&label]);
                record.note = match record.note.trim_end() {
                    "" => line,
                    note => format!("{note}\n{line}"),
                };
            }
            self.apply(Change::answer(stage, question_id, record));
        }
    }

    /// The earlier answer that `question`, unanswered at the stage `stage_id`, starts from: the
    /// answer of the question it follows, if that one is answered.
    pub fn carried<'d>(
        &self,
        defs: &'d Definitions,
        stage_id: &str,
        question: &Question,
    ) -> Option<Carried<'d>> {
        if self
            .answer(stage_id, &question.id)
            .is_some_and(AnswerRecord::is_answered)
        {
            return None;
        }
        let earlier = defs.followed(&question.id)?;
        let record = self
            .answer(&earlier.stage.id, &earlier.question.question.id)
            .filter(|record| record.is_answered())?;
        let offered = |id: &String| question.choices.iter().any(|c| &c.id == id);
        let value = match (question.kind, record.value.clone()?) {
            (QuestionKind::MultiChoice, AnswerValue::List(ids)) => {
                let ids: Vec<String> = ids.into_iter().filter(offered).collect();
                (!ids.is_empty()).then_some(AnswerValue::List(ids))?
            }
            (QuestionKind::Choice, AnswerValue::Text(id)) => {
                offered(&id).then_some(AnswerValue::Text(id))?
            }
            (_, value) => value,
        };
        Some(Carried {
            stage: earlier.stage,
            value,
        })
    }
}

/// An id as older plans wrote it (`socle_dedie_np`), as the definitions write it (`socle-dedie-np`).
fn kebab_case(id: &str) -> String {
    id.trim().replace('_', "-")
}

#[cfg(test)]
mod tests;
