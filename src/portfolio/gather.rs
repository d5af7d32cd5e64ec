//! Which files a portfolio reads: the files named, and the `*.yaml` files of the folders named (of
//! their subfolders too when asked), never through a link that leads out of the folder, never
//! more than [`MAX_FILES`].

use std::fs;
use std::path::{Path, PathBuf};

use super::{Unread, shown};
use crate::i18n::{Lang, fill};
use crate::sanitize;

/// The most files one portfolio reads; the others are counted, not read.
pub const MAX_FILES: usize = 10_000;

/// How deep `--recursive` goes below a folder named.
const MAX_DEPTH: usize = 16;

/// The files to read, and those refused before reading.
#[derive(Debug, Default)]
pub struct Gathered {
    /// The files to read, folders' files in name order.
    pub files: Vec<PathBuf>,
    /// Files or folders refused (a link out, a folder that could not be listed).
    pub unread: Vec<Unread>,
    /// Files beyond [`MAX_FILES`].
    pub left_out: usize,
}

impl Gathered {
    /// Adds `file` to read, or counts it once the cap is reached.
    fn take(&mut self, file: PathBuf) {
        if self.files.len() < MAX_FILES {
            self.files.push(file);
        } else {
            self.left_out += 1;
        }
    }
}

/// The files of `paths`: a folder gives its `*.yaml` files (hidden ones aside), a file is taken
/// as it is.
pub fn gather(paths: &[PathBuf], recursive: bool, lang: Lang) -> Gathered {
    let mut gathered = Gathered::default();
    for path in paths {
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            let root = path.canonicalize().unwrap_or_else(|_| path.clone());
            let depth = if recursive { MAX_DEPTH } else { 0 };
            folder(path, &root, depth, lang, &mut gathered);
        } else {
            gathered.take(path.clone());
        }
    }
    gathered
}

/// True for a name the portfolio reads in a folder: `*.yaml` (`*.plan.yaml` among them), not hidden.
fn is_plan_name(name: &str) -> bool {
    !name.starts_with('.')
        && name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("yaml"))
}

/// Adds the files of the folder `dir` (inside `root`), and of its subfolders down to `depth`.
fn folder(dir: &Path, root: &Path, depth: usize, lang: Lang, gathered: &mut Gathered) {
    let s = lang.strings();
    let listed = fs::read_dir(dir).and_then(|entries| entries.collect::<Result<Vec<_>, _>>());
    let mut entries = match listed {
        Ok(entries) => entries,
        Err(error) => {
            let reason = fill(s.plan_unreadable, &[&dir.display(), &error]);
            gathered.unread.push(Unread {
                file: shown(dir),
                reason: sanitize::line(&reason).into_owned(),
            });
            return;
        }
    };
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if depth > 0 && !name.starts_with('.') {
                folder(&path, root, depth - 1, lang, gathered);
            }
        } else if is_plan_name(&name) {
            let inside = !kind.is_symlink()
                || path
                    .canonicalize()
                    .is_ok_and(|target| target.starts_with(root));
            if inside {
                gathered.take(path);
            } else {
                let reason = fill(s.portfolio_link_out, &[&path.display()]);
                gathered.unread.push(Unread {
                    file: shown(&path),
                    reason: sanitize::line(&reason).into_owned(),
                });
            }
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_yaml_files_in_order_and_no_link_out() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.yaml");
        fs::write(&secret, "x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.plan.yaml",
            "a.yaml",
            "notes.txt",
            ".cache.yaml",
            ".gitlab-ci.yml",
        ] {
            fs::write(root.join(name), "x").unwrap();
        }
        fs::create_dir(root.join("sub")).unwrap();
        fs::write(root.join("sub/c.yaml"), "x").unwrap();
        std::os::unix::fs::symlink(&secret, root.join("out.yaml")).unwrap();
        std::os::unix::fs::symlink(root.join("a.yaml"), root.join("in.yaml")).unwrap();

        let names = |g: &Gathered| -> Vec<String> {
            g.files
                .iter()
                .map(|f| f.strip_prefix(root).unwrap().display().to_string())
                .collect()
        };
        let flat = gather(&[root.to_path_buf()], false, Lang::En);
        assert_eq!(names(&flat), ["a.yaml", "b.plan.yaml", "in.yaml"]);
        assert_eq!(flat.unread.len(), 1, "{:?}", flat.unread);
        assert!(flat.unread[0].reason.contains("out of the folder"));
        let deep = gather(&[root.to_path_buf()], true, Lang::En);
        assert_eq!(
            names(&deep),
            ["a.yaml", "b.plan.yaml", "in.yaml", "sub/c.yaml"]
        );
    }
}
