//! The interface's words in French (the default) and English: one place, no literals in the screens.

pub mod problems;

/// Language of the interface and of the content where translations exist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// Its code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language of `code` (`fr`, `en`), if it is one.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The interface's words in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

/// Fills the `{}` placeholders of `template` with `args`, in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// `n` with its digits grouped by three, as `strings`' language writes large numbers.
pub fn group_digits(n: usize, strings: &Strings) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(strings.thousands);
        }
        out.push(digit);
    }
    out
}

/// Declares [`Strings`] and its two tables from one list: each string once, its French then its English.
macro_rules! strings {
    ($( $(#[doc = $doc:literal])* $name:ident: $fr:literal / $en:literal; )*) => {
        /// Every word of the interface. `{}` marks where [`crate::i18n::fill`] puts a value.
        #[derive(Debug)]
        pub struct Strings {
            $( $(#[doc = $doc])* pub $name: &'static str, )*
        }

        /// The interface in French.
        pub static FR: Strings = Strings { $( $name: $fr, )* };

        /// The interface in English.
        pub static EN: Strings = Strings { $( $name: $en, )* };

        /// Every French string with its name, for the checks of the table.
        #[cfg(test)]
        pub static FR_BY_NAME: &[(&str, &str)] = &[ $( (stringify!($name), $fr), )* ];
    };
}

mod table;

pub use table::{EN, FR, Strings};

impl Strings {
    /// Help rows about what no binding does: key, text.
    pub fn help_notes(&self) -> [(&'static str, &'static str); 2] {
        [
            ("Ctrl-Z", self.help_note_suspend),
            ("!", self.help_note_blocking),
        ]
    }
}

#[cfg(test)]
mod tests {
    use crate::typography::{NBSP, french_spaces};

    #[test]
    fn every_french_string_keeps_its_punctuation_on_its_line() {
        let loose: Vec<&str> = super::table::FR_BY_NAME
            .iter()
            .filter(|(_, fr)| french_spaces(fr, NBSP) != *fr)
            .map(|(name, _)| *name)
            .collect();
        assert!(
            loose.is_empty(),
            "plain spaces around « » ; : ! ? in {loose:?}"
        );
    }
}
