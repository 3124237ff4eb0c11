//! Bans of every kind, shadow bans, suspensions of a chosen length, and bans that hold
//! whatever form the address takes (#5, #17).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{
    assert_error, comment_ids, spawn_app, spawn_app_with, urlencode, Engine, TestApp, PAGE,
};

both_engines!(
    every_ban_kind_blocks_with_its_message,
    shadow_bans_show_comments_to_their_author_only,
    suspensions_from_the_pages_last_as_long_as_chosen,
    r17_ipv4_bans_hold_through_ipv4_mapped_ipv6,
    r18_a_banned_author_gets_403_whatever_the_text,
    r17_only_admins_act_on_admins,
    r17_one_visibility_rule_for_every_comment,
);

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
    let suspension = app.ban(&desk, json!({"site": "news", "target": {"reader_id": target_id}, "kind": "suspend", "until": until, "reason": "Insults"})).await;
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
    let email_ban = app.ban(&desk, json!({"site": "news", "target": {"email": "AnaRuiz+news@googlemail.com"}, "kind": "ban", "reason": "Repeated abuse"})).await;
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
    app.ban(&desk, json!({"site": "news", "target": {"email_domain": "gmail.com"}, "kind": "ban", "reason": "Throwaway accounts"})).await;
    blocked(Some(target.clone())).await;
    let other = app.signup("someone@example.org").await;
    app.comment_ok("Other domains still post.", None, Some(&other))
        .await;

    // Ranges and addresses block everyone behind them, signed in or not.
    let range = app.ban(&desk, json!({"site": "news", "target": {"cidr": "127.0.0.0/8"}, "kind": "ban", "reason": "Spam network"})).await;
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
    let address = app.ban(&desk, json!({"site": "news", "target": {"ip": "127.0.0.1"}, "kind": "suspend", "until": until, "reason": "Flooding"})).await;
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
        let response = app
            .send(Method::POST, "/api/v1/mod/bans", &body, &desk)
            .await;
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
    let vote = app
        .send(
            Method::POST,
            &format!("/api/v1/comments/{}/vote", earlier["id"]),
            &json!({"value": 1}),
            &troll,
        )
        .await;
    assert_eq!(vote.status(), StatusCode::OK);

    let shadow = app.ban(&desk, json!({"site": "news", "target": {"reader_id": troll_id}, "kind": "shadow", "reason": "Sock puppet", "remove_votes": true})).await;
    assert_eq!(shadow["kind"], "shadow");
    // Their votes are gone with the ban.
    let thread = app.thread("", None).await;
    assert_eq!(thread["comments"][0]["upvotes"], 0);

    let posted = app
        .comment_ok("Nobody will see this.", None, Some(&troll))
        .await;
    assert_eq!(posted["status"], "visible", "the author is not told");
    let mine = app.thread("", Some(&troll)).await;
    assert!(comment_ids(&mine).contains(&posted["id"].as_i64().expect("id")));
    let theirs = app.thread("", Some(&voter)).await;
    assert!(!comment_ids(&theirs).contains(&posted["id"].as_i64().expect("id")));
    let anonymous = app.thread("", None).await;
    assert_eq!(
        (comment_ids(&anonymous).len(), anonymous["count"].clone()),
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

async fn suspensions_from_the_pages_last_as_long_as_chosen(engine: Engine) {
    let app = spawn_app(engine).await;
    let (token, csrf) = app.page_staff("desk@example.org", "moderator").await;
    let (token, csrf) = (token.as_str(), csrf.as_str());
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

async fn ban_target(app: &TestApp, desk: &str, target: Value) -> Value {
    app.ban(
        desk,
        json!({"site": "news", "target": target, "kind": "ban", "reason": "Flooding"}),
    )
    .await
}

/// #17: a reader banned as `4.4.4.4` or `9.9.0.0/16` posted freely as `::ffff:4.4.4.4`
/// (an IPv6 listener, or a proxy writing the mapped form); an IPv6 ban covers its /64.
async fn r17_ipv4_bans_hold_through_ipv4_mapped_ipv6(engine: Engine) {
    let app = spawn_app_with(engine, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
    })
    .await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;

    ban_target(&app, &desk, json!({"ip": "4.4.4.4"})).await;
    let range = ban_target(&app, &desk, json!({"cidr": "::ffff:9.9.0.0/112"})).await;
    assert_eq!(
        range["cidr"], "9.9.0.0/16",
        "a mapped range is stored as IPv4"
    );
    let mapped = ban_target(&app, &desk, json!({"ip": "::ffff:5.5.5.5"})).await;
    assert_eq!(mapped["cidr"], "5.5.5.5/32");
    let v6 = ban_target(&app, &desk, json!({"ip": "2001:db8:aa:bb::1"})).await;
    assert_eq!(v6["cidr"], "2001:db8:aa:bb::/64");

    for ip in [
        "::ffff:4.4.4.4",
        "4.4.4.4",
        "::ffff:9.9.1.2",
        "9.9.200.1",
        "5.5.5.5",
        "2001:db8:aa:bb::2",
    ] {
        let response = app.post_from(ip, "Hello from a banned address.").await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{ip} must be refused"
        );
    }
    for ip in ["::ffff:4.4.4.5", "9.10.0.1", "2001:db8:aa:bc::1"] {
        let response = app.post_from(ip, "Hello from elsewhere.").await;
        assert_eq!(response.status(), StatusCode::CREATED, "{ip} is not banned");
    }
}

