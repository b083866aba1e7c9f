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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_key_and_keeps_ties_in_order() {
        let mut pairs = vec![(2, 1), (1, 9), (2, 0), (1, 2)];
        sort_by_numbers(&mut pairs, |&(a, b)| [a, b, 0]);
        assert_eq!(pairs, [(1, 2), (1, 9), (2, 0), (2, 1)]);
    }
}
