//! What can be wrong with a YAML text, as kinds that the interface words in its own language.
//!
//! The reader classifies each error where it builds it: serde's error kinds (a value of the wrong
//! type, an unknown key, a missing one…) through the methods of `serde::de::Error`, and the
//! parser's messages through [`Syntax::of`]. What a value had to be comes from the type's own
//! `expecting` text, mapped by [`Expected::from_serde`]. Another reader only has to classify its
//! errors into these kinds; no message is ever made by patching a library's words.

use serde::de::Unexpected;

use super::MAX_DEPTH;
use crate::i18n::{Strings, fill};
use crate::sanitize;

/// What a date field expects, as its type says it to serde.
pub const EXPECT_DATE: &str = "a date (YYYY-MM-DD)";
/// What a time of day visitor expects (`HH:MM`).
pub const EXPECT_TIME: &str = "a time of day (HH:MM)";
/// What an answer's value expects, as its type says it to serde.
pub const EXPECT_ANSWER: &str = "an answer (true/false, a number, a text or a list of texts)";
/// What a translatable text expects, as its type says it to serde.
pub const EXPECT_TRANSLATABLE: &str = "a string, or a map with the keys `fr` and `en`";

/// The problems that hostile or damaged input can cause, named so they can be translated. Input
/// text they hold (keys, values, tags) is already shortened to one line by [`sanitize::quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not well-formed YAML.
    Syntax(Syntax),
    /// A NUL byte, which has no place in a text file.
    NulByte,
    /// An alias (`*name`) to an anchor (`&name`).
    Alias,
    /// Mappings and sequences nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A key given twice in one mapping.
    DuplicateKey(String),
    /// A key the mapping does not take, with the ones it does.
    UnknownKey {
        key: String,
        valid: &'static [&'static str],
    },
    /// A word that is not one of the values accepted here.
    UnknownValue {
        value: String,
        valid: &'static [&'static str],
    },
    /// A key the mapping must have.
    MissingKey(String),
    /// A value of the wrong kind, or out of range.
    Mismatch { found: Found, expected: Expected },
    /// An integer too large to be held exactly (beyond 64 bits).
    IntegerTooLarge(String),
    /// A tag (`!name`) other than YAML's own.
    Tag(String),
    /// The text holds no value.
    Empty,
    /// A second document (`---`) after the first.
    SecondDocument,
    /// The type refused the value in words of its own (kept for developers, never shown).
    Refused(String),
}

/// The kinds of syntax errors, from the parser's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// A quoted value that does not end.
    Quote,
    /// An unknown escape (`\q`) in a double-quoted value.
    Escape,
    /// A list in brackets without its comma or closing `]`.
    FlowList,
    /// A mapping in braces without its comma or closing `}`.
    FlowMap,
    /// A line indented wrongly, or a key without its colon.
    Indentation,
    /// `: ` inside an unquoted value.
    ColonInValue,
    /// A tab where indentation goes.
    Tab,
    /// Anything else.
    Other,
}

impl Syntax {
    /// The kind of a message of the parser (`saphyr-parser`).
    pub fn of(message: &str) -> Syntax {
        let has = |words: &str| message.contains(words);
        if has("escape") || has("hexadecimal") {
            Syntax::Escape
        } else if has("tab") {
            Syntax::Tab
        } else if has("quoted scalar") {
            // Even "invalid indentation in quoted scalar": an unclosed quote ran into the next lines.
            Syntax::Quote
        } else if has("indentation") || has("block") || has("simple key") {
            Syntax::Indentation
        } else if has("flow sequence") {
            Syntax::FlowList
        } else if has("flow mapping") {
            Syntax::FlowMap
        } else if has("mapping values are not allowed") {
            Syntax::ColonInValue
        } else {
            Syntax::Other
        }
    }
}

/// What was found where something else was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// An empty value (`key:`, `~`, `null`).
    Nothing,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written by Rust.
    Number(String),
    /// A text, shortened.
    Text(String),
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// Something serde does not name.
    Unknown,
}

