//! Where a long YAML text can be cut in two so that both halves are parsed at once: between two
//! items of its longest block sequence, found from the lines' indentation alone.
//!
//! This looks at the layout only; it does not know whether a line that looks like an item (`- …`)
//! really is one or sits inside a block scalar or a quoted string. [`super::splice`] checks that
//! against the parser's events and falls back to one whole parse when the layout misled it.

/// A cut of a text: the items of one block sequence from `at` to `end` go to a second parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The column of the sequence's dashes (0-based, in spaces).
    pub column: usize,
    /// Byte offset of the first item's dash: where the sequence starts.
    pub sequence_start: usize,
    /// Byte offset of the start of the line of the item the second part begins with.
    pub at: usize,
    /// Byte offset of the start of the line the sequence ends at (the text's length at the end).
    pub end: usize,
    /// Byte offset of the first thing after the sequence (the text's length when nothing follows).
    pub next_token: usize,
}

/// What a line is, as far as indentation tells.
enum Line {
    /// Blank, or a comment alone: it does not end a block sequence.
    Blank,
    /// An item of a block sequence (`- …` or a lone `-`) whose dash is at this column.
    Item(usize),
    /// Anything else, starting at this column.
    Other(usize),
}

/// A block sequence whose items are being seen.
struct Run {
    column: usize,
    start: usize,
    /// Where its last item seen starts.
    item_start: usize,
    /// The length of its longest item before that one.
    longest_item: usize,
}

/// A sequence is cut only if each of its items is at most this fraction of it (1 / `FINE`), so that a
/// cut between two of them falls near the one wanted.
const FINE: usize = 16;

/// The cut of `text`'s longest block sequence, if it spans at least `min_bytes`; the second part
/// starts at the first item at or after `share` (0 to 1) of the sequence's length.
pub fn find(text: &str, min_bytes: usize, share: f64) -> Option<Cut> {
    if text.len() < min_bytes {
        return None;
    }
    let longest = longest_sequence(text)?;
    if longest.end - longest.sequence_start < min_bytes {
        return None;
    }
    let length = (longest.end - longest.sequence_start) as f64;
    // The division of a byte count in two; the exact item is found from there.
    let target = longest.sequence_start + (length * share.clamp(0.0, 1.0)) as usize;
    // The first item stays with the first part, which must see the sequence start.
    let target = target.max(longest.sequence_start + 1);
    let at = item_at_or_after(text, target, longest.column, longest.end)?;
    Some(Cut { at, ..longest })
}

/// The block sequence spanning the most bytes among those made of many small items, with `at` set
/// to its first item's line.
fn longest_sequence(text: &str) -> Option<Cut> {
    let mut open: Vec<Run> = Vec::new();
    let mut longest: Option<Cut> = None;
    let mut close = |run: Run, end: usize, next_token: usize| {
        let span = end - run.start;
        let fine = run.longest_item.max(end - run.item_start) <= span / FINE;
        if fine && longest.is_none_or(|cut| span > cut.end - cut.sequence_start) {
            longest = Some(Cut {
                column: run.column,
                sequence_start: run.start,
                at: run.start - run.column,
                end,
                next_token,
            });
        }
    };
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let (column, ends_deeper) = match classify(line) {
            Line::Blank => {
                offset += line.len();
                continue;
            }
            // An item ends the sequences to its right; it goes on one at its own column.
            Line::Item(column) => (column, false),
            // Anything else also ends the one at its own column.
            Line::Other(column) => (column, true),
        };
        while let Some(run) =
            open.pop_if(|run| run.column > column || (ends_deeper && run.column == column))
        {
            close(run, offset, offset + column);
        }
        match open.last_mut() {
            _ if ends_deeper => {}
            Some(run) if run.column == column => {
                run.longest_item = run.longest_item.max(offset - run.item_start);
                run.item_start = offset;
            }
            _ => open.push(Run {
                column,
                start: offset + column,
                item_start: offset,
                longest_item: 0,
            }),
        }
        offset += line.len();
    }
    while let Some(run) = open.pop() {
        close(run, text.len(), text.len());
    }
    longest
}

