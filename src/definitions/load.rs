//! Reading definition files: the set embedded in the binary, or every `*.yaml` of a folder.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::diagnostic::{DefinitionsError, Diagnostic, Message, SourceFile};
use super::embedded;
use super::schema::FileHeader;
use super::validate::{self, Parts};
use super::{Definitions, Origin};
use crate::files::{self, Links, ReadError};
use crate::i18n::{fill, problems};
use crate::sanitize;
use crate::yaml::{self, Problem};

/// The largest definition file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// The most definition files read from one folder.
pub const MAX_FILES: usize = 64;

/// Where a definition set is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    /// The set compiled into the binary from `questionnaires/`.
    Embedded,
    /// Every `*.yaml` / `*.yml` file of a folder.
    Folder(&'a Path),
}

/// Reads, parses and validates the definition set of `source`; the error lists every problem
/// found, each read `file:line:column: message`.
pub fn load(source: Source) -> Result<Definitions, DefinitionsError> {
    match source {
        Source::Embedded => embedded(),
        Source::Folder(dir) => from_sources(read_dir(dir)?, Origin::Dir(dir.to_path_buf())),
    }
}

/// The embedded definitions from their JSON copies, then validated; their YAML is parsed instead if
/// a copy is missing or does not fit the schema.
fn embedded() -> Result<Definitions, DefinitionsError> {
    let files = embedded::sources();
    match embedded::compiled_parts() {
        Ok(parts) => {
            let digest = digest(&files);
            validate::assemble(&files, parts, Origin::Embedded, digest)
        }
        Err(_) => from_sources(files, Origin::Embedded),
    }
}

/// The definition files of `dir`, read as text, sorted by path.
fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, DefinitionsError> {
    let whole = |message: Message| DefinitionsError {
        diagnostics: vec![Diagnostic {
            file: dir.display().to_string(),
            line: 0,
            column: 0,
            message,
        }],
    };
    let entries = fs::read_dir(dir)
        .map_err(|err| whole(Message::new(|s| fill(s.defs_folder_unreadable, &[&err]))))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        // Everything named `*.yaml` but a folder is read, so that a pipe or a link to nowhere in
        // its place is reported, not skipped.
        .filter(|path| {
            !path.is_dir()
                && matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml")
                )
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(whole(Message::new(|s| s.defs_no_file.to_string())));
    }
    if paths.len() > MAX_FILES {
        let count = paths.len();
        let message = Message::new(|s| fill(s.defs_too_many_files, &[&count, &MAX_FILES]));
        return Err(whole(message));
    }
    let mut files = Vec::with_capacity(paths.len());
    let mut diagnostics = Vec::new();
    for path in &paths {
        match read_text(path) {
            Ok(text) => files.push(SourceFile {
                name: path.display().to_string(),
                text,
            }),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    if !diagnostics.is_empty() {
        return Err(DefinitionsError { diagnostics });
    }
    Ok(files)
}

/// Reads a file as UTF-8 text (a leading byte-order mark is dropped), refusing oversized files
/// and anything but a regular file (a named pipe is refused at once, never waited on).
fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let name = path.display().to_string();
    let fail = |message: Message| Diagnostic {
        file: name.clone(),
        line: 0,
        column: 1,
        message,
    };
    let bytes = files::read_regular(path, Links::Follow, MAX_FILE_BYTES).map_err(|error| {
        fail(match error {
            ReadError::Io(err) => Message::new(move |s| fill(s.defs_file_unreadable, &[&err])),
            ReadError::NotRegular(kind) => {
                Message::new(move |s| fill(s.defs_not_a_file, &[&kind.words(s)]))
            }
            ReadError::TooLarge(size) => too_large(size),
        })
    })?;
    decode(&name, bytes)
}

/// The message for a file of `size` bytes, over [`MAX_FILE_BYTES`].
fn too_large(size: u64) -> Message {
    Message::new(|s| fill(s.defs_file_too_large, &[&size, &MAX_FILE_BYTES]))
}

/// The text of a file's bytes: within [`MAX_FILE_BYTES`], UTF-8, a leading byte-order mark dropped.
/// The bytes become the text without a copy.
fn decode(name: &str, mut bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let fail = |line: usize, message: Message| Diagnostic {
        file: name.to_string(),
        line,
        column: 1,
        message,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(0, too_large(bytes.len() as u64)));
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let line = yaml::line_breaks(valid) + 1;
        fail(line, Message::new(|s| s.defs_not_utf8.to_string()))
    })
}

