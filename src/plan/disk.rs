//! What the wizard knows of its plan file on disk: the lock it holds (or who holds it), the
//! content it last read or wrote (to notice someone else's changes), and damage found on open (to
//! keep a copy before the first save).

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::integrity::{self, Seal};
use super::load::{LoadError, MAX_PLAN_BYTES, load};
use super::lock::{self, Holder, Lock, Locking};
use super::model::Plan;
use super::save::{SaveError, render, resolve, sibling, write};

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
    holder: Option<Holder>,
    seen: Seen,
    damage: Option<Seal>,
    changed: bool,
}

impl Default for OnDisk {
    /// No lock, nothing seen: saving writes without checking the file first.
    fn default() -> Self {
        OnDisk {
            lock: None,
            holder: None,
            seen: Seen::Unknown,
            damage: None,
            changed: false,
        }
    }
}

/// A save that went through.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// Where the damaged file found on open was copied, before this save overwrote it.
    pub damaged_copy: Option<PathBuf>,
}

impl OnDisk {
    /// Locks and reads the plan at `path`: `None` when there is no file yet. A plan locked by a live
    /// wizard opens read-only; a plan whose seal is broken is noted, to be copied before it is
    /// overwritten.
    pub fn open(path: &Path) -> Result<(Option<Plan>, OnDisk), LoadError> {
        let target = resolve(path);
        let mut disk = OnDisk::default();
        match lock::acquire(&target) {
            Locking::Held(lock) => disk.lock = Some(lock),
            Locking::HeldBy(holder) => disk.holder = Some(holder),
            // Saving will say what is wrong with the folder, if anything.
            Locking::Unavailable => {}
        }
        let plan = disk.read(path)?;
        Ok((plan, disk))
    }

    /// Reads the plan at `path` again, after someone else changed it (or, read-only, to see the
    /// other wizard's latest saves): from then on, the file as read now is the one to compare with.
    pub fn reload(&mut self, path: &Path) -> Result<Plan, LoadError> {
        let plan = self.read(path)?;
        self.changed = false;
        plan.ok_or_else(|| LoadError::NotFound(path.to_path_buf()))
    }

    /// Reads the plan, remembering its digest and what its seal says; `None` when there is no file.
    fn read(&mut self, path: &Path) -> Result<Option<Plan>, LoadError> {
        let bytes = match read_small(path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                self.seen = Seen::Absent;
                return Ok(None);
            }
            // The loader says what is wrong.
            Err(_) => return load(path).map(Some),
        };
        let plan = load(path)?;
        // The digest of the bytes read before the loader read them: a change in between is seen
        // as a change at the next save.
        self.seen = Seen::Digest(digest(&bytes));
        let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
        self.damage = Some(integrity::check(&text)).filter(|seal| seal.is_damaged());
        Ok(Some(plan))
    }

    /// Who holds the lock, when this wizard opened the plan read-only.
    pub fn holder(&self) -> Option<&Holder> {
        self.holder.as_ref()
    }

    /// What is wrong with the file found on open, until a copy of it is kept.
    pub fn damage(&self) -> Option<Seal> {
        self.damage
    }

    /// True once the file was found changed by someone else: nothing is written to it any more.
    pub fn changed_on_disk(&self) -> bool {
        self.changed
    }

    /// Saves `plan` to `path`, unless the plan is read-only or someone else changed the file since
    /// it was last read or written; a damaged file found on open is first copied to
    /// `PLAN.damaged-<date>`.
    pub fn save(&mut self, plan: &Plan, path: &Path) -> Result<Saved, SaveError> {
        if let Some(holder) = &self.holder {
            return Err(SaveError::ReadOnly {
                path: path.to_path_buf(),
                holder: holder.clone(),
            });
        }
        if self.changed || self.changed_since_seen(path) {
            self.changed = true;
            return Err(SaveError::ChangedOnDisk {
                path: path.to_path_buf(),
            });
        }
        let io_error = |source| SaveError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut saved = Saved::default();
        if self.damage.is_some() {
            saved.damaged_copy = keep_damaged_copy(&resolve(path)).map_err(io_error)?;
            self.damage = None;
        }
        let text = render(plan).map_err(io_error)?;
        write(path, &text).map_err(io_error)?;
        self.seen = Seen::Digest(digest(text.as_bytes()));
        Ok(saved)
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
        *self = OnDisk {
            lock: match lock::acquire(&target) {
                Locking::Held(lock) => Some(lock),
                _ => None,
            },
            seen: Seen::Digest(digest(text.as_bytes())),
            ..OnDisk::default()
        };
        Ok(target)
    }

    /// True when the file's content is not what was last read or written. A file that vanished
    /// does not count: writing it again overwrites nobody's work.
    fn changed_since_seen(&self, path: &Path) -> bool {
        let now = match read_small(path) {
            Ok(bytes) => Seen::Digest(digest(&bytes)),
            // Gone, or unreadable: the write that follows says why, if it fails.
            Err(_) => return false,
        };
        self.seen != Seen::Unknown && now != self.seen
    }
}

/// Saves `plan` as a new file in `folder` (the user's data folder, when the plan's own file cannot
/// be written), named after `path` and the time; a copy made earlier is never replaced.
pub fn keep_copy(plan: &Plan, path: &Path, folder: &Path) -> Result<PathBuf, SaveError> {
    write_copy(plan, path, folder).map(|(target, _)| target)
}

/// Writes the copy of [`keep_copy`]; returns its path and its text.
fn write_copy(plan: &Plan, path: &Path, folder: &Path) -> Result<(PathBuf, String), SaveError> {
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "embarquement".to_string());
    let target = free_name(folder.join(format!("{stem}-{}.yaml", stamp())));
    let io_error = |source| SaveError::Io {
        path: target.clone(),
        source,
    };
    let text = render(plan).map_err(io_error)?;
    fs::create_dir_all(folder).map_err(io_error)?;
    write(&target, &text).map_err(io_error)?;
    Ok((target, text))
}

/// The folder where plans are saved when their own folder fails: the user's data folder.
pub fn rescue_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "", "embarquement")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

/// The file's bytes, refusing files larger than a plan may be.
fn read_small(path: &Path) -> io::Result<Vec<u8>> {
    if fs::metadata(path)?.len() > MAX_PLAN_BYTES {
        return Err(io::Error::other("too large"));
    }
    fs::read(path)
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Copies the damaged file at `target` to `PLAN.damaged-<date>`; `None` when it is gone.
fn keep_damaged_copy(target: &Path) -> io::Result<Option<PathBuf>> {
    let mut source = match fs::File::open(target) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    let copy = free_name(sibling(target, &format!(".damaged-{}", stamp())));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&copy)?;
    io::copy(&mut source, &mut file)?;
    file.sync_all()?;
    Ok(Some(copy))
}

/// `path`, or the same name with `-2`, `-3`… before its `.yaml` (or at its end): the first that
/// does not exist.
fn free_name(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (base, extension) = match name.strip_suffix(".yaml") {
        Some(base) => (base, ".yaml"),
        None => (name.as_str(), ""),
    };
    std::iter::once(path.clone())
        .chain((2..).map(|n| path.with_file_name(format!("{base}-{n}{extension}"))))
        .find(|candidate| !candidate.exists())
        .unwrap_or(path)
}

/// The local date and time, for file names.
fn stamp() -> String {
    jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string()
}