/// #18: the write path checks bans before the house rules judge anything. An anonymous author
/// banned by address who picked a rude name got 422 (the name was judged first); a banned
/// reader's rude text is not judged, so it is no strike either.
async fn r18_a_banned_author_gets_403_whatever_the_text(engine: Engine) {
    let app = spawn_app_with(engine, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
    })
    .await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    ban_target(&app, &desk, json!({"ip": "5.5.5.5"})).await;
    let rude_name = app
        .client
        .post(app.url("/api/v1/comments"))
        .header("x-forwarded-for", "5.5.5.5")
        .json(&json!({"site": "news", "url": PAGE, "body": "A calm remark.", "author_name": "Fuck Face"}))
        .send()
        .await
        .expect("post");
    assert_error(rude_name, StatusCode::FORBIDDEN, "banned").await;
    let rude_text = app.post_from("5.5.5.5", "fuck this paper").await;
    assert_error(rude_text, StatusCode::FORBIDDEN, "banned").await;

    let reader = app.signup("banned@example.org").await;
    let id = app.me(&reader).await["id"].as_i64().expect("id");
    app.ban(
        &desk,
        json!({"site": "news", "target": {"reader_id": id}, "kind": "ban", "reason": "Spam"}),
    )
    .await;
    let response = app.post_comment("fuck you all", None, Some(&reader)).await;
    assert_error(response, StatusCode::FORBIDDEN, "banned").await;
    let record = app
        .get_json(&format!("/api/v1/mod/readers/{id}?site=news"), &desk)
        .await;
    assert_eq!(record["history"]["strikes"], 0, "{record}");
    // Someone not banned with the same name is judged as before.
    let judged = app
        .client
        .post(app.url("/api/v1/comments"))
        .header("x-forwarded-for", "6.6.6.6")
        .json(&json!({"site": "news", "url": PAGE, "body": "A calm remark.", "author_name": "Fuck Face"}))
        .send()
        .await
        .expect("post");
    assert_error(judged, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
}

/// #17: a moderator could ban the site's admin, and themselves. Nobody acts on themselves, and
/// only admins act on admins (bans, warnings, pre-moderation).
async fn r17_only_admins_act_on_admins(engine: Engine) {
    let app = spawn_app(engine).await;
    let (admin, admin_id) = app.staff("chief@example.org", "admin").await;
    let (desk, desk_id) = app.staff("desk@example.org", "moderator").await;
    let ban = |target: i64| json!({"site": "news", "target": {"reader_id": target}, "kind": "ban", "reason": "Coup"});
    for (token, target, why) in [
        (&desk, admin_id, "an admin"),
        (&desk, desk_id, "themselves"),
        (&admin, admin_id, "themselves"),
    ] {
        let response = app
            .send(Method::POST, "/api/v1/mod/bans", &ban(target), token)
            .await;
        let body = assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
        assert!(body["error"]["message"].is_string(), "{why}: {body}");
    }
    for action in ["warn", "premod"] {
        let response = app
            .send(
                Method::POST,
                &format!("/api/v1/mod/readers/{admin_id}/{action}"),
                &json!({"site": "news", "reason": "Coup", "on": true}),
                &desk,
            )
            .await;
        assert_error(response, StatusCode::FORBIDDEN, "forbidden").await;
    }
    // An admin acts on a moderator, and a moderator on a reader, as before.
    let reader = app.signup("reader@example.org").await;
    let reader_id = app.me(&reader).await["id"].as_i64().expect("id");
    app.ban(&desk, ban(reader_id)).await;
    app.ban(&admin, ban(desk_id)).await;
    let (actions, _) = app.log_actions(&admin).await;
    assert_eq!(
        actions.iter().filter(|a| *a == "ban").count(),
        2,
        "only the two allowed bans are logged: {actions:?}"
    );
}

