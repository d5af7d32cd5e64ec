//! `embarquement init`: create a plan without the wizard.

use std::path::Path;

use anyhow::{anyhow, bail};

use crate::cli::InitArgs;
use crate::definitions::{Definitions, ProjectField};
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
        ..Project::default()
    };
    let mut plan = Plan::new(project, definitions);
    let given = [
        (ProjectField::Kind, "--kind", &args.kind),
        (
            ProjectField::HostingTarget,
            "--hosting-target",
            &args.hosting_target,
        ),
    ];
    for (field, option, value) in given {
        if let Some(value) = value {
            let id = offered(definitions, field, option, value.trim(), lang)?;
            if let Some(change) = plan.project_change(definitions, field, Some(id)) {
                plan.apply(change);
            }
        }
    }
    plan::create(&plan, path).map_err(|err| anyhow!(err.message(lang.strings())))?;
    output::print(&format!(
        "{}\n",
        sanitize::line(&path.display().to_string())
    ))?;
    Ok(())
}

/// `value` as a choice of the question that holds `field`, or why it cannot be recorded.
fn offered<'a>(
    definitions: &Definitions,
    field: ProjectField,
    option: &str,
    value: &'a str,
    lang: Lang,
) -> anyhow::Result<&'a str> {
    let strings = lang.strings();
    let Some(holder) = definitions.project_question(field) else {
        bail!(fill(strings.init_no_question, &[&option, &field.key()]));
    };
    let choices = &holder.question.question.choices;
    if choices.iter().any(|choice| choice.id == value) {
        return Ok(value);
    }
    let ids: Vec<&str> = choices.iter().map(|choice| choice.id.as_str()).collect();
    bail!(fill(
        strings.init_unknown_choice,
        &[&option, &sanitize::quote(value), &ids.join(", ")]
    ))
}
