//! The moderation log: filters and the JSON-lines export (#5).

use reqwest::StatusCode;
use serde_json::Value;

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine};

both_engines!(the_log_filters_and_exports,);

async fn the_log_filters_and_exports(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, desk_id) = app.staff("desk@example.org", "moderator").await;
    let held = app.comment_ok("What the f*ck", None, None).await["id"]
        .as_i64()
        .expect("id");
    ok_json(app.moderate(&desk, held, "approve", "fine").await).await;
    ok_json(
        app.moderate(&desk, held, "delete", "on second thought")
            .await,
    )
    .await;
    // The system's own actions (strikes) are in the log too.
    for _ in 0..3 {
        app.post_comment("f u c k you all", None, None).await;
    }
    let approvals = app
        .get_json("/api/v1/mod/log?site=news&action=approve", &desk)
        .await;
    assert_eq!(approvals["entries"].as_array().map(Vec::len), Some(1));
    let mine = app
        .get_json(&format!("/api/v1/mod/log?site=news&actor={desk_id}"), &desk)
        .await;
    assert_eq!(mine["entries"].as_array().map(Vec::len), Some(2));
    let system = app
        .get_json("/api/v1/mod/log?site=news&actor=0", &desk)
        .await;
    assert_eq!(system["entries"][0]["action"], "suspend");
    assert_eq!(system["entries"][0]["actor"], Value::Null);
    let export = app
        .client
        .get(app.url("/api/v1/mod/log?site=news&format=jsonl"))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("export");
    assert_eq!(
        export
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/x-ndjson")
    );
    let lines: Vec<Value> = export
        .text()
        .await
        .expect("text")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["action"], "approve");
    let bad = app
        .client
        .get(app.url("/api/v1/mod/log?site=news&limit=0"))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("req");
    assert_error(bad, StatusCode::BAD_REQUEST, "invalid_field").await;
}
