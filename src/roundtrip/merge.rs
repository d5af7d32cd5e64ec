//! The three-way merge of plans, field by field by ids: a change on one side is taken, the same
//! change on both is taken once, sessions and decision histories are united, and two
//! different changes to one field become a [`Conflict`] recorded in the plan, which keeps our value
//! meanwhile.

mod lists;

use std::collections::{BTreeMap, BTreeSet};

use lists::{by_key, keyed, pick, unite};

use crate::plan::{
    AnswerRecord, Conflict, Contact, CriterionRecord, Decision, Decisions, Entry, Field, Member,
    Plan, Session, SessionKey, Side, StageRecord, Value,
};

/// `base` merged with the changes of `ours` and of `theirs`; conflicts are in its `conflicts`.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Plan {
    if ours == base {
        return theirs.clone();
    }
    if theirs == base || ours == theirs {
        return ours.clone();
    }
    let mut merger = Merger::default();
    let mut plan = ours.clone();
    plan.current_stage = pick(
        &base.current_stage,
        &ours.current_stage,
        &theirs.current_stage,
    )
    .copied()
    .unwrap_or(ours.current_stage.max(theirs.current_stage));
    plan.definitions = pick(&base.definitions, &ours.definitions, &theirs.definitions)
        .unwrap_or(&ours.definitions)
        .clone();
    merger.project(base, ours, theirs, &mut plan);
    plan.stages = by_key(&base.stages, &ours.stages, &theirs.stages, |id, b, o, t| {
        Some(merger.stage(id, b, o, t)).filter(|stage| !stage.is_empty())
    });
    plan.training = by_key(
        &base.training,
        &ours.training,
        &theirs.training,
        |path, b, o, t| {
            Some(merger.training(b, o, t, |item| Field::Training {
                path: path.clone(),
                item,
            }))
            .filter(|items| !items.is_empty())
        },
    );
    plan.members = merger.members(&base.members, &ours.members, &theirs.members);
    plan.sessions = merger.sessions(&base.sessions, &ours.sessions, &theirs.sessions);
    let mut conflicts = unite(&base.conflicts, &ours.conflicts, &theirs.conflicts);
    conflicts.retain(|old| merger.found.iter().all(|new| new.field != old.field));
    conflicts.extend(merger.found);
    plan.conflicts = conflicts;
    plan
}

/// The conflicts found so far.
#[derive(Default)]
struct Merger {
    found: Vec<Conflict>,
}

impl Merger {
    /// The value kept for `field`, or ours with a conflict recorded; `value` words a side's value
    /// (`None`: none).
    fn field<T: PartialEq + Clone>(
        &mut self,
        field: impl FnOnce() -> Field,
        (base, ours, theirs): (&T, &T, &T),
        value: impl Fn(&T) -> Option<Value>,
    ) -> T {
        if let Some(kept) = pick(base, ours, theirs) {
            return kept.clone();
        }
        self.found.push(Conflict {
            field: field(),
            base: value(base),
            ours: value(ours),
            theirs: value(theirs),
        });
        ours.clone()
    }

    /// The project's name and organisation by field, its contacts united.
    fn project(&mut self, base: &Plan, ours: &Plan, theirs: &Plan, plan: &mut Plan) {
        let (b, o, t) = (&base.project, &ours.project, &theirs.project);
        plan.project.name = self.field(
            || Field::ProjectName,
            (&b.name, &o.name, &t.name),
            |t| text(t),
        );
        plan.project.organisation = self.field(
            || Field::ProjectOrganisation,
            (&b.organisation, &o.organisation, &t.organisation),
            |org| org.clone().map(Value::Text),
        );
        plan.project.contacts = self.contacts(&b.contacts, &o.contacts, &t.contacts);
        // The older card's fields, moved into answers on opening: ours when both changed them.
        let older = |p: &Plan| {
            (
                p.project.older_kind.clone(),
                p.project.older_hosting_target.clone(),
            )
        };
        let (kind, target) = pick(&older(base), &older(ours), &older(theirs))
            .cloned()
            .unwrap_or_else(|| older(ours));
        plan.project.older_kind = kind;
        plan.project.older_hosting_target = target;
    }

    /// The project's contacts by role and name: one changed on both sides, each differently (or
    /// removed on one and changed on the other), is a conflict on that contact.
    fn contacts(&mut self, b: &[Contact], o: &[Contact], t: &[Contact]) -> Vec<Contact> {
        // By role and name, and which of the contacts with those two (both kept when given twice).
        let key = |list: &[Contact]| {
            list.iter()
                .enumerate()
                .map(|(at, c)| {
                    let same = |other: &&Contact| other.role == c.role && other.name == c.name;
                    (
                        c.role.clone(),
                        c.name.clone(),
                        list[..at].iter().filter(same).count(),
                    )
                })
                .collect::<Vec<_>>()
        };
        keyed((b, o, t), key, |(role, name, _), b, o, t| {
            self.field(
                || Field::Contact {
                    role: role.clone(),
                    name: name.clone(),
                },
                (&b.cloned(), &o.cloned(), &t.cloned()),
                |contact| contact.clone().map(Value::Contact),
            )
        })
    }

