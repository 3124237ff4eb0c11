//! The widget in real headless Chromium, embedded cross-origin on a host page (#3). The
//! storage engine does not matter to the browser, so these run on SQLite only.

use reqwest::StatusCode;
use serde_json::{json, Value};
use thirtyfour::prelude::*;

use crate::browser::{
    click, driver, eventually, find, find_text, host_site, widget, widget_sign_in, HostSite,
};
use crate::helpers::{spawn_app, Engine, TestApp, PAGE};

/// The app and a host site allowed to embed it.
async fn embedded(script_attrs: &str) -> (TestApp, HostSite) {
    let app = spawn_app(Engine::Sqlite).await;
    let host = host_site(app.addr, PAGE, script_attrs).await;
    tribune::sites::store::upsert_site(
        &app.db,
        "news",
        "The News",
        // The host page's own origin (the widget calls from there) and the site's canonical
        // domain (the pages' addresses are on it).
        &format!("{} https://news.example", host.origin()),
        true,
        Some("sso-secret"),
        None,
    )
    .await
    .expect("allow the host origin");
    (app, host)
}

async fn type_into(root: &WebElement, css: &str, text: &str) {
    let field = find(root, css).await;
    field.clear().await.expect("clear");
    field.send_keys(text).await.expect("type");
}

async fn comment_text(root: &WebElement, id: i64) -> String {
    find(root, &format!("#comment-{id} > article"))
        .await
        .text()
        .await
        .expect("text")
}

