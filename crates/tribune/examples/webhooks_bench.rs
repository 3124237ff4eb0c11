//! The webhook delivery worker under load, on loopback (#16): 100,000 messages queued at once
//! for a local receiver that accepts everything, delivered by the server's own worker, while
//! eight writers post comments. Prints the delivery throughput, and comment writes per second
//! before the queue was filled and while it drains (the peer: the same server without the
//! backlog, in the same run).
//!
//! ```sh
//! cargo run --release -p tribune --example webhooks_bench             # SQLite
//! cargo run --release -p tribune --example webhooks_bench -- postgres://...   # an empty database
//! ```

#[path = "support/writers.rs"]
mod writers;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use tribune::app::Application;
use tribune::config::Config;

const MESSAGES: usize = 100_000;
const WRITERS: usize = 8;
const WRITE_SECONDS: u64 = 8;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let database_url = writers::database_url(dir.path());

    // The receiver: accepts every message.
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    let sink = axum::Router::new().route(
        "/hook",
        axum::routing::post(move || {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::Relaxed);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let hook_url = format!("http://{}/hook", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, sink).await });

    let mut config = Config {
        listen: "127.0.0.1:0".parse()?,
        database_url: Some(database_url),
        ..Config::default()
    };
    config.rate_limit.per_ip_per_minute = 0;
    config.rate_limit.per_reader_per_minute = 0;
    config.webhooks.poll_ms = 100;
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    let db = app.state().db.clone();
    tokio::spawn(app.run_until_stopped());
    tribune::sites::store::upsert_site(&db, "bench", "Bench", "*", true, None, None).await?;
    // Comments posted during the run are published, not held: the endpoint's event is one
    // they do not send, so the backlog is all it receives.
    let hook = tribune::webhooks::store::create(
        &db,
        "bench",
        &hook_url,
        "comment.held",
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    )
    .await?;

    let client = reqwest::Client::new();
    let write = |seconds: u64| writers::write(&client, addr, WRITERS, seconds);

    let before = write(WRITE_SECONDS).await;

    // The backlog: 100,000 messages due now, as if a burst of events had just been queued.
    let payload = json!({"type": "comment.held", "version": 1, "site": "bench", "data": {"comment": {"id": 1, "html": "<p>A held comment in the backlog.</p>"}}}).to_string();
    let backlog: Vec<(i64, String)> = (0..MESSAGES)
        .map(|i| (hook.id, format!("msg_bench_{i}")))
        .collect();
    tribune::webhooks::store::enqueue(&db, &backlog, "comment.held", &payload).await?;
    let started = Instant::now();
    let during = write(WRITE_SECONDS).await;
    while received.load(Ordering::Relaxed) < MESSAGES {
        if started.elapsed() > Duration::from_secs(600) {
            anyhow::bail!(
                "only {} of {MESSAGES} delivered in 10 minutes",
                received.load(Ordering::Relaxed)
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let drained = started.elapsed().as_secs_f64();
    println!(
        "webhooks: {MESSAGES} queued messages delivered in {drained:.1} s: {:.0} messages/s",
        MESSAGES as f64 / drained
    );
    println!("comment writes ({WRITERS} writers): {before:.0}/s before the backlog, {during:.0}/s while it drains ({:+.1}%)", (during / before - 1.0) * 100.0);
    Ok(())
}
