//! The problems of a YAML text as the user reads them, in French and in English.

use std::collections::BTreeMap;

use super::*;
use crate::i18n::Lang;
use crate::yaml::{self, YamlError};

/// A document with a field of each kind the program's types use.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Kinds {
    #[serde(default)]
    number: u8,
    #[serde(default)]
    flag: bool,
    #[serde(default)]
    name: String,
    #[serde(default)]
    list: Vec<String>,
    #[serde(default)]
    map: BTreeMap<String, u8>,
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    inner: Option<Sample>,
}

/// An enum of unit variants, as statuses are.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Todo,
    Ok,
    Ko,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sample {
    title: String,
    #[serde(default)]
    objective: String,
}

/// Words of serde, of the parser and of Rust types that no message may show.
const LIBRARY_WORDS: &[&str] = &[
    "invalid type",
    "invalid value",
    "expected u8",
    "missing field",
    "unknown variant",
    "unknown field",
    "untagged",
    "did not match",
    "struct ",
    "sequence",
    "map,",
    "identifier",
    "scalar",
    "serde",
    "saphyr",
    "budget",
    "jiff",
];

/// The error for `text` read as `T`, in French and in English, checked free of library words.
fn said_as<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    text: &str,
) -> (YamlError, String, String) {
    let err = yaml::from_str::<T>(text).unwrap_err();
    let (fr, en) = (
        message(&err, Lang::Fr.strings()),
        message(&err, Lang::En.strings()),
    );
    for word in LIBRARY_WORDS {
        assert!(
            !fr.contains(word) && !en.contains(word),
            "`{word}` in {fr} / {en}"
        );
    }
    (err, fr, en)
}

/// [`said_as`] for [`Kinds`].
fn said(text: &str) -> (YamlError, String, String) {
    said_as::<Kinds>(text)
}

#[test]
fn every_kind_of_wrong_value_says_what_was_expected_at_its_place() {
    let cases = [
        (
            "number: deux",
            (1, 9),
            "number\u{a0}: il faut un nombre entier de 0 à 255, pas le texte «\u{a0}deux\u{a0}»",
        ),
        (
            "number: 300",
            (1, 9),
            "number\u{a0}: il faut un nombre entier de 0 à 255, pas le nombre 300",
        ),
        (
            "number: -1",
            (1, 9),
            "number\u{a0}: il faut un nombre entier de 0 à 255, pas le nombre -1",
        ),
        (
            "number: 1.5",
            (1, 9),
            "number\u{a0}: il faut un nombre entier de 0 à 255, pas le nombre 1.5",
        ),
        (
            "number: [1]",
            (1, 9),
            "number\u{a0}: il faut une seule valeur (un texte, un nombre, une date…), pas une liste",
        ),
        (
            "flag: oui",
            (1, 7),
            "flag\u{a0}: il faut `true` ou `false`, pas le texte «\u{a0}oui\u{a0}»",
        ),
        (
            "flag: 1",
            (1, 7),
            "flag\u{a0}: il faut `true` ou `false`, pas le nombre 1",
        ),
        (
            "name: {a: b}",
            (1, 7),
            "name\u{a0}: il faut une seule valeur (un texte, un nombre, une date…), pas des clés et valeurs",
        ),
        (
            "list: {a: b}",
            (1, 7),
            "list\u{a0}: il faut une liste (`- …` ou `[…]`), pas des clés et valeurs",
        ),
        (
            "list: texte",
            (1, 7),
            "list\u{a0}: il faut une liste (`- …` ou `[…]`), pas le texte «\u{a0}texte\u{a0}»",
        ),
        (
            "map: [a]",
            (1, 6),
            "map\u{a0}: il faut des clés et valeurs (`clé: valeur`), pas une liste",
        ),
        (
            "map: {a: true}",
            (1, 10),
            "map.a\u{a0}: il faut un nombre entier de 0 à 255, pas la valeur `true`",
        ),
        (
            "status: okay",
            (1, 9),
            "status\u{a0}: `okay` n'est pas une valeur possible ici\u{a0}: vouliez-vous dire `ok`\u{a0}?",
        ),
        (
            "status: fait",
            (1, 9),
            "status\u{a0}: `fait` n'est pas une valeur possible ici (valeurs possibles\u{a0}: todo, ok, ko)",
        ),
        (
            "status: ''",
            (1, 9),
            "status\u{a0}: valeur vide\u{a0}: il en faut une parmi todo, ok, ko",
        ),
        (
            "status: [ok]",
            (1, 9),
            "status\u{a0}: il faut une seule valeur (un texte, un nombre, une date…), pas une liste",
        ),
        (
            "inner: {objective: x}",
            (1, 8),
            "inner\u{a0}: il manque la clé `title`",
        ),
        (
            "inner: x",
            (1, 8),
            "inner\u{a0}: il faut des clés et valeurs (`clé: valeur`), pas le texte «\u{a0}x\u{a0}»",
        ),
        (
            "nmber: 1",
            (1, 1),
            "clé inconnue `nmber`\u{a0}: vouliez-vous dire `number`\u{a0}?",
        ),
        (
            "inner: {title: a, titel: b}",
            (1, 19),
            "inner\u{a0}: clé inconnue `titel`\u{a0}: vouliez-vous dire `title`\u{a0}?",
        ),
        (
            "map: {a: !secret 1}",
            (1, 18),
            "map.a\u{a0}: l'étiquette `!secret` n'est pas acceptée\u{a0}: retirez-la",
        ),
    ];
    for (text, place, fr) in cases {
        let (err, said_fr, _) = said(text);
        assert_eq!(said_fr, fr, "{text}");
        assert_eq!((err.line, err.column), place, "{text}");
    }
    let (_, _, en) = said("status: okay");
    assert_eq!(
        en,
        "status: `okay` is not a value accepted here: did you mean `ok`?"
    );
    let (_, _, en) = said("number: deux");
    assert_eq!(
        en,
        "number: expected a whole number from 0 to 255, not the text \"deux\""
    );
    let (err, fr, en) = said_as::<Sample>("title: a\nzzz: 1");
    assert_eq!((err.line, err.column), (2, 1));
    assert_eq!(
        fr,
        "clé inconnue `zzz` (clés possibles\u{a0}: title, objective)"
    );
    assert_eq!(en, "unknown key `zzz` (valid keys: title, objective)");
    let (_, _, en) = said_as::<Sample>("titel: x");
    assert_eq!(en, "unknown key `titel`: did you mean `title`?");
}

