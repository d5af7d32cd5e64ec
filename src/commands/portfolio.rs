//! `embarquement portfolio`: the table of many plans, as text, Markdown, HTML or JSON, on
//! standard output or in a new file.

use crate::cli::{PortfolioArgs, PortfolioFormat};
use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::portfolio::{self, Portfolio};

/// The format asked for; without `--format`, the one `-o`'s extension names, else text.
pub fn format_of(args: &PortfolioArgs) -> PortfolioFormat {
    args.format.unwrap_or(
        match super::export::extension(args.output.as_deref()).as_deref() {
            Some("html" | "htm") => PortfolioFormat::Html,
            Some("json") => PortfolioFormat::Json,
            Some("md" | "markdown") => PortfolioFormat::Markdown,
            _ => PortfolioFormat::Text,
        },
    )
}

/// `portfolio` in `format`.
pub fn render(portfolio: &Portfolio, format: PortfolioFormat) -> anyhow::Result<String> {
    Ok(match format {
        PortfolioFormat::Text => portfolio::text::render(portfolio),
        PortfolioFormat::Markdown => portfolio::markdown::render(portfolio),
        PortfolioFormat::Html => portfolio::html::render(portfolio),
        PortfolioFormat::Json => portfolio::json::render(portfolio)?,
    })
}

/// Reads the plans `args` names and prints their portfolio, or writes it to `-o`'s file.
pub fn run(definitions: &Definitions, args: &PortfolioArgs, lang: Lang) -> anyhow::Result<()> {
    let portfolio = portfolio::build(
        definitions,
        &args.paths,
        args.recursive,
        args.sort,
        portfolio::threads(),
        lang,
    );
    let text = render(&portfolio, format_of(args))?;
    match &args.output {
        None => Ok(crate::output::print(&text)?),
        Some(output) => super::export::write_new(output, &text, args.force, lang),
    }
}
