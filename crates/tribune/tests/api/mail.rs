//! E-mail (#16), through a real SMTP server: the test script starts aiosmtpd on loopback
//! (`TEST_SMTP_URL`), which writes every message it takes to a Maildir (`TEST_MAILDIR`) that
//! these tests read back and parse. Every test mails its own addresses, so tests running side
//! by side share the server without seeing each other's mail.

use std::path::PathBuf;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::browser::eventually;
use crate::helpers::{assert_error, spawn_app_with, Engine, TestApp, PAGE};

/// The test SMTP server's URL and Maildir; `None` (outside CI) when the suite was not started
/// by `scripts/test.sh`.
pub fn smtp() -> Option<(String, PathBuf)> {
    match (
        std::env::var("TEST_SMTP_URL"),
        std::env::var("TEST_MAILDIR"),
    ) {
        (Ok(url), Ok(dir)) => Some((url, PathBuf::from(dir))),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must run the mail tests: set TEST_SMTP_URL and TEST_MAILDIR"
            );
            eprintln!(
                "TEST_SMTP_URL is not set: run the suite with scripts/test.sh to include mail"
            );
            None
        }
    }
}

/// A message as the SMTP server received it.
#[derive(Debug)]
pub struct Mail {
    subject: String,
    text: String,
    html: String,
    list_unsubscribe: Option<String>,
    list_unsubscribe_post: Option<String>,
}

impl Mail {
    /// The first link in the text part that starts with `prefix` (after the server's address).
    fn link(&self, path: &str) -> String {
        self.text
            .split_whitespace()
            .find(|w| w.contains(path))
            .unwrap_or_else(|| panic!("no {path} link in {}", self.text))
            .to_owned()
    }

    pub fn token(&self, path: &str) -> String {
        let link = self.link(path);
        link.split("token=").nth(1).expect("a token").to_owned()
    }
}

pub struct Mailbox {
    dir: PathBuf,
}

impl Mailbox {
    /// Every message to `address` so far, oldest first.
    pub fn to(&self, address: &str) -> Vec<Mail> {
        let mut found = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.dir.join(sub)) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(bytes) = std::fs::read(entry.path()) else {
                    continue;
                };
                let Some(message) = mail_parser::MessageParser::default().parse(&bytes) else {
                    continue;
                };
                let to = message
                    .to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_owned();
                if to != address {
                    continue;
                }
                let header = |name: &str| message.header_raw(name).map(|v| v.trim().to_owned());
                // Written in the order the server took them.
                let written = entry.metadata().and_then(|m| m.modified()).ok();
                found.push((
                    written,
                    entry.file_name(),
                    Mail {
                        subject: message.subject().unwrap_or_default().to_owned(),
                        text: message.body_text(0).unwrap_or_default().into_owned(),
                        html: message.body_html(0).unwrap_or_default().into_owned(),
                        list_unsubscribe: header("List-Unsubscribe"),
                        list_unsubscribe_post: header("List-Unsubscribe-Post"),
                    },
                ));
            }
        }
        found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        found.into_iter().map(|(_, _, m)| m).collect()
    }

    /// Waits until `address` has `n` messages; returns them.
    pub async fn wait(&self, address: &str, n: usize) -> Vec<Mail> {
        eventually(&format!("{n} mails to {address}"), || async {
            self.to(address).len() >= n
        })
        .await;
        self.to(address)
    }
}

/// An address no other test uses.
fn address(who: &str) -> String {
    format!("{who}-{}@mail.example", rand::random::<u32>())
}

/// The app with mail on, replies batched for `batch_secs`, and the mailbox to read.
pub async fn spawn_with_mail(
    engine: Engine,
    change: impl FnOnce(&mut tribune::config::Config),
) -> Option<(TestApp, Mailbox)> {
    let (url, dir) = smtp()?;
    let app = spawn_app_with(engine, |c| {
        c.smtp_url = Some(url);
        c.mail_from = Some("The News <comments@news.example>".into());
        c.mail.poll_ms = 50;
        c.mail.batch_secs = 1;
        change(c);
    })
    .await;
    Some((app, Mailbox { dir }))
}

