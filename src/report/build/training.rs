//! The training part of the report model: the whole team's ticks, each member's paths and next
//! level, the trames' answers on training needs.

use super::Builder;
use crate::definitions::{Role, Text};
use crate::plan::next::{self, PathStanding};
use crate::report::model::*;

impl Builder<'_> {
    /// The training part, the self-training resources taken from the stage reached.
    pub(super) fn training(&self, current_stage: u8) -> TrainingReport {
        let training = self.definitions.training.as_ref();
        let paths = training.map(|t| t.paths.as_slice()).unwrap_or_default();
        let reached = self.definitions.stage_by_number(current_stage);
        TrainingReport {
            team: paths
                .iter()
                .map(|path| (path, next::path_standing(path, &self.plan.training)))
                .filter(|(_, standing)| standing.acquired > 0)
                .map(|(path, standing)| TeamPathReport {
                    path: self.named(&path.id, &path.title),
                    acquired: standing.acquired,
                    total: standing.total,
                    items: path
                        .levels
                        .iter()
                        .flat_map(|level| &level.items)
                        .filter(|item| self.plan.is_acquired(&path.id, &item.id))
                        .map(|item| self.text(&item.title))
                        .collect(),
                })
                .collect(),
            members: self
                .plan
                .members
                .iter()
                .map(|member| {
                    let role = next::member_role(member);
                    MemberReport {
                        name: self.words(&member.name),
                        role: self.label(
                            member.role.as_str(),
                            role.map_or(member.role.as_str(), |r| self.role(r)),
                        ),
                        paths: next::member_paths(training, member)
                            .iter()
                            .map(|standing| self.member_path(standing))
                            .collect(),
                        resources: reached
                            .zip(role)
                            .and_then(|(stage, role)| next::role_resources(stage, role))
                            .map(|t| self.text(t)),
                    }
                })
                .collect(),
            needs: self.training_needs(),
        }
    }

    /// The answers to the questions marked as asking about training needs, in stage order.
    fn training_needs(&self) -> Vec<TrainingNeedReport> {
        self.definitions
            .training_need_questions()
            .map(|asked| {
                let question = asked.question.question;
                let record = self.plan.answer(&asked.stage.id, &question.id);
                let full = self.question(question, record);
                TrainingNeedReport {
                    stage: asked.stage.number,
                    question: Named {
                        id: full.id,
                        label: full.label,
                    },
                    answered: full.answered,
                    value: full.value,
                    answer: full.answer,
                }
            })
            .collect()
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Decision => self.s.role_decision,
            Role::Pilotage => self.s.role_pilotage,
            Role::Technique => self.s.role_technique,
        }
    }

    fn named(&self, id: &str, text: &Text) -> Named {
        Named {
            id: id.to_string(),
            label: self.text(text),
        }
    }

    fn member_path(&self, standing: &PathStanding<'_>) -> MemberPathReport {
        MemberPathReport {
            path: self.named(&standing.path.id, &standing.path.title),
            acquired: standing.acquired,
            total: standing.total,
            next_level: standing.next_level.map(|level| LevelReport {
                level: level.level,
                title: level.title.as_ref().map(|t| self.text(t)),
                remaining: standing
                    .remaining
                    .iter()
                    .map(|item| self.text(&item.title))
                    .collect(),
            }),
        }
    }
}