#[tokio::test]
async fn reads_posts_replies_votes_edits_and_deletes() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    let moderator = app.signup("desk@news.example").await;
    let me = app.me(&moderator).await;
    tribune::auth::store::set_role(
        &app.db,
        "news",
        me["id"].as_i64().expect("id"),
        tribune::auth::domain::Role::Moderator,
    )
    .await
    .expect("role");
    let first = app
        .comment_ok("First, from the **desk**.", None, Some(&moderator))
        .await;
    let first_id = first["id"].as_i64().expect("id");

    let browser = chrome.session().await;
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;

    // Reading: the count, the comment with its Markdown and the moderator badge.
    find_text(&root, ".tb-count", "1 comment").await;
    let text = comment_text(&root, first_id).await;
    assert!(text.contains("First, from the desk."), "{text}");
    find_text(
        &root,
        &format!("#comment-{first_id} .tb-badge"),
        "Moderator",
    )
    .await;
    // The host page's CSS does not reach into the widget.
    let colour = find(&root, ".tb-author")
        .await
        .css_value("color")
        .await
        .expect("colour");
    assert!(
        !colour.contains("255, 0, 0"),
        "host CSS leaked in: {colour}"
    );

    // Creating an account in the widget.
    click(&root, ".tb-signin").await;
    find_text(&root, ".tb-signin-form button", "New here?")
        .await
        .click()
        .await
        .expect("switch to sign-up");
    type_into(&root, "#tb-name", "Widget Reader").await;
    type_into(&root, "#tb-email", "widget@news.example").await;
    type_into(&root, "#tb-password", "correct horse battery").await;
    click(&root, ".tb-signin-form .tb-primary").await;
    find_text(&root, ".tb-account", "Signed in as Widget Reader").await;

    // Preview, then post with Ctrl+Enter from the keyboard.
    type_into(&root, "#tb-text-new", "My *first* comment here.").await;
    find_text(&root, ".tb-tab", "Preview")
        .await
        .click()
        .await
        .expect("preview");
    find_text(&root, ".tb-preview em", "first").await;
    find_text(&root, ".tb-tab", "Write")
        .await
        .click()
        .await
        .expect("back to writing");
    find(&root, "#tb-text-new")
        .await
        .send_keys(Key::Control + Key::Enter)
        .await
        .expect("ctrl+enter");
    let mine = find_text(&root, ".tb-c.tb-is-new", "My first comment here.").await;
    let mine_id: i64 = mine
        .attr("data-id")
        .await
        .expect("attr")
        .expect("data-id")
        .parse()
        .expect("id");
    find_text(&root, ".tb-count", "2 comments").await;

    // Voting on someone else's comment.
    let up = find(&root, &format!("#comment-{first_id} .tb-up")).await;
    up.click().await.expect("vote");
    find_text(&root, &format!("#comment-{first_id} .tb-score"), "1").await;
    eventually("the up-vote is pressed", || async {
        up.attr("aria-pressed").await.ok().flatten().as_deref() == Some("true")
    })
    .await;

    // Replying.
    click(&root, &format!("#comment-{first_id} .tb-reply")).await;
    type_into(
        &root,
        &format!("#tb-text-reply-{first_id}"),
        "A reply, threaded.",
    )
    .await;
    click(
        &root,
        &format!("#comment-{first_id} > .tb-form .tb-primary"),
    )
    .await;
    find_text(
        &root,
        &format!("#comment-{first_id} > .tb-replies .tb-c"),
        "A reply, threaded.",
    )
    .await;

    // Editing my comment.
    click(&root, &format!("#comment-{mine_id} .tb-edit")).await;
    type_into(
        &root,
        &format!("#tb-text-edit-{mine_id}"),
        "My corrected comment.",
    )
    .await;
    click(&root, &format!("#comment-{mine_id} .tb-form .tb-primary")).await;
    find_text(
        &root,
        &format!("#comment-{mine_id} .tb-body"),
        "My corrected comment.",
    )
    .await;
    find_text(&root, &format!("#comment-{mine_id} .tb-edited"), "edited").await;

    // Deleting it leaves a placeholder.
    click(&root, &format!("#comment-{mine_id} .tb-delete")).await;
    browser.accept_alert().await.expect("confirm");
    find_text(
        &root,
        &format!("#comment-{mine_id}"),
        "This comment was deleted.",
    )
    .await;

    // The server agrees with what the reader saw.
    let thread = app.thread("", None).await;
    let by_id = |id: i64| {
        thread["comments"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["id"] == id).cloned())
            .expect("comment in thread")
    };
    assert_eq!(by_id(first_id)["upvotes"], 1);
    assert_eq!(by_id(mine_id)["status"], "deleted");
    assert!(thread["comments"]
        .as_array()
        .expect("list")
        .iter()
        .any(|c| c["parent_id"] == first_id
            && c["html"].as_str().is_some_and(|h| h.contains("threaded"))));

    // Sorting: newest puts the reply's thread order aside and the latest top-level first.
    let second = app
        .comment_ok("Second top-level comment.", None, None)
        .await;
    browser.refresh().await.expect("reload");
    let root = widget(&browser).await;
    let sort = find(&root, "#tb-sort").await;
    thirtyfour::components::SelectElement::new(&sort)
        .await
        .expect("select")
        .select_by_value("newest")
        .await
        .expect("sort");
    eventually("newest comes first", || async {
        match root.find(By::Css(".tb-list > .tb-c")).await {
            Ok(el) => el.attr("data-id").await.ok().flatten() == Some(second["id"].to_string()),
            Err(_) => false,
        }
    })
    .await;
    browser.quit().await.expect("quit");
}

#[tokio::test]
async fn a_refused_comment_shows_the_rule_and_keeps_the_text() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    let browser = chrome.session().await;
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    find_text(&root, ".tb-count", "No comments yet").await;

    // Anonymous, refused: the rule in plain words, the offending span marked, text kept.
    let text = "What the f.u.c.k is this policy";
    type_into(&root, "#tb-text-new", text).await;
    type_into(&root, "#tb-text-new-name", "Anon").await;
    click(&root, ".tb-compose-slot .tb-primary").await;
    let verdict = find(&root, ".tb-verdict.tb-refused").await;
    let shown = verdict.text().await.expect("text");
    assert!(shown.contains("The F word"), "{shown}");
    assert!(shown.contains("no F word"), "the editor's message: {shown}");
    let marked = find(&verdict, "li[data-rule=fword] mark")
        .await
        .text()
        .await
        .expect("mark");
    assert_eq!(marked, "f.u.c.k");
    let kept = find(&root, "#tb-text-new")
        .await
        .prop("value")
        .await
        .expect("value");
    assert_eq!(kept.as_deref(), Some(text));
    assert_eq!(app.thread("", None).await["count"], 0);

    // Masked: held for a moderator, shown to its author as awaiting moderation.
    type_into(&root, "#tb-text-new", "What the f*ck is this policy").await;
    click(&root, ".tb-compose-slot .tb-primary").await;
    let held = find(&root, ".tb-verdict.tb-held").await;
    assert!(held
        .text()
        .await
        .expect("text")
        .contains("held for a moderator"));
    find_text(
        &root,
        ".tb-c.tb-is-pending .tb-pending",
        "Awaiting moderation",
    )
    .await;
    browser.quit().await.expect("quit");
}

