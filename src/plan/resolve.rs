//! A plan's conflicts found and resolved, a field set by its ids: the change the wizard's conflict
//! window applies, undone as one.

use super::change::Change;
use super::conflict::{Conflict, Field, Resolution, SessionKey, Value};
use super::decision::PastDecision;
use super::model::Plan;
use super::records::{Contact, CriterionStatus, Member};

impl Plan {
    /// The conflicts on the criterion or question `id` of stage `stage`, with their indices.
    pub fn conflicts_on<'a>(
        &'a self,
        stage: &'a str,
        id: &'a str,
    ) -> impl Iterator<Item = (usize, &'a Conflict)> + 'a {
        self.conflicts
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.field.item() == Some((stage, id)))
    }

    /// The conflict left on `field`, if any.
    pub fn conflict(&self, field: &Field) -> Option<&Conflict> {
        self.conflicts.iter().find(|c| &c.field == field)
    }

    /// The change that resolves the conflict at `index` with `resolution`: its field takes the
    /// value chosen and the conflict goes, undone as one. `None` when there is no such conflict.
    pub fn resolve(&self, index: usize, resolution: Resolution) -> Option<Change> {
        let conflict = self.conflicts.get(index)?;
        let value = match resolution {
            Resolution::Ours => conflict.ours.clone(),
            Resolution::Theirs => conflict.theirs.clone(),
            Resolution::Combined(text) => Some(Value::Text(text)),
        };
        let mut rest = self.conflicts.clone();
        rest.remove(index);
        Some(Change::Several(vec![
            self.setting(&conflict.field, value)?,
            Change::Conflicts(rest),
        ]))
    }

    /// The change that gives `field` the value `value` (`None`: none, or removed); `None` for the
    /// fields a merge settles by rule, never left in conflict.
    pub fn setting(&self, field: &Field, value: Option<Value>) -> Option<Change> {
        let text = |value: Option<Value>| match value {
            Some(Value::Text(text)) => text,
            _ => String::new(),
        };
        let change = match field {
            Field::ProjectName | Field::ProjectOrganisation | Field::Contact { .. } => {
                let mut project = self.project.clone();
                match field {
                    Field::ProjectName => project.name = text(value),
                    Field::ProjectOrganisation => {
                        project.organisation = Some(text(value)).filter(|t| !t.is_empty())
                    }
                    _ => set_contact(&mut project.contacts, field, value),
                }
                Change::Project(project)
            }
            Field::CriterionStatus { stage, criterion }
            | Field::CriterionNote { stage, criterion }
            | Field::CriterionInterviewerNote { stage, criterion } => {
                let mut record = self.criterion(stage, criterion);
                match (field, value) {
                    (Field::CriterionStatus { .. }, Some(Value::Status(status))) => {
                        record.status = status
                    }
                    (Field::CriterionStatus { .. }, _) => record.status = CriterionStatus::Todo,
                    (Field::CriterionNote { .. }, value) => record.note = text(value),
                    (_, value) => record.interviewer_note = text(value),
                }
                Change::criterion(stage, criterion, record)
            }
            Field::Answer { stage, question }
            | Field::AnswerNote { stage, question }
            | Field::AnswerInterviewerNote { stage, question } => {
                let mut record = self.answer(stage, question).cloned().unwrap_or_default();
                match (field, value) {
                    (Field::Answer { .. }, Some(Value::Answer(answer))) => {
                        record.value = Some(answer)
                    }
                    (Field::Answer { .. }, _) => record.value = None,
                    (Field::AnswerNote { .. }, value) => record.note = text(value),
                    (_, value) => record.interviewer_note = text(value),
                }
                Change::answer(stage, question, record)
            }
            Field::Decision { stage, side } => {
                let past = match value {
                    Some(Value::Decision(past)) => past,
                    _ => PastDecision::default(),
                };
                Change::Decision {
                    stage: stage.clone(),
                    side: *side,
                    decision: self.decision(stage, *side).replaced_by(past),
                    reached: self.current_stage,
                }
            }
            Field::Training { path, item } => {
                Change::training(path, item, value == Some(Value::Acquired(true)))
            }
            Field::Member { .. } | Field::MemberRole { .. } | Field::MemberTraining { .. } => {
                let mut members = self.members.clone();
                set_member(&mut members, field, value);
                Change::Members(members)
            }
            Field::Session { session } | Field::SessionMinutes { session } => {
                let mut sessions = self.sessions.clone();
                let at = SessionKey::all(&sessions).iter().position(|k| k == session);
                match (field, value, at) {
                    (Field::SessionMinutes { .. }, value, Some(at)) => {
                        sessions[at].minutes = text(value)
                    }
                    (Field::Session { .. }, Some(Value::Session(new)), Some(at)) => {
                        sessions[at] = new
                    }
                    (Field::Session { .. }, Some(Value::Session(new)), None) => sessions.push(new),
                    (Field::Session { .. }, None, Some(at)) => drop(sessions.remove(at)),
                    _ => {}
                }
                Change::Sessions(sessions)
            }
            Field::Definitions
            | Field::CurrentStage
            | Field::CriterionEntry { .. }
            | Field::AnswerEntry { .. }
            | Field::PastDecision { .. } => return None,
        };
        Some(change)
    }
}

/// Puts the contact of `field` in `contacts`, or takes it out (`value` absent).
fn set_contact(contacts: &mut Vec<Contact>, field: &Field, value: Option<Value>) {
    let Field::Contact { role, name } = field else {
        return;
    };
    let at = contacts
        .iter()
        .position(|c| &c.role == role && &c.name == name);
    match (value, at) {
        (Some(Value::Contact(contact)), Some(at)) => contacts[at] = contact,
        (Some(Value::Contact(contact)), None) => contacts.push(contact),
        (_, Some(at)) => drop(contacts.remove(at)),
        _ => {}
    }
}

/// Sets the member field `field` of `members` to `value`.
fn set_member(members: &mut Vec<Member>, field: &Field, value: Option<Value>) {
    let (Field::Member { member: name }
    | Field::MemberRole { member: name }
    | Field::MemberTraining { member: name, .. }) = field
    else {
        return;
    };
    let at = members.iter().position(|m| &m.name == name);
    match (field, value, at) {
        (Field::Member { .. }, Some(Value::Member(member)), Some(at)) => members[at] = member,
        (Field::Member { .. }, Some(Value::Member(member)), None) => members.push(member),
        (Field::Member { .. }, _, Some(at)) => drop(members.remove(at)),
        (Field::MemberRole { .. }, Some(Value::Text(role)), Some(at)) => members[at].role = role,
        (Field::MemberTraining { path, item, .. }, value, Some(at)) => {
            let training = &mut members[at].training;
            if value == Some(Value::Acquired(true)) {
                training
                    .entry(path.clone())
                    .or_default()
                    .insert(item.clone(), true);
            } else if let Some(items) = training.get_mut(path) {
                items.remove(item);
                if items.is_empty() {
                    training.remove(path);
                }
            }
        }
        _ => {}
    }
}
