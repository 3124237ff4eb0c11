//! Signed webhooks (#16): a site's admins register endpoints and pick events; when one
//! happens (a comment posted, held or moderated, a reader banned, an appeal...), each
//! endpoint that asked for it gets a message, signed following the Standard Webhooks
//! specification (`domain.rs`), through a queue in the database that a worker on every
//! instance delivers with retries (`worker.rs`). The API for admins is in `handlers.rs`.
//!
//! An event is queued after the action it reports has been stored: a crash between the two
//! loses the message, never sends one for something that did not happen.

pub mod domain;
pub mod handlers;
pub mod hook;
pub mod store;
pub mod worker;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;

pub use self::domain::EventType;
use crate::app::AppState;
use crate::db::{now_ms, rfc3339};

pub use self::handlers::router;

/// Which webhooks each site has, cached for a few seconds: every comment written asks, and
/// most sites have none, so the write path does not query for them each time. A change made
/// here is seen at once; one made on another instance within [`SUBSCRIPTIONS_TTL`].
#[derive(Clone)]
pub struct Subscriptions {
    entries: Arc<quick_cache::sync::Cache<String, (Instant, SiteHooks)>>,
}

/// A site's webhooks: `(id, events)` each.
type SiteHooks = Arc<Vec<(i64, String)>>;

pub const SUBSCRIPTIONS_TTL: Duration = Duration::from_secs(5);

impl Default for Subscriptions {
    fn default() -> Self {
        Subscriptions {
            entries: Arc::new(quick_cache::sync::Cache::new(1024)),
        }
    }
}

impl Subscriptions {
    /// The site's webhooks that receive `event`.
    async fn targets(
        &self,
        db: &crate::db::Db,
        site: &str,
        event: EventType,
    ) -> Result<Vec<i64>, sqlx::Error> {
        let hooks = match self.entries.get(site) {
            Some((at, hooks)) if at.elapsed() < SUBSCRIPTIONS_TTL => hooks,
            _ => {
                let hooks: SiteHooks = Arc::new(
                    store::of_site(db, site)
                        .await?
                        .into_iter()
                        .map(|h| (h.id, h.events))
                        .collect(),
                );
                self.entries
                    .insert(site.to_owned(), (Instant::now(), hooks.clone()));
                hooks
            }
        };
        Ok(hooks
            .iter()
            .filter(|(_, events)| events.split_whitespace().any(|e| e == event.as_str()))
            .map(|(id, _)| *id)
            .collect())
    }

    /// Drops this instance's copy of a site's webhooks after a change made here.
    pub fn forget(&self, site: &str) {
        self.entries.remove(site);
    }
}

/// The body every receiver gets: versioned, typed, with the event's own data.
#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    /// The event type, e.g. `comment.created`.
    r#type: &'a str,
    /// The version of the payloads' shape.
    version: u32,
    site: &'a str,
    timestamp: String,
    data: &'a T,
}

/// The payloads' version: a receiver can tell a change of shape.
pub const PAYLOAD_VERSION: u32 = 1;

/// Queues `event` with `data` for every webhook of `site` that receives it. Never fails the
/// action that happened: a message that cannot be queued is logged.
pub async fn emit<T: Serialize>(state: &AppState, site: &str, event: EventType, data: &T) {
    if let Err(e) = try_emit(state, site, event, data, None).await {
        tracing::error!(error = %e, site, event = event.as_str(), "webhooks: an event was not queued");
    }
}

/// Queues a message for the webhooks of `site` that receive `event`, or for `only` that one
/// (a test event). Returns the messages' ids.
async fn try_emit<T: Serialize>(
    state: &AppState,
    site: &str,
    event: EventType,
    data: &T,
    only: Option<i64>,
) -> anyhow::Result<Vec<String>> {
    let targets = match only {
        Some(id) => vec![id],
        None => state.webhooks.targets(&state.db, site, event).await?,
    };
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let payload = serde_json::to_string(&Envelope {
        r#type: event.as_str(),
        version: PAYLOAD_VERSION,
        site,
        timestamp: rfc3339(now_ms()),
        data,
    })?;
    let messages: Vec<(i64, String)> = targets
        .into_iter()
        .map(|webhook| (webhook, domain::new_message_id()))
        .collect();
    store::enqueue(&state.db, &messages, event.as_str(), &payload).await?;
    Ok(messages.into_iter().map(|(_, id)| id).collect())
}
