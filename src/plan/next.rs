//! Where a stage stands and what comes after it: the blockers of a go, the next stage's key steps,
//! contacts and support, and each team member's next training level. Read by the report and meant
//! for any summary of the plan, so that they all say the same.

use std::collections::BTreeMap;

use super::{AnswerValue, Contact, Member, Plan, is_answered};
use crate::definitions::schema::{
    ProgramContact, ProjectRole, TrainingItem, TrainingLevel, TrainingPath,
};
use crate::definitions::{
    Criterion, Definitions, QuestionRef, Role, Stage, StageQuestion, Text, TrainingFile,
};

/// What stands in the way of a stage's go.
#[derive(Debug, Clone, Default)]
pub struct Blockers<'d> {
    /// Blocking criteria neither ok nor not applicable, in the stage's order.
    pub criteria: Vec<&'d Criterion>,
    /// Required questions without an answer, in questionnaire order.
    pub unanswered: Vec<QuestionRef<'d>>,
}

impl Blockers<'_> {
    /// True when nothing stands in the way.
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty() && self.unanswered.is_empty()
    }
}

/// The blockers of the stage of index `stage_index` (0-based).
pub fn blockers<'d>(definitions: &'d Definitions, plan: &Plan, stage_index: usize) -> Blockers<'d> {
    let stage = &definitions.stages[stage_index];
    let record = plan.stage(&stage.id);
    Blockers {
        criteria: super::blocking_unsettled(definitions, plan, stage_index),
        unanswered: definitions
            .stage_questions(stage_index)
            .filter(|q| !q.question.optional && !is_answered(record, &q.question.id))
            .collect(),
    }
}

/// A role on the project's side a stage calls for, with the people the plan names for it.
#[derive(Debug, Clone)]
pub struct ProjectSide<'d, 'p> {
    /// The role, as the offer describes it.
    pub role: &'d ProjectRole,
    /// The project's contacts in that role.
    pub people: Vec<&'p Contact>,
}

/// What comes after a stage: the next stage, its key steps, who to contact on both sides and the
/// support the offer gives there.
#[derive(Debug, Clone)]
pub struct NextStage<'d, 'p> {
    /// The next stage.
    pub stage: &'d Stage,
    /// Its key steps, in order.
    pub key_steps: &'d [Text],
    /// The programme's teams to contact.
    pub program: Vec<&'d ProgramContact>,
    /// The project's roles to involve, with the people in them.
    pub project: Vec<ProjectSide<'d, 'p>>,
    /// What happens if the project is eligible for support ("Si éligible à un accompagnement").
    pub if_eligible: Option<&'d Text>,
    /// The programme's support at that stage.
    pub program_support: Option<&'d Text>,
}

/// What comes after the stage of index `stage_index`; `None` after the last stage.
pub fn next_stage<'d, 'p>(
    definitions: &'d Definitions,
    plan: &'p Plan,
    stage_index: usize,
) -> Option<NextStage<'d, 'p>> {
    let stage = definitions.stages.get(stage_index + 1)?;
    let project = stage
        .contacts
        .project
        .iter()
        .filter_map(|id| definitions.project_role(id))
        .map(|role| ProjectSide {
            role,
            people: plan
                .project
                .contacts
                .iter()
                .filter(|contact| contact.role == role.id)
                .collect(),
        })
        .collect();
    Some(NextStage {
        stage,
        key_steps: &stage.key_steps,
        program: stage
            .contacts
            .program
            .iter()
            .filter_map(|id| definitions.program_contact(id))
            .collect(),
        project,
        if_eligible: stage.if_eligible.as_ref(),
        program_support: stage.program_support.as_ref(),
    })
}

/// The roles a member can have, in the order they are offered.
pub const MEMBER_ROLES: [Role; 3] = [Role::Decision, Role::Pilotage, Role::Technique];

