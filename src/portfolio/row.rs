//! One plan's row of the portfolio: read, then summed up with the same rules as `status` and
//! `gate` (stage reached, readiness, blockers); its text made safe to print.

use std::path::Path;

use jiff::civil::Date;

use super::{Entry, Row, StageDecisions, Unread, shown};
use crate::definitions::Definitions;
use crate::files::Links;
use crate::i18n::Lang;
use crate::plan::next::blockers;
use crate::plan::{self, Decision, Plan, Seal, stage_progress, stage_reached};
use crate::sanitize;

/// The row of the plan at `file`, or why it was not read.
pub(super) fn entry(definitions: &Definitions, file: &Path, lang: Lang) -> Entry {
    match plan::load_sealed(file, Links::Follow) {
        Ok((plan, seal)) => Ok(row(definitions, &plan, seal, file)),
        Err(error) => Err(Unread {
            file: shown(file),
            reason: sanitize::line(&error.message(lang.strings())).into_owned(),
        }),
    }
}

/// The row of `plan`, read from `file` with `seal`.
pub fn row(definitions: &Definitions, plan: &Plan, seal: Seal, file: &Path) -> Row {
    let stage = stage_reached(definitions, plan);
    let index = definitions
        .stages
        .iter()
        .position(|s| s.number == stage)
        .unwrap_or(0);
    let blockers = blockers(definitions, plan, index);
    let decisions = definitions
        .stages
        .iter()
        .map(|stage| {
            let decisions = plan.stage(&stage.id).map(|record| &record.decisions);
            StageDecisions {
                project_team: decisions.map_or_else(Default::default, |d| d.project_team.status),
                service_team: decisions.map_or_else(Default::default, |d| d.service_team.status),
            }
        })
        .collect();
    Row {
        file: shown(file),
        project: sanitize::line(&plan.project.name).into_owned(),
        organisation: plan
            .project
            .organisation
            .as_deref()
            .map(|o| sanitize::line(o).into_owned()),
        stage,
        decisions,
        readiness: stage_progress(definitions, plan, index).readiness(),
        blockers: blockers.criteria.len() + blockers.unanswered.len(),
        conflicts: plan.conflicts.len(),
        last_session: plan.sessions.iter().map(|s| s.date).max(),
        last_change: last_change(plan),
        seal,
    }
}

/// The latest date recorded in `plan`: criteria and answers entered, decisions (and those they
/// replaced), sessions.
fn last_change(plan: &Plan) -> Option<Date> {
    let decided = |d: &Decision| {
        d.date
            .into_iter()
            .chain(d.history.iter().filter_map(|past| past.date))
            .max()
    };
    let stages = plan.stages.values().flat_map(|record| {
        let criteria = record.criteria.values().filter_map(|c| c.entered_on);
        let answers = record.answers.values().filter_map(|a| a.entered_on);
        let decisions = [
            &record.decisions.project_team,
            &record.decisions.service_team,
        ]
        .into_iter()
        .filter_map(decided);
        criteria.chain(answers).chain(decisions)
    });
    stages.chain(plan.sessions.iter().map(|s| s.date)).max()
}
