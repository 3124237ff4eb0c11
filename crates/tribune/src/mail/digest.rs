//! Moderators' mail: a digest of what waits for them (held comments, reports, appeals) at
//! the rhythm each chose (`immediate`, `hourly`, `daily`, or `off`; `mail.moderator_digest`
//! until they choose), sent only when something arrived since the last one; and an alert as
//! soon as a paid-troll campaign is detected, with a link to review it.
//!
//! Each moderator's last digest time is moved forward with a compare-and-set
//! (`store::advance_digest`) before the mail is queued, so of several instances looking at
//! the same moment exactly one sends it.

use moderation::campaigns::Campaign;

use super::compose::Letter;
use super::store::{self, ModeratorMail};
use super::strings::fill;
use super::Sender;
use crate::app::AppState;
use crate::db::now_ms;

/// The least time between two digests of each rhythm. `immediate` waits `mail.batch_secs`,
/// as replies do: a burst of held comments makes one mail.
fn every_ms(digest: &str, batch_secs: u64) -> Option<i64> {
    match digest {
        "immediate" => Some(batch_secs as i64 * 1000),
        "hourly" => Some(3_600_000),
        "daily" => Some(86_400_000),
        _ => None,
    }
}

/// Queues every digest that is due; returns how many.
pub async fn send_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = now_ms();
    let mut sent = 0;
    for m in store::moderators(&state.db, None).await? {
        let digest = m
            .digest
            .clone()
            .unwrap_or_else(|| state.config.mail.moderator_digest.clone());
        let Some(every) = every_ms(&digest, state.config.mail.batch_secs) else {
            continue;
        };
        let Some(last) = m.last_digest_at else {
            // First look at this moderator: the digest counts from now.
            store::advance_digest(&state.db, &m, now).await?;
            continue;
        };
        if now - last < every {
            continue;
        }
        let waiting = crate::enforcement::queue::waiting(&state.db, &m.site_id, last).await?;
        let recipient = match waiting.anything_new() {
            true => Some(store::recipient(&state.db, &m.email).await?),
            false => None,
        };
        // Moved on even when nothing is sent (nothing new, or digests stopped): the next look
        // is a period away, not the next pass a few seconds later.
        if !store::advance_digest(&state.db, &m, now).await? {
            continue;
        }
        let Some(recipient) = recipient.filter(|r| r.takes("digest")) else {
            continue;
        };
        let letter = digest_letter(state, &m, &waiting, &recipient.token).await;
        super::queue_or_log(state, Some(&m.site_id), &m.email, "digest", &letter).await;
        sent += 1;
    }
    Ok(sent)
}

async fn digest_letter(
    state: &AppState,
    m: &ModeratorMail,
    w: &crate::enforcement::queue::Waiting,
    token: &str,
) -> Letter {
    let from = Sender::of(state, Some(&m.site_id)).await;
    let (s, name) = (from.strings(), from.name.as_str());
    let line = |template: &str, (all, new): (i64, i64)| {
        format!("{all} {}", fill(template, &[("new", &new.to_string())]))
    };
    Letter {
        subject: fill(
            s.digest_subject,
            &[
                ("site", name),
                ("held", &w.held.0.to_string()),
                ("reports", &w.reports.0.to_string()),
                ("appeals", &w.appeals.0.to_string()),
            ],
        ),
        paragraphs: vec![
            fill(s.digest_intro, &[("site", name)]),
            line(s.digest_held, w.held),
            line(s.digest_reports, w.reports),
            line(s.digest_appeals, w.appeals),
        ],
        action: Some((
            s.open_queue.to_owned(),
            super::link(state, &format!("/mod?site={}", m.site_id)),
        )),
        footer: Some(fill(s.why_digest, &[("site", name)])),
        unsubscribe: Some((
            s.stop.to_owned(),
            super::link(state, &format!("/mail/unsubscribe?t={token}&k=digest")),
        )),
        language: from.language.clone(),
        ..Letter::default()
    }
}

/// Mails the site's moderators who want campaign alerts: a campaign was just detected.
pub async fn campaign_detected(state: &AppState, site: &str, campaign: &Campaign) {
    if let Err(e) = alert(state, site, campaign).await {
        tracing::error!(error = %e, site, "mail: campaign alert not queued");
    }
}

async fn alert(state: &AppState, site: &str, campaign: &Campaign) -> Result<(), sqlx::Error> {
    let from = Sender::of(state, Some(site)).await;
    let (s, name) = (from.strings(), from.name.as_str());
    let mut accounts: Vec<&str> = campaign
        .accounts
        .iter()
        .take(12)
        .map(String::as_str)
        .collect();
    if campaign.accounts.len() > accounts.len() {
        accounts.push("…");
    }
    for m in store::moderators(&state.db, Some(site)).await? {
        if m.campaign_alerts == Some(0) {
            continue;
        }
        let recipient = store::recipient(&state.db, &m.email).await?;
        if !recipient.takes("alerts") {
            continue;
        }
        let letter = Letter {
            language: from.language.clone(),
            subject: fill(
                s.campaign_subject,
                &[
                    ("site", name),
                    ("count", &campaign.accounts.len().to_string()),
                ],
            ),
            paragraphs: vec![
                fill(s.campaign_body, &[("site", name)]),
                campaign.summary.clone(),
                accounts.join(", "),
            ],
            action: Some((
                s.open_campaigns.to_owned(),
                super::link(state, &format!("/mod/campaigns?site={site}")),
            )),
            unsubscribe: Some((
                s.stop.to_owned(),
                super::link(
                    state,
                    &format!("/mail/unsubscribe?t={}&k=alerts", recipient.token),
                ),
            )),
            ..Letter::default()
        };
        super::queue(state, Some(site), &m.email, "campaign_alert", &letter).await?;
    }
    Ok(())
}
