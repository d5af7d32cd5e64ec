//! The serde types of the definition files (`questionnaires/*.yaml`), one per `kind:`.
//!
//! Every struct refuses unknown keys so that a typo in a definition file is reported, never ignored.

use serde::{Deserialize, Serialize};

use super::text::Text;

/// The first key read from every definition file, to pick the type of the rest.
#[derive(Debug, Deserialize)]
pub struct FileHeader {
    /// `offer`, `stages`, `questionnaire` or `training`.
    pub kind: String,
}

/// A hyperlink given by the sources.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link points to; the URL is shown when absent.
    #[serde(default)]
    pub title: Option<Text>,
    /// An absolute `https://` URL.
    pub url: String,
}

/// The three client-side perimeters of responsibility.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Gouvernance / décisionnaire: decision and strategy.
    Decision,
    /// Pilote MOE: steering of the project and its teams.
    Pilotage,
    /// Équipe produit, system team: building and running the product.
    Technique,
}

/// `kind: offer` — the offer itself: version, contacts, roles, hosting targets, public links.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfferFile {
    /// Always `offer`.
    pub kind: String,
    /// Version of the definition set, recorded in every plan (e.g. `"2026.11"`).
    pub version: String,
    /// Name of the offer.
    pub title: Text,
    /// What the offer is, in a paragraph.
    #[serde(default)]
    pub description: Option<Text>,
    /// The address to write to.
    #[serde(default)]
    pub contact_email: Option<String>,
    /// Teams of the programme a project deals with.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub program_contacts: Vec<ProgramContact>,
    /// Roles on the project's side.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub project_roles: Vec<ProjectRole>,
    /// Where the product can be hosted.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub hosting_targets: Vec<HostingTarget>,
    /// Public documentation of the offer.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// A team of the Cloud Pi Native programme (adoption, service team, exploitation…).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramContact {
    /// Stable id, referred to by stages.
    pub id: String,
    /// Name of the team.
    pub name: Text,
    /// What the team does for a project.
    #[serde(default)]
    pub description: Option<Text>,
    /// Where to reach it, when public.
    #[serde(default)]
    pub email: Option<String>,
    /// Related pages.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// A role on the project's side (décisionnaire, chefferie de projet, équipe produit…).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectRole {
    /// Stable id, referred to by stages.
    pub id: String,
    /// Name of the role.
    pub name: Text,
    /// Responsibilities of the role.
    #[serde(default)]
    pub description: Option<Text>,
    /// The perimeter of responsibility the role belongs to.
    #[serde(default)]
    pub role: Option<Role>,
}

/// A hosting target of the offer.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HostingTarget {
    /// Stable id (`socle-mutualise-np`…).
    pub id: String,
    /// Name of the target.
    pub name: Text,
    /// What it is.
    #[serde(default)]
    pub description: Option<Text>,
}

/// `kind: stages` — the five onboarding stages.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StagesFile {
    /// Always `stages`.
    pub kind: String,
    /// The stages, numbered 1 to 5.
    pub stages: Vec<Stage>,
}

/// One onboarding stage, with every field of the source tables.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id.
    pub id: String,
    /// Position, 1 to 5.
    pub number: u8,
    /// Full title ("Juger de l'opportunité de l'offre…").
    pub title: Text,
    /// Short title for the tabs (a word or two).
    pub short_title: Text,
    /// What the programme supports at this stage ("Accompagnement sur…").
    #[serde(default)]
    pub theme: Option<Text>,
    /// The team's question at this step ("Étape projet").
    #[serde(default)]
    pub step_question: Option<Text>,
    /// The need ("Mon besoin").
    #[serde(default)]
    pub need: Option<Text>,
    /// The objective of the stage.
    pub objective: Text,
    /// The targeted achievement ("Réalisation visée").
    #[serde(default)]
    pub achievement: Option<Text>,
    /// The stage of progress of the project ("Stade d'avancement du projet").
    #[serde(default)]
    pub progress_stage: Option<Text>,
    /// The team-maturity question ("Maturité de l'équipe").
    #[serde(default)]
    pub maturity_question: Option<Text>,
    /// Cloud Pi Native resources and how to use them at this stage.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub offer_resources: Vec<Text>,
    /// What happens if the team is eligible for support.
    #[serde(default)]
    pub if_eligible: Option<Text>,
    /// The programme's support ("Support du programme Cloud Pi Native").
    #[serde(default)]
    pub program_support: Option<Text>,
    /// Contacts on both sides.
    #[serde(default)]
    pub contacts: StageContacts,
    /// Key steps ("Étapes clefs").
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub key_steps: Vec<Text>,
    /// Self-training resources for each of the three roles.
    #[serde(default)]
    pub role_resources: RoleResources,
    /// Ids of the questionnaires answered at this stage.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub questionnaires: Vec<String>,
    /// The go/no-go checklist.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub criteria: Vec<Criterion>,
    /// The go/no-go statement.
    pub go_no_go: Text,
    /// Related pages.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// Who the team deals with at a stage, by id.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StageContacts {
    /// Ids of `program_contacts` in the offer file.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub program: Vec<String>,
    /// Ids of `project_roles` in the offer file.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub project: Vec<String>,
}