impl Found {
    /// What serde says it found.
    pub fn of(unexpected: Unexpected) -> Found {
        match unexpected {
            Unexpected::Unit | Unexpected::Option => Found::Nothing,
            Unexpected::Bool(value) => Found::Bool(value),
            Unexpected::Unsigned(value) => Found::Number(value.to_string()),
            Unexpected::Signed(value) => Found::Number(value.to_string()),
            // Debug, not Display, which writes 1e300 with its 300 zeros.
            Unexpected::Float(value) => Found::Number(sanitize::quote(&format!("{value:?}"))),
            Unexpected::Char(value) => Found::Text(sanitize::quote(&value.to_string())),
            Unexpected::Str(value) => Found::Text(sanitize::quote(value)),
            Unexpected::Seq => Found::List,
            Unexpected::Map => Found::Mapping,
            _ => Found::Unknown,
        }
    }
}

/// What a value had to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// A whole number in a range.
    Integer { min: i64, max: u64 },
    /// Any number.
    Number,
    /// `true` or `false`.
    YesNo,
    /// A text.
    Text,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A time of day, `HH:MM`.
    Time,
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// A text or its translations (`{fr, en}`).
    Translatable,
    /// The value of an answer.
    Answer,
    /// An empty value.
    Nothing,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// A key.
    Key,
    /// Something serde's words do not tell.
    Other,
}

impl Expected {
    /// What a type expects, from the words it gives serde (its visitor's `expecting`).
    pub fn from_serde(expecting: &str) -> Expected {
        let integer = |min: i64, max: u64| Expected::Integer { min, max };
        match expecting {
            "u8" => integer(0, u8::MAX.into()),
            "u16" => integer(0, u16::MAX.into()),
            "u32" => integer(0, u32::MAX.into()),
            "u64" | "usize" => integer(0, u64::MAX),
            "i8" => integer(i8::MIN.into(), i8::MAX as u64),
            "i16" => integer(i16::MIN.into(), i16::MAX as u64),
            "i32" => integer(i32::MIN.into(), i32::MAX as u64),
            "i64" | "isize" => integer(i64::MIN, i64::MAX as u64),
            "f32" | "f64" => Expected::Number,
            "a boolean" => Expected::YesNo,
            "a string" | "a borrowed string" | "a character" | "a char" => Expected::Text,
            "a sequence" => Expected::List,
            "a map" => Expected::Mapping,
            "unit" | "null" => Expected::Nothing,
            "field identifier" | "variant identifier" => Expected::Key,
            EXPECT_DATE => Expected::Date,
            EXPECT_TIME => Expected::Time,
            EXPECT_ANSWER => Expected::Answer,
            EXPECT_TRANSLATABLE => Expected::Translatable,
            _ if expecting.starts_with("struct ") => Expected::Mapping,
            _ => Expected::Other,
        }
    }
}

/// `problem` in words of `strings`.
pub fn describe(problem: &Problem, strings: &Strings) -> String {
    match problem {
        Problem::Syntax(syntax) => syntax_words(*syntax, strings).to_string(),
        Problem::NulByte => strings.yaml_nul_byte.to_string(),
        Problem::Alias => strings.yaml_alias.to_string(),
        Problem::TooDeep => fill(strings.yaml_too_deep, &[&MAX_DEPTH]),
        Problem::DuplicateKey(key) => fill(strings.yaml_duplicate_key, &[key]),
        Problem::UnknownKey { key, valid } => match nearest(key, valid) {
            Some(near) => fill(strings.yaml_unknown_key_near, &[key, &near]),
            None if valid.is_empty() => fill(strings.yaml_unknown_key, &[key]),
            None => fill(strings.yaml_unknown_key_among, &[key, &valid.join(", ")]),
        },
        Problem::UnknownValue { value, valid } if value.trim().is_empty() => {
            fill(strings.yaml_empty_value, &[&valid.join(", ")])
        }
        Problem::UnknownValue { value, valid } => match nearest(value, valid) {
            Some(near) => fill(strings.yaml_unknown_value_near, &[value, &near]),
            None => fill(
                strings.yaml_unknown_value_among,
                &[value, &valid.join(", ")],
            ),
        },
        Problem::MissingKey(key) => fill(strings.yaml_missing_key, &[key]),
        Problem::Mismatch { found, expected } => fill(
            strings.yaml_mismatch,
            &[
                &expected_words(expected, strings),
                &found_words(found, strings),
            ],
        ),
        Problem::IntegerTooLarge(number) => fill(strings.yaml_integer_too_large, &[number]),
        Problem::Tag(tag) => fill(strings.yaml_tag, &[tag]),
        Problem::Empty => strings.yaml_empty.to_string(),
        Problem::SecondDocument => strings.yaml_second_document.to_string(),
        Problem::Refused(_) => strings.yaml_refused.to_string(),
    }
}

