//! Reading YAML through `serde-saphyr`, configured for hostile input, and its errors classified
//! into [`Problem`] kinds with their place.

use serde::de::DeserializeOwned;
use serde_path_to_error::{Path, Segment};
use serde_saphyr::budget::{Budget, BudgetBreach};
use serde_saphyr::{DuplicateKeyPolicy, Error, MergeKeyPolicy, NonFiniteFloatPolicy, Options};

use super::MAX_DEPTH;
use super::problem::{Expected, Found, Problem, Syntax};
use crate::sanitize;

/// The longest path shown, in characters; a longer one is shown by its end.
const MAX_PATH_CHARS: usize = 60;

/// An error met while reading: its kind, its place (line and column from 1), the value concerned.
pub struct ReadError {
    /// The kind of problem.
    pub problem: Problem,
    /// Line and column, from 1, when known.
    pub position: Option<(usize, usize)>,
    /// The value concerned, like `stages[0].title`.
    pub path: String,
}

/// The options: a key given twice refused, no alias at all, nesting bounded.
fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_aliases = 0;
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.duplicate_keys = DuplicateKeyPolicy::Error;
    options.with_snippet = false;
    options.strict_booleans = true;
    options.reject_unsupported_tags = true;
    options.merge_keys = MergeKeyPolicy::AsOrdinary;
    options.non_finite_float_policy = NonFiniteFloatPolicy::AsString;
    options.underscored_numbers_as_strings = true;
    options
}

/// Parses `text` into `T`, an error with its kind, place and path.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let mut path = None;
    serde_saphyr::with_deserializer_from_str_with_options(text, options(), |deserializer| {
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            path = Some(shown(error.path()));
            error.into_inner()
        })
    })
    .map_err(|error| {
        let position = error
            .location()
            .filter(|at| at.line() > 0)
            .map(|at| (at.line() as usize, at.column() as usize));
        let found = || {
            position.map_or(Found::Unknown, |(line, column)| {
                found_at(text, line, column)
            })
        };
        let problem = classify(&error, &found);
        let mut path = path.unwrap_or_default();
        // The path of an unknown key ends on that key, which the message names already.
        if matches!(problem, Problem::UnknownKey { .. }) {
            path.truncate(path.rfind('.').unwrap_or(0));
        }
        ReadError {
            problem,
            position,
            path,
        }
    })
}

/// `path` as shown: keys shortened, its start dropped when it is long.
fn shown(path: &Path) -> String {
    let mut shown = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => shown.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !shown.is_empty() {
                    shown.push('.');
                }
                shown.push_str(&sanitize::quote(key));
            }
            Segment::Unknown => {}
        }
    }
    let chars = shown.chars().count();
    if chars > MAX_PATH_CHARS {
        let tail: String = shown.chars().skip(chars - MAX_PATH_CHARS).collect();
        shown = format!("…{tail}");
    }
    shown
}

