//! Moving in and out (#15): `tribune import` of every format from fixtures written for these
//! tests (with the quirks real exports have), read back over the HTTP API; repeating an import;
//! a truncated file; `tribune export` and its round trip.

use std::path::PathBuf;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::both_engines;
use crate::helpers::{fresh_storage, spawn_app, spawn_on, urlencode, Engine, TestApp};
use crate::ops::tribune;

both_engines!(
    r15_disqus_keeps_threads_parents_times_and_states,
    r15_wordpress_states_dates_and_the_house_rules,
    r15_isso_commento_and_remark42,
    r15_a_truncated_file_changes_nothing,
    r15_export_then_import_gives_the_same_threads,
    r15_single_sign_on_claims_an_imported_reader,
    r15_pages_already_there_and_threads_sharing_one
);

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
        .display()
        .to_string()
}

/// Runs `tribune import ...` on the app's database; it must succeed. Returns its output.
fn import(app: &TestApp, args: &[&str]) -> String {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    let out = tribune(&all, &app.storage.url);
    assert!(
        out.status.success(),
        "tribune {all:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Imports the Disqus fixture, its old domain mapped onto the site.
fn import_disqus(app: &TestApp) -> String {
    let file = fixture("disqus.xml");
    import(
        app,
        &["disqus", &file, "--site", "news", "--map-url", OLD_DOMAIN],
    )
}

const OLD_DOMAIN: &str = "http://old.news.example/=https://news.example/";

/// The public thread of `url` on `news`.
async fn thread(app: &TestApp, url: &str) -> Value {
    let response = app
        .get(&format!("/api/v1/threads?site=news&url={}", urlencode(url)))
        .await;
    assert_eq!(response.status(), StatusCode::OK, "thread of {url}");
    response.json().await.expect("json")
}

/// The comments of a thread by author name (several: in thread order).
fn by_name<'a>(thread: &'a Value, name: &str) -> Vec<&'a Value> {
    thread["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .filter(|c| c["author"]["name"] == name)
        .collect()
}

fn one<'a>(thread: &'a Value, name: &str) -> &'a Value {
    let found = by_name(thread, name);
    assert_eq!(found.len(), 1, "one comment by {name} in {thread}");
    found[0]
}

const BUDGET: &str = "https://news.example/2019/05/budget";
const STORM: &str = "https://news.example/2019/06/storm";

