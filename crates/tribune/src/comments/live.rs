//! New comments, live: every comment that becomes visible is sent to the readers of its page
//! over Server-Sent Events (`GET /api/v1/threads/live?site=&url=`).
//!
//! On SQLite (one instance) a comment goes straight to this instance's subscribers. On
//! PostgreSQL, where several instances share the database, it is announced with `NOTIFY`, and
//! every instance's [`Relay`], this one's included, sends it to its own subscribers: a reader
//! connected to any instance sees comments posted through any other. Announcements leave in
//! batches, from a task of their own: the comment's request does not wait for them, and under
//! load one `NOTIFY` carries many comments (each `NOTIFY` commits under a lock that PostgreSQL
//! holds across the whole cluster, which one per comment made writes 2.7 times slower).
//! Announcements made while an instance's listening connection is down are lost to it; its
//! readers get those comments on the next load. Slow subscribers that fall more than
//! `BUFFER` events behind skip ahead rather than hold memory.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use tokio::sync::{broadcast, mpsc, Semaphore};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

use super::store;
use super::view::{self, CommentJson};
use crate::app::AppState;
use crate::db::{Db, Engine};
use crate::error::{AppError, AppResult};
use crate::extract::AppQuery;

const BUFFER: usize = 1024;

/// The PostgreSQL channel on which instances announce newly visible comments.
const CHANNEL: &str = "tribune_comments";

/// The largest `NOTIFY` payload sent, under PostgreSQL's limit of 8,000 bytes.
const MAX_PAYLOAD: usize = 7_900;

/// Announcements waiting for the notifier; beyond this many (the database unreachable), new
/// ones are dropped and their readers see the comments on the next load.
const QUEUE: usize = 10_000;

struct LiveEvent {
    site: String,
    url: String,
    data: String,
}

/// One comment in a `NOTIFY` batch: the comment JSON itself, or only its id when it is too
/// long to share a payload (the relays then load it).
#[derive(Debug, Deserialize, Serialize)]
struct Announcement {
    site: String,
    url: String,
    id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    comment: Option<String>,
}

#[derive(Clone)]
pub struct Live {
    tx: broadcast::Sender<Arc<LiveEvent>>,
    /// One permit per open feed: feeds are long-lived and capped apart from other requests.
    feeds: Arc<Semaphore>,
    /// On PostgreSQL: the queue of the task that sends announcements.
    notifier: Option<mpsc::Sender<Announcement>>,
}

impl Live {
    /// On PostgreSQL, also starts the task that sends announcements.
    /// `max_feeds`: how many feeds may be open at once on this instance.
    pub fn new(db: &Db, max_feeds: usize) -> Live {
        let notifier = (db.engine == Engine::Postgres).then(|| {
            let (queue, announcements) = mpsc::channel(QUEUE);
            tokio::spawn(notify(db.clone(), announcements));
            queue
        });
        Live {
            tx: broadcast::channel(BUFFER).0,
            feeds: Arc::new(Semaphore::new(max_feeds.max(1))),
            notifier,
        }
    }

    /// Sends a comment that has just become visible (and is committed) to its page's readers,
    /// on every instance (see the module docs).
    pub fn announce(&self, site: &str, url: &str, comment: &CommentJson) {
        let Some(notifier) = &self.notifier else {
            self.send(site, url, comment);
            return;
        };
        let announcement = Announcement {
            site: site.to_owned(),
            url: url.to_owned(),
            id: comment.id,
            comment: serde_json::to_string(comment).ok(),
        };
        if notifier.try_send(announcement).is_err() {
            tracing::warn!(
                comment = comment.id,
                "live announcements queue full; dropped"
            );
        }
    }

    /// Sends a comment to this instance's subscribers of its page (none listening is fine).
    fn send(&self, site: &str, url: &str, comment: &CommentJson) {
        if let Ok(data) = serde_json::to_string(comment) {
            self.send_json(site, url, data);
        }
    }

    fn send_json(&self, site: &str, url: &str, data: String) {
        let _ = self.tx.send(Arc::new(LiveEvent {
            site: site.to_owned(),
            url: url.to_owned(),
            data,
        }));
    }
}

/// The notifier task: sends whatever announcements are queued, as few `NOTIFY`s as fit them.
/// Under load, the ones queued while a `NOTIFY` is on its way go together in the next one.
async fn notify(db: Db, mut queue: mpsc::Receiver<Announcement>) {
    let mut batch = Vec::new();
    while queue.recv_many(&mut batch, 1_000).await > 0 {
        for payload in payloads(std::mem::take(&mut batch)) {
            let sent = sqlx::query("SELECT pg_notify($1, $2)")
                .bind(CHANNEL)
                .bind(&payload)
                .execute(&db.pool)
                .await;
            if let Err(e) = sent {
                tracing::warn!(error = %e, "live announcement failed");
            }
        }
    }
}

