//! Writing the plan file: sealed text, atomic replacement (temporary file, fsync, rename, folder
//! fsync) inside the plan's own folder, the owner, group and mode of the file replaced kept, and
//! the version received kept as `PLAN.bak`.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::integrity;
use super::load::MAX_PLAN_BYTES;
use super::lock::Holder;
use super::model::Plan;
use super::new_file::{
    folder_of, free_names, new_file_in, sibling, sync_folder, temporary_in, write_new,
};
use super::ownership::{self, Owner};
use crate::files::{self, Links};
use crate::i18n::{Lang, Strings, fill};
use crate::yaml;

/// Why a wizard opened its plan read-only: nothing is written to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The user asked (`--read-only`): no lock is taken.
    Asked,
    /// The file is protected against writing (no write permission in its mode): it is not
    /// replaced, though its folder would allow it.
    Protected,
    /// Another live wizard holds the plan's lock.
    HeldBy(Holder),
}

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
    /// The plan was opened read-only: asked for, protected, or held by another wizard.
    ReadOnly {
        /// The plan file.
        path: PathBuf,
        /// Why.
        why: ReadOnly,
    },
    /// Someone else changed the file since this wizard opened or last saved it.
    ChangedOnDisk {
        /// The plan file.
        path: PathBuf,
    },
    /// The plan belongs to someone else: saving it would make this user its owner, which the
    /// user did not ask for (an automatic save).
    NotOwner {
        /// The plan file.
        path: PathBuf,
        /// Its owner and group.
        owner: Owner,
        /// The owner and group it would have once saved.
        after: Owner,
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
            SaveError::ReadOnly { path, why } => match why {
                ReadOnly::HeldBy(holder) => fill(
                    strings.plan_read_only,
                    &[&path.display(), &holder.describe(strings)],
                ),
                ReadOnly::Asked => fill(strings.plan_read_only_asked, &[&path.display()]),
                ReadOnly::Protected => fill(strings.plan_read_only_protected, &[&path.display()]),
            },
            SaveError::ChangedOnDisk { path } => {
                fill(strings.plan_changed_on_disk, &[&path.display()])
            }
            SaveError::NotOwner { path, owner, after } => fill(
                strings.plan_not_owned,
                &[
                    &path.display(),
                    &owner.describe(strings),
                    &after.describe(strings),
                ],
            ),
        }
    }
}

/// What failed, in the interface's language for the usual faults; the system's words otherwise.
pub fn io_reason(error: &io::Error, strings: &Strings) -> String {
    if files::not_regular(error).is_some() {
        return strings.io_not_a_file.to_string();
    }
    #[cfg(unix)]
    if error.raw_os_error() == Some(nix::errno::Errno::ELOOP as i32) {
        return strings.io_name_taken.to_string();
    }
    match error.kind() {
        io::ErrorKind::NotFound => strings.io_not_found.to_string(),
        io::ErrorKind::PermissionDenied => strings.io_permission_denied.to_string(),
        io::ErrorKind::ReadOnlyFilesystem => strings.io_read_only.to_string(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            strings.io_disk_full.to_string()
        }
        io::ErrorKind::AlreadyExists => strings.io_name_taken.to_string(),
        io::ErrorKind::FileTooLarge => fill(strings.io_plan_too_large, &[&(MAX_PLAN_BYTES >> 20)]),
        io::ErrorKind::IsADirectory | io::ErrorKind::DirectoryNotEmpty => {
            strings.io_is_a_folder.to_string()
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

/// Writes `plan` to `path` atomically (see [`replace`]), keeping the previous version as
/// `PLAN.bak`; the caller's word: a plan of someone else's becomes this user's.
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    write_over(plan, path, true)
}

/// Writes `plan` to `path` atomically (see [`replace`]) without keeping the previous version: the
/// file replaced is a copy (the version a merge driver is handed, and gets back merged).
pub fn overwrite(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    write_over(plan, path, false)
}

/// Replaces the plan at `path` with `plan`, the previous version kept as `PLAN.bak` if `back_up`.
fn write_over(plan: &Plan, path: &Path, back_up: bool) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = render_openable(plan).map_err(io_error)?;
    let how = Replace {
        back_up,
        take_over: true,
        new: false,
    };
    replace(path, &resolve(path), &text, how).map(drop)
}

/// Writes `plan` as a new file at `path`: fails if anything is there, even a link to nowhere.
pub fn create(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = render_openable(plan).map_err(io_error)?;
    write_new([path.to_path_buf()], text.as_bytes())
        .map(drop)
        .map_err(io_error)
}

/// Writes `plan` as a new file at `path`, or at the first free name after it (`-2`, `-3`…), and
/// returns where: nothing already there is written through or replaced.
pub fn save_new(plan: &Plan, path: &Path) -> Result<PathBuf, SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = render(plan).map_err(io_error)?;
    write_new(free_names(path.to_path_buf()), text.as_bytes()).map_err(io_error)
}

