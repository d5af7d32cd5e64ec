//! The report as one self-contained HTML page: inline CSS (`report.css`), no script, no external
//! asset; `lang` set, a skip link, semantic headings, a `<section>` per stage, tables with a
//! caption and scoped header cells, words or marks beside every colour, a print stylesheet that
//! starts each stage on a page. Built with `maud`, which escapes every value it is given.

mod stage;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::model::*;
use super::{marked, phrases, words};
use crate::i18n::{Lang, Strings, fill};

/// The stylesheet, inlined in the page (the portfolio's page too).
pub const CSS: &str = include_str!("../report.css");

/// The report as an HTML document.
pub fn render(report: &Report, lang: Lang) -> String {
    let s = lang.strings();
    let body = one_block_a_line(&body(report, s).into_string());
    // French spacing is set on the escaped text (it only turns spaces into non-breaking ones).
    let body = match lang {
        Lang::Fr => words::french_spaces(&body, words::NARROW),
        Lang::En => body,
    };
    let page = html! {
        (DOCTYPE)
        html lang=(report.lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (report.title) }
                style { (PreEscaped(CSS)) }
            }
            (PreEscaped(body))
        }
    };
    let mut out = page.into_string();
    out.push('\n');
    out
}

/// The block elements' ends followed by a line break, so that the page reads (and compares) line
/// by line. Only markup matches: text is escaped, so a note's `</p>` is `&lt;/p&gt;`.
pub fn one_block_a_line(html: &str) -> String {
    const ENDS: [&str; 21] = [
        "</p>",
        "</li>",
        "</tr>",
        "</td>",
        "</th>",
        "</h1>",
        "</h2>",
        "</h3>",
        "</h4>",
        "</table>",
        "</section>",
        "</ul>",
        "</ol>",
        "</dl>",
        "</dd>",
        "</dt>",
        "</thead>",
        "</tbody>",
        "</caption>",
        "</div>",
        "</nav>",
    ];
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find("</") {
        let end = ENDS.iter().find(|end| rest[at..].starts_with(*end));
        let cut = at + end.map_or(2, |end| end.len());
        out.push_str(&rest[..cut]);
        if end.is_some() {
            out.push('\n');
        }
        rest = &rest[cut..];
    }
    out.push_str(rest);
    out
}

/// The id of a stage's section.
fn stage_id(number: u8) -> String {
    format!("stage-{number}")
}

fn body(report: &Report, s: &Strings) -> Markup {
    html! {
        body {
            a.skip-link href="#content" { (s.report_skip) }
            header.banner { p.brand { (s.report_brand) } }
            nav.toc aria-label=(s.report_toc) {
                ul {
                    li { a href="#project" { (s.report_project_card) } }
                    li { a href="#overview" { (s.report_overview) } }
                    @for stage in &report.stages {
                        li { a href={ "#" (stage_id(stage.number)) } {
                            (fill(s.report_stage_short, &[&stage.number, &stage.short_title]))
                        } }
                    }
                    li { a href="#sessions" { (s.report_sessions) } }
                    li { a href="#training" { (s.report_training) } }
                }
            }
            main #content tabindex="-1" {
                h1 { (report.title) }
                (project(report, s))
                (overview(report, s))
                @for stage in &report.stages { (stage::section(stage, s)) }
                (sessions(report, s))
                (training(report, s))
                (orphans(report, s))
                footer.definitions {
                    h2 #definitions { (s.report_definitions) }
                    p { (phrases::definitions_line(&report.definitions, s)) }
                }
            }
        }
    }
}

/// A status as a badge: its mark and its words, its colour only a help.
fn badge(label: &Label) -> Markup {
    html! { span class={ "status status-" (label.code) } { (marked(label)) } }
}

/// Text of several lines, kept as written.
fn text(value: &str) -> Markup {
    html! { span.text { (value) } }
}

/// `Label : value` as a paragraph.
fn field(label: &str, value: Markup, s: &Strings) -> Markup {
    html! { p { span.label { (label) (s.colon) } (value) } }
}

