//! The service team's portfolio: one row per plan of a folder (or of the files named), the files
//! that could not be read with why, and totals per stage; printed as text, Markdown, HTML or JSON
//! from this one model. Text from the plans is made safe to print as the rows are built.

mod gather;
pub mod html;
pub mod json;
pub mod markdown;
mod row;
pub mod text;

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use crate::definitions::Definitions;
use crate::i18n::{Lang, Strings};
use crate::plan::{DecisionStatus, Seal};

pub use gather::{Gathered, MAX_FILES, gather};
pub use row::row;

/// One plan's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The plan's file, as found.
    pub file: String,
    /// The project's name.
    pub project: String,
    /// The organisation, when given.
    pub organisation: Option<String>,
    /// The stage reached: the first without the service team's go.
    pub stage: u8,
    /// Both sides' decisions, stage by stage.
    pub decisions: Vec<StageDecisions>,
    /// Readiness of the stage reached, 0 to 1.
    pub readiness: f64,
    /// Blocking criteria unsettled and required questions unanswered, at the stage reached.
    pub blockers: usize,
    /// Conflicts a merge left in the plan, not resolved yet.
    pub conflicts: usize,
    /// The date of the latest session.
    pub last_session: Option<jiff::civil::Date>,
    /// The latest date recorded anywhere in the plan (entries, decisions, sessions).
    pub last_change: Option<jiff::civil::Date>,
    /// What the file's seal says.
    pub seal: Seal,
}

/// Both sides' decisions on one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageDecisions {
    /// The team's self-assessment.
    pub project_team: DecisionStatus,
    /// The service team's decision.
    pub service_team: DecisionStatus,
}

/// A file that was not read as a plan, with why in words (already safe to print).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// The file, as found.
    pub file: String,
    /// Why.
    pub reason: String,
}

/// The count of plans per state, for one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StageTotals {
    /// The stage's number.
    pub number: u8,
    /// Plans that reached this stage.
    pub at_stage: usize,
    /// Plans with the service team's go on it.
    pub go: usize,
    /// Plans with the service team's no-go on it.
    pub no_go: usize,
    /// Plans whose team proposed a go that the service team has not decided yet.
    pub proposed: usize,
}

/// A stage, as the portfolio's columns name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageHeading {
    /// Its number.
    pub number: u8,
    /// Its id.
    pub id: String,
    /// Its short title, safe to print.
    pub short_title: String,
}

/// The column the rows are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The file.
    File,
    /// The project's name.
    Project,
    /// The organisation (rows without one last).
    Organisation,
    /// The stage reached.
    Stage,
    /// The readiness of the stage reached.
    Readiness,
    /// The number of blockers.
    Blockers,
    /// The number of conflicts a merge left.
    Conflicts,
    /// The last session (rows without one first).
    LastSession,
    /// The last change (rows without one first).
    LastChange,
}

impl Column {
    /// Every column, in the order of the table.
    pub const ALL: [Column; 9] = [
        Column::File,
        Column::Project,
        Column::Organisation,
        Column::Stage,
        Column::Readiness,
        Column::Blockers,
        Column::Conflicts,
        Column::LastSession,
        Column::LastChange,
    ];

    /// The column's name on the command line and in the JSON form.
    pub fn name(self) -> &'static str {
        match self {
            Column::File => "file",
            Column::Project => "project",
            Column::Organisation => "organisation",
            Column::Stage => "stage",
            Column::Readiness => "readiness",
            Column::Blockers => "blockers",
            Column::Conflicts => "conflicts",
            Column::LastSession => "last-session",
            Column::LastChange => "last-change",
        }
    }

    /// How `a` and `b` compare in this column, ascending.
    fn compare(self, a: &Row, b: &Row) -> Ordering {
        match self {
            Column::File => a.file.cmp(&b.file),
            Column::Project => a.project.cmp(&b.project),
            Column::Organisation => match (&a.organisation, &b.organisation) {
                (Some(x), Some(y)) => x.cmp(y),
                (x, y) => y.is_some().cmp(&x.is_some()),
            },
            Column::Stage => a.stage.cmp(&b.stage),
            Column::Readiness => a.readiness.total_cmp(&b.readiness),
            Column::Blockers => a.blockers.cmp(&b.blockers),
            Column::Conflicts => a.conflicts.cmp(&b.conflicts),
            Column::LastSession => a.last_session.cmp(&b.last_session),
            Column::LastChange => a.last_change.cmp(&b.last_change),
        }
    }
}

/// The whole portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Portfolio {
    /// The language it is worded in.
    pub lang: Lang,
    /// The stages, as columns.
    pub stages: Vec<StageHeading>,
    /// The column the rows are sorted by.
    pub sort: Column,
    /// One row per plan read, sorted.
    pub rows: Vec<Row>,
    /// The files not read, in the order found.
    pub unread: Vec<Unread>,
    /// Totals per stage, in order.
    pub totals: Vec<StageTotals>,
}

