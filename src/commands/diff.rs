//! `embarquement diff`: what changed from one plan to another, in words, grouped by stage, as text
//! (with colours in a terminal), Markdown or JSON; and `--textconv`, one plan as stable text for
//! git's own diff.

use serde::Serialize;
use serde_json::json;

use crate::cli::DiffFormat;
use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::output;
use crate::plan::{Conflict, DefinitionsStamp, Field, Plan, Value};
use crate::report::markdown::escape;
use crate::roundtrip::{Difference, diff};
use crate::sanitize;

use crate::report::fields::{Group, Words};

/// What happened to a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Symbol {
    /// It holds a value now and held none.
    Added,
    /// It held a value and holds none now.
    Removed,
    /// Its value changed.
    Changed,
}

impl Symbol {
    /// Of a difference.
    fn of(difference: &Difference) -> Self {
        match (&difference.before, &difference.after) {
            (None, _) => Symbol::Added,
            (_, None) => Symbol::Removed,
            _ => Symbol::Changed,
        }
    }

    /// `+`, `−` or `~`.
    fn mark(self) -> &'static str {
        match self {
            Symbol::Added => "+",
            Symbol::Removed => "−",
            Symbol::Changed => "~",
        }
    }

    /// The terminal colour of the line (green, red, yellow).
    fn colour(self) -> &'static str {
        match self {
            Symbol::Added => "\x1b[32m",
            Symbol::Removed => "\x1b[31m",
            Symbol::Changed => "\x1b[33m",
        }
    }
}

/// One difference in words.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// Where it is shown.
    #[serde(skip)]
    pub group: Group,
    /// Its heading's words.
    pub heading: String,
    /// What happened.
    pub change: Symbol,
    /// The field, by ids.
    pub field: Field,
    /// What the field is.
    pub what: String,
    /// Its value before, in words (absent when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Its value after, in words (absent when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The value before, as the plan holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before_value: Option<Value>,
    /// The value after, as the plan holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_value: Option<Value>,
}

/// The differences from `old` to `new` in words, grouped (project, stages in order, sessions).
pub fn lines(words: &Words, old: &Plan, new: &Plan) -> Vec<Line> {
    let mut lines: Vec<(usize, Line)> = diff(old, new)
        .into_iter()
        .map(|d| {
            let rank = words.rank(&d.field);
            let group = words.group(&d.field);
            let line = Line {
                heading: words.heading(&group),
                group,
                change: Symbol::of(&d),
                what: words.what(&d.field),
                before: d.before.as_ref().map(|v| words.value(&d.field, Some(v))),
                after: d.after.as_ref().map(|v| words.value(&d.field, Some(v))),
                field: d.field,
                before_value: d.before,
                after_value: d.after,
            };
            (rank, line)
        })
        .collect();
    // Stable: the fields of one item keep their order.
    lines.sort_by(|(a_rank, a), (b_rank, b)| (&a.group, a_rank).cmp(&(&b.group, b_rank)));
    lines.into_iter().map(|(_, line)| line).collect()
}

/// How to lay the text out.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Colours for a terminal.
    pub colour: bool,
    /// The symbols (`+ − ~`) before each line: not in one plan's text.
    pub symbols: bool,
}

