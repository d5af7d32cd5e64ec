//! Checks that span fields and files: ids, numbering, cross-references, choices and links.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::diagnostic::{DefinitionsError, Diagnostic, Message, SourceFile};
use super::schema::{
    Link, OfferFile, Question, QuestionKind, Questionnaire, Stage, StagesFile, TrainingFile,
};
use super::{Definitions, Origin, QuestionPos, facts};
use crate::i18n::{Strings, fill};
use crate::sanitize;

/// What an id names, in words of the interface's strings.
type Noun = fn(&Strings) -> &'static str;

/// The parsed files of a set, each with the index of its source file.
#[derive(Default)]
pub(super) struct Parts {
    pub offer: Vec<(usize, OfferFile)>,
    pub stages: Vec<(usize, StagesFile)>,
    pub questionnaires: Vec<(usize, Questionnaire)>,
    pub training: Vec<(usize, TrainingFile)>,
}

/// The number of onboarding stages.
const STAGE_COUNT: u8 = 5;

/// Validates the parsed files and builds the definition set.
pub(super) fn assemble(
    files: &[SourceFile],
    parts: Parts,
    origin: Origin,
    digest: String,
) -> Result<Definitions, DefinitionsError> {
    check(files, &parts)?;
    Ok(build(parts, origin, digest))
}

/// Validates the parsed files: every problem found, if any.
fn check(files: &[SourceFile], parts: &Parts) -> Result<(), DefinitionsError> {
    let mut checker = Checker::new(files);
    checker.check_singletons(parts);
    if let Some((file, offer)) = parts.offer.first() {
        checker.check_offer(*file, offer);
    }
    for (file, questionnaire) in &parts.questionnaires {
        checker.check_questionnaire(*file, questionnaire);
    }
    if let Some((file, stages)) = parts.stages.first() {
        let offer = parts.offer.first().map(|(_, offer)| offer);
        checker.check_stages(*file, stages, offer, &parts.questionnaires);
    }
    for (file, training) in &parts.training {
        checker.check_training(*file, training);
    }
    checker.check_facts(parts);
    if checker.diagnostics.is_empty() {
        Ok(())
    } else {
        Err(DefinitionsError {
            diagnostics: checker.diagnostics,
        })
    }
}

/// Builds the definition set from files that passed [`check`].
fn build(parts: Parts, origin: Origin, digest: String) -> Definitions {
    let offer = parts.offer.into_iter().next().map(|(_, o)| o);
    let stages = parts.stages.into_iter().next().map(|(_, s)| s);
    let (Some(offer), Some(stages_file)) = (offer, stages) else {
        unreachable!("check_singletons reported the missing files");
    };
    let mut questionnaires: Vec<Questionnaire> =
        parts.questionnaires.into_iter().map(|(_, q)| q).collect();
    facts::fill_choices(&offer, &mut questionnaires);
    let mut stages = stages_file.stages;
    stages.sort_by_key(|stage| stage.number);
    let stage_questions: Vec<Vec<QuestionPos>> = stages
        .iter()
        .map(|stage| question_positions(stage, &questionnaires))
        .collect();
    let facts = facts::Facts::of(&questionnaires, &stage_questions);
    Definitions {
        origin,
        digest,
        offer,
        stages,
        questionnaires,
        training: parts.training.into_iter().next().map(|(_, t)| t),
        stage_questions,
        facts,
    }
}

/// The positions of the questions of `stage`'s questionnaires, in order.
fn question_positions(stage: &Stage, questionnaires: &[Questionnaire]) -> Vec<QuestionPos> {
    let mut positions = Vec::new();
    for id in &stage.questionnaires {
        let Some(qi) = questionnaires.iter().position(|q| &q.id == id) else {
            continue;
        };
        for (si, section) in questionnaires[qi].sections.iter().enumerate() {
            positions.extend((0..section.questions.len()).map(|question| QuestionPos {
                questionnaire: qi,
                section: si,
                question,
            }));
        }
    }
    positions
}

