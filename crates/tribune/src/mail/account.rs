//! Account mail: a sign-up to confirm, an address that already has an account, a password
//! to reset, an address to verify, a ban's notice with its appeal link, and a moderator's
//! answer to an appeal. Each single-use link is a random token whose hash is in
//! `mail_tokens` (`auth::links` follows them).
//!
//! Account mail has no unsubscribe link: it comes only when the reader asks for it or when
//! a moderator acts on their account. A shadow ban sends nothing (the reader must not know).

use serde::{Deserialize, Serialize};

use super::compose::Letter;
use super::store;
use super::strings::fill;
use super::Sender;
use crate::app::AppState;
use crate::auth::{random_token, token_hash};
use crate::enforcement::bans::store::BanRow;
use crate::enforcement::domain::BanKind;

/// How long each kind of link works.
pub const SIGNUP_VALID_MS: i64 = 24 * 3_600_000;
pub const RESET_VALID_MS: i64 = 3_600_000;
pub const VERIFY_VALID_MS: i64 = 7 * 24 * 3_600_000;
pub const APPEAL_VALID_MS: i64 = 30 * 24 * 3_600_000;

impl Sender {
    /// A mail with one link to follow.
    fn letter(&self, subject: &str, body: &str, label: &str, link: String) -> Letter {
        let s = self.strings();
        Letter {
            language: self.language.clone(),
            subject: fill(subject, &[("site", &self.name)]),
            paragraphs: vec![fill(body, &[("site", &self.name)])],
            action: Some((label.to_owned(), link)),
            after: vec![s.not_you.to_owned()],
            ..Letter::default()
        }
    }
}

/// What a sign-up link carries: the account to create once the address is proven.
#[derive(Serialize, Deserialize)]
pub struct PendingAccount {
    pub name: String,
    pub password_hash: String,
    pub signup_ip: String,
    pub site: Option<String>,
}

/// A new single-use link of `purpose` for `email`: the token to put in the link.
pub async fn new_link(
    state: &AppState,
    purpose: &str,
    email: &str,
    payload: Option<&str>,
    valid_ms: i64,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    store::insert_token(
        &state.db,
        &token_hash(&token),
        purpose,
        email,
        payload,
        valid_ms,
    )
    .await?;
    Ok(token)
}

/// A mail whose one button is a single-use link.
struct LinkMail<'a> {
    /// The queue's name for it.
    kind: &'a str,
    /// The link's purpose (`mail_tokens.purpose`), what it carries, and how long it works.
    purpose: &'a str,
    payload: Option<&'a str>,
    valid_ms: i64,
    /// The page it opens.
    path: &'a str,
    subject: &'static str,
    body: &'static str,
    button: &'static str,
}

async fn send_link(
    state: &AppState,
    from: &Sender,
    email: &str,
    mail: LinkMail<'_>,
) -> anyhow::Result<()> {
    let token = new_link(state, mail.purpose, email, mail.payload, mail.valid_ms).await?;
    let link = super::link(state, &format!("{}?token={token}", mail.path));
    let letter = from.letter(mail.subject, mail.body, mail.button, link);
    super::queue(state, from.site.as_deref(), email, mail.kind, &letter).await?;
    Ok(())
}

/// Mails the link that creates the account.
pub async fn signup(
    state: &AppState,
    from: &Sender,
    email: &str,
    account: &PendingAccount,
) -> anyhow::Result<()> {
    let payload = serde_json::to_string(account)?;
    let s = from.strings();
    let mail = LinkMail {
        kind: "signup",
        purpose: "signup",
        payload: Some(&payload),
        valid_ms: SIGNUP_VALID_MS,
        path: "/account/confirm",
        subject: s.signup_subject,
        body: s.signup_body,
        button: s.confirm,
    };
    send_link(state, from, email, mail).await
}

/// Tells the owner of an address that someone tried to sign up with it, with a way back in:
/// the sign-up's answer is the same either way, so only the mailbox learns the account exists.
pub async fn account_exists(state: &AppState, from: &Sender, email: &str) -> anyhow::Result<()> {
    let s = from.strings();
    let mail = LinkMail {
        kind: "account_exists",
        purpose: "reset",
        payload: None,
        valid_ms: RESET_VALID_MS,
        path: "/account/reset",
        subject: s.exists_subject,
        body: s.exists_body,
        button: s.choose_password,
    };
    send_link(state, from, email, mail).await
}

