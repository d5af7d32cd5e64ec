//! The lock file beside a plan (`PLAN.lock`): one wizard writes to a plan at a time; a second one
//! opens it read-only and can say who holds it.
//!
//! The file holds four `key: value` lines: `pid`, `host`, `user`, `since` (UTC, RFC 3339). A lock
//! whose process is dead on this host is stale and taken over; a lock from another host is never
//! taken over, since its process cannot be checked from here.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::new_file::sibling;
use crate::files::{self, Links};
use crate::i18n::{Strings, fill};
use crate::sanitize;

/// Who holds a plan's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// Process id.
    pub pid: u32,
    /// Host name.
    pub host: String,
    /// User name.
    pub user: String,
    /// When the lock was taken (UTC, RFC 3339).
    pub since: String,
}

impl Holder {
    /// This process, now.
    pub fn me() -> Holder {
        Holder {
            pid: std::process::id(),
            host: host_name(),
            user: user_name(),
            since: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
        }
    }

    /// "user on host (process pid, since …)", in the interface's language, safe to print.
    pub fn describe(&self, strings: &Strings) -> String {
        fill(
            strings.lock_holder,
            &[
                &sanitize::quote(&self.user),
                &sanitize::quote(&self.host),
                &self.pid,
                &local_time(&self.since),
            ],
        )
    }

    /// "user on host", in the interface's language, safe to print.
    pub fn who(&self, strings: &Strings) -> String {
        fill(
            strings.lock_holder_short,
            &[&sanitize::quote(&self.user), &sanitize::quote(&self.host)],
        )
    }

    /// The lock file's text.
    fn to_text(&self) -> String {
        format!(
            "pid: {}\nhost: {}\nuser: {}\nsince: {}\n",
            self.pid,
            one_line(&self.host),
            one_line(&self.user),
            self.since
        )
    }

    /// Reads a lock file's text; `None` when it is not one.
    fn parse(text: &str) -> Option<Holder> {
        let field = |key: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
                .map(str::to_string)
        };
        Some(Holder {
            pid: field("pid")?.parse().ok()?,
            host: field("host").unwrap_or_default(),
            user: field("user").unwrap_or_default(),
            since: field("since").unwrap_or_default(),
        })
    }

    /// True when the holder is a process of this host that no longer runs (or this very process
    /// id, left over by an earlier run in a container that reuses ids).
    fn is_stale(&self) -> bool {
        self.host == host_name() && (self.pid == std::process::id() || !process_alive(self.pid))
    }
}

/// A lock held by this process, removed when dropped.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    text: String,
}

/// The outcome of trying to lock a plan.
#[derive(Debug)]
pub enum Locking {
    /// This process holds the lock.
    Held(Lock),
    /// Another live process holds it.
    HeldBy(Holder),
    /// No lock could be written (read-only folder, folder gone, something else at its name…), for
    /// this reason: the plan opens without one.
    Unavailable(io::Error),
}

/// The lock file of the plan at `plan`: `PLAN.lock`, beside it.
pub fn lock_path(plan: &Path) -> PathBuf {
    sibling(plan, ".lock")
}

/// Takes the lock of the plan at `plan`, taking over a stale one. Whatever stands at the lock's
/// name and is not a lock file (a link, a folder, a pipe) is left alone, and no lock is taken.
pub fn acquire(plan: &Path) -> Locking {
    let path = lock_path(plan);
    let text = Holder::me().to_text();
    // Two rounds: the second comes after a stale lock was removed.
    for _ in 0..2 {
        match create(&path, &text) {
            Ok(()) => return Locking::Held(Lock { path, text }),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
            Err(err) => return Locking::Unavailable(err),
        }
        match read_holder(&path) {
            Ok(Some(holder)) if !holder.is_stale() => return Locking::HeldBy(holder),
            // Removed meanwhile: try again.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Locking::Unavailable(not_a_lock(err)),
            // Stale, or naming nobody (a crash between creating and writing it, a full disk):
            // taken over.
            Ok(_) => {
                if let Err(err) = fs::remove_file(&path)
                    && err.kind() != io::ErrorKind::NotFound
                {
                    return Locking::Unavailable(err);
                }
            }
        }
    }
    match read_holder(&path) {
        Ok(Some(holder)) => Locking::HeldBy(holder),
        _ => Locking::Unavailable(io::ErrorKind::AlreadyExists.into()),
    }
}

/// Why a lock file could not be read: a link, a folder, a pipe… planted or left at its name counts
/// as the name being taken.
fn not_a_lock(error: io::Error) -> io::Error {
    #[cfg(unix)]
    let is_link = error.raw_os_error() == Some(nix::errno::Errno::ELOOP as i32);
    #[cfg(not(unix))]
    let is_link = false;
    if is_link || files::not_regular(&error).is_some() {
        io::ErrorKind::AlreadyExists.into()
    } else {
        error
    }
}

