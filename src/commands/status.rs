//! `embarquement status`: one line per stage, or the JSON summary of the design.

use std::path::Path;

use serde::Serialize;

use crate::cli::StatusFormat;
use crate::definitions::{Definitions, ProjectField};
use crate::i18n::{Lang, fill};
use crate::output;
use crate::plan::{Decision, DecisionStatus, Plan, next, stage_progress, stage_reached};
use crate::sanitize;

/// The JSON summary.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// The project.
    pub project: ProjectSummary,
    /// The plan file.
    pub plan: String,
    /// The stage the project has reached: the first without a go.
    pub current_stage: u8,
    /// Every stage, in order.
    pub stages: Vec<StageSummary>,
    /// The fields a merge left in conflict, to resolve in the wizard.
    pub conflicts: usize,
}

/// The project, in the summary.
#[derive(Debug, Serialize)]
pub struct ProjectSummary {
    /// Its name.
    pub name: String,
    /// Its kind: the id of the choice answered to the question that holds it, when answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Its hosting target: the id of one of the offer's targets, when answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hosting_target: Option<String>,
}

/// One stage, in the summary.
#[derive(Debug, Serialize)]
pub struct StageSummary {
    /// Stage id.
    pub id: String,
    /// 1 to 5.
    pub number: u8,
    /// Title in the chosen language.
    pub title: String,
    /// The decision that counts, the service team's: `pending`, `go` or `no_go`.
    pub decision: DecisionStatus,
    /// Both sides' decisions.
    pub decisions: DecisionsSummary,
    /// Criteria by status.
    pub criteria: CriteriaSummary,
    /// Questions answered.
    pub questions: QuestionsSummary,
    /// 0 to 1 (see `StageProgress::readiness`).
    pub readiness: f64,
    /// The blocking criteria neither ok nor n/a, in the stage's order.
    pub blockers: Vec<Named>,
    /// The required questions without an answer, in questionnaire order.
    pub unanswered: Vec<Named>,
}

/// A criterion or a question named, in the summary.
#[derive(Debug, Serialize)]
pub struct Named {
    /// Its id.
    pub id: String,
    /// Its title (a question's label) in the chosen language.
    pub title: String,
}

/// Both sides' decisions on a stage, in the summary.
#[derive(Debug, Serialize)]
pub struct DecisionsSummary {
    /// The team's self-assessment (proposed, not final).
    pub project_team: SideDecision,
    /// The service team's decision (its go opens the next stage).
    pub service_team: SideDecision,
}

/// One side's decision, in the summary.
#[derive(Debug, Serialize)]
pub struct SideDecision {
    /// `pending`, `go` or `no_go`.
    pub status: DecisionStatus,
    /// Who recorded it (empty when nobody did).
    pub name: String,
    /// When (`YYYY-MM-DD`), if recorded.
    pub date: Option<String>,
    /// How many earlier decisions it replaced.
    pub replaced: usize,
}

impl SideDecision {
    /// The summary of `decision`.
    fn of(decision: &Decision) -> Self {
        SideDecision {
            status: decision.status,
            name: decision.name.clone(),
            date: decision.date.map(|date| date.to_string()),
            replaced: decision.history.len(),
        }
    }
}

/// Criteria counts, in the summary.
#[derive(Debug, Serialize)]
pub struct CriteriaSummary {
    /// All.
    pub total: usize,
    /// Met.
    pub ok: usize,
    /// Not met.
    pub ko: usize,
    /// Not applicable.
    pub na: usize,
    /// Not assessed.
    pub todo: usize,
}

/// Question counts, in the summary.
#[derive(Debug, Serialize)]
pub struct QuestionsSummary {
    /// All.
    pub total: usize,
    /// With an answer.
    pub answered: usize,
}

/// Builds the summary of `plan`.
pub fn summary(definitions: &Definitions, plan: &Plan, path: &Path, lang: Lang) -> Summary {
    let stages = definitions
        .stages
        .iter()
        .enumerate()
        .map(|(index, stage)| {
            let progress = stage_progress(definitions, plan, index);
            let decisions = plan.decisions(&stage.id);
            let c = progress.criteria;
            let blockers = next::blockers(definitions, plan, index);
            StageSummary {
                id: stage.id.clone(),
                number: stage.number,
                title: stage.title.get(lang).to_string(),
                decision: decisions.counting(),
                decisions: DecisionsSummary {
                    project_team: SideDecision::of(&decisions.project_team),
                    service_team: SideDecision::of(&decisions.service_team),
                },
                criteria: CriteriaSummary {
                    total: c.total,
                    ok: c.ok,
                    ko: c.ko,
                    na: c.na,
                    todo: c.todo,
                },
                questions: QuestionsSummary {
                    total: progress.questions_total,
                    answered: progress.questions_answered,
                },
                readiness: (progress.readiness() * 1000.0).round() / 1000.0,
                blockers: blockers
                    .criteria
                    .iter()
                    .map(|criterion| Named {
                        id: criterion.id.clone(),
                        title: criterion.title.get(lang).to_string(),
                    })
                    .collect(),
                unanswered: blockers
                    .unanswered
                    .iter()
                    .map(|q| Named {
                        id: q.question.id.clone(),
                        title: q.question.label.get(lang).to_string(),
                    })
                    .collect(),
            }
        })
        .collect();
    Summary {
        project: ProjectSummary {
            name: plan.project.name.clone(),
            kind: plan.project_value(definitions, ProjectField::Kind),
            hosting_target: plan.project_value(definitions, ProjectField::HostingTarget),
        },
        plan: path.display().to_string(),
        current_stage: stage_reached(definitions, plan),
        stages,
        conflicts: plan.conflicts.len(),
    }
}