fn person(name: &str, email: &Option<String>) -> Markup {
    html! {
        (name)
        @if let Some(email) = email { " (" a href={ "mailto:" (email) } { (email) } ")" }
    }
}

fn project(report: &Report, s: &Strings) -> Markup {
    let p = &report.project;
    let unset = |value: Option<&str>| match value {
        Some(value) => html! { (value) },
        None => html! { span.unset { (s.not_set) } },
    };
    html! {
        section #project aria-labelledby="project-title" {
            h2 #project-title { (s.report_project_card) }
            table {
                caption { (s.report_project_card) }
                tbody {
                    tr { th scope="row" { (s.project_name) } td { (p.name) } }
                    tr { th scope="row" { (s.organisation) } td { (unset(p.organisation.as_deref())) } }
                    tr { th scope="row" { (s.project_kind) } td { (unset(p.kind.as_ref().map(|k| k.label.as_str()))) } }
                    tr { th scope="row" { (s.hosting_target) } td { (unset(p.hosting_target.as_ref().map(|h| h.label.as_str()))) } }
                    @for contact in &p.contacts {
                        tr { th scope="row" { (contact.role.label) } td { (person(&contact.name, &contact.email)) } }
                    }
                    tr { th scope="row" { (s.report_plan_file) } td { (report.plan_file) } }
                }
            }
        }
    }
}

fn overview(report: &Report, s: &Strings) -> Markup {
    let reached = report
        .stages
        .iter()
        .find(|st| st.number == report.current_stage);
    html! {
        section #overview aria-labelledby="overview-title" {
            h2 #overview-title { (s.report_overview) }
            @if let Some(stage) = reached {
                p.state { (fill(s.report_stage_reached, &[&stage.number, &stage.title])) }
            }
            table {
                caption { (s.report_caption_overview) }
                thead { tr {
                    th scope="col" { (s.report_col_stage) }
                    th scope="col" { (s.report_col_service_decision) }
                    th scope="col" { (s.report_col_self_assessment) }
                    th scope="col" { (s.report_col_criteria) }
                    th scope="col" { (s.report_col_required) }
                    th scope="col" { (s.report_col_readiness) }
                } }
                tbody {
                    @for stage in &report.stages {
                        @let p = &stage.progress;
                        tr {
                            th scope="row" { a href={ "#" (stage_id(stage.number)) } { (stage.number) " " (stage.short_title) } }
                            td { (badge(&stage.decisions.service_team.status)) }
                            td { (badge(&stage.decisions.project_team.status)) }
                            td { (p.ok + p.na) "/" (p.criteria_total) }
                            td { (phrases::required(p)) }
                            td { (p.readiness_text) }
                        }
                    }
                }
            }
        }
    }
}

fn sessions(report: &Report, s: &Strings) -> Markup {
    html! {
        section #sessions aria-labelledby="sessions-title" {
            h2 #sessions-title { (s.report_sessions) }
            @if report.sessions.is_empty() { p { (s.report_no_sessions) } }
            @for session in &report.sessions {
                h3 { (phrases::session_title(session)) }
                @if !session.participants.is_empty() {
                    table {
                        caption { (s.report_caption_participants) }
                        thead { tr {
                            th scope="col" { (s.report_col_participant) }
                            th scope="col" { (s.report_col_side) }
                            th scope="col" { (s.report_col_role) }
                        } }
                        tbody {
                            @for p in &session.participants {
                                tr {
                                    th scope="row" { (p.name) }
                                    td { (p.side.as_ref().map_or("", |l| l.label.as_str())) }
                                    td { (p.role.as_deref().unwrap_or("")) }
                                }
                            }
                        }
                    }
                }
                @if let Some(m) = &session.minutes { (field(s.report_minutes, text(m), s)) }
                @if !session.actions.is_empty() {
                    table {
                        caption { (s.report_caption_actions) }
                        thead { tr {
                            th scope="col" { (s.report_col_action) }
                            th scope="col" { (s.report_col_who) }
                            th scope="col" { (s.report_col_due) }
                        } }
                        tbody {
                            @for a in &session.actions {
                                tr {
                                    th scope="row" { (text(&a.what)) }
                                    td { (a.who.as_deref().unwrap_or("")) }
                                    td { (a.due.as_ref().map_or("", |d| d.text.as_str())) }
                                }
                            }
                        }
                    }
                }
                @if let Some(d) = &session.next_meeting { (field(s.report_next_meeting, html! { (d.text) }, s)) }
            }
            @if !report.self_assessment_days.is_empty() {
                @let days: Vec<&str> = report.self_assessment_days.iter().map(|d| d.text.as_str()).collect();
                (field(s.report_self_assessment_days, html! { (days.join(", ")) }, s))
            }
        }
    }
}

