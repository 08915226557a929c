//! A small map with string keys, kept as a `Vec` sorted by key: the message arguments
//! ([`crate::i18n::Args`]), the portal's label overrides and the per-rule severities.
//!
//! Each holds a handful of entries, and every `BTreeMap<String, V>` instance puts its node code
//! (splitting, merging, stealing between siblings, a few KB per value type) into every wasm module
//! that uses it. This keeps what the callers rely on from `BTreeMap`: iteration in key order (by
//! bytes, as `String`'s `Ord`), a repeated key replacing the value, and the JSON it is written as
//! (an object whose keys are sorted). A unit test compares it with `BTreeMap` over random
//! operations.

use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// A map from `String` to `V`, sorted by key.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap::new()
    }
}

impl<V> SortedMap<V> {
    /// An empty map (no allocation).
    pub const fn new() -> Self {
        SortedMap { entries: Vec::new() }
    }

    fn position(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// Sets `key` to `value`, returning the value it replaced.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.position(key).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order, values mutable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut V)> {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.entries.iter())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }
}

/// The entries of a [`SortedMap`] in key order, as `BTreeMap::iter` gives them.
pub struct Iter<'a, V>(std::slice::Iter<'a, (String, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a String, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k, v))
    }
}

impl<V> ExactSizeIterator for Iter<'_, V> {}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;
    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

impl<V> IntoIterator for SortedMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

/// A later entry with the same key replaces the earlier, as in `BTreeMap::from_iter`.
impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(iter);
        map
    }
}

impl<V> Extend<(String, V)> for SortedMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<V: fmt::Debug> fmt::Debug for SortedMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Written as a JSON object, keys in order: what `BTreeMap<String, V>` is written as.
impl<V: Serialize> Serialize for SortedMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// `map["key"]` for the unit tests (it panics on a missing key, as `BTreeMap`'s does, so the
/// crate's own code never indexes: it uses `get`).
#[cfg(test)]
impl<V> std::ops::Index<&str> for SortedMap<V> {
    type Output = V;
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("no entry for the key")
    }
}

/// Read as a `BTreeMap<String, V>` is (the same messages for the wrong JSON): the unit tests that
/// compare the form reader with serde's derive need it.
#[cfg(test)]
impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        std::collections::BTreeMap::<String, V>::deserialize(deserializer).map(|m| m.into_iter().collect())
    }
}

/// The schema of a `BTreeMap<String, V>`: the same JSON.
#[cfg(feature = "schema")]
impl<V: schemars::JsonSchema> schemars::JsonSchema for SortedMap<V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<String, V> as schemars::JsonSchema>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V> as schemars::JsonSchema>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V> as schemars::JsonSchema>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, V> as schemars::JsonSchema>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;
    use std::collections::BTreeMap;

    /// Random inserts, replacements and removals over a small key space, including keys that
    /// differ only past a shared prefix or in non-ASCII bytes: the same answers, the same order,
    /// the same JSON as a `BTreeMap`.
    #[test]
    fn behaves_as_a_btreemap() {
        let keys = ["", "a", "ab", "b", "B", "field", "fieldName", "名称", "名", "\u{7f}", "z"];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..200 {
            let mut ours = SortedMap::new();
            let mut theirs = BTreeMap::new();
            for step in 0..40 {
                let key = keys[(next() % keys.len() as u64) as usize].to_string();
                match next() % 4 {
                    0 => assert_eq!(ours.remove(&key), theirs.remove(&key)),
                    _ => assert_eq!(ours.insert(key.clone(), step), theirs.insert(key, step)),
                }
                assert_eq!(ours.len(), theirs.len());
                assert!(ours.iter().eq(theirs.iter()));
                for k in keys {
                    assert_eq!(ours.get(k), theirs.get(k));
                    assert_eq!(ours.contains_key(k), theirs.contains_key(k));
                }
            }
            assert_eq!(serde_json::to_string(&ours).ok(), serde_json::to_string(&theirs).ok());
            let pairs: Vec<(String, i32)> = theirs.clone().into_iter().chain([("a".to_string(), -1)]).collect();
            let collected: SortedMap<i32> = pairs.iter().cloned().collect();
            let expected: BTreeMap<String, i32> = pairs.into_iter().collect();
            assert!(collected.iter().eq(expected.iter()));
        }
    }
}
