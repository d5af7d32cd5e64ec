//! `embarquement gate`: whether a stage is ready for the service team's go, with every reason it
//! is not, as text or JSON; the exit code says it to a CI job.

use std::path::Path;

use serde::Serialize;

use crate::cli::StatusFormat;
use crate::definitions::{Criterion, Definitions, QuestionRef, Stage};
use crate::i18n::{Lang, fill};
use crate::output;
use crate::plan::next::{Blockers, blockers};
use crate::plan::{DecisionStatus, Field, Plan, Seal};
use crate::portfolio::decision_word;
use crate::report::fields::Words;
use crate::sanitize;

/// The name and version of the JSON form.
pub const FORMAT: &str = "embarquement-gate/1";

/// One thing that stands in the way of a stage's go.
#[derive(Debug, Clone)]
pub enum Reason<'d> {
    /// A blocking criterion neither met nor not applicable.
    Criterion(&'d Criterion),
    /// A required question without an answer.
    Question(QuestionRef<'d>),
    /// The stage before has no go from the service team: its number and the decision it has.
    PreviousStage(u8, DecisionStatus),
    /// The plan's file was cut, or changed by hand, since the program wrote it.
    Seal(Seal),
    /// A merge left two values of this field, and nobody chose yet.
    Conflict(Field),
}

/// A stage's verdict: ready when no reason stands in the way.
#[derive(Debug, Clone)]
pub struct Verdict<'d> {
    /// The stage judged.
    pub stage: &'d Stage,
    /// Every reason, blocking criteria first, then questions, the stage before, the file, the
    /// conflicts.
    pub reasons: Vec<Reason<'d>>,
}

impl Verdict<'_> {
    /// True when nothing stands in the way of a go.
    pub fn is_ready(&self) -> bool {
        self.reasons.is_empty()
    }
}

/// The index of the stage numbered `number`, if the definitions have it.
pub fn stage_index(definitions: &Definitions, number: u8) -> Option<usize> {
    definitions.stages.iter().position(|s| s.number == number)
}

/// The verdict on the stage of index `index` of `plan`, whose file's seal is `seal`.
pub fn verdict<'d>(
    definitions: &'d Definitions,
    plan: &Plan,
    seal: Seal,
    index: usize,
) -> Verdict<'d> {
    let Blockers {
        criteria,
        unanswered,
    } = blockers(definitions, plan, index);
    let mut reasons: Vec<Reason<'d>> = criteria.into_iter().map(Reason::Criterion).collect();
    reasons.extend(unanswered.into_iter().map(Reason::Question));
    if let Some(previous) = index.checked_sub(1).map(|i| &definitions.stages[i]) {
        let status = plan.decisions(&previous.id).counting();
        if status != DecisionStatus::Go {
            reasons.push(Reason::PreviousStage(previous.number, status));
        }
    }
    if seal.is_damaged() {
        reasons.push(Reason::Seal(seal));
    }
    reasons.extend(
        plan.conflicts
            .iter()
            .map(|conflict| Reason::Conflict(conflict.field.clone())),
    );
    Verdict {
        stage: &definitions.stages[index],
        reasons,
    }
}

/// A reason as a sentence, in `lang`, not yet made safe to print.
fn sentence(reason: &Reason, definitions: &Definitions, lang: Lang) -> String {
    let s = lang.strings();
    match reason {
        Reason::Criterion(criterion) => fill(s.gate_criterion, &[&criterion.title.get(lang)]),
        Reason::Question(question) => fill(s.gate_question, &[&question.question.label.get(lang)]),
        Reason::PreviousStage(number, status) => {
            fill(s.gate_previous, &[number, &decision_word(*status, s)])
        }
        Reason::Seal(Seal::Cut) => s.gate_seal_cut.to_string(),
        Reason::Seal(_) => s.gate_seal_altered.to_string(),
        Reason::Conflict(field) => {
            let words = Words { definitions, lang };
            fill(s.gate_conflict, &[&words.what(field)])
        }
    }
}

/// The text form: the verdict on one line, then one line per reason.
pub fn text(verdict: &Verdict, definitions: &Definitions, lang: Lang) -> String {
    let s = lang.strings();
    let title = sanitize::line(verdict.stage.short_title.get(lang)).into_owned();
    let headline = if verdict.is_ready() {
        s.gate_ready
    } else {
        s.gate_not_ready
    };
    let mut out = fill(headline, &[&verdict.stage.number, &title]);
    out.push('\n');
    for reason in &verdict.reasons {
        out.push_str("  • ");
        out.push_str(&sanitize::line(&sentence(reason, definitions, lang)));
        out.push('\n');
    }
    out
}

/// The JSON form.
#[derive(Debug, Serialize)]
pub struct GateJson {
    /// [`FORMAT`].
    pub format: &'static str,
    /// The plan file, as given.
    pub plan: String,
    /// The stage's number.
    pub stage: u8,
    /// The stage's id.
    pub stage_id: String,
    /// Ready for a go.
    pub ready: bool,
    /// Every reason it is not.
    pub reasons: Vec<ReasonJson>,
}

/// One reason, in the JSON form: its kind, the id it is about and its sentence.
#[derive(Debug, Serialize)]
pub struct ReasonJson {
    /// `criterion`, `question`, `previous_stage`, `seal` or `conflict`.
    pub kind: &'static str,
    /// The criterion's or question's id, the stage's number, the seal's state (`cut`, `altered`),
    /// the id of the item in conflict (empty for the project's fields).
    pub id: String,
    /// The reason in words.
    pub text: String,
}

