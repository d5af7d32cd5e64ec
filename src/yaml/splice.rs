//! Reading a long text on two threads: the items of its longest block sequence after a [`Cut`]
//! are parsed on a second thread and recorded, while the reader parses the rest (the text before
//! the cut and after the sequence, joined); when the reader's parser ends that sequence, the
//! recorded items are handed to it first, as if they had been parsed in place.
//!
//! The cut is chosen from the layout alone, so the reader checks it against the events: the
//! sequence must start at the cut's first item and end at the first thing after it, nothing having
//! run across the cut. Anything unexpected (a check failing, an error, an anchor or a tag in the
//! second part) makes the caller parse the whole text on one thread instead, which also gives
//! every error its exact place.

use std::sync::mpsc;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Span};

use super::cut::{self, Cut};

/// Texts shorter than this are parsed on one thread: a second thread costs more than it saves (it
/// starts running 2–6 ms after it is spawned here; a 500 kB text parses in about 20 ms).
const MIN_CUT_BYTES: usize = 512 * 1024;

/// The share of the sequence left to the reader, which also turns every event into values.
const READER_SHARE: f64 = 0.45;

/// The cut worth making in `source`, if it is long and a second core is there to parse it.
pub fn worth_making(source: &str) -> Option<Cut> {
    if source.len() < MIN_CUT_BYTES {
        return None;
    }
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    (cores > 1)
        .then(|| cut::find(source, MIN_CUT_BYTES, READER_SHARE))
        .flatten()
}

/// Parses the part of `source` after `cut` on a second thread while `read` reads the rest through
/// the [`Splice`] it is given; `read`'s result, or `None` when either part fails.
pub fn in_two<R>(
    source: &str,
    cut: Cut,
    read: impl FnOnce(&str, Splice) -> Option<R>,
) -> Option<R> {
    std::thread::scope(|scope| {
        let (send, recording) = mpsc::sync_channel(1);
        scope.spawn(move || {
            // The reader may have given up and gone: nobody to tell.
            let _ = send.send(Recording::of(&source[cut.at..cut.end], cut.column));
        });
        let rest = [&source[..cut.at], &source[cut.end..]].concat();
        let dash = chars(&source[..cut.sequence_start]);
        let next_token = dash
            + chars(&source[cut.sequence_start..cut.at])
            + chars(&source[cut.end..cut.next_token]);
        read(
            &rest,
            Splice {
                recording,
                dash,
                first_content: first_content(source, cut).map(|blanks| dash + blanks),
                next_token,
                depth: 0,
                sequence_depth: None,
                found: false,
                replay: None,
                held: None,
                done: false,
            },
        )
    })
}

/// How many characters after the first dash of the cut sequence its first item's content starts,
/// if on the same line and not a flow collection.
///
/// The parser places a block sequence's start at its first dash, or, when the sequence is not
/// indented under its key (`key:` then `- item` below `k`), at its first item's content; a flow
/// sequence's start is at its bracket, and one must not be taken for the cut sequence.
fn first_content(source: &str, cut: Cut) -> Option<usize> {
    let after_dash = &source[cut.sequence_start + 1..];
    let content = after_dash.trim_start_matches([' ', '\t']);
    let blanks = after_dash.len() - content.len();
    let flow_or_nothing = matches!(
        content.bytes().next(),
        None | Some(b'\r' | b'\n' | b'#' | b'[' | b'{')
    );
    (!flow_or_nothing).then_some(1 + blanks)
}

/// The number of characters in `text` (the parser's positions count characters).
fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Where the reader stands with the second part: watching its own events for the end of the cut
/// sequence, then replaying the recorded items, then back to its own events.
pub struct Splice<'a> {
    recording: mpsc::Receiver<Option<Recording>>,
    /// The position (in characters) of the cut sequence's first dash in the reader's text.
    dash: usize,
    /// The position of its first item's content, when on the dash's line (see [`first_content`]).
    first_content: Option<usize>,
    /// The position of the first thing after the sequence in the reader's text.
    next_token: usize,
    /// The number of open sequences and mappings.
    depth: usize,
    /// The depth of the cut sequence, once it has started.
    sequence_depth: Option<usize>,
    /// Whether the first sequence to start at or after the dash was seen: the cut one, or none.
    found: bool,
    /// The recorded items being handed over.
    replay: Option<Replay>,
    /// The end of the cut sequence, given once the recorded items are.
    held: Option<(Event<'a>, Marker)>,
    /// Whether the recorded items were taken in (the replay may still be under way).
    done: bool,
}

impl<'a> Splice<'a> {
    /// The next recorded item event, or the cut sequence's end after the last one.
    pub fn replayed(&mut self) -> Option<(Event<'a>, Marker)> {
        let replay = self.replay.as_mut()?;
        match replay.next() {
            Some(event) => Some((event, Marker::default())),
            None => {
                self.replay = None;
                self.held.take()
            }
        }
    }

