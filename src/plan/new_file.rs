//! New files of the program's own (recovery copies, copies saved elsewhere, copies of a damaged
//! plan, a plan created by `init`): each is written whole to a temporary file, flushed, then given
//! a name that nothing holds yet. The claim of the name is the check: a file or a link already
//! there, even a link to nowhere, is never written through nor replaced; the next name is tried.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many names [`write_new`] tries before giving up.
const NAMES_TRIED: usize = 1000;

/// Writes `bytes` as a new file at the first of `names` that is free, and returns its path. All the
/// names are in the folder of the first. Fails with `AlreadyExists` when every name is taken.
pub(super) fn write_new(
    names: impl IntoIterator<Item = PathBuf>,
    bytes: &[u8],
) -> io::Result<PathBuf> {
    let mut names = names.into_iter().take(NAMES_TRIED).peekable();
    let Some(first) = names.peek() else {
        return Err(io::ErrorKind::InvalidInput.into());
    };
    let folder = folder_of(first);
    let mut temp = new_file_in(&folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    for name in names {
        match temp.persist_noclobber(&name) {
            Ok(_) => {
                sync_folder(&folder);
                return Ok(name);
            }
            Err(err) if err.error.kind() == io::ErrorKind::AlreadyExists => temp = err.file,
            Err(err) => return Err(err.error),
        }
    }
    Err(io::ErrorKind::AlreadyExists.into())
}

/// Writes `bytes` as a new file at `path` (a report, say): refused with `AlreadyExists` when
/// anything stands at that name, a link to nowhere included.
pub fn create_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_new([path.to_path_buf()], bytes).map(drop)
}

/// Puts a file holding `bytes` at `path` in place of whatever is there, in one rename: a reader
/// sees the old file or the new one, never half of it, and a link at `path` is replaced, not
/// written through.
pub fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = folder_of(path);
    let mut temp = new_file_in(&folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    sync_folder(&folder);
    Ok(())
}

/// `path`, then the same name with `-2`, `-3`… before its `.yaml` (or at its end).
pub(super) fn free_names(path: PathBuf) -> impl Iterator<Item = PathBuf> {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (base, extension) = match name.strip_suffix(".yaml") {
        Some(base) => (base.to_string(), ".yaml"),
        None => (name, ""),
    };
    let numbered = path.clone();
    std::iter::once(path)
        .chain((2..).map(move |n| numbered.with_file_name(format!("{base}-{n}{extension}"))))
}

/// A temporary file for a new file: created with the permissions any new file gets (read-write,
/// less the user's umask), not the owner-only ones of a temporary file, since a plan is shared.
pub(super) fn new_file_in(folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".embarquement-").suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(folder)
}

/// A temporary file in `folder`, readable by its owner only until given other permissions,
/// removed unless persisted. Its random name is created new (`O_EXCL`): never through a link.
pub(super) fn temporary_in(folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".embarquement-")
        .suffix(".tmp")
        .tempfile_in(folder)
}

/// The folder holding `file` (`.` for a bare file name).
pub(super) fn folder_of(file: &Path) -> PathBuf {
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
pub(super) fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = {
        use nix::fcntl::OFlag;
        use std::os::unix::fs::OpenOptionsExt;
        // A folder only: whatever else stands at its name is not opened (nor waited on).
        fs::OpenOptions::new()
            .read(true)
            .custom_flags((OFlag::O_DIRECTORY | OFlag::O_NONBLOCK).bits())
            .open(folder)
    } {
        // A failure here leaves the rename in the page cache only; the data itself is on disk.
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
