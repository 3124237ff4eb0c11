//! `tribune campaigns detect` on a recorded stream (#6): the contract other tools read.

use std::io::Write;
use std::process::Command;

use serde_json::{json, Value};

fn line(ts: &str, kind: &str, account: &str, ip: &str, extra: Value) -> String {
    let mut e = json!({"ts": ts, "kind": kind, "account": account, "ip": ip, "site": "news", "url": "https://news.example/a"});
    if let (Some(e), Some(extra)) = (e.as_object_mut(), extra.as_object()) {
        e.extend(extra.clone());
    }
    e.to_string()
}

fn detect(stream: &str) -> std::process::Output {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(stream.as_bytes()).expect("write");
    Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args(["campaigns", "detect", "--json", "--events"])
        .arg(file.path())
        .output()
        .expect("run tribune")
}

/// What `detect` prints for a stream it accepts.
fn detected(stream: &str) -> Value {
    let out = detect(stream);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn detect_prints_the_campaigns_of_a_stream() {
    let point = "The ceasefire is a trap and the ministry is lying to all of us about it.";
    let mut lines = Vec::new();
    for (i, account) in ["t1", "t2", "t3"].iter().enumerate() {
        for round in 0..2 {
            lines.push(line(
                &format!("2027-01-01T10:{:02}:00Z", round * 20 + i),
                "comment",
                account,
                &format!("203.0.113.{i}"),
                json!({"comment_id": format!("{account}-{round}"), "text": format!("{point} {}", ["Share!", "Wake up."][round])}),
            ));
        }
    }
    lines.push(line("2027-01-01T10:05:00Z", "comment", "bystander", "192.0.2.9", json!({"comment_id": "b1", "text": "I read the whole piece and I think the envoy deserves more credit."})));
    lines.push(line(
        "2027-01-01T10:06:00Z",
        "vote",
        "bystander",
        "192.0.2.9",
        json!({"target": "t1-0", "value": -1}),
    ));
    let report = detected(&lines.join("\n"));
    let campaigns = report["campaigns"].as_array().expect("campaigns");
    assert_eq!(campaigns.len(), 1, "{report}");
    assert_eq!(campaigns[0]["accounts"], json!(["t1", "t2", "t3"]));
    assert!(campaigns[0]["score"]
        .as_f64()
        .is_some_and(|s| s > 0.0 && s <= 1.0));
    assert_eq!(campaigns[0]["evidence"][0]["signal"], "same_text");
    assert!(campaigns[0]["id"].is_string());
}

/// Day `day` (from 2027-01-01), minute `minute` of it.
fn at(day: usize, minute: usize) -> String {
    format!(
        "2027-01-{:02}T{:02}:{:02}:00Z",
        day + 1,
        minute / 60,
        minute % 60
    )
}

/// A small deterministic stream of choices.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }

    /// Twelve made-up words of three syllables: no two comments alike, none a headline.
    fn text(&mut self) -> String {
        let words: Vec<String> = (0..12)
            .map(|_| {
                (0..3)
                    .map(|_| {
                        let onset = b"bdfgklmnprst"[self.below(12) as usize] as char;
                        let vowel = b"aeiou"[self.below(5) as usize] as char;
                        format!("{onset}{vowel}")
                    })
                    .collect()
            })
            .collect();
        words.join(" ")
    }
}

#[test]
fn detect_dates_a_voting_circle_to_the_hour_it_formed() {
    // A farm dripping for a week: four writers post a comment a day, five voters up-vote one
    // of them a day within minutes; sixty readers comment daily and up-vote three of one
    // another's comments. Only the circle of up-votes ties the farm together, and it shows
    // after a few days, not at the end of the stream.
    let mut lines = Vec::new();
    let mut dice = Dice(7);
    for day in 0..7 {
        for w in 0..4 {
            let posted = 60 + 180 * w;
            let id = format!("farm-{day}-{w}");
            let text = dice.text();
            lines.push(line(
                &at(day, posted),
                "comment",
                &format!("drip-w{w}"),
                &format!("203.0.113.{w}"),
                json!({"comment_id": id, "text": text}),
            ));
            if let Some(v) = (0..5).find(|v| (v + day) % 5 == w) {
                lines.push(line(
                    &at(day, posted + 3 + v),
                    "vote",
                    &format!("drip-v{v}"),
                    &format!("203.0.113.{}", 10 + v),
                    json!({"target": id, "value": 1}),
                ));
            }
        }
        for r in 0..60 {
            let text = dice.text();
            lines.push(line(
                &at(day, 30 + 20 * r),
                "comment",
                &format!("reader{r}"),
                &format!("198.51.100.{r}"),
                json!({"comment_id": format!("org-{day}-{r}"), "text": text}),
            ));
        }
        for r in 0..60 {
            for _ in 0..3 {
                let other = dice.below(60) as usize;
                if other != r {
                    lines.push(line(
                        &at(day, 1300 + r),
                        "vote",
                        &format!("reader{r}"),
                        &format!("198.51.100.{r}"),
                        json!({"target": format!("org-{day}-{other}"), "value": 1}),
                    ));
                }
            }
        }
    }
    let report = detected(&lines.join("\n"));
    let campaigns = report["campaigns"].as_array().expect("campaigns");
    assert_eq!(campaigns.len(), 1, "{report}");
    let mut farm: Vec<String> = (0..4)
        .map(|w| format!("drip-w{w}"))
        .chain((0..5).map(|v| format!("drip-v{v}")))
        .collect();
    farm.sort();
    assert_eq!(campaigns[0]["accounts"], json!(farm), "{report}");
    // Found on day 3 or 4 (from a circle's three voters and three up-votes each), and
    // dated so, not to the stream's last event on day 7.
    let detected = campaigns[0]["detected_at"].as_str().expect("detected_at");
    assert!(detected < at(5, 0).as_str(), "{detected}");
    assert!(detected > at(1, 0).as_str(), "{detected}");
}

