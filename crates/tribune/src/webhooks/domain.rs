//! What a webhook is made of: the events a site can send, the endpoint's secret, and the
//! signature, following the Standard Webhooks specification so receivers can check it with
//! that specification's libraries: `webhook-id`, `webhook-timestamp` (Unix seconds) and
//! `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the
//! secret's bytes).

use base64::Engine as _;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::error::AppError;

/// The events a webhook can subscribe to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    CommentCreated,
    CommentHeld,
    CommentModerated,
    ReaderBanned,
    ReaderSuspended,
    CampaignDetected,
    SupporterStarted,
    SupporterEnded,
    AppealCreated,
    /// Sent by "send a test event", whatever the endpoint subscribed to.
    Test,
}

impl EventType {
    pub const SUBSCRIBABLE: [EventType; 9] = [
        EventType::CommentCreated,
        EventType::CommentHeld,
        EventType::CommentModerated,
        EventType::ReaderBanned,
        EventType::ReaderSuspended,
        EventType::CampaignDetected,
        EventType::SupporterStarted,
        EventType::SupporterEnded,
        EventType::AppealCreated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::CommentCreated => "comment.created",
            EventType::CommentHeld => "comment.held",
            EventType::CommentModerated => "comment.moderated",
            EventType::ReaderBanned => "reader.banned",
            EventType::ReaderSuspended => "reader.suspended",
            EventType::CampaignDetected => "campaign.detected",
            EventType::SupporterStarted => "supporter.started",
            EventType::SupporterEnded => "supporter.ended",
            EventType::AppealCreated => "appeal.created",
            EventType::Test => "webhook.test",
        }
    }
}

impl std::str::FromStr for EventType {
    type Err = AppError;
    fn from_str(raw: &str) -> Result<EventType, AppError> {
        EventType::SUBSCRIBABLE
            .into_iter()
            .find(|e| e.as_str() == raw)
            .ok_or_else(|| {
                let known: Vec<&str> = EventType::SUBSCRIBABLE.iter().map(|e| e.as_str()).collect();
                AppError::invalid(
                    "events",
                    &format!("{raw:?} is not an event (one of: {})", known.join(", ")),
                )
            })
    }
}

/// A non-empty set of events, without repeats, kept in the order of
/// [`EventType::SUBSCRIBABLE`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Events(Vec<EventType>);

impl Events {
    pub fn parse<S: AsRef<str>>(raw: &[S]) -> Result<Events, AppError> {
        let mut chosen = Vec::new();
        for name in raw {
            chosen.push(name.as_ref().trim().parse::<EventType>()?);
        }
        if chosen.is_empty() {
            return Err(AppError::invalid("events", "must name at least one event"));
        }
        Ok(Events(
            EventType::SUBSCRIBABLE
                .into_iter()
                .filter(|e| chosen.contains(e))
                .collect(),
        ))
    }

    /// As stored: space-separated.
    pub fn to_stored(&self) -> String {
        self.names().join(" ")
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.0.iter().map(|e| e.as_str()).collect()
    }
}

/// Where deliveries go: an absolute http(s) URL.
pub fn parse_endpoint(raw: &str) -> Result<String, AppError> {
    let url = url::Url::parse(raw.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| AppError::invalid("url", "must be an absolute http(s) URL"))?;
    if raw.len() > 2048 {
        return Err(AppError::invalid("url", "must be at most 2048 bytes long"));
    }
    Ok(url.into())
}

/// An endpoint's signing secret: `whsec_` and the base64 of 32 random bytes.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!(
        "whsec_{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// A message's id (`webhook-id`): unique, the same on every attempt.
pub fn new_message_id() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    format!("msg_{}", hex::encode(bytes))
}

/// The `webhook-signature` header of a message.
pub fn signature(secret: &str, msg_id: &str, timestamp: i64, body: &str) -> String {
    let key = base64::engine::general_purpose::STANDARD
        .decode(secret.trim_start_matches("whsec_"))
        .unwrap_or_else(|_| secret.as_bytes().to_vec());
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&key).expect("HMAC takes any key length");
    mac.update(format!("{msg_id}.{timestamp}.").as_bytes());
    mac.update(body.as_bytes());
    format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_specification_example() {
        // The example of the Standard Webhooks specification.
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let body = r#"{"test": 2432232314}"#;
        assert_eq!(
            signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn events_are_parsed_and_named() {
        let events =
            Events::parse(&["comment.held", "comment.created", "comment.held"]).expect("events");
        assert_eq!(events.to_stored(), "comment.created comment.held");
        assert!(Events::parse::<&str>(&[]).is_err());
        assert!(Events::parse(&["comment.deleted"]).is_err());
        assert!(new_secret().starts_with("whsec_"));
    }
}