async fn r15_disqus_keeps_threads_parents_times_and_states(engine: Engine) {
    let app = spawn_app(engine).await;
    let file = fixture("disqus.xml");
    let args = [
        "disqus",
        file.as_str(),
        "--site",
        "news",
        "--map-url",
        OLD_DOMAIN,
    ];
    let mut dry = args.to_vec();
    dry.push("--dry-run");
    let plan = import(&app, &dry);
    assert!(plan.contains(&format!("{BUDGET}  6 new")), "{plan}");
    assert!(plan.contains(&format!("{STORM}  4 new")), "{plan}");
    assert_eq!(
        thread(&app, BUDGET).await["count"],
        0,
        "a dry run writes nothing"
    );

    let summary = import(&app, &args);
    assert!(
        summary.contains("10 new comments were stored on 2 pages"),
        "{summary}"
    );
    for reason in [
        "1: deleted, without replies",
        "1: its thread is not in the file (an orphan)",
        "1: its thread's address is not on the site's origins",
        "readers: 3 were created",
        "1 refused",
    ] {
        assert!(
            summary.contains(reason),
            "{reason:?} missing from {summary}"
        );
    }

    let budget = thread(&app, BUDGET).await;
    assert_eq!(budget["count"], 4, "{budget}");
    let anns = by_name(&budget, "Ann");
    assert_eq!(anns.len(), 2);
    let (first, bob) = (anns[0], one(&budget, "Bob"));
    assert_eq!(first["created_at"], "2019-05-01T09:00:00Z");
    assert!(first["html"]
        .as_str()
        .expect("html")
        .contains("<strong>Great</strong> article &amp; more"));
    assert!(first["html"]
        .as_str()
        .expect("html")
        .contains(r#"href="https://news.example/2019/04/tax""#));
    for unsafe_part in ["script", "alert", "<img", "onerror"] {
        assert!(
            !first["html"].as_str().expect("html").contains(unsafe_part),
            "{first}"
        );
    }
    assert_eq!(bob["parent_id"], first["id"]);
    assert_eq!(bob["author"]["id"], Value::Null, "no e-mail: no reader");
    // The same person (the address with other spaces and capitals) is one reader.
    assert_eq!(anns[1]["parent_id"], bob["id"]);
    assert_eq!(anns[1]["author"]["id"], first["author"]["id"]);
    assert!(first["author"]["id"].is_i64());
    // A deleted comment with a reply is a placeholder; the reply keeps its place.
    let dina = one(&budget, "Dina");
    let placeholder = budget["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .find(|c| c["id"] == dina["parent_id"])
        .expect("the deleted parent is in the thread");
    assert_eq!(placeholder["status"], "deleted");
    assert_eq!(placeholder["html"], "");
    for absent in ["Eve", "Spammer", "Orphan", "Hal"] {
        assert!(
            by_name(&budget, absent).is_empty(),
            "{absent} must not be shown"
        );
    }

    let storm = thread(&app, STORM).await;
    assert!(one(&storm, "Олег")["html"]
        .as_str()
        .expect("html")
        .contains("Привет из Москвы! Türkçe: çok güzel 🌧"));
    assert_eq!(one(&storm, "Fay")["parent_id"], one(&storm, "Gus")["id"]);
    // History is kept as it was without --judge.
    assert_eq!(one(&storm, "Ivan")["status"], "visible");

    // A second run adds nothing.
    let again = import(&app, &args);
    assert!(again.contains("0 new comments were stored"), "{again}");
    assert!(again.contains("10 were already imported"), "{again}");
    assert_eq!(thread(&app, BUDGET).await["comments"], budget["comments"]);
    assert_eq!(thread(&app, STORM).await["count"], 4);
}

async fn r15_wordpress_states_dates_and_the_house_rules(engine: Engine) {
    let app = spawn_app(engine).await;
    let (desk, _) = app.staff("desk@example.org", "moderator").await;
    let file = fixture("wordpress.xml");
    let summary = import(&app, &["wordpress", &file, "--site", "news", "--judge"]);
    assert!(
        summary.contains("1: a pingback or trackback, not a comment"),
        "{summary}"
    );
    assert!(
        summary.contains("1 refused by them were put in the moderation queue"),
        "{summary}"
    );

    // `?p=123` names the page only where the site says `p` matters; by default every
    // parameter but tracking ones does.
    let rates = thread(&app, "https://news.example/?p=123").await;
    assert_eq!(rates["count"], 3, "{rates}");
    let jo = by_name(&rates, "Jo Müller");
    let kim = one(&rates, "Kim");
    assert_eq!(jo[0]["created_at"], "2019-03-04T10:00:00Z", "the GMT date");
    assert_eq!(kim["created_at"], "2019-03-04T12:00:00Z", "no local date");
    assert_eq!(
        jo[1]["created_at"], "2019-03-04T14:00:00Z",
        "no GMT date: the local one"
    );
    assert_eq!(kim["parent_id"], jo[0]["id"]);
    assert_eq!(jo[1]["parent_id"], kim["id"]);
    assert_eq!(jo[0]["author"]["id"], jo[1]["author"]["id"]);
    let html = jo[0]["html"].as_str().expect("html");
    assert!(html.contains("<p>Rates went up twice.</p>"), "{html}");
    assert!(html.contains("Line one<br"), "{html}");
    assert!(html.contains("line two &amp; <em>more</em>"), "{html}");
    for absent in ["Lee", "Casino", "Mo", "Ned", "Another Blog"] {
        assert!(
            by_name(&rates, absent).is_empty(),
            "{absent} must not be shown"
        );
    }

    // Pending in WordPress, and held by the house rules with --judge: both in the queue.
    let queue = app.get_json("/api/v1/mod/queue?site=news", &desk).await;
    let reasons: Vec<String> = queue["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| format!("{}: {}", i["comment"]["author"]["name"], i["reason"]))
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].starts_with("\"Ned\""),
        "the riskier first: {reasons:?}"
    );
    assert!(
        reasons.contains(&"\"Lee\": \"awaiting approval in wordpress\"".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("\"Ned\": \"house rules: ") && r.ends_with("(on import)\"")),
        "{reasons:?}"
    );
}

/// An Isso database as Isso 0.13 creates it.
async fn isso_database(path: &std::path::Path) {
    use sqlx::ConnectOptions;
    let mut db = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .connect()
        .await
        .expect("isso db");
    for sql in [
        "CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256))",
        "CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER,
             created FLOAT NOT NULL, modified FLOAT, mode INTEGER, remote_addr VARCHAR, text VARCHAR,
             author VARCHAR, email VARCHAR, website VARCHAR, likes INTEGER DEFAULT 0,
             dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL, notification INTEGER DEFAULT 0)",
        "INSERT INTO threads VALUES (1, '/2022/07/heatwave/', 'Heatwave: the map')",
        "INSERT INTO comments VALUES (1, 1, NULL, 1656662400.5, NULL, 1, '192.0.2.0', 'Hot *here* too.', 'Vic', ' vic@example.org', NULL, 4, 1, x'00', 0)",
        "INSERT INTO comments VALUES (1, 2, 1, 1656666000.0, NULL, 1, '192.0.2.0', 'Stay cool, Vic.', NULL, NULL, NULL, 0, 0, x'00', 0)",
        "INSERT INTO comments VALUES (1, 3, NULL, 1656669600.0, NULL, 4, '192.0.2.0', '', NULL, NULL, NULL, 0, 0, x'00', 0)",
        "INSERT INTO comments VALUES (1, 4, 3, 1656673200.0, NULL, 1, '192.0.2.0', 'Under a deleted one.', 'Wes', NULL, NULL, 0, 0, x'00', 0)",
        "INSERT INTO comments VALUES (1, 5, NULL, 1656676800.0, NULL, 2, '192.0.2.0', 'Awaiting Isso moderation.', 'Xan', NULL, NULL, 0, 0, x'00', 0)",
    ] {
        sqlx::query(sql).execute(&mut db).await.expect(sql);
    }
}

async fn r15_isso_commento_and_remark42(engine: Engine) {
    let app = spawn_app(engine).await;
    let dir = tempfile::tempdir().expect("dir");
    let isso = dir.path().join("comments.db");
    isso_database(&isso).await;
    let summary = import(
        &app,
        &["isso", &isso.display().to_string(), "--site", "news"],
    );
    assert!(
        summary.contains("5 new comments were stored on 1 pages"),
        "{summary}"
    );
    // Isso keys threads by path: they go on the site's origin.
    let heat = thread(&app, "https://news.example/2022/07/heatwave").await;
    let vic = one(&heat, "Vic");
    assert_eq!(vic["created_at"], "2022-07-01T08:00:00.5Z");
    assert!(vic["html"]
        .as_str()
        .expect("html")
        .contains("Hot <em>here</em> too."));
    assert_eq!(
        (vic["upvotes"].clone(), vic["downvotes"].clone()),
        (json!(4), json!(1))
    );
    assert_eq!(one(&heat, "Anonymous")["parent_id"], vic["id"]);
    let wes = one(&heat, "Wes");
    let parent = heat["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .find(|c| c["id"] == wes["parent_id"])
        .expect("placeholder");
    assert_eq!(parent["status"], "deleted");
    assert!(
        by_name(&heat, "Xan").is_empty(),
        "pending in Isso: not shown"
    );

    let summary = import(
        &app,
        &["commento", &fixture("commento.json"), "--site", "news"],
    );
    assert!(
        summary.contains("1 replies whose parent is not in the file were placed at the top"),
        "{summary}"
    );
    let vote = thread(&app, "https://news.example/2020/01/vote").await;
    assert_eq!(vote["count"], 3, "{vote}");
    let pat = one(&vote, "Pat");
    assert_eq!(pat["created_at"], "2020-01-05T10:00:00.123Z");
    assert_eq!(pat["upvotes"], 3);
    let anonymous = one(&vote, "Anonymous");
    assert_eq!(
        (
            anonymous["parent_id"].clone(),
            anonymous["downvotes"].clone()
        ),
        (pat["id"].clone(), json!(2))
    );
    assert_eq!(one(&vote, "Quinn")["parent_id"], Value::Null);

    import(
        &app,
        &["remark42", &fixture("remark42.jsonl"), "--site", "news"],
    );
    let vaccine = thread(&app, "https://news.example/2021/03/vaccine").await;
    let rae = one(&vaccine, "Rae");
    assert!(rae["html"]
        .as_str()
        .expect("html")
        .contains("Finally some <em>good</em> news."));
    assert_eq!(rae["upvotes"], 2);
    let sol = one(&vaccine, "Sol");
    assert_eq!(
        (sol["parent_id"].clone(), sol["downvotes"].clone()),
        (rae["id"].clone(), json!(1))
    );
    assert!(sol["html"]
        .as_str()
        .expect("html")
        .contains("Agreed &amp; about time."));
    let uma = one(&vaccine, "Uma");
    assert!(uma["author"]["id"].is_i64(), "an e-mail makes a reader");
    assert!(
        uma["parent_id"].is_i64(),
        "under the placeholder of Tam's deleted comment"
    );
}

async fn r15_a_truncated_file_changes_nothing(engine: Engine) {
    let app = spawn_app(engine).await;
    let whole = std::fs::read_to_string(fixture("disqus.xml")).expect("fixture");
    let cut = &whole[..whole.find("<post dsq:id=\"9\">").expect("post 9") + 40];
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("cut.xml");
    std::fs::write(&path, cut).expect("write");
    let out = tribune(
        &[
            "import",
            "disqus",
            &path.display().to_string(),
            "--site",
            "news",
            "--map-url",
            OLD_DOMAIN,
        ],
        &app.storage.url,
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("truncated") && stderr.contains("line"),
        "{stderr}"
    );
    assert_eq!(thread(&app, BUDGET).await["count"], 0, "nothing stored");

    let out = tribune(
        &[
            "import",
            "disqus",
            &fixture("disqus.xml"),
            "--site",
            "nowhere",
        ],
        &app.storage.url,
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no site \"nowhere\""));
}

async fn r15_export_then_import_gives_the_same_threads(engine: Engine) {
    let app = spawn_app(engine).await;
    import_disqus(&app);
    // Activity in Tribune itself: a reply, a vote.
    let reader = app.signup("zed@example.org").await;
    let before = thread(&app, BUDGET).await;
    let first = one(&before, "Bob")["id"].as_i64().expect("id");
    let reply = app
        .send(
            Method::POST,
            "/api/v1/comments",
            &json!({"site": "news", "url": BUDGET, "parent_id": first, "body": "Written *here*."}),
            &reader,
        )
        .await;
    assert_eq!(reply.status(), StatusCode::CREATED);
    let voted = app
        .send(
            Method::POST,
            &format!("/api/v1/comments/{first}/vote"),
            &json!({"value": 1}),
            &reader,
        )
        .await;
    assert_eq!(voted.status(), StatusCode::OK);
    let before = [thread(&app, BUDGET).await, thread(&app, STORM).await];

    let (_dir, file) = export(&app);
    let text = std::fs::read_to_string(&file).expect("export");
    let records = records(&text);
    assert_eq!(records[0]["type"], "header");
    assert_eq!(records[0]["version"], 1);
    assert!(records
        .iter()
        .any(|r| r["type"] == "page" && r["title"] == "Budget day & the deficit"));
    assert!(records
        .iter()
        .any(|r| r["type"] == "vote" && r["comment"] == first));
    assert!(
        !text.contains("password") && !text.contains("$argon2"),
        "no password hashes"
    );

    let other = spawn_on(fresh_storage(engine).await, |_| {}).await;
    let summary = import(
        &other,
        &["tribune", &file.display().to_string(), "--site", "news"],
    );
    assert!(summary.contains("11 new comments were stored"), "{summary}");
    let after = [thread(&other, BUDGET).await, thread(&other, STORM).await];
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(a["count"], b["count"]);
        let shape = |t: &Value| -> Vec<(Value, Value, Value, Value, Value, bool)> {
            let comments = t["comments"].as_array().expect("comments");
            let position = |id: &Value| comments.iter().position(|c| &c["id"] == id);
            comments
                .iter()
                .map(|c| {
                    (
                        c["author"]["name"].clone(),
                        c["html"].clone(),
                        c["created_at"].clone(),
                        c["status"].clone(),
                        c["upvotes"].clone(),
                        position(&c["parent_id"]).is_some() == c["parent_id"].is_i64(),
                    )
                })
                .collect()
        };
        assert_eq!(shape(a), shape(b));
        let parents = |t: &Value| -> Vec<Option<usize>> {
            let comments = t["comments"].as_array().expect("comments");
            comments
                .iter()
                .map(|c| comments.iter().position(|p| p["id"] == c["parent_id"]))
                .collect()
        };
        assert_eq!(parents(a), parents(b));
    }
}

