//! The report as JSON for tools: the model as it is, `"format": "embarquement-report/1"`, its shape
//! described in docs/report-json.md.

use super::model::Report;
use crate::sanitize;

/// The report as pretty-printed JSON, ending with a newline; nothing in it can drive a terminal.
pub fn render(report: &Report) -> serde_json::Result<String> {
    let json = serde_json::to_string_pretty(report)?;
    Ok(format!("{}\n", sanitize::json(&json)))
}
