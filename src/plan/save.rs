//! Writing the plan file: atomic replacement (temporary file, fsync, rename, folder fsync).

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::model::Plan;
use crate::i18n::{Lang, Strings, fill};
use crate::yaml;

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
