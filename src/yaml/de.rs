//! A serde deserializer that reads YAML event by event from `saphyr-parser`, so that a
//! document is never held twice in memory (once as text, once as values): the events are turned
//! into the caller's types as they come.
//!
//! It refuses what hostile input could use against the program, each at its place: aliases (a few
//! lines could expand into gigabytes), nesting deeper than [`MAX_DEPTH`], and a key given twice in
//! one mapping (serde would silently keep the last value). Scalars are read as `yaml_serde`
//! reads them (see [`super::scalar`]), so plans written by it read back unchanged.

use std::borrow::Cow;
use std::fmt;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Span, StrInput, Tag};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

use super::MAX_DEPTH;
use super::cut::Cut;
use super::keys::{KeyStack, MapFrame, ValueOf};
use super::problem::{Expected, Found, Problem, Syntax, describe};
use super::scalar;
use super::splice::{self, Splice};
use crate::i18n::Lang;
use crate::sanitize;

/// An error met while reading: its kind, and where, once known.
#[derive(Debug)]
pub struct Error {
    /// The kind of problem, with the input it quotes (shortened).
    pub problem: Problem,
    /// Where: line and column, from 1.
    pub position: Option<(usize, usize)>,
    /// The value concerned, like `stages[0].criteria[3].title` (empty for the whole document).
    pub path: String,
}

impl Error {
    /// An error of `problem`, placed later.
    fn new(problem: Problem) -> Self {
        Error {
            problem,
            position: None,
            path: String::new(),
        }
    }

    /// An error of `problem` at `mark`, in the value at `path`.
    fn at(problem: Problem, mark: Marker, path: String) -> Self {
        Error {
            position: Some(position(mark)),
            path,
            ..Error::new(problem)
        }
    }
}

/// serde's kinds of errors, each classified as it is made (see [`super::problem`]).
impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::new(Problem::Refused(sanitize::quote(&message.to_string())))
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
        Error::new(Problem::Mismatch {
            found: Found::of(unexpected),
            expected: Expected::from_serde(&expected.to_string()),
        })
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn de::Expected) -> Self {
        de::Error::invalid_type(unexpected, expected)
    }

    fn invalid_length(_len: usize, expected: &dyn de::Expected) -> Self {
        de::Error::invalid_type(Unexpected::Seq, expected)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Problem::UnknownValue {
            value: sanitize::quote(variant),
            valid: expected,
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Problem::UnknownKey {
            key: sanitize::quote(field),
            valid: expected,
        })
    }

    fn missing_field(field: &'static str) -> Self {
        Error::new(Problem::MissingKey(field.to_string()))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error::new(Problem::DuplicateKey(field.to_string()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&describe(&self.problem, Lang::En.strings()))
    }
}

impl std::error::Error for Error {}

/// Reads one YAML document from `source` into `T`; a long one on two threads when it can be cut
/// (see [`splice`]).
pub fn from_str<'de, T: de::Deserialize<'de>>(source: &str) -> Result<T, Error> {
    match splice::worth_making(source).and_then(|cut| in_two(source, cut)) {
        Some(value) => Ok(value),
        None => Reader::new(source).read(),
    }
}

/// Reads `source` into `T`, the part after `cut` parsed on a second thread; `None` when that fails,
/// for whatever reason.
pub fn in_two<'de, T: de::Deserialize<'de>>(source: &str, cut: Cut) -> Option<T> {
    splice::in_two(source, cut, |rest, splice| {
        let mut reader = Reader::new(rest);
        reader.splice = Some(splice);
        let value = reader.read().ok()?;
        reader
            .splice
            .is_some_and(|splice| splice.done())
            .then_some(value)
    })
}

/// The most characters of a value's path that an error shows (its end).
const MAX_PATH_CHARS: usize = 60;

/// An event and where it starts.
type Located<'a> = (Event<'a>, Marker);

/// The parser, the event looked at but not yet used, and where in the document reading stands.
struct Reader<'a> {
    parser: Parser<'a, StrInput<'a>>,
    peeked: Option<Located<'a>>,
    /// The open sequences and mappings, outermost first.
    frames: Vec<Frame>,
    /// The keys of the open mappings.
    keys: KeyStack,
    /// The items parsed on another thread, when the text was cut.
    splice: Option<Splice<'a>>,
}

/// An open sequence or mapping.
enum Frame {
    /// A sequence, with the number of items read and whether one is being read.
    Seq { items: usize, inside: bool },
    /// A mapping.
    Map(MapFrame),
}

