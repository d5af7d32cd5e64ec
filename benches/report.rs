//! The report of a fully answered plan on the embedded definitions (every criterion with both
//! notes, every question answered, both decisions with history, sessions, members): the model built
//! and printed in each format, as `embarquement export` does once the plan is read.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::{Date, Time};

use embarquement::definitions::{self, Definitions, QuestionKind, Source};
use embarquement::i18n::Lang;
use embarquement::plan::{
    ActionItem, AnswerRecord, AnswerValue, CriterionRecord, CriterionStatus, DecisionStatus,
    Member, Participant, PastDecision, Plan, Project, Session, SessionKind, Side,
};
use embarquement::report;

/// Two lines of a note, with the punctuation French spacing works on.
const NOTE: &str = "Vu avec l'équipe : rien à signaler ; à revoir ?\nDeuxième ligne « citée ».";

/// A plan answering everything `definitions` ask.
fn answered_plan(definitions: &Definitions) -> Plan {
    let day = Date::constant(2026, 11, 22);
    let mut plan = Plan::new(
        Project {
            name: "Projet mesuré".into(),
            organisation: Some("DNUM".into()),
            ..Project::default()
        },
        definitions,
    );
    for (index, stage) in definitions.stages.iter().enumerate() {
        for criterion in &stage.criteria {
            plan.update_criterion(&stage.id, &criterion.id, |record| {
                *record = CriterionRecord {
                    status: CriterionStatus::Ok,
                    note: NOTE.into(),
                    interviewer_note: NOTE.into(),
                    ..CriterionRecord::default()
                }
            });
        }
        let questions: Vec<_> = definitions.stage_questions(index).collect();
        for found in questions {
            let question = found.question;
            let value = match question.kind {
                QuestionKind::YesNo => AnswerValue::Bool(true),
                QuestionKind::Number => AnswerValue::Number(12345.5),
                QuestionKind::Date => AnswerValue::Text("2027-03-01".into()),
                QuestionKind::Choice => AnswerValue::Text(question.choices[0].id.clone()),
                QuestionKind::MultiChoice => {
                    AnswerValue::List(question.choices.iter().map(|c| c.id.clone()).collect())
                }
                QuestionKind::Text | QuestionKind::LongText => AnswerValue::Text(NOTE.into()),
            };
            plan.update_answer(&stage.id, &question.id, |record| {
                *record = AnswerRecord {
                    value: Some(value),
                    note: NOTE.into(),
                    interviewer_note: NOTE.into(),
                    ..AnswerRecord::default()
                }
            });
        }
        for side in Side::ALL {
            for status in [
                DecisionStatus::NoGo,
                DecisionStatus::Pending,
                DecisionStatus::Go,
            ] {
                plan.set_decision(
                    &stage.id,
                    side,
                    PastDecision {
                        status,
                        name: "Alex Martin".into(),
                        date: Some(day),
                        rationale: NOTE.into(),
                    },
                );
            }
        }
    }
    let training = definitions.training.as_ref().expect("a training plan");
    for (path, role) in
        training
            .paths
            .iter()
            .zip(["technique", "technique", "pilotage", "decision"])
    {
        let mut member = Member {
            name: format!("Membre {role}"),
            role: role.into(),
            training: Default::default(),
        };
        let ticks = member.training.entry(path.id.clone()).or_default();
        for item in &path.levels[0].items {
            ticks.insert(item.id.clone(), true);
        }
        plan.members.push(member);
    }
    for kind in [
        SessionKind::Prequalification,
        SessionKind::Qualification,
        SessionKind::Launch,
    ] {
        let mut session = Session::joint(kind, day, Some(Time::constant(14, 0, 0, 0)));
        session.end = Some(Time::constant(15, 30, 0, 0));
        session.participants = (0..4)
            .map(|i| Participant {
                name: format!("Participant {i}"),
                side: Some(Side::ALL[i % 2]),
                role: "rôle".into(),
            })
            .collect();
        session.minutes = NOTE.repeat(5);
        session.actions = (0..5)
            .map(|i| ActionItem {
                what: format!("Action {i}"),
                who: "Claire".into(),
                due: Some(day),
            })
            .collect();
        session.next_meeting = Some(day);
        plan.sessions.push(session);
    }
    plan
}

fn report_formats(c: &mut Criterion) {
    let definitions = definitions::load(Source::Embedded).expect("the embedded definitions");
    let plan = answered_plan(&definitions);
    let model = || report::build(&definitions, &plan, "embarquement.plan.yaml", Lang::Fr);
    let mut group = c.benchmark_group("report");
    group.bench_function("model", |b| b.iter(|| black_box(model())));
    group.bench_function("markdown", |b| {
        b.iter(|| black_box(report::markdown::render(&model(), Lang::Fr)))
    });
    group.bench_function("html", |b| {
        b.iter(|| black_box(report::html::render(&model(), Lang::Fr)))
    });
    group.bench_function("json", |b| {
        b.iter(|| black_box(report::json::render(&model()).expect("JSON")))
    });
    group.finish();
}

criterion_group!(benches, report_formats);
criterion_main!(benches);
