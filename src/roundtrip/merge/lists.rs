//! The lists and maps of a three-way merge: a value picked from three, lists united, maps merged
//! key by key, lists of named items merged item by item.

use std::collections::{BTreeMap, BTreeSet};

/// The value the merge keeps for a field: the side that changed it, the one change made on both,
/// or `None` when both changed it differently.
pub fn pick<'a, T: PartialEq>(base: &'a T, ours: &'a T, theirs: &'a T) -> Option<&'a T> {
    if ours == theirs || theirs == base {
        Some(ours)
    } else if ours == base {
        Some(theirs)
    } else {
        None
    }
}

/// The items of a list, each kept unless one side removed it and the other kept it as it was,
/// in our order, with the items only they added after ours: both sides' additions, no duplicate.
pub fn unite<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if let Some(list) = pick(&base, &ours, &theirs) {
        return list.to_vec();
    }
    let mut united: Vec<T> = ours
        .iter()
        .filter(|item| !base.contains(item) || theirs.contains(item))
        .cloned()
        .collect();
    for item in theirs {
        if !base.contains(item) && !united.contains(item) {
            united.push(item.clone());
        }
    }
    united
}

/// A map merged key by key: `merge` gets the key and its three entries when both sides changed
/// it, and returns what to keep (`None`: nothing).
pub fn by_key<V: PartialEq + Clone + Default>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    mut merge: impl FnMut(&String, &V, &V, &V) -> Option<V>,
) -> BTreeMap<String, V> {
    let keys: BTreeSet<&String> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    let mut merged = BTreeMap::new();
    let empty = V::default();
    for key in keys {
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        let kept = match pick(&b, &o, &t) {
            Some(entry) => entry.cloned(),
            None => merge(
                key,
                b.unwrap_or(&empty),
                o.unwrap_or(&empty),
                t.unwrap_or(&empty),
            ),
        };
        if let Some(value) = kept {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

/// A list merged item by item, items named by `keys`: in our order, theirs' new ones after.
pub fn keyed<T: PartialEq + Clone, K: PartialEq + Clone>(
    (base, ours, theirs): (&[T], &[T], &[T]),
    keys: impl Fn(&[T]) -> Vec<K>,
    mut merge: impl FnMut(&K, Option<&T>, Option<&T>, Option<&T>) -> Option<T>,
) -> Vec<T> {
    if let Some(list) = pick(&base, &ours, &theirs) {
        return list.to_vec();
    }
    let (bk, ok, tk) = (keys(base), keys(ours), keys(theirs));
    let find = |keys: &[K], list: &'_ [T], key: &K| -> Option<T> {
        keys.iter()
            .position(|k| k == key)
            .map(|at| list[at].clone())
    };
    let mut order: Vec<K> = ok.clone();
    order.extend(tk.iter().filter(|k| !ok.contains(k)).cloned());
    order.extend(
        bk.iter()
            .filter(|k| !order.contains(k))
            .cloned()
            .collect::<Vec<_>>(),
    );
    let mut merged = Vec::with_capacity(order.len());
    for key in &order {
        let (b, o, t) = (
            find(&bk, base, key),
            find(&ok, ours, key),
            find(&tk, theirs, key),
        );
        let kept = match pick(&b, &o, &t) {
            Some(item) => item.clone(),
            None => merge(key, b.as_ref(), o.as_ref(), t.as_ref()),
        };
        merged.extend(kept);
    }
    merged
}
