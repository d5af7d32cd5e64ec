//! What the unit tests share: the minimal definitions of `tests/fixtures/definitions/minimal`.

use std::path::PathBuf;

use crate::definitions::{self, Definitions};

/// The folder of the minimal definitions (five stages, two questionnaires, a little training).
pub(crate) fn minimal_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal")
}

/// The minimal definitions, loaded.
pub(crate) fn minimal_definitions() -> Definitions {
    definitions::load(definitions::Source::Folder(&minimal_dir()))
        .unwrap_or_else(|err| panic!("{err}"))
}