/// The lines as text: a heading per group, one indented line per field, then the conflicts.
pub fn text(words: &Words, lines: &[Line], conflicts: &[Conflict], layout: Layout) -> String {
    let s = words.s();
    let (bold, reset) = if layout.colour {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    let mut out = String::new();
    let mut heading: Option<&Group> = None;
    for line in lines {
        if heading != Some(&line.group) {
            out.push_str(&format!("{bold}{}{reset}\n", sanitize::line(&line.heading)));
            heading = Some(&line.group);
        }
        let value = match (&line.before, &line.after) {
            (Some(before), Some(after)) if layout.symbols => format!("{before} → {after}"),
            (_, Some(value)) | (Some(value), None) => value.clone(),
            (None, None) => String::new(),
        };
        let (colour, mark) = match layout {
            Layout { symbols: false, .. } => ("", String::new()),
            Layout { colour, .. } => (
                if colour { line.change.colour() } else { "" },
                format!("{} ", line.change.mark()),
            ),
        };
        let reset = if colour.is_empty() { "" } else { reset };
        let separator = if value.is_empty() { "" } else { s.colon };
        out.push_str(&format!(
            "  {colour}{mark}{}{separator}{value}{reset}\n",
            line.what
        ));
    }
    if !conflicts.is_empty() {
        out.push_str(&format!("{bold}{}{reset}\n", s.diff_conflicts));
        for conflict in conflicts {
            out.push_str(&format!("  ! {}\n", words.conflict_line(conflict)));
        }
    }
    out
}

/// The lines as Markdown: a heading per group, a list item per field, the conflicts last.
pub fn markdown(words: &Words, lines: &[Line], conflicts: &[Conflict]) -> String {
    let s = words.s();
    let mut out = String::new();
    let mut heading: Option<&Group> = None;
    for line in lines {
        if heading != Some(&line.group) {
            if heading.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("## {}\n\n", escape::line(&line.heading)));
            heading = Some(&line.group);
        }
        let value = match (&line.before, &line.after) {
            (Some(before), Some(after)) => format!("{before} → {after}"),
            (_, Some(value)) | (Some(value), None) => value.clone(),
            (None, None) => String::new(),
        };
        out.push_str(&format!(
            "- `{}` {}{}{}\n",
            line.change.mark(),
            escape::line(&line.what),
            s.colon,
            escape::line(&value)
        ));
    }
    if !conflicts.is_empty() {
        out.push_str(&format!("\n## {}\n\n", escape::line(s.diff_conflicts)));
        for conflict in conflicts {
            out.push_str(&format!(
                "- {}\n",
                escape::line(&words.conflict_line(conflict))
            ));
        }
    }
    out
}

/// The lines as JSON (`embarquement-diff/1`).
pub fn json(lines: &[Line], conflicts: &[Conflict]) -> anyhow::Result<String> {
    let document = json!({
        "format": "embarquement-diff/1",
        "same": lines.is_empty() && conflicts.is_empty(),
        "changes": lines,
        "conflicts": conflicts,
    });
    Ok(format!("{}\n", serde_json::to_string_pretty(&document)?))
}

/// Prints what changed from `old` to `new` in `format`; true when they differ.
pub fn run(
    definitions: &Definitions,
    (old, new): (&Plan, &Plan),
    format: DiffFormat,
    lang: Lang,
    colour: bool,
) -> anyhow::Result<bool> {
    let words = Words { definitions, lang };
    let lines = lines(&words, old, new);
    let conflicts: &[Conflict] = if old.conflicts == new.conflicts {
        &[]
    } else {
        &new.conflicts
    };
    let shown = match format {
        DiffFormat::Text => {
            let layout = Layout {
                colour,
                symbols: true,
            };
            text(&words, &lines, conflicts, layout)
        }
        DiffFormat::Markdown => markdown(&words, &lines, conflicts),
        DiffFormat::Json => sanitize::json(&json(&lines, conflicts)?).into_owned(),
    };
    output::print(&shown)?;
    Ok(!lines.is_empty() || !conflicts.is_empty())
}

/// Prints `plan` as text, every field of it on a line in a stable order, for git's textconv.
pub fn textconv(definitions: &Definitions, plan: &Plan, lang: Lang) -> anyhow::Result<()> {
    let words = Words { definitions, lang };
    let mut empty = plan.clone();
    empty.definitions = DefinitionsStamp {
        source: String::new(),
        version: String::new(),
        digest: String::new(),
    };
    empty.current_stage = 0;
    empty.project = Default::default();
    empty.stages.clear();
    empty.training.clear();
    empty.members.clear();
    empty.sessions.clear();
    empty.conflicts.clear();
    let lines = lines(&words, &empty, plan);
    let layout = Layout {
        colour: false,
        symbols: false,
    };
    Ok(output::print(&text(
        &words,
        &lines,
        &plan.conflicts,
        layout,
    ))?)
}
