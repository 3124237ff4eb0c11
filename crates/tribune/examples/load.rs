//! A bounded load test on loopback: starts `tribune serve` (the release binary, with rate
//! limits off) on a fresh database, writes a 500-comment thread through the API with the house
//! rules applied (writes/s), then reads it with concurrent clients: the first page (50
//! comments) and the whole thread (500 comments). Prints requests/s and p50/p99 latency.
//!
//! ```sh
//! cargo build --release -p tribune
//! cargo run --release -p tribune --example load                      # SQLite
//! cargo run --release -p tribune --example load -- postgres://...    # PostgreSQL (empty db)
//! ```
//!
//! It can also read the same thread shape from another comment server for comparison:
//! `--isso http://127.0.0.1:8081` (see `scripts/bench-isso.sh`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ROOTS: usize = 100;
const REPLIES_PER_ROOT: usize = 4;
/// Concurrent clients for reads; writes use fewer, as a comment section sees far fewer
/// writers than readers (and SQLite takes one write at a time).
const CONCURRENCY: usize = 32;
const WRITERS: usize = 8;
const READ_SECONDS: u64 = 8;
const PAGE: &str = "https://bench.example/2026/11/summit";

struct Server(Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The per-minute limits the server runs with (`LOAD_RATE_LIMIT`, default 0: off).
fn rate_limit() -> String {
    std::env::var("LOAD_RATE_LIMIT").unwrap_or_else(|_| "0".into())
}

fn start(database_url: &str) -> Server {
    let binary = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("tribune")))
        .filter(|p| p.exists())
        .expect("build the server first: cargo build --release -p tribune");
    let mut child = Command::new(binary)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            database_url,
        ])
        // Off by default; `LOAD_RATE_LIMIT=1000000` keeps the limits on but out of reach, to
        // measure what checking them costs (on PostgreSQL, the shared gate's upsert).
        .env("TRIBUNE_RATE_LIMIT__PER_IP_PER_MINUTE", rate_limit())
        .env("TRIBUNE_RATE_LIMIT__PER_READER_PER_MINUTE", rate_limit())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start tribune");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let addr = loop {
        let line = lines.next().expect("address line").expect("line");
        if let Some(a) = line.strip_prefix("Tribune is listening on ") {
            break a.trim().to_owned();
        }
    };
    Server(child, addr)
}

/// Realistic comment text: the fixture comments, cycled.
fn bodies() -> Vec<&'static str> {
    include_str!("../../moderation/tests/fixtures/typical-comments.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect()
}

struct Report {
    requests: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Report {
    fn print(&mut self, what: &str) {
        self.latencies.sort_unstable();
        let pct = |p: f64| {
            self.latencies
                [((self.latencies.len() as f64 * p) as usize).min(self.latencies.len() - 1)]
        };
        println!(
            "{what:<48} {:>8.0} req/s   p50 {:>6.2} ms   p99 {:>6.2} ms   ({} requests)",
            self.requests as f64 / self.elapsed.as_secs_f64(),
            pct(0.50).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3,
            self.requests
        );
    }
}

/// Runs `CONCURRENCY` workers calling `request` until `deadline` or `max` requests in all.
async fn drive<F, Fut>(concurrency: usize, max: usize, seconds: u64, request: F) -> Report
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let request = Arc::new(request);
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (request, counter) = (request.clone(), counter.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= max || Instant::now() >= deadline {
                    break latencies;
                }
                let t = Instant::now();
                request(i).await;
                latencies.push(t.elapsed());
            }
        }));
    }
    let mut latencies = Vec::new();
    for w in workers {
        latencies.extend(w.await.expect("worker"));
    }
    Report {
        requests: latencies.len(),
        elapsed: started.elapsed(),
        latencies,
    }
}

