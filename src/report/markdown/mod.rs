//! The report in Markdown, as GitLab and Mattermost render it: a heading per stage, tables for
//! short values, lists for notes (a note of several lines never sits in a table cell). Every text
//! is escaped so that nothing in it (`|`, backticks, `# titre`, a line `---`, `<script>`, a leading
//! `>`, `-` or `1.`) changes the document's structure.

pub mod escape;
mod stage;

use super::model::*;
use super::{marked, phrases, words};
use crate::i18n::{Lang, Strings, fill};
use escape as md;

/// The report as a Markdown document.
pub fn render(report: &Report, lang: Lang) -> String {
    let mut doc = Doc {
        out: String::with_capacity(32 * 1024),
        s: lang.strings(),
    };
    doc.heading(1, &report.title);
    doc.project(report);
    doc.overview(report);
    for stage in &report.stages {
        doc.stage(stage);
    }
    doc.sessions(report);
    doc.training(report);
    doc.orphans(report);
    doc.definitions(report);
    match lang {
        Lang::Fr => words::french_spaces(&doc.out, words::NARROW),
        Lang::En => doc.out,
    }
}

/// The document being written.
struct Doc {
    out: String,
    s: &'static Strings,
}

impl Doc {
    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn heading(&mut self, level: usize, text: &str) {
        let hashes = "#".repeat(level);
        let line = format!("{hashes} {}\n\n", md::cell(text));
        self.push(&line);
    }

    /// A paragraph.
    fn para(&mut self, text: &str) {
        let text = format!("{}\n\n", md::block(text, ""));
        self.push(&text);
    }

    /// A paragraph « Libellé : valeur » (the label is ours, bold; the value is escaped).
    fn field(&mut self, label: &str, value: &str) {
        let text = format!(
            "**{}**{}{}\n\n",
            md::cell(label),
            self.s.colon,
            md::block(value, "")
        );
        self.push(&text);
    }

    /// A list item of several lines: `- ` then lines indented by two spaces.
    fn item(&mut self, lines: &[String]) {
        let text = format!("- {}\n", lines.join("\\\n  "));
        self.push(&text);
    }

    fn end_list(&mut self) {
        self.push("\n");
    }

    /// `label : value` escaped for a list item (`value` may hold several lines).
    fn pair(&self, label: &str, value: &str) -> String {
        format!(
            "{}{}{}",
            md::cell(label),
            self.s.colon,
            md::block(value, "  ")
        )
    }

