//! Facts held in one place: the project card's fields that questions hold, options taken from a
//! list of the offer, and answers that start from an earlier stage's answer.

use std::collections::{BTreeMap, HashMap};

use super::schema::{
    Choice, ChoicesFrom, OfferFile, ProjectField, Question, QuestionKind, Questionnaire, Stage,
};
use super::{Definitions, QuestionPos, QuestionRef};
use crate::i18n::Strings;

/// A message's wording, picked from the interface's strings.
pub(super) type Template = fn(&Strings) -> &'static str;

/// Where a question is answered: the index of the first stage that asks it, and its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QuestionAt {
    stage: usize,
    pos: QuestionPos,
}

/// The questions holding the project card's fields, and those that follow an earlier one.
#[derive(Debug, Clone, Default)]
pub(super) struct Facts {
    /// Per field of the project card, the question whose answer it is.
    project: BTreeMap<ProjectField, QuestionAt>,
    /// Per question id, the earlier question it starts from.
    follows: BTreeMap<String, QuestionAt>,
    /// The questions that declare `training_need`, where they are first asked, in stage order.
    training_needs: Vec<QuestionAt>,
}

/// A question with the stage it is answered at (the answer's key in the plan).
#[derive(Debug, Clone, Copy)]
pub struct StageQuestion<'a> {
    /// The first stage that asks it.
    pub stage: &'a Stage,
    /// The question, in its questionnaire and section.
    pub question: QuestionRef<'a>,
}

impl Facts {
    /// Finds them in definitions that passed [`Checker::check_facts`], stages ordered by number.
    pub(super) fn of(
        questionnaires: &[Questionnaire],
        stage_questions: &[Vec<QuestionPos>],
    ) -> Self {
        let question = |pos: QuestionPos| {
            &questionnaires[pos.questionnaire].sections[pos.section].questions[pos.question]
        };
        let mut first: HashMap<&str, QuestionAt> = HashMap::new();
        for (stage, positions) in stage_questions.iter().enumerate() {
            for pos in positions {
                first
                    .entry(question(*pos).id.as_str())
                    .or_insert(QuestionAt { stage, pos: *pos });
            }
        }
        let mut facts = Facts::default();
        for (stage, positions) in stage_questions.iter().enumerate() {
            for pos in positions {
                let asked = question(*pos);
                if asked.training_need
                    && first.get(asked.id.as_str()).map(|at| at.stage) == Some(stage)
                {
                    facts.training_needs.push(QuestionAt { stage, pos: *pos });
                }
                if let Some(field) = asked.project_field {
                    facts
                        .project
                        .entry(field)
                        .or_insert(QuestionAt { stage, pos: *pos });
                }
                if let Some(earlier) = asked.follows.as_deref().and_then(|id| first.get(id)) {
                    facts.follows.entry(asked.id.clone()).or_insert(*earlier);
                }
            }
        }
        facts
    }
}

impl Definitions {
    /// The question whose answer is the project card's `field`, if the definitions declare one.
    pub fn project_question(&self, field: ProjectField) -> Option<StageQuestion<'_>> {
        self.facts
            .project
            .get(&field)
            .map(|at| self.stage_question_at(*at))
    }

    /// The earlier question that the question `id` starts from, if it declares `follows`.
    pub fn followed(&self, id: &str) -> Option<StageQuestion<'_>> {
        self.facts
            .follows
            .get(id)
            .map(|at| self.stage_question_at(*at))
    }

    /// The questions whose answers say what the team needs in training (`training_need: true`),
    /// each at the first stage asking it.
    pub fn training_need_questions(&self) -> impl Iterator<Item = StageQuestion<'_>> {
        self.facts
            .training_needs
            .iter()
            .map(|at| self.stage_question_at(*at))
    }

    fn stage_question_at(&self, at: QuestionAt) -> StageQuestion<'_> {
        StageQuestion {
            stage: &self.stages[at.stage],
            question: self.question_at(at.pos),
        }
    }
}

/// Gives the questions that take their options from a list of the offer those options.
pub(super) fn fill_choices(offer: &OfferFile, questionnaires: &mut [Questionnaire]) {
    let questions = questionnaires
        .iter_mut()
        .flat_map(|q| &mut q.sections)
        .flat_map(|s| &mut s.questions);
    for question in questions {
        if question.choices_from == Some(ChoicesFrom::HostingTargets) {
            question.choices = offer
                .hosting_targets
                .iter()
                .map(|target| Choice {
                    id: target.id.clone(),
                    label: target.name.clone(),
                })
                .collect();
        }
    }
}

/// The questions of a questionnaire, in order.
pub(super) fn questions(questionnaire: &Questionnaire) -> impl Iterator<Item = &Question> {
    questionnaire.sections.iter().flat_map(|s| &s.questions)
}

/// True when a question of kind `later` can start from an answer of kind `earlier`: the same kind,
/// or free text starting from text, a number or a date.
pub(super) fn can_follow(later: QuestionKind, earlier: QuestionKind) -> bool {
    use QuestionKind::*;
    later == earlier
        || matches!(later, Text | LongText) && matches!(earlier, Text | LongText | Number | Date)
}
