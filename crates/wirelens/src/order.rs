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

/// Sort plain numbers (ids, positions, letters) ascending. `number` must
/// keep the order and tell different numbers apart (`u64::from`, `as u64`).
/// On wasm this goes through the same compiled sort as [`sort_by_numbers`]
/// ([`sort_numbers_shared`]): a `sort_unstable` of `u32`s or `usize`s would
/// compile another copy of the standard library's sort (0.8 KB gzip). Native
/// builds keep `sort_unstable`, which is faster on the quote code's hot
/// word lists (+1.2% instructions on PolNeAR dev otherwise). Equal numbers
/// are indistinguishable, so both give the same result.
pub fn sort_numbers<T: Copy>(items: &mut [T], number: impl Fn(T) -> u64) {
    if cfg!(target_arch = "wasm32") {
        sort_numbers_shared(items, number);
    } else {
        items.sort_unstable_by_key(|&item| number(item));
    }
}

/// [`sort_numbers`] through the `([u64; 4], usize)` sort of [`sort_by_numbers`].
pub fn sort_numbers_shared<T: Copy>(items: &mut [T], number: impl Fn(T) -> u64) {
    let mut keyed: Vec<([u64; 4], usize)> = items
        .iter()
        .enumerate()
        .map(|(index, &item)| ([number(item), 0, 0, 0], index))
        .collect();
    keyed.sort_unstable();
    let unsorted = items.to_vec();
    for (slot, &(_, index)) in items.iter_mut().zip(&keyed) {
        *slot = unsorted[index];
    }
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

    #[test]
    fn sorts_plain_numbers_as_sort_unstable_does() {
        let mut ids: Vec<u32> = vec![7, 3, u32::MAX, 0, 3, 12, 1];
        let mut expected = ids.clone();
        expected.sort_unstable();
        sort_numbers(&mut ids, u64::from);
        assert_eq!(ids, expected);
        let mut positions: Vec<usize> = vec![40, 2, 2, 17];
        sort_numbers(&mut positions, |p| p as u64);
        assert_eq!(positions, [2, 2, 17, 40]);
        let mut empty: Vec<u32> = Vec::new();
        sort_numbers(&mut empty, u64::from);
        assert!(empty.is_empty());
        // The wasm's way, checked natively too.
        let mut letters: Vec<u32> = "wirelens".chars().map(u32::from).collect();
        let mut expected = letters.clone();
        expected.sort_unstable();
        sort_numbers_shared(&mut letters, u64::from);
        assert_eq!(letters, expected);
        sort_numbers_shared(&mut positions, |p| p as u64);
        assert_eq!(positions, [2, 2, 17, 40]);
        let mut reversed: Vec<usize> = (0..100).rev().collect();
        sort_numbers_shared(&mut reversed, |p| p as u64);
        assert!(reversed.iter().copied().eq(0..100));
    }
}