/// Self-training resources for each role.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleResources {
    /// Décision / stratégie.
    #[serde(default)]
    pub decision: Option<Text>,
    /// Pilotage MOE.
    #[serde(default)]
    pub pilotage: Option<Text>,
    /// Réalisation et gestion technique.
    #[serde(default)]
    pub technique: Option<Text>,
}

/// One go/no-go criterion.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, unique within its stage.
    pub id: String,
    /// What must hold.
    pub title: Text,
    /// How to check it, and where it comes from.
    #[serde(default)]
    pub help: Option<Text>,
    /// A group heading the criterion falls under ("Éligibilité à un accompagnement").
    #[serde(default)]
    pub group: Option<Text>,
    /// A criterion marked `ko` or `todo` prevents a go.
    #[serde(default)]
    pub blocking: bool,
    /// Related pages.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// `kind: questionnaire` — a questionnaire (trame) made of sections of questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Always `questionnaire`.
    pub kind: String,
    /// Stable id, referred to by stages.
    pub id: String,
    /// Title ("Trame de préqualification d'un besoin").
    pub title: Text,
    /// What the questionnaire is for.
    #[serde(default)]
    pub description: Option<Text>,
    /// The sections, in order.
    pub sections: Vec<Section>,
}

/// A section of a questionnaire.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique within the questionnaire.
    pub id: String,
    /// Title of the section.
    pub title: Text,
    /// What the section covers.
    #[serde(default)]
    pub description: Option<Text>,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One line of text.
    Text,
    /// Several paragraphs.
    LongText,
    /// Oui / non.
    YesNo,
    /// One of `choices`.
    Choice,
    /// Any number of `choices`.
    MultiChoice,
    /// A number.
    Number,
    /// A calendar date (YYYY-MM-DD).
    Date,
}

/// A question of a questionnaire.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique across all questionnaires.
    pub id: String,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The question itself.
    pub label: Text,
    /// Guidance for answering.
    #[serde(default)]
    pub help: Option<Text>,
    /// "Facultatif": may stay unanswered.
    #[serde(default)]
    pub optional: bool,
    /// The options of a `choice` or `multi_choice` question.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub choices: Vec<Choice>,
    /// The offer's list the options are taken from, in place of `choices`.
    #[serde(default)]
    pub choices_from: Option<ChoicesFrom>,
    /// The fact of the project card this question's answer is (at most one question per fact).
    #[serde(default)]
    pub project_field: Option<ProjectField>,
    /// The answer says what the team needs in training: shown beside each member's training.
    #[serde(default)]
    pub training_need: bool,
    /// The id of a question of an earlier stage whose answer this one starts from.
    #[serde(default)]
    pub follows: Option<String>,
    /// The unit of a `number` answer ("jours", "VM"…).
    #[serde(default)]
    pub unit: Option<Text>,
    /// Related pages given by the sources.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// A list of the offer that a question's options can be taken from.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ChoicesFrom {
    /// The offer's `hosting_targets`: their ids, their names as labels.
    HostingTargets,
}

/// A fact of the project card that one question of the definitions holds.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ProjectField {
    /// The kind of project (new application, migration…).
    Kind,
    /// Where the product is meant to run.
    HostingTarget,
}

impl ProjectField {
    /// Every field, in the order the new-plan form asks them.
    pub const ALL: [ProjectField; 2] = [ProjectField::Kind, ProjectField::HostingTarget];

    /// The key that declares it in the definitions (`project_field: kind`).
    pub fn key(self) -> &'static str {
        match self {
            ProjectField::Kind => "kind",
            ProjectField::HostingTarget => "hosting_target",
        }
    }
}

/// An option of a choice question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id, stored in the plan.
    pub id: String,
    /// What the user sees.
    pub label: Text,
}

/// `kind: training` — training paths by role and the general tracks.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingFile {
    /// Always `training`.
    pub kind: String,
    /// What the training plan is for.
    #[serde(default)]
    pub description: Option<Text>,
    /// Culture générale, culture cloud native, spécifique Cloud Pi Native.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub general_tracks: Vec<Track>,
    /// The paths (parcours), each with three levels.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub paths: Vec<TrainingPath>,
}

/// A general training track.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Stable id.
    pub id: String,
    /// Title of the track.
    pub title: Text,
    /// Who it is for and what it covers.
    #[serde(default)]
    pub description: Option<Text>,
    /// Where the track lives.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}

/// A training path (parcours) with its levels.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingPath {
    /// Stable id, the key of the plan's training self-assessment.
    pub id: String,
    /// Title of the path.
    pub title: Text,
    /// Who it is for.
    #[serde(default)]
    pub audience: Option<Text>,
    /// What it achieves.
    #[serde(default)]
    pub goal: Option<Text>,
    /// The roles the path serves.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub roles: Vec<Role>,
    /// Levels 1 to 3.
    pub levels: Vec<TrainingLevel>,
}

/// One level of a training path.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingLevel {
    /// 1, 2 or 3.
    pub level: u8,
    /// Title of the level, when the source names it.
    #[serde(default)]
    pub title: Option<Text>,
    /// What is learnt at this level.
    pub items: Vec<TrainingItem>,
}

/// One item of a training level.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingItem {
    /// Stable id, unique within its path.
    pub id: String,
    /// What is learnt.
    pub title: Text,
    /// Where to learn it.
    #[serde(default, deserialize_with = "crate::yaml::or_empty")]
    pub links: Vec<Link>,
}
