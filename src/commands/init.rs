//! `embarquement init`: create a plan without the wizard.

use std::path::Path;

use anyhow::bail;

use crate::cli::InitArgs;
use crate::definitions::Definitions;
use crate::plan::{self, Plan, Project};
use crate::sanitize;

/// Creates the plan at `path`; refuses to overwrite an existing file.
pub fn run(definitions: &Definitions, args: &InitArgs, path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        bail!(
            "{} existe déjà : ouvrez-le avec `embarquement {}`, ou choisissez un autre chemin",
            path.display(),
            path.display()
        );
    }
    let name = sanitize::typed(args.name.trim());
    if name.is_empty() {
        bail!("le nom du projet est vide : donnez-le avec --name \"Mon projet\"");
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
    plan::save(&Plan::new(project, definitions), path)?;
    println!("{}", sanitize::line(&path.display().to_string()));
    Ok(())
}
