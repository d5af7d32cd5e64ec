//! The rows of the summary window: per stage its decisions, readiness and blockers, then what comes
//! after the stage reached. Built from `plan::next`, as the report is, so that both say the same.

use ratatui::text::{Line, Span};

use crate::definitions::Text;
use crate::i18n::fill;
use crate::plan::next::{self, NextStage};
use crate::plan::{Decision, DecisionStatus, criterion_status, stage_reached};
use crate::report::words;
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::screens::resources::role_label;
use crate::tui::ui::tabs::decision_mark;

/// Where Enter on a row goes on the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The criterion of index `index` of the stage of index `stage`.
    Criterion {
        /// Index of the stage.
        stage: usize,
        /// Index of the criterion in the stage.
        index: usize,
    },
    /// The question of rank `index` among the questions of the stage of index `stage`.
    Question {
        /// Index of the stage.
        stage: usize,
        /// Rank of the question in the stage.
        index: usize,
    },
}

/// One row of the summary: a margin, a line wrapped beside it when drawn, and where Enter on it
/// goes, if anywhere.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    /// What stands before the first line (a mark, a bullet); the wrapped lines are indented by it.
    pub margin: String,
    /// What it shows.
    pub line: Line<'static>,
    /// Where it leads (blockers and unanswered questions only).
    pub target: Option<Target>,
}

/// The readiness bar's cells.
const BAR_CELLS: usize = 10;

/// `settled` of `total` as a bar of filled and empty cells.
pub fn readiness_bar(settled: usize, total: usize) -> String {
    let filled = (settled * BAR_CELLS)
        .checked_div(total)
        .unwrap_or(BAR_CELLS);
    format!("{}{}", "▰".repeat(filled), "▱".repeat(BAR_CELLS - filled))
}

/// The rows being built, with the app they read.
struct Builder<'a, 'd> {
    app: &'a App<'d>,
    rows: Vec<SummaryRow>,
}

impl Builder<'_, '_> {
    fn push(&mut self, margin: &str, spans: Vec<Span<'static>>) {
        self.target(margin, spans, None);
    }

    fn target(&mut self, margin: &str, spans: Vec<Span<'static>>, target: Option<Target>) {
        self.rows.push(SummaryRow {
            margin: margin.to_string(),
            line: Line::from(spans),
            target,
        });
    }

    fn blank(&mut self) {
        self.push("", Vec::new());
    }

    fn heading(&mut self, text: String) {
        self.push("  ", vec![Span::styled(text, self.app.theme.heading())]);
    }

    /// A plan or definitions text in the interface's language, on one line.
    fn words(&self, text: &Text) -> String {
        sanitize::line(text.get(self.app.lang)).into_owned()
    }

    /// `label:` in bold, then `value`, indented.
    fn field(&mut self, label: &str, value: String) {
        let colon = self.app.strings().colon;
        let label = Span::styled(format!("{label}{colon}"), self.app.theme.label());
        self.push("  ", vec![label, Span::raw(value)]);
    }

    /// A bullet under a field.
    fn bullet(&mut self, text: String) {
        self.push("    • ", vec![Span::raw(text)]);
    }

    /// One side's decision: its mark and word, who recorded it and when, and what it weighs.
    fn decision(&mut self, side: &str, decision: &Decision, weight: &str) {
        let s = self.app.strings();
        let (mark, word) = match decision.status {
            DecisionStatus::Pending => ("○", s.decision_pending),
            DecisionStatus::Go => ("✓", s.decision_go),
            DecisionStatus::NoGo => ("✗", s.decision_no_go),
        };
        let name = sanitize::line(&decision.name);
        let date = decision.date.map(|date| words::date(self.app.lang, date));
        let who = match (name.trim(), date) {
            ("", None) => String::new(),
            ("", Some(date)) => format!(" — {}, {date}", s.summary_nobody),
            (name, None) => format!(" — {name}"),
            (name, Some(date)) => format!(" — {name}, {date}"),
        };
        let colon = s.colon;
        self.push(
            "  ",
            vec![
                Span::styled(format!("{side}{colon}"), self.app.theme.label()),
                Span::styled(
                    format!("{mark} {word}"),
                    self.app.theme.decision(decision.status),
                ),
                Span::raw(format!("{who} {weight}")),
            ],
        );
    }

    /// The stage of index `index`: decisions, readiness, and what blocks its go.
    fn stage(&mut self, index: usize, reached: bool) {
        let app = self.app;
        let s = app.strings();
        let stage = &app.defs.stages[index];
        let decisions = app.plan.decisions(&stage.id);
        let mark = decision_mark(&decisions, app.is_locked(index));
        let title = fill(s.pane_sheet, &[&stage.number, &self.words(&stage.title)]);
        let reached = match reached {
            true => format!(" · {}", s.summary_reached),
            false => String::new(),
        };
        self.heading(format!("{title}  {mark}{reached}"));
        self.decision(s.by_service_team, &decisions.service_team, s.summary_counts);
        self.decision(
            s.self_assessment,
            &decisions.project_team,
            s.summary_proposed,
        );
        let progress = app.progress[index];
        let c = progress.criteria;
        let settled = c.settled() + progress.required_answered;
        let total = c.total + progress.required_total;
        let counts = fill(s.criteria_counts, &[&c.ok, &c.na, &c.ko, &c.todo]);
        let required = fill(
            s.summary_required,
            &[&progress.required_answered, &progress.required_total],
        );
        self.push(
            "  ",
            vec![
                Span::styled(
                    format!("{} ", readiness_bar(settled, total)),
                    app.theme.key(),
                ),
                Span::raw(format!(
                    "{} · {} {counts} · {required}",
                    fill(s.summary_readiness, &[&settled, &total]),
                    s.criteria_word,
                )),
            ],
        );
        self.blockers(index);
    }

