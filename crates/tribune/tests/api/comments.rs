//! Comments over HTTP: posting, threads, Markdown, edits, deletes, votes, sorting, pages,
//! counts, closed pages, and the house rules in the pipeline.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{assert_error, spawn_app, spawn_app_with, urlencode, Engine, PAGE};

both_engines!(
    r17_one_article_one_thread,
    r17_previews_are_limited_and_nesting_is_capped,
    posts_and_reads_a_thread,
    replies_nest_and_missing_parents_are_404,
    markdown_is_rendered_and_sanitized,
    bad_input_gets_clear_errors,
    authors_edit_within_the_window_only,
    delete_keeps_the_thread_shape,
    votes_are_one_per_reader_and_changeable,
    sorts_and_pages_with_cursors,
    counts_many_pages_at_once,
    closed_pages_refuse_comments,
    house_rules_refuse_and_hold,
    sites_control_anonymous_comments_and_origins,
    sites_add_their_own_words,
    r17_invisible_input_is_stripped_and_empty_renderings_refused,
);

/// #17 item 15: NUL and other controls were stored, a body of zero-width characters was
/// accepted, and `- ` five thousand times was published as an empty comment.
async fn r17_invisible_input_is_stripped_and_empty_renderings_refused(engine: Engine) {
    let app = spawn_app(engine).await;
    let posted = app
        .comment_ok(
            "Fair\u{0} po\u{7}int\u{200b}, \u{202e}minister.",
            None,
            None,
        )
        .await;
    assert_eq!(posted["html"], "<p>Fair point, minister.</p>\n");

    for body in [
        "\u{200b}\u{2060}\u{feff}".to_owned(),
        "\u{0}\u{1}\u{1b}".to_owned(),
        "- ".repeat(5000),
        "> \n> \n>".to_owned(),
        "\u{200d}\u{200c}".to_owned(),
    ] {
        let response = app.post_comment(&body, None, None).await;
        let error = assert_error(response, StatusCode::BAD_REQUEST, "invalid_field").await;
        assert!(
            error["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("body")),
            "{error}"
        );
        let preview = app
            .post_json("/api/v1/preview", &json!({"body": body}), None)
            .await;
        assert_eq!(preview.status(), StatusCode::BAD_REQUEST);
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comments")
        .fetch_one(&app.db.pool)
        .await
        .expect("count");
    assert_eq!(count, 1, "nothing invisible was stored");
}

async fn sites_add_their_own_words(engine: Engine) {
    let app = spawn_app(engine).await;
    tribune::sites::store::set_words(&app.db, "news", "# our list\nshill\nscum*", "globalist")
        .await
        .expect("lists");
    let refused = app
        .post_comment("Another paid sh1ll from the scumbag brigade", None, None)
        .await;
    let body = assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    // The site's list refuses it (the classifier may also find "scumbag" abusive).
    let rule = body["error"]["verdict"]["rules"]
        .as_array()
        .and_then(|rules| rules.iter().find(|r| r["id"] == "banned_word"))
        .expect("the banned-word rule");
    assert_eq!(
        rule["spans"],
        json!([[13, 18], [28, 32]]),
        "the disguised word and the matched prefix"
    );
    assert_eq!(
        app.comment_ok("The globalists again", None, None).await["status"],
        "pending"
    );
    assert_eq!(
        app.comment_ok("A shillelagh on the wall", None, None).await["status"],
        "visible"
    );
}

async fn posts_and_reads_a_thread(engine: Engine) {
    let app = spawn_app(engine).await;
    let created = app.comment_ok("First!", None, None).await;
    assert_eq!(created["status"], "visible");
    assert_eq!(created["author"]["name"], "Reader");
    assert!(
        created["edit_token"].as_str().is_some(),
        "anonymous authors get an edit token"
    );

    let thread = app.thread("", None).await;
    assert_eq!(thread["count"], 1);
    let c = &thread["comments"][0];
    assert_eq!(c["id"], created["id"]);
    assert_eq!(c["parent_id"], Value::Null);
    assert_eq!(c["author"]["name"], "Reader");
    assert_eq!(c["html"], "<p>First!</p>\n");
    assert_eq!(c["score"], 0);
    assert_eq!(c["status"], "visible");
    assert!(c["created_at"].as_str().is_some_and(|t| t.ends_with('Z')));
    assert!(
        c.get("edit_token").is_none() && c.get("body").is_none(),
        "secrets stay with the author: {c}"
    );

    // A page nobody has commented on is an empty thread, not an error.
    let empty = app
        .get(&format!(
            "/api/v1/threads?site=news&url={}",
            urlencode("https://news.example/other")
        ))
        .await;
    assert_eq!(empty.status(), StatusCode::OK);
    let empty: Value = empty.json().await.expect("json");
    assert_eq!(empty["comments"], json!([]));
}

async fn replies_nest_and_missing_parents_are_404(engine: Engine) {
    let app = spawn_app(engine).await;
    let root = app
        .comment_ok("The budget leaves out the north.", None, None)
        .await["id"]
        .as_i64()
        .expect("id");
    let child = app
        .comment_ok("It does, page four shows it.", Some(root), None)
        .await["id"]
        .as_i64()
        .expect("id");
    let grandchild = app
        .comment_ok("Thanks, I missed that table.", Some(child), None)
        .await["id"]
        .as_i64()
        .expect("id");
    let thread = app.thread("", None).await;
    let ids: Vec<i64> = thread["comments"]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(ids, [root, child, grandchild]);
    assert_eq!(thread["comments"][2]["parent_id"], child);

    assert_error(
        app.post_comment("orphan", Some(999_999), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // A parent on another page is not a parent.
    let elsewhere = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": "https://news.example/other", "parent_id": root, "body": "x", "author_name": "A"}),
            None,
        )
        .await;
    assert_error(elsewhere, StatusCode::NOT_FOUND, "not_found").await;
}

async fn markdown_is_rendered_and_sanitized(engine: Engine) {
    let app = spawn_app(engine).await;
    let c = app
        .comment_ok("**bold** [link](https://example.org) <script>alert(1)</script> ![img](https://t.example/x.png)", None, None)
        .await;
    let html = c["html"].as_str().expect("html");
    assert!(html.contains("<strong>bold</strong>"), "{html}");
    assert!(html.contains(r#"rel="nofollow ugc noopener""#), "{html}");
    assert!(
        !html.contains("<script") && html.contains("&lt;script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<img"), "{html}");

    let preview = app
        .post_json("/api/v1/preview", &json!({"body": "*hi*"}), None)
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    assert_eq!(
        preview.json::<Value>().await.expect("json")["html"],
        "<p><em>hi</em></p>\n"
    );
}

async fn bad_input_gets_clear_errors(engine: Engine) {
    let app = spawn_app_with(engine, |c| c.max_body_bytes = 4096).await;
    let malformed = app
        .client
        .post(app.url("/api/v1/comments"))
        .header("content-type", "application/json")
        .body("{\"site\": ")
        .send()
        .await
        .expect("request");
    assert_error(malformed, StatusCode::BAD_REQUEST, "malformed_json").await;

    let missing_field = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": PAGE}),
            None,
        )
        .await;
    let body = assert_error(
        missing_field,
        StatusCode::BAD_REQUEST,
        "invalid_json_fields",
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .expect("message")
            .contains("body"),
        "{body}"
    );

    let unknown_site = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "nope", "url": PAGE, "body": "hi", "author_name": "A"}),
            None,
        )
        .await;
    assert_error(unknown_site, StatusCode::NOT_FOUND, "not_found").await;

    let too_large = app.post_comment(&"a".repeat(10_000), None, None).await;
    assert_error(too_large, StatusCode::PAYLOAD_TOO_LARGE, "too_large").await;

    let empty = app.post_comment("   ", None, None).await;
    let body = assert_error(empty, StatusCode::BAD_REQUEST, "invalid_field").await;
    assert!(body["error"]["message"]
        .as_str()
        .expect("message")
        .contains("`body`"));

    let bad_url = app
        .post_json("/api/v1/comments", &json!({"site": "news", "url": "javascript:alert(1)", "body": "hi", "author_name": "A"}), None)
        .await;
    assert_error(bad_url, StatusCode::BAD_REQUEST, "invalid_field").await;

    assert_error(
        app.get("/api/v1/nowhere").await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get("/api/v1/threads?site=news&url=x&limit=0").await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
    assert_error(
        app.get("/api/v1/threads?site=news").await,
        StatusCode::BAD_REQUEST,
        "invalid_query",
    )
    .await;
}

async fn authors_edit_within_the_window_only(engine: Engine) {
    let app = spawn_app(engine).await;
    let token = app.signup("ed@example.org").await;
    let c = app.comment_ok("frist", None, Some(&token)).await;
    let id = c["id"].as_i64().expect("id");

    let edited = app
        .client
        .patch(app.url(&format!("/api/v1/comments/{id}")))
        .bearer_auth(&token)
        .json(&json!({"body": "first, *fixed*"}))
        .send()
        .await
        .expect("request");
    assert_eq!(edited.status(), StatusCode::OK);
    let edited: Value = edited.json().await.expect("json");
    assert_eq!(edited["html"], "<p>first, <em>fixed</em></p>\n");
    assert!(edited["edited_at"].as_str().is_some());

    let other = app.signup("other@example.org").await;
    let by_other = app
        .client
        .patch(app.url(&format!("/api/v1/comments/{id}")))
        .bearer_auth(&other)
        .json(&json!({"body": "hijacked"}))
        .send()
        .await
        .expect("request");
    assert_error(by_other, StatusCode::FORBIDDEN, "forbidden").await;

    // Anonymous authors edit with their edit token.
    let anon = app.comment_ok("anon typo", None, None).await;
    let anon_edit = app
        .client
        .patch(app.url(&format!("/api/v1/comments/{}", anon["id"])))
        .header("x-edit-token", anon["edit_token"].as_str().expect("token"))
        .json(&json!({"body": "anon fixed"}))
        .send()
        .await
        .expect("request");
    assert_eq!(anon_edit.status(), StatusCode::OK);

    // Sixteen minutes later the default 15-minute window has closed.
    sqlx::query("UPDATE comments SET created_at = created_at - 960000 WHERE id = $1")
        .bind(id)
        .execute(&app.db.pool)
        .await
        .expect("age the comment");
    let late = app
        .client
        .patch(app.url(&format!("/api/v1/comments/{id}")))
        .bearer_auth(&token)
        .json(&json!({"body": "too late"}))
        .send()
        .await
        .expect("request");
    let body = assert_error(late, StatusCode::FORBIDDEN, "forbidden").await;
    assert!(body["error"]["message"]
        .as_str()
        .expect("message")
        .contains("edit window"));
}

async fn delete_keeps_the_thread_shape(engine: Engine) {
    let app = spawn_app(engine).await;
    let token = app.signup("del@example.org").await;
    let root = app.comment_ok("doomed", None, Some(&token)).await["id"]
        .as_i64()
        .expect("id");
    app.comment_ok("a reply", Some(root), None).await;
    assert_eq!(app.thread("", None).await["count"], 2);

    let anonymous_try = app
        .client
        .delete(app.url(&format!("/api/v1/comments/{root}")))
        .send()
        .await
        .expect("request");
    assert_error(anonymous_try, StatusCode::FORBIDDEN, "forbidden").await;

    let deleted = app
        .client
        .delete(app.url(&format!("/api/v1/comments/{root}")))
        .bearer_auth(&token)
        .send()
        .await
        .expect("request");
    assert_eq!(deleted.status(), StatusCode::OK);
    let thread = app.thread("", None).await;
    assert_eq!(thread["count"], 1);
    let placeholder = &thread["comments"][0];
    assert_eq!(placeholder["status"], "deleted");
    assert_eq!(placeholder["html"], "");
    assert_eq!(placeholder["author"]["name"], "");
    assert_eq!(
        thread["comments"][1]["parent_id"], root,
        "the reply keeps its place"
    );
}

async fn votes_are_one_per_reader_and_changeable(engine: Engine) {
    let app = spawn_app(engine).await;
    let author = app.signup("author@example.org").await;
    let voter = app.signup("voter@example.org").await;
    let id = app.comment_ok("vote for me", None, Some(&author)).await["id"]
        .as_i64()
        .expect("id");
    let path = format!("/api/v1/comments/{id}/vote");

    for _ in 0..2 {
        let r = app
            .post_json(&path, &json!({"value": 1}), Some(&voter))
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        let r: Value = r.json().await.expect("json");
        assert_eq!(
            (r["upvotes"].as_i64(), r["score"].as_i64()),
            (Some(1), Some(1)),
            "voting twice counts once"
        );
    }
    let changed: Value = app
        .post_json(&path, &json!({"value": -1}), Some(&voter))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        (
            changed["upvotes"].as_i64(),
            changed["downvotes"].as_i64(),
            changed["score"].as_i64()
        ),
        (Some(0), Some(1), Some(-1))
    );
    let thread = app.thread("", Some(&voter)).await;
    assert_eq!(thread["comments"][0]["my_vote"], -1);
    let withdrawn: Value = app
        .post_json(&path, &json!({"value": 0}), Some(&voter))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(withdrawn["score"], 0);

    assert_error(
        app.post_json(&path, &json!({"value": 1}), Some(&author))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.post_json(&path, &json!({"value": 1}), None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        app.post_json(&path, &json!({"value": 5}), Some(&voter))
            .await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
    assert_error(
        app.post_json(
            "/api/v1/comments/424242/vote",
            &json!({"value": 1}),
            Some(&voter),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

async fn sorts_and_pages_with_cursors(engine: Engine) {
    let app = spawn_app(engine).await;
    let voters = [
        app.signup("v1@example.org").await,
        app.signup("v2@example.org").await,
    ];
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(
            app.comment_ok(&format!("comment {i}"), None, None).await["id"]
                .as_i64()
                .expect("id"),
        );
    }
    // Comment 3 gets two up-votes, comment 5 one: they lead the "best" order.
    for v in &voters {
        app.post_json(
            &format!("/api/v1/comments/{}/vote", ids[3]),
            &json!({"value": 1}),
            Some(v),
        )
        .await;
    }
    app.post_json(
        &format!("/api/v1/comments/{}/vote", ids[5]),
        &json!({"value": 1}),
        Some(&voters[0]),
    )
    .await;

    let order = |thread: &Value| -> Vec<i64> {
        thread["comments"]
            .as_array()
            .expect("list")
            .iter()
            .map(|c| c["id"].as_i64().expect("id"))
            .collect()
    };
    assert_eq!(order(&app.thread("&sort=oldest", None).await), ids);
    let newest: Vec<i64> = ids.iter().rev().copied().collect();
    assert_eq!(order(&app.thread("&sort=newest", None).await), newest);
    assert_eq!(
        order(&app.thread("&sort=best", None).await)[..2],
        [ids[3], ids[5]]
    );

    for sort in ["oldest", "newest", "best"] {
        let mut seen = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = app
                .thread(&format!("&sort={sort}&limit=3{cursor}"), None)
                .await;
            seen.extend(order(&page));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
        let mut sorted = seen.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted, ids,
            "{sort}: every comment exactly once across pages"
        );
    }
    assert_error(
        app.get(&format!(
            "/api/v1/threads?site=news&url={}&cursor=zzz",
            urlencode(PAGE)
        ))
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_field",
    )
    .await;
}

async fn counts_many_pages_at_once(engine: Engine) {
    let app = spawn_app(engine).await;
    app.comment_ok("one", None, None).await;
    app.comment_ok("two", None, None).await;
    let other = "https://news.example/other";
    app.post_json(
        "/api/v1/comments",
        &json!({"site": "news", "url": other, "body": "x", "author_name": "A"}),
        None,
    )
    .await;
    let quiet = "https://news.example/quiet";

    let get: Value = app
        .get(&format!(
            "/api/v1/counts?site=news&url={}&url={}&url={}",
            urlencode(PAGE),
            urlencode(other),
            urlencode(quiet)
        ))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(get["counts"], json!({PAGE: 2, other: 1, quiet: 0}));
    let post: Value = app
        .post_json(
            "/api/v1/counts",
            &json!({"site": "news", "urls": [PAGE, format!("{PAGE}#comments")]}),
            None,
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(post["counts"][PAGE], 2);
    assert_eq!(
        post["counts"][format!("{PAGE}#comments")],
        2,
        "fragments do not make another page"
    );
    assert_error(
        app.get("/api/v1/counts?site=nope&url=https://a.example/")
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

async fn closed_pages_refuse_comments(engine: Engine) {
    let app = spawn_app(engine).await;
    app.comment_ok("before closing", None, None).await;
    tribune::sites::store::set_page_closed(&app.db, "news", PAGE, true)
        .await
        .expect("close");
    assert_error(
        app.post_comment("after closing", None, None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(app.thread("", None).await["closed"], true);
    tribune::sites::store::set_page_closed(&app.db, "news", PAGE, false)
        .await
        .expect("reopen");
    app.comment_ok("reopened", None, None).await;
}

async fn house_rules_refuse_and_hold(engine: Engine) {
    let app = spawn_app(engine).await;
    let text = "This is f\u{200b}u\u{0441}king ridiculous";
    let refused = app.post_comment(text, None, None).await;
    let body = assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    let verdict = &body["error"]["verdict"];
    assert_eq!(verdict["decision"], "refuse");
    assert_eq!(verdict["rules"][0]["id"], "fword");
    let (start, end) = (
        text.find('f').expect("f"),
        text.find(" ridiculous").expect("end"),
    );
    assert_eq!(
        verdict["rules"][0]["spans"][0],
        json!([start, end]),
        "the span covers the disguised word in the original bytes"
    );
    assert_eq!(app.thread("", None).await["count"], 0, "nothing stored");
    // Formatting that spells the word out is read as readers would see it: an entity here,
    // after an invisible character, and the span is the entity's word in the bytes sent.
    let text = "\u{200b}What a f&#117;cking *jo*ke";
    let refused = app.post_comment(text, None, None).await;
    let body = assert_error(refused, StatusCode::UNPROCESSABLE_ENTITY, "refused").await;
    let rule = &body["error"]["verdict"]["rules"][0];
    assert_eq!(rule["id"], "fword", "{body}");
    let start = text.find('f').expect("f");
    assert_eq!(
        rule["spans"][0],
        json!([start, start + "f&#117;cking".len()])
    );

    let token = app.signup("masked@example.org").await;
    let held = app
        .comment_ok("What the f*ck, minister?", None, Some(&token))
        .await;
    assert_eq!(held["status"], "pending");
    assert_eq!(held["verdict"]["rules"][0]["id"], "fword_masked");
    let public = app.thread("", None).await;
    assert_eq!(
        public["comments"],
        json!([]),
        "pending comments are not public"
    );
    let own = app.thread("", Some(&token)).await;
    assert_eq!(
        own["comments"][0]["status"], "pending",
        "the author sees their held comment"
    );

    // A threat without a rude word is held, and says which words made it one.
    let text = "Keep writing this and I'll put you in the hospital.";
    let held = app.comment_ok(text, None, Some(&token)).await;
    assert_eq!(held["status"], "pending", "{held}");
    let threat =
        verdict_reason(&held, "threat").unwrap_or_else(|| panic!("a threat reason: {held}"));
    let start = text.find("I'll").expect("start");
    assert_eq!(threat["spans"][0], json!([start, text.len() - 1]));
    let civil = app
        .comment_ok("I'll put you in touch with the editor.", None, None)
        .await;
    assert_eq!(civil["status"], "visible", "{civil}");
    // So is an attack on a group of people, in any of the three languages.
    for text in [
        "Refugees are nothing but cockroaches.",
        "Мигранты — это тараканы.",
    ] {
        let held = app.comment_ok(text, None, Some(&token)).await;
        assert_eq!(held["status"], "pending", "{held}");
        assert!(verdict_reason(&held, "identity_attack").is_some(), "{held}");
    }
    let described = app
        .comment_ok("Refugees are people like you and me.", None, None)
        .await;
    assert_eq!(described["status"], "visible", "{described}");
    // Sexual harassment of the reader is held (with an obscene word, "Send me pics of your
    // tits", the classifier refuses it since session 49); a name that is also a rude word is
    // published.
    let held = app
        .comment_ok("Send me pics of you in the shower", None, Some(&token))
        .await;
    assert_eq!(held["status"], "pending", "{held}");
    assert!(
        verdict_reason(&held, "sexual_harassment").is_some(),
        "{held}"
    );
    // So is a stock insult; a rude word in its plain sense, swearing at nobody and a name
    // the writer calls themselves are published.
    let held = app
        .comment_ok("Crawl back under your rock.", None, Some(&token))
        .await;
    assert_eq!(held["status"], "pending", "{held}");
    assert!(verdict_reason(&held, "insult").is_some(), "{held}");
    for text in [
        "Send me the pictures of your garden",
        "Dick Cheney lied about Iraq",
        "The cock crowed three times.",
        "Holy shit, what a goal!",
        "I'm such an idiot, I left my umbrella on the train.",
    ] {
        let c = app.comment_ok(text, None, Some(&token)).await;
        assert_eq!(c["status"], "visible", "{c}");
    }

    // Innocent look-alikes never trip the F-word rule.
    for text in [
        "Fukuyama was wrong about the end of history",
        "Flooding in Fukushima and Phuket",
        "the mayor of Uckermark",
    ] {
        let c = app.comment_ok(text, None, None).await;
        let rules = c["verdict"]["rules"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            rules
                .iter()
                .all(|r| !r["id"].as_str().unwrap_or("").starts_with("fword")),
            "{text}: {c}"
        );
    }
}

/// The reason of a comment's verdict for the rule `id`.
fn verdict_reason<'a>(comment: &'a Value, id: &str) -> Option<&'a Value> {
    comment["verdict"]["rules"]
        .as_array()?
        .iter()
        .find(|r| r["id"] == id)
}

async fn sites_control_anonymous_comments_and_origins(engine: Engine) {
    let app = spawn_app(engine).await;
    tribune::sites::store::upsert_site(
        &app.db,
        "members",
        "Members only",
        "https://members.example",
        false,
        None,
        None,
    )
    .await
    .expect("site");
    let anon = app
        .post_json("/api/v1/comments", &json!({"site": "members", "url": "https://members.example/a", "body": "hi", "author_name": "A"}), None)
        .await;
    assert_error(anon, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let token = app.signup("member@example.org").await;
    let signed_in = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "members", "url": "https://members.example/a", "body": "hi"}),
            Some(&token),
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::CREATED);

    let foreign = app
        .client
        .post(app.url("/api/v1/comments"))
        .header("origin", "https://evil.example")
        .json(&json!({"site": "news", "url": PAGE, "body": "hi", "author_name": "A"}))
        .send()
        .await
        .expect("request");
    assert_error(foreign, StatusCode::FORBIDDEN, "forbidden").await;
    let allowed = app
        .client
        .post(app.url("/api/v1/comments"))
        .header("origin", "https://news.example")
        .json(&json!({"site": "news", "url": PAGE, "body": "hi", "author_name": "A"}))
        .send()
        .await
        .expect("request");
    assert_eq!(allowed.status(), StatusCode::CREATED);
    assert_eq!(
        allowed
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("https://news.example")
    );
}

/// #17: `POST /api/v1/preview` had no rate limit, and 5,000 levels of `>` cost the renderer
/// time that grows faster than the text. Previews are limited per address; quotes and lists
/// nest at most 16 deep, in previews and comments alike.
async fn r17_previews_are_limited_and_nesting_is_capped(engine: Engine) {
    let app = spawn_app_with(engine, |c| c.rate_limit.preview_per_ip_per_minute = 3).await;
    let deep = format!("{} too deep", ">".repeat(5_000));
    let preview = app
        .post_json("/api/v1/preview", &json!({"body": deep}), None)
        .await;
    let body = assert_error(preview, StatusCode::BAD_REQUEST, "invalid_field").await;
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("16")),
        "{body}"
    );
    let comment = app.post_comment(&deep, None, None).await;
    assert_error(comment, StatusCode::BAD_REQUEST, "invalid_field").await;
    let fine = format!("{}still fine", "> ".repeat(16));
    let preview = app
        .post_json("/api/v1/preview", &json!({"body": fine}), None)
        .await;
    assert_eq!(preview.status(), StatusCode::OK);
    // Four previews a minute is one too many here (the default is 120).
    let last = app
        .post_json("/api/v1/preview", &json!({"body": "hello"}), None)
        .await;
    assert_eq!(last.status(), StatusCode::OK);
    let over = app
        .post_json("/api/v1/preview", &json!({"body": "hello"}), None)
        .await;
    assert_error(over, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
}

/// #17: a trailing slash, tracking parameters, a bare `?`, parameter order, escapes of plain
/// letters and http against https each made a new thread of one article, and a comment for a
/// page on another domain made a page there. Addresses are canonical now; threads split before
/// are merged by `tribune admin merge-pages`.
async fn r17_one_article_one_thread(engine: Engine) {
    let app = spawn_app(engine).await;
    let variants = [
        "https://news.example/2026/11/election/",
        "https://news.example/2026/11/election?utm_source=newsletter&utm_medium=email",
        "https://news.example/2026/11/election?fbclid=IwAR0",
        "https://news.example/2026/11/election?",
        "http://news.example/2026/11/election",
        "https://NEWS.example:443/2026/11/%65lection#comments",
    ];
    for (i, url) in variants.iter().enumerate() {
        let posted = app
            .post_json(
                "/api/v1/comments",
                &json!({"site": "news", "url": url, "body": format!("Reader {i} here."), "author_name": "Reader"}),
                None,
            )
            .await;
        assert_eq!(posted.status(), StatusCode::CREATED, "{url}");
    }
    let thread = app.thread("", None).await;
    assert_eq!(thread["count"], variants.len(), "{thread}");
    assert_eq!(thread["url"], PAGE);
    let via_tracking = app
        .get(&format!(
            "/api/v1/threads?site=news&url={}",
            urlencode(&format!("{PAGE}?utm_campaign=x"))
        ))
        .await;
    let via_tracking: Value = via_tracking.json().await.expect("json");
    assert_eq!(via_tracking["count"], variants.len());
    let elsewhere = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": "https://evil.example/spam", "body": "Buy now.", "author_name": "Spam"}),
            None,
        )
        .await;
    assert_error(elsewhere, StatusCode::BAD_REQUEST, "invalid_field").await;

    // Threads split before canonical addresses: merged by the command, a dry run first.
    let db = &app.db;
    for (url, body) in [
        ("https://news.example/old-story/", "Split one."),
        ("https://news.example/old-story?utm_source=x", "Split two."),
    ] {
        tribune::comments::store::insert(
            db,
            &tribune::comments::store::NewComment {
                site_id: "news",
                url,
                parent_id: None,
                author_id: None,
                author_name: "Old",
                body,
                html: body,
                status: tribune::comments::domain::CommentStatus::Visible,
                verdict: None,
                edit_token_hash: None,
                ip: "192.0.2.1",
                queue_reason: None,
                risk: 0.0,
                evasion_of: None,
                shadow: false,
                device: None,
            },
        )
        .await
        .expect("an old comment");
    }
    let old = "https://news.example/old-story";
    let count = |app: &crate::helpers::TestApp| {
        let url = format!("/api/v1/threads?site=news&url={}", urlencode(old));
        let app = app.client.get(app.url(&url));
        async move {
            let body: Value = app
                .send()
                .await
                .expect("thread")
                .json()
                .await
                .expect("json");
            body["count"].as_i64().expect("count")
        }
    };
    assert_eq!(
        count(&app).await,
        0,
        "the split threads are off the canonical address"
    );
    let dry = crate::ops::tribune(
        &["admin", "merge-pages", "--site", "news", "--dry-run"],
        &app.storage.url,
    );
    assert!(dry.status.success(), "{dry:?}");
    assert!(String::from_utf8_lossy(&dry.stdout).contains("would be merged"));
    assert_eq!(count(&app).await, 0, "a dry run changes nothing");
    let merged = crate::ops::tribune(
        &["admin", "merge-pages", "--site", "news"],
        &app.storage.url,
    );
    assert!(merged.status.success(), "{merged:?}");
    let out = String::from_utf8_lossy(&merged.stdout);
    assert!(
        out.contains(&format!("{old} <- ")) && out.contains("1 page merged"),
        "{out}"
    );
    assert_eq!(count(&app).await, 2);
}
