//! A command line refused, worded from the strings table: what clap refuses (its own words are
//! English only), and a word where a command is expected that names none.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Stop;
use crate::i18n::{Lang, Strings, fill};
use crate::sanitize;

/// How near (Jaro similarity, as clap's own suggestions) a command must be to be suggested.
const NEAR: f64 = 0.7;

/// What the program stops with on clap's `error`: the help or version it shows, or the mistake
/// worded in `lang`.
pub(super) fn stop(error: clap::Error, lang: Lang) -> Stop {
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Stop::Show(error),
        _ => {
            let usage = context(&error, ContextKind::Usage);
            Stop::Mistake(worded(
                &what(&error, lang.strings()),
                usage.as_deref(),
                lang,
            ))
        }
    }
}

/// A word where a command is expected that is none (nor a plan's path): the nearest command
/// suggested, or the commands listed.
pub(super) fn unknown_command(command: &mut clap::Command, word: &str, lang: Lang) -> String {
    let s = lang.strings();
    let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    let nearest = names
        .iter()
        .map(|name| (strsim::jaro(word, name), *name))
        .filter(|(near, _)| *near > NEAR)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let refused = fill(s.cli_unknown_command, &[&sanitize::quote(word)]);
    let message = match nearest {
        Some((_, name)) => fill(s.cli_did_you_mean, &[&refused, &name]),
        None => fill(
            s.cli_commands_are,
            &[&refused, &names.join(", "), &sanitize::quote(word)],
        ),
    };
    let usage = command.render_usage().to_string();
    worded(&message, Some(&usage), lang)
}

/// The mistake no other words fit.
pub(super) fn wrong_usage(command: &mut clap::Command, lang: Lang) -> String {
    let usage = command.render_usage().to_string();
    worded(lang.strings().cli_wrong_usage, Some(&usage), lang)
}

/// The whole text: « erreur : … », the usage, and where to read more.
fn worded(message: &str, usage: Option<&str>, lang: Lang) -> String {
    let s = lang.strings();
    let mut text = format!("{}{}{message}", s.error_word, s.colon);
    // clap's usage starts with its English title; the line's words before the first option or
    // placeholder are the command to ask for help.
    let usage = usage.map(|u| u.trim().trim_start_matches("Usage:").trim());
    let program = usage.map_or_else(
        || super::PROGRAM.to_string(),
        |usage| {
            usage
                .split(' ')
                .take_while(|word| !word.starts_with(['[', '<', '-']))
                .collect::<Vec<_>>()
                .join(" ")
        },
    );
    if let Some(usage) = usage {
        text.push_str(&format!("\n\n{} {usage}", s.cli_usage));
    }
    text.push_str("\n\n");
    text.push_str(&fill(s.cli_more_help, &[&program]));
    text
}

/// What is wrong, in one line, from the facts clap gives about `error`.
fn what(error: &clap::Error, s: &Strings) -> String {
    let get = |kind| context(error, kind).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let suggested = |refused: String, kind| match context(error, kind) {
        Some(name) => fill(s.cli_did_you_mean, &[&refused, &name]),
        None => refused,
    };
    match error.kind() {
        ErrorKind::InvalidValue if get(ContextKind::InvalidValue).is_empty() => {
            fill(s.cli_value_missing, &[&arg])
        }
        ErrorKind::InvalidValue => fill(
            s.cli_invalid_value,
            &[
                &sanitize::quote(&get(ContextKind::InvalidValue)),
                &arg,
                &get(ContextKind::ValidValue),
            ],
        ),
        ErrorKind::UnknownArgument => suggested(
            fill(s.cli_unknown_argument, &[&sanitize::quote(&arg)]),
            ContextKind::SuggestedArg,
        ),
        ErrorKind::InvalidSubcommand => suggested(
            fill(
                s.cli_unknown_command,
                &[&sanitize::quote(&get(ContextKind::InvalidSubcommand))],
            ),
            ContextKind::SuggestedSubcommand,
        ),
        ErrorKind::TooManyValues => fill(
            s.cli_unexpected_value,
            &[&sanitize::quote(&get(ContextKind::InvalidValue))],
        ),
        ErrorKind::MissingRequiredArgument => fill(s.cli_missing_argument, &[&arg]),
        ErrorKind::ArgumentConflict => match context(error, ContextKind::PriorArg) {
            Some(prior) if prior != arg => fill(s.cli_conflict, &[&arg, &prior]),
            _ => fill(s.cli_given_twice, &[&arg]),
        },
        _ => s.cli_wrong_usage.to_string(),
    }
}

/// The fact of `kind` clap gives about `error`, as plain text (lists joined by commas).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    let joined = |items: Vec<String>| items.join(", ");
    match error.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(items) => Some(joined(items.clone())),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::StyledStrs(items) => {
            Some(joined(items.iter().map(|t| t.to_string()).collect()))
        }
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