/// The reader id the Disqus fixture's Ann (ann@example.org, the author Bob answers on the
/// budget story) was imported as.
async fn imported_ann(app: &TestApp) -> Value {
    let ann = one(&thread(app, BUDGET).await, "Bob")["parent_id"].clone();
    thread(app, BUDGET).await["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .find(|c| c["id"] == ann)
        .expect("Ann's comment")["author"]["id"]
        .clone()
}

async fn r15_single_sign_on_claims_an_imported_reader(engine: Engine) {
    let app = spawn_app(engine).await;
    import_disqus(&app);
    let ann_id = imported_ann(&app).await;
    // Signing up with the address cannot take the account: nobody proved they own it.
    let taken = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": "ann@example.org", "password": "correct horse battery"}),
            None,
        )
        .await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    // The site's single sign-on vouches for it: the reader is Ann, with her comments.
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let token = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &json!({"sub": "cms-ann", "name": "Ann B.", "email": "Ann@example.org", "exp": now + 600}),
        &jsonwebtoken::EncodingKey::from_secret(b"sso-secret"),
    )
    .expect("sign");
    let session = app
        .post_json(
            "/api/v1/auth/sso",
            &json!({"site": "news", "token": token}),
            None,
        )
        .await;
    assert_eq!(session.status(), StatusCode::OK);
    let session: Value = session.json().await.expect("json");
    assert_eq!(session["reader"]["id"], ann_id);
}

