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

impl Weighter<String, (i64, Bytes)> for ByBytes {
    fn weight(&self, key: &String, val: &(i64, Bytes)) -> u64 {
        (key.len() + val.1.len()) as u64
    }
}

#[derive(Clone)]
pub struct ThreadCache {
    entries: Arc<Cache<String, (i64, Bytes), ByBytes>>,
}

impl ThreadCache {
    /// A cache holding up to `megabytes` of response bodies (0 turns it off).
    pub fn new(megabytes: u64) -> Self {
        let bytes = megabytes * 1024 * 1024;
        ThreadCache {
            entries: Arc::new(Cache::with_weighter(
                ((bytes / 20_000) as usize).max(16),
                bytes.max(1),
                ByBytes,
            )),
        }
    }

    /// The cached body for `key`, if it was built at `version`.
    pub fn get(&self, key: &str, version: i64) -> Option<Bytes> {
        self.entries
            .get(key)
            .filter(|(v, _)| *v == version)
            .map(|(_, body)| body)
    }

    pub fn insert(&self, key: String, version: i64, body: Bytes) {
        self.entries.insert(key, (version, body));
    }
}
