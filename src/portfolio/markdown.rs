//! The portfolio in Markdown (a GitLab page or merge request): the same tables as the text form,
//! every cell escaped with the report's escaping.

use super::Portfolio;
use super::text::{Cells, plans, totals};
use crate::i18n::{Lang, fill};
use crate::report::markdown::escape;
use crate::typography::{NARROW, french_spaces};

/// `cells` as a Markdown table.
fn table(cells: &Cells) -> String {
    let row = |line: &[String]| {
        let escaped: Vec<String> = line.iter().map(|cell| escape::cell(cell)).collect();
        format!("| {} |\n", escaped.join(" | "))
    };
    let mut out = row(&cells.headings);
    out.push('|');
    out.push_str(&" --- |".repeat(cells.headings.len()));
    out.push('\n');
    for line in &cells.lines {
        out.push_str(&row(line));
    }
    out
}

/// The portfolio as a Markdown document.
pub fn render(portfolio: &Portfolio) -> String {
    let s = portfolio.lang.strings();
    let mut out = format!("# {}\n\n", s.portfolio_title);
    out.push_str(&fill(
        s.portfolio_counts,
        &[&portfolio.rows.len(), &portfolio.unread.len()],
    ));
    out.push_str(".\n\n");
    if !portfolio.rows.is_empty() {
        out.push_str(&table(&plans(portfolio)));
        out.push('\n');
        out.push_str(&escape::line(s.portfolio_decisions_legend));
        out.push_str("\n\n");
    }
    out.push_str(&format!("## {}\n\n", s.portfolio_totals));
    out.push_str(&table(&totals(portfolio)));
    if !portfolio.unread.is_empty() {
        out.push_str(&format!("\n## {}\n\n", s.portfolio_unread));
        let cells = Cells {
            headings: vec![s.portfolio_col_file.into(), s.portfolio_col_reason.into()],
            lines: portfolio
                .unread
                .iter()
                .map(|u| vec![u.file.clone(), u.reason.clone()])
                .collect(),
        };
        out.push_str(&table(&cells));
    }
    match portfolio.lang {
        Lang::Fr => french_spaces(&out, NARROW),
        Lang::En => out,
    }
}
