//! The one module that knows the YAML library: parsing with locations, and serialising.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A YAML error with its 1-based position, when the parser knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
    /// What is wrong, without the position.
    pub message: String,
}

/// Parses `source` into `T`.
pub fn from_str<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(source).map_err(|err| {
        let (line, column) = err
            .location()
            .map_or((0, 0), |loc| (loc.line(), loc.column()));
        YamlError {
            line,
            column,
            message: suggest_key(&strip_position(&err.to_string())),
        }
    })
}

/// Serialises `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|err| YamlError {
        line: 0,
        column: 0,
        message: err.to_string(),
    })
}

/// Removes the " at line L column C" suffix the parser appends, since callers print the position first.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// Rewrites serde's "unknown field `x`, expected one of …" into a message naming the nearest valid
/// key, so that a typo is easy to fix.
fn suggest_key(message: &str) -> String {
    let Some(start) = message.find("unknown field `") else {
        return message.to_string();
    };
    let rest = &message[start + "unknown field `".len()..];
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_string();
    };
    let valid: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let nearest = valid
        .iter()
        .map(|key| (strsim::damerau_levenshtein(unknown, key), *key))
        .filter(|(distance, key)| *distance <= 2.max(key.len() / 3))
        .min();
    let prefix = &message[..start];
    match nearest {
        Some((_, key)) => format!("{prefix}unknown key `{unknown}`: did you mean `{key}`?"),
        None if valid.is_empty() => format!("{prefix}unknown key `{unknown}`"),
        None => format!(
            "{prefix}unknown key `{unknown}` (valid keys: {})",
            valid.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        #[serde(default)]
        objective: String,
    }

    #[test]
    fn far_keys_list_the_valid_ones() {
        let err = from_str::<Sample>(
            "title: a
zzz: b
",
        )
        .unwrap_err();
        assert_eq!(
            err.message,
            "unknown key `zzz` (valid keys: title, objective)"
        );
    }

    #[test]
    fn errors_carry_their_position_once() {
        let err = from_str::<Sample>("title: a\ntitel: b\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert_eq!(err.message, "unknown key `titel`: did you mean `title`?");
        assert!(!err.message.contains("line 2"), "{}", err.message);
    }
}
