//! Reading through `serde-saphyr`, configured for hostile input, and its errors turned into a
//! [`YamlError`]: the kind of problem, its place, and the path of the value concerned.
//!
//! The reader places each error on the node it is about, or on the key whose value it is about, or
//! for serde's own errors (a visitor's), on the key being read or the item; the parser's events
//! then tell which value that is, its path and what it is ([`super::place`]). Only a failed read
//! walks them.

use serde::de::DeserializeOwned;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::localizer::ExternalMessageSource;
use serde_saphyr::{DuplicateKeyPolicy, Error, MergeKeyPolicy, NonFiniteFloatPolicy, Options};

use super::place::{self, Node, Step};
use super::problem::{Expected, Found, Problem, Syntax};
use super::{MAX_DEPTH, YamlError};
use crate::sanitize;

/// The most characters of a value's path that an error shows (its end).
const MAX_PATH_CHARS: usize = 60;

/// The reader's settings for a text of `len` bytes.
fn options(len: usize) -> Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            // One alias is refused before it expands, wherever it stands.
            max_aliases: 0,
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            // A text holds fewer nodes than bytes, and fewer than two events per node: the size
            // caps, applied before, are the limit, not these.
            max_nodes: len + 16,
            max_events: 2 * len + 16,
        },
        duplicate_keys: DuplicateKeyPolicy::Error,
        // YAML 1.2, as the plans were written: `yes`, `on` and `No` are texts, as are `007` and
        // `1_000`; `<<` is a key like any other.
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
        merge_keys: MergeKeyPolicy::AsOrdinary,
        // `.inf` is a number, as it always was; a program's type decides whether it takes one.
        non_finite_float_policy: NonFiniteFloatPolicy::PassThrough,
        // An empty `key:` is an empty text where a text is wanted, as it always was.
        null_as_string: true,
        reject_unsupported_tags: true,
        // The messages are ours, with their place; the library's snippet is not shown.
        with_snippet: false,
    }
}

/// Reads `text` into `T`.
pub(super) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, options(text.len()))
        .map_err(|error| explain(text, &error))
}

/// The [`YamlError`] for the `error` that reading `text` met.
fn explain(text: &str, error: &Error) -> YamlError {
    let error = error.without_snippet();
    let (mut line, mut column) = error
        .location()
        .filter(|at| at.line() > 0)
        .map_or((0, 0), |at| (at.line() as usize, at.column() as usize));
    let (steps, node) = concerned(text, error, line, column).unwrap_or_default();
    let found = || node.as_ref().map_or(Found::Unknown, Node::found);
    let problem = classify(error, &found);
    match &problem {
        // Serde's own errors come at the key being read; the value's place is better.
        _ if is_a_visitors(error) => {
            if let Some(node) = &node {
                (line, column) = (node.line, node.column);
            }
        }
        // Placed on the `---` that starts the second document, not on what follows it.
        Problem::SecondDocument => {
            (line, column) = place::second_document(text).unwrap_or((line, column));
        }
        _ => {}
    }
    // Where a value is wrong matters; the path to a document too deep or to an alias does not.
    let path = match problem {
        Problem::Alias
        | Problem::TooDeep
        | Problem::Syntax(_)
        | Problem::Empty
        | Problem::SecondDocument => String::new(),
        _ => shown(&steps),
    };
    YamlError {
        line,
        column,
        path,
        problem,
    }
}

/// The value that `error`, placed at `line` and `column` of `text`, is about: its path, and its
/// node when there is one.
fn concerned(
    text: &str,
    error: &Error,
    line: usize,
    column: usize,
) -> Option<(Vec<Step>, Option<Node>)> {
    let value = || place::value_at(text, line, column).map(|(steps, node)| (steps, Some(node)));
    // The value of the key placed there.
    let keyed = || place::key_at(text, line, column).map(|steps| with_node(text, steps));
    // The mapping that holds the key placed there.
    let holder = || {
        place::key_at(text, line, column).map(|mut steps| {
            steps.pop();
            with_node(text, steps)
        })
    };
    match error {
        Error::SerdeUnknownField { .. } | Error::DuplicateMappingKey { .. } => holder(),
        // Placed on the mapping, or on its first key.
        Error::SerdeMissingField { .. } => value()
            .filter(|(_, node)| node.as_ref().is_some_and(Node::is_mapping))
            .or_else(holder),
        Error::SerdeInvalidType { unexpected, .. }
        | Error::SerdeInvalidValue { unexpected, .. } => {
            let shape = shape_of(unexpected);
            let fits = |(_, node): &(Vec<Step>, Option<Node>)| {
                node.as_ref()
                    .is_some_and(|node| shape_of_found(&node.found()) == shape)
            };
            // The key being read, the item, or a mapping refused as a whole: the one whose value
            // is of the kind serde says it found.
            let candidates = [keyed(), value(), holder()];
            let first = candidates.iter().flatten().next().cloned();
            candidates.into_iter().flatten().find(fits).or(first)
        }
        Error::SerdeInvalidLength { .. } | Error::Message { .. } => keyed().or_else(value),
        _ => value(),
    }
}

