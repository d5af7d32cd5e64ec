//! The command line: its types, read with clap in the language it asks for; a word where a
//! command is expected must be a command or look like a plan's path.

mod help;
mod mistakes;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use clap::{Args, ColorChoice, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// The program's name, as the command line and its help write it.
pub const PROGRAM: &str = "embarquement";

/// The environment variable that chooses the language when `--lang` does not.
pub const LANG_VARIABLE: &str = "EMBARQUEMENT_LANG";

/// The whole command line. Its help texts come from [`crate::i18n`] (see `help.rs`).
#[derive(Debug, Parser)]
#[command(name = PROGRAM, version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// The plan to open or create in the wizard.
    pub plan: Option<PathBuf>,

    /// Open the plan only to look at it: no change, no lock, nothing written.
    #[arg(long)]
    pub read_only: bool,
    /// Start a joint session with the service team on opening (a read-only plan cannot hold one).
    #[arg(long, conflicts_with = "read_only")]
    pub interview: bool,

    #[command(flatten)]
    pub global: GlobalOptions,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct GlobalOptions {
    /// A folder of definitions to use instead of the embedded ones.
    #[arg(long, global = true)]
    pub questionnaires: Option<PathBuf>,

    /// The interface's language (the default is set from the environment, see [`parse`]).
    #[arg(long, global = true, default_value = "fr", value_parser = help::lang_parser())]
    pub lang: Lang,

    /// No colours.
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// The subcommands; without one, the wizard opens.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Creates a plan without the wizard.
    Init(InitArgs),
    /// Summarises a plan's progress.
    Status(StatusArgs),
    /// Writes the plan's report.
    Export(ExportArgs),
    /// Checks definitions.
    Validate(ValidateArgs),
    /// Says whether a stage is ready for a go.
    Gate(GateArgs),
    /// One table of many plans.
    Portfolio(PortfolioArgs),
    /// Shows what changed from one plan to another.
    Diff(DiffArgs),
    /// Merges two versions of a plan from their common ancestor.
    Merge(MergeArgs),
    /// Sets a git repository up for plans.
    GitSetup(GitSetupArgs),
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The plan to create.
    pub plan: Option<PathBuf>,
    /// The project's name.
    #[arg(long)]
    pub name: String,
    /// The project's organisation.
    #[arg(long)]
    pub organisation: Option<String>,
    /// The project's kind, by id.
    #[arg(long)]
    pub kind: Option<String>,
    /// The hosting target, by id.
    #[arg(long)]
    pub hosting_target: Option<String>,
}

/// `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The plan to summarise.
    pub plan: Option<PathBuf>,
    /// The output's format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
    pub format: StatusFormat,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The plan to report on.
    pub plan: Option<PathBuf>,
    /// The report's format (by default from the extension of -o, else markdown).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// The file to create (by default, standard output).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the file of -o if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The folder of definitions to check.
    pub dir: Option<PathBuf>,
}

/// `gate`.
#[derive(Debug, Args)]
pub struct GateArgs {
    /// The plan to judge.
    pub plan: Option<PathBuf>,
    /// The stage's number.
    #[arg(long)]
    pub stage: u8,
    /// The output's format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
    pub format: StatusFormat,
}

/// `portfolio`.
#[derive(Debug, Args)]
pub struct PortfolioArgs {
    /// Folders of plans, or plan files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The table's format (by default from the extension of -o, else text).
    #[arg(long, value_enum)]
    pub format: Option<PortfolioFormat>,
    /// The column the rows are sorted by.
    #[arg(long, value_enum, default_value_t = SortColumn::Project)]
    pub sort: SortColumn,
    /// Read the folders' subfolders too.
    #[arg(long)]
    pub recursive: bool,
    /// The file to create (by default, standard output).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the file of -o if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// Format of `portfolio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioFormat {
    /// Aligned columns, for a terminal.
    Text,
    /// A Markdown table (GitLab).
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// JSON (`embarquement-portfolio/1`).
    Json,
}

/// A column of the portfolio to sort by, named as on the command line.
pub use crate::portfolio::Column as SortColumn;

