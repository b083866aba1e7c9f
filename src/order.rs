//! One sort for every ordering the widget makes: each `sort_by_key` with its
//! own closure compiles its own copy of the standard library's sort (about
//! 5 KB of wasm apiece), so the widget sorts by integer keys through the
//! engine's [`wirelens::order::sort_by_numbers`], one instantiation for both.

/// Sort `items` by `key` (compared as a tuple), keeping the original order
/// among equal keys, as a stable `sort_by_key` would.
pub fn sort_by_numbers<T>(items: &mut Vec<T>, key: impl Fn(&T) -> [usize; 3]) {
    wirelens::order::sort_by_numbers(items, |item| {
        let [a, b, c] = key(item);
        [a as u64, b as u64, c as u64, 0]
    });
}

/// An index from keys (article ids, speaker names, quote ids) to positions:
/// (key's number, position) pairs sorted by [`sort_by_numbers`] and searched
/// by halves. It stands in for a `HashMap` because every distinct hash map
/// type compiles its own copy of the hash table code into the wasm.
#[derive(Debug, Clone)]
pub struct Index {
    entries: Vec<([usize; 2], usize)>,
}

impl Index {
    /// Positions of `keys` (in order) by their numbers; `number` must give
    /// equal numbers to equal keys. Ties keep the first position first.
    pub fn new<K>(keys: impl Iterator<Item = K>, number: impl Fn(&K) -> [usize; 2]) -> Self {
        let mut entries: Vec<([usize; 2], usize)> = keys
            .enumerate()
            .map(|(position, key)| (number(&key), position))
            .collect();
        sort_by_numbers(&mut entries, |&([a, b], position)| [a, b, position]);
        Index { entries }
    }

    /// The positions whose key has this number, first position first.
    pub fn positions(&self, number: [usize; 2]) -> impl Iterator<Item = usize> + '_ {
        let first = self.entries.partition_point(|(n, _)| *n < number);
        self.entries[first..]
            .iter()
            .take_while(move |(n, _)| *n == number)
            .map(|&(_, position)| position)
    }
}

/// A string's number for an [`Index`] (64-bit FNV-1a, as two halves): equal
/// strings, equal numbers; different strings rarely share one, and look-ups
/// compare the strings themselves.
pub fn string_number(text: &str) -> [usize; 2] {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    [(hash >> 32) as usize, (hash & 0xffff_ffff) as usize]
}

/// A number's number for an [`Index`].
pub fn usize_number(n: usize) -> [usize; 2] {
    [0, n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_finds_every_key_and_only_its_positions() {
        let names = ["b", "a", "c", "a"];
        let index = Index::new(names.iter(), |n| string_number(n));
        assert_eq!(
            index.positions(string_number("a")).collect::<Vec<_>>(),
            [1, 3]
        );
        assert_eq!(index.positions(string_number("c")).collect::<Vec<_>>(), [2]);
        assert_eq!(index.positions(string_number("d")).count(), 0);
        let ids = Index::new([7usize, 3, 9].into_iter(), |&n| usize_number(n));
        assert_eq!(ids.positions(usize_number(9)).collect::<Vec<_>>(), [2]);
        assert_eq!(ids.positions(usize_number(4)).count(), 0);
    }

    #[test]
    fn sorts_by_the_key_and_keeps_ties_in_order() {
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 2)];
        sort_by_numbers(&mut pairs, |&(a, b)| [a, b, 0]);
        assert_eq!(pairs, [(1, 2), (1, 9), (2, 0), (2, 1)]);
    }
}
