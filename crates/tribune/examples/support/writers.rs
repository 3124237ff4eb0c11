//! What the delivery benchmarks (`webhooks_bench`, `mail_bench`) share: their database, and
//! the comment writers they run before and while a backlog drains, whose rate is the peer the
//! backlog's cost is measured against.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

/// The database the command line names (an empty PostgreSQL one), else a SQLite file in `dir`.
pub fn database_url(dir: &std::path::Path) -> String {
    std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("sqlite://{}", dir.join("bench.db").display()))
}

/// Comments per second that `writers` concurrent writers get published on the `bench` site of
/// the server at `addr` in `seconds`.
pub async fn write(
    client: &reqwest::Client,
    addr: SocketAddr,
    writers: usize,
    seconds: u64,
) -> f64 {
    let done = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for w in 0..writers {
        let (client, done) = (client.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            let mut i = 0;
            while Instant::now() < deadline {
                let body = json!({"site": "bench", "url": format!("https://bench.example/{}", w % 4),
                    "body": format!("Writer {w} makes point number {i} about the budget."), "author_name": "Bench"});
                let ok = client
                    .post(format!("http://{addr}/api/v1/comments"))
                    .json(&body)
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                if ok {
                    done.fetch_add(1, Ordering::Relaxed);
                }
                i += 1;
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    done.load(Ordering::Relaxed) as f64 / seconds as f64
}
