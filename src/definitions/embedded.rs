//! The definitions compiled into the binary: the YAML of `questionnaires/`, and the JSON copy of each
//! file made by `build.rs`, which loads in a fraction of the time the YAML takes to parse.

use super::diagnostic::{DefinitionsError, SourceFile};
use super::json::{self, JsonFile};
use super::load::{digest, from_sources};
use super::validate::{self, Parts};
use super::{Definitions, Origin};

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

/// Loads the embedded definitions from their JSON copies, then validates them; parses the YAML
/// instead if a copy is missing or does not fit the schema.
pub(super) fn load() -> Result<Definitions, DefinitionsError> {
    let files = sources();
    match compiled_parts() {
        Ok(parts) => {
            let digest = digest(&files);
            validate::assemble(&files, parts, Origin::Embedded, digest)
        }
        Err(_) => from_sources(files, Origin::Embedded),
    }
}

/// The YAML files, named as in the source tree.
fn sources() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|file| SourceFile {
            name: format!("questionnaires/{}", file.name),
            text: file.yaml.to_string(),
        })
        .collect()
}

/// The files read from their JSON copies, or why one of them cannot be.
fn compiled_parts() -> Result<Parts, String> {
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

    #[test]
    fn the_json_copies_load_the_same_definitions_as_the_yaml() {
        let compiled = load().unwrap_or_else(|err| panic!("{err}"));
        let parsed =
            from_sources(sources(), Origin::Embedded).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(format!("{compiled:?}"), format!("{parsed:?}"));
        assert_eq!(compiled.digest, parsed.digest);
    }
}
