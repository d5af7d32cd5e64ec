//! The report in Markdown, as GitLab and Mattermost render it: a heading per stage, tables for
//! short values, lists for notes (a note of several lines never sits in a table cell). Every text
//! is escaped so that nothing in it (`|`, backticks, `# titre`, a line `---`, `<script>`, a leading
//! `>`, `-` or `1.`) changes the document's structure.

use super::model::*;
use super::{marked, phrases, words};
use crate::i18n::{Lang, Strings, fill};

/// The report as a Markdown document.
pub fn render(report: &Report, lang: Lang) -> String {
    let mut md = Doc {
        out: String::with_capacity(32 * 1024),
        s: lang.strings(),
    };
    md.heading(1, &report.title);
    md.project(report);
    md.overview(report);
    for stage in &report.stages {
        md.stage(stage);
    }
    md.sessions(report);
    md.training(report);
    md.orphans(report);
    md.definitions(report);
    match lang {
        Lang::Fr => words::french_spaces(&md.out),
        Lang::En => md.out,
    }
}

/// The document being written.
struct Doc {
    out: String,
    s: &'static Strings,
}

/// Markdown's escaping.
mod md {
    /// Characters escaped wherever they stand: they open emphasis, code, links, HTML, entities,
    /// headings, block quotes, tables or strike-through.
    const SPECIAL: &[char] = &[
        '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$',
    ];

    /// One line of text, escaped: its leading spaces made non-breaking (no code block), a leading
    /// `-`, `+`, `=` or `1.` kept from opening a list, a rule or a heading.
    pub fn line(text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let body = text.trim_start_matches([' ', '\t']);
        for _ in 0..text.len() - body.len() {
            out.push('\u{A0}');
        }
        if body.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        for (index, c) in body.chars().enumerate() {
            if SPECIAL.contains(&c) || (index == digits && digits > 0 && matches!(c, '.' | ')')) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    /// Text on one line (a table cell, a heading): its lines joined by spaces.
    pub fn cell(text: &str) -> String {
        let joined: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        line(&joined.join(" "))
    }

    /// Text of several lines inside a block whose continuation lines start with `indent`: each line
    /// escaped, ended by a hard break (`\`) when another follows, blank lines kept as one.
    pub fn block(text: &str, indent: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        let mut blank = false;
        for (index, raw) in lines.iter().enumerate() {
            if raw.trim().is_empty() {
                blank = !out.is_empty();
                continue;
            }
            if !out.is_empty() {
                let follows = !blank && index > 0 && !lines[index - 1].trim().is_empty();
                out.push_str(if follows { "\\\n" } else { "\n\n" });
                out.push_str(indent);
            }
            blank = false;
            out.push_str(&line(raw));
        }
        out
    }
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

    fn stage(&mut self, stage: &StageReport) {
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

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(md::line("# titre"), "\\# titre");
        assert_eq!(md::line("---"), "\\---");
        assert_eq!(md::line("> cité"), "\\> cité");
        assert_eq!(md::line("12. point"), "12\\. point");
        assert_eq!(md::line("a | b `c`"), "a \\| b \\`c\\`");
        assert_eq!(md::line("<script>"), "\\<script\\>");
        assert_eq!(md::line("    code"), "\u{A0}\u{A0}\u{A0}\u{A0}code");
        assert_eq!(md::line("2026 ok"), "2026 ok");
    }

    #[test]
    fn lines_of_a_block_stay_inside_it() {
        assert_eq!(
            md::block("un\n---\n\n- deux", "  "),
            "un\\\n  \\---\n\n  \\- deux"
        );
        assert_eq!(md::cell("un\ndeux |"), "un deux \\|");
    }
}
