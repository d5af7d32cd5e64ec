//! `embarquement init`: create a plan without the wizard.

use std::path::Path;

use anyhow::{anyhow, bail};
use serde::Serialize;

use crate::cli::InitArgs;
use crate::definitions::Definitions;
use crate::i18n::{Lang, Strings, fill};
use crate::output;
use crate::plan::{self, HostingTarget, Plan, Project, ProjectKind};
use crate::sanitize;

/// Creates the plan at `path`; refuses to overwrite an existing file, and to write through a link
/// (even one to nowhere).
pub fn run(
    definitions: &Definitions,
    args: &InitArgs,
    path: &Path,
    lang: Lang,
) -> anyhow::Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        bail!(fill(
            lang.strings().plan_exists,
            &[&path.display(), &path.display()]
        ));
    }
    let name = sanitize::typed(args.name.trim());
    if name.is_empty() {
        bail!(lang.strings().name_required);
    }
    let project = Project {
        name,
        organisation: args
            .organisation
            .as_deref()
            .map(|o| sanitize::typed(o.trim()))
            .filter(|o| !o.is_empty()),
        kind: named(
            args.kind.as_deref(),
            &ProjectKind::ALL,
            "--kind",
            lang.strings(),
        )?,
        hosting_target: named(
            args.hosting_target.as_deref(),
            &HostingTarget::ALL,
            "--hosting-target",
            lang.strings(),
        )?,
        contacts: Vec::new(),
    };
    plan::create(&Plan::new(project, definitions), path)
        .map_err(|err| anyhow!(err.message(lang.strings())))?;
    output::print(&format!(
        "{}\n",
        sanitize::line(&path.display().to_string())
    ))?;
    Ok(())
}

/// The one of `all` that `given` names by its id (`a-definir`; the plan file's `a_definir` too),
/// or what is refused, with the ids accepted.
fn named<T: Copy + Serialize>(
    given: Option<&str>,
    all: &[T],
    option: &str,
    strings: &Strings,
) -> anyhow::Result<Option<T>> {
    let Some(given) = given else {
        return Ok(None);
    };
    let id = |value: &T| {
        serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(|id| id.replace('_', "-")))
            .unwrap_or_default()
    };
    let wanted = given.trim().replace('_', "-");
    match all.iter().find(|value| id(value) == wanted) {
        Some(value) => Ok(Some(*value)),
        None => {
            let ids: Vec<String> = all.iter().map(id).collect();
            bail!(fill(
                strings.cli_invalid_value,
                &[&sanitize::quote(given), &option, &ids.join(", ")]
            ))
        }
    }
}