/// A syntax error in words of `strings`.
fn syntax_words(syntax: Syntax, strings: &Strings) -> &'static str {
    match syntax {
        Syntax::Quote => strings.yaml_syntax_quote,
        Syntax::Escape => strings.yaml_syntax_escape,
        Syntax::FlowList => strings.yaml_syntax_flow_list,
        Syntax::FlowMap => strings.yaml_syntax_flow_map,
        Syntax::Indentation => strings.yaml_syntax_indentation,
        Syntax::ColonInValue => strings.yaml_syntax_colon,
        Syntax::Tab => strings.yaml_syntax_tab,
        Syntax::Other => strings.yaml_syntax_other,
    }
}

/// What was found, in words of `strings`.
fn found_words(found: &Found, strings: &Strings) -> String {
    match found {
        Found::Nothing => strings.yaml_found_nothing.to_string(),
        Found::Bool(value) => fill(strings.yaml_found_bool, &[value]),
        Found::Number(number) => fill(strings.yaml_found_number, &[number]),
        Found::Text(text) => fill(strings.yaml_found_text, &[text]),
        Found::List => strings.yaml_found_list.to_string(),
        Found::Mapping => strings.yaml_found_mapping.to_string(),
        Found::Unknown => strings.yaml_found_unknown.to_string(),
    }
}

/// What was expected, in words of `strings`.
fn expected_words(expected: &Expected, strings: &Strings) -> String {
    match expected {
        Expected::Integer { min, max } => fill(strings.yaml_expected_integer, &[min, max]),
        Expected::Number => strings.yaml_expected_number.to_string(),
        Expected::YesNo => strings.yaml_expected_yes_no.to_string(),
        Expected::Text => strings.yaml_expected_text.to_string(),
        Expected::Date => strings.yaml_expected_date.to_string(),
        Expected::Time => strings.yaml_expected_time.to_string(),
        Expected::List => strings.yaml_expected_list.to_string(),
        Expected::Mapping => strings.yaml_expected_mapping.to_string(),
        Expected::Translatable => strings.yaml_expected_translatable.to_string(),
        Expected::Answer => strings.yaml_expected_answer.to_string(),
        Expected::Nothing => strings.yaml_found_nothing.to_string(),
        Expected::OneOf(valid) => fill(strings.yaml_expected_one_of, &[&valid.join(", ")]),
        Expected::Key => strings.yaml_expected_key.to_string(),
        Expected::Other => strings.yaml_expected_other.to_string(),
    }
}

/// The word of `valid` nearest to `unknown`, if it is near enough to be a typo of it.
fn nearest<'v>(unknown: &str, valid: &[&'v str]) -> Option<&'v str> {
    valid
        .iter()
        .map(|word| (strsim::damerau_levenshtein(unknown, word), *word))
        .filter(|(distance, word)| *distance <= 2.max(word.len() / 3))
        .min()
        .map(|(_, word)| word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parser_s_messages_fall_into_kinds() {
        let kinds = [
            (
                "while scanning a quoted scalar, found unexpected end of stream",
                Syntax::Quote,
            ),
            (
                "while parsing a quoted scalar, found unknown escape character",
                Syntax::Escape,
            ),
            (
                "while parsing a flow sequence, expected ',' or ']'",
                Syntax::FlowList,
            ),
            (
                "while parsing a flow mapping, did not find expected ',' or '}'",
                Syntax::FlowMap,
            ),
            ("invalid indentation", Syntax::Indentation),
            (
                "mapping values are not allowed in this context",
                Syntax::ColonInValue,
            ),
            (
                "tabs disallowed within this context (block indentation)",
                Syntax::Tab,
            ),
            ("unexpected end of plain scalar", Syntax::Other),
        ];
        for (message, kind) in kinds {
            assert_eq!(Syntax::of(message), kind, "{message}");
        }
    }

    #[test]
    fn serde_s_expectations_fall_into_kinds() {
        assert_eq!(
            Expected::from_serde("u8"),
            Expected::Integer { min: 0, max: 255 }
        );
        assert_eq!(Expected::from_serde("struct Plan"), Expected::Mapping);
        assert_eq!(Expected::from_serde(EXPECT_DATE), Expected::Date);
        assert_eq!(
            Expected::from_serde("untagged enum X"),
            Expected::Other,
            "an unknown expectation names no library type"
        );
    }
}
