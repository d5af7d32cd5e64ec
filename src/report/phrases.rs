//! The sentences both documents make from the model (a decision on one line, who entered a
//! record, a session's heading…), unescaped: each format escapes them as it prints them.

use super::marked;
use super::model::*;
use crate::i18n::{Strings, fill};

/// Whether a stage is open, and its readiness: « Étape ouverte · avancement 43 % ».
pub fn stage_state(stage: &StageReport, s: &Strings) -> String {
    let state = if stage.open {
        s.report_stage_open.to_string()
    } else {
        fill(s.report_stage_not_open, &[&(stage.number - 1)])
    };
    format!(
        "{state} · {}",
        fill(s.report_readiness, &[&stage.progress.readiness_text])
    )
}

/// A decision on one line: « ✓ go — Alex Martin, 22 novembre 2026 ».
pub fn decision_line(status: &Label, name: &Option<String>, date: &Option<Day>) -> String {
    let who: Vec<&str> = [name.as_deref(), date.as_ref().map(|d| d.text.as_str())]
        .into_iter()
        .flatten()
        .collect();
    if who.is_empty() {
        marked(status)
    } else {
        format!("{} — {}", marked(status), who.join(", "))
    }
}

/// Who entered a record in a joint session: « saisi par la service team pendant l'entretien du
/// 22 novembre 2026 ».
pub fn entered(entry: &EntryReport, s: &Strings) -> String {
    let template = match entry.side.code.as_str() {
        "service_team" => s.report_entered_by_service_team,
        _ => s.report_entered_by_project_team,
    };
    fill(template, &[&entry.date.text])
}

/// Whose decision, as a heading: « Décision de la service team ».
pub fn decision_side(decision: &DecisionReport, s: &Strings) -> &'static str {
    match decision.side.code.as_str() {
        "service_team" => s.report_decision_service_team,
        _ => s.report_decision_project_team,
    }
}

/// Required questions answered over their number, or « – » when the stage has none.
pub fn required(progress: &ProgressReport) -> String {
    if progress.required_total == 0 {
        "–".to_string()
    } else {
        format!("{}/{}", progress.required_answered, progress.required_total)
    }
}

/// A criterion's title, with its group when it has one.
pub fn criterion_title(criterion: &CriterionReport) -> String {
    match &criterion.group {
        Some(group) => format!("{group} · {}", criterion.title),
        None => criterion.title.clone(),
    }
}

/// A session's heading: its kind, day and times.
pub fn session_title(session: &SessionReport) -> String {
    let times = match (&session.start, &session.end) {
        (Some(start), Some(end)) => format!(", {} – {}", start.text, end.text),
        (Some(start), None) => format!(", {}", start.text),
        _ => String::new(),
    };
    format!("{} — {}{times}", session.kind.label, session.date.text)
}

/// The level a member works on next on a path: « niveau 2 à travailler (Titre) », or that the path
/// is acquired.
pub fn level(path: &MemberPathReport, s: &Strings) -> String {
    match &path.next_level {
        None => s.report_path_done.to_string(),
        Some(level) => {
            let text = fill(s.report_next_level, &[&level.level]);
            match &level.title {
                Some(title) => format!("{text} ({title})"),
                None => text,
            }
        }
    }
}

/// Which definitions the report was made with, and which the plan was answered against.
pub fn definitions_line(definitions: &DefinitionsCard, s: &Strings) -> String {
    let source = if definitions.source == "embedded" {
        s.report_embedded
    } else {
        definitions.source.as_str()
    };
    let mut line = fill(
        s.report_definitions_line,
        &[&definitions.version, &source, &definitions.digest],
    );
    if definitions.plan_version != definitions.version {
        line.push(' ');
        line.push_str(&fill(s.report_plan_version, &[&definitions.plan_version]));
    }
    line
}