    /// A stage's records, both sides' changes taken.
    fn stage(
        &mut self,
        id: &str,
        b: &StageRecord,
        o: &StageRecord,
        t: &StageRecord,
    ) -> StageRecord {
        let criteria = by_key(
            &b.criteria,
            &o.criteria,
            &t.criteria,
            |criterion, b, o, t| {
                Some(self.criterion(id, criterion, b, o, t)).filter(|r| !r.is_empty())
            },
        );
        let answers = by_key(&b.answers, &o.answers, &t.answers, |question, b, o, t| {
            Some(self.answer(id, question, b, o, t)).filter(|r| !r.is_empty())
        });
        let decisions = match pick(&b.decisions, &o.decisions, &t.decisions) {
            Some(decisions) => decisions.clone(),
            None => Decisions {
                project_team: self.decision(
                    id,
                    Side::ProjectTeam,
                    &b.decisions,
                    &o.decisions,
                    &t.decisions,
                ),
                service_team: self.decision(
                    id,
                    Side::ServiceTeam,
                    &b.decisions,
                    &o.decisions,
                    &t.decisions,
                ),
            },
        };
        StageRecord {
            criteria,
            answers,
            decisions,
        }
    }

    /// A criterion's status and notes, by field.
    fn criterion(
        &mut self,
        stage: &str,
        id: &str,
        b: &CriterionRecord,
        o: &CriterionRecord,
        t: &CriterionRecord,
    ) -> CriterionRecord {
        let at =
            |make: fn(String, String) -> Field| move || make(stage.to_string(), id.to_string());
        let status = self.field(
            at(|stage, criterion| Field::CriterionStatus { stage, criterion }),
            (&b.status, &o.status, &t.status),
            |status| Some(Value::Status(*status)),
        );
        let (note, interviewer_note) = self.notes(
            [&b.note, &o.note, &t.note],
            [
                &b.interviewer_note,
                &o.interviewer_note,
                &t.interviewer_note,
            ],
            [
                at(|stage, criterion| Field::CriterionNote { stage, criterion })(),
                at(|stage, criterion| Field::CriterionInterviewerNote { stage, criterion })(),
            ],
        );
        CriterionRecord {
            status,
            note,
            interviewer_note,
            ..CriterionRecord::default()
        }
        .entered(entry(b.entry(), o.entry(), t.entry()))
    }

    /// The team's and the service team's notes on an item (base, ours, theirs each), by field;
    /// `fields` names them.
    fn notes(
        &mut self,
        [b, o, t]: [&String; 3],
        [bi, oi, ti]: [&String; 3],
        [note, interviewer_note]: [Field; 2],
    ) -> (String, String) {
        (
            self.field(|| note, (b, o, t), |t| text(t)),
            self.field(|| interviewer_note, (bi, oi, ti), |t| text(t)),
        )
    }

    /// An answer's value and notes, by field.
    fn answer(
        &mut self,
        stage: &str,
        id: &str,
        b: &AnswerRecord,
        o: &AnswerRecord,
        t: &AnswerRecord,
    ) -> AnswerRecord {
        let at =
            |make: fn(String, String) -> Field| move || make(stage.to_string(), id.to_string());
        let value = self.field(
            at(|stage, question| Field::Answer { stage, question }),
            (&b.value, &o.value, &t.value),
            |value| value.clone().map(Value::Answer),
        );
        let (note, interviewer_note) = self.notes(
            [&b.note, &o.note, &t.note],
            [
                &b.interviewer_note,
                &o.interviewer_note,
                &t.interviewer_note,
            ],
            [
                at(|stage, question| Field::AnswerNote { stage, question })(),
                at(|stage, question| Field::AnswerInterviewerNote { stage, question })(),
            ],
        );
        AnswerRecord {
            value,
            note,
            interviewer_note,
            ..AnswerRecord::default()
        }
        .entered(entry(b.entry(), o.entry(), t.entry()))
    }

    /// One side's decision: the one in force by field, the histories united.
    fn decision(
        &mut self,
        stage: &str,
        side: Side,
        b: &Decisions,
        o: &Decisions,
        t: &Decisions,
    ) -> Decision {
        let (b, o, t) = (b.of(side), o.of(side), t.of(side));
        if let Some(decision) = pick(b, o, t) {
            return decision.clone();
        }
        let current = self.field(
            || Field::Decision {
                stage: stage.to_string(),
                side,
            },
            (&b.current(), &o.current(), &t.current()),
            |past| Some(Value::Decision(past.clone())).filter(|_| !past.is_empty()),
        );
        Decision {
            status: current.status,
            name: current.name,
            date: current.date,
            rationale: current.rationale,
            history: unite(&b.history, &o.history, &t.history),
        }
    }

