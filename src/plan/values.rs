//! An answer's value, and how it and a date are read from a plan: by visitors that name what they
//! expect in words the YAML reader classifies ([`yaml::EXPECT_ANSWER`], [`yaml::EXPECT_DATE`]), so
//! that a wrong value is reported plainly, and that refuse what could not be written back as read.

use std::fmt;

use jiff::civil::{Date, Time};
use serde::de::{self, Deserializer, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, Serialize};

use crate::yaml;

/// The value of an answer; its shape follows the question's kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// `yes_no`.
    Bool(bool),
    /// `number`, when whole (written without a decimal point).
    Integer(i64),
    /// `number`, with a fractional part.
    Number(f64),
    /// `text`, `long_text`, `choice` (the choice id) and `date` (YYYY-MM-DD).
    Text(String),
    /// `multi_choice`: the ids of the chosen options.
    List(Vec<String>),
}

/// Read by kind of value rather than by trying each variant in turn (serde's `untagged`, whose
/// error would only say that no variant fits). An integer beyond 64 bits comes as a float: the
/// loader refuses it at its place (`super::load`), not to write back a number rounded.
impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// Reads an [`AnswerValue`].
struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = AnswerValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(yaml::EXPECT_ANSWER)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<AnswerValue, E> {
        Ok(AnswerValue::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<AnswerValue, E> {
        Ok(AnswerValue::Integer(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<AnswerValue, E> {
        i64::try_from(value)
            .map(AnswerValue::Integer)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &"i64"))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<AnswerValue, E> {
        Ok(AnswerValue::Number(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<AnswerValue, E> {
        Ok(AnswerValue::Text(value.to_string()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<AnswerValue, E> {
        Ok(AnswerValue::Text(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<AnswerValue, A::Error> {
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0));
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(AnswerValue::List(list))
    }
}

/// Reads a date written `YYYY-MM-DD`; any other value, a list as much as a number, is refused
/// by the visitor, whose words name the date.
pub(super) fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    deserializer.deserialize_any(DateVisitor)
}

/// Reads a date written `YYYY-MM-DD`, or nothing.
pub(super) fn optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Date>, D::Error> {
    deserializer.deserialize_option(OptionalDate)
}

/// Reads a [`Date`].
struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(yaml::EXPECT_DATE)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Date, E> {
        value
            .parse()
            .map_err(|_| E::invalid_value(Unexpected::Str(value), &self))
    }
}

/// Reads an optional [`Date`].
struct OptionalDate;

impl<'de> Visitor<'de> for OptionalDate {
    type Value = Option<Date>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(yaml::EXPECT_DATE)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<Date>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Date>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Date>, D::Error> {
        date(deserializer).map(Some)
    }
}

/// Reads and writes a time of day written `HH:MM`, or nothing.
pub(super) mod optional_time {
    use super::*;
    use serde::Serializer;

    /// Writes `HH:MM`.
    pub fn serialize<S: Serializer>(time: &Option<Time>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_str(&time.strftime("%H:%M").to_string()),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `HH:MM`.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Time>, D::Error> {
        deserializer.deserialize_option(OptionalTime)
    }

    /// Reads an optional [`Time`].
    struct OptionalTime;

    impl<'de> Visitor<'de> for OptionalTime {
        type Value = Option<Time>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(yaml::EXPECT_TIME)
        }

        fn visit_none<E: de::Error>(self) -> Result<Option<Time>, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Option<Time>, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(
            self,
            deserializer: D,
        ) -> Result<Option<Time>, D::Error> {
            deserializer.deserialize_str(self)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<Option<Time>, E> {
            Time::strptime("%H:%M", value)
                .map(Some)
                .map_err(|_| E::invalid_value(Unexpected::Str(value), &self))
        }
    }
}