/// #17: shadow-banned and held comments were readable by id, votable, and replies to a held
/// comment were accepted as `visible` (never shown, yet counted). One rule now decides who sees
/// a comment, and what a reader cannot see is not there for them in any route.
async fn r17_one_visibility_rule_for_every_comment(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "admin").await;
    let troll = app.signup("troll@example.org").await;
    let troll_id = app.me(&troll).await["id"].as_i64().expect("id");
    let reader = app.signup("reader@example.org").await;
    app.ban(&desk, json!({"site": "news", "target": {"reader_id": troll_id}, "kind": "shadow", "reason": "Sock puppet"})).await;
    let shadowed = app.comment_ok("Buy my stuff.", None, Some(&troll)).await;
    let id = shadowed["id"].as_i64().expect("id");

    // Its author sees it, by id too; nobody else does, anywhere.
    let by_id = format!("/api/v1/comments/{id}");
    assert_eq!(app.get_json(&by_id, &troll).await["id"], id);
    assert_eq!(app.get(&by_id).await.status(), StatusCode::NOT_FOUND);
    let as_reader = app.send(Method::GET, &by_id, &json!({}), &reader).await;
    assert_eq!(as_reader.status(), StatusCode::NOT_FOUND);
    let vote = app
        .send(
            Method::POST,
            &format!("{by_id}/vote"),
            &json!({"value": 1}),
            &reader,
        )
        .await;
    assert_error(vote, StatusCode::NOT_FOUND, "not_found").await;
    let report = app
        .send(
            Method::POST,
            &format!("{by_id}/report"),
            &json!({"reason": "spam"}),
            &reader,
        )
        .await;
    assert_error(report, StatusCode::NOT_FOUND, "not_found").await;
    let reply = app.post_comment("Replying.", Some(id), Some(&reader)).await;
    assert_error(reply, StatusCode::NOT_FOUND, "not_found").await;
    // The shadow-banned author may answer themselves: that reply is shadowed as well.
    let own = app.comment_ok("And more.", Some(id), Some(&troll)).await;
    assert_eq!(
        app.get(&format!("/api/v1/comments/{}", own["id"]))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // A held comment: no replies until it is published, from its author or anyone.
    let premod = json!({"all": true, "new_readers": 0, "refusal_rate": 0, "links": false, "reports_to_hold": 3});
    let set = app
        .send(Method::PUT, "/api/v1/mod/sites/news/premod", &premod, &desk)
        .await;
    assert_eq!(set.status(), StatusCode::OK);
    let held = app.comment_ok("Wait for me.", None, Some(&reader)).await;
    assert_eq!(held["status"], "pending");
    let held_id = held["id"].as_i64().expect("id");
    let other = app.signup("other@example.org").await;
    let reply = app
        .post_comment("Me too.", Some(held_id), Some(&other))
        .await;
    assert_error(reply, StatusCode::NOT_FOUND, "not_found").await;
    let reply = app
        .post_comment("Me too.", Some(held_id), Some(&reader))
        .await;
    assert_error(reply, StatusCode::CONFLICT, "conflict").await;
    let vote = app
        .send(
            Method::POST,
            &format!("/api/v1/comments/{held_id}/vote"),
            &json!({"value": 1}),
            &other,
        )
        .await;
    assert_error(vote, StatusCode::NOT_FOUND, "not_found").await;
    let thread = app.thread("", None).await;
    assert_eq!(thread["count"], 0, "nothing public on the page: {thread}");
}
