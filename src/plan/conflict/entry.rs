//! A conflict entry read from a plan file, untrusted: the keys of its kind of field and the three
//! values, nothing else. An unknown key, a key of another kind of field, or a kind of field no
//! merge leaves in conflict is refused with the reader's usual words.

use serde::de::Error;
use serde::{Deserialize, Deserializer};

use super::{Conflict, Field, SessionKey, Value};
use crate::plan::Side;

/// The kinds of field a merge leaves in conflict, as a conflict entry names them.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    /// [`Field::ProjectName`].
    ProjectName,
    /// [`Field::ProjectOrganisation`].
    ProjectOrganisation,
    /// [`Field::Contact`].
    Contact,
    /// [`Field::CriterionStatus`].
    CriterionStatus,
    /// [`Field::CriterionNote`].
    CriterionNote,
    /// [`Field::CriterionInterviewerNote`].
    CriterionInterviewerNote,
    /// [`Field::Answer`].
    Answer,
    /// [`Field::AnswerNote`].
    AnswerNote,
    /// [`Field::AnswerInterviewerNote`].
    AnswerInterviewerNote,
    /// [`Field::Decision`].
    Decision,
    /// [`Field::Training`].
    Training,
    /// [`Field::Member`].
    Member,
    /// [`Field::MemberRole`].
    MemberRole,
    /// [`Field::MemberTraining`].
    MemberTraining,
    /// [`Field::Session`].
    Session,
    /// [`Field::SessionMinutes`].
    SessionMinutes,
}

impl Kind {
    /// The keys an entry of this kind holds, besides `field` and the three values.
    fn keys(self) -> &'static [&'static str] {
        match self {
            Kind::ProjectName | Kind::ProjectOrganisation => &[],
            Kind::Contact => &["role", "name"],
            Kind::CriterionStatus | Kind::CriterionNote | Kind::CriterionInterviewerNote => {
                &["stage", "criterion"]
            }
            Kind::Answer | Kind::AnswerNote | Kind::AnswerInterviewerNote => &["stage", "question"],
            Kind::Decision => &["stage", "side"],
            Kind::Training => &["path", "item"],
            Kind::Member | Kind::MemberRole => &["member"],
            Kind::MemberTraining => &["member", "path", "item"],
            Kind::Session | Kind::SessionMinutes => &["session"],
        }
    }
}

/// Every key any entry may hold, as read; [`Kind::keys`] says which belong to its kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// Which kind of field.
    field: Kind,
    /// A contact's role id.
    role: Option<String>,
    /// A contact's name.
    name: Option<String>,
    /// A stage id.
    stage: Option<String>,
    /// A criterion id.
    criterion: Option<String>,
    /// A question id.
    question: Option<String>,
    /// Whose decision.
    side: Option<Side>,
    /// A training path id.
    path: Option<String>,
    /// A training item id.
    item: Option<String>,
    /// A member's name.
    member: Option<String>,
    /// A sitting.
    session: Option<SessionKey>,
    /// The common ancestor's value.
    base: Option<Value>,
    /// Our value.
    ours: Option<Value>,
    /// Their value.
    theirs: Option<Value>,
}

impl<'de> Deserialize<'de> for Conflict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut entry = Entry::deserialize(deserializer)?;
        let kind = entry.field;
        let present = [
            ("role", entry.role.is_some()),
            ("name", entry.name.is_some()),
            ("stage", entry.stage.is_some()),
            ("criterion", entry.criterion.is_some()),
            ("question", entry.question.is_some()),
            ("side", entry.side.is_some()),
            ("path", entry.path.is_some()),
            ("item", entry.item.is_some()),
            ("member", entry.member.is_some()),
            ("session", entry.session.is_some()),
        ];
        if let Some((key, _)) = present
            .iter()
            .find(|(key, present)| *present && !kind.keys().contains(key))
        {
            return Err(D::Error::unknown_field(key, kind.keys()));
        }
        let field = field(kind, &mut entry)?;
        Ok(Conflict {
            field,
            base: entry.base,
            ours: entry.ours,
            theirs: entry.theirs,
        })
    }
}

/// The field an entry of `kind` names, from its keys (each one its kind needs, or refused).
fn field<E: Error>(kind: Kind, entry: &mut Entry) -> Result<Field, E> {
    /// The value of `key`, which an entry of this kind must hold.
    fn take<T, E: Error>(slot: &mut Option<T>, key: &'static str) -> Result<T, E> {
        slot.take().ok_or_else(|| E::missing_field(key))
    }
    let e = entry;
    Ok(match kind {
        Kind::ProjectName => Field::ProjectName,
        Kind::ProjectOrganisation => Field::ProjectOrganisation,
        Kind::Contact => Field::Contact {
            role: take(&mut e.role, "role")?,
            name: take(&mut e.name, "name")?,
        },
        Kind::CriterionStatus | Kind::CriterionNote | Kind::CriterionInterviewerNote => {
            let stage = take(&mut e.stage, "stage")?;
            let criterion = take(&mut e.criterion, "criterion")?;
            match kind {
                Kind::CriterionStatus => Field::CriterionStatus { stage, criterion },
                Kind::CriterionNote => Field::CriterionNote { stage, criterion },
                _ => Field::CriterionInterviewerNote { stage, criterion },
            }
        }
        Kind::Answer | Kind::AnswerNote | Kind::AnswerInterviewerNote => {
            let stage = take(&mut e.stage, "stage")?;
            let question = take(&mut e.question, "question")?;
            match kind {
                Kind::Answer => Field::Answer { stage, question },
                Kind::AnswerNote => Field::AnswerNote { stage, question },
                _ => Field::AnswerInterviewerNote { stage, question },
            }
        }
        Kind::Decision => Field::Decision {
            stage: take(&mut e.stage, "stage")?,
            side: take(&mut e.side, "side")?,
        },
        Kind::Training => Field::Training {
            path: take(&mut e.path, "path")?,
            item: take(&mut e.item, "item")?,
        },
        Kind::Member => Field::Member {
            member: take(&mut e.member, "member")?,
        },
        Kind::MemberRole => Field::MemberRole {
            member: take(&mut e.member, "member")?,
        },
        Kind::MemberTraining => Field::MemberTraining {
            member: take(&mut e.member, "member")?,
            path: take(&mut e.path, "path")?,
            item: take(&mut e.item, "item")?,
        },
        Kind::Session => Field::Session {
            session: take(&mut e.session, "session")?,
        },
        Kind::SessionMinutes => Field::SessionMinutes {
            session: take(&mut e.session, "session")?,
        },
    })
}
