//! What the wizard knows of its plan file on disk: the lock it holds (or who holds it), the
//! content it last read or wrote (to notice someone else's changes), and damage found on open (to
//! keep a copy before the first save).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::integrity::{self, Seal};
use super::load::{LoadError, MAX_PLAN_BYTES, from_bytes, read_error};
use super::lock::{self, Holder, Lock, Locking, lock_path};
use super::model::Plan;
use super::new_file::{free_names, sibling, write_new};
use super::ownership::Owner;
use super::save::{
    ReadOnly, Replace, SaveError, io_reason, render, render_openable, replace, resolve,
};
use crate::files::{self, Links, ReadError};
use crate::i18n::{Strings, fill};

/// The plan file's content as last read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Not known: nothing to compare with (a wizard not opened through [`OnDisk::open`]).
    Unknown,
    /// There was no file.
    Absent,
    /// The SHA-256 of the file's bytes.
    Digest([u8; 32]),
}

/// The plan file as one wizard holds it.
#[derive(Debug)]
pub struct OnDisk {
    lock: Option<Lock>,
    read_only: Option<ReadOnly>,
    /// Why no lock could be taken, when none was.
    unlocked: Option<io::Error>,
    seen: Seen,
    damage: Option<Seal>,
    changed: bool,
    /// The plan path as given, and the file it stood for when opened (the target of a link).
    target: Option<(PathBuf, PathBuf)>,
    /// The version received is kept as `PLAN.bak` (done at the first save of a sitting).
    backed_up: bool,
}

impl Default for OnDisk {
    /// No lock, nothing seen: saving writes without checking the file first.
    fn default() -> Self {
        OnDisk {
            lock: None,
            read_only: None,
            unlocked: None,
            seen: Seen::Unknown,
            damage: None,
            changed: false,
            target: None,
            backed_up: false,
        }
    }
}

/// A save that went through.
#[derive(Debug, Default)]
pub struct Saved {
    /// Where the damaged file found on open was copied, before this save overwrote it.
    pub damaged_copy: Option<PathBuf>,
    /// `PLAN.bak` could not be written: its path, and why (the plan itself was saved).
    pub backup_failed: Option<(PathBuf, io::Error)>,
    /// The plan belonged to someone else and now belongs to this user (who asked for the save):
    /// its owner and group before, and after.
    pub owner_changed: Option<(Owner, Owner)>,
}

impl Saved {
    /// What the user should know about this save besides its success, in the interface's
    /// language, one sentence each.
    pub fn notes(&self, strings: &Strings) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(copy) = &self.damaged_copy {
            notes.push(fill(strings.damaged_copy_kept, &[&copy.display()]));
        }
        if let Some((backup, error)) = &self.backup_failed {
            notes.push(fill(
                strings.backup_not_kept,
                &[&backup.display(), &io_reason(error, strings)],
            ));
        }
        if let Some((before, after)) = &self.owner_changed {
            notes.push(fill(
                strings.owner_taken_over,
                &[&before.describe(strings), &after.describe(strings)],
            ));
        }
        notes
    }
}

impl OnDisk {
    /// Locks and reads the plan at `path`: `None` when there is no file yet. A plan locked by a live
    /// wizard opens read-only; a plan whose seal is broken is noted, to be copied before it is
    /// overwritten. A link at `path` is followed now, once: saves replace the file it stood for.
    pub fn open(path: &Path) -> Result<(Option<Plan>, OnDisk), LoadError> {
        let target = resolve(path);
        let mut disk = OnDisk::default();
        match lock::acquire(&target) {
            Locking::Held(lock) => disk.lock = Some(lock),
            Locking::HeldBy(holder) => disk.read_only = Some(ReadOnly::HeldBy(holder)),
            Locking::Unavailable(error) => disk.unlocked = Some(error),
        }
        let protected = disk.read_only.is_none() && is_protected(&target);
        disk.target = Some((path.to_path_buf(), target));
        let plan = disk.read(path)?;
        if protected {
            // Not written, so not locked: the lock is removed as it is dropped.
            disk.lock = None;
            disk.read_only = Some(ReadOnly::Protected);
        }
        Ok((plan, disk))
    }