/// With mail on, an imported reader claims their account by choosing a password through the
/// reset link mailed to the address the export had: the account, with its comments, is theirs.
#[tokio::test]
async fn r15_r16_a_password_reset_claims_an_imported_reader() {
    let Some((app, mailbox)) = crate::mail::spawn_with_mail(Engine::Sqlite, |_| {}).await else {
        return;
    };
    import_disqus(&app);
    let ann_id = imported_ann(&app).await;
    let before = mailbox.to("ann@example.org").len();
    let asked = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"email": "ann@example.org", "site": "news"}),
            None,
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let mails = mailbox.wait("ann@example.org", before + 1).await;
    let token = mails
        .last()
        .expect("the reset mail")
        .token("/account/reset");
    let claimed = app
        .post_json(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": token, "password": "Ann's own passphrase"}),
            None,
        )
        .await;
    assert_eq!(claimed.status(), StatusCode::OK);
    let claimed: Value = claimed.json().await.expect("json");
    assert_eq!(claimed["reader"]["id"], ann_id);
    app.login("ann@example.org", "Ann's own passphrase").await;
}

/// `tribune export --site news` into a file of a fresh folder, which lives as long as the
/// folder returned.
fn export(app: &TestApp) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("news.jsonl");
    let out = tribune(
        &[
            "export",
            "--site",
            "news",
            "--out",
            &file.display().to_string(),
        ],
        &app.storage.url,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, file)
}

