//! `embarquement git-setup [DIR]`: a git repository set up for plans — the `.gitattributes` line
//! that routes `*.plan.yaml` to this program, and the repository's settings of the merge driver
//! and of the readable diff (textconv), pointing at this very program.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::bail;

use crate::cli::GitSetupArgs;
use crate::i18n::{Lang, Strings, fill};
use crate::output;
use crate::sanitize;

/// The line of `.gitattributes`.
pub const ATTRIBUTES: &str = "*.plan.yaml merge=embarquement diff=embarquement";

/// The repository's settings, `{}` standing for the program: key and value.
pub fn settings(program: &str, s: &Strings) -> Vec<(&'static str, String)> {
    vec![
        ("merge.embarquement.name", s.git_driver_name.to_string()),
        (
            "merge.embarquement.driver",
            format!("{program} merge %O %A %B"),
        ),
        (
            "diff.embarquement.textconv",
            format!("{program} diff --textconv"),
        ),
    ]
}

/// Writes the line and the settings into the repository at `args.dir` (the current folder by
/// default), saying each.
pub fn run(args: &GitSetupArgs, lang: Lang) -> anyhow::Result<()> {
    let s = lang.strings();
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let shown = |path: &Path| sanitize::line(&path.display().to_string()).into_owned();
    if !dir.join(".git").exists() {
        bail!(fill(s.git_setup_not_a_repository, &[&shown(&dir)]));
    }
    let attributes = dir.join(".gitattributes");
    let present = fs::read_to_string(&attributes).unwrap_or_default();
    if present.lines().any(|line| line.trim() == ATTRIBUTES) {
        output::print(&format!(
            "{}\n",
            fill(s.git_setup_attributes_kept, &[&shown(&attributes)])
        ))?;
    } else {
        let mut file = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&attributes)?;
        let newline = if present.is_empty() || present.ends_with('\n') {
            ""
        } else {
            "\n"
        };
        file.write_all(format!("{newline}{ATTRIBUTES}\n").as_bytes())?;
        file.sync_all()?;
        output::print(&format!(
            "{}\n",
            fill(s.git_setup_attributes, &[&shown(&attributes), &ATTRIBUTES])
        ))?;
    }
    for (key, value) in settings(&program(), s) {
        let done = Command::new("git")
            .arg("-C")
            .arg(&dir)
            .args(["config", "--local", key, &value])
            .output()?;
        if !done.status.success() {
            let said = String::from_utf8_lossy(&done.stderr);
            bail!(fill(s.git_setup_failed, &[&sanitize::line(said.trim())]));
        }
        output::print(&format!(
            "{}\n",
            fill(s.git_setup_config, &[&key, &sanitize::line(&value)])
        ))?;
    }
    Ok(())
}

/// This program, as git's shell should run it: its full path, quoted when it must be.
fn program() -> String {
    let path = std::env::current_exe()
        .map(|path| path.display().to_string())
        .unwrap_or_else(|_| crate::cli::PROGRAM.to_string());
    if path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        path
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}
