//! Errors found in definition files, each with its `file:line:column`, said in both interface
//! languages.

use std::fmt;

use crate::i18n::{Lang, Strings};

/// One problem in a definition file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the user named it (or `embedded:NAME`).
    pub file: String,
    /// 1-based line (0 when the problem concerns the whole set).
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong and, where possible, what to do.
    pub message: Message,
}

impl Diagnostic {
    /// The diagnostic in `lang`: `file:line:column`, then the message.
    pub fn in_lang(&self, lang: Lang) -> String {
        let (line, column) = (self.line.max(1), self.column.max(1));
        let colon = lang.strings().colon;
        let message = self.message.get(lang);
        format!("{}:{line}:{column}{colon}{message}", self.file)
    }
}

/// In English, as in logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// A message in each language of the interface, made when the problem is found (the language is
/// chosen only when it is printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    fr: String,
    en: String,
}

impl Message {
    /// The message `say` makes from each language's strings.
    pub fn new(say: impl Fn(&Strings) -> String) -> Self {
        Message {
            fr: say(Lang::Fr.strings()),
            en: say(Lang::En.strings()),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// The definitions could not be loaded: every problem found, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionsError {
    /// The problems, at least one.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for DefinitionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.diagnostics.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DefinitionsError {}

/// A definition file's name and text, used to place diagnostics.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Name shown in diagnostics.
    pub name: String,
    /// The whole text.
    pub text: String,
}

impl SourceFile {
    /// A diagnostic at a known position.
    pub fn at(&self, line: usize, column: usize, message: Message) -> Diagnostic {
        Diagnostic {
            file: self.name.clone(),
            line,
            column,
            message,
        }
    }

    /// A diagnostic placed on the `nth` (0-based) line that reads `key: value`, or at the top of the file.
    pub fn at_key(&self, key: &str, value: &str, nth: usize, message: Message) -> Diagnostic {
        let (line, column) = self.find_key(key, value, nth).unwrap_or((1, 1));
        self.at(line, column, message)
    }

    /// Position of the `nth` line whose `key` holds `value` (quoted or not, in a list item or not).
    fn find_key(&self, key: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
        let prefix = format!("{key}:");
        self.text
            .lines()
            .enumerate()
            .filter_map(|(index, line)| {
                let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
                let rest = trimmed.strip_prefix(&prefix)?;
                let found = rest.trim().trim_matches(|c| c == '"' || c == '\'');
                (found == value).then(|| (index + 1, line.len() - trimmed.len() + 1))
            })
            .nth(nth)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nth_key_in_list_items() {
        let file = SourceFile {
            name: "stages.yaml".into(),
            text: "stages:\n  - id: a\n    number: 1\n  - id: \"a\"\n".into(),
        };
        let x = || Message::new(|_| "x".into());
        assert_eq!(
            file.at_key("id", "a", 1, x()).to_string(),
            "stages.yaml:4:5: x"
        );
        assert_eq!(
            file.at_key("id", "zz", 0, x()).in_lang(Lang::Fr),
            "stages.yaml:1:1\u{a0}: x"
        );
    }
}
