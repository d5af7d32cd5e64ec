//! Tests of the YAML reader: limits, scalars as `yaml_serde` reads them, and errors as the user sees them.

use std::collections::BTreeMap;

use super::*;
use crate::i18n::Lang;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sample {
    title: String,
    #[serde(default)]
    objective: String,
}

#[test]
fn far_keys_list_the_valid_ones() {
    let err = from_str::<Sample>(
        "title: a
zzz: b
",
    )
    .unwrap_err();
    assert_eq!(
        err.message,
        "unknown key `zzz` (valid keys: title, objective)"
    );
}

#[test]
fn errors_carry_their_position_once() {
    let err = from_str::<Sample>("title: a\ntitel: b\n").unwrap_err();
    assert_eq!((err.line, err.column), (2, 1));
    assert_eq!(err.message, "unknown key `titel`: did you mean `title`?");
    assert!(!err.message.contains("line 2"), "{}", err.message);
}

/// `depth` sequences nested in flow style.
fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// Nine anchors, each a list of nine aliases to the one before: a billion strings if expanded.
fn billion_laughs() -> String {
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let alias = format!("*a{}", level - 1);
        let items = [alias.as_str(); 9].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    text
}

#[test]
fn aliases_are_refused_at_their_place_before_any_expansion() {
    let err =
        from_str::<BTreeMap<String, Vec<serde::de::IgnoredAny>>>(&billion_laughs()).unwrap_err();
    assert_eq!(err.problem, Problem::Alias);
    assert_eq!((err.line, err.column), (2, 10));
    assert!(
        err.message.starts_with("anchors and aliases"),
        "{}",
        err.message
    );
    let fr = err.localized(Lang::Fr.strings());
    assert!(fr.starts_with("les ancres et alias"), "{fr}");
}

#[test]
fn an_alias_is_refused_wherever_it_stands() {
    let text = format!("a: &a x\nb: {}\nc: [1, {{d: *a}}]\n", nested(70));
    let err = from_str::<serde::de::IgnoredAny>(&text).unwrap_err();
    assert_eq!(err.problem, Problem::Alias);
    assert_eq!((err.line, err.column), (3, 12), "{err:?}");
    let without_alias = text.replace("*a", "a");
    from_str::<serde::de::IgnoredAny>(&without_alias).unwrap();
}

#[test]
fn an_anchor_without_alias_is_harmless() {
    let sample: Sample = from_str("title: &t R&D\nobjective: &o x\n").unwrap();
    assert_eq!(sample.title, "R&D");
}

#[test]
fn an_ampersand_in_text_is_not_an_anchor() {
    let sample: Sample = from_str("title: R&D & co\nobjective: \"&x *y\"\n").unwrap();
    assert_eq!(sample.title, "R&D & co");
    assert_eq!(sample.objective, "&x *y");
}

/// Any value, as the plan's untagged answer values are read.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Any {
    Text(String),
    List(Vec<Any>),
}

#[test]
fn deep_nesting_is_refused() {
    from_str::<Any>(&nested(MAX_DEPTH - 2)).unwrap();
    let err = from_str::<Any>(&nested(10_000)).unwrap_err();
    assert_eq!(err.problem, Problem::TooDeep);
    assert_eq!(err.message, "nested more than 128 levels deep");
    assert_eq!(
        err.localized(Lang::Fr.strings()),
        "imbrication de plus de 128 niveaux"
    );
}

#[test]
fn duplicate_struct_keys_are_refused() {
    let err = from_str::<Sample>("title: a\nobjective: b\ntitle: c\n").unwrap_err();
    assert_eq!(err.problem, Problem::DuplicateKey("title".into()));
    assert_eq!(
        err.message,
        "the key `title` appears twice: each key may appear once"
    );
    assert_eq!((err.line, err.column), (3, 1));
}

#[derive(Debug, serde::Deserialize)]
struct Maps {
    flat: BTreeMap<String, u8>,
    #[serde(default)]
    nested: BTreeMap<String, BTreeMap<String, bool>>,
}

