//! Operations: health, metrics, the OpenAPI document, several instances on one database,
//! and acknowledged writes surviving a `kill -9`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{fresh_storage, spawn_app, spawn_on, urlencode, Engine, PAGE};

both_engines!(
    two_instances_share_one_database,
    acknowledged_writes_survive_kill_9
);

#[tokio::test]
async fn health_metrics_and_openapi() {
    let app = spawn_app(Engine::Sqlite).await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), StatusCode::OK);
    assert_eq!(health.json::<Value>().await.expect("json")["status"], "ok");
    let with_id = app.get("/healthz").await;
    assert!(
        with_id.headers().get("x-request-id").is_some(),
        "every response carries a request id"
    );

    app.comment_ok("count me", None, None).await;
    let metrics = app.get("/metrics").await.text().await.expect("text");
    assert!(metrics.contains("tribune_http_requests_total"), "{metrics}");
    assert!(metrics.contains("tribune_comments_total"), "{metrics}");

    let doc: Value = app
        .get("/api/v1/openapi.json")
        .await
        .json()
        .await
        .expect("json");
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    for path in [
        "/api/v1/threads",
        "/api/v1/comments",
        "/api/v1/comments/{id}/vote",
        "/api/v1/auth/signup",
        "/api/v1/auth/login",
        "/api/v1/me",
        "/api/v1/counts",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is documented");
    }
    assert!(doc["components"]["schemas"]
        .get("NewCommentRequest")
        .is_some());
}

async fn two_instances_share_one_database(engine: Engine) {
    let first = spawn_app(engine).await;
    let second = spawn_on(first.storage.shared(), |_| {}).await;
    // Both instances cache the thread as it is now...
    first.comment_ok("an opening comment", None, None).await;
    assert_eq!(first.thread("", None).await["count"], 1);
    assert_eq!(second.thread("", None).await["count"], 1);
    // ...and a write through one is read through the other, cache or not.
    let created = first
        .comment_ok("posted through the first instance", None, None)
        .await;
    let thread = second.thread("", None).await;
    assert_eq!(thread["comments"][1]["id"], created["id"]);
    let reply = second
        .comment_ok("answered through the second", created["id"].as_i64(), None)
        .await;
    assert_eq!(
        first.thread("", None).await["comments"][2]["id"],
        reply["id"]
    );
}

/// The `tribune serve` process, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(database_url: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            database_url,
        ])
        .env("TRIBUNE_RATE_LIMIT__PER_IP_PER_MINUTE", "0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start tribune serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("server printed its address")
            .expect("line");
        if let Some(rest) = line.strip_prefix("Tribune is listening on http://") {
            break rest.trim().to_owned();
        }
    };
    Server { child, addr }
}

async fn acknowledged_writes_survive_kill_9(engine: Engine) {
    let storage = fresh_storage(engine).await;
    let db = tribune::db::Db::connect(&storage.url).await.expect("db");
    tribune::sites::store::upsert_site(&db, "news", "The News", "*", true, None)
        .await
        .expect("site");
    db.pool.close().await;
    let client = reqwest::Client::new();

    let server = start_server(&storage.url);
    let mut ids = Vec::new();
    for i in 0..20 {
        let response = client
            .post(format!("http://{}/api/v1/comments", server.addr))
            .json(&json!({"site": "news", "url": PAGE, "body": format!("durable {i}"), "author_name": "A"}))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::CREATED);
        ids.push(
            response.json::<Value>().await.expect("json")["id"]
                .as_i64()
                .expect("id"),
        );
    }
    // SIGKILL: no graceful shutdown, no chance to flush anything not already committed.
    drop(server);

    let restarted = start_server(&storage.url);
    let thread: Value = client
        .get(format!(
            "http://{}/api/v1/threads?site=news&url={}&limit=200",
            restarted.addr,
            urlencode(PAGE)
        ))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let stored: Vec<i64> = thread["comments"]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(
        stored, ids,
        "every acknowledged comment is there after kill -9"
    );
}
