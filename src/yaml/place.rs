//! The node at a path of a YAML text (`stages[1].number`), found by walking the parser's events:
//! where a value the reader refused starts, and what it is. Only a failed read, or a check of one
//! value, walks a text this way.

use std::borrow::Cow;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span, Tag};

use super::problem::Found;
use crate::sanitize;

/// One step of a path: a mapping's key or a sequence's item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The value of this key.
    Key(String),
    /// The item of this index, from 0.
    Index(usize),
}

/// The steps of a path made of keys alone.
pub fn by_keys(keys: &[&str]) -> Vec<Step> {
    keys.iter()
        .map(|key| Step::Key((*key).to_string()))
        .collect()
}

/// A node of the text: where it starts, and what it is.
#[derive(Debug, Clone)]
pub struct Node {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What the node is.
    shape: Shape,
}

/// What a node is.
#[derive(Debug, Clone)]
enum Shape {
    /// A scalar: its text, and whether it is plain (its type follows from its text).
    Scalar { text: String, plain: bool },
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
}

impl Node {
    /// True for a mapping.
    pub fn is_mapping(&self) -> bool {
        matches!(self.shape, Shape::Mapping)
    }

    /// What the node is, as an error says it.
    pub fn found(&self) -> Found {
        match &self.shape {
            Shape::List => Found::List,
            Shape::Mapping => Found::Mapping,
            Shape::Scalar { text, plain: false } => Found::Text(sanitize::quote(text)),
            Shape::Scalar { text, plain: true } => match text.as_str() {
                "" | "~" | "null" | "Null" | "NULL" => Found::Nothing,
                "true" | "True" | "TRUE" => Found::Bool(true),
                "false" | "False" | "FALSE" => Found::Bool(false),
                _ if is_number(text) => Found::Number(sanitize::quote(text)),
                _ => Found::Text(sanitize::quote(text)),
            },
        }
    }

    /// The node's text, shortened (empty for a sequence or a mapping).
    pub fn text(&self) -> String {
        sanitize::quote(self.raw())
    }

    /// The node's text, whole (empty for a sequence or a mapping).
    pub fn raw(&self) -> &str {
        match &self.shape {
            Shape::Scalar { text, .. } => text,
            Shape::List | Shape::Mapping => "",
        }
    }

    /// True for a plain decimal too large for any float (`1e309`), which reads as infinity.
    pub fn is_decimal_beyond_floats(&self) -> bool {
        let Shape::Scalar { text, plain: true } = &self.shape else {
            return false;
        };
        is_number(text) && text.parse::<f64>().is_ok_and(f64::is_infinite)
    }

    /// True for a plain integer (decimal, `0x`, `0o` or `0b`) that 64 bits cannot hold.
    pub fn is_integer_beyond_64_bits(&self) -> bool {
        let Shape::Scalar { text, plain: true } = &self.shape else {
            return false;
        };
        let (negative, digits) = match text.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (radix, rest) = radix_of(digits);
        let is_integer = !rest.is_empty() && rest.chars().all(|c| c.is_digit(radix));
        let magnitude = u128::from_str_radix(rest, radix).ok();
        let fits = magnitude.is_some_and(|m| {
            if negative {
                m <= u128::from(i64::MIN.unsigned_abs())
            } else {
                m <= u128::from(u64::MAX)
            }
        });
        is_integer && !fits
    }
}

/// The radix of an integer's digits and the digits without their prefix.
fn radix_of(digits: &str) -> (u32, &str) {
    if let Some(rest) = digits.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = digits.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = digits.strip_prefix("0b") {
        (2, rest)
    } else {
        (10, digits)
    }
}

/// True when a plain scalar reads as a number: decimal, with a prefix, or YAML's `.inf` and `.nan`.
fn is_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (radix, rest) = radix_of(unsigned);
    if radix != 10 {
        return !rest.is_empty() && rest.chars().all(|c| c.is_digit(radix));
    }
    // Rust also reads `inf` and `nan`, which YAML does not; YAML writes them `.inf` and `.nan`.
    matches!(unsigned.to_ascii_lowercase().as_str(), ".inf" | ".nan")
        || (unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.')
            && unsigned.parse::<f64>().is_ok())
}

/// An open sequence or mapping, while walking.
enum Frame {
    /// A sequence, at its item of this index.
    Seq(usize),
    /// A mapping: the key whose value comes next (`None` when a key comes next, or when the key is
    /// not a scalar).
    Map(Option<String>, Expecting),
}

/// What a mapping reads next.
#[derive(Clone, Copy, PartialEq)]
enum Expecting {
    Key,
    Value,
}

/// Whether a node is a mapping's key or a value (a mapping's, a sequence's item, the document).
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Key,
    Value,
}

