//! Plans of every shape for property tests: awkward strings anywhere, changes on a small pool of
//! ids, and the conflicts a merge leaves.

use std::collections::BTreeMap;

use embarquement::plan::{
    ActionItem, AnswerRecord, AnswerValue, Change, Conflict, Contact, CriterionRecord,
    CriterionStatus, Decision, DecisionStatus, Decisions, DefinitionsStamp, Entry, FORMAT, Field,
    Member, Participant, PastDecision, Plan, Project, Session, SessionKey, SessionKind, Side,
    StageRecord, Value,
};
use proptest::prelude::*;

pub fn awkward_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" ".to_string()),
        Just("  leading and trailing  ".to_string()),
        Just("clé: valeur".to_string()),
        Just("# pas un commentaire".to_string()),
        Just("---".to_string()),
        Just("...".to_string()),
        Just("null".to_string()),
        Just("~".to_string()),
        Just("yes".to_string()),
        Just("No".to_string()),
        Just("true".to_string()),
        Just("012".to_string()),
        Just("1e3".to_string()),
        Just("0x1F".to_string()),
        Just(".inf".to_string()),
        Just("2026-11-22".to_string()),
        Just("\"guillemets\" et 'apostrophes'".to_string()),
        Just("barre \\ oblique \\n".to_string()),
        Just("ligne 1\r\nligne 2".to_string()),
        Just("fin de ligne\n".to_string()),
        Just("séparateur\u{2028}de ligne".to_string()),
        Just("\u{2028}séparateur en tête\n ligne 2".to_string()),
        Just("ligne 1\n\u{2029}\nfin sur un séparateur\u{2028}".to_string()),
        Just("émoji 🚀 et ZWJ 👩‍💻".to_string()),
        Just("עברית وعربي".to_string()),
        Just("- liste".to_string()),
        Just("{a: b}".to_string()),
        Just("&ancre *alias !tag".to_string()),
        Just("|\n  bloc".to_string()),
        Just("\ttabulation".to_string()),
        any::<String>(),
    ]
}

pub fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}"
}

pub fn answer_value() -> impl Strategy<Value = AnswerValue> {
    prop_oneof![
        any::<bool>().prop_map(AnswerValue::Bool),
        any::<i64>().prop_map(AnswerValue::Integer),
        (-1e12f64..1e12)
            .prop_filter("a fraction", |n| n.fract() != 0.0)
            .prop_map(AnswerValue::Number),
        awkward_string().prop_map(AnswerValue::Text),
        prop::collection::vec(id(), 1..4).prop_map(AnswerValue::List),
    ]
}

pub fn date() -> impl Strategy<Value = jiff::civil::Date> {
    (2000i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d))
}

pub fn time() -> impl Strategy<Value = jiff::civil::Time> {
    (0i8..24, 0i8..60).prop_map(|(h, m)| jiff::civil::time(h, m, 0, 0))
}

pub fn side() -> impl Strategy<Value = Side> {
    prop::sample::select(Side::ALL.to_vec())
}

/// Who entered a record in a joint session, or nobody.
pub fn entry() -> impl Strategy<Value = Option<Entry>> {
    prop::option::of((side(), date()).prop_map(|(side, date)| Entry { side, date }))
}

pub fn criterion_record() -> impl Strategy<Value = CriterionRecord> {
    let status = prop_oneof![
        Just(CriterionStatus::Todo),
        Just(CriterionStatus::Ok),
        Just(CriterionStatus::Ko),
        Just(CriterionStatus::Na)
    ];
    (status, awkward_string(), awkward_string(), entry()).prop_map(
        |(status, note, interviewer_note, entry)| {
            CriterionRecord {
                status,
                note,
                interviewer_note,
                ..CriterionRecord::default()
            }
            .entered(entry)
        },
    )
}

pub fn answer_record() -> impl Strategy<Value = AnswerRecord> {
    (
        prop::option::of(answer_value()),
        awkward_string(),
        awkward_string(),
        entry(),
    )
        .prop_map(|(value, note, interviewer_note, entry)| {
            AnswerRecord {
                value,
                note,
                interviewer_note,
                ..AnswerRecord::default()
            }
            .entered(entry)
        })
}

