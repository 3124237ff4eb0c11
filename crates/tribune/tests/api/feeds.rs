//! Atom feeds of comments (#16): a site's and a thread's, public comments only.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::both_engines;
use crate::helpers::{spawn_app, urlencode, Engine, PAGE};

both_engines!(
    feeds_carry_public_comments_only,
    readers_get_a_private_feed_of_replies
);

async fn feeds_carry_public_comments_only(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let ana = app.signup("ana@example.org").await;
    let shown = app.comment_ok("A *public* point.", None, Some(&ana)).await;
    let held = app.comment_ok("f*ck that", None, Some(&ana)).await;
    assert_eq!(held["status"], "pending");
    let troll = app.signup("troll@example.org").await;
    let troll_id = app.me(&troll).await["id"].as_i64().expect("id");
    app.ban(
        &desk,
        json!({"site": "news", "target": {"reader_id": troll_id}, "kind": "shadow", "reason": "Sock"}),
    )
    .await;
    app.comment_ok("Shadowed words.", None, Some(&troll)).await;
    let gone = app.comment_ok("Soon deleted.", None, Some(&ana)).await;
    let deleted = app
        .send(
            Method::DELETE,
            &format!("/api/v1/comments/{}", gone["id"]),
            &json!({}),
            &ana,
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::OK);

    let fetch = |path: String| {
        let app = &app;
        async move {
            let response = app.get(&path).await;
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert!(response.headers()["content-type"]
                .to_str()
                .expect("type")
                .starts_with("application/atom+xml"));
            let text = response.text().await.expect("body");
            text.parse::<atom_syndication::Feed>()
                .expect("an Atom document")
        }
    };
    let site = fetch("/feeds/news.atom".into()).await;
    let thread = fetch(format!(
        "/feeds/news/thread.atom?url={}",
        urlencode(&format!("{PAGE}/?utm_source=feed"))
    ))
    .await;
    for feed in [&site, &thread] {
        assert_eq!(feed.entries().len(), 1, "{}", feed.to_string());
        let entry = &feed.entries()[0];
        assert_eq!(entry.id(), format!("{PAGE}#comment-{}", shown["id"]));
        assert!(entry
            .content()
            .and_then(|c| c.value())
            .is_some_and(|html| html.contains("<em>public</em>")));
        assert_eq!(entry.authors()[0].name(), "ana");
    }
    assert_eq!(
        app.get("/feeds/news.rss").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/feeds/nowhere.atom").await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn readers_get_a_private_feed_of_replies(engine: Engine) {
    let app = spawn_app(engine).await;
    let ana = app.signup("ana@example.org").await;
    let bo = app.signup("bo@example.org").await;
    let feeds = app.get_json("/api/v1/me/feeds", &ana).await;
    let url = feeds["replies"]
        .as_str()
        .expect("the replies feed")
        .to_owned();
    assert_eq!(
        app.get_json("/api/v1/me/feeds", &ana).await["replies"],
        url,
        "stable"
    );
    let path = url
        .split_once("/feeds/")
        .map(|(_, p)| format!("/feeds/{p}"))
        .expect("path");

    let mine = app
        .comment_ok("Ana asks a question.", None, Some(&ana))
        .await;
    let answer = app
        .comment_ok("Bo answers.", mine["id"].as_i64(), Some(&bo))
        .await;
    app.comment_ok("Ana adds to herself.", mine["id"].as_i64(), Some(&ana))
        .await;
    let held = app
        .comment_ok("f*ck that question", mine["id"].as_i64(), Some(&bo))
        .await;
    assert_eq!(held["status"], "pending");

    let response = app.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK);
    let feed = response
        .text()
        .await
        .expect("body")
        .parse::<atom_syndication::Feed>()
        .expect("Atom");
    let ids: Vec<&str> = feed.entries().iter().map(|e| e.id()).collect();
    assert_eq!(
        ids,
        [format!("{PAGE}#comment-{}", answer["id"])],
        "only others' public replies"
    );
    assert_eq!(
        app.get("/feeds/replies/guessed.atom").await.status(),
        StatusCode::NOT_FOUND
    );
}
