use super::*;
use crate::i18n::{EN, FR};

/// `args` after the program's name, as the system hands them over.
fn argv(args: &[&str]) -> Vec<OsString> {
    std::iter::once("embarquement")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect()
}

/// What `args` stop with, in the language they ask for (without the environment's).
fn refused(args: &[&str]) -> String {
    let args = argv(args);
    match parse_in(requested_lang(&args, None), &args) {
        Err(Stop::Mistake(text)) => text,
        other => panic!("not refused: {other:?}"),
    }
}

/// The help `args` show, as plain text.
fn shown(args: &[&str]) -> String {
    let args = argv(args);
    match parse_in(requested_lang(&args, None), &args) {
        Err(Stop::Show(help)) => help.render().to_string(),
        other => panic!("no help shown: {other:?}"),
    }
}

#[test]
fn the_language_comes_from_lang_then_the_variable_then_french() {
    let en = Some(OsStr::new("en"));
    assert_eq!(requested_lang(&argv(&[]), None), Lang::Fr);
    assert_eq!(
        requested_lang(&argv(&["--lang", "en", "-h"]), None),
        Lang::En
    );
    assert_eq!(
        requested_lang(&argv(&["status", "--lang=en"]), None),
        Lang::En
    );
    assert_eq!(requested_lang(&argv(&[]), en), Lang::En);
    assert_eq!(requested_lang(&argv(&["--lang", "fr"]), en), Lang::Fr);
    assert_eq!(requested_lang(&argv(&["--lang", "de"]), en), Lang::En);
    assert_eq!(requested_lang(&argv(&[]), Some(OsStr::new("de"))), Lang::Fr);
    assert_eq!(
        requested_lang(&argv(&["status", "--", "--lang", "en"]), None),
        Lang::Fr,
        "after `--`, words are no options"
    );
}

#[test]
fn the_language_found_is_also_the_one_the_program_runs_in() {
    let args = argv(&["status"]);
    let Ok(cli) = parse_in(Lang::En, &args) else {
        panic!("refused")
    };
    assert_eq!(cli.global.lang, Lang::En);
    let Ok(cli) = parse_in(Lang::En, &argv(&["--lang", "fr", "status"])) else {
        panic!("refused")
    };
    assert_eq!(cli.global.lang, Lang::Fr);
}

#[test]
fn read_only_opens_the_plan_in_the_wizard_and_its_help_follows_the_language() {
    for args in [
        &["demo.yaml", "--read-only"][..],
        &["--read-only", "demo.yaml"],
    ] {
        let Ok(cli) = parse_in(Lang::Fr, &argv(args)) else {
            panic!("refused: {args:?}")
        };
        assert!(cli.read_only && cli.command.is_none());
    }
    assert!(shown(&["--help"]).contains("--read-only"));
    assert!(shown(&["--help"]).contains("aucun verrou"));
    assert!(shown(&["--lang", "en", "--help"]).contains("no lock"));
}

#[test]
fn every_help_text_comes_from_the_strings_table() {
    /// Every help text of `command` and of its subcommands, with where it is.
    fn texts(command: &mut clap::Command, out: &mut Vec<(String, String)>) {
        command.build();
        let name = command.get_name().to_string();
        let about = command.get_about().map(ToString::to_string);
        out.push((name.clone(), about.unwrap_or_default()));
        for arg in command.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            out.push((format!("{name} {}", arg.get_id()), help));
        }
        for sub in command.get_subcommands_mut() {
            texts(sub, out);
        }
    }
    let (mut fr, mut en) = (Vec::new(), Vec::new());
    texts(&mut help::command(Lang::Fr), &mut fr);
    texts(&mut help::command(Lang::En), &mut en);
    assert_eq!(fr.len(), en.len());
    for ((place, fr), (_, en)) in fr.iter().zip(&en) {
        assert!(!fr.is_empty(), "{place} has no help");
        assert_ne!(fr, en, "{place}: the same words in both languages");
    }
    assert!(fr.iter().any(|(_, text)| text == FR.cli_status));
    assert!(en.iter().any(|(_, text)| text == EN.cli_status));
}

#[test]
fn the_french_help_is_all_french() {
    let help = shown(&["--help"]);
    for words in [
        "Utilisation\u{a0}: embarquement [OPTIONS] [PLAN] [COMMANDE]",
        "Commandes\u{a0}:",
        "Arguments\u{a0}:",
        "Options\u{a0}:",
        FR.cli_about,
        FR.cli_help,
        "--questionnaires <DOSSIER>",
    ] {
        assert!(help.contains(words), "{words:?} missing from:\n{help}");
    }
    for english in ["Usage", "Commands:", "Print", "[default", "[possible"] {
        assert!(!help.contains(english), "{english:?} in:\n{help}");
    }
}

