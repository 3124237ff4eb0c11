//! The moderation hook (#16): a site may name an endpoint of its own (a newsroom's moderation
//! service) that is asked before a comment is published. Tribune posts the comment with its
//! own verdict, signed like a webhook (`comment.moderate`); the answer
//! `{"decision": "allow" | "hold" | "refuse", "reason": "..."}` rules on the comment's text:
//! `allow` publishes what the house rules would have held, `hold` sends it to the queue,
//! `refuse` refuses it with the reason (`comments::placement::Placement::follow` applies it).
//! Bans, ban evasion and pre-moderation are Tribune's and stand whatever the answer. No answer
//! within `webhooks.hook_timeout_ms`, an error or an answer that is not one of these:
//! Tribune's own verdict stands, so a slow or broken service never blocks comments.

use serde::{Deserialize, Serialize};

use super::domain::{new_message_id, signature};
use crate::app::AppState;
use crate::db::{now_ms, rfc3339};
use crate::sites::store::SiteRow;

/// The comment the hook is asked about.
#[derive(Serialize)]
pub struct Asked<'a> {
    pub url: &'a str,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: &'a str,
    /// The Markdown the reader wrote, and how it would be shown.
    pub body: &'a str,
    pub html: &'a str,
}

#[derive(Serialize)]
struct Question<'a> {
    r#type: &'static str,
    version: u32,
    site: &'a str,
    timestamp: String,
    data: QuestionData<'a>,
}

#[derive(Serialize)]
struct QuestionData<'a> {
    comment: &'a Asked<'a>,
    verdict: &'a moderation::Verdict,
    /// What Tribune would do: `visible` or `pending`.
    status: &'static str,
}

#[derive(Deserialize)]
struct Answer {
    decision: String,
    #[serde(default)]
    reason: Option<String>,
}

/// What the site's service ruled.
#[derive(Debug, PartialEq, Eq)]
pub enum Ruling {
    Allow,
    Hold(String),
    Refuse(String),
}

/// Asks the site's hook, if it has one; `None` when Tribune's own verdict stands.
pub async fn ask(
    state: &AppState,
    site: &SiteRow,
    comment: &Asked<'_>,
    verdict: &moderation::Verdict,
    held: bool,
) -> Option<Ruling> {
    let (url, secret) = (
        site.moderation_hook_url.as_deref()?,
        site.moderation_hook_secret.as_deref()?,
    );
    let body = serde_json::to_string(&Question {
        r#type: "comment.moderate",
        version: super::PAYLOAD_VERSION,
        site: &site.id,
        timestamp: rfc3339(now_ms()),
        data: QuestionData {
            comment,
            verdict,
            status: if held { "pending" } else { "visible" },
        },
    })
    .ok()?;
    let msg_id = new_message_id();
    let timestamp = now_ms() / 1000;
    let answer = state
        .hook_client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", &msg_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header(
            "webhook-signature",
            signature(secret, &msg_id, timestamp, &body),
        )
        .body(body)
        .send()
        .await;
    let ruling = match answer {
        Ok(response) if response.status().is_success() => match response.json::<Answer>().await {
            Ok(a) => {
                let reason = a
                    .reason
                    .unwrap_or_else(|| "the site's moderation".to_owned());
                match a.decision.as_str() {
                    "allow" => Some(Ruling::Allow),
                    "hold" => Some(Ruling::Hold(reason)),
                    "refuse" => Some(Ruling::Refuse(reason)),
                    _ => None,
                }
            }
            Err(_) => None,
        },
        _ => None,
    };
    let outcome = match &ruling {
        Some(Ruling::Allow) => "allow",
        Some(Ruling::Hold(_)) => "hold",
        Some(Ruling::Refuse(_)) => "refuse",
        None => "unanswered",
    };
    metrics::counter!("tribune_moderation_hook_total", "outcome" => outcome).increment(1);
    if ruling.is_none() {
        tracing::warn!(site = %site.id, "moderation hook: no usable answer, the house rules' verdict stands");
    }
    ruling
}
