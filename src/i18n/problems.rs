//! What is wrong with a YAML text, in the interface's words: the reader (`crate::yaml`) says which
//! problem and where, this module says it in French or in English, for definitions and plans alike.

use super::{Strings, fill};
use crate::yaml::{Expected, Found, MAX_DEPTH, Problem, Syntax, YamlError};

/// What is wrong, in words of `strings`: the path of the value (if any), then the problem.
pub fn message(error: &YamlError, strings: &Strings) -> String {
    let problem = describe(&error.problem, strings);
    if error.path.is_empty() {
        problem
    } else {
        format!("{}{}{problem}", error.path, strings.colon)
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
        Expected::Single => strings.yaml_expected_single.to_string(),
        Expected::OneOf(valid) => fill(strings.yaml_expected_one_of, &[&valid.join(", ")]),
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
mod tests;
