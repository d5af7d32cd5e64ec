//! `embarquement export`: the plan's report, as Markdown, HTML or JSON, on standard output or in a
//! new file.

use std::io;
use std::path::Path;

use anyhow::bail;

use crate::cli::{ExportArgs, ExportFormat};
use crate::definitions::Definitions;
use crate::i18n::{Lang, fill};
use crate::plan::{self, Plan};
use crate::report;
use crate::sanitize;

/// The extension of `-o`'s file, in lower case, if it has one.
pub fn extension(output: Option<&Path>) -> Option<String> {
    output
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The format asked for; without `--format`, the one `-o`'s extension names, else Markdown.
pub fn format_of(args: &ExportArgs) -> ExportFormat {
    args.format
        .unwrap_or(match extension(args.output.as_deref()).as_deref() {
            Some("html" | "htm") => ExportFormat::Html,
            Some("json") => ExportFormat::Json,
            _ => ExportFormat::Markdown,
        })
}

/// The report of `plan` (read from `path`) in `format` and `lang`.
pub fn render(
    definitions: &Definitions,
    plan: &Plan,
    path: &Path,
    format: ExportFormat,
    lang: Lang,
) -> anyhow::Result<String> {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let model = report::build(definitions, plan, &file, lang);
    Ok(match format {
        ExportFormat::Markdown => report::markdown::render(&model, lang),
        ExportFormat::Html => report::html::render(&model, lang),
        ExportFormat::Json => report::json::render(&model)?,
    })
}

/// Prints the report, or writes it to `-o`'s file: a new file, or with `--force` one that replaces
/// what is there in a single rename (never the plan itself, never through a link).
pub fn run(
    definitions: &Definitions,
    plan: &Plan,
    path: &Path,
    args: &ExportArgs,
    lang: Lang,
) -> anyhow::Result<()> {
    let text = render(definitions, plan, path, format_of(args), lang)?;
    let Some(output) = &args.output else {
        return Ok(crate::output::print(&text)?);
    };
    if same_file(output, path) {
        bail!(fill(
            lang.strings().report_is_the_plan,
            &[&output.display()]
        ));
    }
    write_new(output, &text, args.force, lang)
}

/// Writes `text` to `output`, a new file, or with `force` one that replaces what is there in a
/// single rename (never through a link); prints the file's name.
pub fn write_new(output: &Path, text: &str, force: bool, lang: Lang) -> anyhow::Result<()> {
    let s = lang.strings();
    let shown = output.display();
    let written = if force {
        plan::replace_file(output, text.as_bytes())
    } else {
        plan::create_file(output, text.as_bytes())
    };
    match written {
        Ok(()) => Ok(crate::output::print(&format!(
            "{}\n",
            sanitize::line(&shown.to_string())
        ))?),
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
            bail!(fill(s.report_exists, &[&shown]))
        }
        Err(err) => bail!(fill(
            s.report_not_written,
            &[&shown, &plan::io_reason(&err, s)]
        )),
    }
}

/// True when `a` and `b` name the same file (both existing).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