    /// A table: header cells, then rows of cells, all escaped to one line each.
    fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
        let row = |cells: &mut dyn Iterator<Item = String>| {
            let cells: Vec<String> = cells.collect();
            format!("| {} |\n", cells.join(" | "))
        };
        let mut text = row(&mut header.iter().map(|h| md::cell(h)));
        text.push_str(&row(&mut header.iter().map(|_| "---".to_string())));
        for cells in rows {
            text.push_str(&row(&mut cells.iter().map(|c| md::cell(c))));
        }
        text.push('\n');
        self.push(&text);
    }

    fn project(&mut self, report: &Report) {
        let s = self.s;
        let p = &report.project;
        self.heading(2, s.report_project_card);
        let unset = || s.not_set.to_string();
        let mut rows = vec![
            vec![s.project_name.to_string(), p.name.clone()],
            vec![
                s.organisation.to_string(),
                p.organisation.clone().unwrap_or_else(unset),
            ],
            vec![
                s.project_kind.to_string(),
                p.kind.as_ref().map_or_else(unset, |k| k.label.clone()),
            ],
            vec![
                s.hosting_target.to_string(),
                p.hosting_target
                    .as_ref()
                    .map_or_else(unset, |h| h.label.clone()),
            ],
        ];
        for contact in &p.contacts {
            rows.push(vec![
                contact.role.label.clone(),
                person(&contact.name, &contact.email),
            ]);
        }
        rows.push(vec![
            s.report_plan_file.to_string(),
            report.plan_file.clone(),
        ]);
        self.table(&[s.report_col_field, s.report_col_value], &rows);
    }

    fn overview(&mut self, report: &Report) {
        let s = self.s;
        self.heading(2, s.report_overview);
        if let Some(stage) = report
            .stages
            .iter()
            .find(|st| st.number == report.current_stage)
        {
            self.para(&fill(
                s.report_stage_reached,
                &[&stage.number, &stage.title],
            ));
        }
        let rows: Vec<Vec<String>> = report
            .stages
            .iter()
            .map(|stage| {
                let p = &stage.progress;
                vec![
                    format!("{} {}", stage.number, stage.short_title),
                    marked(&stage.decisions.service_team.status),
                    marked(&stage.decisions.project_team.status),
                    format!("{}/{}", p.ok + p.na, p.criteria_total),
                    phrases::required(p),
                    p.readiness_text.clone(),
                ]
            })
            .collect();
        self.table(
            &[
                s.report_col_stage,
                s.report_col_service_decision,
                s.report_col_self_assessment,
                s.report_col_criteria,
                s.report_col_required,
                s.report_col_readiness,
            ],
            &rows,
        );
    }

    fn sessions(&mut self, report: &Report) {
        let s = self.s;
        self.heading(2, s.report_sessions);
        if report.sessions.is_empty() {
            self.para(s.report_no_sessions);
        }
        for session in &report.sessions {
            self.heading(3, &phrases::session_title(session));
            if !session.participants.is_empty() {
                let rows: Vec<Vec<String>> = session
                    .participants
                    .iter()
                    .map(|p| {
                        vec![
                            p.name.clone(),
                            p.side
                                .as_ref()
                                .map_or_else(String::new, |l| l.label.clone()),
                            p.role.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                self.table(
                    &[
                        s.report_col_participant,
                        s.report_col_side,
                        s.report_col_role,
                    ],
                    &rows,
                );
            }
            if let Some(minutes) = &session.minutes {
                self.field(s.report_minutes, minutes);
            }
            if !session.actions.is_empty() {
                let rows: Vec<Vec<String>> = session
                    .actions
                    .iter()
                    .map(|a| {
                        vec![
                            a.what.clone(),
                            a.who.clone().unwrap_or_default(),
                            a.due.as_ref().map_or_else(String::new, |d| d.text.clone()),
                        ]
                    })
                    .collect();
                self.table(
                    &[s.report_col_action, s.report_col_who, s.report_col_due],
                    &rows,
                );
            }
            if let Some(next) = &session.next_meeting {
                self.field(s.report_next_meeting, &next.text);
            }
        }
        if !report.self_assessment_days.is_empty() {
            let days: Vec<&str> = report
                .self_assessment_days
                .iter()
                .map(|d| d.text.as_str())
                .collect();
            self.field(s.report_self_assessment_days, &days.join(", "));
        }
    }

    fn training(&mut self, report: &Report) {
        let s = self.s;
        let training = &report.training;
        self.heading(2, s.report_training);
        if !training.team.is_empty() {
            self.heading(3, s.report_team_ticks);
            for path in &training.team {
                let count = fill(s.acquired_count, &[&path.acquired, &path.total]);
                self.item(&[
                    format!(
                        "**{}**{}{}",
                        md::cell(&path.path.label),
                        self.s.colon,
                        md::cell(&count)
                    ),
                    md::cell(&path.items.join(" ; ")),
                ]);
            }
            self.end_list();
        }
        self.members(report);
        self.heading(3, s.report_training_needs);
        if training.needs.is_empty() {
            self.para(s.report_no_training_needs);
        }
        for need in &training.needs {
            let stage = fill(s.report_need_stage, &[&need.stage]);
            self.item(&[
                format!(
                    "**{}** ({})",
                    md::cell(&need.question.label),
                    md::cell(&stage)
                ),
                md::block(&need.answer, "  "),
            ]);
        }
        if !training.needs.is_empty() {
            self.end_list();
        }
    }

    /// Each member's paths, next level and self-training resources.
    fn members(&mut self, report: &Report) {
        let s = self.s;
        let training = &report.training;
        self.heading(3, s.report_members);
        if training.members.is_empty() {
            self.para(s.report_no_members);
            return;
        }
        let rows: Vec<Vec<String>> = training
            .members
            .iter()
            .flat_map(|m| {
                m.paths.iter().map(move |p| {
                    vec![
                        m.name.clone(),
                        m.role.label.clone(),
                        p.path.label.clone(),
                        fill(s.acquired_count, &[&p.acquired, &p.total]),
                        phrases::level(p, s),
                    ]
                })
            })
            .collect();
        self.table(
            &[
                s.report_col_member,
                s.report_col_role,
                s.path_word,
                s.report_col_acquired,
                s.report_col_next_level,
            ],
            &rows,
        );
        for member in &training.members {
            self.heading(4, &format!("{} — {}", member.name, member.role.label));
            for path in &member.paths {
                let mut lines = vec![format!(
                    "**{}**{}{}",
                    md::cell(&path.path.label),
                    self.s.colon,
                    md::cell(&phrases::level(path, s))
                )];
                if let Some(level) = &path.next_level {
                    lines.push(format!(
                        "{}{}",
                        md::cell(s.report_remaining),
                        s.colon.trim_end()
                    ));
                    self.item(&lines);
                    for item in &level.remaining {
                        self.push(&format!("  - {}\n", md::block(item, "    ")));
                    }
                } else {
                    self.item(&lines);
                }
            }
            if member.paths.is_empty() {
                self.item(&[md::cell(s.report_no_path)]);
            }
            self.end_list();
            if let Some(resources) = &member.resources {
                self.field(
                    &fill(s.report_stage_resources, &[&report.current_stage]),
                    resources,
                );
            }
        }
    }

    fn orphans(&mut self, report: &Report) {
        if report.orphans.is_empty() {
            return;
        }
        let s = self.s;
        self.heading(2, s.orphans);
        let rows: Vec<Vec<String>> = report
            .orphans
            .iter()
            .map(|o| vec![o.stage.clone(), o.kind.label.clone(), o.id.clone()])
            .collect();
        self.table(
            &[s.report_col_stage, s.report_col_kind, s.report_col_id],
            &rows,
        );
    }

    fn definitions(&mut self, report: &Report) {
        let s = self.s;
        self.heading(2, s.report_definitions);
        self.para(&phrases::definitions_line(&report.definitions, s));
    }
}

/// A name with its e-mail address in brackets, when there is one.
fn person(name: &str, email: &Option<String>) -> String {
    match email {
        Some(email) => format!("{name} ({email})"),
        None => name.to_string(),
    }
}
