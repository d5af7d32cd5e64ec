//! Entry point: parse the command line, dispatch, and turn errors into messages and exit codes.

#![forbid(unsafe_code)]

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use embarquement::cli::{self, Cli, Command, Stop};
use embarquement::commands::{
    diff, export, gate, git_setup, init, merge, portfolio, status, validate,
};
use embarquement::definitions::{Definitions, DefinitionsError};
use embarquement::files::Links;
use embarquement::i18n::{Lang, fill};
use embarquement::output;
use embarquement::plan::{self, DEFAULT_PLAN_FILE, LoadError, OnDisk, Plan};
use embarquement::tui;

/// Exit code of a failed command.
const FAILURE: u8 = 1;
/// Exit code of a command line refused (as clap's own), and of a wizard without a terminal.
const USAGE: u8 = 2;
/// Exit code of `gate` when the stage is not ready for a go.
const NOT_READY: u8 = 3;
/// Exit code of `diff` and `merge` when they could not do their work (1 has a meaning of its own).
const TROUBLE: u8 = 2;
/// Exit code when the wizard has no terminal to run in.
const NO_TERMINAL: u8 = 2;

fn main() -> ExitCode {
    let cli = match cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(Stop::Show(shown)) => {
            // A reader gone is no reason to fail: the help was simply no longer wanted.
            let _ = shown.print();
            return ExitCode::from(u8::try_from(shown.exit_code()).unwrap_or(USAGE));
        }
        Err(Stop::Mistake(text)) => {
            output::tell(&text);
            return ExitCode::from(USAGE);
        }
    };
    let lang = cli.global.lang;
    match dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            output::error(&format!("{error:#}"), lang);
            ExitCode::from(FAILURE)
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let global = &cli.global;
    let lang = global.lang;
    let dir = global.questionnaires.as_deref();
    let plan_path = |path: &Option<PathBuf>| {
        path.clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_PLAN_FILE))
    };
    let failure = || Ok(ExitCode::from(FAILURE));
    match &cli.command {
        Some(Command::Validate(args)) => {
            let ok = validate::run(args.dir.as_deref().or(dir), lang);
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(FAILURE)
            })
        }
        Some(Command::Init(args)) => {
            let Some(definitions) = reported(validate::load(dir), lang) else {
                return failure();
            };
            init::run(&definitions, args, &plan_path(&args.plan), lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Status(args)) => {
            let path = plan_path(&args.plan);
            let (definitions, plan) = alongside_definitions(dir, || plan::load(&path));
            let Some(definitions) = reported(definitions, lang) else {
                return failure();
            };
            let plan = plan.map_err(|err| anyhow!(err.message(lang.strings())))?;
            status::run(&definitions, &plan, &path, args.format, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export(args)) => {
            let path = plan_path(&args.plan);
            let (definitions, plan) = alongside_definitions(dir, || plan::load(&path));
            let Some(definitions) = reported(definitions, lang) else {
                return failure();
            };
            let plan = plan.map_err(|err| anyhow!(err.message(lang.strings())))?;
            export::run(&definitions, &plan, &path, args, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Gate(args)) => {
            let path = plan_path(&args.plan);
            let (definitions, read) =
                alongside_definitions(dir, || plan::load_sealed(&path, Links::Follow));
            let Some(definitions) = reported(definitions, lang) else {
                return failure();
            };
            let (plan, seal) = read.map_err(|err| anyhow!(err.message(lang.strings())))?;
            let Some(index) = gate::stage_index(&definitions, args.stage) else {
                let last = definitions.stages.len();
                output::error(
                    &fill(lang.strings().gate_no_such_stage, &[&args.stage, &last]),
                    lang,
                );
                return Ok(ExitCode::from(USAGE));
            };
            let ready = gate::run(&definitions, (&plan, seal), &path, index, args.format, lang)?;
            Ok(ExitCode::from(if ready { 0 } else { NOT_READY }))
        }
        Some(Command::Portfolio(args)) => {
            let Some(definitions) = reported(validate::load(dir), lang) else {
                return failure();
            };
            portfolio::run(&definitions, args, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Diff(args)) => Ok(trouble_is_2(lang, || {
            let load =
                |path: &Path| plan::load(path).map_err(|err| anyhow!(err.message(lang.strings())));
            let Some(definitions) = reported(validate::load(dir), lang) else {
                return Ok(ExitCode::from(TROUBLE));
            };
            if let Some(path) = &args.textconv {
                diff::textconv(&definitions, &load(path)?, lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            let (old, new) = match (&args.old, &args.new) {
                (Some(old), Some(new)) => (load(old)?, load(new)?),
                _ => return Ok(ExitCode::from(TROUBLE)),
            };
            let colour = !global.no_color
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let different = diff::run(&definitions, (&old, &new), args.format, lang, colour)?;
            Ok(ExitCode::from(u8::from(different)))
        })),
        Some(Command::Merge(args)) => Ok(trouble_is_2(lang, || {
            let conflicts = merge::run(args, lang)?;
            Ok(ExitCode::from(u8::from(conflicts > 0)))
        })),
        Some(Command::GitSetup(args)) => {
            git_setup::run(args, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let path = plan_path(&cli.plan);
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                // The definitions' problems come first; the plan is neither created nor locked.
                if reported(validate::load(dir), lang).is_none() {
                    return failure();
                }
                output::tell(lang.strings().no_terminal);
                return Ok(ExitCode::from(NO_TERMINAL));
            }
            let open = || match cli.read_only {
                true => OnDisk::open_read_only(&path).map(|(plan, disk)| (Some(plan), disk)),
                false => OnDisk::open(&path),
            };
            let (definitions, opened) = alongside_definitions(dir, open);
            let Some(definitions) = reported(definitions, lang) else {
                return failure();
            };
            let options = tui::Options {
                lang,
                color: !global.no_color,
                interview: cli.interview,
            };
            wizard(&definitions, opened, &path, options)
        }
    }
}

/// The exit code of `run`, or 2 once its error is reported: for the commands whose 1 means
/// something else (`diff`: different, `merge`: conflicts), as diff(1) and git's drivers do.
fn trouble_is_2(lang: Lang, run: impl FnOnce() -> anyhow::Result<ExitCode>) -> ExitCode {
    run().unwrap_or_else(|error| {
        output::error(&format!("{error:#}"), lang);
        ExitCode::from(TROUBLE)
    })
}

/// Loads the definitions of `dir` while `read` (the reading of a plan) runs on a thread of its own;
/// returns both. The embedded definitions load in well under a millisecond, faster than a thread
/// starts: then the two run one after the other.
fn alongside_definitions<T: Send>(
    dir: Option<&Path>,
    read: impl FnOnce() -> T + Send,
) -> (Result<Definitions, DefinitionsError>, T) {
    if dir.is_none() {
        let definitions = validate::load(None);
        return (definitions, read());
    }
    std::thread::scope(|scope| {
        let reading = scope.spawn(read);
        let definitions = validate::load(dir);
        let read = reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (definitions, read)
    })
}

/// The definitions, or `None` once their problems are reported.
fn reported(loaded: Result<Definitions, DefinitionsError>, lang: Lang) -> Option<Definitions> {
    loaded
        .inspect_err(|error| validate::report(error, lang))
        .ok()
}

/// Runs the wizard on the plan at `path`, as `opened`, in the terminal.
fn wizard(
    definitions: &Definitions,
    opened: Result<(Option<Plan>, OnDisk), LoadError>,
    path: &Path,
    options: tui::Options,
) -> anyhow::Result<ExitCode> {
    let strings = options.lang.strings();
    let (plan, disk) = opened.map_err(|error| anyhow!(error.message(strings)))?;
    if let (None, Some(holder)) = (&plan, disk.holder()) {
        let path = path.display();
        bail!(fill(
            strings.plan_being_created,
            &[&path, &holder.describe(strings)]
        ));
    }
    let color = options.color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let ending = tui::run(
        definitions,
        plan,
        disk,
        path.to_path_buf(),
        tui::Options { color, ..options },
    )?;
    Ok(match ending {
        tui::Ending::Quit => ExitCode::SUCCESS,
        // The shells' convention for a program stopped by a signal.
        tui::Ending::Signal(signal) => ExitCode::from(128u8.saturating_add(signal as u8)),
        tui::Ending::Crashed => ExitCode::from(FAILURE),
    })
}
