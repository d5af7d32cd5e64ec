//! Reading the plan file: size cap, UTF-8, format check (a newer format is refused untouched).

use std::fmt;
use std::fs;
use std::io;
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