/// The kind of collection a value must be.
#[derive(Clone, Copy)]
enum Collection {
    Seq,
    Map,
}

impl<'a> Reader<'a> {
    fn new(source: &'a str) -> Self {
        Reader {
            parser: Parser::new_from_str(source),
            peeked: None,
            frames: Vec::new(),
            keys: KeyStack::default(),
            splice: None,
        }
    }

    /// Reads the one document of the text into `T`.
    fn read<'de, T: de::Deserialize<'de>>(&mut self) -> Result<T, Error> {
        self.start_document()?;
        let value = T::deserialize(&mut *self)?;
        self.end_document()?;
        Ok(value)
    }

    /// The next event.
    fn next(&mut self) -> Result<Located<'a>, Error> {
        self.peeked.take().map_or_else(|| self.parse(), Ok)
    }

    /// The next event, left to be read again.
    fn peek(&mut self) -> Result<&Located<'a>, Error> {
        if self.peeked.is_none() {
            self.peeked = Some(self.parse()?);
        }
        Ok(self.peeked.as_ref().expect("just filled"))
    }

    /// Asks the parser for an event: aliases and unsupported tags are refused here.
    fn parse(&mut self) -> Result<Located<'a>, Error> {
        let (event, mark) = match &mut self.splice {
            None => next_event(&mut self.parser).map(|(event, span)| (event, span.start))?,
            Some(splice) => match splice.replayed() {
                Some(located) => located,
                None => {
                    let (event, span) = next_event(&mut self.parser)?;
                    splice.watch(event, span).map_err(de::Error::custom)?
                }
            },
        };
        match &event {
            Event::Alias(_) => Err(Error::at(Problem::Alias, mark, self.path())),
            Event::Scalar(_, _, _, Some(tag))
            | Event::SequenceStart(_, Some(tag))
            | Event::MappingStart(_, Some(tag))
                if !tag.is_yaml_core_schema() =>
            {
                let tag = Problem::Tag(sanitize::quote(&tag.to_string()));
                Err(Error::at(tag, mark, self.path()))
            }
            _ => Ok((event, mark)),
        }
    }

    /// Reads up to the start of the document's content; an empty text is an error.
    fn start_document(&mut self) -> Result<(), Error> {
        loop {
            let (event, mark) = self.next()?;
            match event {
                Event::StreamStart | Event::Nothing => {}
                Event::DocumentStart(_) => return Ok(()),
                _ => return Err(Error::at(Problem::Empty, mark, self.path())),
            }
        }
    }

    /// Reads the end of the document, refusing a second one.
    fn end_document(&mut self) -> Result<(), Error> {
        let (event, mark) = self.next()?;
        if !matches!(event, Event::DocumentEnd) {
            return Err(Error::at(Problem::Syntax(Syntax::Other), mark, self.path()));
        }
        let (event, mark) = self.next()?;
        match event {
            Event::StreamEnd => Ok(()),
            _ => Err(Error::at(Problem::SecondDocument, mark, self.path())),
        }
    }

    /// Gives `error` the place of the event at `mark` unless it has one from a deeper value.
    fn place(&self, mut error: Error, mark: Marker) -> Error {
        if error.position.is_none() {
            error.position = Some(position(mark));
            error.path = self.path();
        }
        error
    }

    /// The value being read, like `stages[0].criteria[3].title`, its keys shortened, and its start
    /// dropped when it is long (made only for errors).
    fn path(&self) -> String {
        let mut path = String::new();
        for frame in &self.frames {
            match frame {
                Frame::Seq {
                    items,
                    inside: true,
                } => path.push_str(&format!("[{items}]")),
                Frame::Seq { .. } => {}
                Frame::Map(map) => {
                    let Some(key) = self.keys.current(map) else {
                        continue;
                    };
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&sanitize::quote(key));
                }
            }
        }
        let chars = path.chars().count();
        if chars > MAX_PATH_CHARS {
            let tail: String = path.chars().skip(chars - MAX_PATH_CHARS).collect();
            path = format!("…{tail}");
        }
        path
    }

    /// Opens a sequence or mapping at `mark`, refusing one nested too deep.
    fn open(&mut self, frame: Frame, mark: Marker) -> Result<(), Error> {
        if self.frames.len() >= MAX_DEPTH {
            return Err(Error::at(Problem::TooDeep, mark, String::new()));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Closes the innermost sequence or mapping.
    fn pop(&mut self) {
        if let Some(Frame::Map(map)) = self.frames.pop() {
            self.keys.close(&map);
        }
    }

    /// Reads a sequence whose start event was just read, at `mark`.
    fn visit_sequence<'de, V: Visitor<'de>>(
        &mut self,
        visitor: V,
        mark: Marker,
    ) -> Result<V::Value, Error> {
        self.open(
            Frame::Seq {
                items: 0,
                inside: false,
            },
            mark,
        )?;
        let value = visitor.visit_seq(SeqAccess { reader: self });
        let end = value.and_then(|value| self.close(value, "sequence"));
        self.pop();
        end
    }

    /// Reads a mapping whose start event was just read, at `mark`.
    fn visit_mapping<'de, V: Visitor<'de>>(
        &mut self,
        visitor: V,
        mark: Marker,
    ) -> Result<V::Value, Error> {
        self.open(Frame::Map(self.keys.open()), mark)?;
        let value = visitor.visit_map(MapAccess { reader: self });
        let end = value.and_then(|value| self.close(value, "mapping"));
        self.pop();
        end
    }

    /// Reads the end of a sequence or mapping whose visitor took `value` (a visitor that stops
    /// early, like a tuple's, leaves items behind: an error).
    fn close<T>(&mut self, value: T, what: &str) -> Result<T, Error> {
        let (event, mark) = self.next()?;
        match event {
            Event::SequenceEnd | Event::MappingEnd => Ok(value),
            _ => {
                let problem = Problem::Refused(format!("too many items in this {what}"));
                Err(Error::at(problem, mark, self.path()))
            }
        }
    }

    /// Reads past one value (for fields that are ignored), with the same limits as any value.
    fn skip(&mut self) -> Result<(), Error> {
        let opened = self.frames.len();
        loop {
            let (event, mark) = self.next()?;
            match event {
                Event::SequenceStart(..) => self.open(
                    Frame::Seq {
                        items: 0,
                        inside: false,
                    },
                    mark,
                )?,
                Event::MappingStart(..) => self.open(Frame::Map(self.keys.open()), mark)?,
                Event::SequenceEnd | Event::MappingEnd => self.pop(),
                _ => {}
            }
            if self.frames.len() == opened {
                return Ok(());
            }
        }
    }

    /// Reads a sequence or a mapping, as `want`s; an empty plain value (`key:`) is an empty one.
    fn collection<'de, V: Visitor<'de>>(
        &mut self,
        visitor: V,
        want: Collection,
    ) -> Result<V::Value, Error> {
        let (event, mark) = self.next()?;
        let result = match (event, want) {
            (Event::SequenceStart(..), Collection::Seq) => self.visit_sequence(visitor, mark),
            (Event::MappingStart(..), Collection::Map) => self.visit_mapping(visitor, mark),
            (Event::Scalar(value, style, _, tag), _) => {
                let plain = is_plain(style, tag.as_ref());
                match want {
                    _ if !(plain && value.is_empty()) => {
                        Err(unexpected_scalar(&value, plain, &visitor))
                    }
                    Collection::Seq => visitor.visit_seq(Empty),
                    Collection::Map => visitor.visit_map(Empty),
                }
            }
            (other, _) => Err(unexpected_node(&other, &visitor)),
        };
        result.map_err(|error| self.place(error, mark))
    }

    /// The next event, which must be a scalar: its text, whether it is plain (its meaning
    /// follows the core schema), and its place.
    fn scalar_or_else<'de, V: Visitor<'de>>(
        &mut self,
        visitor: &V,
    ) -> Result<(Cow<'a, str>, bool, Marker), Error> {
        let (event, mark) = self.next()?;
        match event {
            Event::Scalar(value, style, _, tag) => Ok((value, is_plain(style, tag.as_ref()), mark)),
            other => Err(self.place(unexpected_node(&other, visitor), mark)),
        }
    }
}

/// True when a scalar's meaning follows the core schema (plain, and not tagged `!!str`).
fn is_plain(style: ScalarStyle, tag: Option<&Cow<Tag>>) -> bool {
    style == ScalarStyle::Plain
        && !tag.is_some_and(|tag| tag.is_yaml_core_schema() && tag.suffix == "str")
}

/// The parser's next event and its span.
fn next_event<'a>(parser: &mut Parser<'a, StrInput<'a>>) -> Result<(Event<'a>, Span), Error> {
    match parser.next_event() {
        Some(result) => result.map_err(parser_error),
        None => Err(Error::new(Problem::Syntax(Syntax::Other))),
    }
}

