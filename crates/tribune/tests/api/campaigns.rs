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
    let out = detect(&lines.join("\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let campaigns = report["campaigns"].as_array().expect("campaigns");
    assert_eq!(campaigns.len(), 1, "{report}");
    assert_eq!(campaigns[0]["accounts"], json!(["t1", "t2", "t3"]));
    assert!(campaigns[0]["score"]
        .as_f64()
        .is_some_and(|s| s > 0.0 && s <= 1.0));
    assert_eq!(campaigns[0]["evidence"][0]["signal"], "same_text");
    assert!(campaigns[0]["id"].is_string());
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
    use crate::helpers::{assert_error, spawn_app, Engine};

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

        let found: Value = app
            .client
            .get(app.url("/api/v1/mod/campaigns?site=news"))
            .bearer_auth(&desk)
            .send()
            .await
            .expect("campaigns")
            .json()
            .await
            .expect("json");
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
        let log: Value = app
            .client
            .get(app.url("/api/v1/mod/log?site=news"))
            .bearer_auth(&desk)
            .send()
            .await
            .expect("log")
            .json()
            .await
            .expect("json");
        let entries = log["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), 1, "{log}");
        assert_eq!(entries[0]["action"], "ban_campaign");
        assert_eq!(entries[0]["evidence"]["votes_removed"], 3);
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
}
