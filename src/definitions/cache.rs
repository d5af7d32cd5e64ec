//! A cache of large definition folders: each valid set read from YAML is written as JSON (on a
//! background thread) in the user's cache folder, named from its digest and the program that wrote
//! it, so that the next start reads the JSON (several times faster, in a fraction of the memory)
//! and validates it as usual.
//!
//! The cache can only make loading faster: an entry that is missing, unreadable, cut or from
//! another program is ignored (and replaced), and a cache that cannot be written is not used.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::SystemTime;

use directories::ProjectDirs;

use super::diagnostic::SourceFile;
use super::json::{self, JsonFile};
use super::load::base_name;
use super::validate::Parts;

/// Sets whose files weigh less than this together are parsed from YAML, fast enough, and never
/// cached: ordinary use writes nothing to the user's disk.
pub const MIN_BYTES: u64 = 64 * 1024;

/// The most entries kept; the oldest are removed when a new one is written.
const MAX_ENTRIES: usize = 4;

/// What an entry's name starts with.
const PREFIX: &str = "definitions-";

/// The start of the name of an entry being written.
const TEMPORARY_PREFIX: &str = ".definitions-";

/// The program and schema an entry belongs to: the package version and a hash of the schema's
/// source made by `build.rs`. The leading `1` is the layout of an entry: bump it when that changes.
const STAMP: &str = concat!(
    "1-",
    env!("CARGO_PKG_VERSION"),
    "-",
    env!("EMBARQUEMENT_SCHEMA_HASH")
);

/// The user's cache folder for definitions (`~/.cache/embarquement/definitions` on Linux), if
/// the system has one.
pub(super) fn default_dir() -> Option<PathBuf> {
    ProjectDirs::from("fr", "", "embarquement").map(|dirs| dirs.cache_dir().join("definitions"))
}

/// How a folder load uses the cache.
pub(super) struct Cache<'a> {
    /// The folder of the entries.
    pub dir: &'a Path,
    /// Sets smaller than this (total bytes of their files) are not cached.
    pub min_bytes: u64,
}

impl<'a> Cache<'a> {
    /// The cache in `dir`, for sets of [`MIN_BYTES`] or more.
    pub fn new(dir: &'a Path) -> Self {
        Cache {
            dir,
            min_bytes: MIN_BYTES,
        }
    }
}

/// The file name of the entry of the set of `digest`.
fn entry_name(digest: &str) -> String {
    let hash = digest.strip_prefix("sha256:").unwrap_or(digest);
    format!("{PREFIX}{hash}-{STAMP}.json")
}

/// The first line of an entry.
fn header(digest: &str) -> String {
    format!("embarquement definitions {STAMP} {digest}")
}

/// The parts of `files` read from their entry, when there is a whole one for exactly these files.
///
/// An entry is a header line, then one line per file: base name, tab, `kind:`, tab, JSON.
pub(super) fn read(dir: &Path, files: &[SourceFile], digest: &str) -> Option<Parts> {
    let text = fs::read_to_string(dir.join(entry_name(digest))).ok()?;
    let mut lines = text.split('\n');
    if lines.next()? != header(digest) {
        return None;
    }
    let mut entries = Vec::with_capacity(files.len());
    for file in files {
        let (name, rest) = lines.next()?.split_once('\t')?;
        let (kind, json) = rest.split_once('\t')?;
        if name != base_name(&file.name) {
            return None;
        }
        entries.push(JsonFile {
            name: &file.name,
            kind,
            json,
        });
    }
    // A whole entry ends with a newline after its last file.
    if lines.next() != Some("") || lines.next().is_some() {
        return None;
    }
    json::parts(entries).ok()
}

