//! Compiles `questionnaires/*.yaml` into the binary together with a JSON copy of each file, so that
//! the wizard loads its embedded definitions without parsing YAML at every start
//! (`src/definitions/embedded.rs`). A file whose YAML cannot be turned into JSON gets an empty copy:
//! the program then parses that set's YAML at run time, and reports its errors with their lines.

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
        let path = root.join(SOURCE).join(&name);
        let text = fs::read_to_string(&path).unwrap_or_default();
        let (kind, json) = compile(&text).unwrap_or_else(|err| {
            println!("cargo::warning={SOURCE}/{name} is parsed at run time: {err}");
            (String::new(), String::new())
        });
        fs::write(out.join(format!("{name}.json")), json).expect("OUT_DIR is writable");
        table.push_str(&format!(
            "    EmbeddedFile {{ name: {name:?}, kind: {kind:?}, \
             yaml: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {yaml:?})), \
             json: include_str!(concat!(env!(\"OUT_DIR\"), {json:?})) }},\n",
            yaml = format!("/{SOURCE}/{name}"),
            json = format!("/{name}.json"),
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

/// The `kind:` of a definition file and its content as JSON.
fn compile(text: &str) -> Result<(String, String), String> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|err| err.to_string())?;
    let kind = value
        .get("kind")
        .and_then(serde_yaml::Value::as_str)
        .ok_or("no `kind:`")?
        .to_string();
    let json = serde_json::to_string(&value).map_err(|err| err.to_string())?;
    Ok((kind, json))
}
