//! The keys of the mappings being read: to refuse a key given twice in one mapping, and to name the
//! value being read in error messages (`stages[0].criteria[3].title`).

use std::collections::HashSet;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Mappings with more keys than this look keys up through a set of their hashes.
const SMALL_MAP: usize = 16;

/// An open mapping: where its keys are on the [`KeyStack`], to refuse a key given twice and to
/// name the value being read.
pub(super) struct MapFrame {
    /// The index of its first key on the stack.
    first: usize,
    /// How many keys it has read.
    count: usize,
    /// Whether each key so far came after the one before in byte order (as in files written from
    /// sorted maps): a key after the last one is new, with no look-up.
    ascending: bool,
    /// Hashes of its keys, once there are more than [`SMALL_MAP`] and they are not in order.
    hashes: HashSet<u64>,
    /// Whose value is being read, if any.
    pub value_of: ValueOf,
}

/// The keys of every open mapping, one after the other in one buffer (no allocation per key): an
/// inner mapping closes before its parent reads its next key, so each mapping's keys stay together.
#[derive(Default)]
pub(super) struct KeyStack {
    text: String,
    /// Where each key ends in `text`.
    ends: Vec<usize>,
}

impl KeyStack {
    /// A mapping opening now, with no key yet.
    pub fn open(&self) -> MapFrame {
        MapFrame {
            first: self.ends.len(),
            count: 0,
            ascending: true,
            hashes: HashSet::new(),
            value_of: ValueOf::Nothing,
        }
    }

    /// Key number `index` on the stack.
    fn key(&self, index: usize) -> &str {
        let start = index.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[index]]
    }

    /// Adds `key` to `map`, or returns false when `map` has it already.
    pub fn push(&mut self, map: &mut MapFrame, key: &str) -> bool {
        let keys = map.first..map.first + map.count;
        let seen = |stack: &Self| keys.clone().any(|index| stack.key(index) == key);
        let last = map.count.checked_sub(1).map(|before| map.first + before);
        // While the keys come in order, one larger than the last is larger than all: new.
        map.ascending = map.ascending && last.is_none_or(|last| self.key(last) < key);
        let repeated = if map.ascending {
            false
        } else if map.count < SMALL_MAP {
            seen(self)
        } else {
            if map.hashes.is_empty() {
                map.hashes = keys.clone().map(|index| hash(self.key(index))).collect();
            }
            // A hash seen before is a duplicate unless it is a collision: the keys tell.
            !map.hashes.insert(hash(key)) && seen(self)
        };
        if repeated {
            return false;
        }
        self.text.push_str(key);
        self.ends.push(self.text.len());
        map.count += 1;
        true
    }

    /// The key whose value `map` is reading, if any.
    pub fn current(&self, map: &MapFrame) -> Option<&str> {
        match map.value_of {
            ValueOf::Nothing => None,
            ValueOf::LastKey if map.count > 0 => Some(self.key(map.first + map.count - 1)),
            ValueOf::LastKey | ValueOf::ComplexKey => Some("?"),
        }
    }

    /// Forgets the keys of `map`, which is closing.
    pub fn close(&mut self, map: &MapFrame) {
        let start = map
            .first
            .checked_sub(1)
            .map_or(0, |before| self.ends[before]);
        self.text.truncate(start);
        self.ends.truncate(map.first);
    }
}

/// Whose value a mapping is reading.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum ValueOf {
    /// None: between entries, or reading a key.
    Nothing,
    /// The last of its keys.
    LastKey,
    /// A key that is not a scalar (a sequence or mapping used as a key).
    ComplexKey,
}

/// The hash of a key.
fn hash(key: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pushes `keys` into a new mapping; whether each was taken as new.
    fn push_all(keys: &[String]) -> Vec<bool> {
        let mut stack = KeyStack::default();
        let mut map = stack.open();
        keys.iter().map(|key| stack.push(&mut map, key)).collect()
    }

    fn keys(names: impl IntoIterator<Item = usize>) -> Vec<String> {
        names.into_iter().map(|n| format!("key-{n:05}")).collect()
    }

    #[test]
    fn keys_in_order_are_new_and_a_repeat_is_refused_at_any_size() {
        for count in [3, SMALL_MAP, 100] {
            let mut given = keys(0..count);
            assert!(push_all(&given).iter().all(|&new| new));
            // The last key again, then the first again (out of order from there on).
            given.push(given[count - 1].clone());
            assert_eq!(push_all(&given).last(), Some(&false), "{count} keys");
            given.pop();
            given.push(given[0].clone());
            assert_eq!(push_all(&given).last(), Some(&false), "{count} keys");
        }
    }

    #[test]
    fn keys_out_of_order_are_still_checked_one_by_one() {
        // In order, then one out of order (new), then more in order, then a repeat of each kind.
        let mut given = keys((0..40).map(|n| n * 2));
        given.push("key-00001".into());
        given.extend(keys(100..120));
        assert!(push_all(&given).iter().all(|&new| new));
        for repeat in ["key-00001", "key-00000", "key-00119", "key-00050"] {
            let mut again = given.clone();
            again.push(repeat.into());
            assert_eq!(push_all(&again).last(), Some(&false), "{repeat}");
        }
        let small: Vec<String> = ["b", "a", "c", "a"].map(String::from).to_vec();
        assert_eq!(push_all(&small), [true, true, true, false]);
    }
}
