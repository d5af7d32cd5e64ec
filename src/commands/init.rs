//! `embarquement init`: create a plan without the wizard.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::cli::InitArgs;
use crate::definitions::Definitions;
use crate::i18n::{Lang, fill};
use crate::output;
use crate::plan::{self, Plan, Project};
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
        kind: args.kind,
        hosting_target: args.hosting_target,
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
