//! The line and paragraph separators (U+2028, U+2029) as the writer meant them.
//!
//! The writer (`yaml_serde`, that is libyaml) follows YAML 1.1, where these two characters are line
//! breaks: it writes one raw, then, before the next character that is not a break, the indentation
//! of the scalar, which a YAML 1.1 reader drops. The reader follows YAML 1.2, where they are
//! ordinary characters, so that indentation would become text, and a separator that begins a line
//! (in a block scalar whose text starts with one, or has one after a line break) would end the
//! block. [`as_written`] rewrites the text into the YAML 1.2 that means what was written:
//!
//! - in a quoted scalar, the blanks after a separator are dropped: libyaml never writes a separator
//!   followed by a blank of the text itself there (it switches to `"…\L…"` escapes);
//! - in a block scalar (`|`, `>`), whose text may go on with blanks of its own, only the block's
//!   indentation is dropped after a separator, and a separator that begins a line gets that
//!   indentation before it instead.

use std::borrow::Cow;

/// `source` as YAML 1.2 reads what libyaml meant (see the module's documentation); borrowed when it
/// holds no separator.
pub fn as_written(source: &str) -> Cow<'_, str> {
    // Two searches for a character are much faster than one for either of two.
    if !source.contains('\u{2028}') && !source.contains('\u{2029}') {
        return Cow::Borrowed(source);
    }
    let mut bridge = Bridge {
        text: String::with_capacity(source.len() + 64),
        block: None,
    };
    for line in source.split_inclusive('\n') {
        bridge.line(line);
    }
    Cow::Owned(bridge.text)
}

/// The text rewritten so far, and the block scalar being read, if any.
struct Bridge {
    text: String,
    block: Option<Block>,
}

/// A block scalar being read.
struct Block {
    /// The indentation of the line of its header (`key: |2-`).
    header: usize,
    /// The indentation of its text: given by the header, or that of its first line.
    indent: Option<usize>,
    /// Where its chomping sign (`-`, `+`) is in the text rewritten, or goes when it has none.
    chomping: usize,
}

impl Bridge {
    /// Rewrites one line of the source (with its line break, if any).
    fn line(&mut self, line: &str) {
        let indent = line.bytes().take_while(|&b| b == b' ').count();
        let blank = line[indent..].trim_end_matches(['\n', '\r']).is_empty();
        let starts_with_separator = line.starts_with(is_separator);
        if let Some(block) = &mut self.block {
            let inside = blank
                || starts_with_separator
                || indent >= block.indent.unwrap_or(block.header + 1);
            if inside {
                if block.indent.is_none() && !blank && !starts_with_separator {
                    block.indent = Some(indent);
                }
                // libyaml gives the indentation in the header when the text begins with a break;
                // two more than the header's is its own choice otherwise.
                let indent = block.indent.unwrap_or(block.header + 2);
                let Some(after) = block_line(line, indent, &mut self.text) else {
                    return;
                };
                self.end_block_at_separator();
                return self.line(after);
            }
            self.block = None;
        }
        quoted_line(line, &mut self.text);
        self.block = Block::opened_by(line, indent, self.text.len());
    }

    /// Ends the block scalar being read just after a separator that was its last line break for
    /// YAML 1.1: its text then keeps that separator and no line break after it (chomping `-`).
    fn end_block_at_separator(&mut self) {
        let Some(block) = self.block.take() else {
            return;
        };
        match self.text.as_bytes().get(block.chomping) {
            Some(b'+' | b'-') => self
                .text
                .replace_range(block.chomping..=block.chomping, "-"),
            _ => self.text.insert(block.chomping, '-'),
        }
    }
}

impl Block {
    /// The block scalar whose header ends `line` (indented by `indent`), if any: `|` or `>`, then
    /// an indentation digit and a chomping sign; `end` is where the line ends in the text rewritten.
    fn opened_by(line: &str, indent: usize, end: usize) -> Option<Block> {
        let content = line.trim_end_matches(['\n', '\r']);
        let header = content.rsplit(' ').next()?;
        let hints = header.strip_prefix(['|', '>'])?;
        let digit = hints.chars().next().and_then(|c| c.to_digit(10));
        let chomping = &hints[usize::from(digit.is_some())..];
        if !matches!(chomping, "" | "-" | "+") || digit == Some(0) {
            return None;
        }
        let hints_at = end - (line.len() - content.len()) - hints.len();
        // In `  - key: |2-` the scalar belongs to the mapping that starts after each `- `, whose
        // indentation its indicator counts from; in `  - |2-` it is the item itself.
        let mut rest = &content[indent..];
        let mut node = indent;
        while let Some(after) = rest.strip_prefix("- ") {
            if after == header {
                break;
            }
            node += 2;
            rest = after;
        }
        Some(Block {
            header: node,
            indent: digit.map(|digit| node + digit as usize),
            chomping: hints_at + usize::from(digit.is_some()),
        })
    }
}

/// True for the two separators.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// A line of a quoted or plain scalar, or of no scalar: the blanks after each separator dropped.
fn quoted_line(line: &str, text: &mut String) {
    let mut after_separator = false;
    for c in line.chars() {
        if after_separator && matches!(c, ' ' | '\t') {
            continue;
        }
        after_separator = is_separator(c);
        text.push(c);
    }
}