fn training(report: &Report, s: &Strings) -> Markup {
    let t = &report.training;
    html! {
        section #training aria-labelledby="training-title" {
            h2 #training-title { (s.report_training) }
            @if !t.team.is_empty() {
                h3 { (s.report_team_ticks) }
                ul {
                    @for path in &t.team {
                        li {
                            span.label { (path.path.label) (s.colon) }
                            (fill(s.acquired_count, &[&path.acquired, &path.total]))
                            " — " (path.items.join(" ; "))
                        }
                    }
                }
            }
            h3 { (s.report_members) }
            @if t.members.is_empty() { p { (s.report_no_members) } }
            @else {
                table {
                    caption { (s.report_caption_members) }
                    thead { tr {
                        th scope="col" { (s.report_col_member) }
                        th scope="col" { (s.report_col_role) }
                        th scope="col" { (s.path_word) }
                        th scope="col" { (s.report_col_acquired) }
                        th scope="col" { (s.report_col_next_level) }
                    } }
                    tbody {
                        @for m in &t.members {
                            @for p in &m.paths {
                                tr {
                                    th scope="row" { (m.name) }
                                    td { (m.role.label) }
                                    td { (p.path.label) }
                                    td { (fill(s.acquired_count, &[&p.acquired, &p.total])) }
                                    td { (phrases::level(p, s)) }
                                }
                            }
                        }
                    }
                }
                @for m in &t.members {
                    h4 { (m.name) " — " (m.role.label) }
                    ul {
                        @if m.paths.is_empty() { li { (s.report_no_path) } }
                        @for p in &m.paths {
                            li {
                                span.label { (p.path.label) (s.colon) } (phrases::level(p, s))
                                @if let Some(level) = &p.next_level {
                                    br;
                                    (s.report_remaining) (s.colon.trim_end())
                                    ul { @for item in &level.remaining { li { (item) } } }
                                }
                            }
                        }
                    }
                    @if let Some(r) = &m.resources {
                        (field(&fill(s.report_stage_resources, &[&report.current_stage]), text(r), s))
                    }
                }
            }
            h3 { (s.report_training_needs) }
            @if t.needs.is_empty() { p { (s.report_no_training_needs) } }
            @else {
                ul {
                    @for need in &t.needs {
                        li {
                            span.label { (need.question.label) }
                            " (" (fill(s.report_need_stage, &[&need.stage])) ")" (s.colon)
                            (text(&need.answer))
                        }
                    }
                }
            }
        }
    }
}

fn orphans(report: &Report, s: &Strings) -> Markup {
    html! {
        @if !report.orphans.is_empty() {
            section #orphans aria-labelledby="orphans-title" {
                h2 #orphans-title { (s.orphans) }
                table {
                    caption { (s.orphans) }
                    thead { tr {
                        th scope="col" { (s.report_col_stage) }
                        th scope="col" { (s.report_col_kind) }
                        th scope="col" { (s.report_col_id) }
                    } }
                    tbody {
                        @for o in &report.orphans {
                            tr { th scope="row" { (o.stage) } td { (o.kind.label) } td { (o.id) } }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod contrast;
