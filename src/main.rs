//! Entry point: parse the command line, dispatch, and turn errors into messages and exit codes.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail};
use clap::Parser;

use embarquement::cli::{Cli, Command};
use embarquement::commands::{init, status, validate};
use embarquement::definitions::{self, Definitions};
use embarquement::i18n::{Lang, fill};
use embarquement::plan::{self, DEFAULT_PLAN_FILE, OnDisk};
use embarquement::sanitize;
use embarquement::tui;

/// Exit code of a failed command.
const FAILURE: u8 = 1;
/// Exit code when the wizard has no terminal to run in.
const NO_TERMINAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.global.lang;
    let code = match dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            let prefix = match lang {
                Lang::Fr => "erreur",
                Lang::En => "error",
            };
            // Not `eprintln!`, which panics when the terminal is gone (after a hang-up).
            tui::terminal::tell(&format!(
                "{prefix} : {}",
                sanitize::line(&format!("{error:#}"))
            ));
            ExitCode::from(FAILURE)
        }
    };
    // Loading a large folder may have left its cache entry to be written meanwhile.
    definitions::finish_pending_writes();
    code
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let global = &cli.global;
    let lang = global.lang;
    if let Some(Command::Validate(args)) = &cli.command {
        let dir = args.dir.as_deref().or(global.questionnaires.as_deref());
        let ok = validate::run(dir, lang);
        return Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(FAILURE)
        });
    }
    let definitions = match validate::load(global.questionnaires.as_deref()) {
        Ok(definitions) => definitions,
        Err(error) => {
            validate::report(&error, lang);
            return Ok(ExitCode::from(FAILURE));
        }
    };
    let plan_path = |path: &Option<PathBuf>| {
        path.clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_PLAN_FILE))
    };
    match &cli.command {
        Some(Command::Init(args)) => {
            init::run(&definitions, args, &plan_path(&args.plan), lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Status(args)) => {
            let path = plan_path(&args.plan);
            let plan =
                plan::load(&path).map_err(|err| anyhow::anyhow!(err.message(lang.strings())))?;
            status::run(&definitions, &plan, &path, args.format, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Validate(_)) => unreachable!("handled above"),
        None => wizard(&definitions, &plan_path(&cli.plan), lang, !global.no_color),
    }
}

fn wizard(
    definitions: &Definitions,
    path: &Path,
    lang: Lang,
    color: bool,
) -> anyhow::Result<ExitCode> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        tui::terminal::tell(lang.strings().no_terminal);
        return Ok(ExitCode::from(NO_TERMINAL));
    }
    let strings = lang.strings();
    let (plan, disk) = OnDisk::open(path).map_err(|error| anyhow!(error.message(strings)))?;
    if let (None, Some(holder)) = (&plan, disk.holder()) {
        let path = path.display();
        bail!(fill(
            strings.plan_being_created,
            &[&path, &holder.describe(strings)]
        ));
    }
    let color = color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let ending = tui::run(
        definitions,
        plan,
        disk,
        path.to_path_buf(),
        tui::Options { lang, color },
    )?;
    Ok(match ending {
        tui::Ending::Quit => ExitCode::SUCCESS,
        // The shells' convention for a program stopped by a signal.
        tui::Ending::Signal(signal) => ExitCode::from(128u8.saturating_add(signal as u8)),
        tui::Ending::Crashed => ExitCode::from(FAILURE),
    })
}