/// A plan's row, or why its file was not read.
pub type Entry = Result<Row, Unread>;

/// Fewer files than this per thread are read on one thread: a thread costs more than it saves.
const FILES_PER_THREAD: usize = 16;

/// Reads `files` into entries, on up to `threads` threads (each a contiguous chunk), in order.
pub fn read(
    definitions: &Definitions,
    files: &[PathBuf],
    threads: usize,
    lang: Lang,
) -> Vec<Entry> {
    let threads = threads.clamp(1, files.len().div_ceil(FILES_PER_THREAD).max(1));
    let read_part = |part: &[PathBuf]| -> Vec<Entry> {
        part.iter()
            .map(|file| row::entry(definitions, file, lang))
            .collect()
    };
    if threads == 1 {
        return read_part(files);
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || read_part(part)))
            .collect();
        parts
            .into_iter()
            .flat_map(|part| {
                part.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The portfolio of `paths` (folders read for their `*.yaml` files, one level or all levels if
/// `recursive`, and plan files), sorted by `sort`, read on up to `threads` threads.
pub fn build(
    definitions: &Definitions,
    paths: &[PathBuf],
    recursive: bool,
    sort: Column,
    threads: usize,
    lang: Lang,
) -> Portfolio {
    let Gathered {
        files,
        mut unread,
        left_out,
    } = gather(paths, recursive, lang);
    let mut rows = Vec::with_capacity(files.len());
    for entry in read(definitions, &files, threads, lang) {
        match entry {
            Ok(row) => rows.push(row),
            Err(file) => unread.push(file),
        }
    }
    if left_out > 0 {
        unread.push(Unread {
            file: String::new(),
            reason: crate::i18n::fill(lang.strings().portfolio_too_many, &[&left_out, &MAX_FILES]),
        });
    }
    assemble(definitions, rows, unread, sort, lang)
}

/// The portfolio of `rows` and `unread`: rows sorted by `sort` (ties by project, then file), totals
/// counted.
pub fn assemble(
    definitions: &Definitions,
    mut rows: Vec<Row>,
    unread: Vec<Unread>,
    sort: Column,
    lang: Lang,
) -> Portfolio {
    rows.sort_by(|a, b| {
        sort.compare(a, b)
            .then_with(|| a.project.cmp(&b.project))
            .then_with(|| a.file.cmp(&b.file))
    });
    let stages: Vec<StageHeading> = definitions
        .stages
        .iter()
        .map(|stage| StageHeading {
            number: stage.number,
            id: stage.id.clone(),
            short_title: crate::sanitize::line(stage.short_title.get(lang)).into_owned(),
        })
        .collect();
    let totals = totals(&stages, &rows);
    Portfolio {
        lang,
        stages,
        sort,
        rows,
        unread,
        totals,
    }
}

/// The totals per stage of `rows`.
fn totals(stages: &[StageHeading], rows: &[Row]) -> Vec<StageTotals> {
    stages
        .iter()
        .enumerate()
        .map(|(index, stage)| {
            let mut totals = StageTotals {
                number: stage.number,
                ..StageTotals::default()
            };
            for row in rows {
                totals.at_stage += usize::from(row.stage == stage.number);
                let Some(d) = row.decisions.get(index) else {
                    continue;
                };
                match (d.project_team, d.service_team) {
                    (_, DecisionStatus::Go) => totals.go += 1,
                    (_, DecisionStatus::NoGo) => totals.no_go += 1,
                    (DecisionStatus::Go, DecisionStatus::Pending) => totals.proposed += 1,
                    _ => {}
                }
            }
            totals
        })
        .collect()
}

/// The number of threads worth using on this machine.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// A path as the portfolio shows it.
fn shown(path: &Path) -> String {
    crate::sanitize::line(&path.display().to_string()).into_owned()
}

/// The mark of a decision: ✓ go, ✗ no-go, ○ pending.
pub fn mark(status: DecisionStatus) -> &'static str {
    crate::report::mark(code(status))
}

/// A decision's code: `go`, `no_go`, `pending` (as the plan and the report's CSS write it).
pub fn code(status: DecisionStatus) -> &'static str {
    match status {
        DecisionStatus::Pending => "pending",
        DecisionStatus::Go => "go",
        DecisionStatus::NoGo => "no_go",
    }
}

/// A decision's status in words.
pub fn decision_word(status: DecisionStatus, s: &Strings) -> &'static str {
    match status {
        DecisionStatus::Pending => s.decision_pending,
        DecisionStatus::Go => s.decision_go,
        DecisionStatus::NoGo => s.decision_no_go,
    }
}

/// A seal's state, in words.
pub fn seal_words(seal: Seal, lang: Lang) -> &'static str {
    let s = lang.strings();
    match seal {
        Seal::Intact => s.portfolio_seal_intact,
        Seal::Unsealed => s.portfolio_seal_unsealed,
        Seal::Cut => s.portfolio_seal_cut,
        Seal::Altered => s.portfolio_seal_altered,
    }
}

#[cfg(test)]
mod tests;
