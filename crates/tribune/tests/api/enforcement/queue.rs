//! The queue's decisions on comments and their undo (#5).

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::both_engines;
use crate::helpers::{assert_error, comment_ids, ok_json, spawn_app, Engine, PAGE};

both_engines!(comment_actions_and_their_undo,);

async fn comment_actions_and_their_undo(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, desk_id) = app.staff("desk@example.org", "moderator").await;
    let author = app.signup("author@example.org").await;

    // A masked F word is held by the house rules: it waits in the queue with its verdict.
    let held = app
        .comment_ok("What the f*ck is this plan", None, Some(&author))
        .await;
    let id = held["id"].as_i64().expect("id");
    assert_eq!(held["status"], "pending");
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    let item = &queue["items"][0];
    assert_eq!(item["comment"]["id"], id);
    let rule = item["verdict"]["rules"][0]["id"].as_str().expect("rule");
    assert!(rule.starts_with("fword"), "{rule}");
    assert_eq!(item["reason"], format!("house rules: {rule}"));
    assert_eq!(item["verdict"]["rules"][0]["spans"][0], json!([9, 13]));
    assert_eq!(item["history"]["pending"], 1);
    assert_eq!(item["url"], PAGE);

    // Every action needs a reason.
    assert_error(
        app.moderate(&desk, id, "approve", "  ").await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
    assert_error(
        app.moderate(&desk, id, "obliterate", "x").await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    ok_json(
        app.moderate(&desk, id, "approve", "masked, and fair comment")
            .await,
    )
    .await;
    let public = app.thread("", None).await;
    assert_eq!(
        (comment_ids(&public), public["count"].clone()),
        (vec![id], json!(1))
    );
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    assert_eq!(
        queue["items"],
        json!([]),
        "an approved comment leaves the queue"
    );

    // Refuse: gone for readers, the author sees why; approve undoes it.
    let refused = ok_json(
        app.moderate(&desk, id, "refuse", "Personal attack on another reader")
            .await,
    )
    .await;
    assert_eq!(refused["status"], "rejected");
    let public = app.thread("", None).await;
    assert_eq!(
        (comment_ids(&public).len(), public["count"].clone()),
        (0, json!(0))
    );
    let own = app.thread("", Some(&author)).await;
    assert_eq!(own["comments"][0]["status"], "rejected");
    assert_eq!(
        own["comments"][0]["refusal_reason"],
        "Personal attack on another reader"
    );
    ok_json(
        app.moderate(&desk, id, "approve", "on reflection, fine")
            .await,
    )
    .await;
    assert_eq!(app.thread("", None).await["count"], 1);

    // Delete leaves a placeholder; restore undoes a moderator's deletion only.
    let deleted = ok_json(app.moderate(&desk, id, "delete", "spam").await).await;
    assert_eq!(deleted["status"], "deleted");
    assert_eq!(app.thread("", None).await["count"], 0);
    ok_json(
        app.moderate(&desk, id, "restore", "not spam after all")
            .await,
    )
    .await;
    assert_eq!(app.thread("", None).await["count"], 1);
    let own_delete = app
        .comment_ok("I will delete this myself.", None, Some(&author))
        .await;
    let own_id = own_delete["id"].as_i64().expect("id");
    let response = app
        .client
        .delete(app.url(&format!("/api/v1/comments/{own_id}")))
        .bearer_auth(&author)
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status(), StatusCode::OK);
    assert_error(
        app.moderate(&desk, own_id, "restore", "x").await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;

    // Bulk: each comment on its own, failures listed.
    let a = app.comment_ok("First of a pile.", None, None).await["id"]
        .as_i64()
        .expect("id");
    let b = app.comment_ok("Second of a pile.", None, None).await["id"]
        .as_i64()
        .expect("id");
    let bulk = ok_json(
        app.send(Method::POST, "/api/v1/mod/bulk",
            &json!({"site": "news", "action": "refuse", "ids": [a, b, own_id], "reason": "pile-on"}), &desk).await,
    )
    .await;
    assert_eq!(bulk["done"], json!([a, b]));
    assert_eq!(bulk["failed"][0]["id"], own_id);

    // Each action is in the log, by whom and why.
    let (actions, log) = app.log_actions(&desk).await;
    assert_eq!(
        actions,
        ["refuse", "refuse", "restore", "delete", "approve", "refuse", "approve"]
    );
    assert_eq!(log["entries"][2]["actor"]["id"], desk_id);
    assert_eq!(log["entries"][2]["reason"], "not spam after all");
    assert_eq!(log["entries"][2]["target"], format!("comment:{id}"));
}
