//! A read cache of rendered threads for anonymous readers, who are nearly all of a comment
//! section's traffic. An entry is the response body together with the page's `version` when
//! it was built; every write to a page bumps that version in the same transaction (see
//! `sites::store::touch_page`), so a read that finds the current version in the database may serve
//! the cached bytes. Because the version lives in the database, the cache stays correct with
//! several instances on one database: each pays one indexed query per read instead of the
//! thread's queries and serialization.
//!
//! What a thread shows about its authors (moderator and supporter badges) changes without a
//! write to the page, and support also ends by itself: entries are served for at most
//! [`MAX_AGE`], so such changes show within a minute.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

#[derive(Clone)]
struct ByBytes;

impl Weighter<String, Entry> for ByBytes {
    fn weight(&self, key: &String, val: &Entry) -> u64 {
        (key.len() + val.body.len()) as u64
    }
}

/// How long a cached thread may be served, whatever its version.
pub const MAX_AGE: Duration = Duration::from_secs(60);

/// A page's thread as served: the page version it was built at, when, and the JSON body.
#[derive(Clone)]
struct Entry {
    version: i64,
    built: Instant,
    body: Bytes,
}

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

    /// The cached body for `key`, if it was built at `version` less than [`MAX_AGE`] ago.
    pub fn get(&self, key: &str, version: i64) -> Option<Bytes> {
        let entry = self.entries.as_ref()?.get(key)?;
        (entry.version == version && entry.built.elapsed() < MAX_AGE).then_some(entry.body)
    }

    pub fn insert(&self, key: String, version: i64, body: Bytes) {
        if let Some(entries) = &self.entries {
            let built = Instant::now();
            entries.insert(
                key,
                Entry {
                    version,
                    built,
                    body,
                },
            );
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