/// The holder named by a lock file; `None` when it names nobody, even after a moment left to a
/// wizard that has just created it and not written it yet.
fn read_holder(path: &Path) -> io::Result<Option<Holder>> {
    if let Some(holder) = Holder::parse(&read_lock(path)?) {
        return Ok(Some(holder));
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    Ok(Holder::parse(&read_lock(path)?))
}

/// The text of the lock file at `path`: a regular file, never a link followed or a pipe waited on.
fn read_lock(path: &Path) -> io::Result<String> {
    let bytes = files::read_regular(path, Links::Refuse, MAX_LOCK_BYTES)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The largest lock file read (one is under 200 bytes).
const MAX_LOCK_BYTES: u64 = 4096;

/// Writes a new lock file, failing if anything is at its name (`O_EXCL`: a link included). A lock
/// file that could not be written whole (a full disk) is removed again, not left naming nobody.
fn create(path: &Path, text: &str) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if written.is_err() && is_same_file(&file, path) {
        let _ = fs::remove_file(path);
    }
    written
}

/// True when `path` still names the open `file` (nobody replaced it meanwhile).
fn is_same_file(file: &fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::symlink_metadata(path)) {
            (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only our own lock is removed, never one that someone else wrote in its place.
        if read_lock(&self.path).is_ok_and(|text| text == self.text) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// A lock's UTC time as the local date and time, or as written when it is not a time.
fn local_time(since: &str) -> String {
    match since.parse::<jiff::Timestamp>() {
        Ok(at) => at
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => sanitize::quote(since),
    }
}

/// Keeps a name on one line, so that it cannot forge another key of the lock file.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// This machine's name.
fn host_name() -> String {
    #[cfg(unix)]
    if let Ok(name) = nix::unistd::gethostname() {
        return name.to_string_lossy().into_owned();
    }
    std::env::var("COMPUTERNAME").unwrap_or_default()
}

/// The user's login name: from the environment, else (on Unix) from the user database.
fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .or_else(account_name)
        .unwrap_or_else(|| "?".to_string())
}

/// The name of this process's user account.
#[cfg(unix)]
fn account_name() -> Option<String> {
    Some(super::ownership::user_name(nix::unistd::getuid().as_raw()))
}

/// The name of this process's user account (not looked up here).
#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// True when a process of this id runs on this host (or might: unknown counts as alive).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        use nix::errno::Errno;
        use nix::unistd::Pid;
        let Ok(pid) = i32::try_from(pid) else {
            return false;
        };
        // No signal: only whether the process exists (and may be signalled, or not: EPERM).
        matches!(
            nix::sys::signal::kill(Pid::from_raw(pid), None),
            Ok(()) | Err(Errno::EPERM)
        )
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn plan_in(dir: &Path) -> PathBuf {
        dir.join("plan.yaml")
    }

    /// The lock of `plan`, which must be free.
    fn take(plan: &Path) -> Lock {
        match acquire(plan) {
            Locking::Held(lock) => lock,
            outcome => panic!("not locked: {outcome:?}"),
        }
    }

    /// A process id that does not run: a child that has exited and been waited for.
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[test]
    fn the_lock_names_its_holder_and_goes_away_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path());
        let lock = take(&plan);
        let text = fs::read_to_string(dir.path().join("plan.yaml.lock")).unwrap();
        let holder = Holder::parse(&text).unwrap();
        assert_eq!(holder.pid, std::process::id());
        assert_eq!(holder.host, host_name());
        assert!(holder.since.ends_with('Z'), "{text}");
        assert_ne!(holder.user, "", "{text}");
        drop(lock);
        assert!(!lock_path(&plan).exists());
    }

    #[test]
    fn a_live_holder_keeps_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path());
        let other = Holder {
            pid: std::os::unix::process::parent_id(),
            ..Holder::me()
        };
        fs::write(lock_path(&plan), other.to_text()).unwrap();
        match acquire(&plan) {
            Locking::HeldBy(holder) => assert_eq!(holder, other),
            outcome => panic!("{outcome:?}"),
        }
        assert_eq!(
            fs::read_to_string(lock_path(&plan)).unwrap(),
            other.to_text()
        );
    }

    #[test]
    fn a_holder_this_user_may_not_signal_still_counts_as_running() {
        // Process 1 always runs; as any user but the administrator, signalling it is refused.
        assert!(process_alive(1));
        assert!(!process_alive(dead_pid()));
        assert!(
            !process_alive(u32::MAX),
            "no process has an id past i32::MAX"
        );
    }

    #[test]
    fn a_lock_from_another_host_is_never_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path());
        let other = Holder {
            pid: dead_pid(),
            host: "ailleurs.example".into(),
            ..Holder::me()
        };
        fs::write(lock_path(&plan), other.to_text()).unwrap();
        assert!(matches!(acquire(&plan), Locking::HeldBy(holder) if holder == other));
    }

    #[test]
    fn a_stale_or_empty_lock_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path());
        let stale = Holder {
            pid: dead_pid(),
            ..Holder::me()
        };
        for text in [stale.to_text(), String::new()] {
            fs::write(lock_path(&plan), text).unwrap();
            let Locking::Held(lock) = acquire(&plan) else {
                panic!("the stale lock was not taken over")
            };
            let holder = Holder::parse(&fs::read_to_string(lock_path(&plan)).unwrap()).unwrap();
            assert_eq!(holder.pid, std::process::id());
            drop(lock);
        }
    }

    #[test]
    fn a_lock_replaced_by_someone_else_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path());
        let lock = take(&plan);
        fs::write(lock_path(&plan), "pid: 1\n").unwrap();
        drop(lock);
        assert!(lock_path(&plan).exists());
    }

    #[test]
    fn no_folder_no_lock() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("gone/plan.yaml");
        assert!(matches!(acquire(&plan), Locking::Unavailable(_)));
    }

    #[test]
    fn names_cannot_add_lines() {
        let holder = Holder {
            user: "x\npid: 1".into(),
            ..Holder::me()
        };
        assert_eq!(Holder::parse(&holder.to_text()).unwrap().pid, holder.pid);
    }
}
