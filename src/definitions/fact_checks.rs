//! The checks of the facts held in one place (`choices_from`, `project_field`, `follows`), each
//! problem placed on its line.

use std::collections::{BTreeMap, HashMap};

use super::diagnostic::Message;
use super::facts::{Template, can_follow, questions};
use super::schema::{ChoicesFrom, ProjectField, Question, QuestionKind};
use super::validate::{Checker, Parts};
use crate::i18n::fill;
use crate::sanitize;

impl<'p> Checker<'_, 'p> {
    /// Checks `choices_from`, `project_field` and `follows`, each problem placed on its line.
    pub(super) fn check_facts(&mut self, parts: &'p Parts) {
        // The number of the first stage that asks each question, and every question by id.
        let mut asked: HashMap<&str, u8> = HashMap::new();
        for stage in parts.stages.iter().flat_map(|(_, file)| &file.stages) {
            let listed = parts
                .questionnaires
                .iter()
                .filter(|(_, q)| stage.questionnaires.contains(&q.id));
            for question in listed.flat_map(|(_, q)| questions(q)) {
                let number = asked.entry(question.id.as_str()).or_insert(stage.number);
                *number = (*number).min(stage.number);
            }
        }
        let mut by_id: HashMap<&str, &Question> = HashMap::new();
        for question in parts.questionnaires.iter().flat_map(|(_, q)| questions(q)) {
            by_id.entry(question.id.as_str()).or_insert(question);
        }
        let targets = parts
            .offer
            .first()
            .map_or(0, |(_, offer)| offer.hosting_targets.len());
        let mut holders: BTreeMap<ProjectField, &str> = BTreeMap::new();
        for (file, questionnaire) in &parts.questionnaires {
            for question in questions(questionnaire) {
                let shown = sanitize::quote(&question.id);
                if question.choices_from.is_some() {
                    self.check_choices_from(*file, question, targets);
                }
                if let Some(field) = question.project_field {
                    let key = field.key();
                    let nth = self.visit(*file, format!("project_field: {key}"));
                    let mut say =
                        |message: Message| self.report(*file, "project_field", key, nth, message);
                    if question.kind != QuestionKind::Choice {
                        say(Message::new(|s| {
                            fill(s.defs_project_field_not_choice, &[&shown, &key])
                        }));
                    } else if field == ProjectField::HostingTarget
                        && question.choices_from != Some(ChoicesFrom::HostingTargets)
                    {
                        say(Message::new(|s| {
                            fill(s.defs_hosting_field_own_choices, &[&shown])
                        }));
                    }
                    if !asked.contains_key(question.id.as_str()) {
                        say(Message::new(|s| {
                            fill(s.defs_project_field_not_asked, &[&shown, &key])
                        }));
                    }
                    if let Some(holder) = holders.insert(field, &question.id) {
                        holders.insert(field, holder);
                        let holder = sanitize::quote(holder);
                        say(Message::new(|s| {
                            fill(s.defs_project_field_taken, &[&key, &holder])
                        }));
                    }
                }
                if let Some(earlier) = &question.follows {
                    let nth = self.visit(*file, format!("follows: {earlier}"));
                    let named = sanitize::quote(earlier);
                    let later_stage = asked.get(question.id.as_str());
                    let earlier_stage = asked.get(earlier.as_str());
                    let template: Option<Template> = match by_id.get(earlier.as_str()) {
                        None => Some(|s| s.defs_follows_unknown),
                        Some(_)
                            if later_stage
                                .is_some_and(|l| earlier_stage.is_none_or(|e| e >= l)) =>
                        {
                            Some(|s| s.defs_follows_not_earlier)
                        }
                        Some(found) if !can_follow(question.kind, found.kind) => {
                            Some(|s| s.defs_follows_kind)
                        }
                        Some(_) => None,
                    };
                    if let Some(template) = template {
                        let message = Message::new(|s| fill(template(s), &[&shown, &named]));
                        self.report(*file, "follows", earlier, nth, message);
                    }
                }
            }
        }
    }

    /// Checks a question whose options come from the offer: a choice kind, no options of its own,
    /// and at least two in the offer's list.
    fn check_choices_from(&mut self, file: usize, question: &Question, targets: usize) {
        let list = "hosting_targets";
        let nth = self.visit(file, format!("choices_from: {list}"));
        let shown = sanitize::quote(&question.id);
        let takes_choices = matches!(
            question.kind,
            QuestionKind::Choice | QuestionKind::MultiChoice
        );
        let template: Template = if !takes_choices {
            |s| s.defs_choices_from_not_taken
        } else if !question.choices.is_empty() {
            |s| s.defs_choices_from_with_choices
        } else if targets < 2 {
            |s| s.defs_choices_from_too_few
        } else {
            return;
        };
        let message = Message::new(|s| fill(template(s), &[&shown, &list]));
        self.report(file, "choices_from", list, nth, message);
    }
}