/// Writes the entry of the files named `names` (base names, in the order of the source files) to
/// `out`, from their parts; an error when one of them cannot be written.
fn write_entry(
    out: &mut impl Write,
    names: &[String],
    digest: &str,
    parts: &Parts,
) -> io::Result<()> {
    writeln!(out, "{}", header(digest))?;
    for (index, name) in names.iter().enumerate() {
        if name.contains(['\t', '\n']) {
            return Err(io::Error::other("a file name with a tab or a line break"));
        }
        write!(out, "{name}\t")?;
        json::write_file(out, parts, index)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The background writes that [`finish_pending_writes`] waits for.
static PENDING: Mutex<Vec<JoinHandle<()>>> = Mutex::new(Vec::new());

/// The entry of `files` (of digest `digest`), made from their `parts`; `None` when it cannot be
/// made (a file name that an entry cannot hold).
pub(super) fn entry(files: &[SourceFile], digest: &str, parts: &Parts) -> Option<Vec<u8>> {
    let names: Vec<String> = files
        .iter()
        .map(|file| base_name(&file.name).to_string())
        .collect();
    // An entry is about as long as the YAML it is made from: one allocation, no copies as it grows.
    let yaml_bytes: usize = files.iter().map(|file| file.text.len()).sum();
    let mut out = Vec::with_capacity(yaml_bytes + yaml_bytes / 4);
    write_entry(&mut out, &names, digest, parts).ok()?;
    Some(out)
}

/// Stores `entry`, of the set of digest `digest`, in `dir` on a thread of its own, so that loading
/// does not wait for it; [`finish_pending_writes`] waits for it. When no thread can be started,
/// nothing is written.
pub(super) fn store_in_background(dir: &Path, digest: &str, entry: Vec<u8>) {
    let dir = dir.to_path_buf();
    let digest = digest.to_string();
    let thread = std::thread::Builder::new().name("definitions-cache".into());
    // A folder that cannot be written is no error.
    if let Ok(handle) = thread.spawn(move || {
        let _ = store(&dir, &digest, &entry);
    }) {
        pending().push(handle);
    }
}

/// The list of background writes, even after a thread panicked while holding it.
fn pending() -> std::sync::MutexGuard<'static, Vec<JoinHandle<()>>> {
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Waits for the cache entries still being written in the background; call it before the program
/// exits, so that a quick exit does not lose them.
pub fn finish_pending_writes() {
    // The lock is held while waiting, so that a second caller returns only once every write is over.
    let mut pending = pending();
    for write in pending.drain(..) {
        // The cache only ever saves time: a write that failed, even by panicking, is no error.
        let _ = write.join();
    }
}

/// Writes `entry`, of the set of digest `digest`, atomically (temporary file in `dir`, then
/// rename), then removes the oldest entries beyond [`MAX_ENTRIES`].
fn store(dir: &Path, digest: &str, entry: &[u8]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .tempfile_in(dir)?;
    temp.write_all(entry)?;
    let name = entry_name(digest);
    temp.persist(dir.join(&name)).map_err(|err| err.error)?;
    prune(dir, &name);
    Ok(())
}

/// Removes the entries of `dir` other than `keep`, oldest first, beyond [`MAX_ENTRIES`] in all.
fn prune(dir: &Path, keep: &str) {
    let Ok(listing) = fs::read_dir(dir) else {
        return;
    };
    let mut others: Vec<(SystemTime, PathBuf)> = listing
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name();
            let name = name.to_str()?;
            let modified = entry.metadata().ok()?.modified().ok()?;
            if is_abandoned_temporary(name, modified) {
                let _ = fs::remove_file(entry.path());
                return None;
            }
            if !name.starts_with(PREFIX) || !name.ends_with(".json") || name == keep {
                return None;
            }
            Some((modified, entry.path()))
        })
        .collect();
    others.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, path) in others.into_iter().skip(MAX_ENTRIES - 1) {
        let _ = fs::remove_file(path);
    }
}

