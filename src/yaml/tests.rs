//! Tests of the YAML reader: limits, scalars as `yaml_serde` reads them, and each error's kind,
//! place and path (their wording is tested in `crate::i18n::problems`).

use std::collections::BTreeMap;

use super::*;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sample {
    title: String,
    #[serde(default)]
    objective: String,
}

/// The error of reading `text` as `T`.
fn error<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> YamlError {
    from_str::<T>(text).unwrap_err()
}

#[test]
fn an_unknown_key_is_placed_on_its_line_with_the_valid_ones() {
    let err = error::<Sample>("title: a\ntitel: b\n");
    assert_eq!((err.line, err.column), (2, 1));
    assert_eq!(
        err.problem,
        Problem::UnknownKey {
            key: "titel".into(),
            valid: vec!["title", "objective"]
        }
    );
    assert_eq!(
        err.path, "",
        "the key is named by the problem, not the path"
    );
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
    let err = error::<BTreeMap<String, Vec<serde::de::IgnoredAny>>>(&billion_laughs());
    assert_eq!(err.problem, Problem::Alias);
    assert_eq!((err.line, err.column), (2, 10));
    assert_eq!(err.path, "");
}

#[test]
fn an_alias_is_refused_wherever_it_stands() {
    let text = format!("a: &a x\nb: {}\nc: [1, {{d: *a}}]\n", nested(20));
    let err = error::<serde::de::IgnoredAny>(&text);
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

/// Any value, read through serde's buffering of untagged enums, the deepest recursion of all.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Any {
    Text(String),
    List(Vec<Any>),
    Map(BTreeMap<String, Any>),
}

/// `depth` mappings nested in block style, each indented under the one before.
fn nested_blocks(depth: usize) -> String {
    (0..depth)
        .map(|level| format!("{}k:\n", "  ".repeat(level)))
        .collect::<String>()
        + &"  ".repeat(depth)
        + "x\n"
}

#[test]
fn deep_nesting_is_refused_before_the_stack_runs_out() {
    // Test threads have 2 MiB of stack, and this runs in debug builds too.
    from_str::<Any>(&nested(MAX_DEPTH)).unwrap();
    from_str::<Any>(&nested_blocks(MAX_DEPTH - 1)).unwrap();
    for deep in [
        nested(MAX_DEPTH + 1),
        nested(100_000),
        nested_blocks(MAX_DEPTH + 1),
        nested_blocks(5_000),
        format!("a: {{b: {}}}\n", nested(MAX_DEPTH)),
    ] {
        let err = error::<Any>(&deep);
        assert_eq!(err.problem, Problem::TooDeep, "{}", &deep[..40]);
        assert_eq!(err.path, "");
        assert!(err.line > 0);
    }
}