#[test]
fn bad_lines_are_named() {
    let good = line(
        "2027-01-01T10:00:00Z",
        "signup",
        "a",
        "192.0.2.1",
        json!({}),
    );
    for (bad, what) in [
        ("{not json", ":2: not an event"),
        (
            &line("yesterday", "signup", "b", "192.0.2.1", json!({})) as &str,
            ":2: `ts`",
        ),
        (
            &line("2027-01-01T10:00:00Z", "shout", "b", "192.0.2.1", json!({})),
            ":2: not an event",
        ),
    ] {
        let out = detect(&format!("{good}\n{bad}\n"));
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(what), "{err}");
    }
}

mod live {
    use reqwest::StatusCode;
    use serde_json::{json, Value};

    use crate::both_engines;
    use crate::helpers::{assert_error, spawn_app, spawn_app_with, spawn_on, Engine};

    both_engines!(a_campaign_is_found_and_banned_in_one_action);

    async fn a_campaign_is_found_and_banned_in_one_action(engine: Engine) {
        let app = spawn_app(engine).await;
        let (desk, _) = app.staff("desk@example.org", "moderator").await;
        let honest = app.signup("honest@example.org").await;
        let target = app
            .comment_ok(
                "I think the envoy handled the talks about as well as anyone could.",
                None,
                Some(&honest),
            )
            .await;
        let point = "The ceasefire is a trap and the ministry is lying to all of us about it.";
        let mut trolls = Vec::new();
        for i in 0..3 {
            let token = app.signup(&format!("troll{i}@example.org")).await;
            for (round, url) in ["https://news.example/a", "https://news.example/b"]
                .iter()
                .enumerate()
            {
                let posted = app
                    .post_json(
                        "/api/v1/comments",
                        &json!({"site": "news", "url": url, "body": format!("{point} {}", ["Share!", "Wake up."][round])}),
                        Some(&token),
                    )
                    .await;
                assert_eq!(posted.status(), StatusCode::CREATED);
            }
            let voted = app
                .post_json(
                    &format!("/api/v1/comments/{}/vote", target["id"]),
                    &json!({"value": -1}),
                    Some(&token),
                )
                .await;
            assert_eq!(voted.status(), StatusCode::OK);
            trolls.push(token);
        }

        let found: Value = app.get_json("/api/v1/mod/campaigns?site=news", &desk).await;
        let campaigns = found["campaigns"].as_array().expect("campaigns");
        assert_eq!(campaigns.len(), 1, "{found}");
        assert_eq!(campaigns[0]["readers"].as_array().map(Vec::len), Some(3));
        assert_eq!(campaigns[0]["evidence"][0]["signal"], "same_text");

        let banned = app
            .post_json(
                "/api/v1/mod/campaigns/ban",
                &json!({"site": "news", "campaign": campaigns[0]["id"], "reason": "Coordinated campaign"}),
                Some(&desk),
            )
            .await;
        assert_eq!(banned.status(), StatusCode::CREATED);
        for token in &trolls {
            let blocked = app.post_comment("Another try.", None, Some(token)).await;
            assert_error(blocked, StatusCode::FORBIDDEN, "banned").await;
        }
        // Their votes are gone, and the log has one entry for the whole action.
        let thread = app.thread("", None).await;
        let honest_comment = thread["comments"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["id"] == target["id"]).cloned())
            .expect("comment");
        assert_eq!(honest_comment["downvotes"], 0);
        let log: Value = app.get_json("/api/v1/mod/log?site=news", &desk).await;
        let entries = log["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), 1, "{log}");
        assert_eq!(entries[0]["action"], "ban_campaign");
        assert_eq!(entries[0]["evidence"]["votes_removed"], 3);
        // A member comes back under a new name from the same address: the enforcement checks
        // hold the comment as ban evasion, and the campaign is open again, one account larger.
        let newcomer = app.signup("newcomer@example.org").await;
        let held = app
            .comment_ok(
                "Just a quiet remark from a new reader.",
                None,
                Some(&newcomer),
            )
            .await;
        assert_eq!(held["status"], "pending");
        let again: Value = app.get_json("/api/v1/mod/campaigns?site=news", &desk).await;
        let again = again["campaigns"].as_array().expect("campaigns");
        assert_eq!(again.len(), 1, "{again:?}");
        assert_eq!(again[0]["status"], "open");
        assert_eq!(again[0]["accounts"].as_array().map(Vec::len), Some(4));
        assert!(
            again[0]["evidence"]
                .as_array()
                .is_some_and(|e| e.iter().any(|e| e["signal"] == "ban_evasion")),
            "{again:?}"
        );
        // An unknown campaign is named as such.
        let missing = app
            .post_json(
                "/api/v1/mod/campaigns/ban",
                &json!({"site": "news", "campaign": "campaign-nobody", "reason": "x"}),
                Some(&desk),
            )
            .await;
        assert_error(missing, StatusCode::NOT_FOUND, "not_found").await;
    }

    /// Readers acting from their own addresses: the app trusts the loopback proxy, so each
    /// request's `X-Forwarded-For` is the reader's address.
    struct Readers {
        app: crate::helpers::TestApp,
        desk: String,
    }

    struct Reader {
        token: String,
        ip: String,
    }

