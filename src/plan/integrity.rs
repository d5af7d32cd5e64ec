//! The seal of a plan file: an opening comment line and a closing line holding a checksum of
//! everything above it, so that a plan cut by a mail client or changed by hand is noticed on open.
//!
//! A plan with neither line was written before seals existed and opens as it is. A plan that has the
//! opening line but not the closing one was cut. A closing checksum that does not match means the
//! file was changed by hand or damaged. Line endings are compared as `\n`, so a mail client or an
//! editor that turned them into `\r\n` (Windows) or `\r` alone (old Mac) does not count as damage.

use sha2::{Digest, Sha256};

/// The first line of every plan written by this program.
pub const OPENING: &str =
    "# Plan projet embarquement. La dernière ligne est une somme de contrôle du texte au-dessus.";

/// The start of the closing line, before the checksum's hexadecimal digits.
pub const CLOSING: &str = "# fin du plan, sha256:";

/// What the seal says about a plan's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seal {
    /// Both lines are there and the checksum matches.
    Intact,
    /// Neither line: a plan written before seals existed.
    Unsealed,
    /// The opening line without the closing one: the end of the file is missing.
    Cut,
    /// The checksum does not match the text: changed by hand, or damaged.
    Altered,
}

impl Seal {
    /// True when the plan must be copied aside before it is overwritten.
    pub fn is_damaged(self) -> bool {
        matches!(self, Seal::Cut | Seal::Altered)
    }
}

/// The plan's YAML text between its opening and closing lines.
pub fn seal(yaml: &str) -> String {
    let mut text = String::with_capacity(OPENING.len() + yaml.len() + CLOSING.len() + 66);
    text.push_str(OPENING);
    text.push('\n');
    text.push_str(yaml);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let checksum = checksum(&text);
    text.push_str(CLOSING);
    text.push_str(&checksum);
    text.push('\n');
    text
}

/// Reads the seal of a plan's text (without its byte-order mark).
pub fn check(text: &str) -> Seal {
    let body = text.trim_end_matches(['\n', '\r', ' ', '\t']);
    let (above, last) = match body.rfind(['\n', '\r']) {
        Some(at) => (&body[..=at], &body[at + 1..]),
        None => ("", body),
    };
    let opened = text.starts_with(OPENING);
    match last.strip_prefix(CLOSING) {
        Some(found) if found.trim_end() == checksum(above) => Seal::Intact,
        Some(_) => Seal::Altered,
        None if opened => Seal::Cut,
        None => Seal::Unsealed,
    }
}

/// The hexadecimal SHA-256 of `text`, with `\r\n` and `\r` alone read as `\n` (the plan's own
/// carriage returns are written escaped, as `\r`, never raw).
fn checksum(text: &str) -> String {
    let mut hasher = Sha256::new();
    let mut pieces = text.split('\r');
    if let Some(first) = pieces.next() {
        hasher.update(first.as_bytes());
    }
    for piece in pieces {
        hasher.update(b"\n");
        hasher.update(piece.strip_prefix('\n').unwrap_or(piece).as_bytes());
    }
    hex(&hasher.finalize())
}

/// Bytes as lower-case hexadecimal digits.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "format: embarquement-plan/1\nproject:\n  name: Démo\n";

    #[test]
    fn a_sealed_text_is_intact_and_keeps_its_yaml() {
        let text = seal(YAML);
        assert!(
            text.starts_with(&format!("{OPENING}\n{YAML}{CLOSING}")),
            "{text}"
        );
        assert_eq!(text.lines().count(), YAML.lines().count() + 2);
        assert_eq!(check(&text), Seal::Intact);
        assert_eq!(seal(YAML), text, "sealing is deterministic");
    }

    #[test]
    fn a_plan_without_seal_is_an_older_plan() {
        assert_eq!(check(YAML), Seal::Unsealed);
        assert!(!Seal::Unsealed.is_damaged());
    }

    #[test]
    fn a_plan_cut_anywhere_after_its_first_line_is_cut_or_altered() {
        let text = seal(YAML);
        let first_line = OPENING.len() + 1;
        for end in (first_line..text.len() - 1).filter(|&end| text.is_char_boundary(end)) {
            let seal = check(&text[..end]);
            assert!(seal.is_damaged(), "cut at {end}: {seal:?}");
        }
        let without_last_line = &text[..text.rfind(CLOSING).unwrap()];
        assert_eq!(check(without_last_line), Seal::Cut);
    }

    #[test]
    fn a_hand_edit_breaks_the_checksum() {
        let text = seal(YAML).replace("Démo", "Démo 2");
        assert_eq!(check(&text), Seal::Altered);
    }

    #[test]
    fn line_endings_changed_by_a_mail_client_are_not_damage() {
        let text = seal(YAML).replace('\n', "\r\n");
        assert_eq!(check(&text), Seal::Intact);
        assert_eq!(check(&format!("{}\n\n", seal(YAML))), Seal::Intact);
    }

    #[test]
    fn old_mac_line_endings_are_not_a_cut() {
        let text = seal(YAML).replace('\n', "\r");
        assert_eq!(check(&text), Seal::Intact);
        let mixed = seal(YAML).replacen('\n', "\r", 2).replacen('\n', "\r\n", 1);
        assert_eq!(check(&mixed), Seal::Intact);
        let edited = text.replace("Démo", "Démo 2");
        assert_eq!(check(&edited), Seal::Altered);
        let cut = &text[..text.rfind(CLOSING).unwrap()];
        assert_eq!(check(cut), Seal::Cut);
    }
}
