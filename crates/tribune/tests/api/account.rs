//! A reader's own data (#15): everything Tribune holds about them as a download, and deleting
//! the account with either choice for their comments.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine};

both_engines!(
    readers_download_their_data,
    a_deleted_account_leaves_placeholders_or_a_name,
);

async fn readers_download_their_data(engine: Engine) {
    let app = spawn_app(engine).await;
    let ana = app.signup("ana@example.org").await;
    let bo = app.signup("bo@example.org").await;
    let mine = app
        .comment_ok("My first words here.", None, Some(&ana))
        .await;
    let theirs = app
        .comment_ok("Another reader's view.", None, Some(&bo))
        .await;
    let id = |c: &Value| c["id"].as_i64().expect("id");
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/comments/{}/vote", id(&theirs)),
            &json!({"value": 1}),
            &ana,
        )
        .await,
    )
    .await;
    let report = app
        .send(
            Method::POST,
            &format!("/api/v1/comments/{}/report", id(&theirs)),
            &json!({"reason": "off topic"}),
            &ana,
        )
        .await;
    assert_eq!(report.status(), StatusCode::CREATED);

    let response = app
        .send(Method::GET, "/api/v1/me/export", &json!({}), &ana)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .expect("header")
        .starts_with("attachment"));
    let data: Value = response.json().await.expect("json");
    assert_eq!(data["format"], "tribune-me/1");
    assert_eq!(data["profile"]["email"], "ana@example.org");
    assert_eq!(data["comments"][0]["id"], mine["id"]);
    assert_eq!(data["comments"][0]["body"], "My first words here.");
    assert_eq!(data["votes"][0]["comment_id"], theirs["id"]);
    assert_eq!(data["reports"][0]["reason"], "off topic");
    assert!(!data["sessions"].as_array().expect("sessions").is_empty());
    assert!(
        !data.to_string().contains("bo@example.org"),
        "nobody else's data"
    );
    let anonymous = app.get("/api/v1/me/export").await;
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized").await;
}

async fn a_deleted_account_leaves_placeholders_or_a_name(engine: Engine) {
    let app = spawn_app(engine).await;
    let ana = app.signup("ana@example.org").await;
    let bo = app.signup("bo@example.org").await;
    let cy = app.signup("cy@example.org").await;
    let mine = app.comment_ok("Ana's comment.", None, Some(&ana)).await;
    let reply = app
        .comment_ok("Bo answers Ana.", mine["id"].as_i64(), Some(&bo))
        .await;
    let theirs = app.comment_ok("Cy's comment.", None, Some(&cy)).await;
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/comments/{}/vote", theirs["id"]),
            &json!({"value": 1}),
            &ana,
        )
        .await,
    )
    .await;

    let unconfirmed = app
        .send(
            Method::DELETE,
            "/api/v1/me",
            &json!({"confirm": "yes", "comments": "remove"}),
            &ana,
        )
        .await;
    assert_error(unconfirmed, StatusCode::BAD_REQUEST, "invalid_field").await;
    let deleted = ok_json(
        app.send(
            Method::DELETE,
            "/api/v1/me",
            &json!({"confirm": "delete my account", "comments": "remove"}),
            &ana,
        )
        .await,
    )
    .await;
    assert_eq!(deleted["comments"], "removed");
    let gone = app.send(Method::GET, "/api/v1/me", &json!({}), &ana).await;
    assert_error(gone, StatusCode::UNAUTHORIZED, "unauthorized").await;

    let thread = app.thread("", None).await;
    let comments = thread["comments"].as_array().expect("comments");
    let by_id = |id: &Value| {
        comments
            .iter()
            .find(|c| c["id"] == *id)
            .expect("in thread")
            .clone()
    };
    let placeholder = by_id(&mine["id"]);
    assert_eq!(placeholder["status"], "deleted");
    assert_eq!(placeholder["html"], "");
    assert_eq!(
        by_id(&reply["id"])["parent_id"],
        mine["id"],
        "the reply keeps its place"
    );
    assert_eq!(
        by_id(&theirs["id"])["upvotes"],
        0,
        "the vote went with the account"
    );
    assert!(!thread.to_string().contains("Ana's comment."));

    // The email is free again, and signs nobody into the old account.
    let wrong = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"email": "ana@example.org", "password": "correct horse battery"}),
            None,
        )
        .await;
    assert_error(wrong, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let again = app.signup("ana@example.org").await;
    assert_ne!(app.me(&again).await["id"], deleted["deleted"]);

    // Keeping the comments: still there, under "deleted account".
    ok_json(
        app.send(
            Method::DELETE,
            "/api/v1/me",
            &json!({"confirm": "delete my account", "comments": "keep"}),
            &cy,
        )
        .await,
    )
    .await;
    let thread = app.thread("", None).await;
    let kept = thread["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .find(|c| c["id"] == theirs["id"])
        .expect("kept")
        .clone();
    assert_eq!(kept["author"]["name"], "deleted account");
    assert_eq!(kept["status"], "visible");
    assert!(
        thread.to_string().contains("Cy&#39;s comment.")
            || thread.to_string().contains("Cy's comment.")
    );
}