/// Writes a line of a block scalar indented by `indent`: the indentation libyaml wrote after each
/// separator dropped, and put before the separators that begin the line. When the block ends just
/// after a separator (what follows is less indented, on the same line, or nothing), the line is
/// ended there and the rest returned.
fn block_line<'l>(line: &'l str, indent: usize, text: &mut String) -> Option<&'l str> {
    let leading = line.len() - line.trim_start_matches(is_separator).len();
    if leading > 0 {
        text.extend(std::iter::repeat_n(' ', indent));
    }
    let mut at = 0;
    while at < line.len() {
        let run = line[at..].len() - line[at..].trim_start_matches(is_separator).len();
        if run == 0 {
            let c = line[at..].chars().next().expect("within the line");
            text.push(c);
            at += c.len_utf8();
            continue;
        }
        text.push_str(&line[at..at + run]);
        at += run;
        let rest = &line[at..];
        let spaces = rest.bytes().take_while(|&b| b == b' ').count();
        let next = rest[spaces..].chars().next();
        match next {
            // Another line of the block, or a break of its own, follows.
            Some('\n' | '\r') if spaces == 0 => {}
            _ if spaces >= indent && next.is_some() => at += indent,
            // The block ended with this separator: the rest is the next thing, or nothing.
            _ => {
                text.push('\n');
                return Some(rest);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::{from_str, to_string};

    /// Texts with separators everywhere: alone, at the start or the end, after or before a line
    /// break, followed by a blank of their own, in one line or several.
    const TEXTS: &[&str] = &[
        "séparateur\u{2028}de ligne",
        "a\u{2029}b\u{2028}\u{2028}c",
        "a\u{2028} b",
        "\u{2028}",
        "a\u{2028}",
        "\u{2028}\u{2028}x",
        " \u{2028}x",
        // Found by fuzzing: written as a block scalar whose line begins with the separator.
        "\u{2028}Rattaché à la DNUM\n ligne 2",
        "première\n\u{2029}\u{2028}seconde\nfin",
        "a\n\u{2028}\nb",
        "a\n\u{2028}",
        "x\n\u{2029} y",
        "\u{2028}\n",
        "a\u{2028}\nb",
        "a\n\u{2028}b\n",
        "\u{2028} x\ny",
        "x\ny\u{2028}  z |\n\u{2028}",
        "a\nb\u{2028}",
        "a\n\n\u{2028}",
        "a\n\u{2028}\u{2029}",
        "x\n\u{2028} y\n\u{2029}",
        "x\n\u{2028}\n\n",
    ];

    #[test]
    fn every_text_with_separators_reads_back_as_it_was_written() {
        for text in TEXTS {
            let top = vec![text.to_string()];
            let written = to_string(&top).unwrap();
            // As the plan file ends: a comment line after the document (the seal).
            let sealed = format!("{written}# fin\n");
            let read: Vec<String> =
                from_str(&sealed).unwrap_or_else(|e| panic!("{written:?}: {e:?}"));
            assert_eq!(read, top, "written as {written:?}");
            let nested = BTreeMap::from([(
                "stage".to_string(),
                BTreeMap::from([
                    ("note".to_string(), text.to_string()),
                    ("z".into(), "|2".into()),
                ]),
            )]);
            let written = to_string(&nested).unwrap();
            let read: BTreeMap<String, BTreeMap<String, String>> =
                from_str(&written).unwrap_or_else(|e| panic!("{written:?}: {e:?}"));
            assert_eq!(read, nested, "written as {written:?}");
        }
        // All of them one after the other, in a list and as the values of a mapping.
        let list: Vec<String> = TEXTS.iter().map(|text| text.to_string()).collect();
        let written = to_string(&BTreeMap::from([("list", &list)])).unwrap();
        let read: BTreeMap<String, Vec<String>> = from_str(&written).unwrap();
        assert_eq!(read["list"], list, "written as {written:?}");
        let map: BTreeMap<String, String> = TEXTS
            .iter()
            .enumerate()
            .map(|(n, text)| (format!("k{n:02}"), text.to_string()))
            .collect();
        let written = to_string(&map).unwrap();
        let read: BTreeMap<String, String> = from_str(&written).unwrap();
        assert_eq!(read, map, "written as {written:?}");
    }

    #[test]
    fn a_block_scalar_in_a_mapping_inside_a_list_counts_its_indentation_from_the_mapping() {
        for text in TEXTS {
            // As a joint session's participants are written: `- name: |2-` under `participants:`.
            let people = vec![BTreeMap::from([(
                "participants".to_string(),
                vec![BTreeMap::from([("name".to_string(), text.to_string())])],
            )])];
            let written = to_string(&people).unwrap();
            let read: Vec<BTreeMap<String, Vec<BTreeMap<String, String>>>> =
                from_str(&written).unwrap_or_else(|e| panic!("{written:?}: {e:?}"));
            assert_eq!(read, people, "written as {written:?}");
        }
    }
}