/// The JSON form of `verdict` on the plan at `path`.
pub fn json(verdict: &Verdict, definitions: &Definitions, path: &Path, lang: Lang) -> GateJson {
    let reasons = verdict
        .reasons
        .iter()
        .map(|reason| {
            let (kind, id) = match reason {
                Reason::Criterion(c) => ("criterion", c.id.clone()),
                Reason::Question(q) => ("question", q.question.id.clone()),
                Reason::PreviousStage(number, _) => ("previous_stage", number.to_string()),
                Reason::Seal(Seal::Cut) => ("seal", "cut".to_string()),
                Reason::Seal(_) => ("seal", "altered".to_string()),
                Reason::Conflict(field) => (
                    "conflict",
                    field
                        .item()
                        .map_or_else(String::new, |(_, id)| id.to_string()),
                ),
            };
            ReasonJson {
                kind,
                id,
                text: sentence(reason, definitions, lang),
            }
        })
        .collect();
    GateJson {
        format: FORMAT,
        plan: path.display().to_string(),
        stage: verdict.stage.number,
        stage_id: verdict.stage.id.clone(),
        ready: verdict.is_ready(),
        reasons,
    }
}

/// Prints the verdict on the stage of index `index` of `plan` (read from `path`, sealed as
/// `seal`) in `format`; true when it is ready.
pub fn run(
    definitions: &Definitions,
    (plan, seal): (&Plan, Seal),
    path: &Path,
    index: usize,
    format: StatusFormat,
    lang: Lang,
) -> anyhow::Result<bool> {
    let verdict = verdict(definitions, plan, seal, index);
    match format {
        StatusFormat::Text => output::print(&text(&verdict, definitions, lang))?,
        StatusFormat::Json => {
            let json = serde_json::to_string_pretty(&json(&verdict, definitions, path, lang))?;
            output::print(&format!("{}\n", sanitize::json(&json)))?
        }
    }
    Ok(verdict.is_ready())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PastDecision, Project, Side};
    use crate::test_support::minimal_definitions;

    fn plan(definitions: &Definitions) -> Plan {
        let project = Project {
            name: "Démo".into(),
            ..Project::default()
        };
        Plan::new(project, definitions)
    }

    #[test]
    fn a_new_plans_first_stage_is_held_by_its_criteria_and_questions_only() {
        let definitions = minimal_definitions();
        let plan = plan(&definitions);
        let verdict = verdict(&definitions, &plan, Seal::Intact, 0);
        assert!(!verdict.is_ready());
        let kinds: Vec<_> = verdict
            .reasons
            .iter()
            .map(|r| json_kind(r, &verdict))
            .collect();
        assert_eq!(
            kinds,
            ["criterion", "question", "question", "question", "question"]
        );
    }

    fn json_kind(reason: &Reason, verdict: &Verdict) -> &'static str {
        let one = Verdict {
            stage: verdict.stage,
            reasons: vec![reason.clone()],
        };
        json(&one, &minimal_definitions(), Path::new("p"), Lang::Fr).reasons[0].kind
    }

    #[test]
    fn the_second_stage_waits_for_the_service_teams_go_on_the_first() {
        let definitions = minimal_definitions();
        let mut plan = plan(&definitions);
        let stage_one = definitions.stages[0].id.clone();
        let go = |status| PastDecision {
            status,
            ..PastDecision::default()
        };
        plan.set_decision(&stage_one, Side::ProjectTeam, go(DecisionStatus::Go));
        let before = verdict(&definitions, &plan, Seal::Unsealed, 1);
        assert!(
            before
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::PreviousStage(1, DecisionStatus::Pending))),
            "the team's own go does not count: {:?}",
            before.reasons
        );
        plan.set_decision(&stage_one, Side::ServiceTeam, go(DecisionStatus::Go));
        let after = verdict(&definitions, &plan, Seal::Unsealed, 1);
        assert!(
            !after
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::PreviousStage(..)))
        );
        let cut = verdict(&definitions, &plan, Seal::Cut, 1);
        assert!(matches!(cut.reasons.last(), Some(Reason::Seal(Seal::Cut))));
        let text = text(&cut, &definitions, Lang::Fr);
        assert!(text.contains("coupé"), "{text}");
    }

    #[test]
    fn a_conflict_left_by_a_merge_holds_every_stage_and_is_named() {
        let definitions = minimal_definitions();
        let mut plan = plan(&definitions);
        plan.conflicts.push(crate::plan::Conflict {
            field: Field::ProjectName,
            base: None,
            ours: Some(crate::plan::Value::Text("Démo".into())),
            theirs: Some(crate::plan::Value::Text("Démo 2".into())),
        });
        let verdict = verdict(&definitions, &plan, Seal::Intact, 0);
        assert!(matches!(
            verdict.reasons.last(),
            Some(Reason::Conflict(Field::ProjectName))
        ));
        let text = text(&verdict, &definitions, Lang::Fr);
        assert!(text.contains("conflit de fusion non résolu"), "{text}");
        let kind = json_kind(verdict.reasons.last().unwrap(), &verdict);
        assert_eq!(kind, "conflict");
    }
}
