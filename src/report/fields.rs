//! The words of a plan's fields (`plan::Field`) and of their values, from the definitions and the
//! strings table, for `diff` and the wizard's conflicts; every text from a plan made safe to print
//! on one line.

use crate::definitions::Definitions;
use crate::definitions::schema::{ChoicesFrom, Question};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::{
    AnswerValue, Conflict, CriterionStatus, DecisionStatus, Field, SessionKey, SessionKind, Side,
    Value,
};
use crate::sanitize;

/// Where a field is shown: the project, a stage (by position in the definitions, or unknown to
/// them), the session log.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// The project's card, members and training.
    Project,
    /// A stage of the definitions, by position.
    Stage(usize),
    /// A stage the definitions do not know, by id.
    Unknown(String),
    /// The session log.
    Sessions,
}

/// Words for the fields of plans answered against `definitions`, in `lang`.
pub struct Words<'a> {
    /// The definitions giving titles and labels.
    pub definitions: &'a Definitions,
    /// The interface's language.
    pub lang: Lang,
}

impl Words<'_> {
    /// The strings table of the language.
    pub fn s(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// The group of `field`.
    pub fn group(&self, field: &Field) -> Group {
        match field {
            Field::Session { .. } | Field::SessionMinutes { .. } => Group::Sessions,
            field => match field.stage() {
                None => Group::Project,
                Some(id) => self
                    .definitions
                    .stages
                    .iter()
                    .position(|stage| stage.id == id)
                    .map_or_else(|| Group::Unknown(id.to_string()), Group::Stage),
            },
        }
    }

    /// Where `field` comes within its group: criteria, then questions, in the definitions' order
    /// (those they do not know last), then the decisions; 0 outside stages.
    pub fn rank(&self, field: &Field) -> usize {
        let Some(index) = field.stage().and_then(|id| {
            self.definitions
                .stages
                .iter()
                .position(|stage| stage.id == id)
        }) else {
            return 0;
        };
        let stage = &self.definitions.stages[index];
        let criteria = stage.criteria.len();
        let questions = self.definitions.stage_question_count(index);
        let unknown = criteria + questions;
        match field {
            Field::CriterionStatus { criterion, .. }
            | Field::CriterionNote { criterion, .. }
            | Field::CriterionInterviewerNote { criterion, .. } => stage
                .criteria
                .iter()
                .position(|c| &c.id == criterion)
                .unwrap_or(unknown),
            Field::Answer { question, .. }
            | Field::AnswerNote { question, .. }
            | Field::AnswerInterviewerNote { question, .. } => self
                .definitions
                .stage_questions(index)
                .position(|q| &q.question.id == question)
                .map_or(unknown, |at| criteria + at),
            _ => unknown + 1,
        }
    }

    /// The heading of `group`.
    pub fn heading(&self, group: &Group) -> String {
        let s = self.s();
        match group {
            Group::Project => s.diff_project.to_string(),
            Group::Stage(index) => {
                let stage = &self.definitions.stages[index.to_owned()];
                fill(s.diff_stage, &[&stage.number, &stage.title.get(self.lang)])
            }
            Group::Unknown(id) => fill(s.diff_unknown_stage, &[&sanitize::line(id)]),
            Group::Sessions => s.diff_sessions.to_string(),
        }
    }

    /// What `field` is, in words.
    pub fn what(&self, field: &Field) -> String {
        let s = self.s();
        let quoted = |text: &str| sanitize::line(text).into_owned();
        match field {
            Field::ProjectName => s.diff_project_name.to_string(),
            Field::ProjectOrganisation => s.diff_organisation.to_string(),
            Field::Definitions => s.diff_definitions.to_string(),
            Field::CurrentStage => s.diff_current_stage.to_string(),
            Field::Contact { role, name } => {
                let role = self
                    .definitions
                    .project_role(role)
                    .map_or(role.as_str(), |r| r.name.get(self.lang));
                fill(s.diff_contact, &[&quoted(name), &quoted(role)])
            }
            Field::CriterionStatus { stage, criterion } => fill(
                s.diff_criterion_status,
                &[&quoted(&self.criterion(stage, criterion))],
            ),
            Field::CriterionNote { stage, criterion } => fill(
                s.about_criterion_note,
                &[&quoted(&self.criterion(stage, criterion))],
            ),
            Field::CriterionInterviewerNote { stage, criterion } => fill(
                s.about_criterion_interviewer_note,
                &[&quoted(&self.criterion(stage, criterion))],
            ),
            Field::CriterionEntry { stage, criterion } => fill(
                s.diff_criterion_entry,
                &[&quoted(&self.criterion(stage, criterion))],
            ),
            Field::AnswerEntry { stage, question } => fill(
                s.diff_answer_entry,
                &[&quoted(&self.question_label(stage, question))],
            ),
            Field::Answer { stage, question } => fill(
                s.about_answer,
                &[&quoted(&self.question_label(stage, question))],
            ),
            Field::AnswerNote { stage, question } => fill(
                s.about_answer_note,
                &[&quoted(&self.question_label(stage, question))],
            ),
            Field::AnswerInterviewerNote { stage, question } => fill(
                s.about_answer_interviewer_note,
                &[&quoted(&self.question_label(stage, question))],
            ),
            Field::Decision { side, .. } => match side {
                Side::ProjectTeam => s.diff_decision_project_team.to_string(),
                Side::ServiceTeam => s.diff_decision_service_team.to_string(),
            },
            Field::PastDecision { side, at, .. } => match side {
                Side::ProjectTeam => fill(s.diff_past_decision_project_team, &[&(at + 1)]),
                Side::ServiceTeam => fill(s.diff_past_decision_service_team, &[&(at + 1)]),
            },
            Field::Training { path, item } => fill(
                s.about_training,
                &[&quoted(&self.training_item(path, item))],
            ),
            Field::Member { member } | Field::MemberRole { member } => {
                fill(s.diff_member, &[&quoted(member)])
            }
            Field::MemberTraining { member, path, item } => fill(
                s.diff_member_training,
                &[&quoted(member), &quoted(&self.training_item(path, item))],
            ),
            Field::Session { session } => self.session(session),
            Field::SessionMinutes { session } => fill(s.diff_minutes, &[&self.session(session)]),
        }
    }

    /// A value of `field`, in words on one line; `None` (nothing) as such.
    pub fn value(&self, field: &Field, value: Option<&Value>) -> String {
        let s = self.s();
        let Some(value) = value else {
            return s.conflict_nothing.to_string();
        };
        let quoted = |text: &str| fill(s.diff_quoted, &[&sanitize::line(text)]);
        match value {
            Value::Text(text) => match field {
                Field::MemberRole { .. } => fill(s.diff_member_role, &[&self.role(text)]),
                _ => quoted(text),
            },
            Value::Status(status) => self.status(*status).to_string(),
            Value::Answer(answer) => match field {
                Field::Answer { stage, question } => self.answer(stage, question, answer),
                _ => self.answer("", "", answer),
            },
            Value::Decision(decision) => {
                let mut words = vec![self.decision(decision.status).to_string()];
                words.extend(
                    (!decision.name.is_empty())
                        .then(|| sanitize::line(&decision.name).into_owned()),
                );
                words.extend(decision.date.map(|date| date.to_string()));
                words.extend((!decision.rationale.is_empty()).then(|| quoted(&decision.rationale)));
                words.join(" · ")
            }
            Value::Acquired(acquired) => if *acquired { s.diff_acquired } else { s.no }.to_string(),
            Value::Contact(contact) => contact
                .email
                .as_deref()
                .map_or_else(String::new, |email| sanitize::line(email).into_owned()),
            Value::Member(member) => fill(s.diff_member_role, &[&self.role(&member.role)]),
            Value::Session(session) => fill(
                s.diff_session_value,
                &[&session.participants.len(), &session.actions.len()],
            ),
            Value::Definitions(stamp) => {
                let digest: String = stamp.digest.chars().take(15).collect();
                let [version, source, digest] =
                    [&stamp.version, &stamp.source, &digest].map(|t| sanitize::line(t));
                fill(s.diff_definitions_value, &[&version, &source, &digest])
            }
            Value::Stage(number) => self.stage(*number),
            Value::Entered { side, date } => match side {
                Side::ProjectTeam => fill(s.diff_entered_project_team, &[date]),
                Side::ServiceTeam => fill(s.diff_entered_service_team, &[date]),
            },
        }
    }

    /// A conflict on one line: the field, and each side's value.
    pub fn conflict_line(&self, conflict: &Conflict) -> String {
        let s = self.s();
        format!(
            "{}{}{}",
            self.what(&conflict.field),
            s.colon,
            self.conflict_sides(conflict)
        )
    }

    /// A conflict's values, each with its side: ours, theirs, then the common ancestor's.
    pub fn conflict_sides(&self, conflict: &Conflict) -> String {
        let s = self.s();
        let side = |name: &str, value: &Option<Value>| {
            format!(
                "{name}{}{}",
                s.colon,
                self.value(&conflict.field, value.as_ref())
            )
        };
        format!(
            "{} · {} ({})",
            side(s.conflict_ours, &conflict.ours),
            side(s.conflict_theirs, &conflict.theirs),
            side(s.conflict_base, &conflict.base),
        )
    }

    /// The stage of number `number` in words: with its title when the definitions know it.
    fn stage(&self, number: u8) -> String {
        let words = fill(self.s().diff_stage_value, &[&number]);
        match self
            .definitions
            .stages
            .get(usize::from(number).wrapping_sub(1))
        {
            Some(stage) => format!("{words} — {}", stage.title.get(self.lang)),
            None => words,
        }
    }

    /// A criterion's title (its id when the definitions do not know it).
    fn criterion(&self, stage: &str, criterion: &str) -> String {
        self.definitions
            .stages
            .iter()
            .find(|s| s.id == stage)
            .and_then(|s| s.criteria.iter().find(|c| c.id == criterion))
            .map_or(criterion, |c| c.title.get(self.lang))
            .to_string()
    }

    /// A question of a stage, when the definitions know it.
    fn question(&self, stage: &str, question: &str) -> Option<&Question> {
        let index = self.definitions.stages.iter().position(|s| s.id == stage)?;
        self.definitions
            .stage_questions(index)
            .find(|q| q.question.id == question)
            .map(|q| q.question)
    }

    /// A question's text (its id when unknown).
    fn question_label(&self, stage: &str, question: &str) -> String {
        self.question(stage, question)
            .map_or(question, |q| q.label.get(self.lang))
            .to_string()
    }

    /// An answer in words: choices by their labels, yes or no, numbers, texts quoted.
    fn answer(&self, stage: &str, question: &str, answer: &AnswerValue) -> String {
        let s = self.s();
        let question = self.question(stage, question);
        let label = |id: &str| -> String {
            let label = question.and_then(|q| {
                let own = q
                    .choices
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.label.get(self.lang));
                own.or_else(|| match q.choices_from {
                    Some(ChoicesFrom::HostingTargets) => self
                        .definitions
                        .offer
                        .hosting_targets
                        .iter()
                        .find(|t| t.id == id)
                        .map(|t| t.name.get(self.lang)),
                    None => None,
                })
            });
            fill(s.diff_quoted, &[&sanitize::line(label.unwrap_or(id))])
        };
        match answer {
            AnswerValue::Bool(yes) => if *yes { s.yes } else { s.no }.to_string(),
            AnswerValue::Integer(n) => n.to_string(),
            AnswerValue::Number(n) => n.to_string(),
            AnswerValue::Text(text) => label(text),
            AnswerValue::List(items) => items
                .iter()
                .map(|id| label(id))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// A training item's title (its id when unknown).
    fn training_item(&self, path: &str, item: &str) -> String {
        self.definitions
            .training
            .iter()
            .flat_map(|t| &t.paths)
            .filter(|p| p.id == path)
            .flat_map(|p| &p.levels)
            .flat_map(|l| &l.items)
            .find(|i| i.id == item)
            .map_or(item, |i| i.title.get(self.lang))
            .to_string()
    }

    /// A member's role in words.
    fn role(&self, role: &str) -> String {
        let s = self.s();
        match role {
            "decision" => s.role_decision.to_string(),
            "pilotage" => s.role_pilotage.to_string(),
            "technique" => s.role_technique.to_string(),
            other => fill(s.diff_quoted, &[&sanitize::line(other)]),
        }
    }

    /// A sitting, by its kind, day and start.
    fn session(&self, key: &SessionKey) -> String {
        let s = self.s();
        let kind = match key.kind {
            SessionKind::SelfAssessment => s.self_assessment,
            SessionKind::Prequalification => s.report_session_prequalification,
            SessionKind::Qualification => s.report_session_qualification,
            SessionKind::Launch => s.report_session_launch,
            SessionKind::Production => s.report_session_production,
            SessionKind::Review => s.report_session_review,
            SessionKind::Other => s.report_session_other,
        };
        let mut when = key.date.to_string();
        if let Some(start) = key.start {
            when.push_str(&format!(" {}", start.strftime("%H:%M")));
        }
        if key.repeat > 0 {
            when.push_str(&format!(" ({})", key.repeat + 1));
        }
        fill(s.diff_session, &[&kind, &when])
    }

    /// A criterion's status in words.
    fn status(&self, status: CriterionStatus) -> &'static str {
        let s = self.s();
        match status {
            CriterionStatus::Todo => s.status_todo,
            CriterionStatus::Ok => s.status_ok,
            CriterionStatus::Ko => s.status_ko,
            CriterionStatus::Na => s.status_na,
        }
    }

    /// A decision's outcome in words.
    fn decision(&self, status: DecisionStatus) -> &'static str {
        let s = self.s();
        match status {
            DecisionStatus::Pending => s.decision_pending,
            DecisionStatus::Go => s.decision_go,
            DecisionStatus::NoGo => s.decision_no_go,
        }
    }
}
