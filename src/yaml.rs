//! The one module that knows the YAML library: parsing with locations, and serialising.
//!
//! Parsing goes through `yaml_serde` (a port of libyaml), guarded against hostile input: anchors and
//! aliases are refused (a few lines could otherwise expand into gigabytes), nesting is bounded by
//! the parser's recursion limit, and a key given twice is an error, in structs and in maps alike.
//! Callers cap the size of the text before it gets here, which bounds the parse time.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fmt;
use std::marker::PhantomData;

use serde::Serialize;
use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::i18n::{Lang, Strings, fill};

/// The deepest nesting of mappings and sequences accepted (the parser's own recursion limit).
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
    refuse_aliases(source)?;
    serde_yaml::from_str(source).map_err(|err| {
        let (line, column) = err
            .location()
            .map_or((0, 0), |loc| (loc.line(), loc.column()));
        let mut error = classify(line, column, &strip_position(&err.to_string()));
        if let Problem::DuplicateKey(key) = &error.problem {
            (error.line, error.column) =
                second_key(source, line, column, key).unwrap_or((line, column));
        }
        error
    })
}

/// Where `key` appears for the second time in the block mapping whose first key stands at
/// (`line`, `column`) — the parser reports a duplicate at the start of its mapping.
fn second_key(source: &str, line: usize, column: usize, key: &str) -> Option<(usize, usize)> {
    let indent = column.checked_sub(1)?;
    let is_key = |text: &str| {
        [
            format!("{key}:"),
            format!("\"{key}\":"),
            format!("'{key}':"),
        ]
        .iter()
        .any(|start| text.starts_with(start.as_str()))
    };
    let mut seen = 0;
    for (index, text) in source.lines().enumerate().skip(line.checked_sub(1)?) {
        let first = index + 1 == line;
        let content = if first {
            text.get(indent..)?
        } else {
            text.trim_start_matches(' ')
        };
        let width = text.len() - content.len();
        if !first && width < indent && !content.is_empty() && !content.starts_with('#') {
            break;
        }
        if (first || width == indent) && is_key(content) {
            seen += 1;
            if seen == 2 {
                return Some((index + 1, column));
            }
        }
    }
    None
}

/// Turns the parser's message into a [`YamlError`], naming the problems users can meet.
fn classify(line: usize, column: usize, message: &str) -> YamlError {
    if message.contains("recursion limit exceeded") {
        return YamlError::new(line, column, "", Problem::TooDeep);
    }
    if let Some(key) = between(message, "duplicate field `", "`")
        .or_else(|| between(message, "duplicate key `", "`"))
    {
        let place = &message[..message.find("duplicate ").unwrap_or(0)];
        return YamlError::new(line, column, place, Problem::DuplicateKey(key.to_string()));
    }
    YamlError {
        line,
        column,
        message: suggest_key(message),
        problem: Problem::Invalid,
    }
}

/// The text between `start` and the next `end` in `message`.
fn between<'a>(message: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &message[message.find(start)? + start.len()..];
    rest.split_once(end).map(|(inside, _)| inside)
}

/// Refuses a text holding an alias, reporting the first one where it stands.
///
/// An alias needs an anchor (`&name`), so a text without one is let through without looking
/// further (see [`may_hold_anchor`]); otherwise a streaming parser allowed no alias looks for one (its other limits are
/// lifted, but for its nesting depth of 64, which keeps its recursion within the stack). When that
/// parser stops early for another reason, a text that also holds a `*` is refused too: an alias
/// could stand after the place it stopped.
fn refuse_aliases(source: &str) -> Result<(), YamlError> {
    if !may_hold_anchor(source) {
        return Ok(());
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_aliases: 0,
            max_events: usize::MAX,
            max_nodes: usize::MAX,
            max_total_scalar_bytes: usize::MAX,
            max_anchors: usize::MAX,
        },
    };
    let Err(err) = serde_saphyr::from_str_with_options::<de::IgnoredAny>(source, options) else {
        return Ok(());
    };
    let (line, column) = err
        .location()
        .map_or((0, 0), |loc| (loc.line() as usize, loc.column() as usize));
    if is_alias_error(&err) {
        Err(YamlError::new(line, column, "", Problem::Alias))
    } else if source.contains('*') {
        Err(YamlError {
            line,
            column,
            message: format!("{UNCHECKED}: {}", checker_message(&err)),
            problem: Problem::Invalid,
        })
    } else {
        // Without an alias, the main parser reports the problem in its own words.
        Ok(())
    }
}

