//! Compiles `questionnaires/*.yaml` into the binary (`src/definitions/embedded.rs`).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// The folder of the default definitions, relative to the package.
const SOURCE: &str = "questionnaires";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets it"));
    let mut table = String::from("[\n");
    for name in yaml_names(&root.join(SOURCE)) {
        table.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {yaml:?}))),\n",
            yaml = format!("/{SOURCE}/{name}"),
        ));
    }
    table.push(']');
    fs::write(out.join("embedded_files.rs"), table).expect("OUT_DIR is writable");
}

/// The `*.yaml` files of `dir`, by name.
fn yaml_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("the questionnaires folder is readable")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}