    /// Reads the plan at `path` to look at it only: no lock is taken and nothing is ever written
    /// there (saving a copy elsewhere stays possible). The plan must exist.
    pub fn open_read_only(path: &Path) -> Result<(Plan, OnDisk), LoadError> {
        let mut disk = OnDisk {
            read_only: Some(ReadOnly::Asked),
            target: Some((path.to_path_buf(), resolve(path))),
            ..OnDisk::default()
        };
        let plan = disk.read(path)?;
        let plan = plan.ok_or_else(|| LoadError::NotFound(path.to_path_buf()))?;
        Ok((plan, disk))
    }

    /// Reads the plan at `path` again, after someone else changed it (or, read-only, to see the
    /// other wizard's latest saves): from then on, the file as read now is the one to compare with,
    /// and the one kept as `PLAN.bak` at the next save.
    pub fn reload(&mut self, path: &Path) -> Result<Plan, LoadError> {
        let plan = self.read(path)?;
        self.changed = false;
        self.backed_up = false;
        plan.ok_or_else(|| LoadError::NotFound(path.to_path_buf()))
    }

    /// Reads the plan, remembering its digest and what its seal says; `None` when there is no file.
    fn read(&mut self, path: &Path) -> Result<Option<Plan>, LoadError> {
        let bytes = match files::read_regular(path, Links::Follow, MAX_PLAN_BYTES) {
            Ok(bytes) => bytes,
            Err(error) => {
                return match read_error(path, error) {
                    LoadError::NotFound(_) => {
                        self.seen = Seen::Absent;
                        Ok(None)
                    }
                    error => Err(error),
                };
            }
        };
        let plan = from_bytes(path, &bytes)?;
        self.seen = Seen::Digest(digest(&bytes));
        let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
        self.damage = Some(integrity::check(&text)).filter(|seal| seal.is_damaged());
        Ok(Some(plan))
    }

    /// Why this wizard opened the plan read-only, if it did.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// Who holds the lock, when this wizard opened the plan read-only because of it.
    pub fn holder(&self) -> Option<&Holder> {
        match &self.read_only {
            Some(ReadOnly::HeldBy(holder)) => Some(holder),
            _ => None,
        }
    }

    /// What to tell the user when no lock could be taken (and no other wizard holds one).
    pub fn lock_notice(&self, strings: &Strings) -> Option<String> {
        let error = self.unlocked.as_ref()?;
        let lock = self.target.as_ref().map(|(_, target)| lock_path(target))?;
        Some(fill(
            strings.lock_unavailable,
            &[&lock.display(), &io_reason(error, strings)],
        ))
    }

    /// What is wrong with the file found on open, until a copy of it is kept.
    pub fn damage(&self) -> Option<Seal> {
        self.damage
    }

    /// True once the file was found changed by someone else: nothing is written to it any more.
    pub fn changed_on_disk(&self) -> bool {
        self.changed
    }

    /// Saves `plan` to `path` on the wizard's own initiative: as [`OnDisk::save_now`], but a plan
    /// whose owner or group this process cannot keep is not written (saving would make it this
    /// user's).
    pub fn save(&mut self, plan: &Plan, path: &Path) -> Result<Saved, SaveError> {
        self.write(plan, path, false)
    }

    /// Saves `plan` to `path` because the user asked, unless the plan is read-only or someone else
    /// changed the file since it was last read or written; a damaged file found on open is first
    /// copied to `PLAN.damaged-<date>`, and the file as received is kept as `PLAN.bak` at the first
    /// save of the sitting.
    pub fn save_now(&mut self, plan: &Plan, path: &Path) -> Result<Saved, SaveError> {
        self.write(plan, path, true)
    }

    /// Saves `plan` to `path`; `take_over` when the user asked for this save.
    fn write(&mut self, plan: &Plan, path: &Path, take_over: bool) -> Result<Saved, SaveError> {
        if let Some(why) = &self.read_only {
            return Err(SaveError::ReadOnly {
                path: path.to_path_buf(),
                why: why.clone(),
            });
        }
        let changed = || SaveError::ChangedOnDisk {
            path: path.to_path_buf(),
        };
        let target = self.target_of(path);
        if self.changed || self.changed_since_seen(&target) {
            self.changed = true;
            return Err(changed());
        }
        let io_error = |source| SaveError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut saved = Saved::default();
        if self.damage.is_some() {
            saved.damaged_copy = keep_damaged_copy(&target).map_err(io_error)?;
            self.damage = None;
        }
        let text = render_openable(plan).map_err(io_error)?;
        let how = Replace {
            back_up: !self.backed_up,
            take_over,
            new: self.seen == Seen::Absent,
        };
        let replaced = match replace(path, &target, &text, how) {
            Ok(replaced) => replaced,
            // A file, or a link, appeared where there was none.
            Err(SaveError::Io { source, .. })
                if how.new && source.kind() == io::ErrorKind::AlreadyExists =>
            {
                self.changed = true;
                return Err(changed());
            }
            Err(error) => return Err(error),
        };
        self.seen = Seen::Digest(digest(text.as_bytes()));
        self.backed_up = true;
        saved.backup_failed = replaced.backup_failed;
        saved.owner_changed = replaced.owner_changed;
        Ok(saved)
    }

