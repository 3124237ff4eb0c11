//! Tribune's own article pages and `tribune publish` (#3): server-rendered, readable without
//! JavaScript.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{fresh_storage, spawn_on, Engine};
use crate::ops::tribune;

const ARTICLE: &str = "---
title: Envoys return to Geneva
standfirst: A third round of talks opens on Monday.
author: Ana Ruiz
date: 2026-11-20
slug: envoys-return
---

The delegations arrived *quietly*.
";

#[tokio::test]
async fn published_articles_are_listed_and_served_with_their_comments() {
    let storage = fresh_storage(Engine::Sqlite).await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("envoys.md");
    std::fs::write(&file, ARTICLE).expect("write");
    let app = spawn_on(storage, |c| {
        // What `tribune publish` (run below with the default configuration) also says.
        c.public_url = Some("http://127.0.0.1:8080".into());
        c.publication.site = Some("news".into());
        c.publication
            .ad_slots
            .insert("top".into(), "<p class=\"sponsor\">Our sponsor</p>".into());
    })
    .await;

    // Bad files are refused with the file and the field named; nothing is stored.
    let broken = dir.path().join("broken.md");
    std::fs::write(&broken, ARTICLE.replace("date: 2026-11-20\n", "")).expect("write");
    let out = tribune(
        &[
            "publish",
            "--site",
            "news",
            file.to_str().expect("path"),
            broken.to_str().expect("path"),
        ],
        &app.storage.url,
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.md") && err.contains("`date:`"),
        "{err}"
    );
    assert_eq!(
        app.get("/articles/envoys-return").await.status(),
        StatusCode::NOT_FOUND
    );

    let out = tribune(
        &["publish", "--site", "news", file.to_str().expect("path")],
        &app.storage.url,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("published http://127.0.0.1:8080/articles/envoys-return"));

    // Comments are filed under the article's canonical URL.
    let url = "http://127.0.0.1:8080/articles/envoys-return";
    let posted = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": url, "body": "Good to see **talks** again.", "author_name": "Reader"}),
            None,
        )
        .await;
    assert_eq!(posted.status(), StatusCode::CREATED);

    let home = app.get("/").await;
    assert_eq!(home.status(), StatusCode::OK);
    let home = home.text().await.expect("html");
    assert!(
        home.contains("Envoys return to Geneva") && home.contains("1 comment"),
        "{home}"
    );

    let page = app.get("/articles/envoys-return").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html")));
    let page = page.text().await.expect("html");
    for expected in [
        "<h1 class=\"headline\">Envoys return to Geneva</h1>",
        "A third round of talks opens on Monday.",
        "Ana Ruiz",
        "<em>quietly</em>",
        "<p class=\"sponsor\">Our sponsor</p>",
        &format!("<link rel=\"canonical\" href=\"{url}\">"),
        "<strong>talks</strong>",
        "src=\"/embed.js\"",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in {page}");
    }

    // Republishing the same slug updates the article.
    std::fs::write(&file, ARTICLE.replace("Envoys return", "Envoys go back")).expect("write");
    let out = tribune(
        &["publish", "--site", "news", file.to_str().expect("path")],
        &app.storage.url,
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("updated"));
    let page = app
        .get("/articles/envoys-return")
        .await
        .text()
        .await
        .expect("html");
    assert!(page.contains("Envoys go back to Geneva"));

    let missing = app.get("/articles/no-such-story").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing.text().await.expect("html").contains("no article"));
}

#[tokio::test]
async fn without_a_publication_the_home_page_says_how_to_configure_one() {
    let storage = fresh_storage(Engine::Sqlite).await;
    let app = spawn_on(storage, |_| {}).await;
    let home = app.get("/").await;
    assert_eq!(home.status(), StatusCode::NOT_FOUND);
    assert!(home
        .text()
        .await
        .expect("html")
        .contains("publication.site"));
    let js = app.get("/embed.js").await;
    assert_eq!(js.status(), StatusCode::OK);
    assert!(js
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/javascript")));
}
