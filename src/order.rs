//! One sort for every ordering the widget makes: each `sort_by_key` with its
//! own closure compiles its own copy of the standard library's sort (about
//! 5 KB of wasm apiece), so the widget sorts `(key, key, key, index)` tuples
//! of integers instead, with a single instantiation, and reorders after.

/// Sort `items` by `key` (compared as a tuple), keeping the original order
/// among equal keys, as a stable `sort_by_key` would.
pub fn sort_by_numbers<T>(items: &mut Vec<T>, key: impl Fn(&T) -> [usize; 3]) {
    let mut keyed: Vec<(usize, usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let [a, b, c] = key(item);
            (a, b, c, index)
        })
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|k| slots[k.3].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_key_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum", "date"];
        sort_by_numbers(&mut words, |w| [w.len(), 0, 0]);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "date", "apple"]);
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 2)];
        sort_by_numbers(&mut pairs, |&(a, b)| [a, b, 0]);
        assert_eq!(pairs, [(1, 2), (1, 9), (2, 0), (2, 1)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_numbers(&mut empty, |&n| [n as usize, 0, 0]);
        assert!(empty.is_empty());
    }
}
