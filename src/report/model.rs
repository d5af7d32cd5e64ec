//! The report model: everything the report says, in the interface language, as plain values the
//! three formats print (and `json` serialises as it is). Built by [`super::build`].

use serde::Serialize;

use crate::plan::AnswerValue;

/// The version of the report's JSON shape (docs/report-json.md).
pub const FORMAT: &str = "embarquement-report/1";

/// A coded value with its words: `{"code": "na", "label": "sans objet"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// The value as the plan or the definitions write it.
    pub code: String,
    /// The value in words.
    pub label: String,
}

/// A day: `{"iso": "2026-12-01", "text": "1er décembre 2026"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// In words.
    pub text: String,
}

/// A time of day: `{"iso": "14:05", "text": "14 h 05"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clock {
    /// `HH:MM`.
    pub iso: String,
    /// In words.
    pub text: String,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// `fr` or `en`.
    pub lang: &'static str,
    /// « Rapport d'embarquement — projet ».
    pub title: String,
    /// The plan's file name.
    pub plan_file: String,
    /// The project card.
    pub project: ProjectCard,
    /// The definitions the report was made with, and those the plan was answered against.
    pub definitions: DefinitionsCard,
    /// The stage the project has reached: the first without the service team's go.
    pub current_stage: u8,
    /// Every stage, in order.
    pub stages: Vec<StageReport>,
    /// The joint sessions, oldest first.
    pub sessions: Vec<SessionReport>,
    /// The days the team worked on the plan alone, oldest first.
    pub self_assessment_days: Vec<Day>,
    /// The whole team's ticks and each member's next training.
    pub training: TrainingReport,
    /// Records whose ids the definitions no longer know.
    pub orphans: Vec<OrphanReport>,
}

/// The project card.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectCard {
    /// Name.
    pub name: String,
    /// Organisation.
    pub organisation: Option<String>,
    /// Kind of project.
    pub kind: Option<Label>,
    /// Hosting target.
    pub hosting_target: Option<Label>,
    /// People on the project's side, by role.
    pub contacts: Vec<ContactReport>,
}

/// A person on the project's side.
#[derive(Debug, Clone, Serialize)]
pub struct ContactReport {
    /// Their role (the offer's project role).
    pub role: Label,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
}

/// Which definitions.
#[derive(Debug, Clone, Serialize)]
pub struct DefinitionsCard {
    /// Version of the definitions the report was made with.
    pub version: String,
    /// `embedded`, or the folder they were read from.
    pub source: String,
    /// Their `sha256:` digest.
    pub digest: String,
    /// Version the plan was last answered against.
    pub plan_version: String,
}

/// One stage.
#[derive(Debug, Clone, Serialize)]
pub struct StageReport {
    /// Stage id.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Full title.
    pub title: String,
    /// Short title.
    pub short_title: String,
    /// False while the previous stage has no go from the service team.
    pub open: bool,
    /// The go/no-go statement.
    pub go_no_go: String,
    /// Counts and readiness.
    pub progress: ProgressReport,
    /// Both sides' decisions.
    pub decisions: DecisionsReport,
    /// Every criterion, in order.
    pub criteria: Vec<CriterionReport>,
    /// The questionnaires answered at this stage, in order.
    pub questionnaires: Vec<QuestionnaireReport>,
    /// What stands in the way of a go.
    pub blockers: BlockersReport,
    /// What comes after this stage; `None` after the last one.
    pub next: Option<NextReport>,
}

/// Counts of a stage.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressReport {
    /// Criteria: all of them.
    pub criteria_total: usize,
    /// Criteria met.
    pub ok: usize,
    /// Criteria not met.
    pub ko: usize,
    /// Criteria not applicable.
    pub na: usize,
    /// Criteria not assessed.
    pub todo: usize,
    /// Questions: all of them.
    pub questions_total: usize,
    /// Questions answered.
    pub questions_answered: usize,
    /// Required questions.
    pub required_total: usize,
    /// Required questions answered.
    pub required_answered: usize,
    /// 0 to 1: criteria ok or n/a and required questions answered, over both totals.
    pub readiness: f64,
    /// The readiness in words (« 43 % »).
    pub readiness_text: String,
}