/// Signs up through the mail: the answer says a confirmation was sent, and the link in it
/// creates the account and signs it in. Returns the session token.
async fn signup_by_mail(app: &TestApp, mailbox: &Mailbox, email: &str, name: &str) -> String {
    let sent = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": email, "password": "correct horse battery", "name": name, "site": "news"}),
            None,
        )
        .await;
    assert_eq!(sent.status(), StatusCode::ACCEPTED);
    let sent: Value = sent.json().await.expect("json");
    assert_eq!(sent["status"], "confirmation_sent");
    let before = mailbox.to(email).len();
    let mails = mailbox.wait(email, before + 1).await;
    let confirm = mails.last().expect("the confirmation");
    assert!(
        confirm.subject.contains("Confirm your account on The News"),
        "{confirm:?}"
    );
    let created = app
        .post_json(
            "/api/v1/auth/confirm",
            &json!({"token": confirm.token("/account/confirm")}),
            None,
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.expect("json");
    created["token"].as_str().expect("token").to_owned()
}

async fn reply(app: &TestApp, token: Option<&str>, parent: i64, body: &str) -> i64 {
    let mut request = json!({"site": "news", "url": PAGE, "parent_id": parent, "body": body});
    if token.is_none() {
        request["author_name"] = json!("Passer-by");
    }
    let posted = app.post_json("/api/v1/comments", &request, token).await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    posted.json::<Value>().await.expect("json")["id"]
        .as_i64()
        .expect("id")
}

/// What waits to be batched for `address`, and the mails queued to it, from the database.
async fn queued(app: &TestApp, address: &str) -> (i64, i64) {
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_pending WHERE recipient = $1")
        .bind(address)
        .fetch_one(&app.db.pool)
        .await
        .expect("pending");
    let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = $1")
        .bind(address)
        .fetch_one(&app.db.pool)
        .await
        .expect("outbox");
    (pending, queued)
}

crate::both_engines!(r16_replies_come_by_mail_batched_with_one_click_unsubscribe);

