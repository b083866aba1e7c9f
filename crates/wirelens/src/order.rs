//! One sort for the orderings that are not hot: each `sort_by_key` with its
//! own closure compiles its own copy of the standard library's sort (3 to 5
//! KB of wasm apiece), so these sort `([u64; 4], index)` keys with a single
//! instantiation, shared with the widget, and reorder after.

/// Sort `items` by `key` (compared as a tuple), keeping the original order
/// among equal keys, as a stable `sort_by_key` would.
pub fn sort_by_numbers<T>(items: &mut Vec<T>, key: impl Fn(&T) -> [u64; 4]) {
    let mut keyed: Vec<([u64; 4], usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (key(item), index))
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|k| slots[k.1].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_key_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum", "date"];
        sort_by_numbers(&mut words, |w| [w.len() as u64, 0, 0, 0]);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "date", "apple"]);
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 2)];
        sort_by_numbers(&mut pairs, |&(a, b)| [a, b, 0, 0]);
        assert_eq!(pairs, [(1, 2), (1, 9), (2, 0), (2, 1)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_numbers(&mut empty, |&n| [u64::from(n), 0, 0, 0]);
        assert!(empty.is_empty());
    }
}