/// The node at `path` in `text`, if the text parses that far and has one.
pub fn node_at(text: &str, path: &[Step]) -> Option<Node> {
    find(text, |role, frames, _| {
        role == Role::Value && is_at(frames, path)
    })
    .map(|(_, node)| node)
}

/// The first value that starts at `line` and `column` (1-based) of `text`, with its path; the
/// outermost one when several do (a block mapping and its first key start at the same place).
pub fn value_at(text: &str, line: usize, column: usize) -> Option<(Vec<Step>, Node)> {
    find(text, |role, _, span| {
        role == Role::Value && starts_at(span, line, column)
    })
}

/// The path to the value of the key that starts at `line` and `column` of `text`, if a key does.
pub fn key_at(text: &str, line: usize, column: usize) -> Option<Vec<Step>> {
    find(text, |role, _, span| {
        role == Role::Key && starts_at(span, line, column)
    })
    .map(|(steps, _)| steps)
}

/// True when `span` starts at `line` and `column` (1-based).
fn starts_at(span: &Span, line: usize, column: usize) -> bool {
    (span.start.line(), span.start.col() + 1) == (line, column)
}

/// The first node of `text` for which `wanted` holds, given its role, the collections it is in and
/// where it starts: its path (for a key, the path to its value) and the node.
fn find(text: &str, wanted: impl Fn(Role, &[Frame], &Span) -> bool) -> Option<(Vec<Step>, Node)> {
    let mut frames: Vec<Frame> = Vec::new();
    // Inside a key that is itself a sequence or mapping: how deep, as no path leads there.
    let mut in_complex_key = 0usize;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let opens = matches!(event, Event::SequenceStart(..) | Event::MappingStart(..));
        let closes = matches!(event, Event::SequenceEnd | Event::MappingEnd);
        let is_node = opens || matches!(event, Event::Scalar(..) | Event::Alias(..));
        if in_complex_key > 0 {
            // When it closes, the mapping reads that key's value, which no path names either.
            in_complex_key = in_complex_key + usize::from(opens) - usize::from(closes);
            continue;
        }
        if closes {
            frames.pop();
            value_done(&mut frames);
            continue;
        }
        if !is_node {
            continue;
        }
        if let Some(Frame::Map(key, expecting @ Expecting::Key)) = frames.last_mut() {
            *expecting = Expecting::Value;
            match &event {
                Event::Scalar(text, ..) => *key = Some(text.to_string()),
                _ if opens => in_complex_key = 1,
                _ => {}
            }
            if key.is_some() && wanted(Role::Key, &frames, &span) {
                return Some((steps_of(&frames), node(&event, &span)));
            }
            continue;
        }
        if wanted(Role::Value, &frames, &span) {
            return Some((steps_of(&frames), node(&event, &span)));
        }
        match event {
            Event::SequenceStart(..) => frames.push(Frame::Seq(0)),
            Event::MappingStart(..) => frames.push(Frame::Map(None, Expecting::Key)),
            _ => value_done(&mut frames),
        }
    }
    None
}

/// The path that `frames` lead along.
fn steps_of(frames: &[Frame]) -> Vec<Step> {
    frames
        .iter()
        .filter_map(|frame| match frame {
            Frame::Seq(index) => Some(Step::Index(*index)),
            Frame::Map(key, _) => key.clone().map(Step::Key),
        })
        .collect()
}

/// The place of the `---` that starts a second document in `text`.
pub fn second_document(text: &str) -> Option<(usize, usize)> {
    Parser::new_from_str(text)
        .map_while(Result::ok)
        .filter(|(event, _)| matches!(event, Event::DocumentStart(..)))
        .nth(1)
        .map(|(_, span)| (span.start.line(), span.start.col() + 1))
}

/// Marks the value that the innermost collection was reading as read.
fn value_done(frames: &mut [Frame]) {
    match frames.last_mut() {
        Some(Frame::Seq(index)) => *index += 1,
        Some(Frame::Map(key, expecting)) => {
            *key = None;
            *expecting = Expecting::Key;
        }
        None => {}
    }
}

/// True when the value about to be read is the one at `path`.
fn is_at(frames: &[Frame], path: &[Step]) -> bool {
    frames.len() == path.len()
        && frames
            .iter()
            .zip(path)
            .all(|(frame, step)| match (frame, step) {
                (Frame::Seq(index), Step::Index(wanted)) => index == wanted,
                (Frame::Map(Some(key), _), Step::Key(wanted)) => key == wanted,
                _ => false,
            })
}

