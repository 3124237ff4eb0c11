//! Readers' records, warnings, search, and the team's roles (#5).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, Engine};

both_engines!(
    reader_records_warnings_and_search,
    admins_manage_the_team_and_readers_see_warnings,
    r17_moderators_see_their_sites_readers_and_admins_their_emails,
);

async fn reader_records_warnings_and_search(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let reader = app.signup("loud@example.org").await;
    let reader_id = app.me(&reader).await["id"].as_i64().expect("id");
    app.comment_ok("Tariffs are a tax on consumers.", None, Some(&reader))
        .await;
    app.post_comment("f u c k tariffs", None, Some(&reader))
        .await;

    let warned = ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/readers/{reader_id}/warn"),
            &json!({"site": "news", "reason": "Mind the language"}),
            &desk,
        )
        .await,
    )
    .await;
    let record = app
        .get_json(&format!("/api/v1/mod/readers/{reader_id}?site=news"), &desk)
        .await;
    assert_eq!(record["history"]["visible"], 1);
    assert_eq!(record["history"]["strikes"], 1);
    assert_eq!(record["history"]["warnings"], 1);
    assert_eq!(record["warnings"][0]["reason"], "Mind the language");
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/readers/{reader_id}/unwarn"),
            &json!({"site": "news", "reason": "Wrong reader", "warning_id": warned["warning_id"]}),
            &desk,
        )
        .await,
    )
    .await;
    let record = app
        .get_json(&format!("/api/v1/mod/readers/{reader_id}?site=news"), &desk)
        .await;
    assert_eq!(record["warnings"], json!([]));
    let missing = app
        .client
        .get(app.url("/api/v1/mod/readers/9999?site=news"))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("req");
    assert_error(missing, StatusCode::NOT_FOUND, "not_found").await;

    let found = app
        .get_json("/api/v1/mod/search?site=news&q=TARIFFS", &desk)
        .await;
    assert_eq!(found["comments"].as_array().map(Vec::len), Some(1));
    let found = app
        .get_json("/api/v1/mod/search?site=news&q=loud", &desk)
        .await;
    assert_eq!(found["readers"][0]["id"], reader_id);
    let short = app
        .client
        .get(app.url("/api/v1/mod/search?site=news&q=a"))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("req");
    assert_error(short, StatusCode::BAD_REQUEST, "invalid_field").await;
}

async fn admins_manage_the_team_and_readers_see_warnings(engine: Engine) {
    let app = spawn_app(engine).await;
    let (admin, _) = app.staff("admin@example.org", "admin").await;
    let (plain, _) = app.staff("plain@example.org", "moderator").await;
    let newcomer = app.signup("newcomer@example.org").await;
    let newcomer_id = app.me(&newcomer).await["id"].as_i64().expect("id");

    let roles = |email: &str, role: Value| json!({"email": email, "role": role});
    let response = app
        .send(
            Method::PUT,
            "/api/v1/mod/sites/news/roles",
            &roles("newcomer@example.org", json!("moderator")),
            &plain,
        )
        .await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    ok_json(
        app.send(
            Method::PUT,
            "/api/v1/mod/sites/news/roles",
            &roles("newcomer@example.org", json!("moderator")),
            &admin,
        )
        .await,
    )
    .await;
    let team = app
        .get_json("/api/v1/mod/sites/news/roles", &newcomer)
        .await;
    assert_eq!(team.as_array().map(Vec::len), Some(3));
    ok_json(
        app.send(
            Method::PUT,
            "/api/v1/mod/sites/news/roles",
            &roles("newcomer@example.org", Value::Null),
            &admin,
        )
        .await,
    )
    .await;
    let gone = app
        .client
        .get(app.url("/api/v1/mod/queue?site=news"))
        .bearer_auth(&newcomer)
        .send()
        .await
        .expect("req");
    assert_error(gone, StatusCode::FORBIDDEN, "forbidden").await;
    for (body, status, code) in [
        (
            roles("nobody@example.org", json!("moderator")),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            roles("newcomer@example.org", json!("owner")),
            StatusCode::BAD_REQUEST,
            "invalid_field",
        ),
        (
            roles("admin@example.org", Value::Null),
            StatusCode::FORBIDDEN,
            "forbidden",
        ),
    ] {
        let response = app
            .send(Method::PUT, "/api/v1/mod/sites/news/roles", &body, &admin)
            .await;
        assert_error(response, status, code).await;
    }

    // A warning reaches the reader it is for.
    ok_json(
        app.send(
            Method::POST,
            &format!("/api/v1/mod/readers/{newcomer_id}/warn"),
            &json!({"site": "news", "reason": "Keep it civil"}),
            &admin,
        )
        .await,
    )
    .await;
    let notices = app.get_json("/api/v1/notices?site=news", &newcomer).await;
    assert_eq!(notices["warnings"][0]["reason"], "Keep it civil");
    let others = app.get_json("/api/v1/notices?site=news", &plain).await;
    assert_eq!(others["warnings"], json!([]));
    let log = app
        .get_json("/api/v1/mod/log?site=news&action=role", &admin)
        .await;
    assert_eq!(log["entries"].as_array().map(Vec::len), Some(2));
}

/// #17: `GET /api/v1/mod/readers/{id}?site=S` answered for any reader id, email included, to
/// any moderator of S. A moderator sees only readers active on their site, and emails are for
/// the site's admins: the record, search and the team alike.
async fn r17_moderators_see_their_sites_readers_and_admins_their_emails(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let (chief, _) = app.staff("chief@example.org", "admin").await;
    let stranger = app.signup("stranger@example.org").await;
    let stranger_id = app.me(&stranger).await["id"].as_i64().expect("id");
    let regular = app.signup("regular@example.org").await;
    let regular_id = app.me(&regular).await["id"].as_i64().expect("id");
    app.comment_ok("Regular here.", None, Some(&regular)).await;

    for token in [&desk, &chief] {
        let response = app
            .send(
                Method::GET,
                &format!("/api/v1/mod/readers/{stranger_id}?site=news"),
                &json!({}),
                token,
            )
            .await;
        let body = assert_error(response, StatusCode::NOT_FOUND, "not_found").await;
        assert!(!body.to_string().contains("stranger@"), "{body}");
    }
    let record = format!("/api/v1/mod/readers/{regular_id}?site=news");
    assert_eq!(app.get_json(&record, &desk).await["email"], Value::Null);
    assert_eq!(
        app.get_json(&record, &chief).await["email"],
        "regular@example.org"
    );

    let search = "/api/v1/mod/search?site=news&q=regular";
    let found = app.get_json(search, &desk).await;
    assert_eq!(found["readers"][0]["id"], regular_id, "{found}");
    assert_eq!(found["readers"][0]["email"], Value::Null, "{found}");
    assert_eq!(
        app.get_json(search, &chief).await["readers"][0]["email"],
        "regular@example.org"
    );

    let team = app.get_json("/api/v1/mod/sites/news/roles", &desk).await;
    assert!(
        team.as_array()
            .expect("team")
            .iter()
            .all(|m| m["email"].is_null()),
        "{team}"
    );
    let team = app.get_json("/api/v1/mod/sites/news/roles", &chief).await;
    assert!(team.to_string().contains("desk@example.org"), "{team}");
}