/// `steps` and the node they lead to in `text`.
fn with_node(text: &str, steps: Vec<Step>) -> (Vec<Step>, Option<Node>) {
    let node = place::node_at(text, &steps);
    (steps, node)
}

/// The three shapes a value can have.
#[derive(PartialEq)]
enum Shape {
    Mapping,
    List,
    Scalar,
}

/// The shape of what serde says a visitor was given (`serde::de::Unexpected`'s words).
fn shape_of(unexpected: &str) -> Shape {
    match unexpected {
        "map" => Shape::Mapping,
        "sequence" => Shape::List,
        _ => Shape::Scalar,
    }
}

/// The shape of what was found.
fn shape_of_found(found: &Found) -> Shape {
    match found {
        Found::Mapping => Shape::Mapping,
        Found::List => Shape::List,
        _ => Shape::Scalar,
    }
}

/// `steps` as shown: `stages[0].criteria.title`, keys shortened, the start dropped when it is long.
fn shown(steps: &[Step]) -> String {
    let mut shown = String::new();
    for step in steps {
        match step {
            Step::Index(index) => shown.push_str(&format!("[{index}]")),
            Step::Key(key) => {
                if !shown.is_empty() {
                    shown.push('.');
                }
                shown.push_str(&sanitize::quote(key));
            }
        }
    }
    let chars = shown.chars().count();
    if chars > MAX_PATH_CHARS {
        let tail: String = shown.chars().skip(chars - MAX_PATH_CHARS).collect();
        shown = format!("…{tail}");
    }
    shown
}

/// True for the errors that serde's visitors make, which the reader places at the key being read
/// (or, for a missing key, at the first key of the mapping).
fn is_a_visitors(error: &Error) -> bool {
    matches!(
        error,
        Error::SerdeInvalidType { .. }
            | Error::SerdeInvalidValue { .. }
            | Error::SerdeInvalidLength { .. }
            | Error::SerdeMissingField { .. }
            | Error::Message { .. }
    )
}

/// The kind of `error`; `found` is what stands where the reader was.
fn classify(error: &Error, found: &dyn Fn() -> Found) -> Problem {
    let mismatch = |expected: Expected| Problem::Mismatch {
        found: found(),
        expected,
    };
    match error {
        Error::InvalidScalar { ty, .. } => mismatch(Expected::from_serde(ty)),
        Error::InvalidBooleanStrict { .. } => mismatch(Expected::YesNo),
        Error::TaggedScalarCannotDeserializeIntoString { .. } => mismatch(Expected::Text),
        Error::Unexpected { expected, .. } => mismatch(match *expected {
            "sequence start" => Expected::List,
            "mapping start" => Expected::Mapping,
            // A scalar of a type the reader does not name (a number, a text, a date…).
            _ => Expected::Single,
        }),
        Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | Error::UnexpectedValueForUnitEnumVariant { .. } => mismatch(Expected::Single),
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            mismatch(Expected::from_serde(expected))
        }
        Error::SerdeInvalidLength { expected, .. } => Problem::Mismatch {
            found: Found::List,
            expected: Expected::from_serde(expected),
        },
        Error::SerdeUnknownField {
            field, expected, ..
        } => Problem::UnknownKey {
            key: sanitize::quote(field),
            valid: expected.clone(),
        },
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => Problem::UnknownValue {
            value: sanitize::quote(variant),
            valid: expected.clone(),
        },
        Error::SerdeMissingField { field, .. } => Problem::MissingKey((*field).to_string()),
        Error::DuplicateMappingKey { key, .. } => {
            Problem::DuplicateKey(sanitize::quote(key.as_deref().unwrap_or("?")))
        }
        Error::UnsupportedTag { tag, .. } => Problem::Tag(sanitize::quote(tag)),
        Error::AliasError { .. } | Error::UnknownAnchor { .. } => Problem::Alias,
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. } => Problem::TooDeep,
            BudgetBreach::Documents { .. } => Problem::SecondDocument,
            BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => Problem::Alias,
            other => Problem::Refused(format!("{other:?}")),
        },
        Error::MultipleDocuments { .. } => Problem::SecondDocument,
        Error::Eof { .. } => Problem::Empty,
        Error::ExternalMessage { source, msg, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => match scan.kind() {
                ErrorKind::RecursionLimitExceeded => Problem::TooDeep,
                ErrorKind::UnknownAnchor => Problem::Alias,
                kind => Problem::Syntax(Syntax::of(kind)),
            },
            _ => Problem::Refused(sanitize::quote(msg)),
        },
        other => Problem::Refused(sanitize::quote(&other.to_string())),
    }
}
