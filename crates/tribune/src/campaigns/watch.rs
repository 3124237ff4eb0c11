//! The live detector: one incremental [`Detector`] per site, fed from the database.
//!
//! Each instance tails the site's activity (sign-ups, comments, votes) from where it last
//! read, so the work per look is the new activity only, and every instance sees the same
//! campaigns, whichever instance took the writes. The first look at a site replays its last
//! window (`campaign_window_hours`, 24 by default). Rows are read again for a few seconds past the cursor, so that a write
//! whose transaction committed late is not missed; keys make sure each is fed once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use moderation::campaigns::{Campaign, Config, Detector};

use super::store::{self, EventKey};
use crate::db::{now_ms, Db};
use crate::error::AppResult;

/// How far behind the cursor each read starts again.
const OVERLAP_MS: i64 = 10_000;

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
        let since = watch
            .cursor
            .map_or(now - window, |c| (c - OVERLAP_MS).max(now - window));
        let events = store::site_events(db, site, since).await?;
        // The detector is CPU work: off the async workers.
        let found = tokio::task::spawn_blocking(move || {
            watch.feed(events);
            watch.detector.campaigns()
        })
        .await
        .map_err(anyhow::Error::from)?;
        Ok(found
            .into_iter()
            .filter(|c| c.last_action >= now - window)
            .collect())
    }
}