fn sso_token(claims: &Value) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(b"sso-secret"),
    )
    .expect("sign")
}

#[tokio::test]
async fn signs_in_with_a_password_and_with_the_host_sites_sso() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let exp = time::OffsetDateTime::now_utc().unix_timestamp() + 600;
    let token = sso_token(&json!({"sub": "host-42", "name": "Host Reader", "exp": exp}));
    let (app, host) = embedded(&format!("data-sso-token=\"{token}\"")).await;
    app.signup("pat@news.example").await;

    // SSO: the host page hands its token to the widget.
    let browser = chrome.session().await;
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    find_text(&root, ".tb-account", "Signed in as Host Reader").await;
    type_into(&root, "#tb-text-new", "Posted through SSO.").await;
    click(&root, ".tb-compose-slot .tb-primary").await;
    find_text(&root, ".tb-c .tb-author", "Host Reader").await;
    browser.quit().await.expect("quit");

    // Password: a host page without SSO, a reader with an account.
    let plain = host_site(app.addr, crate::helpers::PAGE, "").await;
    let origins = format!("{} https://news.example", plain.origin());
    tribune::sites::store::upsert_site(&app.db, "news", "The News", &origins, true, None, None)
        .await
        .expect("origin");
    let browser = chrome.session().await;
    browser.goto(plain.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    click(&root, ".tb-signin").await;
    type_into(&root, "#tb-email", "pat@news.example").await;
    type_into(&root, "#tb-password", "wrong password!").await;
    click(&root, ".tb-signin-form .tb-primary").await;
    find(&root, ".tb-signin-form .tb-error").await;
    type_into(&root, "#tb-password", "correct horse battery").await;
    click(&root, ".tb-signin-form .tb-primary").await;
    find_text(&root, ".tb-account", "Signed in as pat").await;
    // The session survives a reload (kept in the host page's storage for this server).
    browser.refresh().await.expect("reload");
    let root = widget(&browser).await;
    find_text(&root, ".tb-account", "Signed in as pat").await;
    browser.quit().await.expect("quit");
}

#[tokio::test]
async fn a_live_comment_arrives_in_another_browser() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    app.comment_ok("Already here.", None, None).await;
    let watcher = chrome.session().await;
    watcher.goto(host.url("/story")).await.expect("open");
    let watching = widget(&watcher).await;
    find_text(&watching, ".tb-count", "1 comment").await;

    let writer = chrome.session().await;
    writer.goto(host.url("/story")).await.expect("open");
    let writing = widget(&writer).await;
    find_text(&writing, ".tb-count", "1 comment").await;
    type_into(&writing, "#tb-text-new", "Hello from the other window.").await;
    click(&writing, ".tb-compose-slot .tb-primary").await;

    let arrived = find_text(&watching, ".tb-c.tb-is-new", "Hello from the other window.").await;
    find_text(&arrived, ".tb-new", "New").await;
    find_text(&watching, ".tb-count", "2 comments").await;
    watcher.quit().await.expect("quit");
    writer.quit().await.expect("quit");
}

#[tokio::test]
async fn counts_pages_and_permalinks() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    let mut ids = Vec::new();
    for i in 0..55 {
        ids.push(
            app.comment_ok(&format!("Comment number {i}."), None, None)
                .await["id"]
                .as_i64()
                .expect("id"),
        );
    }
    let browser = chrome.session().await;

    // Comment counts on a listing page.
    browser.goto(host.url("/list")).await.expect("open list");
    eventually("the counts are filled in", || async {
        browser
            .find(By::Id("with"))
            .await
            .expect("link")
            .text()
            .await
            .ok()
            .as_deref()
            == Some("55 comments")
    })
    .await;
    assert_eq!(
        browser
            .find(By::Id("without"))
            .await
            .expect("link")
            .text()
            .await
            .expect("text"),
        "No comments yet"
    );

    // Pages of 50 top-level comments, then "load more".
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    find_text(&root, ".tb-count", "55 comments").await;
    eventually("the first page is shown", || async {
        root.find_all(By::Css(".tb-list > .tb-c"))
            .await
            .map(|l| l.len())
            .unwrap_or(0)
            == 50
    })
    .await;
    click(&root, ".tb-more").await;
    eventually("the rest is shown", || async {
        root.find_all(By::Css(".tb-list > .tb-c"))
            .await
            .map(|l| l.len())
            .unwrap_or(0)
            == 55
    })
    .await;

    // A permalink to a comment on the second page: loaded, highlighted.
    let target = ids[53];
    browser
        .goto(host.url(&format!("/story#comment-{target}")))
        .await
        .expect("open permalink");
    let root = widget(&browser).await;
    find(&root, &format!("#comment-{target}.tb-target")).await;

    let response = app.get("/embed.js").await;
    assert_eq!(response.status(), StatusCode::OK);
    browser.quit().await.expect("quit");
}