/// True for a kebab-case id: lowercase ASCII letters and digits, in words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// True for an absolute `https://` URL with a host and no white space.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Collects diagnostics, placing each on the line of the id it concerns; the ids are borrowed from
/// the parsed files (`'p`), never copied.
pub(super) struct Checker<'f, 'p> {
    files: &'f [SourceFile],
    diagnostics: Vec<Diagnostic>,
    /// How many times each `id: value` was met in each file, to place duplicates.
    seen: HashMap<(usize, Cow<'p, str>), usize>,
    /// Questionnaire ids, unique across files.
    questionnaire_ids: HashSet<&'p str>,
    /// Question ids, unique across all questionnaires (a plan keys answers by them).
    question_ids: HashSet<&'p str>,
}

impl<'f, 'p> Checker<'f, 'p> {
    fn new(files: &'f [SourceFile]) -> Self {
        Checker {
            files,
            diagnostics: Vec::new(),
            seen: HashMap::new(),
            questionnaire_ids: HashSet::new(),
            question_ids: HashSet::new(),
        }
    }

    /// Records one more occurrence of `id` in `file` and returns its 0-based rank there.
    pub(super) fn visit(&mut self, file: usize, id: impl Into<Cow<'p, str>>) -> usize {
        let count = self.seen.entry((file, id.into())).or_insert(0);
        *count += 1;
        *count - 1
    }

    /// Reports a problem with the `nth` occurrence of `key: value` in `file`.
    pub(super) fn report(
        &mut self,
        file: usize,
        key: &str,
        value: &str,
        nth: usize,
        message: Message,
    ) {
        let diagnostic = self.files[file].at_key(key, value, nth, message);
        self.diagnostics.push(diagnostic);
    }

    /// Checks one id (kebab-case, unique in `scope`); returns how many times it was met before in
    /// this file, to place later diagnostics on the right line.
    fn id(&mut self, file: usize, id: &'p str, what: Noun, scope: &mut HashSet<&'p str>) -> usize {
        let nth = self.visit(file, id);
        if !is_kebab_case(id) {
            let shown = sanitize::quote(id);
            let message = Message::new(|s| fill(s.defs_id_not_kebab, &[&what(s), &shown]));
            self.report(file, "id", id, nth, message);
        }
        if !scope.insert(id) {
            let shown = sanitize::quote(id);
            let message = Message::new(|s| fill(s.defs_id_duplicate, &[&what(s), &shown]));
            self.report(file, "id", id, nth, message);
        }
        nth
    }

    fn links(&mut self, file: usize, links: &[Link]) {
        for link in links {
            if !is_https_url(&link.url) {
                let shown = sanitize::quote(&link.url);
                let message = Message::new(|s| fill(s.defs_link_not_https, &[&shown]));
                self.report(file, "url", &link.url, 0, message);
            }
        }
    }

    fn check_singletons(&mut self, parts: &'p Parts) {
        let mut expect_one = |count: usize, extra: Option<usize>, kind: &str| {
            if count == 0 {
                self.diagnostics.push(Diagnostic {
                    file: "(definitions)".into(),
                    line: 0,
                    column: 0,
                    message: Message::new(|s| fill(s.defs_no_file_of_kind, &[&kind])),
                });
            } else if let Some(file) = extra {
                let message = Message::new(|s| fill(s.defs_second_file_of_kind, &[&kind]));
                self.diagnostics.push(self.files[file].at(1, 1, message));
            }
        };
        expect_one(parts.offer.len(), parts.offer.get(1).map(|p| p.0), "offer");
        expect_one(
            parts.stages.len(),
            parts.stages.get(1).map(|p| p.0),
            "stages",
        );
        if let Some((file, _)) = parts.training.get(1) {
            let message = Message::new(|s| s.defs_second_training.to_string());
            self.diagnostics.push(self.files[*file].at(1, 1, message));
        }
    }

