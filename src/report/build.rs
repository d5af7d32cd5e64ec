//! Building the report model from the definitions, the plan and the language: every id turned into
//! its words, every text cleaned and set in the language's typography.

use jiff::civil::Date;
use serde::Serialize;

mod training;

use super::model::*;
use super::words;
use crate::definitions::{Definitions, ProjectField, Question, QuestionKind, Text};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::answers;
use crate::plan::next;
use crate::plan::{
    self, AnswerValue, CriterionStatus, Decision, DecisionStatus, Entry, OrphanKind, Plan,
    SessionKind, Side,
};

/// The report of `plan`, read from the file named `plan_file`, in `lang`.
pub fn build(definitions: &Definitions, plan: &Plan, plan_file: &str, lang: Lang) -> Report {
    let b = Builder {
        definitions,
        plan,
        lang,
        s: lang.strings(),
    };
    let current_stage = plan::stage_reached(definitions, plan);
    Report {
        format: FORMAT,
        lang: match lang {
            Lang::Fr => "fr",
            Lang::En => "en",
        },
        title: b.words(&fill(b.s.report_title, &[&plan.project.name])),
        plan_file: b.words(plan_file),
        project: b.project(),
        definitions: DefinitionsCard {
            version: b.words(definitions.version()),
            source: b.words(&plan::DefinitionsStamp::of(definitions).source),
            digest: definitions.digest.clone(),
            plan_version: b.words(&plan.definitions.version),
        },
        current_stage,
        stages: (0..definitions.stages.len()).map(|i| b.stage(i)).collect(),
        sessions: plan
            .sessions
            .iter()
            .filter(|session| session.kind.is_joint())
            .map(|session| b.session(session))
            .collect(),
        self_assessment_days: plan
            .sessions
            .iter()
            .filter(|session| !session.kind.is_joint())
            .map(|session| b.day(session.date))
            .collect(),
        training: b.training(current_stage),
        orphans: plan::orphans(plan, definitions)
            .into_iter()
            .map(|orphan| OrphanReport {
                kind: match orphan.kind {
                    OrphanKind::Stage => b.label("stage", b.s.orphan_stage),
                    OrphanKind::Criterion => b.label("criterion", b.s.orphan_criterion),
                    OrphanKind::Answer => b.label("answer", b.s.orphan_answer),
                },
                stage: b.words(&orphan.stage_id),
                id: b.words(&orphan.id),
            })
            .collect(),
    }
}

/// What every part of the build reads.
struct Builder<'a> {
    definitions: &'a Definitions,
    plan: &'a Plan,
    lang: Lang,
    s: &'static Strings,
}