/// True when `source` has a `&` followed by a character that may begin an anchor's name (YAML's
/// `ns-anchor-char`: not a space, a tab, a line break or a flow indicator), so that "R & D" costs
/// nothing.
fn may_hold_anchor(source: &str) -> bool {
    source.match_indices('&').any(|(at, _)| {
        source[at + 1..].chars().next().is_some_and(|next| {
            !matches!(next, ' ' | '\t' | '\r' | '\n' | ',' | '[' | ']' | '{' | '}')
        })
    })
}

/// Why a text that may hold aliases is refused when it cannot be checked.
const UNCHECKED: &str = "cannot check this text for aliases (`*name`)";

/// The checking parser's reason for stopping, without its position (the caller prints it first).
fn checker_message(err: &serde_saphyr::Error) -> String {
    if let serde_saphyr::Error::Budget {
        breach: serde_saphyr::budget::BudgetBreach::Depth { depth },
        ..
    } = err.without_snippet()
    {
        return format!("nested more than {} levels deep", depth.saturating_sub(1));
    }
    let message = err.without_snippet().to_string();
    let after_position = message
        .split_once(" column ")
        .and_then(|(_, rest)| rest.split_once(": "))
        .map(|(_, reason)| reason);
    after_position.unwrap_or(&message).to_string()
}

/// True when the checking parser stopped on an alias.
fn is_alias_error(err: &serde_saphyr::Error) -> bool {
    matches!(
        err.without_snippet(),
        serde_saphyr::Error::Budget {
            breach: serde_saphyr::budget::BudgetBreach::Aliases { .. },
            ..
        }
    )
}

/// Deserialises a map of string keys, refusing a key given twice (serde's own maps silently keep
/// the last value, which would drop an answer). Use with `#[serde(deserialize_with = …)]`.
pub fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    deserializer.deserialize_map(UniqueKeys(PhantomData))
}

/// Like [`unique_keys`], for a map whose values are maps too.
pub fn unique_keys_nested<'de, D, V>(
    deserializer: D,
) -> Result<BTreeMap<String, BTreeMap<String, V>>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    let outer: BTreeMap<String, Unique<V>> = unique_keys(deserializer)?;
    Ok(outer
        .into_iter()
        .map(|(key, inner)| (key, inner.0))
        .collect())
}

/// A map deserialised by [`unique_keys`].
struct Unique<V>(BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Unique<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        unique_keys(deserializer).map(Unique)
    }
}

/// The visitor of [`unique_keys`].
struct UniqueKeys<V>(PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueKeys<V> {
    type Value = BTreeMap<String, V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            match out.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(map.next_value()?);
                }
                Entry::Occupied(slot) => {
                    let key = slot.key();
                    return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                }
            }
        }
        Ok(out)
    }
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

/// Removes the " at line L column C" suffix the parser appends, since callers print the position first.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
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
    fn an_alias_beyond_where_the_check_stops_is_still_refused() {
        let text = format!("a: &a x\nb: {}\nc: *a\n", nested(70));
        let err = from_str::<serde::de::IgnoredAny>(&text).unwrap_err();
        assert_eq!(
            err.message,
            "cannot check this text for aliases (`*name`): nested more than 64 levels deep"
        );
        assert_eq!(err.line, 2, "{err:?}");
        let without_alias = text.replace("*a", "a");
        from_str::<serde::de::IgnoredAny>(&without_alias).unwrap();
    }

    #[test]
    fn only_an_ampersand_before_a_name_may_start_an_anchor() {
        assert!(!may_hold_anchor(
            "title: services & systèmes\nx: [a &, b]\n"
        ));
        assert!(!may_hold_anchor("a: &\n"));
        assert!(may_hold_anchor("a: &a x\n"));
        assert!(may_hold_anchor("title: R&D\n"));
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
        #[serde(deserialize_with = "unique_keys")]
        flat: BTreeMap<String, u8>,
        #[serde(default, deserialize_with = "unique_keys_nested")]
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
        assert_eq!((err.line, err.column), (3, 6), "{err:?}");
    }
}