/// Both sides' decisions on a stage.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionsReport {
    /// The team's self-assessment: proposed, never final.
    pub project_team: DecisionReport,
    /// The service team's decision: its go opens the next stage.
    pub service_team: DecisionReport,
}

impl DecisionsReport {
    /// The team's, then the service team's.
    pub fn both(&self) -> [&DecisionReport; 2] {
        [&self.project_team, &self.service_team]
    }
}

/// One side's decision.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionReport {
    /// `project_team` or `service_team`.
    pub side: Label,
    /// `pending`, `go` or `no_go`.
    pub status: Label,
    /// Who recorded it.
    pub name: Option<String>,
    /// When.
    pub date: Option<Day>,
    /// Why.
    pub rationale: Option<String>,
    /// The decisions it replaced, oldest first.
    pub history: Vec<PastDecisionReport>,
}

/// A decision replaced by a later one.
#[derive(Debug, Clone, Serialize)]
pub struct PastDecisionReport {
    /// `pending`, `go` or `no_go`.
    pub status: Label,
    /// Who recorded it.
    pub name: Option<String>,
    /// When.
    pub date: Option<Day>,
    /// Why.
    pub rationale: Option<String>,
}

/// Who entered a record in a joint session, and on which day.
#[derive(Debug, Clone, Serialize)]
pub struct EntryReport {
    /// `project_team` or `service_team`.
    pub side: Label,
    /// The day of the session.
    pub date: Day,
}

/// One criterion.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionReport {
    /// Criterion id.
    pub id: String,
    /// What must hold.
    pub title: String,
    /// The group heading it falls under.
    pub group: Option<String>,
    /// True when it must be ok or n/a for a go.
    pub blocking: bool,
    /// `todo`, `ok`, `ko` or `na`.
    pub status: Label,
    /// The team's note.
    pub note: Option<String>,
    /// The service team's note.
    pub interviewer_note: Option<String>,
    /// Who entered it in a joint session.
    pub entered: Option<EntryReport>,
}

/// A questionnaire of a stage.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionnaireReport {
    /// Questionnaire id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its sections, in order.
    pub sections: Vec<SectionReport>,
}

/// A section of a questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct SectionReport {
    /// Section id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its questions, in order.
    pub questions: Vec<QuestionReport>,
}

/// A question and its answer.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionReport {
    /// Question id.
    pub id: String,
    /// The question in full.
    pub label: String,
    /// How it is answered (`text`, `choice`…).
    pub kind: String,
    /// True for a « facultatif » question.
    pub optional: bool,
    /// True when it has an answer.
    pub answered: bool,
    /// The answer as the plan stores it (choice ids, `YYYY-MM-DD`…).
    pub value: Option<AnswerValue>,
    /// The answer in words (choice labels, « oui », « 1er décembre 2026 »…), or « non renseigné ».
    pub answer: String,
    /// The team's note.
    pub note: Option<String>,
    /// The service team's note.
    pub interviewer_note: Option<String>,
    /// Who entered it in a joint session.
    pub entered: Option<EntryReport>,
}

/// What stands in the way of a stage's go.
#[derive(Debug, Clone, Serialize)]
pub struct BlockersReport {
    /// Blocking criteria neither ok nor n/a.
    pub criteria: Vec<BlockingCriterion>,
    /// Required questions unanswered.
    pub unanswered: Vec<Named>,
}

/// A blocking criterion that holds up a go.
#[derive(Debug, Clone, Serialize)]
pub struct BlockingCriterion {
    /// Criterion id.
    pub id: String,
    /// What must hold.
    pub title: String,
    /// Where it stands (`todo` or `ko`).
    pub status: Label,
}

/// Something named by its id and its words.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    /// Id.
    pub id: String,
    /// Words.
    pub label: String,
}

/// What comes after a stage.
#[derive(Debug, Clone, Serialize)]
pub struct NextReport {
    /// The next stage's number.
    pub stage: u8,
    /// Its title.
    pub title: String,
    /// Its key steps.
    pub key_steps: Vec<String>,
    /// The programme's teams to contact.
    pub program_contacts: Vec<ProgramContactReport>,
    /// The project's roles to involve, with the people the plan names.
    pub project_contacts: Vec<ProjectRoleReport>,
    /// « Si éligible à un accompagnement ».
    pub if_eligible: Option<String>,
    /// « Soutien du programme ».
    pub program_support: Option<String>,
}

