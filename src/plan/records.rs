//! The records of a plan that a conflict's value can hold as they are: a contact, a team member,
//! a criterion's status, the definitions' stamp (the answers' values are in `values.rs`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A team member whose training is followed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Name.
    pub name: String,
    /// Their role on the project, which gives their training path: `decision`, `pilotage` or
    /// `technique` (the roles of the definitions).
    pub role: String,
    /// Their training self-assessment: per path id, per item id, whether it is acquired.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub training: BTreeMap<String, BTreeMap<String, bool>>,
}

/// A person on the project's side.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Id of a project role of the definitions (`decisionnaire`…).
    pub role: String,
    /// Name of the person.
    pub name: String,
    /// How to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Status of a go/no-go criterion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionStatus {
    /// Not assessed yet.
    #[default]
    Todo,
    /// Met.
    Ok,
    /// Not met.
    Ko,
    /// Does not apply to this project.
    Na,
}

impl CriterionStatus {
    /// The next status of the cycle todo → ok → ko → na → todo.
    pub fn next(self) -> Self {
        match self {
            CriterionStatus::Todo => CriterionStatus::Ok,
            CriterionStatus::Ok => CriterionStatus::Ko,
            CriterionStatus::Ko => CriterionStatus::Na,
            CriterionStatus::Na => CriterionStatus::Todo,
        }
    }

    /// True when the criterion does not stand in the way of a go.
    pub fn is_settled(self) -> bool {
        matches!(self, CriterionStatus::Ok | CriterionStatus::Na)
    }
}

/// Which definitions a plan was answered against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefinitionsStamp {
    /// `embedded`, or the folder given with `--questionnaires`.
    pub source: String,
    /// Version of the definition set.
    pub version: String,
    /// `sha256:` digest of the definition files.
    pub digest: String,
}
