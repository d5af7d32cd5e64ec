//! The one module that knows the YAML libraries: parsing with locations, and serialising.
//!
//! Parsing reads `saphyr-parser`'s events straight into the caller's types ([`de`]), guarded against
//! hostile input: aliases are refused (a few lines could otherwise expand into gigabytes), nesting
//! is bounded, and a key given twice is an error, in structs and in maps alike. Callers cap the
//! size of the text before it gets here, which bounds the parse time. Serialising goes through
//! `yaml_serde`.

mod cut;
mod de;
mod keys;
mod scalar;
mod splice;

use std::borrow::Cow;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::i18n::{Lang, Strings, fill};

/// The deepest nesting of mappings and sequences accepted.
pub const MAX_DEPTH: usize = 128;

/// A YAML error with its 1-based position, when the parser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What is wrong, in English, without the position.
    pub message: String,
    /// The kind of problem, to word it in the interface's language.
    pub problem: Problem,
}

/// The problems that hostile or damaged input can cause, named so they can be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The parser or the types refuse the text; the message says why.
    Invalid,
    /// An alias (`*name`) to an anchor (`&name`).
    Alias,
    /// Mappings and sequences nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A key given twice in one mapping.
    DuplicateKey(String),
}

impl YamlError {
    /// What is wrong, in the interface's language (the parser's own messages stay in English).
    pub fn localized(&self, strings: &Strings) -> String {
        match &self.problem {
            Problem::Invalid => self.message.clone(),
            problem => {
                // The message is the place in the document (if any) then the English wording.
                let english = describe(problem, Lang::En.strings());
                let place = self.message.strip_suffix(&english).unwrap_or_default();
                format!("{place}{}", describe(problem, strings))
            }
        }
    }

    /// An error of a known kind, worded in English after `place` (e.g. `stages[1]: `).
    fn new(line: usize, column: usize, place: &str, problem: Problem) -> Self {
        YamlError {
            line,
            column,
            message: format!("{place}{}", describe(&problem, Lang::En.strings())),
            problem,
        }
    }
}

/// A problem in words of `strings`; the parser's messages are used for [`Problem::Invalid`].
fn describe(problem: &Problem, strings: &Strings) -> String {
    match problem {
        Problem::Invalid => String::new(),
        Problem::Alias => strings.yaml_alias.to_string(),
        Problem::TooDeep => fill(strings.yaml_too_deep, &[&MAX_DEPTH]),
        Problem::DuplicateKey(key) => fill(strings.yaml_duplicate_key, &[key]),
    }
}

/// Parses `source` into `T`, refusing aliases, excessive nesting and duplicate keys.
pub fn from_str<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    de::from_str(&separators_as_breaks(source)).map_err(|error| {
        let (line, column) = error.position.unwrap_or((0, 0));
        match error.problem {
            Problem::Invalid => YamlError {
                line,
                column,
                message: suggest_key(&error.to_string()),
                problem: Problem::Invalid,
            },
            // Where the duplicate is matters; the path to a too deep value or an alias does not.
            Problem::DuplicateKey(_) if !error.path.is_empty() => {
                let place = format!("{}: ", error.path);
                YamlError::new(line, column, &place, error.problem)
            }
            problem => YamlError::new(line, column, "", problem),
        }
    })
}

/// `source` with the blanks after each line or paragraph separator (U+2028, U+2029) removed.
///
/// The writer (`yaml_serde`, that is libyaml) follows YAML 1.1, where these two characters are line
/// breaks: it writes one raw inside a quoted string, then the next line's indentation, which a YAML
/// 1.1 reader drops. The reader follows YAML 1.2, where they are ordinary characters and the
/// indentation would become part of the text. libyaml never writes a separator followed by a blank
/// of the text itself (it switches to `"…\L…"` escapes then), so dropping those blanks reads back
/// exactly what was written.
fn separators_as_breaks(source: &str) -> Cow<'_, str> {
    // Two searches for a character are much faster than one for either of two.
    if !source.contains('\u{2028}') && !source.contains('\u{2029}') {
        return Cow::Borrowed(source);
    }
    let mut text = String::with_capacity(source.len());
    let mut after_separator = false;
    for c in source.chars() {
        if after_separator && matches!(c, ' ' | '\t') {
            continue;
        }
        after_separator = matches!(c, '\u{2028}' | '\u{2029}');
        text.push(c);
    }
    Cow::Owned(text)
}

/// Serialises `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|err| YamlError {
        line: 0,
        column: 0,
        message: err.to_string(),
        problem: Problem::Invalid,
    })
}

/// Rewrites serde's "unknown field `x`, expected one of …" into a message naming the nearest valid
/// key, so that a typo is easy to fix.
fn suggest_key(message: &str) -> String {
    let Some(start) = message.find("unknown field `") else {
        return message.to_string();
    };
    let rest = &message[start + "unknown field `".len()..];
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_string();
    };
    let valid: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = valid
        .iter()
        .map(|key| (strsim::damerau_levenshtein(unknown, key), *key))
        .filter(|(distance, key)| *distance <= 2.max(key.len() / 3))
        .min();
    let prefix = &message[..start];
    match nearest {
        Some((_, key)) => format!("{prefix}unknown key `{unknown}`: did you mean `{key}`?"),
        None if valid.is_empty() => format!("{prefix}unknown key `{unknown}`"),
        None => format!(
            "{prefix}unknown key `{unknown}` (valid keys: {})",
            valid.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
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
        let err = from_str::<BTreeMap<String, Vec<serde::de::IgnoredAny>>>(&billion_laughs())
            .unwrap_err();
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
            "flat: la clé `a` apparaît deux fois : chaque clé ne peut figurer qu'une fois"
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
            "stages[1].number: invalid type: string \"2\", expected u8"
        );
        let err = from_str::<Doc>("stages:\n  - {}\n").unwrap_err();
        assert_eq!(err.message, "stages[0]: missing field `number`");
        assert_eq!((err.line, err.column), (2, 5));
    }

    #[test]
    fn syntax_errors_and_second_documents_are_located() {
        let err = from_str::<serde_json::Value>("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(err.problem, Problem::Invalid);
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
    fn line_separators_read_back_as_they_were_written() {
        let texts = [
            "séparateur\u{2028}de ligne",
            "a\u{2029}b\u{2028}\u{2028}c",
            "a\u{2028} b",
        ];
        for text in texts {
            let written = to_string(&vec![text]).unwrap();
            let read: Vec<String> = from_str(&written).unwrap();
            assert_eq!(read, [text], "written as {written:?}");
        }
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
}
