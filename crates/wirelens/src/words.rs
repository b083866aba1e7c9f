//! Tables keyed by a word: the lexicons' word sets and first-word indexes,
//! and the numbering of quote stems. Each distinct `HashMap`/`HashSet` type
//! compiles its own copy of the hash table code into the wasm (four such
//! types cost about 4 KB gzip), so every word table here goes through one
//! non-generic [`WordIndex`] (words numbered in order of first insertion,
//! found through an open-addressing table of FNV-1a hashes) and keeps its
//! values in a `Vec`. Nothing iterates a table in hash order, so hashing
//! cannot change any output.

/// Words numbered 0, 1, 2, … in order of first insertion.
#[derive(Debug, Default, Clone)]
pub struct WordIndex {
    words: Vec<String>,
    /// Open addressing: 0 is an empty slot, `n + 1` is word `n`. The length
    /// is a power of two, at least twice the number of words.
    slots: Vec<u32>,
}

/// FNV-1a of `word`'s bytes: fast on short words, no seed (deterministic).
fn fnv1a(word: &str) -> u64 {
    word.bytes().fold(crate::text::FNV_OFFSET, crate::text::fnv)
}

impl WordIndex {
    /// The slot where `word` is, or the empty slot where it would go.
    fn slot(&self, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fnv1a(word) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return i,
                n if self.words[n as usize - 1] == word => return i,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The number of `word`, if it was inserted.
    pub fn find(&self, word: &str) -> Option<usize> {
        if self.words.is_empty() {
            return None;
        }
        match self.slots[self.slot(word)] {
            0 => None,
            n => Some(n as usize - 1),
        }
    }

    /// The words, by number.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The number of `word`, inserted if new (a new word takes the next number).
    pub fn insert(&mut self, word: &str) -> usize {
        if let Some(n) = self.find(word) {
            return n;
        }
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let n = self.words.len();
        let slot = self.slot(word);
        self.words.push(word.to_string());
        self.slots[slot] = u32::try_from(n + 1).expect("fewer than 2^32 words");
        n
    }

    /// Double the slots (16 at least) and place every word again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        self.slots = vec![0; size];
        for n in 0..self.words.len() {
            let slot = self.slot(&self.words[n]);
            self.slots[slot] = n as u32 + 1;
        }
    }
}

/// A set of words.
#[derive(Debug, Default, Clone)]
pub struct WordSet {
    index: WordIndex,
}

impl WordSet {
    pub fn contains(&self, word: &str) -> bool {
        self.index.find(word).is_some()
    }

    pub fn insert(&mut self, word: &str) {
        self.index.insert(word);
    }
}

impl<S: AsRef<str>> FromIterator<S> for WordSet {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Self {
        let mut set = WordSet::default();
        for word in words {
            set.insert(word.as_ref());
        }
        set
    }
}

/// A map from words to values.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    index: WordIndex,
    values: Vec<V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            index: WordIndex::default(),
            values: Vec::new(),
        }
    }
}

impl<V> WordMap<V> {
    pub fn get(&self, word: &str) -> Option<&V> {
        self.index.find(word).map(|n| &self.values[n])
    }

    /// The value of `word`, made by `make` if the word is new.
    pub fn get_or_insert_with(&mut self, word: &str, make: impl FnOnce() -> V) -> &mut V {
        let n = self.index.insert(word);
        if n == self.values.len() {
            self.values.push(make());
        }
        &mut self.values[n]
    }

    /// Set the value of `word` (replacing any value it had, as a `HashMap`).
    pub fn insert(&mut self, word: &str, value: V) {
        let n = self.index.insert(word);
        if n == self.values.len() {
            self.values.push(value);
        } else {
            self.values[n] = value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_numbers_words_in_order_of_first_insertion() {
        let mut index = WordIndex::default();
        assert_eq!(index.find("said"), None);
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(index.insert(w), i);
        }
        assert_eq!(index.insert("w17"), 17);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(index.find(w), Some(i));
        }
        assert_eq!(index.find("w1000"), None);
        assert_eq!(index.find(""), None);
        assert_eq!(index.insert(""), 1000);
        assert_eq!(index.find(""), Some(1000));
    }

    #[test]
    fn sets_and_maps_answer_for_their_words_only() {
        let set: WordSet = ["mr", "mrs", "dr"].into_iter().collect();
        assert!(set.contains("mrs") && set.contains("mr") && set.contains("dr"));
        assert!(!set.contains("ms"));
        let mut map: WordMap<Vec<usize>> = WordMap::default();
        map.get_or_insert_with("said", Vec::new).push(0);
        map.get_or_insert_with("told", Vec::new).push(1);
        map.get_or_insert_with("said", Vec::new).push(2);
        assert_eq!(map.get("said"), Some(&vec![0, 2]));
        assert_eq!(map.get("told"), Some(&vec![1]));
        assert_eq!(map.get("says"), None);
        let mut last: WordMap<u8> = WordMap::default();
        last.insert("a", 1);
        last.insert("a", 2);
        assert_eq!(last.get("a"), Some(&2));
    }
}