#[test]
fn the_english_help_is_all_english() {
    for args in [&["--lang", "en", "--help"][..], &["--lang", "en", "-h"]] {
        let help = shown(args);
        for words in [
            "Usage: embarquement [OPTIONS] [PLAN] [COMMAND]",
            "Commands:",
        ] {
            assert!(help.contains(words), "{words:?} missing from:\n{help}");
        }
        assert!(help.contains(EN.cli_init) && help.contains(EN.cli_help));
        assert!(
            !help.contains("Utilisation") && !help.contains("Créer"),
            "{help}"
        );
    }
    let help = shown(&["--lang", "en", "help", "status"]);
    assert!(help.starts_with(EN.cli_status), "{help}");
    assert!(
        help.contains("Usage: embarquement status [OPTIONS] [PLAN]"),
        "{help}"
    );
}

#[test]
fn a_mistyped_command_is_refused_with_the_nearest_one() {
    let text = refused(&["stauts"]);
    assert!(
        text.starts_with(
            "erreur\u{a0}: commande inconnue «\u{a0}stauts\u{a0}»\u{a0}: vouliez-vous dire `status`\u{a0}?"
        ),
        "{text}"
    );
    assert!(
        text.contains("Utilisation\u{a0}: embarquement [OPTIONS]"),
        "{text}"
    );
    let text = refused(&["help", "stauts"]);
    assert!(text.contains("vouliez-vous dire `status`"), "{text}");
    let text = refused(&["--lang", "en", "valdiate"]);
    assert!(
        text.starts_with("error: unknown command \"valdiate\": did you mean `validate`?"),
        "{text}"
    );
}

#[test]
fn a_word_near_no_command_lists_them_and_says_how_to_name_a_plan() {
    let text = refused(&["monprojet"]);
    assert!(
        text.contains("les commandes sont help, init, status, export, gate, portfolio, validate"),
        "{text}"
    );
    assert!(text.contains("`embarquement monprojet.yaml`"), "{text}");
}

#[test]
fn a_plan_path_is_no_command() {
    for path in ["projet.yaml", "projet.YML", "plans/projet", "./projet"] {
        let Ok(cli) = parse_in(Lang::Fr, &argv(&[path])) else {
            panic!("{path} refused")
        };
        assert_eq!(cli.plan, Some(PathBuf::from(path)));
    }
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("projet");
    std::fs::write(&existing, "").unwrap();
    assert!(looks_like_a_plan(&existing));
    assert!(!looks_like_a_plan(Path::new("projet")));
}

#[test]
fn clap_s_own_refusals_are_worded_in_the_language_asked_for() {
    let text = refused(&["init"]);
    assert!(
        text.starts_with("erreur\u{a0}: il manque --name <NOM>"),
        "{text}"
    );
    assert!(
        text.contains("Utilisation\u{a0}: embarquement init --name <NOM>"),
        "{text}"
    );
    assert!(
        text.ends_with("Pour en savoir plus\u{a0}: `embarquement init --help`."),
        "{text}"
    );
    let text = refused(&["--lang", "en", "status", "--formt", "json"]);
    assert!(
        text.starts_with("error: unknown option or argument \"--formt\": did you mean `--format`?"),
        "{text}"
    );
    let text = refused(&["status", "--format", "xml"]);
    assert!(
        text.starts_with(
            "erreur\u{a0}: valeur «\u{a0}xml\u{a0}» refusée pour --format <FORMAT>\u{a0}; valeurs possibles\u{a0}: text, json"
        ),
        "{text}"
    );
    let text = refused(&["--lang"]);
    assert!(
        text.starts_with("erreur\u{a0}: --lang <LANGUE> attend une valeur"),
        "{text}"
    );
}

#[test]
fn interview_opens_the_wizard_on_the_plan_and_is_in_the_help_of_each_language() {
    let cli = parse_in(Lang::Fr, &argv(&["plan.yaml", "--interview"])).unwrap();
    assert!(cli.interview && cli.command.is_none());
    assert_eq!(cli.plan.as_deref(), Some(Path::new("plan.yaml")));
    assert!(!parse_in(Lang::Fr, &argv(&["plan.yaml"])).unwrap().interview);
    assert!(shown(&["--help"]).contains(FR.cli_interview));
    assert!(shown(&["--lang", "en", "--help"]).contains(EN.cli_interview));
}

#[test]
fn an_interview_cannot_be_held_in_a_plan_opened_read_only() {
    let text = refused(&["plan.yaml", "--read-only", "--interview"]);
    assert!(text.contains("--interview"), "{text}");
    assert!(text.contains("--read-only"), "{text}");
}
