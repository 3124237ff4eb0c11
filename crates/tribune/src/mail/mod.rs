//! E-mail (#16): replies that bring readers back, account mail (confirm a sign-up, reset a
//! password, verify an address, a ban's notice with its appeal link, a moderator's answer to
//! an appeal), and moderators' digests and campaign alerts.
//!
//! Nothing is sent where it happens: a mail is a row of `mail_outbox`, queued after the action
//! it reports was stored, and the worker of any instance delivers it over SMTP with retries
//! (`worker.rs`). Replies and followed threads are gathered first (`notify.rs`): a reader gets
//! one mail for several replies within `mail.batch_secs`, and at most `mail.daily_cap` a day.
//! Every notification carries a `List-Unsubscribe` header and a one-click unsubscribe link
//! (RFC 8058) that works without signing in (`handlers.rs`).
//!
//! Without `smtp_url` and `mail_from` the server sends nothing: notifications are not even
//! gathered, and the endpoints that only exist to send mail (password reset, opt-ins) answer
//! that mail is off.

pub mod account;
pub mod compose;
pub mod digest;
pub mod handlers;
pub mod links;
pub mod notify;
pub mod smtp;
pub mod store;
pub mod strings;
pub mod worker;

use anyhow::Context;
use std::sync::Arc;

use lettre::message::Mailbox;

use self::compose::Letter;
use crate::app::AppState;
use crate::config::Config;
use crate::error::{AppError, AppResult};
use crate::notices::Notice;

pub use self::handlers::router;

/// How this instance submits mail: the relay (and its open connections) and the sender.
#[derive(Clone)]
pub struct Mailer {
    pub relay: Arc<smtp::Relay>,
    pub from: Mailbox,
}

impl Mailer {
    /// The mailer the configuration asks for; `None` when mail is off. A bad `smtp_url` or
    /// `mail_from` stops the server at start, not at the first mail.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Mailer>> {
        let (url, from) = match (&config.smtp_url, &config.mail_from) {
            (None, None) => return Ok(None),
            (Some(url), Some(from)) => (url, from),
            (Some(_), None) => anyhow::bail!("smtp_url is set but mail_from is not: set both"),
            (None, Some(_)) => anyhow::bail!("mail_from is set but smtp_url is not: set both"),
        };
        let connections = config.mail.connections;
        anyhow::ensure!(
            (1..=256).contains(&connections),
            "mail.connections must be 1 to 256 (got {connections})"
        );
        let from: Mailbox = from.parse().with_context(|| {
            format!(
                "mail_from {from:?} is not an address like `The Daily <comments@daily.example>`"
            )
        })?;
        let timeout = std::time::Duration::from_secs(config.mail.timeout_secs.max(1));
        let relay = smtp::Relay::from_url(url, timeout).map_err(|e| {
            anyhow::anyhow!("smtp_url is not like smtp://HOST:PORT, smtp://USER:PASS@HOST:587?tls=required or smtps://USER:PASS@HOST: {e}")
        })?;
        Ok(Some(Mailer {
            relay: Arc::new(relay),
            from,
        }))
    }
}

/// Whether this server sends mail.
pub fn enabled(state: &AppState) -> bool {
    state.mailer.is_some()
}

/// Refuses what only makes sense with mail, when mail is off.
pub fn require(state: &AppState) -> AppResult<()> {
    if enabled(state) {
        Ok(())
    } else {
        Err(AppError::bad_request(
            "mail_off",
            "this server sends no e-mail (its operator has not set smtp_url and mail_from)",
        ))
    }
}

/// The site a mail speaks for: its id, name and language; "Tribune" in English when the mail
/// is for no site (or one that is gone).
pub struct Sender {
    pub site: Option<String>,
    pub name: String,
    pub language: String,
}

impl Sender {
    pub async fn of(state: &AppState, site: Option<&str>) -> Sender {
        let row = match site {
            Some(site) => state.sites.get(&state.db, site).await.ok(),
            None => None,
        };
        match row {
            Some(row) => Sender {
                site: Some(row.id.clone()),
                name: row.name.clone(),
                language: row.language.clone(),
            },
            None => Sender {
                site: None,
                name: "Tribune".to_owned(),
                language: "en".to_owned(),
            },
        }
    }

    pub fn strings(&self) -> &'static strings::Strings {
        strings::strings(&self.language)
    }
}

/// Queues `letter` to `to`. Errors are the caller's to report: account mail answers them,
/// notifications log them.
pub async fn queue(
    state: &AppState,
    site: Option<&str>,
    to: &str,
    kind: &str,
    letter: &Letter,
) -> Result<(), sqlx::Error> {
    if !enabled(state) {
        return Ok(());
    }
    let mut tx = state.db.writer.begin().await?;
    store::enqueue(
        &mut tx,
        &store::Outgoing {
            site,
            to,
            kind,
            subject: &letter.subject,
            text: &letter.text(),
            html: &letter.html(),
            unsubscribe_url: letter.unsubscribe.as_ref().map(|(_, url)| url.as_str()),
        },
    )
    .await?;
    tx.commit().await?;
    metrics::counter!("tribune_mail_queued_total", "kind" => kind.to_owned()).increment(1);
    Ok(())
}

/// Queues `letter` and only logs a failure: for mail that reports something that already
/// happened (a ban, an answer), which must not fail because the mail could not be queued.
pub async fn queue_or_log(
    state: &AppState,
    site: Option<&str>,
    to: &str,
    kind: &str,
    letter: &Letter,
) {
    if let Err(e) = queue(state, site, to, kind, letter).await {
        tracing::error!(error = %e, kind, "mail: a message was not queued");
    }
}

/// Turns what happened into mail, one notice at a time, for as long as the process runs.
pub async fn listen(state: AppState, mut notices: tokio::sync::mpsc::Receiver<Notice>) {
    while let Some(notice) = notices.recv().await {
        match notice {
            Notice::CommentPublished { site, url, comment } => {
                notify::comment_published(&state, &site, &url, comment).await;
            }
            Notice::Banned { ban } => account::ban_notice(&state, ban).await,
            Notice::AppealAnswered {
                appeal,
                accepted,
                answer,
            } => account::appeal_answered(&state, appeal, accepted, &answer).await,
            Notice::CampaignDetected { site, campaign } => {
                digest::campaign_detected(&state, &site, &campaign).await;
            }
            Notice::SignupRequested {
                site,
                email,
                name,
                password_hash,
                signup_ip,
            } => {
                let from = Sender::of(&state, site.as_deref()).await;
                let pending = account::PendingAccount {
                    name,
                    password_hash,
                    signup_ip,
                    site: from.site.clone(),
                };
                if let Err(e) = account::signup(&state, &from, &email, &pending).await {
                    tracing::error!(error = %e, "mail: a sign-up confirmation was not queued");
                }
            }
            Notice::SignupOfTakenAddress { site, email } => {
                let from = Sender::of(&state, site.as_deref()).await;
                if let Err(e) = account::account_exists(&state, &from, &email).await {
                    tracing::error!(error = %e, "mail: an account-exists mail was not queued");
                }
            }
        }
    }
}

/// This instance's address for links in mail.
pub fn link(state: &AppState, path_and_query: &str) -> String {
    format!("{}{path_and_query}", state.config.public_url())
}
