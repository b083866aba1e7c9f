//! Ordered maps and sets that share their B-tree code. Every distinct
//! `BTreeMap<K, V>` compiles its own copy of the B-tree (insertion, node
//! splits, search, iteration, drop: several KB of wasm apiece), so the
//! speaker registry's many maps cost a copy each. [`Map`] keeps only
//! `BTreeMap<K, usize>` (key → slot) and the values in a `Vec`, so all maps
//! with the same key type share one B-tree whatever their values; [`Set`] is
//! a [`Map`] to `()`. Iteration is in key order, as with `BTreeMap`.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::fmt;

/// An ordered map: the subset of `BTreeMap`'s API the engine uses.
pub struct Map<K, V> {
    index: BTreeMap<K, usize>,
    values: Vec<V>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map {
            index: BTreeMap::new(),
            values: Vec::new(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Map<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.index.iter().map(|(k, &i)| (k, &self.values[i])))
            .finish()
    }
}

impl<K: Ord, V> Map<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.index.get(key).map(|&i| &self.values[i])
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.index.get(key) {
            Some(&i) => Some(&mut self.values[i]),
            None => None,
        }
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.index.contains_key(key)
    }

    /// The value of `key`, made by `make` and inserted if it had none.
    fn slot(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let next = self.values.len();
        let i = *self.index.entry(key).or_insert(next);
        if i == next {
            self.values.push(make());
        }
        &mut self.values[i]
    }

    /// As `BTreeMap::insert`: the old value back if `key` had one.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.index.get(&key) {
            Some(&i) => Some(std::mem::replace(&mut self.values[i], value)),
            None => {
                self.slot(key, || value);
                None
            }
        }
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        Entry { map: self, key }
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            index: self.index.iter(),
            values: &self.values,
        }
    }

    pub fn range<Q: Ord + ?Sized, R: std::ops::RangeBounds<Q>>(
        &self,
        range: R,
    ) -> impl Iterator<Item = (&K, &V)> + '_
    where
        K: Borrow<Q>,
    {
        self.index.range(range).map(|(k, &i)| (k, &self.values[i]))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.index.keys()
    }

    pub fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.index.values().map(|&i| &self.values[i])
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for Map<K, V> {
    type Output = V;
    /// As `BTreeMap`'s: panics when `key` is not in the map.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("key in map")
    }
}

impl<'a, K: Ord, V> IntoIterator for &'a Map<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A [`Map`]'s entries in key order.
pub struct Iter<'a, K, V> {
    index: std::collections::btree_map::Iter<'a, K, usize>,
    values: &'a [V],
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.index.next().map(|(k, &i)| (k, &self.values[i]))
    }
}

impl<K: Ord, V> IntoIterator for Map<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        let mut values: Vec<Option<V>> = self.values.into_iter().map(Some).collect();
        self.index
            .into_iter()
            .filter_map(|(k, i)| values[i].take().map(|v| (k, v)))
            .collect::<Vec<_>>()
            .into_iter()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for Map<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = Map::new();
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

/// A place in a [`Map`], as `btree_map::Entry`.
pub struct Entry<'a, K, V> {
    map: &'a mut Map<K, V>,
    key: K,
}

impl<'a, K: Ord, V> Entry<'a, K, V> {
    pub fn or_insert(self, value: V) -> &'a mut V {
        self.map.slot(self.key, || value)
    }

    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        self.map.slot(self.key, make)
    }

    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.map.slot(self.key, V::default)
    }
}

/// An ordered set: a [`Map`] to `()`.
pub struct Set<K> {
    map: Map<K, ()>,
}

impl<K> Default for Set<K> {
    fn default() -> Self {
        Set {
            map: Map::default(),
        }
    }
}

impl<K: fmt::Debug> fmt::Debug for Set<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.map.index.keys()).finish()
    }
}

impl<K: Ord> Set<K> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// As `BTreeSet::insert`: whether `key` is new.
    pub fn insert(&mut self, key: K) -> bool {
        let had = self.map.len();
        self.map.slot(key, || ());
        self.map.len() > had
    }

    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.contains_key(key)
    }

    pub fn iter(&self) -> std::collections::btree_map::Keys<'_, K, usize> {
        self.map.index.keys()
    }

    /// Whether no key is in both sets.
    pub fn is_disjoint(&self, other: &Set<K>) -> bool {
        let (small, large) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        !small.iter().any(|k| large.contains(k))
    }

    pub fn first(&self) -> Option<&K> {
        self.map.index.keys().next()
    }
}

/// Equal when the same keys map to equal values (in key order, as for
/// `BTreeMap`); only tests compare maps, so the widget never compiles this.
impl<K: Ord, V: PartialEq> PartialEq for Map<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<K: Ord> PartialEq for Set<K> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<K: Ord> Extend<K> for Set<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, items: I) {
        for k in items {
            self.insert(k);
        }
    }
}

impl<K: Ord> FromIterator<K> for Set<K> {
    fn from_iter<I: IntoIterator<Item = K>>(items: I) -> Self {
        let mut set = Set::new();
        set.extend(items);
        set
    }
}

impl<'a, K: Ord> IntoIterator for &'a Set<K> {
    type Item = &'a K;
    type IntoIter = std::collections::btree_map::Keys<'a, K, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.index.keys()
    }
}

impl<K: Ord> IntoIterator for Set<K> {
    type Item = K;
    type IntoIter = std::collections::btree_map::IntoKeys<K, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.index.into_keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_sets_behave_as_the_btree_ones() {
        let mut map: Map<String, Vec<usize>> = Map::new();
        map.entry("pear".to_string()).or_default().push(1);
        map.entry("apple".to_string()).or_default().push(2);
        map.entry("pear".to_string()).or_default().push(3);
        assert_eq!(map.insert("fig".to_string(), vec![4]), None);
        assert_eq!(map.insert("fig".to_string(), vec![5]), Some(vec![4]));
        assert_eq!(map.len(), 3);
        assert_eq!(map.get("pear"), Some(&vec![1, 3]));
        assert!(map.contains_key("apple") && !map.contains_key("kiwi"));
        let keys: Vec<&String> = map.keys().collect();
        assert_eq!(keys, ["apple", "fig", "pear"]);
        let owned: Vec<(String, Vec<usize>)> = map.into_iter().collect();
        assert_eq!(owned[2], ("pear".to_string(), vec![1, 3]));
        let mut set: Set<usize> = [5, 1, 5, 3].into_iter().collect();
        assert!(!set.insert(3) && set.insert(0));
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [0, 1, 3, 5]);
        assert_eq!(set.first(), Some(&0));
        assert!(set.contains(&1) && !set.contains(&2));
    }
}
