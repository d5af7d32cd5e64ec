//! Links as the screen shows them: the title on its line, the address on its own line, whole, or
//! shortened in its middle where the pane is too narrow, never wrapped across lines.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use crate::definitions::Link;
use crate::i18n::Lang;
use crate::sanitize;

/// The lines of `link` in `width` columns: its title after `first`, then its address after `indent`.
pub fn link_lines(link: &Link, lang: Lang, width: usize, first: &str, indent: &str) -> Vec<String> {
    let url = sanitize::line(&link.url);
    let room = width.saturating_sub(indent.width());
    match &link.title {
        Some(title) => vec![
            format!("{first}{}", sanitize::line(title.get(lang))),
            format!("{indent}{}", shortened(&url, room)),
        ],
        None => vec![format!(
            "{first}{}",
            shortened(&url, width.saturating_sub(first.width()))
        )],
    }
}

/// `url` in at most `width` columns: whole when it fits, else its start (up to the host) and its
/// end with "…" between them.
pub fn shortened(url: &str, width: usize) -> Cow<'_, str> {
    let chars: Vec<char> = url.chars().collect();
    if chars.len() <= width || width < 2 {
        return Cow::Borrowed(url);
    }
    let room = width - 1;
    let host_end = url
        .find("://")
        .and_then(|scheme| url[scheme + 3..].find('/').map(|at| scheme + 3 + at))
        .map_or(chars.len(), |at| url[..at].chars().count());
    let head = host_end.min(room * 2 / 3).max(room / 3);
    let tail = room - head;
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[chars.len() - tail..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definitions::Text;

    const URL: &str =
        "https://cloud-pi-native.fr/guide/get-started/tutorials/deploy-a-first-application";

    #[test]
    fn an_address_that_fits_is_whole_and_a_long_one_keeps_its_host_and_its_end() {
        assert_eq!(shortened("https://a.fr/x", 20), "https://a.fr/x");
        let short = shortened(URL, 40);
        assert_eq!(short.chars().count(), 40);
        assert!(short.starts_with("https://cloud-pi-native.fr"), "{short}");
        assert!(short.ends_with("-application"), "{short}");
        assert!(short.contains('…'));
    }

    #[test]
    fn a_titled_link_puts_its_address_on_its_own_line_within_the_width() {
        let link = Link {
            title: Some(Text::fr("Tutoriels")),
            url: URL.into(),
        };
        let lines = link_lines(&link, Lang::Fr, 30, "• ", "  ");
        assert_eq!(lines[0], "• Tutoriels");
        assert!(lines[1].starts_with("  https://"), "{}", lines[1]);
        assert_eq!(lines[1].chars().count(), 30);
    }

    #[test]
    fn an_address_from_a_plan_cannot_reach_the_terminal_as_a_control() {
        let link = Link {
            title: None,
            url: "https://a.fr/\u{1b}]0;pwned\u{7}".into(),
        };
        assert!(!link_lines(&link, Lang::Fr, 80, "", "")[0].contains('\u{1b}'));
    }
}
