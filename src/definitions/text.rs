//! Localised text: a plain French string, or a map `{fr: "…", en: "…"}`.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;
use crate::typography;

/// A piece of content written in French, optionally translated to English.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// The French text (always present).
    pub fr: String,
    /// The English translation, when the author gave one.
    pub en: Option<String>,
}

impl Text {
    /// A French-only text.
    pub fn fr(text: impl Into<String>) -> Self {
        Text {
            fr: text.into(),
            en: None,
        }
    }

    /// The text in `lang`, falling back to French where no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) if !en.is_empty() => en,
            _ => &self.fr,
        }
    }

    /// True when the French text is empty.
    pub fn is_empty(&self) -> bool {
        self.fr.trim().is_empty()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

/// Written back in the form it is read: a plain string when there is no English, else `{fr, en}`.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.en {
            None => serializer.serialize_str(&self.fr),
            Some(en) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("fr", &self.fr)?;
                map.serialize_entry("en", en)?;
                map.end()
            }
        }
    }
}

/// French content as the screen shows it: its punctuation spacing made non-breaking (the
/// terminal's wrapping keeps only U+00A0 together).
fn spaced(fr: &str) -> String {
    typography::french_spaces(fr, typography::NBSP)
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(crate::yaml::EXPECT_TRANSLATABLE)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Text, E> {
        Ok(Text::fr(spaced(value)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut fr: Option<String> = None;
        let mut en: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "fr" => &mut fr,
                "en" => &mut en,
                other => return Err(de::Error::unknown_field(other, &["fr", "en"])),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
            }
            *slot = Some(map.next_value()?);
        }
        let fr = fr.ok_or_else(|| de::Error::missing_field("fr"))?;
        Ok(Text {
            fr: spaced(&fr),
            en,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::yaml::{self, Problem};

    #[test]
    fn plain_string_is_french() {
        let text: Text = yaml::from_str("\"Étape\"").unwrap();
        assert_eq!(text, Text::fr("Étape"));
        assert_eq!(text.get(Lang::En), "Étape");
    }

    #[test]
    fn french_content_keeps_its_punctuation_on_its_line_and_english_is_left_alone() {
        let text: Text =
            yaml::from_str("{fr: \"Prêt ? « go » : oui\", en: \"Ready ? yes\"}").unwrap();
        assert_eq!(
            text.get(Lang::Fr),
            "Prêt\u{a0}? «\u{a0}go\u{a0}»\u{a0}: oui"
        );
        assert_eq!(text.get(Lang::En), "Ready ? yes");
    }

    #[test]
    fn map_gives_both_languages() {
        let text: Text = yaml::from_str("{fr: Étape, en: Stage}").unwrap();
        assert_eq!(text.get(Lang::Fr), "Étape");
        assert_eq!(text.get(Lang::En), "Stage");
    }

    #[test]
    fn json_round_trip_keeps_the_form() {
        for text in [
            Text::fr("Étape"),
            Text {
                fr: "Étape".into(),
                en: Some("Stage".into()),
            },
        ] {
            let json = serde_json::to_string(&text).unwrap();
            assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), text);
        }
        assert_eq!(serde_json::to_string(&Text::fr("a")).unwrap(), "\"a\"");
    }

    #[test]
    fn unknown_language_is_an_error() {
        let err = yaml::from_str::<Text>("{fr: Étape, de: Stufe}").unwrap_err();
        assert_eq!(
            err.problem,
            Problem::UnknownKey {
                key: "de".into(),
                valid: vec!["fr", "en"]
            }
        );
        assert_eq!((err.line, err.column), (1, 13));
    }

    #[test]
    fn missing_french_is_an_error() {
        let err = yaml::from_str::<Text>("{en: Stage}").unwrap_err();
        assert_eq!(err.problem, Problem::MissingKey("fr".into()));
    }
}
