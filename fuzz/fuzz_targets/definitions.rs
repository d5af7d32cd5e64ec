//! The definitions loader on arbitrary bytes: the input replaces one file of the minimal set (the
//! first byte picks which), so that both the parser and the validator are reached.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// The minimal definition set of the tests.
const FILES: [(&str, &str); 5] = [
    (
        "offer.yaml",
        include_str!("../../tests/fixtures/definitions/minimal/offer.yaml"),
    ),
    (
        "stages.yaml",
        include_str!("../../tests/fixtures/definitions/minimal/stages.yaml"),
    ),
    (
        "prequalification.yaml",
        include_str!("../../tests/fixtures/definitions/minimal/prequalification.yaml"),
    ),
    (
        "qualification.yaml",
        include_str!("../../tests/fixtures/definitions/minimal/qualification.yaml"),
    ),
    (
        "training.yaml",
        include_str!("../../tests/fixtures/definitions/minimal/training.yaml"),
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let replaced = usize::from(which) % FILES.len();
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (index, (name, original)) in FILES.iter().enumerate() {
        let bytes = if index == replaced {
            text
        } else {
            original.as_bytes()
        };
        std::fs::write(dir.path().join(name), bytes).expect("a writable temporary folder");
    }
    let source = embarquement::definitions::Source::Folder(dir.path());
    if let Err(error) = embarquement::definitions::load(source) {
        // Every problem must be placed and printable.
        assert!(!error.diagnostics.is_empty());
        let _ = error.to_string();
    }
});