/// A signed-up reader's comment gets two replies within the batch window: one mail, text
/// and HTML, quoting both, with `List-Unsubscribe` (RFC 8058). A POST to that URL stops
/// them: the next reply is gathered and dropped, and nothing more is sent.
async fn r16_replies_come_by_mail_batched_with_one_click_unsubscribe(engine: Engine) {
    let Some((app, mailbox)) = spawn_with_mail(engine, |c| c.mail.batch_secs = 2).await else {
        return;
    };
    let ann = address("ann");
    let ann_token = signup_by_mail(&app, &mailbox, &ann, "Ann").await;
    let bob_address = address("bob");
    let bob = signup_by_mail(&app, &mailbox, &bob_address, "Bob").await;
    let parent = app
        .comment_ok(
            "The council should publish the budget <b>today</b>.",
            None,
            Some(&ann_token),
        )
        .await["id"]
        .as_i64()
        .expect("id");
    reply(&app, Some(&bob), parent, "Agreed, and the minutes too.").await;
    reply(&app, None, parent, "They published it last year in March.").await;
    // Her own comment and replies elsewhere tell her nothing.
    reply(&app, Some(&ann_token), parent, "Thanks both.").await;

    let mails = mailbox.wait(&ann, 2).await;
    assert_eq!(mails.len(), 2, "the confirmation and one batch: {mails:?}");
    let batch = &mails[1];
    assert_eq!(batch.subject, "2 new replies on The News");
    for part in [&batch.text, &batch.html] {
        assert!(part.contains("Agreed, and the minutes too."), "{part}");
        assert!(
            part.contains("They published it last year in March."),
            "{part}"
        );
        assert!(!part.contains("Thanks both."), "{part}");
        assert!(part.contains("#comment-"), "{part}");
    }
    assert!(batch.text.contains("Bob wrote on"), "{}", batch.text);
    let unsubscribe = batch
        .list_unsubscribe
        .clone()
        .expect("List-Unsubscribe")
        .trim_matches(['<', '>'])
        .to_owned();
    assert_eq!(
        batch.list_unsubscribe_post.as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(
        batch.text.contains(&unsubscribe),
        "the link is in the text too"
    );

    // Opening the link changes nothing; the one-click POST does.
    let opened = app.client.get(&unsubscribe).send().await.expect("get");
    assert_eq!(opened.status(), StatusCode::OK);
    assert!(opened
        .text()
        .await
        .expect("page")
        .contains("<form method=\"post\""));
    let clicked = app
        .client
        .post(&unsubscribe)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(clicked.status(), StatusCode::OK);
    let forged = app
        .client
        .post(format!(
            "{}&t=forged",
            unsubscribe.split("&t=").next().unwrap_or("")
        ))
        .send()
        .await
        .expect("post");
    assert_ne!(forged.status(), StatusCode::OK);

    let bobs = reply(&app, Some(&bob), parent, "One more thing about the budget.").await;
    // A reply to Bob's, posted after: once it is gathered for him, the listener (one notice
    // at a time, in order) has handled the one to Ann's comment.
    reply(&app, None, bobs, "Noted, Bob.").await;
    eventually("the reply to Bob is gathered", || async {
        queued(&app, &bob_address).await != (0, 1)
    })
    .await;
    assert_eq!(
        queued(&app, &ann).await,
        (0, 2),
        "the reply after unsubscribing is not gathered for her"
    );
    assert_eq!(mailbox.to(&ann).len(), 2);
}

/// An anonymous reader leaves an address for replies: nothing is sent to it before the link
/// in the confirmation is followed (a GET only shows the button), then replies come.
#[tokio::test]
async fn r16_anonymous_readers_opt_in_by_confirming() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |_| {}).await else {
        return;
    };
    let carol = address("carol");
    let parent = reply_root(&app).await;
    let asked = app
        .post_json(
            "/api/v1/subscriptions",
            &json!({"site": "news", "kind": "replies", "comment_id": parent, "email": carol}),
            None,
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let confirm = &mailbox.wait(&carol, 1).await[0];
    assert_eq!(
        confirm.subject,
        "Confirm: replies to your comment on The News"
    );
    assert!(
        confirm.list_unsubscribe.is_none(),
        "account-like mail has no list header"
    );
    let link = confirm.link("/mail/confirm");

    // Erin confirmed hers: a reply to her comment, posted after the one to Carol's, is the
    // sign that the listener (one notice at a time, in order) has handled Carol's.
    let erin = address("erin");
    let erins = reply_root(&app).await;
    app.post_json(
        "/api/v1/subscriptions",
        &json!({"site": "news", "kind": "replies", "comment_id": erins, "email": erin}),
        None,
    )
    .await;
    let erins_link = mailbox.wait(&erin, 1).await[0].link("/mail/confirm");
    let confirmed = app.client.post(&erins_link).send().await.expect("post");
    assert_eq!(confirmed.status(), StatusCode::OK);

    reply(&app, None, parent, "A reply before she confirmed.").await;
    reply(
        &app,
        None,
        erins,
        "A reply that shows the first was handled.",
    )
    .await;
    eventually("the reply to Erin is gathered", || async {
        queued(&app, &erin).await != (0, 1)
    })
    .await;
    assert_eq!(
        queued(&app, &carol).await,
        (0, 1),
        "the unconfirmed address gets nothing gathered"
    );

    let page = app.client.get(&link).send().await.expect("get");
    assert!(page.text().await.expect("page").contains("Confirm"));
    assert_eq!(queued(&app, &carol).await, (0, 1), "a GET confirms nothing");
    let confirmed = app.client.post(&link).send().await.expect("post");
    assert_eq!(confirmed.status(), StatusCode::OK);

    reply(&app, None, parent, "A reply after she confirmed.").await;
    let mails = mailbox.wait(&carol, 2).await;
    assert!(
        mails[1].text.contains("A reply after she confirmed."),
        "{:?}",
        mails[1]
    );
    assert!(
        !mails[1].text.contains("before she confirmed"),
        "{:?}",
        mails[1]
    );

    let bad = app
        .post_json(
            "/api/v1/subscriptions",
            &json!({"site": "news", "kind": "replies", "url": PAGE, "email": carol}),
            None,
        )
        .await;
    assert_error(bad, StatusCode::BAD_REQUEST, "invalid_field").await;
}

