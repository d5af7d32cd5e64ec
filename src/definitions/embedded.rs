//! The definitions compiled into the binary: the YAML of `questionnaires/`, and the JSON copy of each
//! file made by `build.rs`, which loads in a fraction of the time the YAML takes to parse.

use super::diagnostic::SourceFile;
use super::json::{self, JsonFile};
use super::validate::Parts;

/// One compiled-in definition file.
struct EmbeddedFile {
    /// File name in `questionnaires/`.
    name: &'static str,
    /// Its `kind:`, or empty when `build.rs` could not read it.
    kind: &'static str,
    /// The YAML text: what the digest covers and diagnostics point into.
    yaml: &'static str,
    /// The same content as JSON, or empty when `build.rs` could not convert it.
    json: &'static str,
}

/// Every `questionnaires/*.yaml`, sorted by name (written by `build.rs`).
const FILES: &[EmbeddedFile] = &include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));

/// The YAML files, named as in the source tree.
pub(super) fn sources() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|file| SourceFile {
            name: format!("questionnaires/{}", file.name),
            text: file.yaml.to_string(),
        })
        .collect()
}

/// The files read from their JSON copies, or why one of them cannot be.
pub(super) fn compiled_parts() -> Result<Parts, String> {
    json::parts(FILES.iter().map(|file| JsonFile {
        name: file.name,
        kind: file.kind,
        json: file.json,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_a_json_copy_that_fits_the_schema() {
        assert!(FILES.len() >= 2, "questionnaires/ is compiled in");
        // On failure the wizard still starts, from the YAML and more slowly. The usual cause is a value
        // that YAML reads as a number or a boolean where the schema wants text: quote it.
        if let Err(err) = compiled_parts() {
            panic!("the start-up would parse the YAML, not the JSON copies: {err}");
        }
    }
}
