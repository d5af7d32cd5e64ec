//! A stage in the HTML report: its decisions, criteria, questionnaires, blockers and what comes next.

use maud::{Markup, html};

use super::{badge, field, person, stage_id, text};
use crate::i18n::{Strings, fill};
use crate::report::model::*;
use crate::report::{mark, marked, phrases};

/// A stage's section.
pub(super) fn section(stage: &StageReport, s: &Strings) -> Markup {
    let id = stage_id(stage.number);
    let title_id = format!("{id}-title");
    html! {
        section.stage id=(id) aria-labelledby=(title_id) {
            h2 id=(title_id) { (fill(s.pane_sheet, &[&stage.number, &stage.title])) }
            p.state { (phrases::stage_state(stage, s)) }
            (field(s.go_no_go, html! { (stage.go_no_go) }, s))
            (decisions(stage, s))
            (criteria(stage, s))
            @for questionnaire in &stage.questionnaires { (questionnaire_part(questionnaire, s)) }
            (blockers(stage, s))
            (next(stage, s))
        }
    }
}

fn decisions(stage: &StageReport, s: &Strings) -> Markup {
    html! {
        h3 { (s.report_decisions) }
        table {
            caption { (fill(s.report_caption_decisions, &[&stage.number])) }
            thead { tr {
                th scope="col" { (s.report_col_side) }
                th scope="col" { (s.decision) }
                th scope="col" { (s.decided_name) }
                th scope="col" { (s.report_col_date) }
                th scope="col" { (s.rationale) }
            } }
            tbody {
                @for d in stage.decisions.both() {
                    tr {
                        th scope="row" { (phrases::decision_side(d, s)) }
                        td { (badge(&d.status)) }
                        td { (d.name.as_deref().unwrap_or("")) }
                        td { (d.date.as_ref().map_or("", |d| d.text.as_str())) }
                        td { @if let Some(r) = &d.rationale { (text(r)) } }
                    }
                }
            }
        }
        @for d in stage.decisions.both().into_iter().filter(|d| !d.history.is_empty()) {
            p.label { (fill(s.report_replaced_of, &[&phrases::decision_side(d, s)])) }
            ul {
                @for past in &d.history {
                    li {
                        (phrases::decision_line(&past.status, &past.name, &past.date))
                        @if let Some(r) = &past.rationale { " — " (text(r)) }
                    }
                }
            }
        }
    }
}

fn criteria(stage: &StageReport, s: &Strings) -> Markup {
    let noted: Vec<&CriterionReport> = stage
        .criteria
        .iter()
        .filter(|c| c.note.is_some() || c.interviewer_note.is_some())
        .collect();
    html! {
        @if !stage.criteria.is_empty() {
            h3 { (s.pane_criteria) }
            table {
                caption { (fill(s.report_caption_criteria, &[&stage.number])) }
                thead { tr {
                    th scope="col" { (s.report_col_criterion) }
                    th scope="col" { (s.report_col_blocking) }
                    th scope="col" { (s.status) }
                    th scope="col" { (s.report_col_entered) }
                } }
                tbody {
                    @for c in &stage.criteria {
                        tr {
                            th scope="row" { (phrases::criterion_title(c)) }
                            td { @if c.blocking { span.blocking { "! " (s.yes) } } @else { (s.no) } }
                            td { (badge(&c.status)) }
                            td { @if let Some(e) = &c.entered { (phrases::entered(e, s)) } }
                        }
                    }
                }
            }
            @if !noted.is_empty() {
                h4 { (s.report_criteria_notes) }
                dl.answers {
                    @for c in noted {
                        dt { (c.title) }
                        @if let Some(note) = &c.note { dd { (field(s.note, text(note), s)) } }
                        @if let Some(note) = &c.interviewer_note { dd { (field(s.interviewer_note, text(note), s)) } }
                    }
                }
            }
        }
    }
}

fn questionnaire_part(questionnaire: &QuestionnaireReport, s: &Strings) -> Markup {
    html! {
        h3 { (questionnaire.title) }
        @for section in &questionnaire.sections {
            h4 { (section.title) }
            dl.answers {
                @for q in &section.questions {
                    dt { (q.label) @if q.optional { " (" (s.optional) ")" } }
                    dd {
                        @if q.answered { (field(s.answer, text(&q.answer), s)) }
                        @else { (field(s.answer, html! { span.unset { (q.answer) } }, s)) }
                        @if let Some(note) = &q.note { (field(s.note, text(note), s)) }
                        @if let Some(note) = &q.interviewer_note { (field(s.interviewer_note, text(note), s)) }
                        @if let Some(e) = &q.entered { p { (phrases::entered(e, s)) } }
                    }
                }
            }
        }
    }
}

fn blockers(stage: &StageReport, s: &Strings) -> Markup {
    let b = &stage.blockers;
    html! {
        div.blockers {
            h3 { (s.report_blockers) }
            @if b.criteria.is_empty() && b.unanswered.is_empty() {
                p { (mark("ok")) " " (s.report_no_blockers) }
            } @else {
                ul {
                    @for c in &b.criteria { li { (fill(s.report_blocker_criterion, &[&c.title, &marked(&c.status)])) } }
                    @for q in &b.unanswered { li { (fill(s.report_blocker_question, &[&q.label])) } }
                }
            }
        }
    }
}

fn next(stage: &StageReport, s: &Strings) -> Markup {
    html! {
        div.next {
            @if let Some(next) = &stage.next {
                h3 { (fill(s.report_next, &[&next.stage, &next.title])) }
                @if !next.key_steps.is_empty() {
                    p.label { (s.key_steps) }
                    ol { @for step in &next.key_steps { li { (step) } } }
                }
                @if !next.program_contacts.is_empty() {
                    p.label { (s.contacts_program) }
                    ul { @for team in &next.program_contacts { li { (person(&team.name, &team.email)) } } }
                }
                @if !next.project_contacts.is_empty() {
                    p.label { (s.contacts_project) }
                    ul {
                        @for role in &next.project_contacts {
                            li {
                                (role.role.label) (s.colon)
                                @if role.people.is_empty() { span.unset { (s.report_nobody_named) } }
                                @for (i, p) in role.people.iter().enumerate() {
                                    @if i > 0 { ", " }
                                    (person(&p.name, &p.email))
                                }
                            }
                        }
                    }
                }
                @if let Some(t) = &next.if_eligible { (field(s.if_eligible, text(t), s)) }
                @if let Some(t) = &next.program_support { (field(s.program_support, text(t), s)) }
            } @else {
                h3 { (s.report_next_none_title) }
                p { (s.report_last_stage) }
            }
        }
    }
}