    /// The member of `campaign` that is the reader called `name`, with its evidence.
    fn member_named<'a>(campaign: &'a Value, name: &str) -> &'a Value {
        let reader = campaign["readers"]
            .as_array()
            .and_then(|r| r.iter().find(|r| r["name"] == name))
            .unwrap_or_else(|| panic!("{name} is not a member: {campaign}"));
        let account = format!("reader:{}", reader["id"]);
        campaign["members"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["account"] == account.as_str()))
            .unwrap_or_else(|| panic!("no evidence for {name}: {campaign}"))
    }

    impl Readers {
        async fn new(engine: Engine) -> Readers {
            let app = spawn_app_with(engine, |c| {
                c.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
            })
            .await;
            let (desk, _) = app.staff("desk@example.org", "moderator").await;
            Readers { app, desk }
        }

        fn post(&self, path: &str, ip: &str, token: Option<&str>) -> reqwest::RequestBuilder {
            let req = self
                .app
                .client
                .post(self.app.url(path))
                .header("x-forwarded-for", ip);
            match token {
                Some(t) => req.bearer_auth(t),
                None => req,
            }
        }

        async fn signup(&self, name: &str, ip: &str) -> Reader {
            let response = self
                .post("/api/v1/auth/signup", ip, None)
                .json(&json!({"email": format!("{name}@example.org"), "password": "correct horse battery", "name": name}))
                .send()
                .await
                .expect("signup");
            assert_eq!(response.status(), StatusCode::CREATED);
            let body: Value = response.json().await.expect("json");
            Reader {
                token: body["token"].as_str().expect("token").to_owned(),
                ip: ip.to_owned(),
            }
        }

        async fn comment(&self, who: &Reader, page: &str, body: &str, device: Option<&str>) -> i64 {
            let mut req = self
                .post("/api/v1/comments", &who.ip, Some(&who.token))
                .json(&json!({"site": "news", "url": format!("https://news.example/{page}"), "body": body}));
            if let Some(d) = device {
                req = req.header("x-tribune-device", d);
            }
            let response = req.send().await.expect("comment");
            assert_eq!(response.status(), StatusCode::CREATED, "posting {body:?}");
            let posted: Value = response.json().await.expect("json");
            posted["id"].as_i64().expect("id")
        }

        async fn vote(&self, who: &Reader, comment: i64, value: i8) {
            let response = self
                .post(
                    &format!("/api/v1/comments/{comment}/vote"),
                    &who.ip,
                    Some(&who.token),
                )
                .json(&json!({"value": value}))
                .send()
                .await
                .expect("vote");
            assert_eq!(response.status(), StatusCode::OK);
        }

        async fn campaigns(&self, query: &str) -> Vec<Value> {
            let path = format!("/api/v1/mod/campaigns?site=news{query}");
            let body = self.app.get_json(&path, &self.desk).await;
            body["campaigns"].as_array().cloned().expect("campaigns")
        }

        /// Accounts from three different networks, so that no sign-up burst links them.
        async fn three_apart(&self, prefix: &str) -> Vec<Reader> {
            let mut out = Vec::new();
            for i in 0..3 {
                out.push(
                    self.signup(&format!("{prefix}{i}"), &format!("198.51.{}.7", 10 + i))
                        .await,
                );
            }
            out
        }

        async fn act(&self, action: &str, campaign: &Value) -> reqwest::Response {
            self.app
                .post_json(
                    &format!("/api/v1/mod/campaigns/{action}"),
                    &json!({"site": "news", "campaign": campaign["id"], "reason": "Coordinated campaign"}),
                    Some(&self.desk),
                )
                .await
        }
    }

    fn signals(campaign: &Value) -> Vec<String> {
        let mut out: Vec<String> = campaign["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .filter_map(|e| e["signal"].as_str().map(str::to_owned))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    const POINT: &str = "The ceasefire is a trap and the ministry is lying to all of us about it.";

    both_engines!(new_accounts_repeating_one_text_are_a_campaign);

    async fn new_accounts_repeating_one_text_are_a_campaign(engine: Engine) {
        let r = Readers::new(engine).await;
        // A second instance on the same database, which takes none of the writes.
        let second = spawn_on(r.app.storage.shared(), |_| {}).await;
        let campaigns_on_second = || async {
            let body = second
                .get_json("/api/v1/mod/campaigns?site=news", &r.desk)
                .await;
            body["campaigns"].as_array().cloned().expect("campaigns")
        };
        let trolls = r.three_apart("copy").await;
        for (i, t) in trolls.iter().enumerate() {
            r.comment(t, &format!("story-{i}"), POINT, None).await;
            if i == 1 {
                assert!(
                    r.campaigns("").await.is_empty(),
                    "two accounts are not a campaign"
                );
                assert!(campaigns_on_second().await.is_empty());
            }
        }
        // Both detectors read the first two comments already; the third completes the group,
        // on the instance that took it and on the other.
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        let elsewhere = campaigns_on_second().await;
        assert_eq!(elsewhere.len(), 1, "{elsewhere:?}");
        assert_eq!(elsewhere[0]["id"], found[0]["id"]);
        assert_eq!(elsewhere[0]["accounts"], found[0]["accounts"]);
        assert_eq!(signals(&found[0]), ["same_text"]);
        let names: Vec<&str> = found[0]["readers"]
            .as_array()
            .expect("readers")
            .iter()
            .filter_map(|r| r["name"].as_str())
            .collect();
        assert_eq!(names.len(), 3);
        assert!(names.contains(&"copy0"), "{names:?}");
        assert_eq!(found[0]["status"], "open");
    }

    both_engines!(one_browser_behind_several_accounts_is_a_campaign);

    async fn one_browser_behind_several_accounts_is_a_campaign(engine: Engine) {
        let r = Readers::new(engine).await;
        let socks = r.three_apart("sock").await;
        let texts = [
            "First thought on the budget.",
            "Second, unrelated take on rail.",
            "Third remark about the weather.",
        ];
        for (t, text) in socks.iter().zip(texts) {
            r.comment(t, "budget", text, Some("browser-0123456789abcdef"))
                .await;
        }
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            signals(&found[0]).contains(&"same_device".to_owned()),
            "{:?}",
            found[0]
        );
    }

    both_engines!(a_vote_ring_is_a_campaign);

    async fn a_vote_ring_is_a_campaign(engine: Engine) {
        let r = Readers::new(engine).await;
        let ring = r.three_apart("ring").await;
        let mut comments = Vec::new();
        for (i, member) in ring.iter().enumerate() {
            let mut mine = Vec::new();
            for k in 0..3 {
                mine.push(
                    r.comment(
                        member,
                        &format!("page-{i}-{k}"),
                        &format!("Opinion {k} of member {i} on its own page."),
                        None,
                    )
                    .await,
                );
            }
            comments.push(mine);
        }
        // Each member up-votes the others' comments.
        for (i, member) in ring.iter().enumerate() {
            for (j, theirs) in comments.iter().enumerate() {
                if i != j {
                    for &c in theirs {
                        r.vote(member, c, 1).await;
                    }
                }
            }
        }
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            signals(&found[0]).contains(&"vote_ring".to_owned()),
            "{:?}",
            found[0]
        );
    }

    both_engines!(a_vote_brigade_is_a_campaign);

    async fn a_vote_brigade_is_a_campaign(engine: Engine) {
        let r = Readers::new(engine).await;
        let honest = r.signup("honest", "192.0.2.50").await;
        let mut targets = Vec::new();
        for k in 0..3 {
            targets.push(
                r.comment(
                    &honest,
                    "analysis",
                    &format!("A careful point number {k} about the treaty."),
                    None,
                )
                .await,
            );
        }
        let brigade = r.three_apart("brigade").await;
        for member in &brigade {
            for &t in &targets {
                r.vote(member, t, -1).await;
            }
        }
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(signals(&found[0]), ["voted_together"]);
        assert_eq!(
            found[0]["readers"].as_array().map(Vec::len),
            Some(3),
            "the honest author is not in it"
        );
    }

    both_engines!(a_signup_burst_adds_to_co_activity_but_is_not_enough_alone);

    async fn a_signup_burst_adds_to_co_activity_but_is_not_enough_alone(engine: Engine) {
        // Three accounts comment together on three pages within minutes, and the three also
        // cast one same-moment vote. From three networks that is not enough; signed up from
        // one /24 within minutes, it is.
        async fn act_together(r: &Readers, group: &[Reader], tag: &str) {
            let honest = r.signup(&format!("{tag}-author"), "192.0.2.60").await;
            let target = r
                .comment(
                    &honest,
                    &format!("{tag}-0"),
                    "A plain remark to vote on.",
                    None,
                )
                .await;
            // Texts that share nothing, so that only the timing ties the accounts together.
            const REMARKS: [&str; 9] = [
                "Rail fares went up again this winter.",
                "My grandmother remembers the old bridge.",
                "Who paid for the stadium, in the end?",
                "Quarterly numbers look weak for exporters.",
                "The photo caption names the wrong village.",
                "Schools should open later in December.",
                "Fishing quotas deserve a separate article.",
                "Interesting, though I doubt the poll.",
                "Wind farms need better grid links first.",
            ];
            for page in 0..3 {
                for (i, member) in group.iter().enumerate() {
                    r.comment(
                        member,
                        &format!("{tag}-{page}"),
                        REMARKS[page * 3 + i],
                        None,
                    )
                    .await;
                }
            }
            for member in group {
                r.vote(member, target, 1).await;
            }
        }
        let r = Readers::new(engine).await;
        let apart = r.three_apart("apart").await;
        act_together(&r, &apart, "apart").await;
        assert!(
            r.campaigns("").await.is_empty(),
            "co-activity and one vote are not enough"
        );

        let mut burst = Vec::new();
        for i in 0..3 {
            burst.push(
                r.signup(&format!("burst{i}"), &format!("203.0.113.{}", 20 + i))
                    .await,
            );
        }
        act_together(&r, &burst, "burst").await;
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        let seen = signals(&found[0]);
        for signal in ["co_activity", "signup_burst"] {
            assert!(seen.contains(&signal.to_owned()), "{seen:?}");
        }
    }

    both_engines!(two_campaigns_that_become_one_keep_the_first_one_s_id);

    async fn two_campaigns_that_become_one_keep_the_first_one_s_id(engine: Engine) {
        const OTHER_POINT: &str =
            "Every pension fund in this country is being quietly emptied to pay for the stadium.";
        let r = Readers::new(engine).await;
        let early = r.three_apart("early").await;
        for (i, t) in early.iter().enumerate() {
            r.comment(t, &format!("story-{i}"), POINT, None).await;
        }
        let mut later = Vec::new();
        for i in 0..3 {
            later.push(
                r.signup(&format!("later{i}"), &format!("203.0.{}.9", 40 + i))
                    .await,
            );
        }
        for (i, t) in later.iter().enumerate() {
            r.comment(t, &format!("story-{i}"), OTHER_POINT, None).await;
        }
        let apart = r.campaigns("").await;
        assert_eq!(apart.len(), 2, "{apart:?}");
        // The id of the campaign holding the reader named `name`.
        let id_of = |campaigns: &[Value], name: &str| {
            campaigns
                .iter()
                .find(|c| {
                    c["readers"]
                        .as_array()
                        .is_some_and(|r| r.iter().any(|r| r["name"] == name))
                })
                .and_then(|c| c["id"].as_str())
                .map(str::to_owned)
                .unwrap_or_else(|| panic!("no campaign holds {name}: {campaigns:?}"))
        };
        let (first, second) = (id_of(&apart, "early0"), id_of(&apart, "later0"));
        assert_ne!(first, second);

        // One account repeats both talking points: the two groups are one campaign now, under
        // the id of the one found first, and the other id says where its members went.
        let bridge = r.signup("bridge", "192.0.2.77").await;
        r.comment(&bridge, "story-7", POINT, None).await;
        r.comment(&bridge, "story-8", OTHER_POINT, None).await;
        let one = r.campaigns("").await;
        assert_eq!(one.len(), 1, "{one:?}");
        assert_eq!(one[0]["id"], first.as_str(), "{one:?}");
        assert_eq!(one[0]["accounts"].as_array().map(Vec::len), Some(7));
        let gone = r
            .app
            .client
            .get(
                r.app
                    .url(&format!("/api/v1/mod/campaigns/{second}?site=news")),
            )
            .bearer_auth(&r.desk)
            .send()
            .await
            .expect("request");
        let body = assert_error(gone, StatusCode::NOT_FOUND, "not_found").await;
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(&first), "{message}");
        let stale = r.act("dismiss", &json!({"id": second})).await;
        let body = assert_error(stale, StatusCode::NOT_FOUND, "not_found").await;
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(&first)),
            "{body}"
        );
    }

    both_engines!(a_campaign_is_held_then_dismissed_and_comes_back_when_it_grows);

    async fn a_campaign_is_held_then_dismissed_and_comes_back_when_it_grows(engine: Engine) {
        let r = Readers::new(engine).await;
        let trolls = r.three_apart("held").await;
        for (i, t) in trolls.iter().enumerate() {
            r.comment(t, &format!("story-{i}"), POINT, None).await;
        }
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");

        // Hold: their comments leave the pages for the queue, and their next ones wait.
        let held = r.act("hold", &found[0]).await;
        assert_eq!(held.status(), StatusCode::CREATED);
        let held: Value = held.json().await.expect("json");
        assert_eq!(held["comments_held"], 3);
        let queue = r.app.get_json("/api/v1/mod/queue?site=news", &r.desk).await;
        assert_eq!(queue["items"].as_array().map(Vec::len), Some(3), "{queue}");
        let response = r
            .post("/api/v1/comments", &trolls[0].ip, Some(&trolls[0].token))
            .json(&json!({"site": "news", "url": "https://news.example/story-9", "body": "Just a quiet remark."}))
            .send()
            .await
            .expect("comment");
        assert_eq!(response.status(), StatusCode::CREATED);
        let next: Value = response.json().await.expect("json");
        assert_eq!(next["status"], "pending", "{next}");
        let again = r.campaigns("").await;
        assert_eq!(again[0]["status"], "held");
        assert_error(
            r.act("hold", &again[0]).await,
            StatusCode::CONFLICT,
            "conflict",
        )
        .await;

        // Dismiss: gone from the list, kept under `all`.
        assert_eq!(
            r.act("dismiss", &again[0]).await.status(),
            StatusCode::CREATED
        );
        assert!(r.campaigns("").await.is_empty());
        let all = r.campaigns("&all=true").await;
        assert_eq!(all.len(), 1);
        assert_eq!(all[0]["status"], "dismissed");

        // A fourth account joins: the campaign is not the one dismissed any more.
        let fourth = r.signup("held3", "198.51.20.7").await;
        r.comment(&fourth, "story-4", POINT, None).await;
        let grown = r.campaigns("").await;
        assert_eq!(grown.len(), 1, "{grown:?}");
        assert_eq!(grown[0]["accounts"].as_array().map(Vec::len), Some(4));
        assert_eq!(grown[0]["status"], "open");

        // One campaign's timeline; the log has one entry per action.
        let one = format!(
            "/api/v1/mod/campaigns/{}?site=news",
            grown[0]["id"].as_str().expect("id")
        );
        let detail = r.app.get_json(&one, &r.desk).await;
        assert!(
            detail["timeline"].as_array().is_some_and(|t| t.len() >= 5),
            "{detail}"
        );
        let (actions, log) = r.app.log_actions(&r.desk).await;
        assert_eq!(actions, ["dismiss_campaign", "hold_campaign"], "{log}");
    }

    #[tokio::test]
    async fn campaigns_are_found_between_moderators_looks() {
        // A site of its own, so that no other test's patrol sets this site's gauge.
        let app = spawn_app_with(Engine::Sqlite, |c| {
            c.campaign_check_secs = 1;
            c.metrics_token = Some("scrape".into());
        })
        .await;
        tribune::sites::store::upsert_site(
            &app.db,
            "patrolled",
            "Patrolled",
            "*",
            true,
            None,
            None,
        )
        .await
        .expect("site");
        for i in 0..3 {
            let token = app.signup(&format!("patrol{i}@example.org")).await;
            let posted = app
                .post_json(
                    "/api/v1/comments",
                    &json!({"site": "patrolled", "url": format!("https://patrolled.example/{i}"), "body": POINT}),
                    Some(&token),
                )
                .await;
            assert_eq!(posted.status(), StatusCode::CREATED);
        }
        let gauge = "tribune_campaigns_open{site=\"patrolled\"} 1";
        crate::browser::eventually("the open-campaigns gauge at 1", || async {
            app.scrape("scrape").await.contains(gauge)
        })
        .await;
    }

    both_engines!(anonymous_members_are_banned_by_address);

    async fn anonymous_members_are_banned_by_address(engine: Engine) {
        let r = Readers::new(engine).await;
        let post = |ip: &'static str, page: &'static str| {
            r.post("/api/v1/comments", ip, None)
                .json(&json!({"site": "news", "url": format!("https://news.example/{page}"), "body": POINT, "author_name": "Concerned"}))
                .send()
        };
        // Anonymous authors have no sign-up to be new from: two shared texts link a pair.
        for ip in ["198.51.30.1", "198.51.31.1", "198.51.32.1"] {
            for page in ["one", "two"] {
                assert_eq!(
                    post(ip, page).await.expect("post").status(),
                    StatusCode::CREATED
                );
            }
        }
        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0]["accounts"],
            json!(["ip:198.51.30.1", "ip:198.51.31.1", "ip:198.51.32.1"])
        );
        let banned = r.act("ban", &found[0]).await;
        assert_eq!(banned.status(), StatusCode::CREATED);
        let banned: Value = banned.json().await.expect("json");
        assert_eq!(banned["bans"].as_array().map(Vec::len), Some(3), "{banned}");
        let again = post("198.51.31.1", "three").await.expect("post");
        assert_error(again, StatusCode::FORBIDDEN, "banned").await;
        assert_eq!(
            post("198.51.33.1", "three").await.expect("post").status(),
            StatusCode::CREATED,
            "other addresses are not banned"
        );
    }
    both_engines!(r19_a_member_who_mostly_votes_is_found_shown_and_banned);

    /// Three new accounts post one talking point on three stories; a fourth never writes a
    /// word but up-votes each of their comments as it appears. It joins the campaign with its
    /// votes as evidence, the page draws it on the timeline, and it is banned with the others.
    async fn r19_a_member_who_mostly_votes_is_found_shown_and_banned(engine: Engine) {
        let r = Readers::new(engine).await;
        let writers = r.three_apart("writer").await;
        let quiet = r.signup("quiet", "198.51.20.7").await;
        for story in 0..3 {
            for writer in &writers {
                let id = r
                    .comment(
                        writer,
                        &format!("story-{story}"),
                        &format!("{POINT} Story {story}."),
                        None,
                    )
                    .await;
                r.vote(&quiet, id, 1).await;
            }
        }

        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        let campaign = &found[0];
        assert_eq!(
            campaign["readers"].as_array().map(Vec::len),
            Some(4),
            "{campaign}"
        );
        let member = member_named(campaign, "quiet");
        let strongest = &member["evidence"][0];
        assert_eq!(strongest["signal"], "boosts", "{member}");
        assert_eq!(
            (
                strongest["votes"].clone(),
                strongest["members"].clone(),
                strongest["quiet"].clone()
            ),
            (json!(9), json!(3), json!(true))
        );
        assert!(
            member["summary"]
                .as_str()
                .is_some_and(|s| s.starts_with("up-voted 9 of the campaign's comments")),
            "{member}"
        );
        let summary = campaign["summary"].as_str().expect("summary");
        assert!(
            summary.starts_with("4 accounts: ")
                && summary.contains("3 share talking points")
                && summary.contains("1 boost the others' comments within minutes"),
            "{summary}"
        );

        // The page shows the one-line summary, the member's evidence and the chart.
        let html = r
            .app
            .client
            .get(r.app.url("/mod/campaigns?site=news"))
            .header("cookie", format!("tribune_session={}", r.desk))
            .send()
            .await
            .expect("page")
            .text()
            .await
            .expect("html");
        assert!(html.contains(summary), "{html}");
        assert!(html.contains("up-voted 9 of the campaign"), "{html}");
        assert!(html.contains("<svg class=\"campaign-chart\""), "{html}");
        assert_eq!(html.matches("<circle class=\"comment\"").count(), 9);
        assert_eq!(html.matches("<line class=\"vote\"").count(), 9);

        assert_eq!(r.act("ban", campaign).await.status(), StatusCode::CREATED);
        let blocked = r
            .post("/api/v1/comments", &quiet.ip, Some(&quiet.token))
            .json(&json!({"site": "news", "url": "https://news.example/story-9", "body": "Now I speak."}))
            .send()
            .await
            .expect("comment");
        assert_error(blocked, StatusCode::FORBIDDEN, "banned").await;
        let log: Value = r.app.get_json("/api/v1/mod/log?site=news", &r.desk).await;
        let entry = &log["entries"][0];
        assert_eq!(entry["action"], "ban_campaign");
        assert_eq!(entry["evidence"]["votes_removed"], 9, "{entry}");
        assert_eq!(entry["evidence"]["summary"], summary);
    }

    both_engines!(r19_accounts_posting_only_headlines_are_a_feed_network);

    /// Three accounts post one talking point on two stories, then play a hashtag game with
    /// three more that share nothing else, each a line of its own, thirteen hours ago (the
    /// rows are aged in the database: a game is judged twelve hours after it began). The
    /// players join the campaign with the game as their evidence.
    async fn r19_the_players_of_a_farm_s_hashtag_game_join_it(engine: Engine) {
        let r = Readers::new(engine).await;
        let writers = r.three_apart("writer").await;
        let mut players = Vec::new();
        for i in 0..3 {
            players.push(
                r.signup(&format!("player{i}"), &format!("198.51.{}.9", 60 + i))
                    .await,
            );
        }
        let mut ids = Vec::new();
        for story in 0..2 {
            for writer in &writers {
                let text = format!("{POINT} Story {story}.");
                ids.push(
                    r.comment(writer, &format!("story-{story}"), &text, None)
                        .await,
                );
            }
        }
        let entries = [
            "#ImTooOldFor pretending to like pumpkin spice",
            "#ImTooOldFor staying up past ten on a weeknight",
            "Queueing for a phone release #ImTooOldFor",
            "#imtoooldfor being told when to go to bed",
            "#ImTooOldFor music that is just noise",
            "#ImTooOldFor drama in the group chat",
        ];
        for (who, entry) in writers.iter().chain(&players).zip(entries) {
            ids.push(r.comment(who, "games", entry, None).await);
        }
        for id in &ids {
            sqlx::query("UPDATE comments SET created_at = created_at - 46800000 WHERE id = $1")
                .bind(id)
                .execute(&r.app.db.pool)
                .await
                .expect("age the comment");
        }
        // A comment of today: the detector's clock is the site's latest activity.
        r.comment(
            &players[0],
            "today",
            "Nice weather for the parade this morning.",
            None,
        )
        .await;

        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        let campaign = &found[0];
        assert_eq!(
            campaign["readers"].as_array().map(Vec::len),
            Some(6),
            "{campaign}"
        );
        let member = member_named(campaign, "player1");
        let game = &member["evidence"][0];
        assert_eq!(game["signal"], "hashtag_games", "{member}");
        assert_eq!(
            (
                game["hashtags"].clone(),
                game["games"].clone(),
                game["members"].clone(),
                game["players"].clone()
            ),
            (json!(["ImTooOldFor"]), json!(1), json!(5), json!(6)),
            "{member}"
        );
        assert!(
            member["summary"].as_str().is_some_and(
                |s| s.starts_with("played the hashtag game #ImTooOldFor with 5 members")
            ),
            "{member}"
        );
        assert!(
            campaign["summary"]
                .as_str()
                .is_some_and(|s| s.contains("6 play hashtag games together")),
            "{campaign}"
        );
    }
    both_engines!(r19_the_players_of_a_farm_s_hashtag_game_join_it);

    /// Three accounts post nothing but headlines, each its own, on pages of their own (no
    /// shared text, no votes, no co-activity), as a farm's fake news outlets do; the site's
    /// desk (a moderator) posts headlines too, and a reader one among remarks of its own. The
    /// three are one campaign with their headlines as evidence; staff and the reader are not.
    async fn r19_accounts_posting_only_headlines_are_a_feed_network(engine: Engine) {
        const HEADLINES: [[&str; 6]; 3] = [
            [
                "Council delays vote on harbour redevelopment until spring",
                "Two injured as delivery van hits bus shelter on Mill Road",
                "Regional rail strike called off after late-night talks",
                "[Heatwave warning issued for the weekend](https://wire.example/heat)",
                "Local brewery fined over wastewater spill into river",
                "5 takeaways from the mayoral debate #politics",
            ],
            [
                "Police appeal for witnesses after warehouse fire",
                "School meals contract goes to out-of-state supplier",
                "Hospital waiting times rise for third straight month",
                "Planning board rejects tower next to cathedral",
                "Landlords face new rules on damp and mould",
                "Airport expansion hearing draws record crowd #news",
            ],
            [
                "Football club confirms new stadium site in east end",
                "Library hours cut as county trims arts budget",
                "Cyclist killed in collision at notorious junction",
                "Water bills to rise 9% from April, regulator says",
                "Jobless rate falls to lowest level since 2008",
                "Museum returns looted bronzes after decades-long campaign",
            ],
        ];
        let r = Readers::new(engine).await;
        let feeds = r.three_apart("wire").await;
        let reader = r.signup("regular", "198.51.40.7").await;
        for (i, headlines) in HEADLINES.iter().enumerate() {
            for (story, headline) in headlines.iter().enumerate() {
                r.comment(&feeds[i], &format!("story-{i}-{story}"), headline, None)
                    .await;
            }
        }
        // The desk (a moderator) posts its own stories' headlines: the newsroom is not a feed.
        let desk = Reader {
            token: r.desk.clone(),
            ip: "198.51.50.7".into(),
        };
        for (story, headline) in HEADLINES[0].iter().enumerate() {
            r.comment(&desk, &format!("desk-{story}"), headline, None)
                .await;
        }
        for remark in [
            "I was at the harbour meeting and nobody asked the fishermen anything.",
            "Council delays vote on harbour redevelopment, again",
            "You would think the rail company had learnt by now.",
            "My street floods every winter and the drains are never cleared.",
        ] {
            r.comment(&reader, "story-0", remark, None).await;
        }

        let found = r.campaigns("").await;
        assert_eq!(found.len(), 1, "{found:?}");
        let campaign = &found[0];
        let names: Vec<&str> = campaign["readers"]
            .as_array()
            .map(|r| r.iter().filter_map(|r| r["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(names.len(), 3, "{campaign}");
        assert!(names.iter().all(|n| n.starts_with("wire")), "{campaign}");
        for member in campaign["members"].as_array().expect("members") {
            let strongest = &member["evidence"][0];
            assert_eq!(strongest["signal"], "feed", "{member}");
            assert_eq!(
                (strongest["headlines"].clone(), strongest["feeds"].clone()),
                (json!(6), json!(3)),
                "{member}"
            );
            assert!(
                member["summary"]
                    .as_str()
                    .is_some_and(|s| s.contains("6 headlines") && s.contains("a feed network")),
                "{member}"
            );
        }
        let summary = campaign["summary"].as_str().expect("summary");
        assert!(
            summary.starts_with("3 accounts: 3 post headlines, not comments"),
            "{summary}"
        );
    }
}

/// `tribune simulate --from-ira` on a small troll file and organic comments written for the
/// test (laid out as ../shared/data is), then `campaigns eval` on the stream: one row per
/// category, the farm's voters found, no organic reader flagged.
#[test]
fn r19_an_ira_stream_is_built_and_scored_per_category() {
    let data = tempfile::tempdir().expect("temp dir");
    let trolls = data.path().join("trolls");
    let raw = data
        .path()
        .join("toxicity/khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw");
    std::fs::create_dir_all(&trolls).expect("dir");
    std::fs::create_dir_all(&raw).expect("dir");
    // Readers do not repeat each other: each comment its own words (a fixed pseudo-random walk).
    let mut organic = String::from("comment_text,labels\n");
    let mut seed = 7u64;
    for _ in 0..3000 {
        let words: Vec<String> = (0..10)
            .map(|_| {
                (0..6)
                    .map(|_| {
                        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                        char::from(b'a' + (seed >> 59) as u8 % 26)
                    })
                    .collect()
            })
            .collect();
        organic.push_str(&format!("\"{}\",0\n", words.join(" ")));
    }
    std::fs::write(raw.join("text_comment_1.csv"), &organic).expect("write");
    std::fs::write(raw.join("text_comment_2.csv"), "comment_text,labels\n").expect("write");
    // Readers' tweets with hashtags, the farm's own among them.
    let tweeteval = data
        .path()
        .join("toxicity/cardiffnlp+tweeteval/datasets/offensive");
    std::fs::create_dir_all(&tweeteval).expect("dir");
    for split in ["train", "val"] {
        let texts = format!(
            "@user Polling stations open at seven, bring an ID #Election2016 ({split})\n\
             @user The debate moderators did a decent job tonight #debatenight ({split})\n"
        );
        std::fs::write(tweeteval.join(format!("{split}_text.txt")), texts).expect("write");
        std::fs::write(tweeteval.join(format!("{split}_labels.txt")), "0\n0\n").expect("write");
    }
    let mut authors =
        String::from("author_id,author,external_author_id,account_type,account_category\n");
    let writers = ["w1", "w2", "w3"];
    let voters = ["v1", "v2"];
    for a in writers.iter().chain(&voters) {
        authors.push_str(&format!("{a},{a},1,Right,RightTroll\n"));
    }
    authors.push_str("lone,lone,2,Left,LeftTroll\nidle,idle,3,Left,LeftTroll\n");
    std::fs::write(trolls.join("authors.csv"), authors).expect("write");
    // Every 20 minutes a writer posts; within minutes each voter retweets it (an up-vote).
    let mut tweets = String::from("author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet\n");
    for k in 0..36 {
        let (h, m) = (k * 20 / 60, k * 20 % 60);
        let writer = writers[k % 3];
        let text = format!("Talking point number {k}: the election is rigged and the media will never tell you https://t.co/x{k}");
        tweets.push_str(&format!(
            "{writer},\"{text}\",US,English,2016-11-01 {h:02}:{m:02}:00,,1,1,1,,0\n"
        ));
        for (j, voter) in voters.iter().enumerate() {
            tweets.push_str(&format!(
                "{voter},\"{text}\",US,English,2016-11-01 {h:02}:{:02}:00,,1,1,1,RETWEET,1\n",
                m + 2 + j
            ));
        }
    }
    tweets.push_str("lone,\"A single tweet\",US,English,2016-11-01 03:00:00,,1,1,1,,0\n");
    // A retweet with nothing of its farm's to land on (no fellow's comment that hour): the
    // account is in the truth, but not in the stream.
    tweets.push_str("idle,\"Not in the stream\",US,English,2016-11-01 20:00:00,,1,1,1,RETWEET,1\n");
    let file = trolls.join("ira_tweets.csv");
    std::fs::write(&file, tweets).expect("write");
    let out = data.path().join("ira.jsonl");
    let built = Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args(["simulate", "--days", "1", "--from-ira"])
        .arg(&file)
        .arg("--data")
        .arg(data.path())
        .arg("--out")
        .arg(&out)
        .args(["--category", "RightTroll", "--category", "LeftTroll"])
        .output()
        .expect("run tribune");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let truth: Value = serde_json::from_str(
        &std::fs::read_to_string(data.path().join("ira.jsonl.truth.json")).expect("truth"),
    )
    .expect("json");
    assert_eq!(truth["ira-v1"], json!(["RightTroll", "RightTroll"]));
    let stream = std::fs::read_to_string(&out).expect("stream");
    assert!(!stream.contains("https://t.co"), "links are dropped");
    // The farm is injected into a site already running: the readers' day before it.
    let first: Value =
        serde_json::from_str(stream.lines().next().expect("an event")).expect("json");
    assert!(
        first["ts"]
            .as_str()
            .is_some_and(|ts| ts.starts_with("2016-10-31T")),
        "{first}"
    );
    assert!(
        !first["account"]
            .as_str()
            .is_some_and(|a| a.starts_with("ira-")),
        "{first}"
    );
    assert_eq!(
        stream.matches("\"account\":\"ira-v1\",").count(),
        36,
        "one vote per retweet"
    );

    let scored = Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args(["campaigns", "eval", "--events"])
        .arg(&out)
        .output()
        .expect("run tribune");
    assert!(scored.status.success());
    let report = String::from_utf8_lossy(&scored.stdout);
    let row = |category: &str| {
        report
            .lines()
            .find(|l| l.trim_start().starts_with(category))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("no {category} row in {report}"))
    };
    assert_eq!(row("RightTroll"), 100.0, "{report}");
    assert_eq!(
        row("LeftTroll"),
        0.0,
        "one tweet is nothing to find: {report}"
    );
    assert!(
        report.contains("false positives among organic (%)     0.00"),
        "{report}"
    );
    assert!(report.contains("LeftTroll (1): ira-lone 1/0"), "{report}");
    assert!(
        report.contains(
            "not counted: campaign accounts with no comment or vote in the stream: LeftTroll 1"
        ),
        "{report}"
    );

    let typo = Command::new(env!("CARGO_BIN_EXE_tribune"))
        .args(["simulate", "--from-ira"])
        .arg(&file)
        .arg("--data")
        .arg(data.path())
        .arg("--out")
        .arg(&out)
        .args(["--category", "RightTrol"])
        .output()
        .expect("run tribune");
    assert!(!typo.status.success());
    assert!(
        String::from_utf8_lossy(&typo.stderr).contains("no account of the category \"RightTrol\"")
    );
}
