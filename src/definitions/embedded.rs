//! The definitions compiled into the binary: the YAML of `questionnaires/`.

use super::diagnostic::SourceFile;

/// Every `questionnaires/*.yaml`, by name, with its text (written by `build.rs`).
const FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));

/// The YAML files, named as in the source tree.
pub(super) fn sources() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|(name, text)| SourceFile {
            name: format!("questionnaires/{name}"),
            text: (*text).to_string(),
        })
        .collect()
}