/// The kind of `error`.
fn classify(error: &Error, found: &dyn Fn() -> Found) -> Problem {
    let mismatch = |expected: &str| Problem::Mismatch {
        found: found(),
        expected: Expected::from_serde(expected),
    };
    match error {
        Error::WithSnippet { error, .. } => classify(error, found),
        Error::InvalidScalar { ty, .. } => mismatch(ty),
        Error::InvalidBooleanStrict { .. } => mismatch("a boolean"),
        Error::Unexpected { expected, .. } => match *expected {
            "string scalar" => mismatch("a string"),
            "sequence start" => mismatch("a sequence"),
            "mapping start" => mismatch("a map"),
            _ => mismatch(expected),
        },
        Error::AliasError { .. } | Error::UnknownAnchor { .. } => Problem::Alias,
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Aliases { .. } => Problem::Alias,
            BudgetBreach::Depth { .. } => Problem::TooDeep,
            _ => Problem::Refused(sanitize::quote(&error.to_string())),
        },
        Error::DuplicateMappingKey { key, .. } => {
            Problem::DuplicateKey(sanitize::quote(key.as_deref().unwrap_or("")))
        }
        Error::SerdeUnknownField {
            field, expected, ..
        } => Problem::UnknownKey {
            key: sanitize::quote(field),
            valid: leak(expected),
        },
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => Problem::UnknownValue {
            value: sanitize::quote(variant),
            valid: leak(expected),
        },
        Error::SerdeMissingField { field, .. } => Problem::MissingKey((*field).to_string()),
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Problem::Mismatch {
            found: Found::from_words(unexpected),
            expected: Expected::from_serde(expected),
        },
        Error::SerdeInvalidLength { expected, .. } => Problem::Mismatch {
            found: Found::List,
            expected: Expected::from_serde(expected),
        },
        Error::UnsupportedTag { tag, .. } => Problem::Tag(sanitize::quote(tag)),
        Error::MultipleDocuments { .. } => Problem::SecondDocument,
        Error::Eof { .. } => Problem::Empty,
        Error::ExternalMessage { msg, .. }
            if msg.contains("nesting") || msg.contains("recursion limit") =>
        {
            Problem::TooDeep
        }
        Error::ExternalMessage { msg, .. } => Problem::Syntax(Syntax::of(msg)),
        Error::Message { msg, .. } => Problem::Refused(sanitize::quote(msg)),
        _ => Problem::Refused(sanitize::quote(&error.to_string())),
    }
}

/// What stands at `line` and `column` of `text`: a scalar read as YAML would type it, or the
/// start of a list or mapping (the reader's errors about scalars do not say what they found).
fn found_at(text: &str, line: usize, column: usize) -> Found {
    let Some(row) = text.split(['\n', '\r']).nth(line - 1) else {
        return Found::Unknown;
    };
    let rest: String = row.chars().skip(column - 1).collect();
    let rest = rest.trim_start();
    match rest.chars().next() {
        Some('[') => return Found::List,
        Some('{') => return Found::Mapping,
        Some(quote @ ('"' | '\'')) => {
            let inner = &rest[1..];
            let end = inner.find(quote).unwrap_or(inner.len());
            let text = if quote == '"' {
                unescape_double_quoted(&inner[..end])
            } else {
                inner[..end].to_string()
            };
            return Found::Text(sanitize::quote(&text));
        }
        _ => {}
    }
    let end = rest.find([',', ']', '}']).unwrap_or(rest.len());
    let scalar = rest[..end].split(" #").next().unwrap_or("").trim();
    match scalar {
        "" | "~" | "null" | "Null" | "NULL" => Found::Nothing,
        "true" | "True" | "TRUE" => Found::Bool(true),
        "false" | "False" | "FALSE" => Found::Bool(false),
        _ if scalar.parse::<f64>().is_ok() => Found::Number(sanitize::quote(scalar)),
        _ => Found::Text(sanitize::quote(scalar)),
    }
}

/// The text of a double-quoted YAML scalar, its escapes (`\\n`, `\\u001b`…) decoded.
fn unescape_double_quoted(written: &str) -> String {
    let mut text = String::with_capacity(written.len());
    let mut chars = written.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        let digits = |count: usize, chars: &mut std::str::Chars| {
            let code: String = chars.by_ref().take(count).collect();
            u32::from_str_radix(&code, 16)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}')
        };
        match chars.next() {
            Some('n') => text.push('\n'),
            Some('t') => text.push('\t'),
            Some('r') => text.push('\r'),
            Some('0') => text.push('\0'),
            Some('e') => text.push('\u{1b}'),
            Some('x') => text.push(digits(2, &mut chars)),
            Some('u') => text.push(digits(4, &mut chars)),
            Some('U') => text.push(digits(8, &mut chars)),
            Some(other) => text.push(other),
            None => {}
        }
    }
    text
}

/// The valid names of an error, kept for the program's life (errors are few, and their lists are
/// the types' own, so this is bounded by the program's types).
fn leak(names: &[&'static str]) -> &'static [&'static str] {
    Box::leak(names.to_vec().into_boxed_slice())
}