#[test]
fn duplicate_map_keys_are_refused_where_serde_would_keep_the_last() {
    let maps: Maps = from_str("flat: {a: 1, b: 2}\nnested: {x: {a: true}}\n").unwrap();
    assert_eq!(maps.flat.len(), 2);
    assert!(maps.nested["x"]["a"]);
    let err = from_str::<Maps>("flat:\n  a: 1\n  b: 2\n  a: 3\n").unwrap_err();
    assert_eq!(err.problem, Problem::DuplicateKey("a".into()));
    assert_eq!(err.line, 4, "{err:?}");
    assert!(
        err.message.starts_with("flat: the key `a` appears twice"),
        "{err:?}"
    );
    assert_eq!(
        err.localized(Lang::Fr.strings()),
        "flat : la clé `a` apparaît deux fois : chaque clé ne peut figurer qu'une fois"
    );
    let err = from_str::<Maps>("flat: {}\nnested:\n  x: {a: true, a: false}\n").unwrap_err();
    assert_eq!(err.problem, Problem::DuplicateKey("a".into()));
    assert_eq!((err.line, err.column), (3, 16), "{err:?}");
    assert!(err.message.starts_with("nested.x: the key `a`"), "{err:?}");
}

/// What `yaml_serde`, the library that writes plans and once read everything, makes of `text`.
fn as_yaml_serde_reads(text: &str) -> serde_json::Value {
    serde_yaml::from_str(text).unwrap()
}

#[test]
fn every_definition_file_reads_as_yaml_serde_reads_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let folders = ["questionnaires", "tests/fixtures/definitions/minimal"];
    let mut files = 0;
    for folder in folders {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let ours: serde_json::Value = from_str(&text).unwrap();
            assert_eq!(ours, as_yaml_serde_reads(&text));
            files += 1;
        }
    }
    assert!(files >= 10, "{files} files");
}

#[test]
fn scalars_read_as_yaml_serde_reads_them() {
    let text = r#"
nulls: [~, null, Null, NULL, '', "~"]
empty_null:
bools: [true, True, TRUE, false, yes, no, on, 'true']
ints: [0, 7, +7, -7, 007, 0x1F, 0o17, 0b101, -0x10, 18446744073709551615, '12']
floats: [1.5, -2.5e3, 1e999, 1_000, 2026-03-15, 1.0]
text: [a b, 'quoted ''x''', "line\nbreak", !!str 12, é à ç]
block: |
  two
  lines
folded: >
  one
  line
empty_seq:
nested: {a: [1, {b: c}], d: {}}
"#;
    let ours: serde_json::Value = from_str(text).unwrap();
    assert_eq!(ours, as_yaml_serde_reads(text));
}

#[test]
fn infinities_read_as_floats() {
    let values: Vec<f64> = from_str("[.inf, -.Inf, +.INF]").unwrap();
    assert_eq!(values, [f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY]);
}

#[test]
fn empty_values_are_empty_collections_and_missing_options() {
    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Shapes {
        list: Vec<String>,
        map: BTreeMap<String, String>,
        maybe: Option<String>,
        quoted: Option<String>,
    }
    let shapes: Shapes = from_str("list:\nmap:\nmaybe: ~\nquoted: '~'\n").unwrap();
    assert_eq!(
        shapes,
        Shapes {
            list: vec![],
            map: BTreeMap::new(),
            maybe: None,
            quoted: Some("~".into()),
        }
    );
}

#[test]
fn type_errors_name_the_value_and_its_place() {
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Stage {
        number: u8,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        stages: Vec<Stage>,
    }
    let err = from_str::<Doc>("stages:\n  - number: 1\n  - number: '2'\n").unwrap_err();
    assert_eq!((err.line, err.column), (3, 13));
    assert_eq!(
        err.message,
        "stages[1].number: expected a whole number from 0 to 255, not the text \"2\""
    );
    assert_eq!(
        err.localized(Lang::Fr.strings()),
        "stages[1].number : il faut un nombre entier de 0 à 255, pas le texte « 2 »"
    );
    let err = from_str::<Doc>("stages:\n  - {}\n").unwrap_err();
    assert_eq!(err.message, "stages[0]: the key `number` is missing");
    assert_eq!((err.line, err.column), (2, 5));
}

#[test]
fn syntax_errors_and_second_documents_are_located() {
    let err = from_str::<serde_json::Value>("a: [1, 2\nb: 3\n").unwrap_err();
    assert!(matches!(err.problem, Problem::Syntax(_)), "{err:?}");
    assert!(err.line >= 2, "{err:?}");
    let err = from_str::<serde_json::Value>("a: 1\n---\nb: 2\n").unwrap_err();
    assert_eq!(err.line, 2, "{err:?}");
    assert!(err.message.contains("a file holds one document"), "{err:?}");
    let err = from_str::<serde_json::Value>("").unwrap_err();
    assert_eq!(err.message, "the text is empty: it holds no value");
    let err = from_str::<serde_json::Value>("a: !custom 1\n").unwrap_err();
    assert_eq!(
        err.message,
        "a: the tag `!custom` is not supported: remove it"
    );
}

