//! The sittings a plan was worked in: self-assessments, and joint sessions with the service team
//! (kind, participants, minutes, action items, next meeting).

use jiff::civil::{Date, Time};
use serde::{Deserialize, Serialize};

/// The two sides of the onboarding: the project's team and the programme's service team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The project's team.
    ProjectTeam,
    /// The programme's service team.
    ServiceTeam,
}

impl Side {
    /// Both sides, the project's team first.
    pub const ALL: [Side; 2] = [Side::ProjectTeam, Side::ServiceTeam];
}

/// Kind of sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// The team alone, assessing itself.
    SelfAssessment,
    /// Joint session: préqualification (stage 1).
    Prequalification,
    /// Joint session: qualification (stage 2).
    Qualification,
    /// Joint session: launch in the sandbox (stage 3).
    Launch,
    /// Joint session: going to production (stage 4).
    Production,
    /// Joint session: a review.
    Review,
    /// Joint session of another kind (format 1's `joint_interview`).
    #[serde(alias = "joint_interview")]
    Other,
}

impl SessionKind {
    /// The kinds of joint session, in the order offered to the user.
    pub const JOINT: [SessionKind; 6] = [
        SessionKind::Prequalification,
        SessionKind::Qualification,
        SessionKind::Launch,
        SessionKind::Production,
        SessionKind::Review,
        SessionKind::Other,
    ];

    /// True for a session held with the service team.
    pub fn is_joint(self) -> bool {
        self != SessionKind::SelfAssessment
    }
}

/// Someone who took part in a joint session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Name.
    pub name: String,
    /// Which side they are on (unknown for names carried over from format 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// Their role, in their own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

/// Something to do after a joint session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// What is to be done.
    pub what: String,
    /// Who does it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// By when.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub due: Option<Date>,
}

/// A sitting in which the plan was worked on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Alone, or which kind of joint session.
    pub kind: SessionKind,
    /// When.
    #[serde(deserialize_with = "super::values::date")]
    pub date: Date,
    /// When a joint session started (`HH:MM`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::values::optional_time"
    )]
    pub start: Option<Time>,
    /// When a joint session was ended (`HH:MM`); absent while it is in progress or if it was
    /// never ended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::values::optional_time"
    )]
    pub end: Option<Time>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// The minutes, written when the session ends.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub minutes: String,
    /// What is to be done next, by whom, by when.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    /// The date of the next meeting.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::values::optional_date"
    )]
    pub next_meeting: Option<Date>,
}

impl Session {
    /// A self-assessment sitting on `date`.
    pub fn self_assessment(date: Date) -> Self {
        Session::joint(SessionKind::SelfAssessment, date, None)
    }

    /// A session of `kind` starting on `date` at `start`, with nobody listed yet.
    pub fn joint(kind: SessionKind, date: Date, start: Option<Time>) -> Self {
        Session {
            kind,
            date,
            start,
            end: None,
            participants: Vec::new(),
            minutes: String::new(),
            actions: Vec::new(),
            next_meeting: None,
        }
    }

    /// True for a joint session that has started and not been ended.
    pub fn is_in_progress(&self) -> bool {
        self.kind.is_joint() && self.start.is_some() && self.end.is_none()
    }
}

/// Who entered a record during a joint session, and on which day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The side at the keyboard.
    pub side: Side,
    /// The day of the session.
    pub date: Date,
}