/// What a member's `role` field holds for `role`.
pub fn member_role_id(role: Role) -> &'static str {
    match role {
        Role::Decision => "decision",
        Role::Pilotage => "pilotage",
        Role::Technique => "technique",
    }
}

/// The role a member's `role` field names, if it is one of the definitions' three.
pub fn member_role(member: &Member) -> Option<Role> {
    match member.role.as_str() {
        "decision" => Some(Role::Decision),
        "pilotage" => Some(Role::Pilotage),
        "technique" => Some(Role::Technique),
        _ => None,
    }
}

/// Where someone stands on one training path.
#[derive(Debug, Clone)]
pub struct PathStanding<'d> {
    /// The path.
    pub path: &'d TrainingPath,
    /// Items acquired, over the whole path.
    pub acquired: usize,
    /// Items of the path.
    pub total: usize,
    /// The level to work on: the first not fully acquired (`None` once all are).
    pub next_level: Option<&'d TrainingLevel>,
    /// That level's items not acquired yet, in order.
    pub remaining: Vec<&'d TrainingItem>,
}

/// Where `ticks` (per path id, per item id, acquired) stand on `path`.
pub fn path_standing<'d>(
    path: &'d TrainingPath,
    ticks: &BTreeMap<String, BTreeMap<String, bool>>,
) -> PathStanding<'d> {
    let acquired = |item: &TrainingItem| {
        ticks
            .get(&path.id)
            .and_then(|items| items.get(&item.id))
            .copied()
            .unwrap_or(false)
    };
    let items = || path.levels.iter().flat_map(|level| &level.items);
    let next_level = path
        .levels
        .iter()
        .find(|level| !level.items.iter().all(acquired));
    PathStanding {
        path,
        acquired: items().filter(|item| acquired(item)).count(),
        total: items().count(),
        next_level,
        remaining: next_level
            .map(|level| level.items.iter().filter(|item| !acquired(item)).collect())
            .unwrap_or_default(),
    }
}

/// The paths a member follows, from their role (the definitions' paths serving it), with where
/// they stand on each; none when the role is not one of the three or there is no training plan.
pub fn member_paths<'d>(
    training: Option<&'d TrainingFile>,
    member: &Member,
) -> Vec<PathStanding<'d>> {
    let (Some(training), Some(role)) = (training, member_role(member)) else {
        return Vec::new();
    };
    training
        .paths
        .iter()
        .filter(|path| path.roles.contains(&role))
        .map(|path| path_standing(path, &member.training))
        .collect()
}

/// Where the whole team's ticks, kept from before the members, stand: the paths where something
/// is acquired.
pub fn team_paths<'d>(training: Option<&'d TrainingFile>, plan: &Plan) -> Vec<PathStanding<'d>> {
    training
        .map(|t| t.paths.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|path| path_standing(path, &plan.training))
        .filter(|standing| standing.acquired > 0)
        .collect()
}

/// `member` with the item `item` of the path `path` marked acquired, or left out when not.
pub fn with_tick(member: &Member, path: &str, item: &str, acquired: bool) -> Member {
    let mut member = member.clone();
    let items = member.training.entry(path.to_string()).or_default();
    if acquired {
        items.insert(item.to_string(), true);
    } else {
        items.remove(item);
    }
    if items.is_empty() {
        member.training.remove(path);
    }
    member
}

/// What the team answered to a question that tells its training needs.
#[derive(Debug, Clone, Copy)]
pub struct TrainingNeed<'d, 'p> {
    /// The question, at the stage that asks it.
    pub question: StageQuestion<'d>,
    /// The answer, when there is one.
    pub answer: Option<&'p AnswerValue>,
}

/// The answers to the questions the definitions mark `training_need`, in stage order.
pub fn training_needs<'d, 'p>(
    definitions: &'d Definitions,
    plan: &'p Plan,
) -> Vec<TrainingNeed<'d, 'p>> {
    definitions
        .training_need_questions()
        .map(|question| TrainingNeed {
            question,
            answer: plan
                .answer(&question.stage.id, &question.question.question.id)
                .filter(|record| record.is_answered())
                .and_then(|record| record.value.as_ref()),
        })
        .collect()
}