#[test]
fn duplicate_struct_keys_are_refused() {
    let err = error::<Sample>("title: a\nobjective: b\ntitle: c\n");
    assert_eq!(err.problem, Problem::DuplicateKey("title".into()));
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
    let err = error::<Maps>("flat:\n  a: 1\n  b: 2\n  a: 3\n");
    assert_eq!(err.problem, Problem::DuplicateKey("a".into()));
    assert_eq!((err.line, err.column), (4, 3), "{err:?}");
    assert_eq!(err.path, "flat");
    let err = error::<Maps>("flat: {}\nnested:\n  x: {a: true, a: false}\n");
    assert_eq!(err.problem, Problem::DuplicateKey("a".into()));
    assert_eq!((err.line, err.column), (3, 16), "{err:?}");
    assert_eq!(err.path, "nested.x");
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
floats: [1.5, -2.5e3, 1_000, 2026-03-15, 1.0]
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
fn empty_values_are_empty_collections_where_asked_and_missing_options() {
    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Shapes {
        #[serde(default, deserialize_with = "or_empty")]
        list: Vec<String>,
        #[serde(default, deserialize_with = "or_empty")]
        map: BTreeMap<String, String>,
        maybe: Option<String>,
        quoted: Option<String>,
        text: String,
    }
    let shapes: Shapes = from_str("list:\nmap: ~\nmaybe: ~\nquoted: '~'\ntext:\n").unwrap();
    assert_eq!(
        shapes,
        Shapes {
            list: vec![],
            map: BTreeMap::new(),
            maybe: None,
            quoted: Some("~".into()),
            text: String::new(),
        }
    );
    let err = error::<BTreeMap<String, Vec<String>>>("list:\n");
    assert_eq!((err.line, err.column, err.path.as_str()), (1, 5, "list"));
    assert_eq!(
        err.problem,
        Problem::Mismatch {
            found: Found::Nothing,
            expected: Expected::List
        }
    );
}

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

#[test]
fn type_errors_name_the_value_and_its_place() {
    let err = error::<Doc>("stages:\n  - number: 1\n  - number: deux\n");
    assert_eq!((err.line, err.column), (3, 13));
    assert_eq!(err.path, "stages[1].number");
    assert_eq!(
        err.problem,
        Problem::Mismatch {
            found: Found::Text("deux".into()),
            expected: Expected::Integer { min: 0, max: 255 }
        }
    );
    let err = error::<Doc>("stages:\n  - {}\n");
    assert_eq!(err.problem, Problem::MissingKey("number".into()));
    assert_eq!(
        (err.line, err.column, err.path.as_str()),
        (2, 5, "stages[0]")
    );
}

#[test]
fn a_quoted_number_reads_as_the_number() {
    let doc: Doc = from_str("stages:\n  - number: '2'\n").unwrap();
    assert_eq!(doc.stages[0].number, 2);
}

#[test]
fn syntax_errors_and_second_documents_are_located() {
    let err = error::<serde_json::Value>("a: [1, 2\nb: 3\n");
    assert!(matches!(err.problem, Problem::Syntax(_)), "{err:?}");
    assert!(err.line >= 2, "{err:?}");
    let err = error::<serde_json::Value>("a: 1\n---\nb: 2\n");
    assert_eq!(err.problem, Problem::SecondDocument);
    assert_eq!((err.line, err.column), (2, 1), "{err:?}");
    for empty in ["", "# a comment\n"] {
        assert_eq!(error::<Sample>(empty).problem, Problem::Empty, "{empty:?}");
    }
    let err = error::<serde_json::Value>("a: !custom 1\n");
    assert_eq!(err.problem, Problem::Tag("!custom".into()));
    assert_eq!(err.path, "a");
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
    let err = error::<BTreeMap<String, String>>(&text);
    assert_eq!(err.problem, Problem::DuplicateKey("k3".into()));
    assert_eq!((err.line, err.column), (41, 1));
}

#[test]
fn keys_of_inner_mappings_belong_to_them_alone() {
    let text = "a: {x: 1, y: {x: 2}}\nx: {a: 3}\nb: [{x: 4}, {x: 5}]\n";
    let value: serde_json::Value = from_str(text).unwrap();
    assert_eq!(value["a"]["y"]["x"], 2);
    assert_eq!(value["b"][1]["x"], 5);
    let err = error::<serde_json::Value>("a: {x: 1, y: {x: 2}, x: 3}\n");
    assert_eq!(err.problem, Problem::DuplicateKey("x".into()));
    assert_eq!((err.line, err.column, err.path.as_str()), (1, 22, "a"));
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
    let err = error::<BTreeMap<String, u8>>(&format!("{}: [x]\n", "k".repeat(500)));
    assert_eq!(err.path, format!("{}…", "k".repeat(40)));
    let deep = format!(
        "{}{{number: x}}{}",
        "{number: 1, next: ".repeat(25),
        "}".repeat(25)
    );
    let err = error::<Node>(&deep);
    assert_eq!(err.path.chars().count(), 61, "{}", err.path);
    assert!(
        err.path.starts_with('…') && err.path.ends_with(".next.number"),
        "{}",
        err.path
    );
}

#[test]
fn numbers_the_reader_cannot_hold_are_kept_as_written_or_refused() {
    let text = "a: 1\nb: {c: -123456789012345678901234567890, d: 1e309, e: .inf, f: 1.5e300}\n";
    let err = number_as_written(text, &["b", "c"]).unwrap_err();
    assert_eq!(
        err.problem,
        Problem::IntegerTooLarge("-123456789012345678901234567890".into())
    );
    assert_eq!((err.line, err.column, err.path.as_str()), (2, 8, "b.c"));
    assert_eq!(
        number_as_written(text, &["b", "d"]),
        Ok(Some("1e309".into()))
    );
    for kept in [&["a"][..], &["b", "e"], &["b", "f"], &["z"]] {
        assert_eq!(number_as_written(text, kept), Ok(None), "{kept:?}");
    }
}

#[test]
fn a_nul_byte_anywhere_is_reported_as_a_nul_byte_at_its_place() {
    let text = "title: \"a b\"\nobjective: |\n  deux\n  lignes\n# fin\n";
    for (at, _) in text.char_indices().skip(1) {
        let with_nul = format!("{}\0{}", &text[..at], &text[at..]);
        let err = error::<Sample>(&with_nul);
        assert_eq!(err.problem, Problem::NulByte, "NUL at {at}: {err:?}");
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
        assert_eq!((err.line, err.column), (line, column), "NUL at {at}");
    }
}

#[test]
fn old_mac_line_ends_read_as_line_breaks() {
    let sample: Sample = from_str("title: a\robjective: b\r").unwrap();
    assert_eq!(sample.objective, "b");
    let err = error::<Sample>("title: a\rtitel: b\r");
    assert_eq!((err.line, err.column), (2, 1));
    let err = error::<Sample>("title: a\robjective: b\r\0");
    assert_eq!(
        (err.problem, err.line, err.column),
        (Problem::NulByte, 3, 1)
    );
}