/// The node that `event` starts, at `span`.
fn node(event: &Event, span: &Span) -> Node {
    let shape = match event {
        Event::Scalar(text, style, _, tag) => Shape::Scalar {
            text: text.to_string(),
            plain: *style == ScalarStyle::Plain && !is_str_tag(tag.as_ref()),
        },
        Event::SequenceStart(..) => Shape::List,
        _ => Shape::Mapping,
    };
    Node {
        line: span.start.line(),
        column: span.start.col() + 1,
        shape,
    }
}

/// True for the tag `!!str`, which makes any scalar a text.
fn is_str_tag(tag: Option<&Cow<Tag>>) -> bool {
    tag.is_some_and(|tag| tag.core_suffix() == Some("str"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, path: &[Step]) -> Option<(usize, usize, Found)> {
        node_at(text, path).map(|node| (node.line, node.column, node.found()))
    }

    fn key(key: &str) -> Step {
        Step::Key(key.into())
    }

    #[test]
    fn a_path_leads_to_its_node_through_mappings_and_sequences() {
        let text = "a: {x: 1, y: [t, {z: 2.5}]}\nb:\n  - q\n  - r: ~\n";
        assert_eq!(at(text, &[]), Some((1, 1, Found::Mapping)));
        assert_eq!(
            at(text, &[key("a"), key("x")]),
            Some((1, 8, Found::Number("1".into())))
        );
        let z = [key("a"), key("y"), Step::Index(1), key("z")];
        assert_eq!(at(text, &z), Some((1, 22, Found::Number("2.5".into()))));
        assert_eq!(
            at(text, &[key("b"), Step::Index(1), key("r")]),
            Some((4, 8, Found::Nothing))
        );
        assert_eq!(
            at(text, &[key("b"), Step::Index(0)]),
            Some((3, 5, Found::Text("q".into())))
        );
        assert_eq!(at(text, &[key("c")]), None);
    }

    #[test]
    fn keys_that_are_collections_are_stepped_over() {
        let text = "? [a, b]\n: 1\nc: {d: x}\n";
        assert_eq!(
            at(text, &[key("c"), key("d")]),
            Some((3, 8, Found::Text("x".into())))
        );
    }

    #[test]
    fn what_a_scalar_is_follows_its_text_and_its_quotes() {
        let found = |text: &str| at(&format!("v: {text}\n"), &[key("v")]).unwrap().2;
        assert_eq!(found("true"), Found::Bool(true));
        assert_eq!(found("'true'"), Found::Text("true".into()));
        assert_eq!(found("!!str 12"), Found::Text("12".into()));
        assert_eq!(found("-0x1F"), Found::Number("-0x1F".into()));
        assert_eq!(found(".inf"), Found::Number(".inf".into()));
        assert_eq!(found("inf"), Found::Text("inf".into()));
        assert_eq!(found("2026-11-22"), Found::Text("2026-11-22".into()));
        assert_eq!(found("[1]"), Found::List);
    }

    #[test]
    fn integers_beyond_64_bits_are_told_from_others() {
        let beyond = |text: &str| {
            node_at(&format!("v: {text}\n"), &[key("v")])
                .unwrap()
                .is_integer_beyond_64_bits()
        };
        for text in [
            "18446744073709551616",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "0x1FFFFFFFFFFFFFFFFF",
        ] {
            assert!(beyond(text), "{text}");
        }
        for text in [
            "18446744073709551615",
            "-9223372036854775808",
            "1.5e300",
            "'123456789012345678901234567890'",
            "1e30",
        ] {
            assert!(!beyond(text), "{text}");
        }
    }

    #[test]
    fn the_value_or_the_key_at_a_place_has_a_path() {
        let text = "a: {x: 1, y: [t, !!str u]}\nb:\n  c: d\n";
        let value = |line, column| value_at(text, line, column).map(|(steps, _)| steps);
        let u = [key("a"), key("y"), Step::Index(1)];
        assert_eq!(value(1, 24), Some(u.to_vec()));
        assert_eq!(value(1, 8), Some(vec![key("a"), key("x")]));
        assert_eq!(value(1, 2), None, "inside a key");
        assert_eq!(key_at(text, 1, 5), Some(vec![key("a"), key("x")]));
        // A block mapping starts where its first key does: the value is the mapping.
        assert_eq!(value(3, 3), Some(vec![key("b")]));
        assert_eq!(key_at(text, 3, 3), Some(vec![key("b"), key("c")]));
        assert_eq!(key_at(text, 3, 6), None, "a value, not a key");
    }

    #[test]
    fn the_second_document_is_placed_on_its_marker() {
        assert_eq!(second_document("a: 1\n---\nb: 2\n"), Some((2, 1)));
        assert_eq!(second_document("a: 1\n"), None);
    }
}