/// The plan's file text: its YAML between the seal's lines.
pub(super) fn render(plan: &Plan) -> io::Result<String> {
    let yaml = yaml::to_string(plan).map_err(io::Error::other)?;
    Ok(integrity::seal(&yaml))
}

/// The plan's file text, refused when it is larger than a plan may be: the file would no longer
/// open. (Copies kept elsewhere take it whole: there, keeping the text matters more.)
pub(super) fn render_openable(plan: &Plan) -> io::Result<String> {
    let text = render(plan)?;
    if text.len() as u64 > MAX_PLAN_BYTES {
        return Err(io::ErrorKind::FileTooLarge.into());
    }
    Ok(text)
}

/// How [`replace`] treats the file it replaces.
#[derive(Debug, Clone, Copy)]
pub(super) struct Replace {
    /// Keep the file being replaced as `PLAN.bak` first.
    pub back_up: bool,
    /// Replace a file whose owner or group cannot be kept (the user asked for this save).
    pub take_over: bool,
    /// There was no file: one that appeared meanwhile is not replaced (the save fails with
    /// `AlreadyExists`).
    pub new: bool,
}

/// What [`replace`] did besides writing the plan.
#[derive(Debug, Default)]
pub(super) struct Replaced {
    /// `PLAN.bak` could not be written: its path, and why.
    pub backup_failed: Option<(PathBuf, io::Error)>,
    /// The owner and group of the file replaced, and those of the new one, when they differ.
    pub owner_changed: Option<(Owner, Owner)>,
}

/// Replaces the file at `target` (named `shown` in errors) with `text`: a temporary file in the
/// same folder, flushed to disk, given the owner, group and mode of the file it replaces, then
/// renamed over it. At no moment is the file missing or partial; a link found at `target` is
/// replaced, never followed (the caller resolves the plan's own link once, when it opens it).
pub(super) fn replace(
    shown: &Path,
    target: &Path,
    text: &str,
    how: Replace,
) -> Result<Replaced, SaveError> {
    let io_error = |source| SaveError::Io {
        path: shown.to_path_buf(),
        source,
    };
    let folder = folder_of(target);
    let previous = fs::symlink_metadata(target)
        .ok()
        .filter(|metadata| metadata.file_type().is_file());
    let mut replaced = Replaced::default();
    let mut temp = match &previous {
        Some(metadata) => {
            let temp = temporary_in(&folder).map_err(io_error)?;
            if let Some(owner) = Owner::of(metadata) {
                let after = ownership::give(temp.as_file(), owner).map_err(io_error)?;
                if after != owner {
                    if !how.take_over {
                        return Err(SaveError::NotOwner {
                            path: shown.to_path_buf(),
                            owner,
                            after,
                        });
                    }
                    replaced.owner_changed = Some((owner, after));
                }
            }
            // After the owner: giving a file away may clear some of its mode bits.
            temp.as_file()
                .set_permissions(metadata.permissions())
                .map_err(io_error)?;
            temp
        }
        None => new_file_in(&folder).map_err(io_error)?,
    };
    temp.write_all(text.as_bytes()).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    if let Some(metadata) = previous.as_ref().filter(|_| how.back_up) {
        let backup = sibling(target, ".bak");
        if let Err(err) = back_up(target, &backup, metadata) {
            replaced.backup_failed = Some((backup, err));
        }
    }
    let persisted = if how.new {
        temp.persist_noclobber(target)
    } else {
        temp.persist(target)
    };
    persisted.map_err(|err| io_error(err.error))?;
    sync_folder(&folder);
    Ok(replaced)
}

/// Keeps the file at `target` as `backup`: a second name for the same bytes (a hard link, no
/// copy), renamed over the old backup; where no hard link can be made, a copy through a
/// temporary file. Either way the backup is never partial, and whatever stood at its name (a
/// link included) is replaced, never written through.
fn back_up(target: &Path, backup: &Path, metadata: &fs::Metadata) -> io::Result<()> {
    let folder = folder_of(target);
    let linked = tempfile::Builder::new()
        .prefix(".embarquement-")
        .suffix(".bak")
        .make_in(&folder, |name| fs::hard_link(target, name));
    if let Ok(link) = linked {
        return link.persist(backup).map(drop).map_err(|err| err.error);
    }
    let mut temp = temporary_in(&folder)?;
    let mut source = files::open_regular(target, Links::Refuse)?;
    io::copy(&mut source, temp.as_file_mut())?;
    if let Some(owner) = Owner::of(metadata) {
        // The copy keeps the owner and group where it may; a backup is never refused for it.
        let _ = ownership::give(temp.as_file(), owner);
    }
    temp.as_file().set_permissions(metadata.permissions())?;
    temp.as_file().sync_all()?;
    temp.persist(backup).map_err(|err| err.error)?;
    Ok(())
}

/// The file a plan path stands for: the target of a symbolic link, or the path itself.
pub(super) fn resolve(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}