async fn reply_root(app: &TestApp) -> i64 {
    let posted = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": PAGE, "body": "Where is the budget?", "author_name": "Carol"}),
            None,
        )
        .await;
    assert_eq!(posted.status(), StatusCode::CREATED);
    posted.json::<Value>().await.expect("json")["id"]
        .as_i64()
        .expect("id")
}

/// With a daily cap of one notification, a second batch waits for the next day instead of
/// being sent.
#[tokio::test]
async fn r16_the_daily_cap_holds_further_replies() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |c| c.mail.daily_cap = 1).await
    else {
        return;
    };
    let dan = address("dan");
    let token = signup_by_mail(&app, &mailbox, &dan, "Dan").await;
    let parent = app
        .comment_ok("First comment of the day.", None, Some(&token))
        .await["id"]
        .as_i64()
        .expect("id");
    reply(&app, None, parent, "First reply.").await;
    mailbox.wait(&dan, 2).await;
    reply(&app, None, parent, "Second reply, over the cap.").await;
    reply(&app, None, parent, "Third reply, over the cap.").await;
    // The worker gathers every few seconds: the replies stay waiting, none is sent.
    tokio::time::sleep(std::time::Duration::from_secs(7)).await;
    assert_eq!(queued(&app, &dan).await, (2, 2));
    assert_eq!(mailbox.to(&dan).len(), 2);
}

/// Sign-up answers the same for a taken address and tells its owner by mail; a reset link
/// sets a new password (a weak one is refused and the link still works), signs out the old
/// sessions and signs in.
#[tokio::test]
async fn r16_r17_account_mail_signup_and_password_reset() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |_| {}).await else {
        return;
    };
    let erin = address("erin");
    let old_session = signup_by_mail(&app, &mailbox, &erin, "Erin").await;
    let again = app
        .post_json(
            "/api/v1/auth/signup",
            &json!({"email": erin, "password": "another fine passphrase"}),
            None,
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::ACCEPTED,
        "the same answer as a new address"
    );
    let exists = &mailbox.wait(&erin, 2).await[1];
    assert!(exists.subject.starts_with("Your account on"), "{exists:?}");

    let nobody = address("nobody");
    let asked = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"email": nobody}),
            None,
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let asked = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"email": erin, "site": "news"}),
            None,
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let reset = &mailbox.wait(&erin, 3).await[2];
    assert_eq!(reset.subject, "Choose a new password for The News");
    let token = reset.token("/account/reset");
    let page = app
        .client
        .get(reset.link("/account/reset"))
        .send()
        .await
        .expect("get");
    assert!(page
        .text()
        .await
        .expect("page")
        .contains("type=\"password\""));

    let weak = app
        .post_json(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": token, "password": "password"}),
            None,
        )
        .await;
    assert_error(weak, StatusCode::BAD_REQUEST, "invalid_field").await;
    let done = app
        .post_json(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": token, "password": "a brand new passphrase"}),
            None,
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    let used = app
        .post_json(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": token, "password": "yet another passphrase"}),
            None,
        )
        .await;
    assert_error(used, StatusCode::NOT_FOUND, "not_found").await;
    let me = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&old_session)
        .send()
        .await
        .expect("me");
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED, "old sessions end");
    app.login(&erin, "a brand new passphrase").await;
    assert!(mailbox.to(&nobody).is_empty());
}

