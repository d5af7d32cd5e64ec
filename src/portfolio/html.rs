//! The portfolio as one self-contained HTML page with the report's look (its stylesheet inlined,
//! no script, nothing external): `lang` set, tables with a caption and scoped header cells, a
//! word beside every mark and colour. Built with `maud`, which escapes every value.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Portfolio, Row, code, mark, seal_words};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::DecisionStatus;
use crate::report::html as report_html;
use crate::typography::{NARROW, french_spaces};
use crate::words;

/// What the portfolio's wide table adds to the report's stylesheet: the page as wide as the window,
/// the table scrolled on its own when wider still, a badge never cut in two.
const WIDE: &str =
    "main.wide{max-width:none}.scroll{overflow-x:auto}table.portfolio .status{white-space:nowrap}";

/// The portfolio as an HTML document.
pub fn render(portfolio: &Portfolio) -> String {
    let s = portfolio.lang.strings();
    let body = report_html::one_block_a_line(&body(portfolio, s).into_string());
    let body = match portfolio.lang {
        Lang::Fr => french_spaces(&body, NARROW),
        Lang::En => body,
    };
    let page = html! {
        (DOCTYPE)
        html lang=(portfolio.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (s.portfolio_title) }
                style { (PreEscaped(report_html::CSS)) (PreEscaped(WIDE)) }
            }
            (PreEscaped(body))
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// A decision as a badge: its mark and its word, the colour only a help.
fn badge(status: DecisionStatus, s: &Strings) -> Markup {
    let word = super::decision_word(status, s);
    html! { span class={ "status status-" (code(status)) } { (mark(status)) " " (word) } }
}

/// A date in the page's language, or a dash.
fn day(date: Option<jiff::civil::Date>, lang: Lang) -> Markup {
    let s = lang.strings();
    match date {
        Some(date) => html! { time datetime=(date.to_string()) { (words::date(lang, date)) } },
        None => html! { span.unset { (s.portfolio_none) } },
    }
}

fn body(portfolio: &Portfolio, s: &Strings) -> Markup {
    let lang = portfolio.lang;
    html! {
        body {
            a.skip-link href="#content" { (s.report_skip) }
            header.banner { p.brand { (s.report_brand) } }
            main #content.wide tabindex="-1" {
                h1 { (s.portfolio_title) }
                p.state { (fill(s.portfolio_counts, &[&portfolio.rows.len(), &portfolio.unread.len()])) }
                @if !portfolio.rows.is_empty() {
                    div.scroll role="region" aria-label=(s.portfolio_title) tabindex="0" { table.portfolio {
                        caption { (s.portfolio_title) " — " (s.portfolio_decisions_legend) }
                        thead { tr {
                            th scope="col" { (s.portfolio_col_project) }
                            th scope="col" { (s.portfolio_col_organisation) }
                            th scope="col" { (s.portfolio_col_stage) }
                            @for stage in &portfolio.stages {
                                th scope="col" { abbr title=(stage.short_title) { (fill(s.portfolio_col_decisions, &[&stage.number])) } }
                            }
                            th scope="col" { (s.portfolio_col_readiness) }
                            th scope="col" { (s.portfolio_col_blockers) }
                            th scope="col" { (s.portfolio_col_conflicts) }
                            th scope="col" { (s.portfolio_col_last_session) }
                            th scope="col" { (s.portfolio_col_last_change) }
                            th scope="col" { (s.portfolio_col_seal) }
                            th scope="col" { (s.portfolio_col_file) }
                        } }
                        tbody { @for row in &portfolio.rows { (plan_row(row, lang)) } }
                    } }
                }
                section #totals aria-labelledby="totals-title" {
                    h2 #totals-title { (s.portfolio_totals) }
                    table {
                        caption { (s.portfolio_totals) }
                        thead { tr {
                            th scope="col" { (s.portfolio_col_stage) }
                            th scope="col" { (s.portfolio_col_at_stage) }
                            th scope="col" { (s.portfolio_col_go) }
                            th scope="col" { (s.portfolio_col_no_go) }
                            th scope="col" { (s.portfolio_col_proposed) }
                        } }
                        tbody {
                            @for (t, stage) in portfolio.totals.iter().zip(&portfolio.stages) {
                                tr {
                                    th scope="row" { (t.number) " " (stage.short_title) }
                                    td { (t.at_stage) } td { (t.go) } td { (t.no_go) } td { (t.proposed) }
                                }
                            }
                        }
                    }
                }
                @if !portfolio.unread.is_empty() {
                    section #unread aria-labelledby="unread-title" {
                        h2 #unread-title { (s.portfolio_unread) }
                        table {
                            caption { (s.portfolio_unread) }
                            thead { tr {
                                th scope="col" { (s.portfolio_col_file) }
                                th scope="col" { (s.portfolio_col_reason) }
                            } }
                            tbody {
                                @for u in &portfolio.unread {
                                    tr { th scope="row" { (u.file) } td { (u.reason) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn plan_row(row: &Row, lang: Lang) -> Markup {
    let s = lang.strings();
    html! {
        tr {
            th scope="row" { (row.project) }
            td { @match &row.organisation { Some(o) => (o), None => span.unset { (s.portfolio_none) } } }
            td { (row.stage) }
            @for d in &row.decisions {
                td { (badge(d.project_team, s)) br; (badge(d.service_team, s)) }
            }
            td { (words::percent(lang, row.readiness)) }
            td { (row.blockers) }
            td { (row.conflicts) }
            td { (day(row.last_session, lang)) }
            td { (day(row.last_change, lang)) }
            td { (seal_words(row.seal, lang)) }
            td { code { (row.file) } }
        }
    }
}
