//! The one module that knows the YAML libraries: reading with the place of every error, and writing.
//!
//! Reading goes through `serde-saphyr` ([`read`]), configured for hostile input: aliases are refused
//! (a few lines could otherwise expand into gigabytes), nesting is bounded, a key given twice is an
//! error, in structs and in maps alike. Callers cap the size of the text before it gets here, which
//! bounds the parse time. Writing goes through `yaml_serde`, whose files read back byte for byte
//! ([`separators`]). Errors are typed ([`Problem`]); `crate::i18n::problems` words them.

mod place;
mod problem;
mod read;
mod separators;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

pub use problem::{
    EXPECT_ANSWER, EXPECT_DATE, EXPECT_TIME, EXPECT_TRANSLATABLE, Expected, Found, Problem, Syntax,
};

/// The deepest nesting of mappings and sequences accepted: far more than any definition file or
/// plan needs (under ten), and shallow enough that no value overflows the stack of a test thread
/// in a debug build, even one read through serde's buffering of untagged enums.
pub const MAX_DEPTH: usize = 32;

/// A YAML error with its 1-based position, when the parser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// The value concerned, like `stages[0].title` (empty for the whole document or a syntax error).
    pub path: String,
    /// The kind of problem, to word it in the interface's language.
    pub problem: Problem,
}

/// Parses `source` into `T`, refusing aliases, excessive nesting, duplicate keys and NUL bytes.
pub fn from_str<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    // The parser would take a NUL for the end of the text, or say so in words of its own.
    if let Some(at) = source.find('\0') {
        let (line, column) = position_of(source, at);
        return Err(YamlError {
            line,
            column,
            path: String::new(),
            problem: Problem::NulByte,
        });
    }
    read::from_str(&separators::as_written(source))
}

/// The number at `keys` of `source` as it must be kept, when the reader could not hold it as
/// written: an error for an integer beyond 64 bits (read as a float, it would be written back
/// rounded, a number the user never wrote); the text itself for a decimal beyond any float (`1e309`,
/// read as infinity), as the plans' writer reads it; `None` for any other value.
pub fn number_as_written(source: &str, keys: &[&str]) -> Result<Option<String>, YamlError> {
    let Some(node) = place::node_at(&separators::as_written(source), &place::by_keys(keys)) else {
        return Ok(None);
    };
    if node.is_integer_beyond_64_bits() {
        return Err(YamlError {
            line: node.line,
            column: node.column,
            path: keys.join("."),
            problem: Problem::IntegerTooLarge(node.text()),
        });
    }
    Ok(node
        .is_decimal_beyond_floats()
        .then(|| node.raw().to_string()))
}

/// Reads a list or a mapping left empty (`key:` and nothing after it) as an empty one, as YAML's
/// authors expect: `#[serde(default, deserialize_with = "crate::yaml::or_empty")]`.
pub fn or_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// The 1-based line and column of byte `at` of `text`.
fn position_of(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let column = before[line_start..].chars().count() + 1;
    (line_breaks(before.as_bytes()) + 1, column)
}

/// How many line breaks `bytes` hold, counted as YAML does: `\n`, `\r\n` or `\r` alone.
pub fn line_breaks(bytes: &[u8]) -> usize {
    let count = |byte: u8| bytes.iter().filter(|&&b| b == byte).count();
    let pairs = bytes.windows(2).filter(|pair| pair == b"\r\n").count();
    count(b'\n') + count(b'\r') - pairs
}

/// Serialises `value` as YAML; the error says why it cannot be, for developers (the program's
/// types always can).
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    let mut text = serde_yaml::to_string(value).map_err(|err| err.to_string())?;
    // A last block scalar ending with a line separator is written without a line break after it
    // (for libyaml, the separator is one): the document is ended explicitly, so that a line break
    // added after it (the seal's) is not read as part of the text (see `separators`).
    if !text.is_empty() && !text.ends_with('\n') {
        text.push_str("...\n");
    }
    Ok(text)
}

#[cfg(test)]
mod tests;
