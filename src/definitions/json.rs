//! The schema types to and from JSON: the copies `build.rs` compiles in and the cache entries of
//! large folders both load without parsing YAML, then go through the same validation.

use std::io::{self, Write};

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

/// Writes the `kind:`, a tab and the JSON of source file `index` of `parts` to `out`; an error when
/// `parts` has no such file or it cannot be written.
pub(super) fn write_file(out: &mut impl Write, parts: &Parts, index: usize) -> io::Result<()> {
    put(out, "offer", &parts.offer, index)
        .or_else(|| put(out, "stages", &parts.stages, index))
        .or_else(|| put(out, "questionnaire", &parts.questionnaires, index))
        .or_else(|| put(out, "training", &parts.training, index))
        .unwrap_or_else(|| Err(io::Error::other(format!("no part for file {index}"))))
}

/// Writes the item of source file `index` among `items`, if it is there, as `kind`, a tab, JSON.
fn put<T: Serialize>(
    out: &mut impl Write,
    kind: &str,
    items: &[(usize, T)],
    index: usize,
) -> Option<io::Result<()>> {
    let (_, item) = items.iter().find(|(file, _)| *file == index)?;
    Some(write_item(out, kind, item))
}

/// Writes `kind`, a tab and `item` as JSON.
fn write_item<T: Serialize>(out: &mut impl Write, kind: &str, item: &T) -> io::Result<()> {
    out.write_all(kind.as_bytes())?;
    out.write_all(b"\t")?;
    serde_json::to_writer(out, item).map_err(io::Error::from)
}
