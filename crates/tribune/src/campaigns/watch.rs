//! The live detector: one incremental [`Detector`] per site, fed from the database.
//!
//! Each instance tails the site's activity (sign-ups, comments, votes) from where it last
//! read, so the work per look is the new activity only, and every instance sees the same
//! campaigns, whichever instance took the writes. The first look at a site replays what the
//! detector remembers: its window (`campaign_window_hours`, 24 by default), or the voting
//! circles' week when that is longer, a day at a time. Rows are read again for a few seconds
//! past the cursor, so that a write whose transaction committed late is not missed; keys make
//! sure each is fed once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use moderation::campaigns::{Campaign, Config, Detector};

use super::store::{self, EventKey};
use crate::db::{now_ms, Db};
use crate::error::AppResult;

/// How far behind the cursor each read starts again.
const OVERLAP_MS: i64 = 10_000;
/// How much activity a fresh detector reads from the database at a time.
const DAY_MS: i64 = 24 * 3_600_000;

/// The detectors of every site looked at, shared by the instance's handlers.
#[derive(Clone)]
pub struct Watch {
    config: Config,
    sites: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<SiteWatch>>>>>,
}

struct SiteWatch {
    detector: Detector,
    /// The latest activity fed, if any.
    cursor: Option<i64>,
    /// Keys of the activity fed within `OVERLAP_MS` of the cursor.
    recent: HashMap<EventKey, i64>,
}

impl SiteWatch {
    fn new(config: Config) -> Self {
        SiteWatch {
            detector: Detector::new(config),
            cursor: None,
            recent: HashMap::new(),
        }
    }

    fn feed(&mut self, events: Vec<(EventKey, moderation::campaigns::Event)>) {
        for (key, event) in events {
            if self.recent.contains_key(&key) {
                continue;
            }
            self.detector.observe(&event);
            self.cursor = Some(self.cursor.map_or(event.at, |c| c.max(event.at)));
            self.recent.insert(key, event.at);
        }
        if let Some(cursor) = self.cursor {
            self.recent.retain(|_, at| *at >= cursor - OVERLAP_MS);
        }
    }
}

impl Watch {
    /// Detectors that keep `window_hours` of activity.
    pub fn new(window_hours: u32) -> Watch {
        Watch {
            config: Config {
                window_ms: i64::from(window_hours) * 3_600_000,
                ..Config::default()
            },
            sites: Arc::default(),
        }
    }

    /// How far back campaigns are looked for, in milliseconds.
    pub fn window_ms(&self) -> i64 {
        self.config.window_ms
    }

    /// The campaigns on a site now, after feeding the detector what happened since the last
    /// look. Campaigns whose members have been quiet for a whole window are left out.
    pub async fn campaigns(&self, db: &Db, site: &str) -> AppResult<Vec<Campaign>> {
        let entry = {
            let mut sites = self.sites.lock().unwrap_or_else(|e| e.into_inner());
            sites
                .entry(site.to_owned())
                .or_insert_with(|| {
                    Arc::new(tokio::sync::Mutex::new(SiteWatch::new(self.config.clone())))
                })
                .clone()
        };
        // One look at a time per site: the second waits and then has little to read.
        let mut watch = entry.lock_owned().await;
        let window = self.window_ms();
        let now = now_ms();
        // A fresh detector reads as far back as it remembers (voting circles: a week).
        let memory = self.config.memory_ms();
        let since = watch
            .cursor
            .map_or(now - memory, |c| (c - OVERLAP_MS).max(now - memory));
        // A day at a time: a fresh detector's week of a busy site is not held at once.
        let mut from = since;
        loop {
            let last = from + DAY_MS >= now;
            let until = if last { i64::MAX } else { from + DAY_MS };
            let events = store::site_events(db, site, from, until).await?;
            // The detector is CPU work: off the async workers.
            watch = tokio::task::spawn_blocking(move || {
                watch.feed(events);
                watch
            })
            .await
            .map_err(anyhow::Error::from)?;
            if last {
                break;
            }
            from = until;
        }
        let found = tokio::task::spawn_blocking(move || watch.detector.campaigns())
            .await
            .map_err(anyhow::Error::from)?;
        Ok(found
            .into_iter()
            .filter(|c| c.last_action >= now - window)
            .collect())
    }
}
