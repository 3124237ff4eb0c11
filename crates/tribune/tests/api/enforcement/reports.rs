//! Readers' reports hold a comment; reporters are visible to moderators (#5).

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine};

both_engines!(reports_hold_a_comment_and_reporters_are_visible,);

async fn reports_hold_a_comment_and_reporters_are_visible(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "admin").await;
    let settings = app.send(Method::PUT, "/api/v1/mod/sites/news/premod",
        &json!({"all": false, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 2}), &desk).await;
    assert_eq!(settings.status(), StatusCode::OK);
    let author = app.signup("author@example.org").await;
    let comment = app
        .comment_ok("An opinion some dislike.", None, Some(&author))
        .await;
    let id = comment["id"].as_i64().expect("id");
    let report = |token: String, reason: &'static str| {
        let app = &app;
        async move {
            app.send(
                Method::POST,
                &format!("/api/v1/comments/{id}/report"),
                &json!({"reason": reason}),
                &token,
            )
            .await
        }
    };
    assert_error(
        report(author.clone(), "me").await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let first = app.signup("first@example.org").await;
    assert_eq!(
        report(first.clone(), "Off topic").await.status(),
        StatusCode::CREATED
    );
    assert_error(
        report(first.clone(), "again").await,
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    // One report: still visible, already in the queue.
    assert_eq!(app.thread("", None).await["count"], 1);
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    assert_eq!(queue["items"][0]["reports"][0]["reason"], "Off topic");
    let second = app.signup("second@example.org").await;
    assert_eq!(report(second, "Rude").await.status(), StatusCode::CREATED);
    // Two reports: held for review.
    assert_eq!(app.thread("", None).await["count"], 0);
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    let item = &queue["items"][0];
    assert_eq!(item["comment"]["status"], "pending");
    assert_eq!(item["reason"], "2 reader reports");
    assert_eq!(item["reports"].as_array().map(Vec::len), Some(2));
    // The moderator keeps it: the reports are dismissed, which shows on the reporters' record.
    ok_json(app.moderate(&desk, id, "approve", "Robust but fair").await).await;
    assert_eq!(app.thread("", None).await["count"], 1);
    let another = app.comment_ok("Something else.", None, Some(&author)).await;
    app.send(
        Method::POST,
        &format!("/api/v1/comments/{}/report", another["id"]),
        &json!({"reason": "I dislike it"}),
        &first,
    )
    .await;
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    let reporter = &queue["items"][0]["reports"][0]["reporter"];
    assert_eq!(
        (
            reporter["reports_total"].clone(),
            reporter["reports_dismissed"].clone()
        ),
        (json!(2), json!(1))
    );
    // Reports need a reason and a signed-in reader.
    assert_error(
        report(first, "").await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
    let anonymous = app
        .post_json(
            &format!("/api/v1/comments/{id}/report"),
            &json!({"reason": "x"}),
            None,
        )
        .await;
    assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized").await;
}