/// A suspension is mailed with its reason and a link to appeal without signing in; the
/// moderators' answer comes by mail too. A shadow ban sends nothing.
#[tokio::test]
async fn r16_ban_notice_appeal_link_and_answer() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |_| {}).await else {
        return;
    };
    let (moderator, _) = staff_by_mail(&app, &mailbox, "moderator").await;
    let fay = address("fay");
    let fay_token = signup_by_mail(&app, &mailbox, &fay, "Fay").await;
    let fay_id = app.me(&fay_token).await["id"].as_i64().expect("id");
    app.ban(
        &moderator,
        json!({"site": "news", "target": {"reader_id": fay_id}, "kind": "suspend",
               "until": "2099-01-01T00:00:00Z", "reason": "personal attacks on other readers"}),
    )
    .await;
    let notice = &mailbox.wait(&fay, 2).await[1];
    assert_eq!(
        notice.subject,
        "You are suspended from commenting on The News"
    );
    assert!(
        notice.text.contains("personal attacks on other readers"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("2099-01-01"), "{}", notice.text);
    let appeal = notice.link("/account/appeal");
    let page = app.client.get(&appeal).send().await.expect("get");
    assert!(page
        .text()
        .await
        .expect("page")
        .contains("personal attacks"));
    let sent = app
        .client
        .post(&appeal)
        .form(&[("message", "I quoted him, I did not attack him.")])
        .send()
        .await
        .expect("post");
    assert_eq!(sent.status(), StatusCode::OK);
    let again = app
        .client
        .post(&appeal)
        .form(&[("message", "Again.")])
        .send()
        .await
        .expect("post");
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "the link is used up");

    let appeals = app
        .get_json("/api/v1/mod/appeals?site=news", &moderator)
        .await;
    let id = appeals["appeals"][0]["id"].as_i64().expect("an appeal");
    assert_eq!(
        appeals["appeals"][0]["message"],
        "I quoted him, I did not attack him."
    );
    let answered = app
        .post_json(
            &format!("/api/v1/mod/appeals/{id}"),
            &json!({"accept": true, "reason": "Fair: it was a quotation."}),
            Some(&moderator),
        )
        .await;
    assert_eq!(answered.status(), StatusCode::OK);
    let answer = &mailbox.wait(&fay, 3).await[2];
    assert_eq!(answer.subject, "Your appeal on The News was accepted");
    assert!(
        answer.text.contains("Fair: it was a quotation."),
        "{}",
        answer.text
    );

    let gil = address("gil");
    let gil_token = signup_by_mail(&app, &mailbox, &gil, "Gil").await;
    let gil_id = app.me(&gil_token).await["id"].as_i64().expect("id");
    app.ban(
        &moderator,
        json!({"site": "news", "target": {"reader_id": gil_id}, "kind": "shadow", "reason": "spam"}),
    )
    .await;
    let sent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = $1")
        .bind(&gil)
        .fetch_one(&app.db.pool)
        .await
        .expect("count");
    assert_eq!(
        sent, 1,
        "only the sign-up confirmation: a shadow ban is not told"
    );
}

/// A staff member of `news` signed up by mail: their token and address.
async fn staff_by_mail(app: &TestApp, mailbox: &Mailbox, role: &str) -> (String, String) {
    let email = address(role);
    let token = signup_by_mail(app, mailbox, &email, role).await;
    let id = app.me(&token).await["id"].as_i64().expect("id");
    tribune::auth::store::set_role(&app.db, "news", id, role.parse().expect("a role"))
        .await
        .expect("role");
    (token, email)
}