#[test]
fn texts_that_made_a_parser_panic_read_or_fail_cleanly() {
    // Found by fuzzing: each one panicked in `libyaml-safer` 0.3, tried as this parser.
    let texts = [
        "format     rationale: |-\n         ---\n        nuce: embed/1",
        "a: |\n  ---",
        "[!a,b]\n",
        "{!a,b: c}\n",
        "a: \"\\",
    ];
    for text in texts {
        let _ = from_str::<serde_json::Value>(text);
    }
    let literal: BTreeMap<String, String> = from_str("a: |\n  ---").unwrap();
    assert_eq!(literal["a"], "---\n");
}

#[test]
fn a_key_repeated_far_apart_in_a_large_mapping_is_refused() {
    let mut text: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
    let values: BTreeMap<String, u32> = from_str(&text).unwrap();
    assert_eq!(values.len(), 40);
    text.push_str("k3: again\n");
    let err = from_str::<BTreeMap<String, String>>(&text).unwrap_err();
    assert_eq!(err.problem, Problem::DuplicateKey("k3".into()));
    assert_eq!((err.line, err.column), (41, 1));
}

#[test]
fn keys_of_inner_mappings_belong_to_them_alone() {
    let text = "a: {x: 1, y: {x: 2}}\nx: {a: 3}\nb: [{x: 4}, {x: 5}]\n";
    let value: serde_json::Value = from_str(text).unwrap();
    assert_eq!(value["a"]["y"]["x"], 2);
    assert_eq!(value["b"][1]["x"], 5);
    let err = from_str::<serde_json::Value>("a: {x: 1, y: {x: 2}, x: 3}\n").unwrap_err();
    assert_eq!(err.problem, Problem::DuplicateKey("x".into()));
    assert_eq!((err.line, err.column), (1, 22));
    assert!(err.message.starts_with("a: the key `x`"), "{err:?}");
}

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
    "jiff",
];

/// The error for `text` read as [`Kinds`], in French and in English, checked free of library words.
fn said(text: &str) -> (YamlError, String, String) {
    let err = from_str::<Kinds>(text).unwrap_err();
    let (fr, en) = (
        err.localized(Lang::Fr.strings()),
        err.localized(Lang::En.strings()),
    );
    for word in LIBRARY_WORDS {
        assert!(
            !fr.contains(word) && !en.contains(word),
            "`{word}` in {fr} / {en}"
        );
    }
    assert_eq!(en, err.message);
    (err, fr, en)
}

