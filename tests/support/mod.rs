//! Helpers shared by the integration tests: an isolated working folder, the binary as a command,
//! plan files read back as YAML, and (on Unix) a pseudo-terminal harness in [`pty`].

// Each test crate uses its own part of these helpers.
#![allow(dead_code)]

pub mod plans;
#[cfg(unix)]
pub mod pty;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_embarquement");

/// Name of the plan file the wizard and the commands use by default.
pub const PLAN_FILE: &str = "embarquement.plan.yaml";

/// The small, stable definition set the scenarios are written against.
pub fn minimal_definitions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/definitions/minimal")
}

/// A fresh temporary folder for one test.
pub fn sandbox() -> TempDir {
    tempfile::Builder::new()
        .prefix("embarquement-test-")
        .tempdir()
        .expect("cannot create a temporary folder")
}

/// The environment that points every per-user location of the program at `dir`.
pub fn isolated_env(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    [
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ]
    .into_iter()
    .map(|name| (name, dir.to_path_buf()))
    .collect()
}

/// The binary as a command run in `dir`, isolated from the user's files, without `NO_COLOR`.
pub fn command(dir: &Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(BIN);
    command
        .current_dir(dir)
        .envs(isolated_env(dir))
        .env_remove("NO_COLOR");
    command
}

/// `embarquement ARGS` in `dir`: its exit code, standard output and standard error.
pub fn outcome<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> (i32, String, String) {
    let output = command(dir).args(args).output().expect("the program runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (
        output.status.code().expect("an exit code"),
        text(output.stdout),
        text(output.stderr),
    )
}

/// `embarquement ARGS --questionnaires <the minimal definitions>` in `dir`. The global option goes
/// last: before a subcommand, the command line parser would take the subcommand for a plan path.
pub fn command_minimal<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> assert_cmd::Command {
    let mut command = command(dir);
    command
        .args(args)
        .arg("--questionnaires")
        .arg(minimal_definitions());
    command
}

/// Creates `dir/embarquement.plan.yaml` with `embarquement init` on the minimal definitions.
pub fn init_plan(dir: &Path, name: &str) -> PathBuf {
    command_minimal(dir, &["init", "--name", name])
        .assert()
        .success();
    let path = dir.join(PLAN_FILE);
    assert!(path.is_file(), "init did not create {}", path.display());
    path
}

/// The plan file at `path`, parsed.
pub fn read_plan(path: &Path) -> serde_yaml::Value {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{} is not YAML: {err}\n{text}", path.display()))
}

/// The value at `keys` (map keys, or list indexes written as numbers) in `value`; panics with the
/// path when it is missing.
pub fn at<'v>(value: &'v serde_yaml::Value, keys: &[&str]) -> &'v serde_yaml::Value {
    keys.iter().fold(value, |value, key| {
        let next = match key.parse::<usize>() {
            Ok(index) if value.is_sequence() => value.get(index),
            _ => value.get(*key),
        };
        next.unwrap_or_else(|| panic!("no `{}` in the plan:\n{value:?}", keys.join(".")))
    })
}

/// The string at `keys` in `value`.
pub fn str_at<'v>(value: &'v serde_yaml::Value, keys: &[&str]) -> &'v str {
    at(value, keys)
        .as_str()
        .unwrap_or_else(|| panic!("`{}` is not a string", keys.join(".")))
}

/// `embarquement status PLAN --format json` on the minimal definitions, parsed.
pub fn status_json(dir: &Path, plan: &Path) -> serde_json::Value {
    let output = command_minimal(
        dir,
        &[
            "status".as_ref(),
            plan.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ],
    )
    .assert()
    .success()
    .get_output()
    .stdout
    .clone();
    serde_json::from_slice(&output).unwrap_or_else(|err| {
        panic!(
            "status --format json is not JSON: {err}\n{}",
            String::from_utf8_lossy(&output)
        )
    })
}

/// The stage of id `id` in a `status --format json` summary.
pub fn status_stage<'v>(summary: &'v serde_json::Value, id: &str) -> &'v serde_json::Value {
    summary["stages"]
        .as_array()
        .expect("`stages` is a list")
        .iter()
        .find(|stage| stage["id"] == id)
        .unwrap_or_else(|| panic!("no stage `{id}` in {summary:#}"))
}
