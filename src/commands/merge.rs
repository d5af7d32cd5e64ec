//! `embarquement merge BASE OURS THEIRS [-o OUT]`: the three-way merge of two versions of a plan,
//! written atomically to OUT, or over OURS as git's merge driver expects (`%O %A %B`); conflicts
//! are recorded in the plan, never as git's markers.

use std::path::Path;

use anyhow::anyhow;

use crate::cli::MergeArgs;
use crate::i18n::{Lang, fill};
use crate::output;
use crate::plan::{self, Plan};
use crate::roundtrip;
use crate::sanitize;

/// Reads the three plans, writes the merge and says how it went; returns the number of conflicts
/// it holds.
pub fn run(args: &MergeArgs, lang: Lang) -> anyhow::Result<usize> {
    let s = lang.strings();
    let read = |path: &Path| plan::load(path).map_err(|err| anyhow!(err.message(s)));
    // The three plans read side by side: each read is mostly parsing, on a core of its own.
    let (base, ours, theirs): (Plan, Plan, Plan) = std::thread::scope(|scope| {
        let base = scope.spawn(|| read(&args.base));
        let theirs = scope.spawn(|| read(&args.theirs));
        let ours = read(&args.ours);
        let joined = |reading: std::thread::ScopedJoinHandle<'_, _>| {
            reading
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        anyhow::Ok((joined(base)?, ours?, joined(theirs)?))
    })?;
    let merged = roundtrip::merge(&base, &ours, &theirs);
    let target = args.output.as_deref().unwrap_or(&args.ours);
    let shown = sanitize::line(&target.display().to_string()).into_owned();
    plan::overwrite(&merged, target).map_err(|err| {
        let reason = match &err {
            plan::SaveError::Io { source, .. } => plan::io_reason(source, s),
            other => other.message(s),
        };
        anyhow!(fill(s.merge_not_written, &[&shown, &reason]))
    })?;
    let count = merged.conflicts.len();
    if count == 0 {
        output::tell(&fill(s.merge_clean, &[&shown]));
    } else {
        output::tell(&fill(s.merge_conflicts, &[&count, &shown]));
    }
    Ok(count)
}
