//! The screening of new comments: ban evasion held and linked, the pre-moderation modes (#5).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine, PAGE};

both_engines!(ban_evasion_is_held_and_linked, pre_moderation_modes,);

async fn ban_evasion_is_held_and_linked(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let banned = app.signup("ana.ruiz@gmail.com").await;
    let banned_id = app.me(&banned).await["id"].as_i64().expect("id");
    let device = "0f6c1e4a-1b7d-4e0b-9f3a-5d2c8b7a6e10";
    let posted = app
        .client
        .post(app.url("/api/v1/comments"))
        .bearer_auth(&banned)
        .header("x-tribune-device", device)
        .json(&json!({"site": "news", "url": PAGE, "body": "Before the ban."}))
        .send()
        .await
        .expect("post");
    assert_eq!(posted.status(), StatusCode::CREATED);
    app.ban(&desk, json!({"site": "news", "target": {"reader_id": banned_id}, "kind": "ban", "reason": "Abuse"})).await;

    // A new account in the same browser: held, linked to the banned reader.
    let sock = app.signup("fresh@example.org").await;
    let held = app
        .client
        .post(app.url("/api/v1/comments"))
        .bearer_auth(&sock)
        .header("x-tribune-device", device)
        .json(&json!({"site": "news", "url": PAGE, "body": "Hello again, nobody knows me."}))
        .send()
        .await
        .expect("post");
    assert_eq!(held.status(), StatusCode::CREATED);
    let held: Value = held.json().await.expect("json");
    assert_eq!(held["status"], "pending");
    // A new account whose email normalizes to the banned one (and, on loopback, the same
    // address): held too.
    let alias = app.signup("Ana.Ruiz+again@gmail.com").await;
    let alias_comment = app
        .comment_ok("Totally new here.", None, Some(&alias))
        .await;
    assert_eq!(alias_comment["status"], "pending");
    // Anonymous from the banned reader's address: held.
    let anonymous = app.comment_ok("Just passing by.", None, None).await;
    assert_eq!(anonymous["status"], "pending");

    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    let items = queue["items"].as_array().expect("items");
    assert_eq!(items.len(), 3);
    for item in items {
        assert_eq!(item["evasion_of"], banned_id, "{item}");
        assert!(item["reason"]
            .as_str()
            .is_some_and(|r| r.starts_with("possible ban evasion")));
    }
    let by_device = items
        .iter()
        .find(|i| i["comment"]["id"] == held["id"])
        .expect("device item");
    assert!(by_device["reason"]
        .as_str()
        .is_some_and(|r| r.contains("same browser")));
    assert!(app.thread("", None).await["count"] == 1);
}

async fn pre_moderation_modes(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "admin").await;
    let set = |settings: Value| {
        let app = &app;
        let desk = desk.clone();
        async move {
            ok_json(
                app.send(
                    Method::PUT,
                    "/api/v1/mod/sites/news/premod",
                    &settings,
                    &desk,
                )
                .await,
            )
            .await
        }
    };
    let reader = app.signup("reader@example.org").await;
    let reader_id = app.me(&reader).await["id"].as_i64().expect("id");

    set(json!({"all": true, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3})).await;
    let c = app
        .comment_ok("Everything waits.", None, Some(&reader))
        .await;
    assert_eq!(c["status"], "pending");
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    assert_eq!(
        queue["items"][0]["reason"],
        "pre-moderation: every comment on this site"
    );
    ok_json(
        app.moderate(&desk, c["id"].as_i64().expect("id"), "approve", "ok")
            .await,
    )
    .await;

    set(json!({"all": false, "new_readers": 2, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3})).await;
    let c = app
        .comment_ok("Second comment of mine.", None, Some(&reader))
        .await;
    assert_eq!(c["status"], "pending", "one approved comment of two");
    ok_json(
        app.moderate(&desk, c["id"].as_i64().expect("id"), "approve", "ok")
            .await,
    )
    .await;
    let c = app
        .comment_ok("Now I am trusted.", None, Some(&reader))
        .await;
    assert_eq!(c["status"], "visible");

    set(json!({"all": false, "new_readers": 0, "refusal_rate": 0.0, "links": true, "reports_to_hold": 3})).await;
    let c = app
        .comment_ok("See [this](https://example.org/x).", None, Some(&reader))
        .await;
    assert_eq!(c["status"], "pending");
    let c = app.comment_ok("No links here.", None, Some(&reader)).await;
    assert_eq!(c["status"], "visible");

    set(json!({"all": false, "new_readers": 0, "refusal_rate": 0.3, "links": false, "reports_to_hold": 3})).await;
    let hothead = app.signup("hothead@example.org").await;
    app.comment_ok("One calm remark.", None, Some(&hothead))
        .await;
    for _ in 0..2 {
        app.post_comment("f u c k this", None, Some(&hothead)).await;
    }
    let c = app.comment_ok("Calm again.", None, Some(&hothead)).await;
    assert_eq!(c["status"], "pending", "2 of 3 refused in 7 days");
    set(json!({"all": false, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3})).await;

    // One reader on pre-moderation, and off it again.
    let body = json!({"site": "news", "on": true, "reason": "Heated lately"});
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/readers/{reader_id}/premod"),
            &body,
            &desk,
        )
        .await,
    )
    .await;
    assert_eq!(
        app.comment_ok("Am I held?", None, Some(&reader)).await["status"],
        "pending"
    );
    let body = json!({"site": "news", "on": false, "reason": "Calmer"});
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/readers/{reader_id}/premod"),
            &body,
            &desk,
        )
        .await,
    )
    .await;
    assert_eq!(
        app.comment_ok("And now?", None, Some(&reader)).await["status"],
        "visible"
    );

    // Only admins change the settings; values are checked.
    let (plain, _) = app.staff("plain@example.org", "moderator").await;
    let response = app.send(Method::PUT, "/api/v1/mod/sites/news/premod",
        &json!({"all": true, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3}), &plain).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    let response = app.send(Method::PUT, "/api/v1/mod/sites/news/premod",
        &json!({"all": false, "new_readers": 0, "refusal_rate": 2.0, "links": false, "reports_to_hold": 3}), &desk).await;
    assert_error(response, StatusCode::BAD_REQUEST, "invalid_field").await;
}
