//! A stage in the Markdown report: its decisions, criteria, questionnaires, blockers and what comes next.

use super::escape as md;
use super::{Doc, person};
use crate::i18n::fill;
use crate::report::model::*;
use crate::report::{marked, phrases};

impl Doc {
    /// A stage's section.
    pub(super) fn stage(&mut self, stage: &StageReport) {
        let s = self.s;
        self.heading(2, &fill(s.pane_sheet, &[&stage.number, &stage.title]));
        let state = phrases::stage_state(stage, s);
        self.para(&state);
        self.field(s.go_no_go, &stage.go_no_go);

        self.heading(3, s.report_decisions);
        for decision in stage.decisions.both() {
            let mut lines = vec![format!(
                "**{}**{}{}",
                md::cell(phrases::decision_side(decision, s)),
                self.s.colon,
                md::cell(&phrases::decision_line(
                    &decision.status,
                    &decision.name,
                    &decision.date
                ))
            )];
            if let Some(rationale) = &decision.rationale {
                lines.push(self.pair(s.rationale, rationale));
            }
            for past in &decision.history {
                let mut line = format!(
                    "{}{}{}",
                    md::cell(s.report_replaced),
                    self.s.colon,
                    md::cell(&phrases::decision_line(
                        &past.status,
                        &past.name,
                        &past.date
                    ))
                );
                if let Some(rationale) = &past.rationale {
                    line.push_str(" — ");
                    line.push_str(&md::block(rationale, "  "));
                }
                lines.push(line);
            }
            self.item(&lines);
        }
        self.end_list();

        self.criteria(stage);
        for questionnaire in &stage.questionnaires {
            self.questionnaire(questionnaire);
        }
        self.blockers(stage);
        self.next(stage);
    }

    fn criteria(&mut self, stage: &StageReport) {
        let s = self.s;
        if stage.criteria.is_empty() {
            return;
        }
        self.heading(3, s.pane_criteria);
        let rows: Vec<Vec<String>> = stage
            .criteria
            .iter()
            .map(|c| {
                vec![
                    phrases::criterion_title(c),
                    if c.blocking { s.yes } else { s.no }.to_string(),
                    marked(&c.status),
                    c.entered
                        .as_ref()
                        .map_or_else(String::new, |e| phrases::entered(e, s)),
                ]
            })
            .collect();
        self.table(
            &[
                s.report_col_criterion,
                s.report_col_blocking,
                s.status,
                s.report_col_entered,
            ],
            &rows,
        );
        let noted: Vec<&CriterionReport> = stage
            .criteria
            .iter()
            .filter(|c| c.note.is_some() || c.interviewer_note.is_some())
            .collect();
        if noted.is_empty() {
            return;
        }
        self.heading(4, s.report_criteria_notes);
        for c in noted {
            let mut lines = vec![format!("**{}**", md::cell(&c.title))];
            if let Some(note) = &c.note {
                lines.push(self.pair(s.note, note));
            }
            if let Some(note) = &c.interviewer_note {
                lines.push(self.pair(s.interviewer_note, note));
            }
            self.item(&lines);
        }
        self.end_list();
    }

    fn questionnaire(&mut self, questionnaire: &QuestionnaireReport) {
        let s = self.s;
        self.heading(3, &questionnaire.title);
        for section in &questionnaire.sections {
            self.heading(4, &section.title);
            for q in &section.questions {
                let mut title = format!("**{}**", md::cell(&q.label));
                if q.optional {
                    title.push_str(&format!(" ({})", md::cell(s.optional)));
                }
                let mut lines = vec![title];
                let answer = if q.answered {
                    md::block(&q.answer, "  ")
                } else {
                    format!("*{}*", md::cell(&q.answer))
                };
                lines.push(format!("{}{}{answer}", md::cell(s.answer), self.s.colon));
                if let Some(note) = &q.note {
                    lines.push(self.pair(s.note, note));
                }
                if let Some(note) = &q.interviewer_note {
                    lines.push(self.pair(s.interviewer_note, note));
                }
                if let Some(entered) = &q.entered {
                    lines.push(md::cell(&phrases::entered(entered, s)));
                }
                self.item(&lines);
            }
            self.end_list();
        }
    }

    fn blockers(&mut self, stage: &StageReport) {
        let s = self.s;
        self.heading(3, s.report_blockers);
        let b = &stage.blockers;
        if b.criteria.is_empty() && b.unanswered.is_empty() {
            self.para(s.report_no_blockers);
            return;
        }
        for c in &b.criteria {
            self.item(&[md::cell(&fill(
                s.report_blocker_criterion,
                &[&c.title, &marked(&c.status)],
            ))]);
        }
        for q in &b.unanswered {
            self.item(&[md::cell(&fill(s.report_blocker_question, &[&q.label]))]);
        }
        self.end_list();
    }

    fn next(&mut self, stage: &StageReport) {
        let s = self.s;
        let Some(next) = &stage.next else {
            self.heading(3, s.report_next_none_title);
            self.para(s.report_last_stage);
            return;
        };
        self.heading(3, &fill(s.report_next, &[&next.stage, &next.title]));
        if !next.key_steps.is_empty() {
            self.push(&format!("**{}**\n\n", md::cell(s.key_steps)));
            for (index, step) in next.key_steps.iter().enumerate() {
                let text = format!("{}. {}\n", index + 1, md::block(step, "   "));
                self.push(&text);
            }
            self.end_list();
        }
        let program: Vec<String> = next
            .program_contacts
            .iter()
            .map(|team| person(&team.name, &team.email))
            .collect();
        if !program.is_empty() {
            self.field(s.contacts_program, &program.join(" ; "));
        }
        if !next.project_contacts.is_empty() {
            let project: Vec<String> = next
                .project_contacts
                .iter()
                .map(|role| {
                    let people: Vec<String> = role
                        .people
                        .iter()
                        .map(|p| person(&p.name, &p.email))
                        .collect();
                    let people = if people.is_empty() {
                        s.report_nobody_named.to_string()
                    } else {
                        people.join(", ")
                    };
                    format!("{}{}{people}", role.role.label, s.colon)
                })
                .collect();
            self.field(s.contacts_project, &project.join(" ; "));
        }
        if let Some(text) = &next.if_eligible {
            self.field(s.if_eligible, text);
        }
        if let Some(text) = &next.program_support {
            self.field(s.program_support, text);
        }
    }
}