/// A team of the programme.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramContactReport {
    /// Team id.
    pub id: String,
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
}

/// A role on the project's side, with the people in it.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectRoleReport {
    /// The role.
    pub role: Label,
    /// The plan's contacts in that role.
    pub people: Vec<Person>,
}

/// A person with a way to reach them.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
}

/// A joint session.
#[derive(Debug, Clone, Serialize)]
pub struct SessionReport {
    /// Kind (`prequalification`…).
    pub kind: Label,
    /// When.
    pub date: Day,
    /// When it started.
    pub start: Option<Clock>,
    /// When it ended.
    pub end: Option<Clock>,
    /// Who took part.
    pub participants: Vec<ParticipantReport>,
    /// The minutes.
    pub minutes: Option<String>,
    /// What is to be done next.
    pub actions: Vec<ActionReport>,
    /// The next meeting.
    pub next_meeting: Option<Day>,
}

/// Someone who took part in a session.
#[derive(Debug, Clone, Serialize)]
pub struct ParticipantReport {
    /// Name.
    pub name: String,
    /// Their side, when known.
    pub side: Option<Label>,
    /// Their role, in their own words.
    pub role: Option<String>,
}

/// An action item.
#[derive(Debug, Clone, Serialize)]
pub struct ActionReport {
    /// What.
    pub what: String,
    /// Who.
    pub who: Option<String>,
    /// By when.
    pub due: Option<Day>,
}

/// Training: the whole team's ticks and each member's next level.
#[derive(Debug, Clone, Serialize)]
pub struct TrainingReport {
    /// The whole team's ticks, per path that has any.
    pub team: Vec<TeamPathReport>,
    /// Each member, in the plan's order.
    pub members: Vec<MemberReport>,
    /// What the trames' answers say about training needs, in stage order.
    pub needs: Vec<TrainingNeedReport>,
}

/// A question on training needs and its answer, with the stage that asks it.
#[derive(Debug, Clone, Serialize)]
pub struct TrainingNeedReport {
    /// The number of the stage that asks it.
    pub stage: u8,
    /// The question.
    pub question: Named,
    /// True when it has an answer.
    pub answered: bool,
    /// The answer as the plan stores it.
    pub value: Option<AnswerValue>,
    /// The answer in words, or « non renseigné ».
    pub answer: String,
}

/// The whole team's ticks on one path.
#[derive(Debug, Clone, Serialize)]
pub struct TeamPathReport {
    /// The path.
    pub path: Named,
    /// Items acquired.
    pub acquired: usize,
    /// Items of the path.
    pub total: usize,
    /// The items acquired, in the path's order.
    pub items: Vec<String>,
}

/// A team member's training.
#[derive(Debug, Clone, Serialize)]
pub struct MemberReport {
    /// Name.
    pub name: String,
    /// Their role (`decision`, `pilotage`, `technique`).
    pub role: Label,
    /// The paths their role gives, with their next level.
    pub paths: Vec<MemberPathReport>,
    /// The self-training resources of the stage reached, for their role.
    pub resources: Option<String>,
}

/// Where a member stands on a path.
#[derive(Debug, Clone, Serialize)]
pub struct MemberPathReport {
    /// The path.
    pub path: Named,
    /// Items acquired.
    pub acquired: usize,
    /// Items of the path.
    pub total: usize,
    /// The level to work on next; `None` once the path is acquired.
    pub next_level: Option<LevelReport>,
}

/// A training level to work on.
#[derive(Debug, Clone, Serialize)]
pub struct LevelReport {
    /// 1 to 3.
    pub level: u8,
    /// Its title, when the definitions name it.
    pub title: Option<String>,
    /// Its items not acquired yet.
    pub remaining: Vec<String>,
}

/// A record the definitions no longer know.
#[derive(Debug, Clone, Serialize)]
pub struct OrphanReport {
    /// The stage id it is filed under.
    pub stage: String,
    /// `stage`, `criterion` or `answer`.
    pub kind: Label,
    /// The unknown id.
    pub id: String,
}