#[tokio::test]
async fn readers_report_and_banned_readers_appeal() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    let target = app
        .comment_ok("A comment someone dislikes.", None, None)
        .await;
    let target_id = target["id"].as_i64().expect("id");
    app.signup("reporter@news.example").await;
    let browser = chrome.session().await;
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    // Sign in through the widget, then report.
    widget_sign_in(&root, "reporter@news.example", "correct horse battery").await;
    find_text(&root, ".tb-account", "Signed in as reporter").await;
    click(&root, &format!("#comment-{target_id} .tb-report")).await;
    browser.send_alert_text("Off topic").await.expect("reason");
    browser.accept_alert().await.expect("ok");
    eventually("the report is stored", || async {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM reports WHERE comment_id = $1 AND reason = 'Off topic'",
        )
        .bind(target_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap_or(0);
        n == 1
    })
    .await;

    // Banned: the reason, and an appeal that reaches the moderators.
    let reader_id: i64 =
        sqlx::query_scalar("SELECT id FROM readers WHERE email = 'reporter@news.example'")
            .fetch_one(&app.db.pool)
            .await
            .expect("id");
    sqlx::query("INSERT INTO bans (site_id, reader_id, kind, reason, created_at) VALUES ('news', $1, 'ban', 'Abusive replies', 0)")
        .bind(reader_id)
        .execute(&app.db.pool)
        .await
        .expect("ban");
    type_into(&root, "#tb-text-new", "Why can I not post?").await;
    click(&root, ".tb-compose-slot .tb-primary").await;
    let banned = find(&root, ".tb-verdict.tb-banned").await;
    assert!(banned
        .text()
        .await
        .expect("text")
        .contains("Abusive replies"));
    type_into(&root, "#tb-appeal", "I was quoting the article.").await;
    click(&root, ".tb-appeal .tb-primary").await;
    find_text(&root, ".tb-feedback", "Your appeal is with the moderators").await;
    let appeals: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appeals WHERE reader_id = $1")
        .bind(reader_id)
        .fetch_one(&app.db.pool)
        .await
        .expect("appeals");
    assert_eq!(appeals, 1);
    browser.quit().await.expect("quit");
}

/// #15: a reader deletes their account from the widget, keeping their comments under
/// "deleted account"; the widget is signed out.
#[tokio::test]
async fn readers_delete_their_account_from_the_widget() {
    let Some(mut chrome) = driver().await else {
        return;
    };
    let (app, host) = embedded("").await;
    let token = app.signup("pat@news.example").await;
    let posted = app.comment_ok("Pat was here.", None, Some(&token)).await;
    let browser = chrome.session().await;
    browser.goto(host.url("/story")).await.expect("open");
    let root = widget(&browser).await;
    crate::browser::widget_sign_in(&root, "pat@news.example", "correct horse battery").await;
    click(&root, ".tb-delete-account").await;
    click(&root, "#tb-keep").await;
    type_into(&root, "#tb-delete-confirm", "delete my account").await;
    click(&root, ".tb-delete-form .tb-primary").await;
    find(&root, ".tb-signin").await;
    let id = posted["id"].as_i64().expect("id");
    crate::browser::eventually("the comment under \"deleted account\"", || async {
        app.get(&format!("/api/v1/comments/{id}"))
            .await
            .json::<Value>()
            .await
            .is_ok_and(|c| c["author"]["name"] == "deleted account")
    })
    .await;
    browser.quit().await.expect("quit");
}