/// Packs announcements into JSON arrays of at most [`MAX_PAYLOAD`] bytes; one too long even
/// alone goes without its comment.
fn payloads(announcements: Vec<Announcement>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::from("[");
    for mut a in announcements {
        let mut json = serde_json::to_string(&a).unwrap_or_default();
        if json.len() + 2 > MAX_PAYLOAD {
            a.comment = None;
            json = serde_json::to_string(&a).unwrap_or_default();
        }
        if current.len() + json.len() + 1 > MAX_PAYLOAD {
            current.push(']');
            out.push(std::mem::replace(&mut current, String::from("[")));
        }
        if current.len() > 1 {
            current.push(',');
        }
        current.push_str(&json);
    }
    if current.len() > 1 {
        current.push(']');
        out.push(current);
    }
    out
}

/// On PostgreSQL: this instance's ear on `CHANNEL`. It listens from [`Relay::listen`] on,
/// before the server serves its first request, so nothing announced after start-up is missed.
pub struct Relay {
    listener: PgListener,
}

impl Relay {
    /// `None` on SQLite, where there is nothing to relay.
    pub async fn listen(db: &Db, database_url: &str) -> anyhow::Result<Option<Relay>> {
        if db.engine != Engine::Postgres {
            return Ok(None);
        }
        let mut listener = PgListener::connect(database_url).await?;
        listener.listen(CHANNEL).await?;
        Ok(Some(Relay { listener }))
    }

    /// Sends each announced comment to this instance's subscribers, for as long as the server
    /// runs. A lost connection is reconnected by the listener (announcements made meanwhile
    /// are lost to this instance).
    pub async fn run(mut self, state: AppState) {
        loop {
            let notification = match self.listener.recv().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(error = %e, "live relay cannot listen; retrying in 1 s");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            if state.live.tx.receiver_count() == 0 {
                continue; // nobody here is watching a page
            }
            let batch = match serde_json::from_str::<Vec<Announcement>>(notification.payload()) {
                Ok(batch) => batch,
                Err(e) => {
                    tracing::warn!(error = %e, payload = notification.payload(), "bad live announcement");
                    continue;
                }
            };
            for a in batch {
                match a.comment {
                    Some(data) => state.live.send_json(&a.site, &a.url, data),
                    None => {
                        if let Err(e) = deliver(&state, &a).await {
                            tracing::warn!(comment = a.id, error = %e, "live relay failed");
                        }
                    }
                }
            }
        }
    }
}

/// Sends an announced comment to this instance's subscribers, as readers see it now (it may
/// have been removed since it was announced).
async fn deliver(state: &AppState, a: &Announcement) -> AppResult<()> {
    let row = store::get(&state.db, a.id).await?;
    if !row.is_public() {
        return Ok(());
    }
    let comment = view::public(state, &a.site, &row).await?;
    state.live.send(&a.site, &a.url, &comment);
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct LiveQuery {
    site: String,
    url: String,
}

/// A stream of `comment` events, each a comment JSON, for one page.
pub async fn subscribe(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<LiveQuery>,
) -> AppResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    let site = state.sites.get(&state.db, &q.site).await?;
    let url = crate::sites::page_url(&state, &site, &q.url)?.into_string();
    let site = site.id.clone();
    let permit = state.live.feeds.clone().try_acquire_owned().map_err(|_| {
        AppError::Unavailable(
            "too many live feeds are open: the page still works, reload later".into(),
        )
    })?;
    let stream = BroadcastStream::new(state.live.tx.subscribe()).filter_map(move |event| {
        // The feed's permit lives as long as the stream.
        let _held = &permit;
        match event {
            Ok(e) if e.site == site && e.url == url => {
                Some(Ok(Event::default().event("comment").data(e.data.clone())))
            }
            _ => None,
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn announcement(id: i64, comment_len: usize) -> Announcement {
        Announcement {
            site: "news".into(),
            url: "https://news.example/a".into(),
            id,
            comment: Some("x".repeat(comment_len)),
        }
    }

    #[test]
    fn announcements_are_packed_into_payloads_postgres_accepts() {
        let batch: Vec<Announcement> = (0..40).map(|i| announcement(i, 500)).collect();
        let packed = payloads(batch);
        assert!(
            packed.len() > 1,
            "40 comments of 500 bytes need several payloads"
        );
        let mut ids = Vec::new();
        for p in &packed {
            assert!(p.len() <= MAX_PAYLOAD, "{} bytes", p.len());
            let parsed: Vec<Announcement> = serde_json::from_str(p).expect("a JSON array");
            assert!(parsed.iter().all(|a| a.comment.is_some()));
            ids.extend(parsed.iter().map(|a| a.id));
        }
        assert_eq!(ids, (0..40).collect::<Vec<_>>(), "all of them, in order");
    }

    #[test]
    fn a_comment_too_long_for_a_payload_goes_by_id() {
        let packed = payloads(vec![announcement(1, 10), announcement(2, 9_000)]);
        let parsed: Vec<Announcement> = packed
            .iter()
            .flat_map(|p| serde_json::from_str::<Vec<Announcement>>(p).expect("JSON"))
            .collect();
        assert_eq!(parsed.len(), 2);
        assert!(parsed[0].comment.is_some());
        assert_eq!((parsed[1].id, parsed[1].comment.is_none()), (2, true));
        assert!(payloads(Vec::new()).is_empty());
    }
}