pub fn past_decision() -> impl Strategy<Value = PastDecision> {
    let status = prop_oneof![
        Just(DecisionStatus::Pending),
        Just(DecisionStatus::Go),
        Just(DecisionStatus::NoGo)
    ];
    (
        status,
        awkward_string(),
        prop::option::of(date()),
        awkward_string(),
    )
        .prop_map(|(status, name, date, rationale)| PastDecision {
            status,
            name,
            date,
            rationale,
        })
}

pub fn decision() -> impl Strategy<Value = Decision> {
    (
        prop::collection::vec(past_decision(), 0..3),
        past_decision(),
    )
        .prop_map(|(past, last)| {
            let mut decision = Decision::default();
            for earlier in past {
                decision = decision.replaced_by(earlier);
            }
            decision.replaced_by(last)
        })
}

pub fn stage_record() -> impl Strategy<Value = StageRecord> {
    (
        prop::collection::btree_map(id(), criterion_record(), 0..4),
        prop::collection::btree_map(id(), answer_record(), 0..4),
        decision(),
        decision(),
    )
        .prop_map(
            |(criteria, answers, project_team, service_team)| StageRecord {
                criteria,
                answers,
                decisions: Decisions {
                    project_team,
                    service_team,
                },
            },
        )
}

pub fn project() -> impl Strategy<Value = Project> {
    // What plans written before the questionnaire held these fields carry on their card.
    let kind = prop::option::of(awkward_string());
    let target = prop::option::of(awkward_string());
    let contact = (id(), awkward_string(), prop::option::of(awkward_string()))
        .prop_map(|(role, name, email)| Contact { role, name, email });
    (
        awkward_string(),
        prop::option::of(awkward_string()),
        kind,
        target,
        prop::collection::vec(contact, 0..3),
    )
        .prop_map(
            |(name, organisation, older_kind, older_hosting_target, contacts)| Project {
                name,
                organisation,
                older_kind,
                older_hosting_target,
                contacts,
            },
        )
}

/// A sitting: self-assessment or joint session, with anything in it.
pub fn session() -> impl Strategy<Value = Session> {
    let participant = (awkward_string(), prop::option::of(side()), awkward_string())
        .prop_map(|(name, side, role)| Participant { name, side, role });
    let action = (awkward_string(), awkward_string(), prop::option::of(date()))
        .prop_map(|(what, who, due)| ActionItem { what, who, due });
    (
        (
            date(),
            prop::sample::select(vec![
                SessionKind::SelfAssessment,
                SessionKind::Qualification,
                SessionKind::Other,
            ]),
            prop::option::of(time()),
            prop::option::of(time()),
        ),
        prop::collection::vec(participant, 0..3),
        awkward_string(),
        prop::collection::vec(action, 0..3),
        prop::option::of(date()),
    )
        .prop_map(
            |((date, kind, start, end), participants, minutes, actions, next_meeting)| Session {
                kind,
                date,
                start,
                end,
                participants,
                minutes,
                actions,
                next_meeting,
            },
        )
}

/// Ticks of a training self-assessment: per path, per item.
pub fn training() -> impl Strategy<Value = BTreeMap<String, BTreeMap<String, bool>>> {
    prop::collection::btree_map(
        id(),
        prop::collection::btree_map(id(), Just(true), 1..3),
        0..3,
    )
}

/// A team member with their own training.
pub fn member() -> impl Strategy<Value = Member> {
    (
        awkward_string(),
        prop::sample::select(vec!["decision", "pilotage", "technique"]),
        training(),
    )
        .prop_map(|(name, role, training)| Member {
            name,
            role: role.to_string(),
            training,
        })
}

