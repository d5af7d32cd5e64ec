//! Answers as text: parsing what the user typed by question kind, and showing a stored answer.

use std::str::FromStr;

use jiff::civil::Date;

use super::AnswerValue;
use crate::definitions::{Question, QuestionKind};
use crate::i18n::{Lang, Strings};

/// Why typed text is not a valid answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    /// A number was expected.
    Number,
    /// A date was expected.
    Date,
}

impl AnswerError {
    /// The message shown to the user.
    pub fn message(self, strings: &Strings) -> &'static str {
        match self {
            AnswerError::Number => strings.invalid_number,
            AnswerError::Date => strings.invalid_date,
        }
    }

    /// What the user is told when an entry that does not parse (`{}` in the message) is dropped,
    /// its editor left with Esc.
    pub fn dropped(self, strings: &Strings) -> &'static str {
        match self {
            AnswerError::Number => strings.number_dropped,
            AnswerError::Date => strings.date_dropped,
        }
    }
}

/// Parses typed text as the answer to a question of `kind`; empty text clears the answer.
pub fn parse(kind: QuestionKind, text: &str) -> Result<Option<AnswerValue>, AnswerError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match kind {
        QuestionKind::Number => parse_number(trimmed)
            .map(|n| Some(number_value(n)))
            .ok_or(AnswerError::Number),
        QuestionKind::Date => parse_date(trimmed)
            .map(|d| Some(AnswerValue::Text(d.to_string())))
            .ok_or(AnswerError::Date),
        QuestionKind::LongText => Ok(Some(AnswerValue::Text(text.trim_end().to_string()))),
        _ => Ok(Some(AnswerValue::Text(trimmed.to_string()))),
    }
}

/// A number written the French way or the English way: `1 234,5`, `1234.5`, `-3`.
fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if !compact
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
    {
        return None;
    }
    compact.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The largest whole number stored exactly (2^53).
const EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// A whole number is stored as an integer, so the plan reads `12`, not `12.0`.
fn number_value(n: f64) -> AnswerValue {
    if n.fract() == 0.0 && n.abs() <= EXACT_INTEGER {
        AnswerValue::Integer(n as i64)
    } else {
        AnswerValue::Number(n)
    }
}

/// A date as `AAAA-MM-JJ` or `JJ/MM/AAAA`.
fn parse_date(text: &str) -> Option<Date> {
    if let Ok(date) = Date::from_str(text) {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

/// The text the editor starts from for a stored value.
pub fn edit_text(value: Option<&AnswerValue>) -> String {
    match value {
        None => String::new(),
        Some(AnswerValue::Text(text)) => text.clone(),
        Some(AnswerValue::Integer(n)) => n.to_string(),
        Some(AnswerValue::Number(n)) => n.to_string(),
        Some(AnswerValue::Bool(b)) => b.to_string(),
        Some(AnswerValue::List(items)) => items.join(", "),
    }
}

/// A stored answer as the user reads it: choice labels instead of ids, oui/non, numbers.
pub fn display(question: &Question, value: &AnswerValue, lang: Lang) -> String {
    let strings = lang.strings();
    let label = |id: &str| {
        question
            .choices
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.label.get(lang).to_string())
    };
    match value {
        AnswerValue::Bool(true) => strings.yes.to_string(),
        AnswerValue::Bool(false) => strings.no.to_string(),
        AnswerValue::Integer(_) | AnswerValue::Number(_) => {
            let number = edit_text(Some(value));
            let number = if lang == Lang::Fr {
                number.replace('.', ",")
            } else {
                number
            };
            match &question.unit {
                Some(unit) => format!("{number} {}", unit.get(lang)),
                None => number,
            }
        }
        AnswerValue::Text(text) if question.kind == QuestionKind::Choice => label(text),
        AnswerValue::Text(text) => text.clone(),
        AnswerValue::List(items) => items
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_accept_french_and_english_notation() {
        assert_eq!(
            parse(QuestionKind::Number, "1 234,5"),
            Ok(Some(AnswerValue::Number(1234.5)))
        );
        assert_eq!(
            parse(QuestionKind::Number, "12"),
            Ok(Some(AnswerValue::Integer(12)))
        );
        assert_eq!(
            parse(QuestionKind::Number, "-3,0"),
            Ok(Some(AnswerValue::Integer(-3)))
        );
        assert_eq!(
            parse(QuestionKind::Number, "douze"),
            Err(AnswerError::Number)
        );
        assert_eq!(parse(QuestionKind::Number, "inf"), Err(AnswerError::Number));
    }

    #[test]
    fn dates_accept_iso_and_french_order() {
        let expected = Ok(Some(AnswerValue::Text("2026-11-22".into())));
        assert_eq!(parse(QuestionKind::Date, "2026-11-22"), expected);
        assert_eq!(parse(QuestionKind::Date, "22/11/2026"), expected);
        assert_eq!(
            parse(QuestionKind::Date, "31/02/2026"),
            Err(AnswerError::Date)
        );
    }

    #[test]
    fn empty_text_clears_the_answer() {
        assert_eq!(parse(QuestionKind::Number, "  "), Ok(None));
        assert_eq!(parse(QuestionKind::LongText, ""), Ok(None));
    }

    #[test]
    fn long_text_keeps_inner_lines() {
        assert_eq!(
            parse(QuestionKind::LongText, "  a\nb \n"),
            Ok(Some(AnswerValue::Text("  a\nb".into())))
        );
    }

    #[test]
    fn numbers_print_without_useless_decimals() {
        assert_eq!(edit_text(Some(&AnswerValue::Integer(12))), "12");
        assert_eq!(edit_text(Some(&AnswerValue::Number(3.5))), "3.5");
    }
}