/// True for a temporary entry that a process killed while writing it left behind: one that no
/// writer has touched for an hour (a write takes milliseconds).
fn is_abandoned_temporary(name: &str, modified: SystemTime) -> bool {
    name.starts_with(TEMPORARY_PREFIX)
        && modified
            .elapsed()
            .is_ok_and(|age| age > std::time::Duration::from_secs(3600))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definitions::load::{digest, from_dir_with_cache, load_dir, read_dir};
    use crate::definitions::{Definitions, DefinitionsError, Origin, validate};

    fn fixture_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal")
    }

    /// Loads `dir` through the cache in `cache`, whatever the size of the set.
    fn load(dir: &Path, cache: &Path) -> Result<Definitions, DefinitionsError> {
        let cache = Cache {
            dir: cache,
            min_bytes: 0,
        };
        let loaded = load_dir(dir, Some(cache));
        finish_pending_writes();
        loaded
    }

    /// The names of the entries in `cache`.
    fn entries(cache: &Path) -> Vec<String> {
        let Ok(listing) = fs::read_dir(cache) else {
            return Vec::new();
        };
        let mut names: Vec<String> = listing
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// The fixture read back from its entry in `cache`, then validated.
    fn from_entry(cache: &Path) -> Option<Definitions> {
        let files = read_dir(&fixture_dir()).unwrap();
        let digest = digest(&files);
        let parts = read(cache, &files, &digest)?;
        let origin = Origin::Dir(fixture_dir());
        Some(
            validate::assemble(&files, parts, origin, digest).unwrap_or_else(|err| panic!("{err}")),
        )
    }

    fn yaml() -> String {
        let defs = from_dir_with_cache(&fixture_dir(), None).unwrap_or_else(|err| panic!("{err}"));
        format!("{defs:?}")
    }

    #[test]
    fn the_cached_route_loads_the_same_definitions_as_the_yaml() {
        let cache = tempfile::tempdir().unwrap();
        let first = load(&fixture_dir(), cache.path()).unwrap();
        assert_eq!(format!("{first:?}"), yaml());
        let [entry] = &entries(cache.path())[..] else {
            panic!("one entry: {:?}", entries(cache.path()));
        };
        assert!(entry.starts_with(PREFIX) && entry.contains(env!("CARGO_PKG_VERSION")));
        let cached = from_entry(cache.path()).expect("the entry is read");
        assert_eq!(format!("{cached:?}"), yaml());
        let second = load(&fixture_dir(), cache.path()).unwrap();
        assert_eq!(format!("{second:?}"), yaml());
    }

    #[test]
    fn a_damaged_entry_is_ignored_and_replaced() {
        let cache = tempfile::tempdir().unwrap();
        load(&fixture_dir(), cache.path()).unwrap();
        let path = cache.path().join(&entries(cache.path())[0]);
        let whole = fs::read_to_string(&path).unwrap();
        let cut = &whole[..whole.len() - 10];
        let swapped = whole.replacen("\tstages\t", "\toffer\t", 1);
        assert_ne!(swapped, whole);
        for damaged in [cut, "", "not json\n", swapped.as_str()] {
            fs::write(&path, damaged).unwrap();
            assert!(from_entry(cache.path()).is_none(), "{damaged:.40}");
            let defs = load(&fixture_dir(), cache.path()).unwrap();
            assert_eq!(format!("{defs:?}"), yaml());
            assert_eq!(fs::read_to_string(&path).unwrap(), whole, "replaced");
        }
    }

    #[test]
    fn an_entry_that_does_not_validate_is_replaced_from_the_yaml() {
        let cache = tempfile::tempdir().unwrap();
        load(&fixture_dir(), cache.path()).unwrap();
        let path = cache.path().join(&entries(cache.path())[0]);
        let whole = fs::read_to_string(&path).unwrap();
        let wrong = whole.replace("\"number\":2", "\"number\":9");
        assert_ne!(wrong, whole);
        fs::write(&path, wrong).unwrap();
        let defs = load(&fixture_dir(), cache.path()).unwrap();
        assert_eq!(format!("{defs:?}"), yaml());
        assert_eq!(fs::read_to_string(&path).unwrap(), whole);
    }

    #[test]
    fn temporary_entries_left_by_a_killed_writer_are_removed() {
        let cache = tempfile::tempdir().unwrap();
        let abandoned = cache.path().join(".definitions-abandoned");
        let fresh = cache.path().join(".definitions-being-written");
        fs::write(&abandoned, "{").unwrap();
        fs::write(&fresh, "{").unwrap();
        let two_hours_ago = SystemTime::now() - std::time::Duration::from_secs(7200);
        fs::File::options()
            .write(true)
            .open(&abandoned)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
        load(&fixture_dir(), cache.path()).unwrap();
        assert!(!abandoned.exists(), "an hour-old temporary file is removed");
        assert!(fresh.exists(), "a recent one may still be written");
    }

    #[test]
    fn small_sets_and_invalid_sets_are_not_cached() {
        let cache = tempfile::tempdir().unwrap();
        from_dir_with_cache(&fixture_dir(), Some(cache.path())).unwrap();
        assert_eq!(
            entries(cache.path()),
            Vec::<String>::new(),
            "under MIN_BYTES"
        );

        let dir = tempfile::tempdir().unwrap();
        for entry in fs::read_dir(fixture_dir()).unwrap() {
            let path = entry.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            let text = text.replace("    number: 2\n", "    number: 9\n");
            fs::write(dir.path().join(path.file_name().unwrap()), text).unwrap();
        }
        assert!(load(dir.path(), cache.path()).is_err());
        assert_eq!(entries(cache.path()), Vec::<String>::new(), "invalid");
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_no_error() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let cache = file.path().join("definitions");
        let defs = load(&fixture_dir(), &cache).unwrap();
        assert_eq!(format!("{defs:?}"), yaml());
    }

    #[test]
    fn old_entries_are_removed() {
        let cache = tempfile::tempdir().unwrap();
        for n in 0..MAX_ENTRIES + 2 {
            fs::write(cache.path().join(format!("{PREFIX}{n}.json")), "").unwrap();
        }
        fs::write(cache.path().join("other"), "").unwrap();
        load(&fixture_dir(), cache.path()).unwrap();
        let names = entries(cache.path());
        assert_eq!(names.len(), MAX_ENTRIES + 1, "{names:?}");
        assert!(names.contains(&"other".to_string()));
        assert!(names.iter().any(|name| name.contains(STAMP)));
    }
}
