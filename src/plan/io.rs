//! Reading and writing the plan file: format check on load, atomic replacement on save.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::model::{FORMAT, Plan};
use crate::i18n::{Lang, Strings, fill};
use crate::yaml;

/// The largest plan file accepted, in bytes.
pub const MAX_PLAN_BYTES: u64 = 16 * 1024 * 1024;

/// Why a plan could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file does not exist.
    NotFound(PathBuf),
    /// The file could not be read.
    Io(PathBuf, io::Error),
    /// The file is larger than [`MAX_PLAN_BYTES`].
    TooLarge(PathBuf, u64),
    /// The file is not UTF-8 text.
    NotUtf8(PathBuf, usize),
    /// The file has no `format: embarquement-plan/…` line.
    NotAPlan(PathBuf),
    /// The plan was written by a newer version of the program.
    NewerFormat(PathBuf, String),
    /// The YAML does not describe a plan.
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

impl LoadError {
    /// The message in the interface's language, saying what to do.
    pub fn message(&self, strings: &Strings) -> String {
        match self {
            LoadError::NotFound(path) => {
                fill(strings.plan_not_found, &[&path.display(), &path.display()])
            }
            LoadError::Io(path, err) => fill(strings.plan_unreadable, &[&path.display(), err]),
            LoadError::TooLarge(path, size) => fill(
                strings.plan_too_large,
                &[&path.display(), size, &MAX_PLAN_BYTES],
            ),
            LoadError::NotUtf8(path, line) => fill(strings.plan_not_utf8, &[&path.display(), line]),
            LoadError::NotAPlan(path) => fill(strings.not_a_plan, &[&path.display(), &FORMAT]),
            LoadError::NewerFormat(path, found) => {
                fill(strings.newer_plan, &[&path.display(), found, &FORMAT])
            }
            LoadError::Invalid {
                path,
                line,
                column,
                message,
            } => fill(
                strings.plan_invalid,
                &[&path.display(), line, column, message],
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.strings()))
    }
}

impl std::error::Error for LoadError {}

/// Why a plan could not be saved; the file on disk is left as it was.
#[derive(Debug)]
pub struct SaveError {
    /// The plan file.
    pub path: PathBuf,
    /// What failed.
    pub source: io::Error,
}

impl SaveError {
    /// The message in the interface's language.
    pub fn message(&self, strings: &Strings) -> String {
        fill(
            strings.plan_not_saved,
            &[&self.path.display(), &self.source],
        )
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.strings()))
    }
}

impl std::error::Error for SaveError {}

/// Just the `format` key, read before the rest.
#[derive(Deserialize)]
struct FormatHeader {
    #[serde(default)]
    format: Option<String>,
}

/// Reads the plan at `path`, refusing plans of a newer format.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    let size = match fs::metadata(path) {
        Ok(metadata) => metadata.len(),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Err(LoadError::NotFound(path.to_path_buf()));
        }
        Err(err) => return Err(LoadError::Io(path.to_path_buf(), err)),
    };
    if size > MAX_PLAN_BYTES {
        return Err(LoadError::TooLarge(path.to_path_buf(), size));
    }
    let bytes = fs::read(path).map_err(|err| LoadError::Io(path.to_path_buf(), err))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let line = bytes[..err.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        LoadError::NotUtf8(path.to_path_buf(), line)
    })?;
    parse(path, text)
}

/// Parses the text of a plan file.
fn parse(path: &Path, text: &str) -> Result<Plan, LoadError> {
    let invalid = |err: yaml::YamlError| LoadError::Invalid {
        path: path.to_path_buf(),
        line: err.line.max(1),
        column: err.column.max(1),
        message: err.message,
    };
    let header: FormatHeader = yaml::from_str(text).map_err(invalid)?;
    let Some(format) = header.format else {
        return Err(LoadError::NotAPlan(path.to_path_buf()));
    };
    if format != FORMAT {
        return Err(match format_number(&format) {
            Some(n) if n > format_number(FORMAT).unwrap_or(1) => {
                LoadError::NewerFormat(path.to_path_buf(), format)
            }
            _ => LoadError::NotAPlan(path.to_path_buf()),
        });
    }
    yaml::from_str(text).map_err(invalid)
}

/// The number after `embarquement-plan/`.
fn format_number(format: &str) -> Option<u32> {
    format.strip_prefix("embarquement-plan/")?.parse().ok()
}

/// Writes `plan` to `path` atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over the plan. A symbolic link is followed, so its target is updated; the file's
/// permissions are kept.
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let fail = |source: io::Error| SaveError {
        path: path.to_path_buf(),
        source,
    };
    let text = yaml::to_string(plan).map_err(|err| fail(io::Error::other(err.message)))?;
    let target = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(_) => path.to_path_buf(),
    };
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".embarquement-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(fail)?;
    if let Ok(metadata) = fs::metadata(&target) {
        fs::set_permissions(temp.path(), metadata.permissions()).map_err(fail)?;
    }
    temp.write_all(text.as_bytes()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(&target).map_err(|err| fail(err.error))?;
    sync_folder(&folder);
    Ok(())
}

/// Flushes the folder entry of a renamed file, where the platform allows it.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        // A failure here leaves the rename in the page cache only; the data itself is on disk.
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
