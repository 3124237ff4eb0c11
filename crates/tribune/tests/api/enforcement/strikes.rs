//! Strikes turning into suspensions and bans, and what a banned reader is told.

use reqwest::StatusCode;
use serde_json::Value;

use crate::both_engines;
use crate::helpers::{assert_error, spawn_app, Engine};

both_engines!(
    strikes_suspend_then_ban,
    anonymous_strikes_follow_the_address,
    r17_a_shared_proxy_address_is_not_suspended_for_one_reader,
);

async fn strikes_suspend_then_ban(engine: Engine) {
    let app = spawn_app(engine).await;
    let troll = app.signup("troll@example.org").await;
    let bystander = app.signup("bystander@example.org").await;
    // The default house rules suspend after 3 refusals in 30 days.
    for i in 0..3 {
        let refused = app
            .post_comment(&format!("f u c k this, take {i}"), None, Some(&troll))
            .await;
        assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    }
    let blocked = app
        .post_comment("A perfectly polite remark.", None, Some(&troll))
        .await;
    let body = assert_error(blocked, StatusCode::FORBIDDEN, "banned").await;
    assert_eq!(body["error"]["ban"]["kind"], "suspend");
    assert!(body["error"]["ban"]["until"].as_str().is_some(), "{body}");
    let message = body["error"]["message"].as_str().expect("message");
    assert!(
        message.contains("until") && message.contains("appeal"),
        "{message}"
    );
    app.comment_ok("Others can still post.", None, Some(&bystander))
        .await;

    let (action, actor, evidence): (String, Option<i64>, String) =
        sqlx::query_as("SELECT action, actor_id, evidence FROM mod_log ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.db.pool)
            .await
            .expect("log entry");
    assert_eq!(
        (action.as_str(), actor),
        ("suspend", None),
        "an action of the system"
    );
    let evidence: Value = serde_json::from_str(&evidence).expect("evidence JSON");
    assert_eq!(evidence["strikes"].as_array().map(Vec::len), Some(3));
    assert_eq!(evidence["strikes"][0]["excerpt"], "f u c k");

    // Each refusal after that suspends again; the fifth in the window bans for good.
    for _ in 0..2 {
        sqlx::query("UPDATE bans SET until = 1")
            .execute(&app.db.pool)
            .await
            .expect("end the suspension");
        let refused = app.post_comment("fuuuck off", None, Some(&troll)).await;
        assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    }
    let banned = app.post_comment("Sorry.", None, Some(&troll)).await;
    let body = assert_error(banned, StatusCode::FORBIDDEN, "banned").await;
    assert_eq!(body["error"]["ban"]["kind"], "ban");
    assert_eq!(body["error"]["ban"]["until"], Value::Null);
}

async fn anonymous_strikes_follow_the_address(engine: Engine) {
    let app = spawn_app(engine).await;
    for _ in 0..3 {
        let refused = app.post_comment("what the fuck", None, None).await;
        assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    }
    assert_error(
        app.post_comment("hello again", None, None).await,
        StatusCode::FORBIDDEN,
        "banned",
    )
    .await;
    // A signed-in reader on the same address answers for their own account only.
    let reader = app.signup("office@example.org").await;
    app.comment_ok("Posting from the same office.", None, Some(&reader))
        .await;
    // Held comments are not strikes.
    let held: Value = app.comment_ok("f*ck that", None, Some(&reader)).await;
    assert_eq!(held["status"], "pending");
}

/// #17: behind a reverse proxy missing from `trusted_proxies`, every anonymous reader has the
/// proxy's address, and three refusals suspended them all; `no no no ...` counted as abuse.
/// Strikes from such a shared address suspend nobody (the refusals stand), and repetition is
/// not abuse.
async fn r17_a_shared_proxy_address_is_not_suspended_for_one_reader(engine: Engine) {
    let app = spawn_app(engine).await;
    let through_proxy = |body: String| {
        let app = &app;
        async move {
            app.client
                .post(app.url("/api/v1/comments"))
                .header("x-forwarded-for", "203.0.113.9")
                .json(&serde_json::json!({"site": "news", "url": crate::helpers::PAGE, "body": body, "author_name": "Reader"}))
                .send()
                .await
                .expect("post")
        }
    };
    for _ in 0..4 {
        let refused = through_proxy("what the fuck".into()).await;
        assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    }
    // Another reader behind the same proxy still posts.
    let other = through_proxy("A calm word from the next desk.".into()).await;
    assert_eq!(other.status(), StatusCode::CREATED);
    let degenerate = through_proxy("no ".repeat(300)).await;
    assert_eq!(
        degenerate.status(),
        StatusCode::CREATED,
        "repetition is not abuse"
    );
}
