//! Values each instance may keep for a short while because they change rarely and are read
//! often: the languages in use (for the language filters) and the rendered sitemaps. Nothing
//! here is shared between instances or needed for correctness; a value is at most
//! `fresh_for` old.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::languages_in_use::ListingKind;

/// The caches of one instance, in the application state.
pub struct Caches {
    /// Languages that occur in listings, per kind of listing.
    pub languages_in_use: Kept<ListingKind, Vec<String>>,
    /// Rendered sitemap documents, by name.
    pub sitemaps: Kept<String, Arc<String>>,
}

impl Default for Caches {
    fn default() -> Self {
        Self {
            languages_in_use: Kept::new(Duration::from_secs(60), 8),
            sitemaps: Kept::new(Duration::from_secs(600), 64),
        }
    }
}

/// Up to `most` values, each kept for `fresh_for`.
pub struct Kept<K, V> {
    fresh_for: Duration,
    most: usize,
    entries: Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Eq + Hash, V: Clone> Kept<K, V> {
    /// An empty cache.
    pub fn new(fresh_for: Duration, most: usize) -> Self {
        Self {
            fresh_for,
            most,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The value kept for `key`, if it is still fresh.
    pub fn get(&self, key: &K) -> Option<V> {
        let entries = self
            .entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        entries
            .get(key)
            .filter(|(kept_at, _)| kept_at.elapsed() < self.fresh_for)
            .map(|(_, value)| value.clone())
    }

    /// Keeps `value` for `key`; stale values go first, and a full cache starts over.
    pub fn put(&self, key: K, value: V) {
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        entries.retain(|_, (kept_at, _)| kept_at.elapsed() < self.fresh_for);
        if entries.len() >= self.most {
            entries.clear();
        }
        entries.insert(key, (Instant::now(), value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_while_fresh_and_the_cache_stays_small() {
        let kept: Kept<u32, &str> = Kept::new(Duration::from_secs(60), 2);
        kept.put(1, "one");
        assert_eq!(kept.get(&1), Some("one"));
        kept.put(2, "two");
        kept.put(3, "three");
        assert!(kept.get(&1).is_none(), "a full cache starts over");
        assert_eq!(kept.get(&3), Some("three"));
        let stale: Kept<u32, &str> = Kept::new(Duration::ZERO, 2);
        stale.put(1, "one");
        assert!(stale.get(&1).is_none());
    }
}
