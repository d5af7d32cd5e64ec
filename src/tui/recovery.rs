//! Keeping the answers when the wizard is interrupted — a signal, a terminal gone, a panic — and
//! telling the user where they are.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use super::app::App;
use crate::i18n::{Strings, fill};
use crate::plan::{self, Plan};
use crate::sanitize;

/// Where the answers ended up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rescue {
    /// The plan file already held everything.
    UpToDate,
    /// The plan file was written.
    Saved,
    /// A recovery copy was written at this path.
    Copy(PathBuf),
    /// Nothing could be written, for this reason.
    Lost(String),
}

impl Rescue {
    /// What to tell the user about the plan at `plan_path`.
    pub fn message(&self, strings: &Strings, plan_path: &Path) -> String {
        let plan = shown(plan_path);
        match self {
            Rescue::UpToDate => fill(strings.rescue_up_to_date, &[&plan]),
            Rescue::Saved => fill(strings.rescue_saved, &[&plan]),
            Rescue::Copy(copy) => {
                let copy = shown(copy);
                fill(strings.rescue_copy, &[&copy, &copy, &plan])
            }
            Rescue::Lost(error) => fill(strings.rescue_lost, &[&sanitize::line(error), &plan]),
        }
    }
}

/// A path as printed: sanitised, since folder and file names come from other people too.
fn shown(path: &Path) -> String {
    sanitize::line(&path.display().to_string()).into_owned()
}

/// Before leaving on a signal or a lost terminal: writes the open editor's text and every unsaved
/// change to the plan file, or to a recovery copy when that fails. `None` before the plan exists.
pub fn save_before_exit(app: &mut App<'_>) -> Option<Rescue> {
    if !app.created {
        return None;
    }
    app.commit_open_edit();
    if !app.save.dirty {
        return Some(Rescue::UpToDate);
    }
    // The wizard's own save, so that whatever it checks before writing holds here too.
    super::save(app, false);
    if !app.save.dirty {
        return Some(Rescue::Saved);
    }
    let error = app.save.error.clone().unwrap_or_default();
    let strings = app.strings();
    Some(copy_or_lost(
        &app.plan,
        &app.plan_path,
        &stamp(),
        &error,
        strings,
    ))
}

/// After a panic: the state may be half-updated, so the plan file is left as last saved and what
/// the wizard held (the open editor's text included) goes to a recovery copy, if it differs.
pub fn after_panic(app: &mut App<'_>) -> Option<Rescue> {
    if !app.created {
        return None;
    }
    // The editor itself may be what panicked: then the copy holds the plan without its text.
    let _ = panic::catch_unwind(AssertUnwindSafe(|| app.commit_open_edit()));
    if !app.save.dirty {
        return Some(Rescue::UpToDate);
    }
    let strings = app.strings();
    Some(copy_or_lost(
        &app.plan,
        &app.plan_path,
        &stamp(),
        "",
        strings,
    ))
}

/// Writes a recovery copy, or says why none could be written (after `first_error`, if any).
fn copy_or_lost(
    plan: &Plan,
    plan_path: &Path,
    stamp: &str,
    first_error: &str,
    strings: &Strings,
) -> Rescue {
    let fallback = plan::rescue_folder();
    match write_copy(plan, plan_path, stamp, fallback.as_deref(), strings) {
        Ok(copy) => Rescue::Copy(copy),
        Err(error) if first_error.is_empty() => Rescue::Lost(error),
        Err(error) => Rescue::Lost(format!("{first_error} ; {error}")),
    }
}

/// The time in a recovery copy's name.
fn stamp() -> String {
    jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string()
}

/// Writes `plan` as `PLAN.recovered-STAMP.yaml` beside `plan_path`, or in `fallback` when the
/// plan's folder is not writable; returns the copy's path, or the last error in `strings`' language.
/// The copy is a new file: when something (a file, a link) already has its name, the next free name
/// is taken (`…-2.yaml`), and nothing already there is written through or replaced.
pub fn write_copy(
    plan: &Plan,
    plan_path: &Path,
    stamp: &str,
    fallback: Option<&Path>,
    strings: &Strings,
) -> Result<PathBuf, String> {
    let stem = plan_path
        .file_stem()
        .map_or("embarquement".into(), |stem| stem.to_string_lossy());
    let name = format!("{stem}.recovered-{stamp}.yaml");
    let beside = plan_path.with_file_name(&name);
    let mut error = match plan::save_new(plan, &beside) {
        Ok(copy) => return Ok(copy),
        Err(error) => error.message(strings),
    };
    if let Some(folder) = fallback {
        let written = match std::fs::create_dir_all(folder) {
            Ok(()) => plan::save_new(plan, &folder.join(&name)).map_err(|err| err.message(strings)),
            Err(err) => Err(err.to_string()),
        };
        match written {
            Ok(copy) => return Ok(copy),
            Err(err) => error = err,
        }
    }
    Err(error)
}
