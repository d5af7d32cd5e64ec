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
mod problem;
mod scalar;
mod separators;
mod splice;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::i18n::{Lang, Strings};
pub use problem::{EXPECT_ANSWER, EXPECT_DATE, EXPECT_TIME, EXPECT_TRANSLATABLE, Problem};

/// The deepest nesting of mappings and sequences accepted.
pub const MAX_DEPTH: usize = 128;

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
    /// What is wrong, in English, after the path (for logs and tests).
    pub message: String,
}

impl YamlError {
    /// An error of `problem` in the value at `path`, at `line` and `column`.
    fn new(line: usize, column: usize, path: String, problem: Problem) -> Self {
        let mut error = YamlError {
            line,
            column,
            path,
            problem,
            message: String::new(),
        };
        error.message = error.localized(Lang::En.strings());
        error
    }

    /// What is wrong, in the interface's language: the path (if any), then the problem.
    pub fn localized(&self, strings: &Strings) -> String {
        let problem = problem::describe(&self.problem, strings);
        if self.path.is_empty() {
            problem
        } else {
            format!("{}{}{problem}", self.path, strings.colon)
        }
    }
}

/// Parses `source` into `T`, refusing aliases, excessive nesting, duplicate keys, NUL bytes and
/// integers beyond 64 bits.
pub fn from_str<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    de::from_str(&separators::as_written(source)).map_err(|error| {
        // The parser takes a NUL for the end of the text, and says so in many ways, or not at all.
        if let Some(at) = source.find('\0') {
            let (line, column) = position_of(source, at);
            return YamlError::new(line, column, String::new(), Problem::NulByte);
        }
        let (line, column) = error.position.unwrap_or((0, 0));
        // Where a value is wrong matters; the path to a too deep value or an alias does not.
        let path = match error.problem {
            Problem::Alias | Problem::TooDeep | Problem::Syntax(_) => String::new(),
            _ => error.path,
        };
        YamlError::new(line, column, path, error.problem)
    })
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

/// Serialises `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    let mut text = serde_yaml::to_string(value)
        .map_err(|err| YamlError::new(0, 0, String::new(), Problem::Refused(err.to_string())))?;
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