pub async fn reset(state: &AppState, from: &Sender, email: &str) -> anyhow::Result<()> {
    let s = from.strings();
    let mail = LinkMail {
        kind: "reset",
        purpose: "reset",
        payload: None,
        valid_ms: RESET_VALID_MS,
        path: "/account/reset",
        subject: s.reset_subject,
        body: s.reset_body,
        button: s.choose_password,
    };
    send_link(state, from, email, mail).await
}

pub async fn verify(state: &AppState, from: &Sender, email: &str) -> anyhow::Result<()> {
    let s = from.strings();
    let mail = LinkMail {
        kind: "verify",
        purpose: "verify",
        payload: None,
        valid_ms: VERIFY_VALID_MS,
        path: "/account/verify",
        subject: s.verify_subject,
        body: s.verify_body,
        button: s.confirm,
    };
    send_link(state, from, email, mail).await
}

/// What an appeal link carries.
#[derive(Serialize, Deserialize)]
pub struct AppealLink {
    pub site: String,
    pub reader: i64,
    pub ban: i64,
}

/// Tells a banned or suspended reader why, with a link to appeal that works without signing
/// in. Bans of addresses and shadow bans send nothing.
pub async fn ban_notice(state: &AppState, ban: i64) {
    let ban = match crate::enforcement::bans::store::ban(&state.db, ban).await {
        Ok(Some(ban)) => ban,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, ban, "mail: ban notice not queued");
            return;
        }
    };
    if ban.kind == BanKind::Shadow {
        return;
    }
    let Some(reader) = ban.reader_id else {
        return;
    };
    if let Err(e) = send_ban_notice(state, &ban, reader).await {
        tracing::error!(error = %e, ban = ban.id, "mail: ban notice not queued");
    }
}

async fn send_ban_notice(state: &AppState, ban: &BanRow, reader: i64) -> anyhow::Result<()> {
    let Some((name, email)) = crate::auth::store::notification_address(&state.db, reader).await?
    else {
        return Ok(());
    };
    let from = Sender::of(state, Some(&ban.site_id)).await;
    let s = from.strings();
    let link = AppealLink {
        site: ban.site_id.clone(),
        reader,
        ban: ban.id,
    };
    let valid = match ban.until {
        Some(until) => (until - crate::db::now_ms()).clamp(0, APPEAL_VALID_MS),
        None => APPEAL_VALID_MS,
    };
    let payload = serde_json::to_string(&link)?;
    let token = new_link(state, "appeal", &email, Some(&payload), valid).await?;
    let until = ban.until.map(crate::db::rfc3339).unwrap_or_default();
    let (subject, body) = match ban.kind {
        BanKind::Suspend => (s.suspended_subject, s.suspended_body),
        _ => (s.banned_subject, s.banned_body),
    };
    let letter = Letter {
        language: from.language.clone(),
        subject: fill(subject, &[("site", &from.name)]),
        greeting: Some(fill(s.greeting, &[("name", &name)])),
        paragraphs: vec![
            fill(body, &[("site", &from.name), ("until", &until)]),
            format!("{}: {}", s.reason, ban.reason),
            s.appeal_body.to_owned(),
        ],
        action: Some((
            s.appeal.to_owned(),
            super::link(state, &format!("/account/appeal?token={token}")),
        )),
        ..Letter::default()
    };
    super::queue(state, Some(&ban.site_id), &email, "ban", &letter).await?;
    Ok(())
}

/// Tells the reader what the moderators answered to their appeal.
pub async fn appeal_answered(state: &AppState, appeal: i64, accepted: bool, answer: &str) {
    let appeal = match crate::enforcement::appeals::store::appeal(&state.db, appeal).await {
        Ok(Some(appeal)) => appeal,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, appeal, "mail: appeal answer not queued");
            return;
        }
    };
    let Some(reader) = appeal.reader_id else {
        return;
    };
    let address = match crate::auth::store::notification_address(&state.db, reader).await {
        Ok(Some(address)) => address,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, "mail: appeal answer not queued");
            return;
        }
    };
    let (name, email) = address;
    let from = Sender::of(state, Some(&appeal.site_id)).await;
    let s = from.strings();
    let (subject, body) = if accepted {
        (s.appeal_accepted_subject, s.appeal_accepted_body)
    } else {
        (s.appeal_rejected_subject, s.appeal_rejected_body)
    };
    let letter = Letter {
        language: from.language.clone(),
        subject: fill(subject, &[("site", &from.name)]),
        greeting: Some(fill(s.greeting, &[("name", &name)])),
        paragraphs: vec![body.to_owned(), format!("{}: {answer}", s.answer)],
        ..Letter::default()
    };
    super::queue_or_log(
        state,
        Some(&appeal.site_id),
        &email,
        "appeal_answer",
        &letter,
    )
    .await;
}