/// Line and column, from 1, of `mark`.
fn position(mark: Marker) -> (usize, usize) {
    (mark.line(), mark.col() + 1)
}

/// The parser's own error, at its place, classified by its words.
fn parser_error(error: ScanError) -> Error {
    let problem = match error.info() {
        // The scanner reads nested flow collections (`[[[…`) ahead of the events, up to its own limit.
        "recursion limit exceeded" => Problem::TooDeep,
        // Raised for a NUL byte alone (a NUL elsewhere ends the text early).
        "found unprintable character" => Problem::NulByte,
        info => Problem::Syntax(Syntax::of(info)),
    };
    Error {
        position: Some(position(*error.marker())),
        ..Error::new(problem)
    }
}

/// The error for a node that is not what `visitor` expects.
fn unexpected_node<'de, V: Visitor<'de>>(event: &Event, visitor: &V) -> Error {
    Error::new(Problem::Mismatch {
        found: found_node(event),
        expected: Expected::from_serde(&(&Expecting(visitor) as &dyn de::Expected).to_string()),
    })
}

/// What a node that is not a scalar is.
fn found_node(event: &Event) -> Found {
    match event {
        Event::SequenceStart(..) => Found::List,
        Event::MappingStart(..) => Found::Mapping,
        _ => Found::Unknown,
    }
}

