//! New comments, live: every comment that becomes visible is sent to the readers of its page
//! over Server-Sent Events (`GET /api/v1/threads/live?site=&url=`).
//!
//! On SQLite (one instance) a comment goes straight to this instance's subscribers. On
//! PostgreSQL, where several instances share the database, it is announced with `NOTIFY`
//! (after its row is committed) and every instance's [`Relay`], this one's included, loads it
//! and sends it to its own subscribers: a reader connected to any instance sees comments posted
//! through any other. Announcements made while an instance's listening connection is down are
//! lost to it; its readers get those comments on the next load. Slow subscribers that fall
//! more than [`BUFFER`] events behind skip ahead rather than hold memory.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

use super::domain::PageUrl;
use super::{add_badges, store, CommentJson};
use crate::app::AppState;
use crate::db::{Db, Engine};
use crate::error::AppResult;
use crate::extract::AppQuery;

const BUFFER: usize = 1024;

/// The PostgreSQL channel on which instances announce newly visible comments.
const CHANNEL: &str = "tribune_comments";

struct LiveEvent {
    site: String,
    url: String,
    data: String,
}

/// What goes over [`CHANNEL`]: which comment to load, not the comment itself, which may be
/// longer than a notification can carry (8,000 bytes).
#[derive(Debug, Deserialize, Serialize)]
struct Announcement {
    site: String,
    url: String,
    id: i64,
}

#[derive(Clone)]
pub struct Live {
    tx: broadcast::Sender<Arc<LiveEvent>>,
}

impl Default for Live {
    fn default() -> Self {
        Live {
            tx: broadcast::channel(BUFFER).0,
        }
    }
}

impl Live {
    /// Sends a comment that has just become visible to its page's readers, on every instance
    /// (see the module docs). The comment is stored already: a failed announcement is logged,
    /// not returned, and its readers get the comment on their next load.
    pub async fn announce(&self, db: &Db, site: &str, url: &str, comment: CommentJson) {
        match db.engine {
            Engine::Sqlite => self.send(site, url, &comment),
            Engine::Postgres => {
                let announcement = Announcement {
                    site: site.to_owned(),
                    url: url.to_owned(),
                    id: comment.id,
                };
                if let Err(e) = notify(db, &announcement).await {
                    tracing::warn!(comment = comment.id, error = %e, "live announcement failed");
                }
            }
        }
    }

    /// Sends a comment to this instance's subscribers of its page (none listening is fine).
    fn send(&self, site: &str, url: &str, comment: &CommentJson) {
        let Ok(data) = serde_json::to_string(comment) else {
            return;
        };
        let _ = self.tx.send(Arc::new(LiveEvent {
            site: site.to_owned(),
            url: url.to_owned(),
            data,
        }));
    }
}

/// Announces a comment to every instance (delivered when the statement commits).
async fn notify(db: &Db, announcement: &Announcement) -> anyhow::Result<()> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(serde_json::to_string(announcement)?)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// On PostgreSQL: this instance's ear on [`CHANNEL`]. It listens from [`Relay::listen`] on,
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

    /// Loads each announced comment and sends it to this instance's subscribers, for as long as
    /// the server runs. A lost connection is reconnected by the listener (announcements made
    /// meanwhile are lost to this instance).
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
            let announcement = match serde_json::from_str::<Announcement>(notification.payload()) {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, payload = notification.payload(), "bad live announcement");
                    continue;
                }
            };
            if let Err(e) = deliver(&state, &announcement).await {
                tracing::warn!(comment = announcement.id, error = %e, "live relay failed");
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
    let site = state.sites.get(&state.db, &a.site).await?;
    let mut comment = CommentJson::from_row(&row, false);
    add_badges(&state.db, &site, std::slice::from_mut(&mut comment)).await?;
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
    let site = state.sites.get(&state.db, &q.site).await?.id.clone();
    let url = PageUrl::parse(&q.url)?.into_string();
    let stream =
        BroadcastStream::new(state.live.tx.subscribe()).filter_map(move |event| match event {
            Ok(e) if e.site == site && e.url == url => {
                Some(Ok(Event::default().event("comment").data(e.data.clone())))
            }
            _ => None,
        });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20))))
}