/// A moderator who chose `immediate` digests gets one when a comment is held, with links to
/// the queue; a campaign of three new accounts posting one talking point brings an alert.
#[tokio::test]
async fn r16_moderator_digest_and_campaign_alert() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |c| {
        c.campaign_check_secs = 1;
        c.mail.moderator_digest = "off".into();
    })
    .await
    else {
        return;
    };
    let (moderator, email) = staff_by_mail(&app, &mailbox, "admin").await;
    let chosen = app
        .send(
            reqwest::Method::PUT,
            "/api/v1/mod/mail?site=news",
            &json!({"digest": "immediate", "campaign_alerts": true}),
            &moderator,
        )
        .await;
    assert_eq!(chosen.status(), StatusCode::OK);
    let bad = app
        .send(
            reqwest::Method::PUT,
            "/api/v1/mod/mail?site=news",
            &json!({"digest": "weekly", "campaign_alerts": true}),
            &moderator,
        )
        .await;
    assert_error(bad, StatusCode::BAD_REQUEST, "invalid_field").await;
    // The digest counts from the moderator's first look: wait for it before holding.
    eventually("the digest clock starts", || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM mod_mail WHERE last_digest_at > 0")
            .fetch_one(&app.db.pool)
            .await
            .expect("count")
            == 1
    })
    .await;
    let premod = |all: bool| {
        let settings = json!({"all": all, "new_readers": 0, "refusal_rate": 1.0, "links": false, "reports_to_hold": 0});
        let (app, moderator) = (&app, &moderator);
        async move {
            app.send(
                reqwest::Method::PUT,
                "/api/v1/mod/sites/news/premod",
                &settings,
                moderator,
            )
            .await
        }
    };
    assert_eq!(premod(true).await.status(), StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let held = app
        .post_json(
            "/api/v1/comments",
            &json!({"site": "news", "url": PAGE, "body": "Held for review.", "author_name": "Hal"}),
            None,
        )
        .await;
    assert_eq!(
        held.json::<Value>().await.expect("json")["status"],
        "pending"
    );
    let mails = mailbox.wait(&email, 2).await;
    let digest = mails
        .iter()
        .find(|m| m.subject.starts_with("The News: 1 held"))
        .unwrap_or_else(|| panic!("a digest in {mails:?}"));
    assert!(digest.text.contains("/mod?site=news"), "{}", digest.text);
    assert!(digest
        .list_unsubscribe
        .as_deref()
        .is_some_and(|u| u.contains("k=digest")));

    assert_eq!(premod(false).await.status(), StatusCode::OK);
    for i in 0..3 {
        let token = signup_by_mail(
            &app,
            &mailbox,
            &address(&format!("troll{i}")),
            &format!("troll{i}"),
        )
        .await;
        let posted = app
            .post_json(
                "/api/v1/comments",
                &json!({"site": "news", "url": format!("https://news.example/story-{i}"),
                        "body": "The ceasefire is a trap and the ministry is lying to all of us about it."}),
                Some(&token),
            )
            .await;
        assert_eq!(posted.status(), StatusCode::CREATED);
    }
    eventually("a campaign alert", || async {
        mailbox
            .to(&email)
            .iter()
            .any(|m| m.subject == "The News: a coordinated campaign of 3 accounts")
    })
    .await;
    let alert = mailbox
        .to(&email)
        .into_iter()
        .find(|m| m.subject.contains("coordinated campaign"))
        .expect("alert");
    assert!(
        alert.text.contains("/mod/campaigns?site=news"),
        "{}",
        alert.text
    );
}

/// Without `smtp_url` the features say they are off instead of failing per comment.
#[tokio::test]
async fn r16_without_mail_the_mail_features_say_so() {
    let app = crate::helpers::spawn_app(Engine::Sqlite).await;
    let reset = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"email": "someone@example.org"}),
            None,
        )
        .await;
    assert_error(reset, StatusCode::BAD_REQUEST, "mail_off").await;
    let token = app.signup("withoutmail@example.org").await;
    let parent = app
        .comment_ok("A comment on a server without mail.", None, Some(&token))
        .await["id"]
        .as_i64()
        .expect("id");
    reply(&app, None, parent, "A reply that nobody is mailed about.").await;
    assert_eq!(queued(&app, "withoutmail@example.org").await, (0, 0));
}

crate::both_engines!(r16_queued_mail_survives_and_two_instances_send_each_once);