async fn read_bench(
    client: &reqwest::Client,
    url: String,
    what: &str,
    count: impl Fn(&Value) -> usize,
) {
    let first: Value = client
        .get(&url)
        .send()
        .await
        .expect("read")
        .json()
        .await
        .expect("json");
    let what = format!("{what} ({} comments)", count(&first));
    let client = client.clone();
    let mut report = drive(CONCURRENCY, usize::MAX, READ_SECONDS, move |_| {
        let (client, url) = (client.clone(), url.clone());
        async move {
            let r = client.get(&url).send().await.expect("read");
            assert!(r.status().is_success());
            r.bytes().await.expect("body");
        }
    })
    .await;
    report.print(&what);
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let isso = args
        .iter()
        .position(|a| a == "--isso")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CONCURRENCY)
        .build()
        .expect("client");

    if let Some(isso) = isso {
        // Isso's thread API returns the whole thread; `limit` caps top-level comments.
        let uri = "/bench";
        let count = |v: &Value| -> usize {
            v["replies"].as_array().map_or(0, |roots| {
                roots
                    .iter()
                    .map(|r| 1 + r["replies"].as_array().map_or(0, Vec::len))
                    .sum()
            })
        };
        read_bench(
            &client,
            format!("{isso}/?uri={uri}&limit=10&nested_limit={REPLIES_PER_ROOT}"),
            "isso: first page",
            count,
        )
        .await;
        read_bench(
            &client,
            format!("{isso}/?uri={uri}"),
            "isso: whole thread",
            count,
        )
        .await;
        return;
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = args
        .first()
        .cloned()
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let engine = if database_url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let db = tribune::db::Db::connect(&database_url)
        .await
        .expect("database");
    tribune::sites::store::upsert_site(&db, "bench", "Bench", "*", true, None, None)
        .await
        .expect("site");
    db.pool.close().await;
    let server = start(&database_url);
    let base = server.1.clone();
    println!("tribune on {engine}, loopback: {WRITERS} concurrent writers, {CONCURRENCY} concurrent readers\n");

    // Writes: the thread itself, 100 top-level comments then 4 replies to each.
    let bodies = Arc::new(bodies());
    let post = |client: reqwest::Client,
                base: String,
                bodies: Arc<Vec<&'static str>>,
                parent: Option<i64>,
                i: usize| async move {
        let r = client
            .post(format!("{base}/api/v1/comments"))
            .json(&json!({"site": "bench", "url": PAGE, "parent_id": parent, "body": bodies[i % bodies.len()], "author_name": format!("Reader {i}")}))
            .send()
            .await
            .expect("write");
        let status = r.status();
        let v: Value = r.json().await.expect("json");
        assert_eq!(status, 201, "{v}");
        v["id"].as_i64().expect("id")
    };
    let roots = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let (c, b, bo, r) = (client.clone(), base.clone(), bodies.clone(), roots.clone());
    let mut report = drive(WRITERS, ROOTS, 600, move |i| {
        let (c, b, bo, r) = (c.clone(), b.clone(), bo.clone(), r.clone());
        async move {
            let id = post(c, b, bo, None, i).await;
            r.lock().await.push(id);
        }
    })
    .await;
    let roots = Arc::new(roots.lock().await.clone());
    let (c, b, bo, r) = (client.clone(), base.clone(), bodies.clone(), roots.clone());
    let mut replies = drive(WRITERS, ROOTS * REPLIES_PER_ROOT, 600, move |i| {
        let (c, b, bo, r) = (c.clone(), b.clone(), bo.clone(), r.clone());
        async move {
            post(c, b, bo, Some(r[i % r.len()]), i).await;
        }
    })
    .await;
    report.requests += replies.requests;
    report.elapsed += replies.elapsed;
    report.latencies.append(&mut replies.latencies);
    report.print("writes (comments, house rules applied)");

    // More writes on other pages, for a steadier figure than 500 requests give.
    let (c, b, bo) = (client.clone(), base.clone(), bodies.clone());
    let mut more = drive(WRITERS, 5_000, 10, move |i| {
        let (c, b, bo) = (c.clone(), b.clone(), bo.clone());
        async move {
            let r = c
                .post(format!("{b}/api/v1/comments"))
                .json(&json!({"site": "bench", "url": format!("https://bench.example/p/{}", i % 50), "body": bo[i % bo.len()], "author_name": "R"}))
                .send()
                .await
                .expect("write");
            assert_eq!(r.status(), 201);
        }
    })
    .await;
    more.print("writes, 50 other pages");

    let thread = |limit: usize| {
        format!(
            "{base}/api/v1/threads?site=bench&url={}&limit={limit}",
            url::form_urlencoded::byte_serialize(PAGE.as_bytes()).collect::<String>()
        )
    };
    let count = |v: &Value| v["comments"].as_array().map_or(0, Vec::len);
    read_bench(&client, thread(10), "reads: first page", count).await;
    read_bench(&client, thread(ROOTS), "reads: whole thread", count).await;
    drop(server);
}