/// The self-training resources a stage gives for `role`.
pub fn role_resources(stage: &Stage, role: Role) -> Option<&Text> {
    let resources = &stage.role_resources;
    match role {
        Role::Decision => resources.decision.as_ref(),
        Role::Pilotage => resources.pilotage.as_ref(),
        Role::Technique => resources.technique.as_ref(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{AnswerRecord, AnswerValue, CriterionStatus, Project};
    use crate::test_support::minimal_definitions;

    fn plan(definitions: &Definitions) -> Plan {
        Plan::new(
            Project {
                name: "Démo".into(),
                ..Project::default()
            },
            definitions,
        )
    }

    #[test]
    fn blockers_name_the_unsettled_blocking_criteria_and_the_required_questions_unanswered() {
        let definitions = minimal_definitions();
        let mut plan = plan(&definitions);
        let before = blockers(&definitions, &plan, 0);
        let ids: Vec<_> = before.criteria.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["organisation"]);
        let unanswered: Vec<_> = before
            .unanswered
            .iter()
            .map(|q| q.question.id.as_str())
            .collect();
        assert_eq!(
            unanswered,
            [
                "organisation-application",
                "type-projet",
                "besoin-actuel",
                "financement"
            ],
            "optional questions are not blockers"
        );

        plan.update_criterion("opportunite", "organisation", |c| {
            c.status = CriterionStatus::Na
        });
        plan.update_answer("opportunite", "financement", |a| {
            *a = AnswerRecord {
                value: Some(AnswerValue::Bool(false)),
                ..AnswerRecord::default()
            }
        });
        let after = blockers(&definitions, &plan, 0);
        assert!(
            after.criteria.is_empty(),
            "n/a settles a blocking criterion"
        );
        assert_eq!(after.unanswered.len(), 3, "a « non » is an answer");
    }

    #[test]
    fn what_comes_after_a_stage_is_the_next_stage_with_its_contacts_and_support() {
        let definitions = minimal_definitions();
        let mut plan = plan(&definitions);
        plan.project.contacts.push(Contact {
            role: "decisionnaire".into(),
            name: "Alex".into(),
            email: None,
        });
        // The minimal set's stage 2 names no contacts; stage 1 does, as the stage after none.
        let first = next_stage(&definitions, &plan, 0).expect("a stage 2");
        assert_eq!(first.stage.number, 2);
        assert!(
            next_stage(&definitions, &plan, 4).is_none(),
            "nothing after stage 5"
        );

        let embedded = crate::definitions::load(crate::definitions::Source::Embedded).unwrap();
        let after_one = next_stage(&embedded, &plan, 0).expect("a stage 2");
        assert!(!after_one.key_steps.is_empty());
        assert!(after_one.program_support.is_some() && after_one.if_eligible.is_some());
        assert_eq!(after_one.program[0].id, "adoption");
        assert_eq!(after_one.project[0].role.id, "chefferie-de-projet");
        assert!(
            after_one.project[0].people.is_empty(),
            "nobody named for that role"
        );
    }

    #[test]
    fn a_members_next_level_is_the_first_not_fully_acquired() {
        let embedded = crate::definitions::load(crate::definitions::Source::Embedded).unwrap();
        let training = embedded.training.as_ref();
        let mut member = Member {
            name: "Claire".into(),
            role: "pilotage".into(),
            training: Default::default(),
        };
        let paths = member_paths(training, &member);
        assert_eq!(paths.len(), 1);
        let path = &paths[0];
        assert_eq!(path.path.id, "integrite-des-projets");
        assert_eq!(path.next_level.map(|l| l.level), Some(1));
        let level_one: Vec<String> = path
            .next_level
            .unwrap()
            .items
            .iter()
            .map(|i| i.id.clone())
            .collect();

        let ticks = member.training.entry(path.path.id.clone()).or_default();
        for id in &level_one {
            ticks.insert(id.clone(), true);
        }
        ticks.insert("n2-automatisation".into(), true);
        let path = &member_paths(training, &member)[0];
        assert_eq!(path.next_level.map(|l| l.level), Some(2));
        assert_eq!(path.acquired, level_one.len() + 1);
        assert!(path.remaining.iter().all(|i| i.id != "n2-automatisation"));

        member.role = "technique".into();
        let ids: Vec<_> = member_paths(training, &member)
            .iter()
            .map(|p| p.path.id.as_str())
            .collect();
        assert_eq!(ids, ["qualite-des-produits", "fiabilite-des-services"]);
        member.role = "inconnu".into();
        assert!(member_paths(training, &member).is_empty());
    }

    #[test]
    fn a_technical_member_follows_both_technical_paths_and_ticks_move_them_on() {
        let embedded = crate::definitions::load(crate::definitions::Source::Embedded).unwrap();
        let training = embedded.training.as_ref();
        let member = Member {
            name: "Bob".into(),
            role: member_role_id(Role::Technique).into(),
            training: Default::default(),
        };
        let before = member_paths(training, &member);
        let first = before[0].next_level.unwrap();
        let item = &first.items[0];
        let ticked = with_tick(&member, &before[0].path.id, &item.id, true);
        let after = member_paths(training, &ticked);
        assert_eq!(after.len(), 2, "both paths, each with its own standing");
        assert_eq!(after[0].acquired, 1);
        assert_eq!(after[0].remaining.len(), before[0].remaining.len() - 1);
        assert_eq!(after[1].acquired, 0, "the other path is untouched");
        let unticked = with_tick(&ticked, &before[0].path.id, &item.id, false);
        assert_eq!(unticked, member, "unticking leaves nothing behind");

        let stage = embedded.stage_by_number(1).unwrap();
        for role in MEMBER_ROLES {
            assert!(role_resources(stage, role).is_some(), "{role:?}");
        }
    }

    #[test]
    fn the_training_needs_are_the_answers_to_the_questions_marked_in_the_definitions() {
        let embedded = crate::definitions::load(crate::definitions::Source::Embedded).unwrap();
        let mut plan = plan(&embedded);
        let ids: Vec<_> = training_needs(&embedded, &plan)
            .iter()
            .map(|need| need.question.question.question.id.as_str())
            .collect();
        assert_eq!(ids, ["besoins-de-formation", "preparation-des-equipes"]);
        assert!(
            training_needs(&embedded, &plan)
                .iter()
                .all(|n| n.answer.is_none())
        );

        let stage = training_needs(&embedded, &plan)[1]
            .question
            .stage
            .id
            .clone();
        plan.update_answer(&stage, "preparation-des-equipes", |a| {
            a.value = Some(AnswerValue::Text("acculturee".into()))
        });
        let needs = training_needs(&embedded, &plan);
        assert_eq!(
            needs[1].answer,
            Some(&AnswerValue::Text("acculturee".into()))
        );
        assert!(needs[0].answer.is_none());
    }

    #[test]
    fn the_teams_older_ticks_stand_on_the_paths_where_something_is_acquired() {
        let embedded = crate::definitions::load(crate::definitions::Source::Embedded).unwrap();
        let training = embedded.training.as_ref();
        let mut plan = plan(&embedded);
        assert!(team_paths(training, &plan).is_empty());
        let path = &training.unwrap().paths[1];
        let item = &path.levels[0].items[0];
        plan.set_acquired(&path.id, &item.id, true);
        let standing = team_paths(training, &plan);
        assert_eq!(standing.len(), 1);
        assert_eq!(standing[0].path.id, path.id);
        assert_eq!(standing[0].acquired, 1);
    }
}
