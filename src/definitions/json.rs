//! The schema types from JSON: the copies of the embedded set that `build.rs` compiles in load
//! without parsing YAML, then go through the same validation.

use serde::de::DeserializeOwned;

use super::validate::Parts;

/// One definition file as JSON.
pub(super) struct JsonFile<'a> {
    /// The file's name, for messages.
    pub name: &'a str,
    /// Its `kind:`.
    pub kind: &'a str,
    /// Its content.
    pub json: &'a str,
}

/// The files read from JSON, the n-th being source file n; or why one of them cannot be.
pub(super) fn parts<'a>(files: impl IntoIterator<Item = JsonFile<'a>>) -> Result<Parts, String> {
    let mut parts = Parts::default();
    for (index, file) in files.into_iter().enumerate() {
        match file.kind {
            "offer" => parts.offer.push((index, read(&file)?)),
            "stages" => parts.stages.push((index, read(&file)?)),
            "questionnaire" => parts.questionnaires.push((index, read(&file)?)),
            "training" => parts.training.push((index, read(&file)?)),
            _ => return Err(format!("{}: no JSON copy", file.name)),
        }
    }
    Ok(parts)
}

/// One file read from JSON.
fn read<T: DeserializeOwned>(file: &JsonFile) -> Result<T, String> {
    serde_json::from_str(file.json).map_err(|err| format!("{}: {err}", file.name))
}
