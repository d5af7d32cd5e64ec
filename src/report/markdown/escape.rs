//! Markdown's escaping: any text, once through these, opens no block, table cell or markup.

/// Characters escaped wherever they stand: they open emphasis, code, links, HTML, entities,
/// headings, block quotes, tables or strike-through.
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$',
];

/// One line of text, escaped: its leading spaces made non-breaking (no code block), a leading
/// `-`, `+`, `=` or `1.` kept from opening a list, a rule or a heading.
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let body = text.trim_start_matches([' ', '\t']);
    for _ in 0..text.len() - body.len() {
        out.push('\u{A0}');
    }
    if body.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    for (index, c) in body.chars().enumerate() {
        if SPECIAL.contains(&c) || (index == digits && digits > 0 && matches!(c, '.' | ')')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text on one line (a table cell, a heading): its lines joined by spaces.
pub fn cell(text: &str) -> String {
    let joined: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    line(&joined.join(" "))
}

/// Text of several lines inside a block whose continuation lines start with `indent`: each line
/// escaped, ended by a hard break (`\`) when another follows, blank lines kept as one.
pub fn block(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut blank = false;
    for (index, raw) in lines.iter().enumerate() {
        if raw.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            let follows = !blank && index > 0 && !lines[index - 1].trim().is_empty();
            out.push_str(if follows { "\\\n" } else { "\n\n" });
            out.push_str(indent);
        }
        blank = false;
        out.push_str(&line(raw));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(line("# titre"), "\\# titre");
        assert_eq!(line("---"), "\\---");
        assert_eq!(line("> cité"), "\\> cité");
        assert_eq!(line("12. point"), "12\\. point");
        assert_eq!(line("a | b `c`"), "a \\| b \\`c\\`");
        assert_eq!(line("<script>"), "\\<script\\>");
        assert_eq!(line("    code"), "\u{A0}\u{A0}\u{A0}\u{A0}code");
        assert_eq!(line("2026 ok"), "2026 ok");
    }

    #[test]
    fn lines_of_a_block_stay_inside_it() {
        assert_eq!(
            block("un\n---\n\n- deux", "  "),
            "un\\\n  \\---\n\n  \\- deux"
        );
        assert_eq!(cell("un\ndeux |"), "un deux \\|");
    }
}