    fn check_offer(&mut self, file: usize, offer: &'p OfferFile) {
        if offer.version.trim().is_empty() {
            let message = Message::new(|s| s.defs_empty_version.to_string());
            self.report(file, "version", "", 0, message);
        }
        let mut ids = HashSet::new();
        for contact in &offer.program_contacts {
            self.id(file, &contact.id, |s| s.defs_what_contact, &mut ids);
            self.links(file, &contact.links);
        }
        let mut ids = HashSet::new();
        for role in &offer.project_roles {
            self.id(file, &role.id, |s| s.defs_what_role, &mut ids);
        }
        let mut ids = HashSet::new();
        for target in &offer.hosting_targets {
            self.id(file, &target.id, |s| s.defs_what_hosting, &mut ids);
        }
        self.links(file, &offer.links);
    }

    fn check_stages(
        &mut self,
        file: usize,
        stages: &'p StagesFile,
        offer: Option<&OfferFile>,
        questionnaires: &[(usize, Questionnaire)],
    ) {
        let mut stage_ids = HashSet::new();
        let mut numbers = HashSet::new();
        for stage in &stages.stages {
            let nth = self.id(file, &stage.id, |s| s.defs_what_stage, &mut stage_ids);
            let number = stage.number.to_string();
            let number_rank = self.visit(file, format!("number: {number}"));
            let shown = sanitize::quote(&stage.id);
            if !(1..=STAGE_COUNT).contains(&stage.number) {
                let message = Message::new(|s| {
                    fill(s.defs_stage_number_range, &[&shown, &number, &STAGE_COUNT])
                });
                self.report(file, "number", &number, number_rank, message);
            } else if !numbers.insert(stage.number) {
                let message =
                    Message::new(|s| fill(s.defs_stage_number_repeated, &[&shown, &number]));
                self.report(file, "number", &number, number_rank, message);
            }
            self.check_stage(file, stage, nth, offer, questionnaires);
        }
        for missing in (1..=STAGE_COUNT).filter(|n| !numbers.contains(n)) {
            let message = Message::new(|s| fill(s.defs_stage_number_missing, &[&missing]));
            self.diagnostics.push(self.files[file].at(1, 1, message));
        }
    }

    fn check_stage(
        &mut self,
        file: usize,
        stage: &'p Stage,
        nth: usize,
        offer: Option<&OfferFile>,
        questionnaires: &[(usize, Questionnaire)],
    ) {
        for (field, text) in [
            ("title", &stage.title),
            ("short_title", &stage.short_title),
            ("objective", &stage.objective),
            ("go_no_go", &stage.go_no_go),
        ] {
            if text.is_empty() {
                let shown = sanitize::quote(&stage.id);
                let message = Message::new(|s| fill(s.defs_stage_empty_field, &[&shown, &field]));
                self.report(file, "id", &stage.id, nth, message);
            }
        }
        // What names an undefined id: the stage, and the id, both shortened.
        let naming = |template: Noun, id: &str| {
            let (stage, id) = (sanitize::quote(&stage.id), sanitize::quote(id));
            Message::new(move |s| fill(template(s), &[&stage, &id]))
        };
        for id in &stage.questionnaires {
            if !questionnaires.iter().any(|(_, q)| &q.id == id) {
                let message = naming(|s| s.defs_unknown_questionnaire, id);
                self.report_value(file, id, message);
            }
        }
        if let Some(offer) = offer {
            for id in &stage.contacts.program {
                if !offer.program_contacts.iter().any(|c| &c.id == id) {
                    let message = naming(|s| s.defs_unknown_contact, id);
                    self.report_value(file, id, message);
                }
            }
            for id in &stage.contacts.project {
                if !offer.project_roles.iter().any(|r| &r.id == id) {
                    let message = naming(|s| s.defs_unknown_role, id);
                    self.report_value(file, id, message);
                }
            }
        }
        let mut criteria = HashSet::with_capacity(stage.criteria.len());
        self.seen.reserve(stage.criteria.len());
        for criterion in &stage.criteria {
            self.id(
                file,
                &criterion.id,
                |s| s.defs_what_criterion,
                &mut criteria,
            );
            self.links(file, &criterion.links);
        }
        self.links(file, &stage.links);
    }