/// The code serde writes for `value` (`no_go`, `socle_dedie_np`…).
fn code(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

impl Builder<'_> {
    /// Text for the report (see [`words::text`]).
    fn words(&self, raw: &str) -> String {
        words::text(self.lang, raw)
    }

    /// Translatable content in the report's language.
    fn text(&self, text: &Text) -> String {
        self.words(text.get(self.lang))
    }

    /// Optional text: `None` when empty.
    fn some(&self, raw: &str) -> Option<String> {
        (!raw.trim().is_empty()).then(|| self.words(raw))
    }

    fn label(&self, code: impl Into<String>, label: &str) -> Label {
        Label {
            code: code.into(),
            label: self.words(label),
        }
    }

    fn day(&self, date: Date) -> Day {
        Day {
            iso: date.to_string(),
            text: words::date(self.lang, date),
        }
    }

    fn clock(&self, time: jiff::civil::Time) -> Clock {
        Clock {
            iso: format!("{:02}:{:02}", time.hour(), time.minute()),
            text: words::time(self.lang, time),
        }
    }

    fn side(&self, side: Side) -> Label {
        let label = match side {
            Side::ProjectTeam => self.s.report_side_project_team,
            Side::ServiceTeam => self.s.report_side_service_team,
        };
        self.label(code(side), label)
    }

    fn decision_status(&self, status: DecisionStatus) -> Label {
        let label = match status {
            DecisionStatus::Pending => self.s.decision_pending,
            DecisionStatus::Go => self.s.decision_go,
            DecisionStatus::NoGo => self.s.decision_no_go,
        };
        self.label(code(status), label)
    }

    fn criterion_status(&self, status: CriterionStatus) -> Label {
        let label = match status {
            CriterionStatus::Todo => self.s.status_todo,
            CriterionStatus::Ok => self.s.status_ok,
            CriterionStatus::Ko => self.s.status_ko,
            CriterionStatus::Na => self.s.status_na,
        };
        self.label(code(status), label)
    }

    fn entry(&self, entry: Option<Entry>) -> Option<EntryReport> {
        entry.map(|entry| EntryReport {
            side: self.side(entry.side),
            date: self.day(entry.date),
        })
    }

    /// A project role of the offer by id, in words (the id itself when the offer does not know it).
    fn project_role(&self, id: &str) -> Label {
        match self.definitions.project_role(id) {
            Some(role) => self.label(id, role.name.get(self.lang)),
            None => self.label(id, id),
        }
    }

    /// The project card's `field` in words: the label of the choice its question's answer holds.
    fn project_field(&self, field: ProjectField) -> Option<Label> {
        let id = self.plan.project_value(self.definitions, field)?;
        let label = self
            .definitions
            .project_question(field)
            .and_then(|holder| {
                holder
                    .question
                    .question
                    .choices
                    .iter()
                    .find(|choice| choice.id == id)
            })
            .map_or(id.as_str(), |choice| choice.label.get(self.lang))
            .to_string();
        Some(self.label(&id, &label))
    }

    fn project(&self) -> ProjectCard {
        let project = &self.plan.project;
        ProjectCard {
            name: self.words(&project.name),
            organisation: project.organisation.as_deref().and_then(|o| self.some(o)),
            kind: self.project_field(ProjectField::Kind),
            hosting_target: self.project_field(ProjectField::HostingTarget),
            contacts: project
                .contacts
                .iter()
                .map(|contact| ContactReport {
                    role: self.project_role(&contact.role),
                    name: self.words(&contact.name),
                    email: contact.email.as_deref().and_then(|e| self.some(e)),
                })
                .collect(),
        }
    }

    fn stage(&self, index: usize) -> StageReport {
        let definitions = self.definitions;
        let stage = &definitions.stages[index];
        let progress = plan::stage_progress(definitions, self.plan, index);
        let decisions = self.plan.decisions(&stage.id);
        let open = index == 0
            || self
                .plan
                .decisions(&definitions.stages[index - 1].id)
                .counting()
                == DecisionStatus::Go;
        let c = progress.criteria;
        StageReport {
            id: stage.id.clone(),
            number: stage.number,
            title: self.text(&stage.title),
            short_title: self.text(&stage.short_title),
            open,
            go_no_go: self.text(&stage.go_no_go),
            progress: ProgressReport {
                criteria_total: c.total,
                ok: c.ok,
                ko: c.ko,
                na: c.na,
                todo: c.todo,
                questions_total: progress.questions_total,
                questions_answered: progress.questions_answered,
                required_total: progress.required_total,
                required_answered: progress.required_answered,
                readiness: (progress.readiness() * 1000.0).round() / 1000.0,
                readiness_text: words::percent(self.lang, progress.readiness()),
            },
            decisions: DecisionsReport {
                project_team: self.decision(Side::ProjectTeam, &decisions.project_team),
                service_team: self.decision(Side::ServiceTeam, &decisions.service_team),
            },
            criteria: stage
                .criteria
                .iter()
                .map(|criterion| {
                    let record = self.plan.criterion(&stage.id, &criterion.id);
                    CriterionReport {
                        id: criterion.id.clone(),
                        title: self.text(&criterion.title),
                        group: criterion.group.as_ref().map(|g| self.text(g)),
                        blocking: criterion.blocking,
                        status: self.criterion_status(record.status),
                        note: self.some(&record.note),
                        interviewer_note: self.some(&record.interviewer_note),
                        entered: self.entry(record.entry()),
                    }
                })
                .collect(),
            questionnaires: self.questionnaires(index),
            blockers: self.blockers(index),
            next: self.next(index),
        }
    }

    fn decision(&self, side: Side, decision: &Decision) -> DecisionReport {
        DecisionReport {
            side: self.side(side),
            status: self.decision_status(decision.status),
            name: self.some(&decision.name),
            date: decision.date.map(|date| self.day(date)),
            rationale: self.some(&decision.rationale),
            history: decision
                .history
                .iter()
                .map(|past| PastDecisionReport {
                    status: self.decision_status(past.status),
                    name: self.some(&past.name),
                    date: past.date.map(|date| self.day(date)),
                    rationale: self.some(&past.rationale),
                })
                .collect(),
        }
    }

    /// The stage's questions grouped by questionnaire and section, in order.
    fn questionnaires(&self, index: usize) -> Vec<QuestionnaireReport> {
        let stage = &self.definitions.stages[index];
        let mut out: Vec<QuestionnaireReport> = Vec::new();
        for found in self.definitions.stage_questions(index) {
            if out.last().is_none_or(|q| q.id != found.questionnaire.id) {
                out.push(QuestionnaireReport {
                    id: found.questionnaire.id.clone(),
                    title: self.text(&found.questionnaire.title),
                    sections: Vec::new(),
                });
            }
            let sections = &mut out.last_mut().expect("pushed above").sections;
            if sections.last().is_none_or(|s| s.id != found.section.id) {
                sections.push(SectionReport {
                    id: found.section.id.clone(),
                    title: self.text(&found.section.title),
                    questions: Vec::new(),
                });
            }
            let record = self.plan.answer(&stage.id, &found.question.id);
            let question = self.question(found.question, record);
            sections
                .last_mut()
                .expect("pushed above")
                .questions
                .push(question);
        }
        out
    }

    fn question(&self, question: &Question, record: Option<&plan::AnswerRecord>) -> QuestionReport {
        let answered = record.is_some_and(|r| r.is_answered());
        let value = record.and_then(|r| r.value.clone()).filter(|_| answered);
        QuestionReport {
            id: question.id.clone(),
            label: self.text(&question.label),
            kind: code(question.kind),
            optional: question.optional,
            answered,
            answer: match &value {
                Some(value) => self.words(&self.answer_words(question, value)),
                None => self.words(self.s.not_set),
            },
            value,
            note: record.and_then(|r| self.some(&r.note)),
            interviewer_note: record.and_then(|r| self.some(&r.interviewer_note)),
            entered: self.entry(record.and_then(|r| r.entry())),
        }
    }

    /// An answer in words: choice labels, oui / non, numbers and dates as the language writes them.
    fn answer_words(&self, question: &Question, value: &AnswerValue) -> String {
        match (question.kind, value) {
            (QuestionKind::Number, AnswerValue::Integer(_) | AnswerValue::Number(_)) => {
                let number = words::number(self.lang, &answers::edit_text(Some(value)));
                match &question.unit {
                    Some(unit) => format!("{number}\u{A0}{}", unit.get(self.lang)),
                    None => number,
                }
            }
            (QuestionKind::Date, AnswerValue::Text(text)) => text
                .parse::<Date>()
                .map_or_else(|_| text.clone(), |date| words::date(self.lang, date)),
            _ => answers::display(question, value, self.lang),
        }
    }

    fn blockers(&self, index: usize) -> BlockersReport {
        let stage = &self.definitions.stages[index];
        let blockers = next::blockers(self.definitions, self.plan, index);
        BlockersReport {
            criteria: blockers
                .criteria
                .iter()
                .map(|criterion| BlockingCriterion {
                    id: criterion.id.clone(),
                    title: self.text(&criterion.title),
                    status: self
                        .criterion_status(self.plan.criterion(&stage.id, &criterion.id).status),
                })
                .collect(),
            unanswered: blockers
                .unanswered
                .iter()
                .map(|q| Named {
                    id: q.question.id.clone(),
                    label: self.text(&q.question.label),
                })
                .collect(),
        }
    }

    fn next(&self, index: usize) -> Option<NextReport> {
        let next = next::next_stage(self.definitions, self.plan, index)?;
        Some(NextReport {
            stage: next.stage.number,
            title: self.text(&next.stage.title),
            key_steps: next.key_steps.iter().map(|step| self.text(step)).collect(),
            program_contacts: next
                .program
                .iter()
                .map(|team| ProgramContactReport {
                    id: team.id.clone(),
                    name: self.text(&team.name),
                    email: team.email.as_deref().and_then(|e| self.some(e)),
                })
                .collect(),
            project_contacts: next
                .project
                .iter()
                .map(|side| ProjectRoleReport {
                    role: self.label(&side.role.id, side.role.name.get(self.lang)),
                    people: side
                        .people
                        .iter()
                        .map(|contact| Person {
                            name: self.words(&contact.name),
                            email: contact.email.as_deref().and_then(|e| self.some(e)),
                        })
                        .collect(),
                })
                .collect(),
            if_eligible: next.if_eligible.map(|t| self.text(t)),
            program_support: next.program_support.map(|t| self.text(t)),
        })
    }

    fn session(&self, session: &plan::Session) -> SessionReport {
        let kind = match session.kind {
            SessionKind::SelfAssessment => self.s.self_assessment,
            SessionKind::Prequalification => self.s.report_session_prequalification,
            SessionKind::Qualification => self.s.report_session_qualification,
            SessionKind::Launch => self.s.report_session_launch,
            SessionKind::Production => self.s.report_session_production,
            SessionKind::Review => self.s.report_session_review,
            SessionKind::Other => self.s.report_session_other,
        };
        SessionReport {
            kind: self.label(code(session.kind), kind),
            date: self.day(session.date),
            start: session.start.map(|t| self.clock(t)),
            end: session.end.map(|t| self.clock(t)),
            participants: session
                .participants
                .iter()
                .map(|p| ParticipantReport {
                    name: self.words(&p.name),
                    side: p.side.map(|side| self.side(side)),
                    role: self.some(&p.role),
                })
                .collect(),
            minutes: self.some(&session.minutes),
            actions: session
                .actions
                .iter()
                .map(|a| ActionReport {
                    what: self.words(&a.what),
                    who: self.some(&a.who),
                    due: a.due.map(|date| self.day(date)),
                })
                .collect(),
            next_meeting: session.next_meeting.map(|date| self.day(date)),
        }
    }
}
