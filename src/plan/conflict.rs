//! Fields of a plan named by ids, their values, and the conflicts a three-way merge leaves in a
//! plan: a field both sides changed differently, with the base's, our and their values, until the
//! user keeps one or combines them.

mod entry;

use jiff::civil::{Date, Time};
use serde::{Deserialize, Serialize};

use super::decision::PastDecision;
use super::records::{Contact, CriterionStatus, DefinitionsStamp, Member};
use super::session::{Session, SessionKind, Side};
use super::values::AnswerValue;

/// A sitting named by what identifies it in the log: its kind, day and start, and which of the
/// sittings with those three it is (0 for the first).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionKey {
    /// Alone, or which kind of joint session.
    pub kind: SessionKind,
    /// When.
    pub date: Date,
    /// When a joint session started.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::values::optional_time"
    )]
    pub start: Option<Time>,
    /// Which of the sittings sharing kind, day and start (0 for the first).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeat: usize,
}

/// True for 0, left out of the file.
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl SessionKey {
    /// The keys of `sessions`, in order.
    pub fn all(sessions: &[Session]) -> Vec<SessionKey> {
        let mut keys: Vec<SessionKey> = Vec::with_capacity(sessions.len());
        for session in sessions {
            let mut key = SessionKey {
                kind: session.kind,
                date: session.date,
                start: session.start,
                repeat: 0,
            };
            key.repeat = keys.iter().filter(|k| k.same_sitting(&key)).count();
            keys.push(key);
        }
        keys
    }

    /// True when both name a sitting of the same kind, day and start.
    fn same_sitting(&self, other: &SessionKey) -> bool {
        self.kind == other.kind && self.date == other.date && self.start == other.start
    }
}

/// One field of a plan, by ids.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Field {
    /// The project's name.
    ProjectName,
    /// The project's organisation.
    ProjectOrganisation,
    /// The definitions the plan was last answered against (never in conflict: ours are kept).
    Definitions,
    /// The stage the team is on (never in conflict: the higher one is kept).
    CurrentStage,
    /// A contact on the project's side (present or not).
    Contact {
        /// The contact's role id.
        role: String,
        /// The contact's name.
        name: String,
    },
    /// A criterion's status.
    CriterionStatus {
        /// Stage id.
        stage: String,
        /// Criterion id.
        criterion: String,
    },
    /// The team's note on a criterion.
    CriterionNote {
        /// Stage id.
        stage: String,
        /// Criterion id.
        criterion: String,
    },
    /// The service team's note on a criterion.
    CriterionInterviewerNote {
        /// Stage id.
        stage: String,
        /// Criterion id.
        criterion: String,
    },
    /// Who last changed a criterion in a joint session (never in conflict: the later is kept).
    CriterionEntry {
        /// Stage id.
        stage: String,
        /// Criterion id.
        criterion: String,
    },
    /// The answer to a question.
    Answer {
        /// Stage id.
        stage: String,
        /// Question id.
        question: String,
    },
    /// The team's note on a question.
    AnswerNote {
        /// Stage id.
        stage: String,
        /// Question id.
        question: String,
    },
    /// The service team's note on a question.
    AnswerInterviewerNote {
        /// Stage id.
        stage: String,
        /// Question id.
        question: String,
    },
    /// Who last changed an answer in a joint session (never in conflict: the later is kept).
    AnswerEntry {
        /// Stage id.
        stage: String,
        /// Question id.
        question: String,
    },
    /// One side's decision in force on a stage.
    Decision {
        /// Stage id.
        stage: String,
        /// Whose decision.
        side: Side,
    },
    /// One of the decisions a side's decision replaced (never in conflict: histories are united).
    PastDecision {
        /// Stage id.
        stage: String,
        /// Whose decision.
        side: Side,
        /// Its place in the history, oldest first (0 for the first).
        at: usize,
    },
    /// The whole team's training item.
    Training {
        /// Path id.
        path: String,
        /// Item id.
        item: String,
    },
    /// A team member (present or not).
    Member {
        /// The member's name.
        member: String,
    },
    /// A team member's role.
    MemberRole {
        /// The member's name.
        member: String,
    },
    /// A team member's training item.
    MemberTraining {
        /// The member's name.
        member: String,
        /// Path id.
        path: String,
        /// Item id.
        item: String,
    },
    /// A sitting of the log (present or not).
    Session {
        /// Which sitting.
        session: SessionKey,
    },
    /// The minutes of a sitting.
    SessionMinutes {
        /// Which sitting.
        session: SessionKey,
    },
}

impl Field {
    /// The criterion or question the field belongs to: its stage's id and its own.
    pub fn item(&self) -> Option<(&str, &str)> {
        match self {
            Field::CriterionStatus { stage, criterion }
            | Field::CriterionNote { stage, criterion }
            | Field::CriterionInterviewerNote { stage, criterion }
            | Field::CriterionEntry { stage, criterion } => Some((stage, criterion)),
            Field::Answer { stage, question }
            | Field::AnswerNote { stage, question }
            | Field::AnswerInterviewerNote { stage, question }
            | Field::AnswerEntry { stage, question } => Some((stage, question)),
            _ => None,
        }
    }

    /// The stage the field belongs to, if any.
    pub fn stage(&self) -> Option<&str> {
        match self {
            Field::CriterionStatus { stage, .. }
            | Field::CriterionNote { stage, .. }
            | Field::CriterionInterviewerNote { stage, .. }
            | Field::Answer { stage, .. }
            | Field::AnswerNote { stage, .. }
            | Field::AnswerInterviewerNote { stage, .. }
            | Field::CriterionEntry { stage, .. }
            | Field::AnswerEntry { stage, .. }
            | Field::Decision { stage, .. }
            | Field::PastDecision { stage, .. } => Some(stage),
            _ => None,
        }
    }
}

/// The value of a field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// A text: a name, an organisation, a note, a role, minutes.
    Text(String),
    /// A criterion's status.
    Status(CriterionStatus),
    /// An answer.
    Answer(AnswerValue),
    /// A decision in force.
    Decision(PastDecision),
    /// A training item acquired or not.
    Acquired(bool),
    /// A contact.
    Contact(Contact),
    /// A team member with their training.
    Member(Member),
    /// A sitting.
    Session(Session),
    /// The definitions' stamp.
    Definitions(DefinitionsStamp),
    /// A stage's number.
    Stage(u8),
    /// Who entered a record in a joint session, and on which day.
    Entered {
        /// The side at the keyboard.
        side: Side,
        /// The day of the session.
        date: Date,
    },
}

/// A field both sides of a merge changed, each differently: the plan holds our value meanwhile.
/// Read back from a file by [`entry`], which refuses what a merge never writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// Which field.
    #[serde(flatten)]
    pub field: Field,
    /// Its value in the common ancestor (absent: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Value>,
    /// Our value (absent: removed or none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<Value>,
    /// Their value (absent: removed or none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<Value>,
}

/// How a conflict is resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// Our value is kept.
    Ours,
    /// Their value is kept.
    Theirs,
    /// A text made of both (as the user edited it).
    Combined(String),
}

impl Conflict {
    /// Both texts joined, ours first, for the user to edit; `None` unless both values are texts.
    pub fn combined(&self) -> Option<String> {
        match (&self.ours, &self.theirs) {
            (Some(Value::Text(ours)), Some(Value::Text(theirs))) => {
                Some(format!("{ours}\n\n{theirs}"))
            }
            _ => None,
        }
    }
}