    /// Follows `event`, from the reader's parser: at the end of the cut sequence, checks that the
    /// cut fell between its items and starts the replay. The event to read next, or why the cut
    /// has to be given up.
    pub fn watch(
        &mut self,
        event: Event<'a>,
        span: Span,
    ) -> Result<(Event<'a>, Marker), &'static str> {
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                self.depth += 1;
                let index = span.start.index();
                if matches!(event, Event::SequenceStart(..)) && !self.found && index >= self.dash {
                    self.found = true;
                    if index == self.dash || Some(index) == self.first_content {
                        self.sequence_depth = Some(self.depth);
                    }
                }
            }
            Event::SequenceEnd if self.sequence_depth == Some(self.depth) => {
                self.depth -= 1;
                self.sequence_depth = None;
                return self.splice(event, span);
            }
            Event::SequenceEnd | Event::MappingEnd => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        Ok((event, span.start))
    }

    /// True once the recorded items were handed over.
    pub fn done(&self) -> bool {
        self.done && self.replay.is_none()
    }

    /// Puts the recorded items before `end`, the cut sequence's end.
    fn splice(&mut self, end: Event<'a>, span: Span) -> Result<(Event<'a>, Marker), &'static str> {
        if span.start.index() != self.next_token {
            return Err("the cut did not fall between the sequence's items");
        }
        let recording = self
            .recording
            .recv()
            .ok()
            .flatten()
            .ok_or("the second part failed")?;
        self.held = Some((end, span.start));
        self.replay = Some(recording.replay());
        self.done = true;
        Ok(self
            .replayed()
            .expect("the second part holds one item at least"))
    }
}

/// The events of a sequence's items, compactly: the scalars' texts end to end in one string.
struct Recording {
    /// The scalars' texts, end to end.
    text: String,
    /// The events, in order.
    events: Vec<Recorded>,
}

/// One recorded event; a scalar's text ends at its offset in [`Recording::text`].
#[derive(Clone, Copy)]
enum Recorded {
    Scalar(ScalarStyle, usize),
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}

impl Recording {
    /// Parses `part`, a run of items of a block sequence at `column`, and records their events.
    /// `None` if it is not one, or if it holds what only a whole parse handles (anchors, aliases,
    /// tags, errors: the whole parse refuses them at their place).
    fn of(part: &str, column: usize) -> Option<Recording> {
        let mut parser = Parser::new_from_str(part);
        let mut next = || parser.next_event()?.ok();
        matches!(next()?.0, Event::StreamStart).then_some(())?;
        matches!(next()?.0, Event::DocumentStart(false)).then_some(())?;
        let (start, span) = next()?;
        (matches!(start, Event::SequenceStart(0, None)) && span.start.index() == column)
            .then_some(())?;
        let mut recording = Recording {
            text: String::new(),
            events: Vec::new(),
        };
        let mut depth = 0usize;
        loop {
            let recorded = match next()?.0 {
                Event::Scalar(value, style, 0, None) => {
                    recording.text.push_str(&value);
                    Recorded::Scalar(style, recording.text.len())
                }
                Event::SequenceStart(0, None) => Recorded::SequenceStart,
                Event::MappingStart(0, None) => Recorded::MappingStart,
                Event::SequenceEnd if depth == 0 => break,
                Event::SequenceEnd => Recorded::SequenceEnd,
                Event::MappingEnd => Recorded::MappingEnd,
                _ => return None,
            };
            match recorded {
                Recorded::SequenceStart | Recorded::MappingStart => depth += 1,
                Recorded::SequenceEnd | Recorded::MappingEnd => depth -= 1,
                Recorded::Scalar(..) => {}
            }
            recording.events.push(recorded);
        }
        matches!(next()?.0, Event::DocumentEnd).then_some(())?;
        matches!(next()?.0, Event::StreamEnd).then_some(())?;
        Some(recording)
    }

    /// The recorded events, in order.
    fn replay(self) -> Replay {
        Replay {
            text: self.text,
            events: self.events.into_iter(),
            scalar_start: 0,
        }
    }
}

/// The recorded events being given back.
struct Replay {
    /// The recording's scalar texts.
    text: String,
    /// The events not given yet.
    events: std::vec::IntoIter<Recorded>,
    /// Where the next scalar's text starts in `text`.
    scalar_start: usize,
}

impl Iterator for Replay {
    type Item = Event<'static>;