pub fn plan() -> impl Strategy<Value = Plan> {
    (
        project(),
        1u8..=5,
        prop::collection::btree_map(id(), stage_record(), 0..4),
        training(),
        prop::collection::vec(member(), 0..3),
        prop::collection::vec(session(), 0..3),
        awkward_string(),
        prop::collection::vec(conflict(), 0..3),
    )
        .prop_map(
            |(project, current_stage, stages, training, members, sessions, source, conflicts)| {
                Plan {
                    format: FORMAT.to_string(),
                    definitions: DefinitionsStamp {
                        source,
                        version: "2026.11".into(),
                        digest: "sha256:00".into(),
                    },
                    project,
                    current_stage,
                    stages,
                    training,
                    members,
                    sessions,
                    conflicts,
                }
            },
        )
}

/// Ids from a small pool, so that changes meet the records a plan already has.
pub fn pooled_id() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["a", "b", "c"]).prop_map(str::to_string)
}

/// Any change, on ids of the pool.
pub fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (pooled_id(), pooled_id(), criterion_record())
            .prop_map(|(stage, id, record)| Change::criterion(&stage, &id, record)),
        (pooled_id(), pooled_id(), answer_record())
            .prop_map(|(stage, id, record)| Change::answer(&stage, &id, record)),
        (pooled_id(), side(), decision(), 1u8..=5).prop_map(|(stage, side, decision, reached)| {
            Change::Decision {
                stage,
                side,
                decision,
                reached,
            }
        }),
        (pooled_id(), pooled_id(), any::<bool>())
            .prop_map(|(path, item, acquired)| Change::training(&path, &item, acquired)),
        project().prop_map(Change::Project),
        prop::collection::vec(session(), 0..3).prop_map(Change::Sessions),
        prop::collection::vec(member(), 0..3).prop_map(Change::Members),
    ]
}

/// A plan the wizard can have in hand: any plan, then changes on the ids of the pool. Stage
/// records found empty in a file are left out: the first change to one drops it (see
/// [`Plan::apply`]).
pub fn plan_in_hand() -> impl Strategy<Value = Plan> {
    (plan(), prop::collection::vec(change(), 0..8)).prop_map(|(mut plan, changes)| {
        plan.stages.retain(|_, record| !record.is_empty());
        for change in changes {
            plan.apply(change);
        }
        plan
    })
}

/// A field named by ids of the pool.
pub fn field() -> impl Strategy<Value = Field> {
    let two = || (pooled_id(), pooled_id());
    prop_oneof![
        Just(Field::ProjectName),
        Just(Field::ProjectOrganisation),
        two().prop_map(|(stage, criterion)| Field::CriterionStatus { stage, criterion }),
        two().prop_map(|(stage, criterion)| Field::CriterionNote { stage, criterion }),
        two().prop_map(|(stage, question)| Field::Answer { stage, question }),
        two().prop_map(|(stage, question)| Field::AnswerInterviewerNote { stage, question }),
        (pooled_id(), side()).prop_map(|(stage, side)| Field::Decision { stage, side }),
        two().prop_map(|(path, item)| Field::Training { path, item }),
        (awkward_string(), two()).prop_map(|(member, (path, item))| Field::MemberTraining {
            member,
            path,
            item
        }),
        (date(), prop::option::of(time()), 0usize..3).prop_map(|(date, start, repeat)| {
            Field::SessionMinutes {
                session: SessionKey {
                    kind: SessionKind::Qualification,
                    date,
                    start,
                    repeat,
                },
            }
        }),
    ]
}

/// A side's value in a conflict.
pub fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        awkward_string().prop_map(Value::Text),
        prop::sample::select(vec![
            CriterionStatus::Ok,
            CriterionStatus::Ko,
            CriterionStatus::Na
        ])
        .prop_map(Value::Status),
        answer_value().prop_map(Value::Answer),
        past_decision().prop_map(Value::Decision),
        any::<bool>().prop_map(Value::Acquired),
        member().prop_map(Value::Member),
        session().prop_map(Value::Session),
    ]
}

/// A conflict as a merge leaves it.
pub fn conflict() -> impl Strategy<Value = Conflict> {
    (
        field(),
        prop::option::of(value()),
        prop::option::of(value()),
        prop::option::of(value()),
    )
        .prop_map(|(field, base, ours, theirs)| Conflict {
            field,
            base,
            ours,
            theirs,
        })
}
