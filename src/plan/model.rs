//! The project plan: the team's answers, kept by definition id.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use jiff::civil::Date;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::conflict::Conflict;
use super::decision::Decisions;
pub use super::records::{Contact, CriterionStatus, DefinitionsStamp, Member};
use super::session::{Entry, Session, Side};
pub use super::values::AnswerValue;

/// The format written in every plan; a plan with a higher number is refused, never rewritten.
pub const FORMAT: &str = "embarquement-plan/2";

/// The whole plan file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Always [`FORMAT`].
    pub format: String,
    /// The definitions the plan was last answered against.
    pub definitions: DefinitionsStamp,
    /// Who the plan is for.
    pub project: Project,
    /// The stage the team was on (1–5), restored on reopening.
    pub current_stage: u8,
    /// Per stage id, what the team and the interviewer recorded.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stages: BTreeMap<String, StageRecord>,
    /// The whole team's training self-assessment (as format 1 kept it): per path id, per item id,
    /// whether it is acquired.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub training: BTreeMap<String, BTreeMap<String, bool>>,
    /// The team members whose training is followed, each with their own self-assessment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    /// The sittings in which the plan was worked on, joint sessions included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    /// The fields a merge found changed differently on both sides, until resolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// The project the plan is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Name of the project or application.
    pub name: String,
    /// Organisation the project belongs to (ministry, directorate…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The project kind as plans before the questionnaire held it wrote it here (`migration`),
    /// until [`Plan::settle_project_card`] moves it into the answer that now holds it.
    #[serde(default, rename = "kind", skip_serializing_if = "Option::is_none")]
    pub older_kind: Option<String>,
    /// The hosting target as those plans wrote it (`socle_dedie_np`), likewise.
    #[serde(
        default,
        rename = "hosting_target",
        skip_serializing_if = "Option::is_none"
    )]
    pub older_hosting_target: Option<String>,
    /// People on the project's side, by role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

/// What was recorded for one stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageRecord {
    /// Per criterion id, its status and notes.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "map_in_order"
    )]
    pub criteria: BTreeMap<String, CriterionRecord>,
    /// Per question id, the answer and notes.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "map_in_order"
    )]
    pub answers: BTreeMap<String, AnswerRecord>,
    /// The go/no-go decisions of both sides.
    #[serde(default, skip_serializing_if = "Decisions::is_empty")]
    pub decisions: Decisions,
}

/// Reads a map into a `BTreeMap` built at once from all its entries: plans are written with their
/// keys in order, which that build takes in one pass, where inserting key by key (serde's way)
/// searches the tree for each. A key given twice keeps its last value, as with serde.
fn map_in_order<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    /// Collects a map's entries as they come.
    struct Entries<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
        type Value = Vec<(String, V)>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(entry) = map.next_entry()? {
                entries.push(entry);
            }
            Ok(entries)
        }
    }

    let entries = deserializer.deserialize_map(Entries(PhantomData))?;
    Ok(entries.into_iter().collect())
}

impl StageRecord {
    /// True when nothing was recorded, so the stage can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty() && self.answers.is_empty() && self.decisions.is_empty()
    }
}

/// A criterion's status and notes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionRecord {
    /// Where the criterion stands.
    #[serde(default)]
    pub status: CriterionStatus,
    /// The team's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The service team's note, kept apart from the team's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interviewer_note: String,
    /// The side that made the last change, when it was made in a joint session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entered_by: Option<Side>,
    /// The day of that joint session.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub entered_on: Option<Date>,
}

impl CriterionRecord {
    /// True when the record holds nothing worth keeping (who entered nothing does not count).
    pub fn is_empty(&self) -> bool {
        self.status == CriterionStatus::Todo
            && self.note.is_empty()
            && self.interviewer_note.is_empty()
    }
}

/// Who entered a record during a joint session: read and set the same way on criteria and answers.
macro_rules! entered_in_session {
    ($($record:ty),*) => {$(
        impl $record {
            /// Who made the last change in a joint session, and on which day.
            pub fn entry(&self) -> Option<Entry> {
                Some(Entry { side: self.entered_by?, date: self.entered_on? })
            }

            /// The record as changed by `entry`'s side in a joint session, or outside any (`None`).
            pub fn entered(mut self, entry: Option<Entry>) -> Self {
                self.entered_by = entry.map(|entry| entry.side);
                self.entered_on = entry.map(|entry| entry.date);
                self
            }
        }
    )*};
}

entered_in_session!(CriterionRecord, AnswerRecord);

/// An answer to a question, with notes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRecord {
    /// The answer, absent while unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    /// The team's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The service team's note, kept apart from the team's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interviewer_note: String,
    /// The side that made the last change, when it was made in a joint session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entered_by: Option<Side>,
    /// The day of that joint session.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub entered_on: Option<Date>,
}

impl AnswerRecord {
    /// True when the question has an answer.
    pub fn is_answered(&self) -> bool {
        match &self.value {
            None => false,
            Some(AnswerValue::Text(text)) => !text.trim().is_empty(),
            Some(AnswerValue::List(items)) => !items.is_empty(),
            Some(_) => true,
        }
    }

    /// True when the record holds nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        !self.is_answered() && self.note.is_empty() && self.interviewer_note.is_empty()
    }
}
