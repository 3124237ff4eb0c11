//! Nobody but a site's moderators reaches its moderation API or pages (#5, #18: the list of
//! moderator routes lives here, beside the test that tries them all).

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::both_engines;
use crate::helpers::{assert_error, spawn_app, Engine};

/// Every route that only moderators may reach, with a path that names the site `news` or
/// something on it. A new moderator route is added here.
const MODERATOR_ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/v1/mod/queue?site=news"),
    ("POST", "/api/v1/mod/comments/1/approve"),
    ("POST", "/api/v1/mod/comments/1/refuse"),
    ("POST", "/api/v1/mod/comments/1/delete"),
    ("POST", "/api/v1/mod/comments/1/restore"),
    ("POST", "/api/v1/mod/bulk"),
    ("POST", "/api/v1/mod/bans"),
    ("GET", "/api/v1/mod/bans?site=news"),
    ("DELETE", "/api/v1/mod/bans/1?reason=x"),
    ("GET", "/api/v1/mod/readers/1?site=news"),
    ("POST", "/api/v1/mod/readers/1/warn"),
    ("POST", "/api/v1/mod/readers/1/unwarn"),
    ("POST", "/api/v1/mod/readers/1/premod"),
    ("GET", "/api/v1/mod/log?site=news"),
    ("GET", "/api/v1/mod/search?site=news&q=x"),
    ("GET", "/api/v1/mod/appeals?site=news"),
    ("POST", "/api/v1/mod/appeals/1"),
    ("PUT", "/api/v1/mod/sites/news/premod"),
    ("GET", "/api/v1/mod/sites/news/premod"),
    ("PUT", "/api/v1/mod/sites/news/roles"),
    ("GET", "/api/v1/mod/sites/news/roles"),
    ("GET", "/api/v1/mod/campaigns?site=news"),
    ("GET", "/api/v1/mod/campaigns/campaign-x?site=news"),
    ("POST", "/api/v1/mod/campaigns/ban"),
    ("POST", "/api/v1/mod/campaigns/hold"),
    ("POST", "/api/v1/mod/campaigns/dismiss"),
    ("POST", "/api/v1/mod/supporters"),
    ("POST", "/api/v1/admin/webhooks"),
    ("GET", "/api/v1/admin/webhooks?site=news"),
    ("GET", "/api/v1/admin/webhooks/1"),
    ("PATCH", "/api/v1/admin/webhooks/1"),
    ("DELETE", "/api/v1/admin/webhooks/1"),
    ("GET", "/api/v1/admin/webhooks/1/deliveries"),
    ("POST", "/api/v1/admin/webhooks/1/test"),
    ("POST", "/api/v1/admin/webhooks/1/deliveries/msg_1/replay"),
    ("PUT", "/api/v1/admin/moderation-hook"),
    ("GET", "/api/v1/admin/moderation-hook?site=news"),
    ("DELETE", "/api/v1/admin/moderation-hook?site=news"),
];

/// Every moderation page.
const MODERATION_PAGES: &[&str] = &[
    "/mod",
    "/mod/bans",
    "/mod/appeals",
    "/mod/log",
    "/mod/search?q=xx",
    "/mod/settings",
    "/mod/campaigns",
    "/mod/webhooks",
];

both_engines!(nobody_but_moderators_reaches_moderation,);

async fn nobody_but_moderators_reaches_moderation(engine: Engine) {
    let app = spawn_app(engine).await;
    let reader = app.signup("reader@example.org").await;
    tribune::sites::store::upsert_site(&app.db, "other", "Other", "*", true, None, None)
        .await
        .expect("site");
    let elsewhere = app.signup("elsewhere@example.org").await;
    let id = app.me(&elsewhere).await["id"].as_i64().expect("id");
    tribune::auth::store::set_role(&app.db, "other", id, tribune::auth::domain::Role::Moderator)
        .await
        .expect("role");
    let body = json!({"site": "news", "reason": "x", "on": true, "warning_id": 1, "accept": true,
        "action": "approve", "ids": [1], "target": {"reader_id": 1}, "kind": "ban",
        "all": true, "new_readers": 0, "refusal_rate": 0, "links": false, "reports_to_hold": 3});
    for (method, path) in MODERATOR_ROUTES {
        let method: Method = method.parse().expect("method");
        let anonymous = app
            .client
            .request(method.clone(), app.url(path))
            .json(&body)
            .send()
            .await
            .expect("request");
        assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized").await;
        let as_reader = app.send(method.clone(), path, &body, &reader).await;
        assert_error(as_reader, StatusCode::FORBIDDEN, "forbidden").await;
        // A moderator of another site gets nothing of this one: 403, or a 404 or 400 for
        // requests that name nothing here, never data.
        let other = app.send(method, path, &body, &elsewhere).await;
        assert!(
            matches!(
                other.status(),
                StatusCode::FORBIDDEN | StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST
            ),
            "{path}: {}",
            other.status()
        );
    }
    // The moderation log cannot be edited through the API.
    let (mod_token, _) = app.staff("desk@example.org", "admin").await;
    for method in [Method::PUT, Method::PATCH, Method::DELETE] {
        let response = app
            .send(method, "/api/v1/mod/log?site=news", &json!({}), &mod_token)
            .await;
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    }
}

#[tokio::test]
async fn moderation_pages_are_for_moderators_only() {
    let app = spawn_app(Engine::Sqlite).await;
    let reader = app.signup("reader@example.org").await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let held = app.comment_ok("What the f*ck", None, None).await["id"]
        .as_i64()
        .expect("id");
    let page = |path: &'static str, token: Option<String>| {
        let app = &app;
        async move {
            let mut req = app.client.get(app.url(path));
            if let Some(t) = token {
                req = req.header("cookie", format!("tribune_session={t}"));
            }
            let response = req.send().await.expect("page");
            (response.status(), response.text().await.expect("html"))
        }
    };
    for path in MODERATION_PAGES {
        let (status, html) = page(path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            html.contains("action=\"/mod/login\""),
            "{path}: the sign-in form"
        );
        assert!(!html.contains("What the"), "{path}: no data for nobody");
        let (status, html) = page(path, Some(reader.clone())).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert!(!html.contains("What the"), "{path}");
        let (status, _) = page(path, Some(desk.clone())).await;
        assert_eq!(status, StatusCode::OK, "{path}");
    }
    // Forms need the moderator's session and its CSRF token.
    let form = [
        ("csrf", "forged"),
        ("site", "news"),
        ("id", &held.to_string()),
        ("action", "approve"),
        ("reason", "x"),
    ];
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    for token in [None, Some(reader.clone()), Some(desk.clone())] {
        let mut req = no_redirects.post(app.url("/mod/act")).form(&form);
        if let Some(t) = &token {
            req = req.header("cookie", format!("tribune_session={t}"));
        }
        let status = req.send().await.expect("post").status();
        assert_ne!(status, StatusCode::OK);
    }
    assert_eq!(
        app.thread("", None).await["count"],
        0,
        "nothing was approved"
    );
    // Wrong passwords get the form again with a message.
    let response = app
        .client
        .post(app.url("/mod/login"))
        .form(&[
            ("email", "desk@example.org"),
            ("password", "not the password"),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response
        .text()
        .await
        .expect("html")
        .contains("Wrong email or password"));
}
