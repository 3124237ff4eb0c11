//! Appeals reach the moderators and can lift a ban (#5).

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine};

both_engines!(appeals_reach_moderators_and_lift_bans,);

async fn appeals_reach_moderators_and_lift_bans(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let reader = app.signup("reader@example.org").await;
    let reader_id = app.me(&reader).await["id"].as_i64().expect("id");
    let appeal = json!({"site": "news", "message": "I was quoting someone else."});
    let none = app
        .post_json("/api/v1/appeals", &appeal, Some(&reader))
        .await;
    assert_error(none, StatusCode::NOT_FOUND, "not_found").await;
    let the_ban = app.ban(&desk, json!({"site": "news", "target": {"reader_id": reader_id}, "kind": "ban", "reason": "Abuse"})).await;
    let filed = app
        .post_json("/api/v1/appeals", &appeal, Some(&reader))
        .await;
    assert_eq!(filed.status(), StatusCode::CREATED);
    let twice = app
        .post_json("/api/v1/appeals", &appeal, Some(&reader))
        .await;
    assert_error(twice, StatusCode::CONFLICT, "conflict").await;
    let open = app.get_json("/api/v1/mod/appeals?site=news", &desk).await;
    assert_eq!(open["appeals"][0]["message"], "I was quoting someone else.");
    assert_eq!(open["appeals"][0]["ban_id"], the_ban["id"]);
    let id = open["appeals"][0]["id"].as_i64().expect("id");
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/appeals/{id}"),
            &json!({"accept": true, "reason": "Fair point: it was a quote"}),
            &desk,
        )
        .await,
    )
    .await;
    app.comment_ok("Thank you.", None, Some(&reader)).await;
    assert_eq!(
        app.get_json("/api/v1/mod/appeals?site=news", &desk).await["appeals"],
        json!([])
    );
    let log = app
        .get_json("/api/v1/mod/log?site=news&action=appeal_accepted", &desk)
        .await;
    assert_eq!(log["entries"][0]["target"], format!("reader:{reader_id}"));
}