/// Mail queued by an instance that never sends (it looks at the queue once an hour) is sent
/// by the next instance on the same database; two instances draining one queue send each
/// mail once.
async fn r16_queued_mail_survives_and_two_instances_send_each_once(engine: Engine) {
    let Some((url, dir)) = smtp() else {
        return;
    };
    let mailbox = Mailbox { dir };
    let with_mail = |poll_ms: u64| {
        let url = url.clone();
        move |c: &mut tribune::config::Config| {
            c.smtp_url = Some(url);
            c.mail_from = Some("The News <comments@news.example>".into());
            c.mail.poll_ms = poll_ms;
        }
    };
    let storage = crate::helpers::fresh_storage(engine).await;
    let idle = crate::helpers::spawn_on(storage.shared(), with_mail(3_600_000)).await;
    // The idle instance's first look at the queue comes as it starts: queue after it.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let tag = rand::random::<u32>();
    let to = |i: usize| format!("queue{i}-{tag}@mail.example");
    let letter = tribune::mail::compose::Letter {
        language: "en".into(),
        subject: "Queued".into(),
        paragraphs: vec!["A mail queued before any instance sent it.".into()],
        ..Default::default()
    };
    let mut tx = idle.db.writer.begin().await.expect("a transaction");
    for i in 0..40 {
        tribune::mail::store::enqueue(
            &mut tx,
            &tribune::mail::store::Outgoing {
                site: Some("news"),
                to: &to(i),
                kind: "digest",
                subject: &letter.subject,
                text: &letter.text(),
                html: &letter.html(),
                unsubscribe_url: None,
            },
        )
        .await
        .expect("queued");
    }
    tx.commit().await.expect("committed");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        mailbox.to(&to(0)).is_empty(),
        "the idle instance sent nothing"
    );

    let _second = crate::helpers::spawn_on(storage.shared(), with_mail(20)).await;
    let _third = crate::helpers::spawn_on(storage, with_mail(20)).await;
    eventually("every queued mail is sent", || async {
        (0..40).all(|i| !mailbox.to(&to(i)).is_empty())
    })
    .await;
    eventually("the queue records every mail as sent", || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'digest' AND sent_at IS NOT NULL",
        )
        .fetch_one(&idle.db.pool)
        .await
        .expect("count")
            == 40
    })
    .await;
    for i in 0..40 {
        assert_eq!(mailbox.to(&to(i)).len(), 1, "mail {i} was sent once");
    }
}

/// An account made before mail was on (here by the admin command) has an address nobody
/// proved: replies are not mailed to it until the reader follows a verification link.
#[tokio::test]
async fn r17_an_unverified_address_gets_replies_once_verified() {
    let Some((app, mailbox)) = spawn_with_mail(Engine::Sqlite, |_| {}).await else {
        return;
    };
    let ivy = address("ivy");
    tribune::auth::ensure_password_account(&app.db, &ivy, "correct horse battery", "Ivy")
        .await
        .expect("account");
    let token = app.login(&ivy, "correct horse battery").await;
    let parent = app
        .comment_ok("Before my address was verified.", None, Some(&token))
        .await["id"]
        .as_i64()
        .expect("id");
    reply(&app, None, parent, "A reply she is not mailed about.").await;
    let asked = app
        .post_json(
            "/api/v1/me/email/verify",
            &json!({"site": "news"}),
            Some(&token),
        )
        .await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
    let verify = &mailbox.wait(&ivy, 1).await[0];
    assert_eq!(verify.subject, "Confirm your e-mail address on The News");
    let link = verify.link("/account/verify");
    assert_eq!(
        app.client.get(&link).send().await.expect("get").status(),
        StatusCode::OK
    );
    assert_eq!(
        queued(&app, &ivy).await,
        (0, 1),
        "opening the link verifies nothing"
    );
    let done = app.client.post(&link).send().await.expect("post");
    assert_eq!(done.status(), StatusCode::OK);
    let again = app
        .post_json("/api/v1/me/email/verify", &json!({}), Some(&token))
        .await;
    assert_error(again, StatusCode::CONFLICT, "conflict").await;

    reply(&app, None, parent, "A reply after she verified.").await;
    let mails = mailbox.wait(&ivy, 2).await;
    assert!(
        mails[1].text.contains("A reply after she verified."),
        "{:?}",
        mails[1]
    );
    assert!(
        !mails[1].text.contains("not mailed about"),
        "{:?}",
        mails[1]
    );
}
