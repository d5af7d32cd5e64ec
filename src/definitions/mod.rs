//! The stage and questionnaire definitions: YAML files, validated, then immutable.

mod diagnostic;
mod embedded;
mod fact_checks;
mod facts;
mod json;
mod load;
pub mod schema;
mod text;
mod validate;

use std::path::PathBuf;

pub use diagnostic::{DefinitionsError, Diagnostic};
pub use facts::StageQuestion;
pub use load::{MAX_FILE_BYTES, Source, load};
pub use schema::{
    Choice, Criterion, Link, ProjectField, Question, QuestionKind, Questionnaire, Role, Section,
    Stage, TrainingFile,
};
pub use text::Text;

use schema::{OfferFile, ProgramContact, ProjectRole};

/// Where a definition set was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary from `questionnaires/`.
    Embedded,
    /// Read from a folder given with `--questionnaires`.
    Dir(PathBuf),
}

/// A question located in its questionnaire and section.
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef<'a> {
    /// The questionnaire it belongs to.
    pub questionnaire: &'a Questionnaire,
    /// Its section.
    pub section: &'a Section,
    /// The question.
    pub question: &'a Question,
}

/// Index of a question: questionnaire, section, question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QuestionPos {
    questionnaire: usize,
    section: usize,
    question: usize,
}

/// A complete, validated definition set.
#[derive(Debug, Clone)]
pub struct Definitions {
    /// Where it was read from.
    pub origin: Origin,
    /// `sha256:` digest of the files.
    pub digest: String,
    /// The offer: version, contacts, roles, hosting targets.
    pub offer: OfferFile,
    /// The stages, ordered by number (1 to 5).
    pub stages: Vec<Stage>,
    /// The questionnaires.
    pub questionnaires: Vec<Questionnaire>,
    /// The training plan, when the set has one.
    pub training: Option<TrainingFile>,
    /// For each stage, its questions in order.
    stage_questions: Vec<Vec<QuestionPos>>,
    /// The questions holding the project card's fields, and those following earlier ones.
    facts: facts::Facts,
}

impl Definitions {
    /// Version of the definition set.
    pub fn version(&self) -> &str {
        &self.offer.version
    }

    /// The stage numbered `number` (1-based).
    pub fn stage_by_number(&self, number: u8) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.number == number)
    }

    /// The questionnaire with this id.
    pub fn questionnaire(&self, id: &str) -> Option<&Questionnaire> {
        self.questionnaires.iter().find(|q| q.id == id)
    }

    /// The questions answered at the stage of index `stage_index` (0-based), in order.
    pub fn stage_questions(&self, stage_index: usize) -> impl Iterator<Item = QuestionRef<'_>> {
        self.stage_questions
            .get(stage_index)
            .into_iter()
            .flatten()
            .map(|pos| self.question_at(*pos))
    }

    /// The question of rank `index` at the stage of index `stage_index`, in constant time.
    pub fn stage_question(&self, stage_index: usize, index: usize) -> Option<QuestionRef<'_>> {
        let pos = self.stage_questions.get(stage_index)?.get(index)?;
        Some(self.question_at(*pos))
    }

    fn question_at(&self, pos: QuestionPos) -> QuestionRef<'_> {
        let questionnaire = &self.questionnaires[pos.questionnaire];
        let section = &questionnaire.sections[pos.section];
        QuestionRef {
            questionnaire,
            section,
            question: &section.questions[pos.question],
        }
    }

    /// How many questions are answered at the stage of index `stage_index`.
    pub fn stage_question_count(&self, stage_index: usize) -> usize {
        self.stage_questions.get(stage_index).map_or(0, Vec::len)
    }

    /// The programme team with this id.
    pub fn program_contact(&self, id: &str) -> Option<&ProgramContact> {
        self.offer.program_contacts.iter().find(|c| c.id == id)
    }

    /// The project-side role with this id.
    pub fn project_role(&self, id: &str) -> Option<&ProjectRole> {
        self.offer.project_roles.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests;