#[test]
fn every_kind_of_wrong_value_says_what_was_expected_at_its_place() {
    let cases = [
        (
            "number: deux",
            (1, 9),
            "number : il faut un nombre entier de 0 à 255, pas le texte « deux »",
        ),
        (
            "number: 300",
            (1, 9),
            "number : il faut un nombre entier de 0 à 255, pas le nombre 300",
        ),
        (
            "number: -1",
            (1, 9),
            "number : il faut un nombre entier de 0 à 255, pas le nombre -1",
        ),
        (
            "number: 1.5",
            (1, 9),
            "number : il faut un nombre entier de 0 à 255, pas le nombre 1.5",
        ),
        (
            "number: [1]",
            (1, 9),
            "number : il faut un nombre entier de 0 à 255, pas une liste",
        ),
        (
            "flag: oui",
            (1, 7),
            "flag : il faut `true` ou `false`, pas le texte « oui »",
        ),
        (
            "flag: 1",
            (1, 7),
            "flag : il faut `true` ou `false`, pas le nombre 1",
        ),
        (
            "name: {a: b}",
            (1, 7),
            "name : il faut un texte, pas des clés et valeurs",
        ),
        (
            "list: {a: b}",
            (1, 7),
            "list : il faut une liste (`- …` ou `[…]`), pas des clés et valeurs",
        ),
        (
            "list: texte",
            (1, 7),
            "list : il faut une liste (`- …` ou `[…]`), pas le texte « texte »",
        ),
        (
            "map: [a]",
            (1, 6),
            "map : il faut des clés et valeurs (`clé: valeur`), pas une liste",
        ),
        (
            "map: {a: true}",
            (1, 10),
            "map.a : il faut un nombre entier de 0 à 255, pas la valeur `true`",
        ),
        (
            "status: okay",
            (1, 9),
            "status : `okay` n'est pas une valeur possible ici : vouliez-vous dire `ok` ?",
        ),
        (
            "status: fait",
            (1, 9),
            "status : `fait` n'est pas une valeur possible ici (valeurs possibles : todo, ok, ko)",
        ),
        (
            "status: ''",
            (1, 9),
            "status : valeur vide : il en faut une parmi todo, ok, ko",
        ),
        (
            "status: [ok]",
            (1, 9),
            "status : il faut une de ces valeurs : todo, ok, ko, pas une liste",
        ),
        (
            "inner: {objective: x}",
            (1, 8),
            "inner : il manque la clé `title`",
        ),
        (
            "inner: x",
            (1, 8),
            "inner : il faut des clés et valeurs (`clé: valeur`), pas le texte « x »",
        ),
        (
            "nmber: 1",
            (1, 1),
            "clé inconnue `nmber` : vouliez-vous dire `number` ?",
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
    assert!(fr.ends_with("pas le texte « a␛[2Jb… »"), "{fr}");
}

/// A value nested in itself, for long paths.
#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Node {
    number: u8,
    next: Option<Box<Node>>,
}

#[test]
fn a_long_path_is_shown_by_its_end() {
    let (err, fr, _) = said(&format!("map:\n  {}: [x]\n", "k".repeat(500)));
    assert_eq!(err.path, format!("map.{}…", "k".repeat(40)));
    assert!(
        fr.starts_with(&format!("map.{}… : il faut un nombre", "k".repeat(40))),
        "{fr}"
    );
    let deep = format!(
        "{}{{number: x}}{}",
        "{number: 1, next: ".repeat(40),
        "}".repeat(40)
    );
    let err = from_str::<Node>(&deep).unwrap_err();
    assert_eq!(err.path.chars().count(), 61, "{}", err.path);
    assert!(
        err.path.starts_with('…') && err.path.ends_with(".next.number"),
        "{}",
        err.path
    );
}

#[test]
fn integers_beyond_64_bits_are_refused_at_their_place() {
    let err =
        from_str::<serde_json::Value>("a: 1\nb: -123456789012345678901234567890\n").unwrap_err();
    assert_eq!(
        err.problem,
        Problem::IntegerTooLarge("-123456789012345678901234567890".into())
    );
    assert_eq!((err.line, err.column), (2, 4));
    assert!(
        err.message.starts_with("b: the number -1234"),
        "{}",
        err.message
    );
    let err = from_str::<serde_json::Value>("[0x1FFFFFFFFFFFFFFFFF]").unwrap_err();
    assert!(
        matches!(err.problem, Problem::IntegerTooLarge(_)),
        "{err:?}"
    );
    let (err, _, _) = said("number: 123456789012345678901234567890");
    assert!(
        matches!(err.problem, Problem::IntegerTooLarge(_)),
        "{err:?}"
    );
    // Within 64 bits, floats and quoted digits read as before.
    let values: serde_json::Value = from_str(
        "[18446744073709551615, -9223372036854775808, 1.5e300, '123456789012345678901234567890']",
    )
    .unwrap();
    assert_eq!(
        values,
        as_yaml_serde_reads(
            "[18446744073709551615, -9223372036854775808, 1.5e300, '123456789012345678901234567890']"
        )
    );
}

#[test]
fn a_nul_byte_anywhere_is_reported_as_a_nul_byte_at_its_place() {
    let text = "title: \"a b\"\nobjective: |\n  deux\n  lignes\n# fin\n";
    for (at, _) in text.char_indices().skip(1) {
        let with_nul = format!("{}\0{}", &text[..at], &text[at..]);
        let err = from_str::<Sample>(&with_nul).unwrap_err();
        assert_eq!(err.problem, Problem::NulByte, "NUL at {at}: {err:?}");
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
        assert_eq!((err.line, err.column), (line, column), "NUL at {at}");
        assert!(
            err.localized(Lang::Fr.strings())
                .starts_with("octet nul (NUL)")
        );
    }
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
    ];
    for (text, fr) in cases {
        let err = from_str::<serde_json::Value>(text).unwrap_err();
        assert!(
            matches!(err.problem, Problem::Syntax(_)),
            "{text:?}: {err:?}"
        );
        let said = err.localized(Lang::Fr.strings());
        assert!(said.starts_with(fr), "{text:?}: {said}");
    }
}

#[test]
fn old_mac_line_ends_read_as_line_breaks() {
    let sample: Sample = from_str("title: a\robjective: b\r").unwrap();
    assert_eq!(sample.objective, "b");
    let err = from_str::<Sample>("title: a\rtitel: b\r").unwrap_err();
    assert_eq!((err.line, err.column), (2, 1));
    let err = from_str::<Sample>("title: a\robjective: b\r\0").unwrap_err();
    assert_eq!(
        (err.problem, err.line, err.column),
        (Problem::NulByte, 3, 1)
    );
}