    /// The file that `path` stands for: the one it stood for when opened.
    fn target_of(&self, path: &Path) -> PathBuf {
        match &self.target {
            Some((given, target)) if given == path => target.clone(),
            _ => resolve(path),
        }
    }

    /// Saves `plan` as a new file in `folder` (see [`keep_copy`]); the wizard then works on that
    /// file, which it locks.
    pub fn save_elsewhere(
        &mut self,
        plan: &Plan,
        path: &Path,
        folder: &Path,
    ) -> Result<PathBuf, SaveError> {
        let (target, text) = write_copy(plan, path, folder)?;
        let mut disk = OnDisk {
            seen: Seen::Digest(digest(text.as_bytes())),
            target: Some((target.clone(), target.clone())),
            // Nothing was received: the copy is this wizard's own.
            backed_up: true,
            ..OnDisk::default()
        };
        match lock::acquire(&target) {
            Locking::Held(lock) => disk.lock = Some(lock),
            Locking::HeldBy(holder) => disk.read_only = Some(ReadOnly::HeldBy(holder)),
            Locking::Unavailable(error) => disk.unlocked = Some(error),
        }
        *self = disk;
        Ok(target)
    }

    /// True when the file's content is not what was last read or written, or when something other
    /// than a regular file now stands at its name. A file that vanished does not count: writing it
    /// again overwrites nobody's work.
    fn changed_since_seen(&self, target: &Path) -> bool {
        if self.seen == Seen::Unknown {
            return false;
        }
        let now = match files::read_regular(target, Links::Refuse, MAX_PLAN_BYTES) {
            Ok(bytes) => Seen::Digest(digest(&bytes)),
            Err(ReadError::Io(error)) if error.kind() == io::ErrorKind::NotFound => {
                return false;
            }
            // A link, a pipe, a file grown too large, a file made unreadable: not what was seen.
            Err(_) => return true,
        };
        now != self.seen
    }
}

/// True when the file at `path` exists and its mode allows no one to write it.
fn is_protected(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().readonly())
}

/// Saves `plan` as a new file in `folder` (the user's data folder, when the plan's own file cannot
/// be written), named after `path` and the time; nothing already there is replaced, a copy made
/// earlier included (the next free name is taken).
pub fn keep_copy(plan: &Plan, path: &Path, folder: &Path) -> Result<PathBuf, SaveError> {
    write_copy(plan, path, folder).map(|(target, _)| target)
}

/// Writes the copy of [`keep_copy`]; returns its path and its text.
fn write_copy(plan: &Plan, path: &Path, folder: &Path) -> Result<(PathBuf, String), SaveError> {
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "embarquement".to_string());
    let first = folder.join(format!("{stem}-{}.yaml", stamp()));
    let io_error = |source| SaveError::Io {
        path: first.clone(),
        source,
    };
    let text = render(plan).map_err(io_error)?;
    fs::create_dir_all(folder).map_err(io_error)?;
    let target = write_new(free_names(first.clone()), text.as_bytes()).map_err(io_error)?;
    Ok((target, text))
}

/// The folder where plans are saved when their own folder fails: the user's data folder.
pub fn rescue_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "", "embarquement")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Copies the damaged file at `target` to `PLAN.damaged-<date>` (or the next free name); `None`
/// when it is gone.
fn keep_damaged_copy(target: &Path) -> io::Result<Option<PathBuf>> {
    let bytes = match files::read_regular(target, Links::Refuse, MAX_PLAN_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(error)) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.into()),
    };
    let first = sibling(target, &format!(".damaged-{}", stamp()));
    write_new(free_names(first), &bytes).map(Some)
}

/// The local date and time, for file names.
fn stamp() -> String {
    jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string()
}