    /// The blocking criteria neither ok nor n/a and the required questions unanswered, each a row
    /// Enter goes to; or a line saying nothing stands in the way.
    fn blockers(&mut self, index: usize) {
        let app = self.app;
        let s = app.strings();
        let stage = &app.defs.stages[index];
        let blockers = next::blockers(app.defs, &app.plan, index);
        if blockers.is_empty() {
            self.push("  ✓ ", vec![Span::raw(s.summary_no_blockers)]);
            return;
        }
        let record = app.plan.stage(&stage.id);
        for criterion in &blockers.criteria {
            let status = criterion_status(record, &criterion.id);
            let word = crate::tui::ui::status_label(s, status);
            let title = self.words(&criterion.title);
            let position = stage.criteria.iter().position(|c| c.id == criterion.id);
            let spans = vec![
                Span::raw(fill(s.status_blocker, &[&title])),
                Span::styled(format!(" ({word})"), app.theme.status(status)),
            ];
            let target = position.map(|index_in_stage| Target::Criterion {
                stage: index,
                index: index_in_stage,
            });
            self.target("  ! ", spans, target);
        }
        let questions: Vec<_> = app.defs.stage_questions(index).collect();
        for question in &blockers.unanswered {
            let id = &question.question.id;
            let rank = questions.iter().position(|q| &q.question.id == id);
            let label = self.words(&question.question.label);
            let spans = vec![
                Span::raw(format!("{label} ")),
                Span::styled(format!("({})", s.summary_unanswered), app.theme.dim()),
            ];
            let target = rank.map(|rank| Target::Question {
                stage: index,
                index: rank,
            });
            self.target("  ? ", spans, target);
        }
    }

    /// What comes after the stage of index `index`: key steps, contacts on both sides, support.
    fn next(&mut self, index: usize) {
        let app = self.app;
        let s = app.strings();
        let Some(next) = next::next_stage(app.defs, &app.plan, index) else {
            self.heading(s.report_next_none_title.to_string());
            self.push("  ", vec![Span::raw(s.report_last_stage)]);
            return;
        };
        let title = self.words(&next.stage.title);
        self.heading(fill(s.report_next, &[&next.stage.number, &title]));
        self.next_stage(&next);
    }

    fn next_stage(&mut self, next: &NextStage<'_, '_>) {
        let s = self.app.strings();
        if !next.key_steps.is_empty() {
            self.field(s.key_steps, String::new());
            for step in next.key_steps {
                self.bullet(self.words(step));
            }
        }
        if !next.program.is_empty() {
            self.field(s.contacts_program, String::new());
            for team in &next.program {
                let email = team.email.as_deref().map(sanitize::line);
                let email = email.map(|e| format!(" <{e}>")).unwrap_or_default();
                self.bullet(format!("{}{email}", self.words(&team.name)));
            }
        }
        if !next.project.is_empty() {
            self.field(s.contacts_project, String::new());
            for side in &next.project {
                let people: Vec<String> = side
                    .people
                    .iter()
                    .map(|person| sanitize::line(&person.name).into_owned())
                    .collect();
                let people = match people.is_empty() {
                    true => s.report_nobody_named.to_string(),
                    false => people.join(", "),
                };
                let colon = s.colon;
                self.bullet(format!("{}{colon}{people}", self.words(&side.role.name)));
            }
        }
        if let Some(text) = next.if_eligible {
            self.field(s.if_eligible, self.words(text));
        }
        if let Some(text) = next.program_support {
            self.field(s.program_support, self.words(text));
        }
    }

    /// Each member's next level on the paths of their role, or how to add members.
    fn training(&mut self) {
        let app = self.app;
        let s = app.strings();
        self.heading(s.report_training.to_string());
        if app.plan.members.is_empty() {
            self.push("  ", vec![Span::raw(s.summary_no_members)]);
            return;
        }
        let training = app.defs.training.as_ref();
        for member in &app.plan.members {
            let role = next::member_role(member).map_or_else(
                || sanitize::line(&member.role).into_owned(),
                |role| role_label(app, role).to_string(),
            );
            let name = sanitize::line(&member.name).into_owned();
            self.field(&format!("{name} ({role})"), String::new());
            let paths = next::member_paths(training, member);
            if paths.is_empty() {
                self.bullet(s.report_no_path.to_string());
            }
            for standing in paths {
                let path = self.words(&standing.path.title);
                let state = match standing.next_level {
                    Some(level) => fill(
                        s.summary_next_level,
                        &[&level.level, &standing.remaining.len()],
                    ),
                    None => s.report_path_done.to_string(),
                };
                self.bullet(format!("{path} — {state}"));
            }
        }
    }
}

/// The summary's rows for the app's plan, in its language.
pub fn rows(app: &App<'_>) -> Vec<SummaryRow> {
    let mut out = Builder {
        app,
        rows: Vec::new(),
    };
    let reached = usize::from(stage_reached(app.defs, &app.plan).max(1) - 1);
    for index in 0..app.defs.stages.len() {
        out.stage(index, index == reached);
        out.blank();
    }
    out.next(reached);
    out.blank();
    out.training();
    out.rows
}