/// The start of the first line at or after byte `from` (but before `end`) holding an item at
/// `column`.
fn item_at_or_after(text: &str, from: usize, column: usize, end: usize) -> Option<usize> {
    // Bytes, not characters: `from` may fall inside one.
    let bytes = text.as_bytes();
    let line_start = bytes[..from]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let mut offset = if line_start < from {
        from + bytes[from..].iter().position(|&b| b == b'\n')? + 1
    } else {
        from
    };
    for line in text.get(offset..end)?.split_inclusive('\n') {
        if matches!(classify(line), Line::Item(c) if c == column) {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// What `line` is, from its indentation (spaces only: a tab there is not YAML indentation).
fn classify(line: &str) -> Line {
    let bytes = line.as_bytes();
    let column = bytes.iter().take_while(|&&b| b == b' ').count();
    match bytes[column..] {
        [] | [b'#', ..] => Line::Blank,
        [b'-'] | [b'-', b' ' | b'\t' | b'\r' | b'\n', ..] => Line::Item(column),
        _ if bytes[column..].iter().all(|b| b.is_ascii_whitespace()) => Line::Blank,
        _ => Line::Other(column),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of `cut`'s second part.
    fn second(text: &str, cut: Cut) -> &str {
        &text[cut.at..cut.end]
    }

    /// `count` items `- name: N` at `column`, each with a nested field.
    fn items(count: usize, column: usize) -> String {
        let pad = " ".repeat(column);
        (0..count)
            .map(|n| format!("{pad}- name: {n:02}\n{pad}  more: [{n:02}]\n"))
            .collect()
    }

    #[test]
    fn cuts_the_longest_sequence_between_its_items() {
        let text = format!(
            "kind: x\nlist:\n{}  - last:\n      - deep\n      - deeper\nafter: 1\n",
            items(40, 2)
        );
        let cut = find(&text, 0, 0.5).expect("a cut");
        assert_eq!(cut.column, 2);
        assert_eq!(
            &text[cut.sequence_start..cut.sequence_start + 10],
            "- name: 00"
        );
        assert!(second(&text, cut).starts_with("  - name: 21\n"));
        assert!(second(&text, cut).ends_with("  - last:\n      - deep\n      - deeper\n"));
        assert_eq!(&text[cut.next_token..], "after: 1\n");
    }

    #[test]
    fn a_sequence_of_few_large_items_is_not_cut() {
        // The outer sequence spans more, but its items are large: the inner one is cut.
        let text = format!("- outer\n- nested:\n{}- outer again\n", items(40, 4));
        let cut = find(&text, 0, 0.5).expect("a cut");
        assert_eq!(cut.column, 4);
        assert_eq!(&text[cut.next_token..], "- outer again\n");
    }

    #[test]
    fn a_sequence_at_its_key_s_column_ends_at_the_next_key() {
        let text = format!("list:\n{}after: 1\n", items(40, 0));
        let cut = find(&text, 0, 0.9).expect("a cut");
        assert_eq!(cut.column, 0);
        assert!(second(&text, cut).starts_with("- name: 36\n"));
        assert_eq!(&text[cut.next_token..], "after: 1\n");
    }

    #[test]
    fn blank_and_comment_lines_do_not_end_a_sequence() {
        let text = format!(
            "list:\n{}\n# a comment\n   \n{}",
            items(20, 2),
            items(20, 2)
        );
        let cut = find(&text, 0, 0.5).expect("a cut");
        assert_eq!(cut.sequence_start, "list:\n  ".len());
        assert_eq!((cut.end, cut.next_token), (text.len(), text.len()));
    }

    #[test]
    fn a_less_indented_line_ends_a_sequence() {
        let text = format!("x:\n{}  y: 1\n{}", items(20, 4), items(10, 4));
        let cut = find(&text, 0, 0.5).expect("a cut");
        assert_eq!(&text[cut.end..cut.next_token], "  ");
        assert_eq!(&text[cut.next_token..cut.next_token + 4], "y: 1");
    }

    #[test]
    fn short_texts_and_sequences_are_not_cut() {
        let list = items(40, 0);
        assert_eq!(find(&list, list.len() + 1, 0.5), None);
        let padded = format!("{}{list}", "x: 1\n".repeat(400));
        assert_eq!(find(&padded, list.len() + 1, 0.5), None);
        assert!(find(&padded, list.len(), 0.5).is_some());
        assert_eq!(find("just: a mapping\n", 0, 0.5), None);
    }

    #[test]
    fn the_first_item_stays_with_the_first_part() {
        let list = items(40, 0);
        let cut = find(&list, 0, 0.0).expect("a cut");
        assert!(second(&list, cut).starts_with("- name: 01\n"));
        // Nothing after the last item: no cut.
        assert_eq!(find(&list, 0, 1.0), None);
    }

    #[test]
    fn windows_line_ends_and_lone_dashes_are_items() {
        let text = items(40, 2)
            .replace('\n', "\r\n")
            .replace("- name: 30", "-\r\n    name: 30");
        let cut = find(&text, 0, 0.74).expect("a cut");
        assert!(
            second(&text, cut).starts_with("  -\r\n    name: 30\r\n"),
            "{:?}",
            second(&text, cut)
        );
    }
}
