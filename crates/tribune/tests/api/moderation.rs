//! Moderators' tools (#5): the queue, actions and their undo, bans of every kind, shadow bans,
//! ban evasion, reports, pre-moderation, appeals and the moderation log; and that readers reach
//! none of it.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, ok_json, spawn_app, urlencode, Engine, TestApp, PAGE};

both_engines!(
    nobody_but_moderators_reaches_moderation,
    comment_actions_and_their_undo,
    every_ban_kind_blocks_with_its_message,
    shadow_bans_show_comments_to_their_author_only,
    ban_evasion_is_held_and_linked,
    reports_hold_a_comment_and_reporters_are_visible,
    pre_moderation_modes,
    appeals_reach_moderators_and_lift_bans,
    the_log_filters_and_exports,
    reader_records_warnings_and_search,
    admins_manage_the_team_and_readers_see_warnings,
    suspensions_from_the_pages_last_as_long_as_chosen,
);

async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    body: &Value,
    token: &str,
) -> reqwest::Response {
    app.client
        .request(method, app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("request")
}

async fn act(app: &TestApp, token: &str, id: i64, action: &str, reason: &str) -> reqwest::Response {
    send(
        app,
        Method::POST,
        &format!("/api/v1/mod/comments/{id}/{action}"),
        &json!({"reason": reason}),
        token,
    )
    .await
}

async fn ban(app: &TestApp, token: &str, body: Value) -> Value {
    let response = send(app, Method::POST, "/api/v1/mod/bans", &body, token).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.expect("json")
}

fn ids(thread: &Value) -> Vec<i64> {
    thread["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter_map(|c| c["id"].as_i64())
        .collect()
}

async fn nobody_but_moderators_reaches_moderation(engine: Engine) {
    let app = spawn_app(engine).await;
    let reader = app.signup("reader@example.org").await;
    tribune::sites::store::upsert_site(&app.db, "other", "Other", "*", true, None)
        .await
        .expect("site");
    let elsewhere = app.signup("elsewhere@example.org").await;
    let id = app.me(&elsewhere).await["id"].as_i64().expect("id");
    tribune::auth::store::set_role(&app.db, "other", id, "moderator")
        .await
        .expect("role");
    let body = json!({"site": "news", "reason": "x", "on": true, "warning_id": 1, "accept": true,
        "action": "approve", "ids": [1], "target": {"reader_id": 1}, "kind": "ban",
        "all": true, "new_readers": 0, "refusal_rate": 0, "links": false, "reports_to_hold": 3});
    for (method, path) in tribune::enforcement::api::MODERATOR_ROUTES {
        let method: Method = method.parse().expect("method");
        let anonymous = app
            .client
            .request(method.clone(), app.url(path))
            .json(&body)
            .send()
            .await
            .expect("request");
        assert_error(anonymous, StatusCode::UNAUTHORIZED, "unauthorized").await;
        let as_reader = send(&app, method.clone(), path, &body, &reader).await;
        assert_error(as_reader, StatusCode::FORBIDDEN, "forbidden").await;
        // A moderator of another site gets nothing of this one: 403, or a 404 or 400 for
        // requests that name nothing here, never data.
        let other = send(&app, method, path, &body, &elsewhere).await;
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
        let response = send(
            &app,
            method,
            "/api/v1/mod/log?site=news",
            &json!({}),
            &mod_token,
        )
        .await;
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    }
}

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
        act(&app, &desk, id, "approve", "  ").await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
    assert_error(
        act(&app, &desk, id, "obliterate", "x").await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    ok_json(act(&app, &desk, id, "approve", "masked, and fair comment").await).await;
    let public = app.thread("", None).await;
    assert_eq!(
        (ids(&public), public["count"].clone()),
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
        act(
            &app,
            &desk,
            id,
            "refuse",
            "Personal attack on another reader",
        )
        .await,
    )
    .await;
    assert_eq!(refused["status"], "rejected");
    let public = app.thread("", None).await;
    assert_eq!((ids(&public).len(), public["count"].clone()), (0, json!(0)));
    let own = app.thread("", Some(&author)).await;
    assert_eq!(own["comments"][0]["status"], "rejected");
    assert_eq!(
        own["comments"][0]["refusal_reason"],
        "Personal attack on another reader"
    );
    ok_json(act(&app, &desk, id, "approve", "on reflection, fine").await).await;
    assert_eq!(app.thread("", None).await["count"], 1);

    // Delete leaves a placeholder; restore undoes a moderator's deletion only.
    let deleted = ok_json(act(&app, &desk, id, "delete", "spam").await).await;
    assert_eq!(deleted["status"], "deleted");
    assert_eq!(app.thread("", None).await["count"], 0);
    ok_json(act(&app, &desk, id, "restore", "not spam after all").await).await;
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
        act(&app, &desk, own_id, "restore", "x").await,
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
        send(&app, Method::POST, "/api/v1/mod/bulk",
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

async fn every_ban_kind_blocks_with_its_message(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let target = app.signup("ana.ruiz@gmail.com").await;
    let target_id = app.me(&target).await["id"].as_i64().expect("id");

    let blocked = |token: Option<String>| {
        let app = &app;
        async move {
            let response = app
                .post_comment("A calm remark.", None, token.as_deref())
                .await;
            assert_error(response, StatusCode::FORBIDDEN, "banned").await
        }
    };

    // Suspension of a reader: the message names the end and how to appeal.
    let until = "2099-01-01T00:00:00Z";
    let suspension = ban(&app, &desk, json!({"site": "news", "target": {"reader_id": target_id}, "kind": "suspend", "until": until, "reason": "Insults"})).await;
    let body = blocked(Some(target.clone())).await;
    let message = body["error"]["message"].as_str().expect("message");
    assert!(
        message.contains("suspended")
            && message.contains("2099-01-01")
            && message.contains("Insults")
            && message.contains("appeal"),
        "{message}"
    );
    assert_eq!(body["error"]["ban"]["kind"], "suspend");
    // Lifting it (the undo) lets them post again.
    let lift = app
        .client
        .delete(app.url(&format!(
            "/api/v1/mod/bans/{}?reason=served",
            suspension["id"]
        )))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("lift");
    assert_eq!(lift.status(), StatusCode::OK);
    app.comment_ok("Back again.", None, Some(&target)).await;

    // Email bans match the normalized address; domain bans its domain.
    let email_ban = ban(&app, &desk, json!({"site": "news", "target": {"email": "AnaRuiz+news@googlemail.com"}, "kind": "ban", "reason": "Repeated abuse"})).await;
    let body = blocked(Some(target.clone())).await;
    assert!(body["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("banned") && m.contains("Repeated abuse")));
    assert_eq!(body["error"]["ban"]["until"], Value::Null);
    app.client
        .delete(app.url(&format!("/api/v1/mod/bans/{}?reason=undo", email_ban["id"])))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("lift");
    ban(&app, &desk, json!({"site": "news", "target": {"email_domain": "gmail.com"}, "kind": "ban", "reason": "Throwaway accounts"})).await;
    blocked(Some(target.clone())).await;
    let other = app.signup("someone@example.org").await;
    app.comment_ok("Other domains still post.", None, Some(&other))
        .await;

    // Ranges and addresses block everyone behind them, signed in or not.
    let range = ban(&app, &desk, json!({"site": "news", "target": {"cidr": "127.0.0.0/8"}, "kind": "ban", "reason": "Spam network"})).await;
    assert_eq!(range["cidr"], "127.0.0.0/8");
    blocked(None).await;
    blocked(Some(other.clone())).await;
    app.client
        .delete(app.url(&format!(
            "/api/v1/mod/bans/{}?reason=wrong%20range",
            range["id"]
        )))
        .bearer_auth(&desk)
        .send()
        .await
        .expect("lift");
    let address = ban(&app, &desk, json!({"site": "news", "target": {"ip": "127.0.0.1"}, "kind": "suspend", "until": until, "reason": "Flooding"})).await;
    assert_eq!(address["cidr"], "127.0.0.1/32");
    blocked(None).await;

    // Bad requests say what is wrong.
    for (body, field) in [
        (
            json!({"site": "news", "target": {"reader_id": target_id, "ip": "1.2.3.4"}, "kind": "ban", "reason": "x"}),
            "target",
        ),
        (
            json!({"site": "news", "target": {"reader_id": target_id}, "kind": "suspend", "reason": "x"}),
            "until",
        ),
        (
            json!({"site": "news", "target": {"cidr": "10.0.0.0/4"}, "kind": "ban", "reason": "x"}),
            "cidr",
        ),
        (
            json!({"site": "news", "target": {"ip": "1.2.3.4"}, "kind": "shadow", "reason": "x"}),
            "shadow",
        ),
        (
            json!({"site": "news", "target": {"reader_id": target_id}, "kind": "ban", "reason": ""}),
            "reason",
        ),
    ] {
        let response = send(&app, Method::POST, "/api/v1/mod/bans", &body, &desk).await;
        let error = assert_error(response, StatusCode::BAD_REQUEST, "invalid_field").await;
        assert!(
            error["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(field)),
            "{error}"
        );
    }
}

async fn shadow_bans_show_comments_to_their_author_only(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let troll = app.signup("troll@example.org").await;
    let troll_id = app.me(&troll).await["id"].as_i64().expect("id");
    let voter = app.signup("voter@example.org").await;
    let earlier = app.comment_ok("A fine comment.", None, None).await;
    let vote = send(
        &app,
        Method::POST,
        &format!("/api/v1/comments/{}/vote", earlier["id"]),
        &json!({"value": 1}),
        &troll,
    )
    .await;
    assert_eq!(vote.status(), StatusCode::OK);

    let shadow = ban(&app, &desk, json!({"site": "news", "target": {"reader_id": troll_id}, "kind": "shadow", "reason": "Sock puppet", "remove_votes": true})).await;
    assert_eq!(shadow["kind"], "shadow");
    // Their votes are gone with the ban.
    let thread = app.thread("", None).await;
    assert_eq!(thread["comments"][0]["upvotes"], 0);

    let posted = app
        .comment_ok("Nobody will see this.", None, Some(&troll))
        .await;
    assert_eq!(posted["status"], "visible", "the author is not told");
    let mine = app.thread("", Some(&troll)).await;
    assert!(ids(&mine).contains(&posted["id"].as_i64().expect("id")));
    let theirs = app.thread("", Some(&voter)).await;
    assert!(!ids(&theirs).contains(&posted["id"].as_i64().expect("id")));
    let anonymous = app.thread("", None).await;
    assert_eq!(
        (ids(&anonymous).len(), anonymous["count"].clone()),
        (1, json!(1))
    );
    let counts: Value = app
        .get(&format!("/api/v1/counts?site=news&url={}", urlencode(PAGE)))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(counts["counts"][PAGE], 1);
}

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
    ban(&app, &desk, json!({"site": "news", "target": {"reader_id": banned_id}, "kind": "ban", "reason": "Abuse"})).await;

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

async fn reports_hold_a_comment_and_reporters_are_visible(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "admin").await;
    let settings = send(&app, Method::PUT, "/api/v1/mod/sites/news/premod",
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
            send(
                app,
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
    ok_json(act(&app, &desk, id, "approve", "Robust but fair").await).await;
    assert_eq!(app.thread("", None).await["count"], 1);
    let another = app.comment_ok("Something else.", None, Some(&author)).await;
    send(
        &app,
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

async fn pre_moderation_modes(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "admin").await;
    let set = |settings: Value| {
        let app = &app;
        let desk = desk.clone();
        async move {
            ok_json(
                send(
                    app,
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
    ok_json(act(&app, &desk, c["id"].as_i64().expect("id"), "approve", "ok").await).await;

    set(json!({"all": false, "new_readers": 2, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3})).await;
    let c = app
        .comment_ok("Second comment of mine.", None, Some(&reader))
        .await;
    assert_eq!(c["status"], "pending", "one approved comment of two");
    ok_json(act(&app, &desk, c["id"].as_i64().expect("id"), "approve", "ok").await).await;
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
        send(
            &app,
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
        send(
            &app,
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
    let response = send(&app, Method::PUT, "/api/v1/mod/sites/news/premod",
        &json!({"all": true, "new_readers": 0, "refusal_rate": 0.0, "links": false, "reports_to_hold": 3}), &plain).await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    let response = send(&app, Method::PUT, "/api/v1/mod/sites/news/premod",
        &json!({"all": false, "new_readers": 0, "refusal_rate": 2.0, "links": false, "reports_to_hold": 3}), &desk).await;
    assert_error(response, StatusCode::BAD_REQUEST, "invalid_field").await;
}

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
    let the_ban = ban(&app, &desk, json!({"site": "news", "target": {"reader_id": reader_id}, "kind": "ban", "reason": "Abuse"})).await;
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
        send(
            &app,
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

async fn the_log_filters_and_exports(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, desk_id) = app.staff("desk@example.org", "moderator").await;
    let held = app.comment_ok("What the f*ck", None, None).await["id"]
        .as_i64()
        .expect("id");
    ok_json(act(&app, &desk, held, "approve", "fine").await).await;
    ok_json(act(&app, &desk, held, "delete", "on second thought").await).await;
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
        send(
            &app,
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
        send(
            &app,
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
    for path in tribune::web::moderation::PAGES {
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

async fn admins_manage_the_team_and_readers_see_warnings(engine: Engine) {
    let app = spawn_app(engine).await;
    let (admin, _) = app.staff("admin@example.org", "admin").await;
    let (plain, _) = app.staff("plain@example.org", "moderator").await;
    let newcomer = app.signup("newcomer@example.org").await;
    let newcomer_id = app.me(&newcomer).await["id"].as_i64().expect("id");

    let roles = |email: &str, role: Value| json!({"email": email, "role": role});
    let response = send(
        &app,
        Method::PUT,
        "/api/v1/mod/sites/news/roles",
        &roles("newcomer@example.org", json!("moderator")),
        &plain,
    )
    .await;
    assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    ok_json(
        send(
            &app,
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
        send(
            &app,
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
        let response = send(
            &app,
            Method::PUT,
            "/api/v1/mod/sites/news/roles",
            &body,
            &admin,
        )
        .await;
        assert_error(response, status, code).await;
    }

    // A warning reaches the reader it is for.
    ok_json(
        send(
            &app,
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

async fn suspensions_from_the_pages_last_as_long_as_chosen(engine: Engine) {
    let app = spawn_app(engine).await;
    let signed_up: Value = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": "desk@example.org", "password": "correct horse battery"}),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    let (token, csrf) = (
        signed_up["token"].as_str().expect("token"),
        signed_up["csrf_token"].as_str().expect("csrf"),
    );
    let desk = app.me(token).await["id"].as_i64().expect("id");
    tribune::auth::store::set_role(&app.db, "news", desk, "moderator")
        .await
        .expect("role");
    let reader = app.signup("reader@example.org").await;
    let reader = app.me(&reader).await["id"]
        .as_i64()
        .expect("id")
        .to_string();
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let suspend = |days: &'static str| {
        let form = [
            ("csrf", csrf),
            ("site", "news"),
            ("target_kind", "reader_id"),
            ("target", reader.as_str()),
            ("kind", "suspend"),
            ("days", days),
            ("reason", "Cool off"),
        ];
        no_redirects
            .post(app.url("/mod/bans"))
            .header("cookie", format!("tribune_session={token}"))
            .form(&form)
            .send()
    };
    assert_eq!(
        suspend("0").await.expect("post").status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        suspend("3").await.expect("post").status(),
        StatusCode::SEE_OTHER
    );
    let until: i64 = sqlx::query_scalar("SELECT until FROM bans WHERE kind = 'suspend'")
        .fetch_one(&app.db.pool)
        .await
        .expect("ban");
    let three_days = 3 * 86_400_000;
    let from_now = until - tribune::db::now_ms();
    assert!(
        (three_days - 60_000..=three_days).contains(&from_now),
        "{from_now} ms"
    );
}
