//! Writing the plan file: sealed text, atomic replacement (temporary file, fsync, rename, folder
//! fsync), and the previous version kept as `PLAN.bak`.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::integrity;
use super::lock::Holder;
use super::model::Plan;
use crate::i18n::{Lang, Strings, fill};
use crate::yaml;

/// Why a plan was not saved; the file on disk is left as it was.
#[derive(Debug)]
pub enum SaveError {
    /// Writing failed (read-only folder, disk full, folder gone…).
    Io {
        /// The plan file.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
    /// Another wizard holds the plan's lock: this one opened it read-only.
    ReadOnly {
        /// The plan file.
        path: PathBuf,
        /// Who holds the lock.
        holder: Holder,
    },
    /// Someone else changed the file since this wizard opened or last saved it.
    ChangedOnDisk {
        /// The plan file.
        path: PathBuf,
    },
}

impl SaveError {
    /// The message in the interface's language.
    pub fn message(&self, strings: &Strings) -> String {
        match self {
            SaveError::Io { path, source } => fill(
                strings.plan_not_saved,
                &[&path.display(), &io_reason(source, strings)],
            ),
            SaveError::ReadOnly { path, holder } => fill(
                strings.plan_read_only,
                &[&path.display(), &holder.describe(strings)],
            ),
            SaveError::ChangedOnDisk { path } => {
                fill(strings.plan_changed_on_disk, &[&path.display()])
            }
        }
    }
}

/// What failed, in the interface's language for the usual faults; the system's words otherwise.
fn io_reason(error: &io::Error, strings: &Strings) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => strings.io_not_found.to_string(),
        io::ErrorKind::PermissionDenied => strings.io_permission_denied.to_string(),
        io::ErrorKind::ReadOnlyFilesystem => strings.io_read_only.to_string(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            strings.io_disk_full.to_string()
        }
        _ => error.to_string(),
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.strings()))
    }
}

impl std::error::Error for SaveError {}

/// Writes `plan` to `path` atomically (see [`write`]).
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = render(plan).map_err(io_error)?;
    write(path, &text).map_err(io_error)
}

/// The plan's file text: its YAML between the seal's lines.
pub(super) fn render(plan: &Plan) -> io::Result<String> {
    let yaml = yaml::to_string(plan).map_err(|err| io::Error::other(err.message))?;
    Ok(integrity::seal(&yaml))
}

/// Replaces the file at `path` with `text`: a temporary file in the same folder, flushed to disk,
/// then renamed over the file, whose previous version is first copied to `PLAN.bak`. At no moment
/// is the file missing or partial. A symbolic link is followed, so its target is updated (and its
/// backup sits beside the target); the file's permissions are kept.
pub(super) fn write(path: &Path, text: &str) -> io::Result<()> {
    let target = resolve(path);
    let folder = folder_of(&target);
    let previous = fs::metadata(&target).ok().filter(fs::Metadata::is_file);
    let mut temp = match &previous {
        Some(metadata) => {
            let temp = temporary_in(&folder)?;
            fs::set_permissions(temp.path(), metadata.permissions())?;
            temp
        }
        None => new_file_in(&folder)?,
    };
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    if let Some(metadata) = previous {
        back_up(&target, &folder, metadata.permissions())?;
    }
    temp.persist(&target).map_err(|err| err.error)?;
    sync_folder(&folder);
    Ok(())
}

/// Keeps the file as `PLAN.bak`: a second name for the same bytes (a hard link, no copy), renamed
/// over the old backup; where the file system has no hard links, a copy through a temporary file.
/// Either way the backup is never partial.
fn back_up(target: &Path, folder: &Path, permissions: fs::Permissions) -> io::Result<()> {
    let backup = sibling(target, ".bak");
    let linked = tempfile::Builder::new()
        .prefix(".embarquement-")
        .suffix(".bak")
        .make_in(folder, |name| fs::hard_link(target, name));
    match linked {
        Ok(link) => link.persist(&backup).map(drop).map_err(|err| err.error),
        Err(_) => copy_to(target, folder, permissions, &backup),
    }
}

/// Copies `target` to `backup` through a temporary file in `folder`, flushed before the rename.
fn copy_to(
    target: &Path,
    folder: &Path,
    permissions: fs::Permissions,
    backup: &Path,
) -> io::Result<()> {
    let mut temp = temporary_in(folder)?;
    io::copy(&mut fs::File::open(target)?, temp.as_file_mut())?;
    fs::set_permissions(temp.path(), permissions)?;
    temp.as_file().sync_all()?;
    temp.persist(backup).map_err(|err| err.error)?;
    Ok(())
}

/// A temporary file for a new plan: created with the permissions any new file gets (read-write,
/// less the user's umask), not the owner-only ones of a temporary file, since a plan is shared.
fn new_file_in(folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".embarquement-").suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(folder)
}

/// A temporary file in `folder`, removed unless persisted.
fn temporary_in(folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".embarquement-")
        .suffix(".tmp")
        .tempfile_in(folder)
}

/// The file a plan path stands for: the target of a symbolic link, or the path itself.
pub(super) fn resolve(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The folder holding `file` (`.` for a bare file name).
fn folder_of(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `PLAN` with `suffix` added to its file name (`PLAN.bak`, `PLAN.lock`…).
pub(super) fn sibling(plan: &Path, suffix: &str) -> PathBuf {
    let mut name = plan.file_name().map(OsString::from).unwrap_or_default();
    name.push(suffix);
    plan.with_file_name(name)
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