/// The error for a scalar `value` that is not what `visitor` expects, named as YAML reads it.
fn unexpected_scalar<'de, V: Visitor<'de>>(value: &str, plain: bool, visitor: &V) -> Error {
    let fits = || scalar::parse_unsigned(value).is_some() || scalar::parse_signed(value).is_some();
    if plain && scalar::is_integer(value) && !fits() {
        return Error::new(Problem::IntegerTooLarge(sanitize::quote(value)));
    }
    let unexpected = if !plain {
        Unexpected::Str(value)
    } else if scalar::is_null(value) {
        Unexpected::Unit
    } else if let Some(boolean) = scalar::parse_bool(value) {
        Unexpected::Bool(boolean)
    } else if let Some(int) = scalar::parse_unsigned(value) {
        Unexpected::Unsigned(int)
    } else if let Some(int) = scalar::parse_signed(value) {
        Unexpected::Signed(int)
    } else if let Some(float) = scalar::parse_float(value) {
        Unexpected::Float(float)
    } else {
        Unexpected::Str(value)
    };
    de::Error::invalid_type(unexpected, &Expecting(visitor))
}

/// What a visitor expects, as serde's `Expected`.
struct Expecting<'v, V>(&'v V);

impl<'de, V: Visitor<'de>> de::Expected for Expecting<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// Reads a plain scalar through `parse`, or reports what it is instead.
macro_rules! deserialize_plain {
    ($name:ident, $parse:path, $visit:ident) => {
        fn $name<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let (value, plain, mark) = self.scalar_or_else(&visitor)?;
            let parsed = if plain { $parse(&value) } else { None };
            let result = match parsed {
                Some(parsed) => visitor.$visit(parsed),
                None => Err(unexpected_scalar(&value, plain, &visitor)),
            };
            result.map_err(|error| self.place(error, mark))
        }
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let (event, mark) = self.next()?;
        let result = match event {
            Event::Scalar(value, style, _, tag) => {
                if !is_plain(style, tag.as_ref()) {
                    visitor.visit_string(value.into_owned())
                } else if scalar::is_null(&value) {
                    visitor.visit_unit()
                } else if let Some(boolean) = scalar::parse_bool(&value) {
                    visitor.visit_bool(boolean)
                } else if let Some(int) = scalar::parse_unsigned(&value) {
                    visitor.visit_u64(int)
                } else if let Some(int) = scalar::parse_signed(&value) {
                    visitor.visit_i64(int)
                } else if scalar::is_integer(&value) {
                    // As a float it would be written back rounded, a number the user never wrote.
                    Err(Error::new(Problem::IntegerTooLarge(sanitize::quote(
                        &value,
                    ))))
                } else if let Some(float) = scalar::parse_float(&value) {
                    visitor.visit_f64(float)
                } else {
                    visitor.visit_string(value.into_owned())
                }
            }
            Event::SequenceStart(..) => self.visit_sequence(visitor, mark),
            Event::MappingStart(..) => self.visit_mapping(visitor, mark),
            other => Err(unexpected_node(&other, &visitor)),
        };
        result.map_err(|error| self.place(error, mark))
    }

    deserialize_plain!(deserialize_bool, scalar::parse_bool, visit_bool);
    deserialize_plain!(deserialize_i64, scalar::parse_signed, visit_i64);
    deserialize_plain!(deserialize_u64, scalar::parse_unsigned, visit_u64);
    deserialize_plain!(deserialize_f64, scalar::parse_float, visit_f64);

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    /// Any scalar reads as a string, as `yaml_serde` does (`number: 1` into a `String` is "1").
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let (value, _, mark) = self.scalar_or_else(&visitor)?;
        visitor
            .visit_string(value.into_owned())
            .map_err(|error| self.place(error, mark))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        let mark = self.peek()?.1;
        let error = Error::new(Problem::Refused("bytes are not supported in YAML".into()));
        Err(self.place(error, mark))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let is_none = matches!(
            &self.peek()?.0,
            Event::Scalar(value, style, _, tag)
                if is_plain(*style, tag.as_ref()) && scalar::is_null(value)
        );
        if is_none {
            self.next()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let (value, plain, mark) = self.scalar_or_else(&visitor)?;
        let result = if plain && scalar::is_null(&value) {
            visitor.visit_unit()
        } else {
            Err(de::Error::invalid_value(Unexpected::Str(&value), &"null"))
        };
        result.map_err(|error| self.place(error, mark))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// A sequence; an empty plain value (`key:`) is an empty sequence.
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.collection(visitor, Collection::Seq)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    /// A mapping; an empty plain value (`key:`) is an empty mapping.
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.collection(visitor, Collection::Map)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    /// An enum of unit variants, named by a scalar.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let (event, mark) = self.next()?;
        let result = match event {
            Event::Scalar(value, ..) => visitor.visit_enum(value.into_owned().into_deserializer()),
            other => Err(Error::new(Problem::Mismatch {
                found: found_node(&other),
                expected: Expected::OneOf(variants),
            })),
        };
        result.map_err(|error| self.place(error, mark))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }
}

