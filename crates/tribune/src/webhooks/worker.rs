//! The delivery worker, one per instance: it takes due messages from the database (several
//! instances share the queue without sending a message twice, see `store::claim`), posts
//! them signed, and records each attempt. A receiver that fails (no answer, a timeout, a
//! status other than 2xx) gets the message again later, after the delays of
//! `webhooks.retry_secs`; after the last one the message is given up and shows as failed in
//! the delivery log. Messages survive restarts: they are rows, and a claim left by a stopped
//! worker expires after its lease.

use std::time::{Duration, Instant};

use futures_util::future::join_all;

use super::domain::signature;
use super::store::{self, Attempt, Due};
use crate::app::AppState;
use crate::db::now_ms;

/// Messages taken at a time, sent concurrently.
const CLAIM: i64 = 64;

pub async fn run(state: AppState) {
    let config = state.config.webhooks.clone();
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(config.timeout_secs))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Tribune-Webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
    {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "webhooks: no HTTP client, nothing will be delivered");
            return;
        }
    };
    // Longer than any send, so a claim only expires when its worker is gone.
    let lease_ms = (config.timeout_secs as i64 + 30) * 1000;
    let mut pause = tokio::time::interval(Duration::from_millis(config.poll_ms.max(10)));
    pause.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_cleanup = Instant::now();
    loop {
        pause.tick().await;
        if last_cleanup.elapsed() > Duration::from_secs(3600) {
            last_cleanup = Instant::now();
            let cutoff = now_ms() - config.keep_days as i64 * 86_400_000;
            match store::forget_settled(&state.db, cutoff).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(messages = n, "webhooks: old messages forgotten"),
                Err(e) => tracing::warn!(error = %e, "webhooks: cannot forget old messages"),
            }
        }
        loop {
            let due = match store::claim(&state.db, CLAIM, lease_ms).await {
                Ok(due) => due,
                Err(e) => {
                    tracing::warn!(error = %e, "webhooks: cannot read the queue");
                    break;
                }
            };
            let full = due.len() as i64 == CLAIM;
            let attempts = join_all(due.into_iter().map(|m| deliver(&state, &client, m))).await;
            if let Err(e) = store::record(&state.db, &attempts).await {
                // The claims expire and the messages are sent again: at least once, never lost.
                tracing::warn!(error = %e, "webhooks: cannot record a round of attempts");
            }
            if !full {
                break;
            }
        }
    }
}

/// One attempt at a message.
async fn deliver(state: &AppState, client: &reqwest::Client, message: Due) -> Attempt {
    let timestamp = now_ms() / 1000;
    let started = Instant::now();
    let sent = client
        .post(&message.url)
        .header("content-type", "application/json")
        .header("webhook-id", &message.msg_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header(
            "webhook-signature",
            signature(
                &message.secret,
                &message.msg_id,
                timestamp,
                &message.payload,
            ),
        )
        .body(message.payload)
        .send()
        .await;
    let duration_ms = started.elapsed().as_millis() as i64;
    let (status, error) = match &sent {
        Ok(response) => (Some(i64::from(response.status().as_u16())), None),
        Err(e) => (None, Some(describe(e))),
    };
    let delivered = status.is_some_and(|s| (200..300).contains(&s));
    let retry_secs = &state.config.webhooks.retry_secs;
    let retry_at = retry_secs
        .get(message.attempts as usize)
        .map(|secs| now_ms() + *secs as i64 * 1000);
    let outcome = match (delivered, retry_at) {
        (true, _) => "delivered",
        (false, Some(_)) => "retry",
        (false, None) => "failed",
    };
    metrics::counter!("tribune_webhook_attempts_total", "outcome" => outcome).increment(1);
    if outcome == "failed" {
        tracing::warn!(msg = %message.msg_id, url = %message.url, ?status, "webhooks: a message was given up");
    }
    Attempt {
        message: message.id,
        status,
        error,
        duration_ms,
        delivered,
        retry_at,
    }
}

/// What went wrong, for the delivery log.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        "could not connect".to_owned()
    } else {
        e.to_string()
    }
}
