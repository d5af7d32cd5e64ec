//! A stage's go/no-go, in two voices: the team's self-assessment and the service team's decision,
//! each with the decisions it replaced. The service team's go is the one that opens the next stage.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::session::Side;

/// Outcome of a stage's go/no-go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    /// Not decided yet.
    #[default]
    Pending,
    /// The team may go on to the next stage.
    Go,
    /// The team may not go on yet.
    NoGo,
}

/// A decision as it was recorded, kept in the history when a later one replaced it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastDecision {
    /// Pending, go or no-go.
    #[serde(default)]
    pub status: DecisionStatus,
    /// Name of the person who recorded it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// When it was recorded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub date: Option<Date>,
    /// Why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
}

impl PastDecision {
    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        *self == PastDecision::default()
    }
}

/// One side's decision on a stage, with the decisions it replaced (oldest first).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Pending, go or no-go.
    #[serde(default)]
    pub status: DecisionStatus,
    /// Name of the person who recorded it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// When it was recorded.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub date: Option<Date>,
    /// Why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
    /// The decisions it replaced, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<PastDecision>,
}

impl Decision {
    /// The decision in force, without its history.
    pub fn current(&self) -> PastDecision {
        PastDecision {
            status: self.status,
            name: self.name.clone(),
            date: self.date,
            rationale: self.rationale.clone(),
        }
    }

    /// True when nothing was ever recorded.
    pub fn is_empty(&self) -> bool {
        *self == Decision::default()
    }

    /// This decision replaced by `next`, the one in force kept in the history (unless it is the
    /// same, or empty).
    pub fn replaced_by(&self, next: PastDecision) -> Decision {
        let current = self.current();
        let mut history = self.history.clone();
        if !current.is_empty() && current != next {
            history.push(current);
        }
        Decision {
            status: next.status,
            name: next.name,
            date: next.date,
            rationale: next.rationale,
            history,
        }
    }
}

/// Both sides' decisions on a stage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    /// The team's self-assessment: proposed, never final.
    #[serde(default, skip_serializing_if = "Decision::is_empty")]
    pub project_team: Decision,
    /// The service team's decision: its go opens the next stage.
    #[serde(default, skip_serializing_if = "Decision::is_empty")]
    pub service_team: Decision,
}

impl Decisions {
    /// True when neither side recorded anything.
    pub fn is_empty(&self) -> bool {
        self.project_team.is_empty() && self.service_team.is_empty()
    }

    /// The decision of `side`.
    pub fn of(&self, side: Side) -> &Decision {
        match side {
            Side::ProjectTeam => &self.project_team,
            Side::ServiceTeam => &self.service_team,
        }
    }

    /// The decision of `side`, to change.
    pub fn of_mut(&mut self, side: Side) -> &mut Decision {
        match side {
            Side::ProjectTeam => &mut self.project_team,
            Side::ServiceTeam => &mut self.service_team,
        }
    }

    /// The outcome that counts for opening the next stage: the service team's.
    pub fn counting(&self) -> DecisionStatus {
        self.service_team.status
    }
}