    fn next(&mut self) -> Option<Event<'static>> {
        Some(match self.events.next()? {
            Recorded::Scalar(style, end) => {
                let value = self.text[self.scalar_start..end].to_owned();
                self.scalar_start = end;
                Event::Scalar(value.into(), style, 0, None)
            }
            Recorded::SequenceStart => Event::SequenceStart(0, None),
            Recorded::SequenceEnd => Event::SequenceEnd,
            Recorded::MappingStart => Event::MappingStart(0, None),
            Recorded::MappingEnd => Event::MappingEnd,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    use super::super::cut;
    use super::super::de;

    /// Cuts `text` at many places: each time the two-thread parse either gives the value of the
    /// whole parse or gives up. How many cuts were made and how many gave a value.
    fn cut_everywhere(text: &str) -> (usize, usize) {
        let whole: Result<Value, _> = de::from_str(text);
        let mut made = 0;
        let mut spliced = 0;
        for share in (1..20).map(|n| f64::from(n) / 20.0) {
            let Some(cut) = cut::find(text, 0, share) else {
                continue;
            };
            made += 1;
            if let Some(value) = de::in_two::<Value>(text, cut) {
                let whole = whole
                    .as_ref()
                    .expect("the two-thread parse gave a value: so must the whole one");
                assert_eq!(&value, whole, "cut at {cut:?} of:\n{text}");
                spliced += 1;
            }
        }
        (made, spliced)
    }

    /// A document whose `list` holds `count` items made by `item`, then more keys.
    fn document(count: usize, item: impl Fn(usize) -> String) -> String {
        let items: String = (0..count).map(item).collect();
        format!("kind: test\nlist:\n{items}after:\n  - 1\n  - {{a: b}}\n")
    }

    #[test]
    fn items_of_every_kind_read_the_same_in_two() {
        let text = document(60, |n| match n % 6 {
            0 => format!(
                "  - id: item-{n}\n    title: {{fr: \"Élément {n} : « vérifié »\", en: 'Item {n}'}}\n"
            ),
            1 => format!(
                "  - id: item-{n}\n    help: |\n      Ligne un\n\n      - pas un élément\n    keep: >+\n      plié\n\n"
            ),
            2 => format!("  - plain scalar {n}\n    on two lines\n"),
            3 => format!("  - \"quoted {n}\n    on two lines\"\n# a comment at column 0\n"),
            4 => format!("  - - nested {n}\n    - [flow,\n       on two lines]\n  -\n"),
            _ => format!("  - {{n: {n}, yes: true, null: ~, float: 1.5, octal: 0o17}}\r\n"),
        });
        let (made, spliced) = cut_everywhere(&text);
        assert!(
            made > 10 && spliced == made,
            "{spliced} of {made} cuts spliced"
        );
    }

    #[test]
    fn a_sequence_at_the_end_and_at_its_key_s_column_reads_the_same() {
        let text: String = (0..50).map(|n| format!("- {n}: [{n}]\n")).collect();
        assert_eq!(cut_everywhere(&text), (19, 19));
        let text = format!("list:\n{text}after: 1\n");
        assert_eq!(cut_everywhere(&text), (19, 19));
    }

    #[test]
    fn lines_that_only_look_like_items_make_it_give_up() {
        let block: String = (0..50).map(|n| format!("      - line {n}\n")).collect();
        let text = format!("list:\n  - text: |\n{block}  - other\n");
        let (made, spliced) = cut_everywhere(&text);
        assert!(made > 10 && spliced == 0, "{spliced} of {made}");
        let text = format!("list:\n  - text: \"\n{block}      \"\n");
        let (made, spliced) = cut_everywhere(&text);
        assert!(made > 10 && spliced == 0, "{spliced} of {made}");
    }

    #[test]
    fn what_only_the_whole_parse_handles_makes_it_give_up() {
        for odd in [
            "&anchor 1",
            "!!str 1",
            "*alias",
            "[unclosed",
            "'unclosed",
            "{a: 1, a: 2}",
        ] {
            let text = document(60, |n| {
                let value = if n == 40 {
                    odd.to_string()
                } else {
                    n.to_string()
                };
                format!("  - {value}\n")
            });
            let cut = cut::find(&text, 0, 0.5).expect("a cut");
            assert!(cut.at < text.find(odd).expect("in the text"));
            assert_eq!(de::in_two::<Value>(&text, cut), None, "{odd}");
        }
    }

    #[test]
    fn multibyte_characters_before_the_cut_keep_positions_right() {
        let text = document(40, |n| format!("  - « élément {n} » — ✓\n"));
        assert_eq!(cut_everywhere(&text), (19, 19));
    }

    #[test]
    fn an_error_in_the_second_part_is_placed_as_in_one_parse() {
        let text = document(50_000, |n| {
            let key = if n == 40_000 { "id: 1\n    id" } else { "id" };
            format!("  - {key}: {n}\n")
        });
        assert!(
            super::worth_making(&text).is_some(),
            "long enough to be cut"
        );
        let error = de::from_str::<Value>(&text).expect_err("a key given twice");
        assert_eq!(error.position, Some((40_004, 5)));
        assert_eq!(error.path, "list[40000]");
    }

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[ -~é«»\n\t:#\\-\"']{0,12}".prop_map(Value::from),
            Just(Value::Null),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        scalar().prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Documents as the plans are written: every cut of the list is spliced, to the same value.
        #[test]
        fn any_document_reads_the_same_in_two(items in prop::collection::vec(value(), 20..60), share in 0.05f64..0.95) {
            // A first item that is a flow collection would make it give up (see `first_content`).
            let items: Vec<Value> = std::iter::once(json!("first")).chain(items).collect();
            let text = serde_yaml::to_string(&json!({"list": items, "after": items.len()})).expect("written");
            if let Some(cut) = cut::find(&text, 0, share) {
                let whole: Value = de::from_str(&text).expect("read back");
                prop_assert_eq!(de::in_two::<Value>(&text, cut), Some(whole));
            }
        }
    }
}
