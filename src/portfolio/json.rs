//! The portfolio as JSON, `embarquement-portfolio/1` (described in docs/portfolio-json.md).

use serde::Serialize;

use super::{Portfolio, code};
use crate::plan::Seal;
use crate::sanitize;

/// The name and version of the JSON form.
pub const FORMAT: &str = "embarquement-portfolio/1";

#[derive(Serialize)]
struct Document<'p> {
    format: &'static str,
    lang: &'static str,
    sort: &'static str,
    stages: Vec<Stage<'p>>,
    plans: Vec<Plan<'p>>,
    unread: Vec<Unread<'p>>,
    totals: Vec<Totals>,
}

#[derive(Serialize)]
struct Stage<'p> {
    number: u8,
    id: &'p str,
    short_title: &'p str,
}

#[derive(Serialize)]
struct Plan<'p> {
    file: &'p str,
    project: &'p str,
    organisation: Option<&'p str>,
    current_stage: u8,
    decisions: Vec<Decisions>,
    readiness: f64,
    blockers: usize,
    conflicts: usize,
    last_session: Option<String>,
    last_change: Option<String>,
    seal: &'static str,
}

#[derive(Serialize)]
struct Decisions {
    stage: u8,
    project_team: &'static str,
    service_team: &'static str,
}

#[derive(Serialize)]
struct Unread<'p> {
    file: &'p str,
    reason: &'p str,
}

#[derive(Serialize)]
struct Totals {
    stage: u8,
    at_stage: usize,
    go: usize,
    no_go: usize,
    proposed: usize,
}

/// A seal's state as the JSON writes it.
fn seal_code(seal: Seal) -> &'static str {
    match seal {
        Seal::Intact => "intact",
        Seal::Unsealed => "unsealed",
        Seal::Cut => "cut",
        Seal::Altered => "altered",
    }
}

/// The portfolio as pretty-printed JSON, one line at the end.
pub fn render(portfolio: &Portfolio) -> serde_json::Result<String> {
    let document = Document {
        format: FORMAT,
        lang: portfolio.lang.code(),
        sort: portfolio.sort.name(),
        stages: portfolio
            .stages
            .iter()
            .map(|s| Stage {
                number: s.number,
                id: &s.id,
                short_title: &s.short_title,
            })
            .collect(),
        plans: portfolio
            .rows
            .iter()
            .map(|row| Plan {
                file: &row.file,
                project: &row.project,
                organisation: row.organisation.as_deref(),
                current_stage: row.stage,
                decisions: row
                    .decisions
                    .iter()
                    .zip(&portfolio.stages)
                    .map(|(d, stage)| Decisions {
                        stage: stage.number,
                        project_team: code(d.project_team),
                        service_team: code(d.service_team),
                    })
                    .collect(),
                readiness: (row.readiness * 1000.0).round() / 1000.0,
                blockers: row.blockers,
                conflicts: row.conflicts,
                last_session: row.last_session.map(|d| d.to_string()),
                last_change: row.last_change.map(|d| d.to_string()),
                seal: seal_code(row.seal),
            })
            .collect(),
        unread: portfolio
            .unread
            .iter()
            .map(|u| Unread {
                file: &u.file,
                reason: &u.reason,
            })
            .collect(),
        totals: portfolio
            .totals
            .iter()
            .map(|t| Totals {
                stage: t.number,
                at_stage: t.at_stage,
                go: t.go,
                no_go: t.no_go,
                proposed: t.proposed,
            })
            .collect(),
    };
    let json = serde_json::to_string_pretty(&document)?;
    Ok(format!("{}\n", sanitize::json(&json)))
}