impl ValueEnum for SortColumn {
    fn value_variants<'a>() -> &'a [Self] {
        &SortColumn::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()))
    }
}

/// `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older plan.
    #[arg(required_unless_present = "textconv")]
    pub old: Option<PathBuf>,
    /// The newer plan.
    #[arg(required_unless_present = "textconv")]
    pub new: Option<PathBuf>,
    /// The output's format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// One plan to print as text, for git's textconv.
    #[arg(long, conflicts_with_all = ["old", "new"])]
    pub textconv: Option<PathBuf>,
}

/// `merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor.
    pub base: PathBuf,
    /// Our version, replaced by the merge unless -o is given.
    pub ours: PathBuf,
    /// Their version.
    pub theirs: PathBuf,
    /// The file to write (by default, our version).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// `git-setup`.
#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// The repository (by default, the current folder).
    pub dir: Option<PathBuf>,
}

/// Format of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Lines grouped by stage, with symbols.
    Text,
    /// Markdown (a merge request's comment).
    Markdown,
    /// JSON (`embarquement-diff/1`).
    Json,
}

/// Output of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// One line per stage.
    Text,
    /// One JSON object.
    Json,
}

/// Format of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (GitLab, Mattermost).
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// JSON (`embarquement-report/1`).
    Json,
}

/// Why the program stops before any command runs.
#[derive(Debug)]
pub enum Stop {
    /// The help or the version, asked for: printed on standard output, then success.
    Show(clap::Error),
    /// A mistake in the command line, worded whole (what is wrong, the usage, where to read
    /// more), in the language asked for.
    Mistake(String),
}

/// Reads the command line `args` (the program's name first), in the language `--lang` asks for,
/// else [`LANG_VARIABLE`], else French: its help and its mistakes are worded in that language.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, Stop> {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = requested_lang(&args, std::env::var_os(LANG_VARIABLE).as_deref());
    parse_in(lang, &args)
}

/// Reads `args` with the command line worded in `lang`.
fn parse_in(lang: Lang, args: &[OsString]) -> Result<Cli, Stop> {
    let mut command = help::command(lang);
    let mut options = args.iter().skip(1).take_while(|arg| *arg != "--");
    if options.any(|arg| arg == "--no-color") {
        command = command.color(ColorChoice::Never);
    }
    let matches = command
        .try_get_matches_from_mut(args)
        .map_err(|err| mistakes::stop(err, lang))?;
    if let Some((help::HELP, asked)) = matches.subcommand() {
        return Err(help::asked(&mut command, asked, lang));
    }
    let cli = Cli::from_arg_matches(&matches).map_err(|err| mistakes::stop(err, lang))?;
    if cli.command.is_none()
        && let Some(plan) = &cli.plan
        && !looks_like_a_plan(plan)
    {
        return Err(Stop::Mistake(mistakes::unknown_command(
            &mut command,
            &plan.to_string_lossy(),
            lang,
        )));
    }
    Ok(cli)
}

/// The language asked for by the last valid `--lang` before `--`, else by `variable`'s value,
/// else French.
fn requested_lang(args: &[OsString], variable: Option<&OsStr>) -> Lang {
    let mut asked = None;
    let mut words = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        let code = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten(),
            Some(word) => word.strip_prefix("--lang="),
            None => None,
        };
        asked = code.and_then(Lang::from_code).or(asked);
    }
    asked
        .or_else(|| variable.and_then(OsStr::to_str).and_then(Lang::from_code))
        .unwrap_or_default()
}

/// True when the wizard's `PLAN` is a plan's path rather than a mistyped command: it ends in
/// `.yaml` or `.yml`, goes through a folder (`./plan`, `plans/demo`), or something stands there.
fn looks_like_a_plan(path: &Path) -> bool {
    let text = path.to_string_lossy();
    let extension = path.extension().and_then(OsStr::to_str);
    extension.is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        || text.contains('/')
        || text.contains(std::path::MAIN_SEPARATOR)
        || std::fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests;
