//! New comments, live: every visible comment stored by this instance is published to the
//! readers of its page over Server-Sent Events (`GET /api/v1/threads/live?site=&url=`).
//!
//! The feed is per instance: behind a load balancer with several instances, a reader
//! connected to one instance sees live comments posted through that instance, and every
//! comment on the next load or "load more". Slow subscribers that fall more than
//! [`BUFFER`] events behind skip ahead rather than hold memory.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use serde::Deserialize;
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

use super::domain::PageUrl;
use super::CommentJson;
use crate::app::AppState;
use crate::error::AppResult;
use crate::extract::AppQuery;

const BUFFER: usize = 1024;

struct LiveEvent {
    site: String,
    url: String,
    data: String,
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
    /// Sends a new comment to the page's subscribers (none listening is fine).
    pub fn publish(&self, site: &str, url: &str, comment: CommentJson) {
        let Ok(data) = serde_json::to_string(&comment) else {
            return;
        };
        let _ = self.tx.send(Arc::new(LiveEvent {
            site: site.to_owned(),
            url: url.to_owned(),
            data,
        }));
    }
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