#[test]
fn refusals_of_the_reader_are_said_plainly_in_both_languages() {
    let (_, fr, en) = said("flag: true\nflag: false\n");
    assert_eq!(
        fr,
        "la clé `flag` apparaît deux fois\u{a0}: chaque clé ne peut figurer qu'une fois"
    );
    assert_eq!(en, "the key `flag` appears twice: each key may appear once");
    let (_, fr, en) = said("map: {a: 1, a: 2}\n");
    assert!(
        fr.starts_with("map\u{a0}: la clé `a` apparaît deux fois"),
        "{fr}"
    );
    assert!(en.starts_with("map: the key `a` appears twice"), "{en}");
    let (_, fr, en) = said("name: &n x\nlist: [*n]\n");
    assert!(fr.starts_with("les ancres et alias"), "{fr}");
    assert!(en.starts_with("anchors and aliases"), "{en}");
    let deep = format!("list: {}{}", "[".repeat(500), "]".repeat(500));
    let (_, fr, en) = said(&deep);
    assert_eq!(fr, "imbrication de plus de 32 niveaux");
    assert_eq!(en, "nested more than 32 levels deep");
    let (_, fr, _) = said("name: a\0");
    assert!(fr.starts_with("octet nul (NUL)"), "{fr}");
    let (_, fr, en) = said_as::<Sample>("");
    assert_eq!(fr, "le texte est vide\u{a0}: il ne contient aucune valeur");
    assert_eq!(en, "the text is empty: it holds no value");
    let (err, fr, _) = said("name: a\n---\nname: b\n");
    assert_eq!((err.line, err.column), (2, 1));
    assert!(fr.starts_with("un second document (`---`)"), "{fr}");
}

#[test]
fn a_value_of_three_megabytes_is_quoted_as_one_short_line() {
    let huge = "x".repeat(3_000_000);
    for text in [
        format!("flag: {huge}"),
        format!("number: {huge}"),
        format!("status: {huge}"),
        format!("{huge}: 1"),
        format!("map: {{{huge}: oui}}"),
        format!("map: {{{huge}: 1, {huge}: 2}}"),
        format!("number: |\n  {huge}\n  two\n"),
    ] {
        let (_, fr, en) = said(&text);
        assert!(fr.chars().count() < 200 && en.chars().count() < 200, "{fr}");
        assert!(fr.contains("x…"), "{fr}");
    }
    let (_, fr, _) = said("flag: \"a\\u001b[2Jb\\nsecond line\"");
    assert!(fr.ends_with("pas le texte «\u{a0}a␛[2Jb…\u{a0}»"), "{fr}");
}

#[test]
fn a_long_path_is_shown_by_its_end() {
    let (err, fr, _) = said(&format!("map:\n  {}: [x]\n", "k".repeat(500)));
    assert_eq!(err.path, format!("map.{}…", "k".repeat(40)));
    assert!(
        fr.starts_with(&format!(
            "map.{}…\u{a0}: il faut une seule valeur",
            "k".repeat(40)
        )),
        "{fr}"
    );
}

#[test]
fn syntax_errors_are_said_plainly() {
    let cases = [
        ("title: \"a\nobjective: b\n", "guillemet non refermé"),
        ("title: \"a\\q\"\n", "séquence d'échappement inconnue"),
        ("a: {b: c\n", "accolades mal formées"),
        ("a: [b, c\n", "liste entre crochets mal formée"),
        ("title:\n  a: b\n c: d\n", "indentation incorrecte"),
        ("title:\n\ta: b\n", "tabulation dans l'indentation"),
        (
            "title: a: b\n",
            "«\u{a0}:\u{a0}» dans une valeur sans guillemets",
        ),
    ];
    for (text, fr) in cases {
        let err = yaml::from_str::<serde_json::Value>(text).unwrap_err();
        let said = message(&err, Lang::Fr.strings());
        assert!(
            matches!(err.problem, Problem::Syntax(_)),
            "{text:?}: {err:?}"
        );
        assert!(said.starts_with(fr), "{text:?}: {said}");
    }
}

#[test]
fn a_typo_is_told_from_a_word_far_from_any() {
    assert_eq!(nearest("titel", &["title", "objective"]), Some("title"));
    assert_eq!(nearest("zzz", &["title", "objective"]), None);
}
