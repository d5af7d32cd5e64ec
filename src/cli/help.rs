//! The command line as clap's `Command`, worded in the interface's language: every help text,
//! heading and placeholder comes from the strings table, none from clap or the doc comments.

use clap::builder::styling::Styles;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Arg, ArgAction, ArgMatches, CommandFactory};

use super::{Cli, Stop, mistakes};
use crate::i18n::{Lang, Strings};

/// The name of the command that prints the help of another.
pub(super) const HELP: &str = "help";

/// The argument of `help`: the command whose help to print.
const HELP_TOPIC: &str = "command";

/// Reads `--lang`'s value: one of the languages' codes.
pub(super) fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(Lang::code))
        .map(|code| Lang::from_code(&code).unwrap_or_default())
}

/// The command line, worded in `lang`, whose default language is `lang` too.
pub(super) fn command(lang: Lang) -> clap::Command {
    let s = lang.strings();
    let command = Cli::command()
        .about(s.cli_about)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(s.cli_help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(s.cli_version),
        )
        .subcommand(
            clap::Command::new(HELP).about(s.cli_help_command).arg(
                Arg::new(HELP_TOPIC)
                    .value_name(s.cli_value_command)
                    .help(s.cli_help_command_arg),
            ),
        )
        .subcommand_value_name(s.cli_value_command)
        .mut_arg("plan", |a| a.help(s.cli_plan).value_name(s.cli_value_plan))
        .mut_arg("read_only", |a| a.help(s.cli_read_only))
        .mut_arg("interview", |a| a.help(s.cli_interview))
        .mut_arg("questionnaires", |a| {
            a.help(s.cli_questionnaires).value_name(s.cli_value_dir)
        })
        .mut_arg("lang", |a| {
            a.help(s.cli_lang)
                .value_name(s.cli_value_lang)
                .default_value(lang.code())
                .hide_default_value(true)
                .hide_possible_values(true)
        })
        .mut_arg("no_color", |a| a.help(s.cli_no_color))
        .mut_subcommand("init", |c| {
            c.about(s.cli_init)
                .mut_arg("plan", |a| {
                    a.help(s.cli_init_plan).value_name(s.cli_value_plan)
                })
                .mut_arg("name", |a| a.help(s.cli_name).value_name(s.cli_value_name))
                .mut_arg("organisation", |a| {
                    a.help(s.cli_organisation)
                        .value_name(s.cli_value_organisation)
                })
                .mut_arg("kind", |a| a.help(s.cli_kind).value_name(s.cli_value_kind))
                .mut_arg("hosting_target", |a| {
                    a.help(s.cli_hosting_target).value_name(s.cli_value_target)
                })
        })
        .mut_subcommand("status", |c| {
            c.about(s.cli_status)
                .mut_arg("plan", |a| {
                    a.help(s.cli_status_plan).value_name(s.cli_value_plan)
                })
                .mut_arg("format", |a| {
                    a.help(s.cli_status_format)
                        .value_name(s.cli_value_format)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
        })
        .mut_subcommand("export", |c| {
            c.about(s.cli_export)
                .mut_arg("plan", |a| {
                    a.help(s.cli_export_plan).value_name(s.cli_value_plan)
                })
                .mut_arg("format", |a| {
                    a.help(s.cli_export_format)
                        .value_name(s.cli_value_format)
                        .hide_possible_values(true)
                })
                .mut_arg("output", |a| {
                    a.help(s.cli_export_output).value_name(s.cli_value_file)
                })
                .mut_arg("force", |a| a.help(s.cli_export_force))
        })
        .mut_subcommand("gate", |c| {
            c.about(s.cli_gate)
                .mut_arg("plan", |a| {
                    a.help(s.cli_gate_plan).value_name(s.cli_value_plan)
                })
                .mut_arg("stage", |a| {
                    a.help(s.cli_gate_stage).value_name(s.cli_value_number)
                })
                .mut_arg("format", |a| {
                    a.help(s.cli_gate_format)
                        .value_name(s.cli_value_format)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
        })
        .mut_subcommand("portfolio", |c| {
            c.about(s.cli_portfolio)
                .mut_arg("paths", |a| {
                    a.help(s.cli_portfolio_paths).value_name(s.cli_value_paths)
                })
                .mut_arg("format", |a| {
                    a.help(s.cli_portfolio_format)
                        .value_name(s.cli_value_format)
                        .hide_possible_values(true)
                })
                .mut_arg("sort", |a| {
                    a.help(s.cli_portfolio_sort)
                        .value_name(s.cli_value_column)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
                .mut_arg("recursive", |a| a.help(s.cli_portfolio_recursive))
                .mut_arg("output", |a| {
                    a.help(s.cli_export_output).value_name(s.cli_value_file)
                })
                .mut_arg("force", |a| a.help(s.cli_export_force))
        })
        .mut_subcommand("validate", |c| {
            c.about(s.cli_validate).mut_arg("dir", |a| {
                a.help(s.cli_validate_dir).value_name(s.cli_value_dir)
            })
        })
        .mut_subcommand("diff", |c| {
            c.about(s.cli_diff)
                .mut_arg("old", |a| {
                    a.help(s.cli_diff_old).value_name(s.cli_value_old)
                })
                .mut_arg("new", |a| {
                    a.help(s.cli_diff_new).value_name(s.cli_value_new)
                })
                .mut_arg("format", |a| {
                    a.help(s.cli_diff_format)
                        .value_name(s.cli_value_format)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                })
                .mut_arg("textconv", |a| {
                    a.help(s.cli_diff_textconv).value_name(s.cli_value_plan)
                })
        })
        .mut_subcommand("merge", |c| {
            c.about(s.cli_merge)
                .mut_arg("base", |a| {
                    a.help(s.cli_merge_base).value_name(s.cli_value_base)
                })
                .mut_arg("ours", |a| {
                    a.help(s.cli_merge_ours).value_name(s.cli_value_ours)
                })
                .mut_arg("theirs", |a| {
                    a.help(s.cli_merge_theirs).value_name(s.cli_value_theirs)
                })
                .mut_arg("output", |a| {
                    a.help(s.cli_merge_output).value_name(s.cli_value_file)
                })
        })
        .mut_subcommand("git-setup", |c| {
            c.about(s.cli_git_setup).mut_arg("dir", |a| {
                a.help(s.cli_git_setup_dir).value_name(s.cli_value_dir)
            })
        });
    worded(command, s)
}

/// `command` and its subcommands with the layout and headings of `s`: clap's own `-h` gives way
/// to the global one above, worded from `s`.
fn worded(command: clap::Command, s: &Strings) -> clap::Command {
    let usage = *Styles::styled().get_usage();
    let template = format!(
        "{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        s.cli_usage
    );
    // Each argument moves to the end as it is changed: the positional ones first, so that their
    // heading comes first; the options then in their order, the global ones after the command's
    // own, help and version last.
    let mut ids: Vec<_> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    ids.sort_by_key(|id| {
        command
            .get_arguments()
            .find(|a| a.get_id() == id)
            .is_some_and(|a| !a.is_positional())
    });
    let command = ids
        .into_iter()
        .enumerate()
        .fold(command, |command, (order, id)| {
            command.mut_arg(id, |a| {
                let (heading, rank) = match a.get_id().as_str() {
                    _ if a.is_positional() => (s.cli_arguments, 0),
                    "help" | "version" => (s.cli_options, 200),
                    _ if a.is_global_set() => (s.cli_options, 100),
                    _ => (s.cli_options, 0),
                };
                a.help_heading(heading).display_order(rank + order)
            })
        });
    command
        .disable_help_flag(true)
        .help_template(template)
        .subcommand_help_heading(s.cli_commands)
        .mut_subcommands(|sub| worded(sub, s))
}

/// What `help [COMMAND]` stops with: that command's help (or the program's), or the word refused
/// when it names no command. `command` is the command line `asked` was read with.
pub(super) fn asked(command: &mut clap::Command, asked: &ArgMatches, lang: Lang) -> Stop {
    let topic = asked.get_one::<String>(HELP_TOPIC);
    if let Some(topic) = topic
        && command.find_subcommand(topic).is_none()
    {
        return Stop::Mistake(mistakes::unknown_command(command, topic, lang));
    }
    let program = command.get_name().to_string();
    let again = [program.as_str()]
        .into_iter()
        .chain(topic.map(String::as_str))
        .chain(["--help"]);
    match command.clone().try_get_matches_from(again) {
        Err(shown) => mistakes::stop(shown, lang),
        Ok(_) => Stop::Mistake(mistakes::wrong_usage(command, lang)),
    }
}
