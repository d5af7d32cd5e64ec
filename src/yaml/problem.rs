//! What can be wrong with a YAML text, as kinds that the interface words in its own language
//! (`crate::i18n::problems`): this module names them and says none of them.
//!
//! The reader classifies each error of `serde-saphyr` into a kind ([`super::read`]): the parser's
//! own kinds of syntax errors through [`Syntax::of`], and what a value had to be from the type's
//! `expecting` text through [`Expected::from_serde`]. No message is ever made from a library's words.

use serde_saphyr::granit_parser::ErrorKind;

/// What a date field expects, as its type says it to serde.
pub const EXPECT_DATE: &str = "a date (YYYY-MM-DD)";
/// What a time of day visitor expects (`HH:MM`).
pub const EXPECT_TIME: &str = "a time of day (HH:MM)";
/// What an answer's value expects, as its type says it to serde.
pub const EXPECT_ANSWER: &str = "an answer (true/false, a number, a text or a list of texts)";
/// What a translatable text expects, as its type says it to serde.
pub const EXPECT_TRANSLATABLE: &str = "a string, or a map with the keys `fr` and `en`";

/// The problems that hostile or damaged input can cause, named so they can be translated. Input
/// text they hold (keys, values, tags) is already shortened to one line by `sanitize::quote`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not well-formed YAML.
    Syntax(Syntax),
    /// A NUL byte, which has no place in a text file.
    NulByte,
    /// An alias (`*name`) to an anchor (`&name`).
    Alias,
    /// Mappings and sequences nested deeper than [`super::MAX_DEPTH`].
    TooDeep,
    /// A key given twice in one mapping.
    DuplicateKey(String),
    /// A key the mapping does not take, with the ones it does.
    UnknownKey {
        key: String,
        valid: Vec<&'static str>,
    },
    /// A word that is not one of the values accepted here.
    UnknownValue {
        value: String,
        valid: Vec<&'static str>,
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
    /// The reader refused the value in words of its own (kept for developers, never shown).
    Refused(String),
}

/// The kinds of syntax errors.
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
    /// The kind of an error of the parser (`granit-parser`, under `serde-saphyr`).
    pub fn of(kind: &ErrorKind) -> Syntax {
        use ErrorKind as K;
        match kind {
            K::UnclosedQuotedScalar
            | K::InvalidQuotedScalarIndent
            | K::DocumentIndicatorInQuotedScalar
            | K::InvalidTrailingSingleQuotedScalar
            | K::InvalidTrailingDoubleQuotedScalar => Syntax::Quote,
            K::UnknownQuotedScalarEscape
            | K::InvalidQuotedScalarHexEscape
            | K::InvalidLowSurrogateHexEscape
            | K::InvalidLowSurrogate
            | K::MissingLowSurrogate
            | K::UnpairedLowSurrogate
            | K::InvalidUnicodeEscape => Syntax::Escape,
            K::UnclosedFlowCollection { open: '[' }
            | K::MismatchedFlowCollectionEnd { open: '[', .. }
            | K::UnexpectedEofFlowSequence
            | K::ExpectedFlowSequenceSeparator => Syntax::FlowList,
            K::UnclosedFlowCollection { .. }
            | K::MismatchedFlowCollectionEnd { .. }
            | K::UnexpectedEofFlowMapping
            | K::UnexpectedEofImplicitFlowMapping
            | K::ExpectedFlowMappingSeparator => Syntax::FlowMap,
            K::TabNotAllowed
            | K::TabInBlockIndentation
            | K::TabInIndentation
            | K::TabAtBlockScalarStart
            | K::TabInPlainScalar => Syntax::Tab,
            K::ExpectedBlockMappingKey
            | K::ExpectedBlockSequenceEntry
            | K::UnexpectedEofBlockMapping
            | K::UnexpectedEofBlockSequence
            | K::InvalidIndentation
            | K::SimpleKeyExpected
            | K::InvalidSimpleKey
            | K::InvalidBlockScalarIndent
            | K::InvalidFlowScalarIndent => Syntax::Indentation,
            K::MappingValueNotAllowed | K::InvalidColonPlacement => Syntax::ColonInValue,
            _ => Syntax::Other,
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
    /// A number, as written.
    Number(String),
    /// A text, shortened.
    Text(String),
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// Nothing the reader could point at.
    Unknown,
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
    /// One value written out (a text, a number…), not a list or a mapping.
    Single,
    /// One of these words.
    OneOf(Vec<&'static str>),
    /// Something the type's words do not tell.
    Other,
}

impl Expected {
    /// What a type expects, from the words it gives serde (its visitor's `expecting`) or that the
    /// reader gives for a scalar it could not read.
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
            "f32" | "f64" | "floating point" => Expected::Number,
            "a boolean" | "boolean" => Expected::YesNo,
            "a string" | "a borrowed string" | "a character" | "a char" => Expected::Text,
            "a sequence" => Expected::List,
            "a map" => Expected::Mapping,
            EXPECT_DATE => Expected::Date,
            EXPECT_TIME => Expected::Time,
            EXPECT_ANSWER => Expected::Answer,
            EXPECT_TRANSLATABLE => Expected::Translatable,
            _ if expecting.starts_with("struct ") => Expected::Mapping,
            _ => Expected::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parser_s_errors_fall_into_kinds() {
        let kinds = [
            (ErrorKind::UnclosedQuotedScalar, Syntax::Quote),
            (ErrorKind::UnknownQuotedScalarEscape, Syntax::Escape),
            (
                ErrorKind::UnclosedFlowCollection { open: '[' },
                Syntax::FlowList,
            ),
            (
                ErrorKind::UnclosedFlowCollection { open: '{' },
                Syntax::FlowMap,
            ),
            (ErrorKind::InvalidIndentation, Syntax::Indentation),
            (ErrorKind::MappingValueNotAllowed, Syntax::ColonInValue),
            (ErrorKind::TabInBlockIndentation, Syntax::Tab),
            (ErrorKind::UnexpectedEndOfPlainScalar, Syntax::Other),
        ];
        for (kind, syntax) in kinds {
            assert_eq!(Syntax::of(&kind), syntax, "{kind:?}");
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
        assert_eq!(Expected::from_serde("boolean"), Expected::YesNo);
        assert_eq!(
            Expected::from_serde("untagged enum X"),
            Expected::Other,
            "an unknown expectation names no library type"
        );
    }
}
