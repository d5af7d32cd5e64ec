//! The schema types to and from JSON: the copies `build.rs` compiles in and the cache entries of
//! large folders both load without parsing YAML, then go through the same validation.

use serde::Serialize;
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

/// The `kind:` and the JSON of each of the `count` source files of `parts`, in their order; `None`
/// when a file is missing from `parts` or cannot be written.
pub(super) fn write(parts: &Parts, count: usize) -> Option<Vec<(&'static str, String)>> {
    let mut files: Vec<Option<(&'static str, String)>> = vec![None; count];
    put(&mut files, "offer", &parts.offer)?;
    put(&mut files, "stages", &parts.stages)?;
    put(&mut files, "questionnaire", &parts.questionnaires)?;
    put(&mut files, "training", &parts.training)?;
    files.into_iter().collect()
}

/// Writes each of `items` as JSON in its source file's slot.
fn put<T: Serialize>(
    files: &mut [Option<(&'static str, String)>],
    kind: &'static str,
    items: &[(usize, T)],
) -> Option<()> {
    for (index, item) in items {
        *files.get_mut(*index)? = Some((kind, serde_json::to_string(item).ok()?));
    }
    Some(())
}