/// The records of an export, one a line.
fn records(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The page titles `tribune export` writes, by address.
fn exported_titles(app: &TestApp) -> std::collections::HashMap<String, Value> {
    let (_dir, file) = export(app);
    records(&std::fs::read_to_string(&file).expect("export"))
        .into_iter()
        .filter(|r| r["type"] == "page")
        .map(|r| {
            (
                r["url"].as_str().expect("url").to_owned(),
                r["title"].clone(),
            )
        })
        .collect()
}

/// Pages are opened in bulk: a page that readers already commented on (no title yet) takes the
/// old thread's title and keeps its comment; two old threads mapped onto one address fill one
/// page, titled by the first.
async fn r15_pages_already_there_and_threads_sharing_one(engine: Engine) {
    let app = spawn_app(engine).await;
    let early = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": STORM, "body": "Written before the move.", "author_name": "Early"}),
            None,
        )
        .await;
    assert_eq!(early.status(), StatusCode::CREATED);
    assert_eq!(exported_titles(&app)[STORM], Value::Null);
    import_disqus(&app);
    let storm = thread(&app, STORM).await;
    assert!(one(&storm, "Early")["html"]
        .as_str()
        .expect("html")
        .contains("Written before the move."));
    assert_eq!(storm["count"], 5, "{storm}");
    assert_eq!(exported_titles(&app)[STORM], "Storm — live");

    let other = spawn_app(engine).await;
    let file = fixture("disqus.xml");
    let summary = import(
        &other,
        &[
            "disqus",
            &file,
            "--site",
            "news",
            "--map-url",
            OLD_DOMAIN,
            "--map-url",
            "https://news.example/2019/06/storm=https://news.example/2019/05/budget",
        ],
    );
    assert!(
        summary.contains("10 new comments were stored on 1 pages"),
        "{summary}"
    );
    // What the two pages show apart, less the comment written before the move.
    let apart = thread(&app, BUDGET).await["count"].as_i64().expect("count")
        + storm["count"].as_i64().expect("count")
        - 1;
    assert_eq!(thread(&other, BUDGET).await["count"], apart);
    let titles = exported_titles(&other);
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert_eq!(titles[BUDGET], "Budget day & the deficit");
}
