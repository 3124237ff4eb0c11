//! A read cache of rendered threads for anonymous readers, who are nearly all of a comment
//! section's traffic. An entry is the response body together with the page's `version` when
//! it was built; every write to a page bumps that version in the same transaction (see
//! `store::touch_page`), so a read that finds the current version in the database may serve
//! the cached bytes. Because the version lives in the database, the cache stays correct with
//! several instances on one database: each pays one indexed query per read instead of the
//! thread's queries and serialization.

use std::sync::Arc;

use axum::body::Bytes;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

#[derive(Clone)]
struct ByBytes;

impl Weighter<String, Entry> for ByBytes {
    fn weight(&self, key: &String, val: &Entry) -> u64 {
        (key.len() + val.1.len()) as u64
    }
}

/// A page's thread as served: the page version it was built at, and the JSON body.
type Entry = (i64, Bytes);

#[derive(Clone)]
pub struct ThreadCache {
    /// `None` when the cache is turned off.
    entries: Option<Arc<Cache<String, Entry, ByBytes>>>,
}

impl ThreadCache {
    /// A cache holding up to `megabytes` of response bodies (0 turns it off).
    pub fn new(megabytes: u64) -> Self {
        let bytes = megabytes * 1024 * 1024;
        let entries = (bytes > 0).then(|| {
            let estimated_items = ((bytes / 20_000) as usize).max(16);
            Arc::new(Cache::with_weighter(estimated_items, bytes, ByBytes))
        });
        ThreadCache { entries }
    }

    /// The cached body for `key`, if it was built at `version`.
    pub fn get(&self, key: &str, version: i64) -> Option<Bytes> {
        let (cached_version, body) = self.entries.as_ref()?.get(key)?;
        (cached_version == version).then_some(body)
    }

    pub fn insert(&self, key: String, version: i64, body: Bytes) {
        if let Some(entries) = &self.entries {
            entries.insert(key, (version, body));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_only_the_current_version() {
        let cache = ThreadCache::new(1);
        cache.insert("k".into(), 3, Bytes::from_static(b"{}"));
        assert_eq!(cache.get("k", 3).as_deref(), Some(&b"{}"[..]));
        assert_eq!(cache.get("k", 4), None, "a write bumped the page's version");
    }

    #[test]
    fn zero_megabytes_turns_it_off() {
        let cache = ThreadCache::new(0);
        cache.insert("k".into(), 1, Bytes::from_static(b"{}"));
        assert_eq!(cache.get("k", 1), None);
    }
}