    /// Training items by item (an item not acquired is left out); `field` names an item.
    fn training(
        &mut self,
        b: &BTreeMap<String, bool>,
        o: &BTreeMap<String, bool>,
        t: &BTreeMap<String, bool>,
        field: impl Fn(String) -> Field,
    ) -> BTreeMap<String, bool> {
        let items: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        let mut merged = BTreeMap::new();
        for item in items {
            // An item not acquired counts as one left out.
            let acquired = |items: &BTreeMap<String, bool>| items.get(item).copied().filter(|a| *a);
            let (bi, oi, ti) = (acquired(b), acquired(o), acquired(t));
            let kept = self.field(
                || field(item.clone()),
                (&bi, &oi, &ti),
                |acquired| acquired.map(Value::Acquired),
            );
            if let Some(acquired) = kept {
                merged.insert(item.clone(), acquired);
            }
        }
        merged
    }

    /// Team members by name: each one's role and training by field.
    fn members(&mut self, b: &[Member], o: &[Member], t: &[Member]) -> Vec<Member> {
        // By name, and which of the members of that name (a name given twice keeps both).
        let key = |list: &[Member]| {
            let names = list.iter().map(|m| m.name.clone());
            names
                .enumerate()
                .map(|(at, name)| {
                    let repeat = list[..at].iter().filter(|m| m.name == name).count();
                    (name, repeat)
                })
                .collect::<Vec<_>>()
        };
        keyed((b, o, t), key, |(name, _), b, o, t| match (b, o, t) {
            (_, Some(o), Some(t)) => {
                let empty = Member::default();
                let b = b.unwrap_or(&empty);
                let role = self.field(
                    || Field::MemberRole {
                        member: name.clone(),
                    },
                    (&b.role, &o.role, &t.role),
                    |t| text(t),
                );
                let training = by_key(&b.training, &o.training, &t.training, |path, b, o, t| {
                    Some(self.training(b, o, t, |item| Field::MemberTraining {
                        member: name.clone(),
                        path: path.clone(),
                        item,
                    }))
                    .filter(|items| !items.is_empty())
                });
                Some(Member {
                    name: name.clone(),
                    role,
                    training,
                })
            }
            (b, o, t) => self.field(
                || Field::Member {
                    member: name.clone(),
                },
                (&b.cloned(), &o.cloned(), &t.cloned()),
                |member| member.clone().map(Value::Member),
            ),
        })
    }

    /// Sittings by kind, day and start: participants and action items united, minutes by field,
    /// the later end and next meeting when both sides set one.
    fn sessions(&mut self, b: &[Session], o: &[Session], t: &[Session]) -> Vec<Session> {
        keyed((b, o, t), SessionKey::all, |key, b, o, t| match (b, o, t) {
            (Some(b), Some(o), Some(t)) => {
                let minutes = self.field(
                    || Field::SessionMinutes {
                        session: key.clone(),
                    },
                    (&b.minutes, &o.minutes, &t.minutes),
                    |t| text(t),
                );
                Some(Session {
                    end: pick(&b.end, &o.end, &t.end)
                        .copied()
                        .unwrap_or(o.end.max(t.end)),
                    participants: unite(&b.participants, &o.participants, &t.participants),
                    minutes,
                    actions: unite(&b.actions, &o.actions, &t.actions),
                    next_meeting: pick(&b.next_meeting, &o.next_meeting, &t.next_meeting)
                        .copied()
                        .unwrap_or(o.next_meeting.max(t.next_meeting)),
                    ..o.clone()
                })
            }
            // Added on both sides: each side's additions kept.
            (None, Some(o), Some(t)) => Some(Session {
                participants: unite(&[], &o.participants, &t.participants),
                actions: unite(&[], &o.actions, &t.actions),
                ..o.clone()
            }),
            // Removed on one side, changed on the other: the changed sitting is kept.
            (_, o, t) => o.or(t).cloned(),
        })
    }
}

/// Who entered a record: the side that changed it, else the later entry.
fn entry(b: Option<Entry>, o: Option<Entry>, t: Option<Entry>) -> Option<Entry> {
    pick(&b, &o, &t)
        .copied()
        .unwrap_or_else(|| o.into_iter().chain(t).max_by_key(|e| (e.date, e.side)))
}

/// A text as a side's value (`None` when empty).
fn text(text: &str) -> Option<Value> {
    Some(Value::Text(text.to_string())).filter(|_| !text.is_empty())
}