    /// Reports a problem on the first line where `value` stands as a word.
    fn report_value(&mut self, file: usize, value: &str, message: Message) {
        let source = &self.files[file];
        let position = source.text.lines().enumerate().find_map(|(index, line)| {
            line.match_indices(value).find_map(|(at, _)| {
                let before = line[..at].chars().next_back();
                let after = line[at + value.len()..].chars().next();
                let boundary =
                    |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-'));
                (boundary(before) && boundary(after)).then_some((index + 1, at + 1))
            })
        });
        let (line, column) = position.unwrap_or((1, 1));
        self.diagnostics.push(source.at(line, column, message));
    }

    fn check_questionnaire(&mut self, file: usize, questionnaire: &'p Questionnaire) {
        let mut scope = std::mem::take(&mut self.questionnaire_ids);
        self.id(
            file,
            &questionnaire.id,
            |s| s.defs_what_questionnaire,
            &mut scope,
        );
        self.questionnaire_ids = scope;
        let mut sections = HashSet::new();
        for section in &questionnaire.sections {
            self.id(file, &section.id, |s| s.defs_what_section, &mut sections);
            for question in &section.questions {
                let mut scope = std::mem::take(&mut self.question_ids);
                let nth = self.id(file, &question.id, |s| s.defs_what_question, &mut scope);
                self.question_ids = scope;
                self.check_question(file, question, nth);
            }
        }
    }

    fn check_question(&mut self, file: usize, question: &'p Question, nth: usize) {
        let takes_choices = matches!(
            question.kind,
            QuestionKind::Choice | QuestionKind::MultiChoice
        );
        let shown = sanitize::quote(&question.id);
        // Options taken from the offer are counted by `check_facts`.
        let own_choices = question.choices_from.is_none();
        if takes_choices && own_choices && question.choices.len() < 2 {
            let message = Message::new(|s| fill(s.defs_too_few_choices, &[&shown]));
            self.report(file, "id", &question.id, nth, message);
        }
        if !takes_choices && !question.choices.is_empty() {
            let message = Message::new(|s| fill(s.defs_choices_not_taken, &[&shown]));
            self.report(file, "id", &question.id, nth, message);
        }
        let mut choices = HashSet::new();
        for choice in &question.choices {
            self.id(file, &choice.id, |s| s.defs_what_choice, &mut choices);
        }
        self.links(file, &question.links);
    }

    fn check_training(&mut self, file: usize, training: &'p TrainingFile) {
        let mut tracks = HashSet::new();
        for track in &training.general_tracks {
            self.id(file, &track.id, |s| s.defs_what_track, &mut tracks);
            self.links(file, &track.links);
        }
        let mut paths = HashSet::new();
        for path in &training.paths {
            let nth = self.id(file, &path.id, |s| s.defs_what_path, &mut paths);
            let mut levels = HashSet::new();
            for level in &path.levels {
                if !(1..=3).contains(&level.level) || !levels.insert(level.level) {
                    let (shown, level) = (sanitize::quote(&path.id), level.level);
                    let message = Message::new(|s| fill(s.defs_bad_level, &[&shown, &level]));
                    self.report(file, "id", &path.id, nth, message);
                }
            }
            let mut items = HashSet::new();
            for item in path.levels.iter().flat_map(|level| &level.items) {
                self.id(file, &item.id, |s| s.defs_what_item, &mut items);
                self.links(file, &item.links);
            }
        }
    }
}
