//! Plans of format 1 (`embarquement-plan/1`): their shape, and how they become format 2 in memory.
//! Every answer is kept; the one decision of a stage becomes the decision of the side it names.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::decision::{Decision, DecisionStatus, Decisions};
use super::model::{
    AnswerRecord, CriterionRecord, DefinitionsStamp, FORMAT, Plan, Project, StageRecord,
};
use super::session::{Participant, Session, SessionKind, Side};

/// The format string of format 1.
pub const FORMAT_1: &str = "embarquement-plan/1";

/// A plan file of format 1.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlanV1 {
    format: String,
    definitions: DefinitionsStamp,
    project: Project,
    current_stage: u8,
    #[serde(default)]
    stages: BTreeMap<String, StageV1>,
    #[serde(default)]
    training: BTreeMap<String, BTreeMap<String, bool>>,
    #[serde(default)]
    sessions: Vec<SessionV1>,
}

/// A stage record of format 1: one decision, tagged with who took it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StageV1 {
    #[serde(default)]
    criteria: BTreeMap<String, CriterionRecord>,
    #[serde(default)]
    answers: BTreeMap<String, AnswerRecord>,
    #[serde(default)]
    decision: DecisionV1,
}

/// A decision of format 1.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionV1 {
    #[serde(default)]
    status: DecisionStatus,
    #[serde(default)]
    by: Option<Side>,
    #[serde(default)]
    name: String,
    #[serde(default, deserialize_with = "super::values::optional_date")]
    date: Option<Date>,
    #[serde(default)]
    rationale: String,
}

/// A sitting of format 1: participants by name only.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionV1 {
    #[serde(deserialize_with = "super::values::date")]
    date: Date,
    kind: SessionKind,
    #[serde(default)]
    participants: Vec<String>,
}

impl PlanV1 {
    /// The same plan in format 2: the decision goes to the side it names (the team's when it
    /// names none), participants keep their names.
    pub(super) fn upgrade(self) -> Plan {
        debug_assert_eq!(self.format, FORMAT_1);
        let stages = self
            .stages
            .into_iter()
            .map(|(id, stage)| {
                let decision = stage.decision;
                let side = decision.by.unwrap_or(Side::ProjectTeam);
                let mut decisions = Decisions::default();
                *decisions.of_mut(side) = Decision {
                    status: decision.status,
                    name: decision.name,
                    date: decision.date,
                    rationale: decision.rationale,
                    history: Vec::new(),
                };
                let record = StageRecord {
                    criteria: stage.criteria,
                    answers: stage.answers,
                    decisions,
                };
                (id, record)
            })
            .collect();
        let sessions = self
            .sessions
            .into_iter()
            .map(|session| Session {
                participants: session
                    .participants
                    .into_iter()
                    .map(|name| Participant {
                        name,
                        ..Participant::default()
                    })
                    .collect(),
                ..Session::joint(session.kind, session.date, None)
            })
            .collect();
        Plan {
            format: FORMAT.to_string(),
            definitions: self.definitions,
            project: self.project,
            current_stage: self.current_stage,
            stages,
            training: self.training,
            members: Vec::new(),
            sessions,
            conflicts: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::plan::{AnswerValue, CriterionStatus, from_bytes};

    /// A format-1 plan with a service-team go on stage 1, a team no-go on stage 2, notes and an
    /// interview.
    const PLAN_V1: &str = "format: embarquement-plan/1
definitions: {source: embedded, version: '1', digest: 'sha256:00'}
project: {name: Démo}
current_stage: 2
stages:
  opportunite:
    criteria:
      organisation: {status: ok, note: Rattaché, interviewer_note: Vu}
    answers:
      financement: {value: true, note: Budget 2027}
    decision: {status: go, by: service_team, name: Alex, date: 2026-11-22, rationale: Prêts}
  plan-projet:
    decision: {status: no_go, name: Camille}
training: {decision: {item-1: true}}
sessions:
  - {date: 2026-11-22, kind: joint_interview, participants: [Alex]}
  - {date: 2026-11-23, kind: self_assessment}
";

    fn upgraded() -> Plan {
        from_bytes(Path::new("plan.yaml"), PLAN_V1.as_bytes()).unwrap()
    }

    #[test]
    fn a_format_1_plan_opens_as_format_2_keeping_every_answer() {
        let plan = upgraded();
        assert_eq!(plan.format, FORMAT);
        let stage = plan.stage("opportunite").unwrap();
        let criterion = &stage.criteria["organisation"];
        assert_eq!(criterion.status, CriterionStatus::Ok);
        assert_eq!(
            (criterion.note.as_str(), criterion.interviewer_note.as_str()),
            ("Rattaché", "Vu")
        );
        assert_eq!(
            stage.answers["financement"].value,
            Some(AnswerValue::Bool(true))
        );
        assert_eq!(stage.answers["financement"].note, "Budget 2027");
        assert!(plan.training["decision"]["item-1"]);
        assert_eq!(plan.current_stage, 2);
    }

    #[test]
    fn a_format_1_decision_becomes_the_decision_of_the_side_it_names() {
        let plan = upgraded();
        let first = plan.decisions("opportunite");
        assert_eq!(first.service_team.status, DecisionStatus::Go);
        assert_eq!(first.service_team.name, "Alex");
        assert_eq!(first.service_team.rationale, "Prêts");
        assert!(first.project_team.is_empty());
        let second = plan.decisions("plan-projet");
        assert_eq!(
            second.project_team.status,
            DecisionStatus::NoGo,
            "no side: the team's"
        );
        assert!(second.service_team.is_empty());
    }

    #[test]
    fn format_1_sessions_keep_their_kind_and_participants() {
        let plan = upgraded();
        assert_eq!(plan.sessions[0].kind, SessionKind::Other);
        assert_eq!(plan.sessions[0].participants[0].name, "Alex");
        assert_eq!(plan.sessions[0].participants[0].side, None);
        assert!(
            !plan.sessions[0].is_in_progress(),
            "an old interview is not running"
        );
        assert_eq!(
            plan.sessions[1],
            Session::self_assessment(jiff::civil::date(2026, 11, 23))
        );
    }

    #[test]
    fn a_format_1_plan_is_written_as_format_2() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.yaml");
        crate::plan::save(&upgraded(), &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("format: embarquement-plan/2\n"), "{text}");
        assert!(!text.contains("    decision:"), "{text}");
        assert_eq!(crate::plan::load(&path).unwrap(), upgraded());
    }
}
