//! Reading files that other people may have put in place: only regular files are read, and opening
//! one never waits (a named pipe or a device given where a file is expected is refused at once).

use std::fmt;
use std::fs::{File, FileType, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::i18n::Strings;

/// What stands at a path instead of a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotRegular {
    /// A folder.
    Directory,
    /// A named pipe (FIFO): reading it would wait for a writer.
    Fifo,
    /// A Unix socket.
    Socket,
    /// A character or block device (a terminal, `/dev/zero`…).
    Device,
    /// Anything else.
    Other,
}

impl NotRegular {
    /// What a file of this type is, `None` for a regular file.
    fn of(file_type: FileType) -> Option<NotRegular> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(NotRegular::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Some(NotRegular::Fifo);
            }
            if file_type.is_socket() {
                return Some(NotRegular::Socket);
            }
            if file_type.is_char_device() || file_type.is_block_device() {
                return Some(NotRegular::Device);
            }
        }
        Some(NotRegular::Other)
    }

    /// What it is, in the interface's language.
    pub fn words(self, strings: &Strings) -> &'static str {
        match self {
            NotRegular::Directory => strings.kind_folder,
            NotRegular::Fifo => strings.kind_fifo,
            NotRegular::Socket => strings.kind_socket,
            NotRegular::Device => strings.kind_device,
            NotRegular::Other => strings.kind_special,
        }
    }
}

impl fmt::Display for NotRegular {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a regular file ({})", self.words(&crate::i18n::EN))
    }
}

impl std::error::Error for NotRegular {}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Opening or reading failed.
    Io(io::Error),
    /// The path names something other than a regular file.
    NotRegular(NotRegular),
    /// The file holds more than the limit: its size.
    TooLarge(u64),
}

/// Whether a symbolic link at the path itself is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Followed: the file the user named may be a link.
    Follow,
    /// Not followed: a link at this name is refused (files of the program's own).
    Refuse,
}

/// Opens the regular file at `path` for reading, without waiting: the file opened is checked to be
/// a regular file (on the open file, so that it cannot be swapped after the check).
pub fn open_regular(path: &Path, links: Links) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use nix::fcntl::OFlag;
        use std::os::unix::fs::OpenOptionsExt;
        let no_follow = match links {
            Links::Follow => OFlag::empty(),
            Links::Refuse => OFlag::O_NOFOLLOW,
        };
        // Opening a named pipe for reading would wait for a writer; a device may wait too.
        options.custom_flags((OFlag::O_NONBLOCK | no_follow).bits());
    }
    #[cfg(not(unix))]
    let _ = links;
    let file = options.open(path).map_err(ReadError::Io)?;
    let metadata = file.metadata().map_err(ReadError::Io)?;
    match NotRegular::of(metadata.file_type()) {
        Some(kind) => Err(ReadError::NotRegular(kind)),
        None => Ok(file),
    }
}

/// The bytes of the regular file at `path`, refusing more than `limit` bytes (even from a file
/// that grows while it is read).
pub fn read_regular(path: &Path, links: Links, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, links)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

impl From<ReadError> for io::Error {
    /// The error as an [`io::Error`]: a file that is not regular is `InvalidInput`, carrying
    /// [`NotRegular`] (see [`not_regular`]).
    fn from(error: ReadError) -> io::Error {
        match error {
            ReadError::Io(error) => error,
            ReadError::NotRegular(kind) => io::Error::new(io::ErrorKind::InvalidInput, kind),
            ReadError::TooLarge(size) => {
                io::Error::new(io::ErrorKind::FileTooLarge, format!("{size} bytes"))
            }
        }
    }
}

/// What stood in place of a regular file, when `error` says so.
pub fn not_regular(error: &io::Error) -> Option<NotRegular> {
    error.get_ref()?.downcast_ref::<NotRegular>().copied()
}

/// Makes a named pipe at `path`, for tests.
#[cfg(all(test, unix))]
pub(crate) fn mkfifo(path: &Path) {
    nix::unistd::mkfifo(path, nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_named_pipe_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("plan.yaml");
        mkfifo(&pipe);
        let error = read_regular(&pipe, Links::Follow, 100).unwrap_err();
        assert!(
            matches!(error, ReadError::NotRegular(NotRegular::Fifo)),
            "{error:?}"
        );
        let error = read_regular(dir.path(), Links::Follow, 100).unwrap_err();
        assert!(matches!(
            error,
            ReadError::NotRegular(NotRegular::Directory)
        ));
        let error = read_regular(Path::new("/dev/zero"), Links::Follow, 100).unwrap_err();
        assert!(matches!(error, ReadError::NotRegular(NotRegular::Device)));
        let error = io::Error::from(ReadError::NotRegular(NotRegular::Fifo));
        assert_eq!(not_regular(&error), Some(NotRegular::Fifo));
    }

    #[test]
    fn a_link_is_followed_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("real");
        std::fs::write(&file, "texte").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert_eq!(read_regular(&link, Links::Follow, 100).unwrap(), b"texte");
        assert!(matches!(
            read_regular(&link, Links::Refuse, 100),
            Err(ReadError::Io(_))
        ));
        assert!(matches!(
            read_regular(&file, Links::Refuse, 3),
            Err(ReadError::TooLarge(5))
        ));
    }
}