/// The items of a sequence being read.
struct SeqAccess<'r, 'a> {
    reader: &'r mut Reader<'a>,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if matches!(self.reader.peek()?.0, Event::SequenceEnd) {
            return Ok(None);
        }
        set_inside(self.reader, true);
        let value = seed.deserialize(&mut *self.reader)?;
        set_inside(self.reader, false);
        Ok(Some(value))
    }
}

/// Marks the innermost sequence as reading an item (`inside`) or having read one more.
fn set_inside(reader: &mut Reader, inside: bool) {
    if let Some(Frame::Seq {
        items,
        inside: reading,
    }) = reader.frames.last_mut()
    {
        if *reading && !inside {
            *items += 1;
        }
        *reading = inside;
    }
}

/// The entries of a mapping being read.
struct MapAccess<'r, 'a> {
    reader: &'r mut Reader<'a>,
}

impl MapAccess<'_, '_> {
    /// The innermost mapping (the one being read).
    fn frame(&mut self) -> &mut MapFrame {
        match self.reader.frames.last_mut() {
            Some(Frame::Map(map)) => map,
            _ => unreachable!("a mapping is being read"),
        }
    }

    /// Records the key about to be read (the peeked event), refusing one the mapping has already.
    fn record_key(&mut self) -> Result<ValueOf, Error> {
        let reader = &mut *self.reader;
        let (Some((event, mark)), Some(Frame::Map(map))) =
            (&reader.peeked, reader.frames.last_mut())
        else {
            unreachable!("a key is peeked in a mapping being read")
        };
        let Event::Scalar(key, ..) = event else {
            return Ok(ValueOf::ComplexKey);
        };
        if reader.keys.push(map, key) {
            return Ok(ValueOf::LastKey);
        }
        let (key, mark) = (sanitize::quote(key), *mark);
        Err(Error::at(Problem::DuplicateKey(key), mark, reader.path()))
    }
}

impl<'de> de::MapAccess<'de> for MapAccess<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if matches!(self.reader.peek()?.0, Event::MappingEnd) {
            return Ok(None);
        }
        let value_of = self.record_key()?;
        let key = seed.deserialize(&mut *self.reader)?;
        self.frame().value_of = value_of;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.frame().value_of = ValueOf::Nothing;
        Ok(value)
    }
}

/// The sequence or mapping that an empty plain value (`key:`) stands for.
struct Empty;

impl<'de> de::SeqAccess<'de> for Empty {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        _seed: T,
    ) -> Result<Option<T::Value>, Error> {
        Ok(None)
    }
}

impl<'de> de::MapAccess<'de> for Empty {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        _seed: K,
    ) -> Result<Option<K::Value>, Error> {
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, _seed: V) -> Result<V::Value, Error> {
        unreachable!("an empty mapping has no value")
    }
}