/// The UTF-8 byte-order mark, accepted at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Loads and validates a definition set given as named file contents, with the same checks as a
/// folder's (size cap, UTF-8, parsing, validation).
#[cfg(test)]
fn from_bytes(files: &[(&str, &[u8])]) -> Result<Definitions, DefinitionsError> {
    let mut sources = Vec::with_capacity(files.len());
    let mut diagnostics = Vec::new();
    for (name, bytes) in files.iter().take(MAX_FILES) {
        match decode(name, bytes.to_vec()) {
            Ok(text) => sources.push(SourceFile {
                name: (*name).to_string(),
                text,
            }),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    if !diagnostics.is_empty() {
        return Err(DefinitionsError { diagnostics });
    }
    from_sources(sources, Origin::Dir(PathBuf::from("bytes")))
}

/// Parses each file by its `kind:`, then validates the whole set.
fn from_sources(files: Vec<SourceFile>, origin: Origin) -> Result<Definitions, DefinitionsError> {
    let parts = parse(&files)?;
    let digest = digest(&files);
    validate::assemble(&files, parts, origin, digest)
}

/// Parses each file by its `kind:`, reporting every file that does not parse.
fn parse(files: &[SourceFile]) -> Result<Parts, DefinitionsError> {
    let mut parts = Parts::default();
    let mut diagnostics = Vec::new();
    for (index, file) in files.iter().enumerate() {
        if let Err(diagnostic) = parse_file(index, file, &mut parts) {
            diagnostics.push(diagnostic);
        }
    }
    if diagnostics.is_empty() {
        Ok(parts)
    } else {
        Err(DefinitionsError { diagnostics })
    }
}

/// Parses one file into the list of its kind, reading the text once.
fn parse_file(index: usize, file: &SourceFile, parsed: &mut Parts) -> Result<(), Diagnostic> {
    let located = |err: yaml::YamlError| {
        file.at(
            err.line,
            err.column,
            Message::new(|s| problems::message(&err, s)),
        )
    };
    let kind = match top_level_kind(&file.text) {
        Some(kind) => kind.to_string(),
        None => header_kind(file)?,
    };
    match kind.as_str() {
        "offer" => parsed
            .offer
            .push((index, yaml::from_str(&file.text).map_err(located)?)),
        "stages" => parsed
            .stages
            .push((index, yaml::from_str(&file.text).map_err(located)?)),
        "questionnaire" => parsed
            .questionnaires
            .push((index, yaml::from_str(&file.text).map_err(located)?)),
        "training" => parsed
            .training
            .push((index, yaml::from_str(&file.text).map_err(located)?)),
        other => {
            let shown = sanitize::quote(other);
            let message = Message::new(|s| fill(s.defs_unknown_kind, &[&shown]));
            return Err(file.at_key("kind", other, 0, message));
        }
    }
    Ok(())
}

/// The value of a plain `kind: word` line at the top level, found without parsing the file.
///
/// Only a line starting at column 1 counts, and only a bare word (letters and `_`), so that the
/// answer is the one a YAML parser would give; anything else is left to [`header_kind`].
fn top_level_kind(text: &str) -> Option<&str> {
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix("kind:"))?
        .trim();
    let word = value.split(" #").next().unwrap_or(value).trim_end();
    let bare = !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    bare.then_some(word)
}

/// The `kind:` of a file whose text does not show it plainly, read by the YAML parser so that a
/// problem is reported at its place.
fn header_kind(file: &SourceFile) -> Result<String, Diagnostic> {
    let header: FileHeader = yaml::from_str(&file.text).map_err(|err| match &err.problem {
        Problem::MissingKey(key) if key == "kind" && err.path.is_empty() => {
            file.at(1, 1, Message::new(|s| s.defs_missing_kind.to_string()))
        }
        _ => file.at(
            err.line,
            err.column,
            Message::new(|s| problems::message(&err, s)),
        ),
    })?;
    Ok(header.kind)
}

/// `sha256:` of the files' base names and texts, sorted by name, so that the embedded set and a
/// copy of it in a folder have the same digest.
fn digest(files: &[SourceFile]) -> String {
    let mut sorted: Vec<(&str, &SourceFile)> =
        files.iter().map(|f| (base_name(&f.name), f)).collect();
    sorted.sort_by_key(|(name, _)| *name);
    let mut hasher = Sha256::new();
    for (name, file) in sorted {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(file.text.as_bytes());
        hasher.update([0]);
    }
    let hash = hasher.finalize();
    let hex: String = hash.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("sha256:{hex}")
}

/// The name of a file without its folder.
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Loads a definition set from named texts, as if read from a folder called `test`.
#[cfg(test)]
pub(crate) fn from_texts(files: &[(&str, &str)]) -> Result<Definitions, DefinitionsError> {
    let files = files
        .iter()
        .map(|(name, text)| SourceFile {
            name: (*name).to_string(),
            text: (*text).to_string(),
        })
        .collect();
    from_sources(files, Origin::Dir(PathBuf::from("test")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_copies_load_the_same_definitions_as_the_yaml() {
        let compiled = load(Source::Embedded).unwrap_or_else(|err| panic!("{err}"));
        let parsed = from_sources(embedded::sources(), Origin::Embedded)
            .unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(format!("{compiled:?}"), format!("{parsed:?}"));
        assert_eq!(compiled.digest, parsed.digest);
    }

    /// The minimal test set with `name` replaced by `text`, loaded from bytes.
    fn load_with(name: &str, text: &[u8]) -> Result<Definitions, DefinitionsError> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal");
        let names = [
            "offer.yaml",
            "stages.yaml",
            "prequalification.yaml",
            "qualification.yaml",
            "training.yaml",
        ];
        let texts: Vec<Vec<u8>> = names
            .iter()
            .map(|file| {
                if *file == name {
                    text.to_vec()
                } else {
                    fs::read(dir.join(file)).unwrap()
                }
            })
            .collect();
        let files: Vec<(&str, &[u8])> = names
            .iter()
            .copied()
            .zip(texts.iter().map(Vec::as_slice))
            .collect();
        from_bytes(&files)
    }

    fn errors(result: Result<Definitions, DefinitionsError>) -> Vec<String> {
        result
            .expect_err("refused")
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_kind_is_read_from_its_line_when_plain() {
        assert_eq!(top_level_kind("# x\nkind: stages\n"), Some("stages"));
        assert_eq!(
            top_level_kind("kind: training # the paths\n"),
            Some("training")
        );
        assert_eq!(top_level_kind("kind: \"stages\"\n"), None);
        assert_eq!(top_level_kind("  kind: stages\n"), None);
        assert_eq!(top_level_kind("title: x\n"), None);
    }

    #[test]
    fn a_quoted_kind_is_read_by_the_parser() {
        let training = b"kind: \"training\"\npaths: []\n";
        let defs = load_with("training.yaml", training).unwrap_or_else(|err| panic!("{err}"));
        assert!(defs.training.is_some());
    }

    #[test]
    fn a_key_given_twice_is_reported_at_the_second() {
        let stages = fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/definitions/minimal/stages.yaml"),
        )
        .unwrap();
        let twice = stages.replacen("    number: 1\n", "    number: 1\n    number: 2\n", 1);
        assert_eq!(
            errors(load_with("stages.yaml", twice.as_bytes())),
            [
                "stages.yaml:5:5: stages[0]: the key `number` appears twice: each key may appear once"
            ]
        );
    }

    #[test]
    fn aliases_are_refused() {
        let training = b"kind: training\npaths: &p []\ngeneral_tracks: *p\n";
        assert_eq!(
            errors(load_with("training.yaml", training)),
            [
                "training.yaml:3:17: anchors and aliases (`&name`, `*name`) are not accepted: write the value out in full"
            ]
        );
    }

    #[test]
    fn bytes_are_checked_like_files() {
        assert_eq!(
            errors(load_with("offer.yaml", b"kind: offer\n# caf\xE9\n")),
            ["offer.yaml:2:1: not UTF-8 text: save the file as UTF-8"]
        );
        let big = vec![b'#'; MAX_FILE_BYTES as usize + 1];
        assert!(
            errors(load_with("offer.yaml", &big))[0].contains("more than the 2097152 accepted")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_in_a_definitions_folder_is_refused_at_once() {
        let fixture =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal");
        let dir = tempfile::tempdir().unwrap();
        for entry in fs::read_dir(&fixture).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
        let pipe = dir.path().join("training.yaml");
        fs::remove_file(&pipe).unwrap();
        crate::files::mkfifo(&pipe);
        let errors = errors(load(Source::Folder(dir.path())));
        assert_eq!(
            errors,
            [format!(
                "{}:1:1: not a file but a named pipe: give a definition file (*.yaml), or remove this one",
                pipe.display()
            )]
        );
    }
}