/// The text form: a title line, one line per stage, then what blocks the current stage's go.
pub fn text(definitions: &Definitions, summary: &Summary, lang: Lang) -> String {
    let s = lang.strings();
    let mut title = sanitize::line(&summary.project.name).into_owned();
    let card = [
        (ProjectField::Kind, &summary.project.kind),
        (ProjectField::HostingTarget, &summary.project.hosting_target),
    ];
    for (field, id) in card {
        if let Some(id) = id {
            title.push_str(" · ");
            title.push_str(&sanitize::line(&choice_label(definitions, field, id, lang)));
        }
    }
    let mut out = format!("{title} — {}\n", sanitize::line(&summary.plan));
    for (index, stage) in summary.stages.iter().enumerate() {
        let short = definitions.stages[index].short_title.get(lang);
        let word = |status| match status {
            DecisionStatus::Pending => s.decision_pending,
            DecisionStatus::Go => s.decision_go,
            DecisionStatus::NoGo => s.decision_no_go,
        };
        let decision = word(stage.decision);
        let proposed = match stage.decisions.project_team.status {
            DecisionStatus::Pending => String::new(),
            status => format!(" ({}{}{})", s.self_assessment, s.colon, word(status)),
        };
        let current = if stage.number == summary.current_stage {
            "▸"
        } else {
            " "
        };
        out.push_str(&format!(
            "{current} {} {:<16} {:<11} {} {} · {} {}/{} · {} {:.0} %{}\n",
            stage.number,
            sanitize::line(short),
            decision,
            s.criteria_word,
            criteria_counts(&stage.criteria, lang),
            s.questions_word,
            stage.questions.answered,
            stage.questions.total,
            s.readiness_word,
            stage.readiness * 100.0,
            proposed,
        ));
    }
    if summary.conflicts > 0 {
        out.push_str(&fill(s.status_conflicts, &[&summary.conflicts]));
        out.push('\n');
    }
    let current = summary
        .stages
        .iter()
        .find(|stage| stage.number == summary.current_stage);
    if let Some(stage) = current {
        out.push_str(&blockers_text(stage, lang));
    }
    out
}

/// A stage's criteria counted by status in words: « 5 ok, 1 n/a, 1 ko, 2 à faire ».
pub fn criteria_counts(criteria: &CriteriaSummary, lang: Lang) -> String {
    let c = criteria;
    fill(
        lang.strings().criteria_counts,
        &[&c.ok, &c.na, &c.ko, &c.todo],
    )
}

/// What blocks `stage`'s go, one line each, under a heading; or a line saying nothing does.
fn blockers_text(stage: &StageSummary, lang: Lang) -> String {
    let s = lang.strings();
    if stage.blockers.is_empty() && stage.unanswered.is_empty() {
        return format!("{}\n", s.report_no_blockers);
    }
    let mut out = format!("{}\n", fill(s.status_blockers, &[&stage.number]));
    for criterion in &stage.blockers {
        let title = sanitize::line(&criterion.title);
        out.push_str(&format!("  ! {}\n", fill(s.status_blocker, &[&title])));
    }
    for question in &stage.unanswered {
        let label = sanitize::line(&question.title);
        let line = fill(s.report_blocker_question, &[&label]);
        out.push_str(&format!("  ? {line}\n"));
    }
    out
}

/// The label, in `lang`, of the choice `id` of the question holding `field` (the id if unknown).
fn choice_label(definitions: &Definitions, field: ProjectField, id: &str, lang: Lang) -> String {
    definitions
        .project_question(field)
        .and_then(|holder| {
            let choices = &holder.question.question.choices;
            choices.iter().find(|choice| choice.id == id)
        })
        .map_or_else(
            || id.to_string(),
            |choice| choice.label.get(lang).to_string(),
        )
}

/// Prints the status of `plan` in `format`.
pub fn run(
    definitions: &Definitions,
    plan: &Plan,
    path: &Path,
    format: StatusFormat,
    lang: Lang,
) -> anyhow::Result<()> {
    let summary = summary(definitions, plan, path, lang);
    match format {
        StatusFormat::Json => {
            let json = serde_json::to_string_pretty(&summary)?;
            output::print(&format!("{}\n", sanitize::json(&json)))?
        }
        StatusFormat::Text => output::print(&text(definitions, &summary, lang))?,
    }
    Ok(())
}
