//! The portfolio as text for a terminal: aligned columns, the totals, the files not read. Every
//! value in the model is already safe to print.

use unicode_width::UnicodeWidthStr;

use super::{Portfolio, Row, StageTotals, seal_words};
use crate::i18n::{Lang, fill};
use crate::words;

/// The cells of the portfolio's tables, shared by the text and Markdown forms: the headings, then
/// one line of cells per row.
pub struct Cells {
    /// The column headings.
    pub headings: Vec<String>,
    /// One line of cells per row.
    pub lines: Vec<Vec<String>>,
}

/// The plans' table as cells.
pub fn plans(portfolio: &Portfolio) -> Cells {
    let s = portfolio.lang.strings();
    let mut headings: Vec<String> = [
        s.portfolio_col_project,
        s.portfolio_col_organisation,
        s.portfolio_col_stage,
    ]
    .map(String::from)
    .into();
    headings.extend(
        portfolio
            .stages
            .iter()
            .map(|stage| fill(s.portfolio_col_decisions, &[&stage.number])),
    );
    headings.extend(
        [
            s.portfolio_col_readiness,
            s.portfolio_col_blockers,
            s.portfolio_col_conflicts,
            s.portfolio_col_last_session,
            s.portfolio_col_last_change,
            s.portfolio_col_seal,
            s.portfolio_col_file,
        ]
        .map(String::from),
    );
    let lines = portfolio
        .rows
        .iter()
        .map(|row| plan_cells(row, portfolio.lang))
        .collect();
    Cells { headings, lines }
}

/// One row's cells.
fn plan_cells(row: &Row, lang: Lang) -> Vec<String> {
    let s = lang.strings();
    let date = |d: Option<jiff::civil::Date>| {
        d.map_or_else(|| s.portfolio_none.to_string(), |d| d.to_string())
    };
    let mut cells = vec![
        row.project.clone(),
        row.organisation
            .clone()
            .unwrap_or_else(|| s.portfolio_none.to_string()),
        row.stage.to_string(),
    ];
    cells.extend(row.decisions.iter().map(|d| {
        format!(
            "{}/{}",
            super::mark(d.project_team),
            super::mark(d.service_team)
        )
    }));
    cells.extend([
        words::percent(lang, row.readiness),
        row.blockers.to_string(),
        row.conflicts.to_string(),
        date(row.last_session),
        date(row.last_change),
        seal_words(row.seal, lang).to_string(),
        row.file.clone(),
    ]);
    cells
}

/// The totals' table as cells.
pub fn totals(portfolio: &Portfolio) -> Cells {
    let s = portfolio.lang.strings();
    let headings = [
        s.portfolio_col_stage,
        s.portfolio_col_at_stage,
        s.portfolio_col_go,
        s.portfolio_col_no_go,
        s.portfolio_col_proposed,
    ]
    .map(String::from)
    .into();
    let lines = portfolio
        .totals
        .iter()
        .zip(&portfolio.stages)
        .map(|(t, stage): (&StageTotals, _)| {
            vec![
                format!("{} {}", t.number, stage.short_title),
                t.at_stage.to_string(),
                t.go.to_string(),
                t.no_go.to_string(),
                t.proposed.to_string(),
            ]
        })
        .collect();
    Cells { headings, lines }
}

/// `cells` in columns as wide as their widest cell, two spaces apart.
fn aligned(cells: &Cells) -> String {
    let mut widths: Vec<usize> = cells.headings.iter().map(|h| h.width()).collect();
    for line in &cells.lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.width());
        }
    }
    let mut out = String::new();
    for line in std::iter::once(&cells.headings).chain(&cells.lines) {
        let mut text = String::new();
        for (cell, width) in line.iter().zip(&widths) {
            text.push_str(cell);
            text.push_str(&" ".repeat(width - cell.width() + 2));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// The portfolio as text.
pub fn render(portfolio: &Portfolio) -> String {
    let s = portfolio.lang.strings();
    let counts = fill(
        s.portfolio_counts,
        &[&portfolio.rows.len(), &portfolio.unread.len()],
    );
    let mut out = format!("{} — {counts}\n\n", s.portfolio_title);
    if !portfolio.rows.is_empty() {
        out.push_str(&aligned(&plans(portfolio)));
        out.push('\n');
        out.push_str(s.portfolio_decisions_legend);
        out.push_str("\n\n");
    }
    out.push_str(s.portfolio_totals);
    out.push('\n');
    out.push_str(&aligned(&totals(portfolio)));
    if !portfolio.unread.is_empty() {
        out.push('\n');
        out.push_str(s.portfolio_unread);
        out.push('\n');
        for unread in &portfolio.unread {
            out.push_str("  • ");
            out.push_str(&unread.reason);
            out.push('\n');
        }
    }
    out
}
