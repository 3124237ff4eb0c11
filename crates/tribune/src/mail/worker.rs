//! The mail worker, one per instance: it gathers waiting replies into mails
//! (`notify::send_batches`), sends moderators' digests when due (`digest::send_due`), and
//! delivers the queue over SMTP. Several instances share the queue without sending a mail
//! twice (`db::claim_due`); a mail the server refuses for good (a 5xx answer: no such
//! mailbox) is given up at once, one it refuses for now (4xx, no connection, a timeout) is
//! tried again after the delays of `mail.retry_secs`. Each instance sends at most
//! `mail.per_second` mails a second: rounds of a tenth of a second's mails, each followed by
//! what is left of its share of time (one timer a round, not one per mail). Failures show in
//! `/metrics` (`tribune_mail_attempts_total{outcome}`) and to admins
//! (`GET /api/v1/admin/mail`).

use std::time::{Duration, Instant};

use futures_util::stream::{self, StreamExt};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;

use super::store::{self, Attempt, DueMail};
use super::{digest, notify, Mailer};
use crate::app::AppState;
use crate::db::now_ms;

/// Mails taken at a time, sent `mail.connections` at once, each over its own connection.
const CLAIM: i64 = 128;

/// How often batches and digests are looked for: they are due by the minute, not the second.
const GATHER_EVERY: Duration = Duration::from_secs(5);

pub async fn run(state: AppState) {
    let Some(mailer) = state.mailer.clone() else {
        return;
    };
    let config = state.config.mail.clone();
    // Longer than any exchange, so a claim only expires when its worker is gone.
    let lease_ms = (config.timeout_secs as i64 + 60) * 1000;
    let mut pause = tokio::time::interval(Duration::from_millis(config.poll_ms.max(10)));
    pause.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_gather: Option<Instant> = None;
    let mut last_cleanup = Instant::now();
    // Paced, a round is a tenth of a second's mails, so that the pace stays smooth.
    let claim = match config.per_second {
        0 => CLAIM,
        rate => (i64::from(rate) / 10).clamp(1, CLAIM),
    };
    loop {
        pause.tick().await;
        if last_gather.is_none_or(|at| at.elapsed() >= GATHER_EVERY) {
            last_gather = Some(Instant::now());
            if let Err(e) = notify::send_batches(&state).await {
                tracing::warn!(error = %e, "mail: cannot gather replies");
            }
            if let Err(e) = digest::send_due(&state).await {
                tracing::warn!(error = %e, "mail: cannot send digests");
            }
        }
        if last_cleanup.elapsed() > Duration::from_secs(3600) {
            last_cleanup = Instant::now();
            let cutoff = now_ms() - i64::from(config.keep_days) * 86_400_000;
            if let Err(e) = store::forget_settled(&state.db, cutoff).await {
                tracing::warn!(error = %e, "mail: cannot forget old mail");
            }
        }
        loop {
            let round = Instant::now();
            let due = match store::claim(&state.db, claim, lease_ms).await {
                Ok(due) => due,
                Err(e) => {
                    tracing::warn!(error = %e, "mail: cannot read the queue");
                    break;
                }
            };
            let full = due.len() as i64 == claim;
            // The least time this round may take at `mail.per_second`.
            let least = match config.per_second {
                0 => Duration::ZERO,
                rate => Duration::from_secs_f64(due.len() as f64 / f64::from(rate)),
            };
            let attempts: Vec<Attempt> = stream::iter(due)
                .map(|m| deliver(&mailer, &config.retry_secs, m))
                .buffer_unordered(config.connections as usize)
                .collect()
                .await;
            if let Err(e) = store::record(&state.db, &attempts).await {
                // The claims expire and the mails are sent again: at least once, never lost.
                tracing::warn!(error = %e, "mail: cannot record a round of attempts");
            }
            tokio::time::sleep(least.saturating_sub(round.elapsed())).await;
            if !full {
                break;
            }
        }
    }
}

/// The message as it goes out: multipart text and HTML, with `List-Unsubscribe` and
/// `List-Unsubscribe-Post` (RFC 8058) when the mail can be stopped.
pub fn message(from: &Mailbox, mail: &DueMail) -> Result<Message, String> {
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| format!("the address cannot take mail: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&mail.subject);
    if let Some(url) = &mail.unsubscribe_url {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            mail.text_body.clone(),
            mail.html_body.clone(),
        ))
        .map_err(|e| e.to_string())
}

/// One attempt at a mail.
async fn deliver(mailer: &Mailer, retry_secs: &[u64], mail: DueMail) -> Attempt {
    let outcome = match message(&mailer.from, &mail) {
        Ok(message) => mailer
            .relay
            .send(&message)
            .await
            .map_err(|e| (e.is_permanent(), e.to_string())),
        Err(e) => Err((true, e)),
    };
    let (sent, error, retry_at) = match outcome {
        Ok(()) => (true, None, None),
        Err((permanent, error)) => {
            let retry_at = (!permanent)
                .then(|| retry_secs.get(mail.attempts as usize))
                .flatten()
                .map(|secs| now_ms() + *secs as i64 * 1000);
            (false, Some(error), retry_at)
        }
    };
    let label = match (sent, retry_at) {
        (true, _) => "sent",
        (false, Some(_)) => "retry",
        (false, None) => "failed",
    };
    metrics::counter!("tribune_mail_attempts_total", "outcome" => label).increment(1);
    if label == "failed" {
        tracing::warn!(
            mail = mail.id,
            error = error.as_deref().unwrap_or(""),
            "mail: a message was given up"
        );
    }
    Attempt {
        mail: mail.id,
        sent,
        error,
        retry_at,
    }
}
