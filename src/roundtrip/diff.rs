//! What changed from one plan to another, field by field: every field of a plan named by ids
//! ([`fields`]), and the fields whose value differs ([`diff`]).

use std::collections::BTreeMap;

use crate::plan::{CriterionStatus, Entry, Field, Member, Plan, Session, SessionKey, Side, Value};

/// A field whose value differs between two plans.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Which field.
    pub field: Field,
    /// Its value in the older plan (`None`: none).
    pub before: Option<Value>,
    /// Its value in the newer plan (`None`: none, or removed).
    pub after: Option<Value>,
}

/// The fields of `old` and `new` whose values differ, in the order of [`Field`]: the project
/// first, then the stages by id, the training, the members and the sessions.
pub fn diff(old: &Plan, new: &Plan) -> Vec<Difference> {
    let mut old = fields(old);
    let mut differences = Vec::new();
    for (field, after) in fields(new) {
        match old.remove(&field) {
            Some(before) if before == after => {}
            before => differences.push(Difference {
                field,
                before,
                after: Some(after),
            }),
        }
    }
    differences.extend(old.into_iter().map(|(field, before)| Difference {
        field,
        before: Some(before),
        after: None,
    }));
    differences.sort_by(|a, b| a.field.cmp(&b.field));
    differences
}

/// Every field of `plan` that holds a value (an empty note, a status to do, an item not acquired
/// hold none), by ids: the definitions and the stage the team is on, who entered each record in
/// a joint session, each past decision, a member's card without their training, a sitting
/// without its minutes (each training item and the minutes are fields of their own).
pub fn fields(plan: &Plan) -> BTreeMap<Field, Value> {
    let mut fields = BTreeMap::new();
    let mut put = |field: Field, value: Option<Value>| {
        if let Some(value) = value {
            fields.insert(field, value);
        }
    };
    let text = |text: &str| Some(Value::Text(text.to_string())).filter(|_| !text.is_empty());
    put(Field::ProjectName, text(&plan.project.name));
    put(
        Field::ProjectOrganisation,
        plan.project.organisation.as_deref().and_then(text),
    );
    put(
        Field::Definitions,
        Some(Value::Definitions(plan.definitions.clone())),
    );
    put(Field::CurrentStage, Some(Value::Stage(plan.current_stage)));
    for contact in &plan.project.contacts {
        let field = Field::Contact {
            role: contact.role.clone(),
            name: contact.name.clone(),
        };
        put(field, Some(Value::Contact(contact.clone())));
    }
    for (id, stage) in &plan.stages {
        for (criterion, record) in &stage.criteria {
            let (stage, criterion) = (id.clone(), criterion.clone());
            put(
                Field::CriterionNote {
                    stage: stage.clone(),
                    criterion: criterion.clone(),
                },
                text(&record.note),
            );
            put(
                Field::CriterionInterviewerNote {
                    stage: stage.clone(),
                    criterion: criterion.clone(),
                },
                text(&record.interviewer_note),
            );
            put(
                Field::CriterionEntry {
                    stage: stage.clone(),
                    criterion: criterion.clone(),
                },
                record.entry().map(entered),
            );
            let status = Some(Value::Status(record.status))
                .filter(|_| record.status != CriterionStatus::Todo);
            put(Field::CriterionStatus { stage, criterion }, status);
        }
        for (question, record) in &stage.answers {
            let (stage, question) = (id.clone(), question.clone());
            put(
                Field::AnswerNote {
                    stage: stage.clone(),
                    question: question.clone(),
                },
                text(&record.note),
            );
            put(
                Field::AnswerInterviewerNote {
                    stage: stage.clone(),
                    question: question.clone(),
                },
                text(&record.interviewer_note),
            );
            put(
                Field::AnswerEntry {
                    stage: stage.clone(),
                    question: question.clone(),
                },
                record.entry().map(entered),
            );
            put(
                Field::Answer { stage, question },
                record.value.clone().map(Value::Answer),
            );
        }
        for side in Side::ALL {
            let decision = stage.decisions.of(side);
            for (at, past) in decision.history.iter().enumerate() {
                let field = Field::PastDecision {
                    stage: id.clone(),
                    side,
                    at,
                };
                put(field, Some(Value::Decision(past.clone())));
            }
            let current = decision.current();
            let field = Field::Decision {
                stage: id.clone(),
                side,
            };
            put(
                field,
                Some(Value::Decision(current.clone())).filter(|_| !current.is_empty()),
            );
        }
    }
    for (path, items) in &plan.training {
        for (item, acquired) in items.iter().filter(|(_, acquired)| **acquired) {
            let field = Field::Training {
                path: path.clone(),
                item: item.clone(),
            };
            put(field, Some(Value::Acquired(*acquired)));
        }
    }
    for member in &plan.members {
        let name = member.name.clone();
        for (path, items) in &member.training {
            for (item, acquired) in items.iter().filter(|(_, acquired)| **acquired) {
                let field = Field::MemberTraining {
                    member: name.clone(),
                    path: path.clone(),
                    item: item.clone(),
                };
                put(field, Some(Value::Acquired(*acquired)));
            }
        }
        let card = Member {
            training: Default::default(),
            ..member.clone()
        };
        put(Field::Member { member: name }, Some(Value::Member(card)));
    }
    for (session, key) in plan.sessions.iter().zip(SessionKey::all(&plan.sessions)) {
        put(
            Field::SessionMinutes {
                session: key.clone(),
            },
            text(&session.minutes),
        );
        let sitting = Session {
            minutes: String::new(),
            ..session.clone()
        };
        put(
            Field::Session { session: key },
            Some(Value::Session(sitting)),
        );
    }
    fields
}

/// Who entered a record, as a value.
fn entered(entry: Entry) -> Value {
    Value::Entered {
        side: entry.side,
        date: entry.date,
    }
}
