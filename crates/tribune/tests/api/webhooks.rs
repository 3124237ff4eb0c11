//! Signed webhooks (#16): a receiver on loopback checks every message with the Standard
//! Webhooks library (not Tribune's code), fails on purpose to see the retries, and counts
//! deliveries when two instances share the queue.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode as AxumStatus};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::both_engines;
use crate::helpers::{fresh_storage, spawn_app_with, spawn_on, Engine, TestApp};

both_engines!(
    r16_webhooks_are_signed_retried_and_logged,
    r16_a_moderation_hook_rules_before_publication,
    r16_admins_manage_webhooks_on_the_moderation_page,
    r16_moderation_bans_and_appeals_are_sent,
    r16_only_a_sites_admins_manage_its_webhooks,
    r16_queued_messages_survive_and_two_instances_send_each_once
);

/// A loopback endpoint that answers 500 to its first `failures` requests, then 200, and
/// hands over what it accepted.
struct Receiver {
    url: String,
    accepted: mpsc::UnboundedReceiver<(HeaderMap, String)>,
    requests: Arc<AtomicUsize>,
}

async fn receiver(failures: usize) -> Receiver {
    let (tx, accepted) = mpsc::unbounded_channel();
    let requests = Arc::new(AtomicUsize::new(0));
    let seen = requests.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let (tx, seen) = (tx.clone(), seen.clone());
            async move {
                if seen.fetch_add(1, Ordering::SeqCst) < failures {
                    return AxumStatus::INTERNAL_SERVER_ERROR;
                }
                let _ = tx.send((headers, body));
                AxumStatus::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    Receiver {
        url,
        accepted,
        requests,
    }
}

impl Receiver {
    /// The next accepted message, checked against `secret` by the reference library.
    async fn next(&mut self, secret: &str) -> (String, Value) {
        let (headers, body) = tokio::time::timeout(Duration::from_secs(15), self.accepted.recv())
            .await
            .expect("a webhook within 15 s")
            .expect("receiver open");
        standardwebhooks::Webhook::new(secret)
            .expect("a whsec_ secret")
            .verify(body.as_bytes(), &headers)
            .expect("the signature verifies");
        let id = headers["webhook-id"].to_str().expect("id").to_owned();
        (id, serde_json::from_str(&body).expect("JSON payload"))
    }
}

fn fast(config: &mut tribune::config::Config) {
    config.webhooks.retry_secs = vec![0, 0, 0];
    config.webhooks.poll_ms = 50;
}

async fn create(app: &TestApp, admin: &str, url: &str, events: Value) -> Value {
    let response = app
        .send(
            Method::POST,
            "/api/v1/admin/webhooks",
            &json!({"site": "news", "url": url, "events": events}),
            admin,
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.expect("json")
}

async fn r16_webhooks_are_signed_retried_and_logged(engine: Engine) {
    let app = spawn_app_with(engine, fast).await;
    let (admin, _) = app.staff("chief@example.org", "admin").await;
    let mut hook_end = receiver(2).await;
    let hook = create(
        &app,
        &admin,
        &hook_end.url,
        json!(["comment.created", "comment.held"]),
    )
    .await;
    let secret = hook["secret"].as_str().expect("secret").to_owned();
    assert!(secret.starts_with("whsec_"));
    let id = hook["id"].as_i64().expect("id");

    // Refused twice by the receiver, delivered at the third attempt, signed.
    app.comment_ok("Hello, hooks.", None, None).await;
    let (msg, created) = hook_end.next(&secret).await;
    assert_eq!(created["type"], "comment.created");
    assert_eq!(created["version"], 1);
    assert_eq!(created["site"], "news");
    assert!(created["data"]["comment"]["html"]
        .as_str()
        .expect("html")
        .contains("Hello, hooks."));
    assert_eq!(hook_end.requests.load(Ordering::SeqCst), 3);
    // The attempt is recorded once its round is done, just after the receiver answered.
    let path = format!("/api/v1/admin/webhooks/{id}/deliveries");
    crate::browser::eventually("the delivery recorded", || async {
        app.get_json(&path, &admin).await["deliveries"][0]["status"] == "delivered"
    })
    .await;
    let log = app.get_json(&path, &admin).await;
    let first = &log["deliveries"][0];
    assert_eq!(first["msg_id"].as_str(), Some(msg.as_str()));
    assert_eq!(
        (first["attempts"].clone(), first["last_response"].clone()),
        (json!(3), json!(200))
    );

    // Held by the house rules: the held event carries the verdict.
    app.comment_ok("What the f*ck is this plan", None, None)
        .await;
    let (_, held) = hook_end.next(&secret).await;
    assert_eq!(held["type"], "comment.held");
    assert!(held["data"]["verdict"]["rules"].is_array(), "{held}");

    // A test event, and a replay with the same id.
    let test = app
        .send(
            Method::POST,
            &format!("/api/v1/admin/webhooks/{id}/test"),
            &json!({}),
            &admin,
        )
        .await;
    assert_eq!(test.status(), StatusCode::ACCEPTED);
    assert_eq!(hook_end.next(&secret).await.1["type"], "webhook.test");
    let replay = app
        .send(
            Method::POST,
            &format!("/api/v1/admin/webhooks/{id}/deliveries/{msg}/replay"),
            &json!({}),
            &admin,
        )
        .await;
    assert_eq!(replay.status(), StatusCode::ACCEPTED);
    assert_eq!(hook_end.next(&secret).await.0, msg);

    // A rotated secret signs from then on; events not subscribed to are not sent.
    let rotated = app
        .send(
            Method::PATCH,
            &format!("/api/v1/admin/webhooks/{id}"),
            &json!({"rotate_secret": true, "events": ["comment.created"]}),
            &admin,
        )
        .await;
    assert_eq!(rotated.status(), StatusCode::OK);
    let rotated: Value = rotated.json().await.expect("json");
    let new_secret = rotated["secret"].as_str().expect("new secret").to_owned();
    assert_ne!(new_secret, secret);
    assert_eq!(rotated["events"], json!(["comment.created"]));
    app.comment_ok("What the f*ck again", None, None).await;
    app.comment_ok("Signed anew.", None, None).await;
    let (_, again) = hook_end.next(&new_secret).await;
    assert_eq!(
        again["data"]["comment"]["html"], "<p>Signed anew.</p>\n",
        "the held one was not sent"
    );

    // Bad input names the field.
    for (body, field) in [
        (
            json!({"site": "news", "url": "ftp://x.example/", "events": ["comment.created"]}),
            "url",
        ),
        (
            json!({"site": "news", "url": hook_end.url, "events": ["comment.deleted"]}),
            "events",
        ),
        (
            json!({"site": "news", "url": hook_end.url, "events": []}),
            "events",
        ),
    ] {
        let response = app
            .send(Method::POST, "/api/v1/admin/webhooks", &body, &admin)
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        let error: Value = response.json().await.expect("json");
        let message = error["error"]["message"].as_str().expect("message");
        assert!(message.starts_with(&format!("`{field}`")), "{error}");
    }
    // Settled messages older than the cut-off leave the delivery log; newer ones stay. (The
    // held comment was not sent: it is no longer subscribed to.)
    crate::browser::eventually("every message settled", || async {
        let log = app
            .get_json(&format!("/api/v1/admin/webhooks/{id}/deliveries"), &admin)
            .await;
        log["deliveries"]
            .as_array()
            .is_some_and(|d| d.iter().all(|m| m["status"] == "delivered"))
    })
    .await;
    let settled = log_len(&app, &admin, id).await;
    let forgotten =
        tribune::webhooks::store::forget_settled(&app.db, tribune::db::now_ms() - 60_000)
            .await
            .expect("forget");
    assert_eq!((forgotten, log_len(&app, &admin, id).await), (0, settled));
    let forgotten = tribune::webhooks::store::forget_settled(&app.db, tribune::db::now_ms() + 1)
        .await
        .expect("forget");
    assert_eq!(
        (forgotten as usize, log_len(&app, &admin, id).await),
        (settled, 0)
    );

    let gone = app
        .send(
            Method::DELETE,
            &format!("/api/v1/admin/webhooks/{id}"),
            &json!({}),
            &admin,
        )
        .await;
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    let missing = app
        .send(
            Method::GET,
            &format!("/api/v1/admin/webhooks/{id}"),
            &json!({}),
            &admin,
        )
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

async fn r16_only_a_sites_admins_manage_its_webhooks(engine: Engine) {
    let app = spawn_app_with(engine, fast).await;
    let (moderator, _) = app.staff("desk@example.org", "moderator").await;
    let reader = app.signup("ana@example.org").await;
    let body =
        json!({"site": "news", "url": "https://hooks.example/in", "events": ["reader.banned"]});
    for token in [&moderator, &reader] {
        let response = app
            .send(Method::POST, "/api/v1/admin/webhooks", &body, token)
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let (admin, _) = app.staff("chief@example.org", "admin").await;
    let hook = create(
        &app,
        &admin,
        "https://hooks.example/in",
        json!(["reader.banned"]),
    )
    .await;
    let listed = app
        .get_json("/api/v1/admin/webhooks?site=news", &admin)
        .await;
    assert_eq!(listed["webhooks"][0]["id"], hook["id"]);
    assert!(
        listed["webhooks"][0].get("secret").is_none(),
        "the secret is shown once"
    );
    let peek = app
        .send(
            Method::GET,
            &format!("/api/v1/admin/webhooks/{}/deliveries", hook["id"]),
            &json!({}),
            &moderator,
        )
        .await;
    assert_eq!(peek.status(), StatusCode::FORBIDDEN);
}

async fn r16_queued_messages_survive_and_two_instances_send_each_once(engine: Engine) {
    // The first instance looks at the queue at start-up only: what it queues stays there,
    // as if it had stopped, until another instance on the same database sends it.
    let storage = fresh_storage(engine).await;
    let first = spawn_on(storage.shared(), |c| {
        fast(c);
        c.webhooks.poll_ms = 3_600_000;
    })
    .await;
    let (admin, _) = first.staff("chief@example.org", "admin").await;
    let mut hook_end = receiver(0).await;
    let hook = create(&first, &admin, &hook_end.url, json!(["comment.created"])).await;
    let secret = hook["secret"].as_str().expect("secret").to_owned();
    first
        .comment_ok("Queued while nobody sends.", None, None)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(hook_end.requests.load(Ordering::SeqCst), 0);

    let second = spawn_on(storage.shared(), fast).await;
    let third = spawn_on(storage, fast).await;
    let (_, survived) = hook_end.next(&secret).await;
    assert_eq!(
        survived["data"]["comment"]["html"],
        "<p>Queued while nobody sends.</p>\n"
    );

    // Two instances polling the same queue: each message is sent once.
    for i in 0..20 {
        let app = if i % 2 == 0 { &second } else { &third };
        app.comment_ok(&format!("Comment number {i}."), None, None)
            .await;
    }
    let mut ids = std::collections::HashSet::new();
    for _ in 0..20 {
        let (id, _) = hook_end.next(&secret).await;
        assert!(ids.insert(id), "a message was sent twice");
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        hook_end.requests.load(Ordering::SeqCst),
        21,
        "no message sent twice"
    );
}

async fn r16_moderation_bans_and_appeals_are_sent(engine: Engine) {
    let app = spawn_app_with(engine, fast).await;
    let (admin, _) = app.staff("chief@example.org", "admin").await;
    let mut hook_end = receiver(0).await;
    let events = json!([
        "comment.moderated",
        "reader.banned",
        "reader.suspended",
        "appeal.created"
    ]);
    let secret = create(&app, &admin, &hook_end.url, events).await["secret"]
        .as_str()
        .expect("secret")
        .to_owned();
    let ana = app.signup("ana@example.org").await;
    let ana_id = app.me(&ana).await["id"].as_i64().expect("id");
    let comment = app.comment_ok("A sharp remark.", None, Some(&ana)).await;
    let refused = app
        .moderate(
            &admin,
            comment["id"].as_i64().expect("id"),
            "refuse",
            "Off topic",
        )
        .await;
    assert_eq!(refused.status(), StatusCode::OK);
    let (_, moderated) = hook_end.next(&secret).await;
    assert_eq!(moderated["type"], "comment.moderated");
    assert_eq!(
        (
            moderated["data"]["action"].clone(),
            moderated["data"]["reason"].clone()
        ),
        (json!("refuse"), json!("Off topic"))
    );
    assert_eq!(moderated["data"]["comment"]["status"], "rejected");

    app.ban(
        &admin,
        json!({"site": "news", "target": {"reader_id": ana_id}, "kind": "suspend",
               "until": "2099-01-01T00:00:00Z", "reason": "Cool down"}),
    )
    .await;
    let (_, suspended) = hook_end.next(&secret).await;
    assert_eq!(suspended["type"], "reader.suspended");
    assert_eq!(suspended["data"]["reader_id"], ana_id);
    let appeal = app
        .send(
            Method::POST,
            "/api/v1/appeals",
            &json!({"site": "news", "message": "It was a joke."}),
            &ana,
        )
        .await;
    assert_eq!(appeal.status(), StatusCode::CREATED);
    let (_, appealed) = hook_end.next(&secret).await;
    assert_eq!(appealed["type"], "appeal.created");
    assert_eq!(appealed["data"]["message"], "It was a joke.");

    let bob = app.signup("bob@example.org").await;
    let bob_id = app.me(&bob).await["id"].as_i64().expect("id");
    app.ban(
        &admin,
        json!({"site": "news", "target": {"reader_id": bob_id}, "kind": "ban", "reason": "Spam"}),
    )
    .await;
    let (_, banned) = hook_end.next(&secret).await;
    assert_eq!(
        (banned["type"].clone(), banned["data"]["kind"].clone()),
        (json!("reader.banned"), json!("ban"))
    );
}

async fn r16_admins_manage_webhooks_on_the_moderation_page(engine: Engine) {
    let app = spawn_app_with(engine, fast).await;
    let (token, csrf) = app.page_staff("chief@example.org", "admin").await;
    let cookie = format!("tribune_session={token}");
    let page = |path: &'static str| {
        let (app, cookie) = (&app, cookie.clone());
        async move {
            let response = app
                .client
                .get(app.url(path))
                .header("cookie", cookie)
                .send()
                .await
                .expect("page");
            assert_eq!(response.status(), StatusCode::OK);
            response.text().await.expect("html")
        }
    };
    assert!(page("/mod/webhooks?site=news")
        .await
        .contains("No webhooks yet."));

    let mut hook_end = receiver(0).await;
    let added = app
        .client
        .post(app.url("/mod/webhooks"))
        .header("cookie", &cookie)
        .form(&[
            ("csrf", csrf.as_str()),
            ("site", "news"),
            ("url", hook_end.url.as_str()),
            ("events", "comment.created"),
            ("events", "comment.held"),
        ])
        .send()
        .await
        .expect("add");
    assert_eq!(
        added.status(),
        StatusCode::OK,
        "the page itself, not a redirect with the secret"
    );
    let html = added.text().await.expect("html");
    let secret: String = html
        .split("whsec_")
        .nth(1)
        .expect("the secret is shown")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "+/=".contains(*c))
        .collect();
    let secret = format!("whsec_{secret}");
    app.comment_ok("Seen by the newsroom.", None, None).await;
    let (msg, _) = hook_end.next(&secret).await;
    crate::browser::eventually("the delivery on the page", || async {
        let html = page("/mod/webhooks?site=news").await;
        html.contains(&msg) && html.contains("delivered")
    })
    .await;
}

async fn r16_a_moderation_hook_rules_before_publication(engine: Engine) {
    let app = spawn_app_with(engine, |c| {
        fast(c);
        c.webhooks.hook_timeout_ms = 500;
    })
    .await;
    let (admin, _) = app.staff("chief@example.org", "admin").await;
    // The newsroom's service: it checks Tribune's signature with the reference library,
    // then rules by what the comment says.
    let secret = Arc::new(std::sync::Mutex::new(String::new()));
    let key = secret.clone();
    let service = axum::Router::new().route(
        "/moderate",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let key = key.lock().expect("lock").clone();
            async move {
                standardwebhooks::Webhook::new(&key)
                    .expect("secret")
                    .verify(body.as_bytes(), &headers)
                    .expect("Tribune's question is signed");
                let question: Value = serde_json::from_str(&body).expect("json");
                assert_eq!(question["type"], "comment.moderate");
                let text = question["data"]["comment"]["body"]
                    .as_str()
                    .unwrap_or("")
                    .to_owned();
                if text.contains("slow") {
                    tokio::time::sleep(Duration::from_secs(3)).await;
                }
                let decision = if text.contains("hold me") {
                    "hold"
                } else if text.contains("refuse me") {
                    "refuse"
                } else {
                    "allow"
                };
                axum::Json(json!({"decision": decision, "reason": "newsroom policy 4.2"}))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/moderate", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, service).await });

    let set = app
        .send(
            Method::PUT,
            "/api/v1/admin/moderation-hook",
            &json!({"site": "news", "url": url}),
            &admin,
        )
        .await;
    assert_eq!(set.status(), StatusCode::OK);
    let set: Value = set.json().await.expect("json");
    *secret.lock().expect("lock") = set["secret"].as_str().expect("secret").to_owned();

    assert_eq!(
        app.comment_ok("A calm remark.", None, None).await["status"],
        "visible"
    );
    // The service allows what the house rules would hold...
    assert_eq!(
        app.comment_ok("What the f*ck is this plan", None, None)
            .await["status"],
        "visible"
    );
    // ...holds and refuses by its own policy...
    assert_eq!(
        app.comment_ok("Please hold me for review.", None, None)
            .await["status"],
        "pending"
    );
    let refused = app.post_comment("Please refuse me.", None, None).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = refused.json().await.expect("json");
    assert!(refused["error"]["message"]
        .as_str()
        .expect("message")
        .contains("newsroom policy 4.2"));
    // ...and a service too slow to answer leaves the house rules' verdict in place.
    let started = std::time::Instant::now();
    assert_eq!(
        app.comment_ok("A slow one to judge.", None, None).await["status"],
        "visible"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the author waited for the timeout only"
    );
    assert_eq!(
        app.comment_ok("What the f*ck, slow edition", None, None)
            .await["status"],
        "pending"
    );

    let removed = app
        .send(
            Method::DELETE,
            "/api/v1/admin/moderation-hook?site=news",
            &json!({}),
            &admin,
        )
        .await;
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.comment_ok("Please refuse me.", None, None).await["status"],
        "visible"
    );
}

async fn log_len(app: &TestApp, admin: &str, id: i64) -> usize {
    app.get_json(&format!("/api/v1/admin/webhooks/{id}/deliveries"), admin)
        .await["deliveries"]
        .as_array()
        .expect("deliveries")
        .len()
}
