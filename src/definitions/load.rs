//! Reading definition files: the set embedded in the binary, or every `*.yaml` of a folder.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::diagnostic::{DefinitionsError, Diagnostic, SourceFile};
use super::schema::{FileHeader, OfferFile, Questionnaire, StagesFile, TrainingFile};
use super::{Definitions, Origin, validate};
use crate::yaml;

/// The largest definition file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// The most definition files read from one folder.
pub const MAX_FILES: usize = 64;

/// Loads and validates the embedded definitions (from the JSON copies `build.rs` made of them).
pub fn embedded() -> Result<Definitions, DefinitionsError> {
    super::embedded::load()
}

/// Parses and validates the YAML of the embedded definitions, as `validate` does for a folder.
pub fn embedded_from_yaml() -> Result<Definitions, DefinitionsError> {
    super::embedded::load_yaml()
}

/// Loads and validates every `*.yaml` / `*.yml` file of `dir`.
pub fn from_dir(dir: &Path) -> Result<Definitions, DefinitionsError> {
    let whole = |message: String| DefinitionsError {
        diagnostics: vec![Diagnostic {
            file: dir.display().to_string(),
            line: 0,
            column: 0,
            message,
        }],
    };
    let entries = fs::read_dir(dir).map_err(|err| {
        whole(format!(
            "cannot read the folder ({err}); give a folder of definition files (*.yaml)"
        ))
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.is_file()
                && matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml")
                )
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(whole("no definition file (*.yaml) in this folder".into()));
    }
    if paths.len() > MAX_FILES {
        return Err(whole(format!(
            "{} definition files, more than the {MAX_FILES} accepted",
            paths.len()
        )));
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
    from_sources(files, Origin::Dir(dir.to_path_buf()))
}

/// Reads a file as UTF-8 text (a leading byte-order mark is dropped), refusing oversized files.
fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let fail = |line: usize, message: String| Diagnostic {
        file: path.display().to_string(),
        line,
        column: 1,
        message,
    };
    let size = fs::metadata(path)
        .map_err(|err| fail(0, format!("cannot read the file: {err}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(fail(
            0,
            format!("the file is {size} bytes, more than the {MAX_FILE_BYTES} accepted"),
        ));
    }
    let bytes = fs::read(path).map_err(|err| fail(0, format!("cannot read the file: {err}")))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|err| {
        let valid = &bytes[..err.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        fail(line, "not UTF-8 text: save the file as UTF-8".into())
    })
}

/// The files of a definition set, sorted by kind.
#[derive(Default)]
struct Parsed {
    offer: Vec<(usize, OfferFile)>,
    stages: Vec<(usize, StagesFile)>,
    questionnaires: Vec<(usize, Questionnaire)>,
    training: Vec<(usize, TrainingFile)>,
}

/// Parses each file by its `kind:`, then validates the whole set.
pub(super) fn from_sources(
    files: Vec<SourceFile>,
    origin: Origin,
) -> Result<Definitions, DefinitionsError> {
    let mut parsed = Parsed::default();
    let mut diagnostics = Vec::new();
    for (index, file) in files.iter().enumerate() {
        if let Err(diagnostic) = parse_file(index, file, &mut parsed) {
            diagnostics.push(diagnostic);
        }
    }
    if !diagnostics.is_empty() {
        return Err(DefinitionsError { diagnostics });
    }
    let digest = digest(&files);
    validate::assemble(files, parsed.into_parts(), origin, digest)
}

impl Parsed {
    fn into_parts(self) -> validate::Parts {
        validate::Parts {
            offer: self.offer,
            stages: self.stages,
            questionnaires: self.questionnaires,
            training: self.training,
        }
    }
}

/// Parses one file into the list of its kind.
fn parse_file(index: usize, file: &SourceFile, parsed: &mut Parsed) -> Result<(), Diagnostic> {
    let located = |err: yaml::YamlError| file.at(err.line, err.column, err.message);
    let header: FileHeader = yaml::from_str(&file.text).map_err(|err| {
        if err.message.contains("missing field `kind`") {
            file.at(
                1,
                1,
                "missing `kind:` (one of offer, stages, questionnaire, training)",
            )
        } else {
            located(err)
        }
    })?;
    match header.kind.as_str() {
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
            return Err(file.at_key(
                "kind",
                other,
                0,
                format!(
                    "unknown kind `{other}`: expected offer, stages, questionnaire or training"
                ),
            ));
        }
    }
    Ok(())
}

/// `sha256:` of the files' base names and texts, sorted by name, so that the embedded set and a
/// copy of it in a folder have the same digest.
pub(super) fn digest(files: &[SourceFile]) -> String {
    let base_name = |file: &SourceFile| -> String {
        let name = file.name.rsplit(['/', '\\']).next().unwrap_or(&file.name);
        name.to_string()
    };
    let mut sorted: Vec<(String, &SourceFile)> = files.iter().map(|f| (base_name(f), f)).collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
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
