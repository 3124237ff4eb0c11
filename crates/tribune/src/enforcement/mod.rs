//! Enforcement: the "we will ban you" of the house rules. Not named `moderation`, which is the
//! crate that judges text; this module acts on people.
//!
//! In the comment pipeline it does two things. Before a text is judged,
//! [`check_not_banned`] answers 403 `banned` (with the reason and the end date) to a reader or
//! address under an active suspension or ban. After the house rules refuse a text,
//! [`record_strike`] keeps the refusal as a strike and, when the strikes in the policy's window
//! reach its thresholds, suspends or bans the author, as an action of the system recorded in
//! the moderation log with the strikes as evidence. Signed-in authors are the target of their
//! strikes; anonymous ones are known by their address only.

pub mod api;
pub mod domain;
pub mod screen;
pub mod store;

use std::net::IpAddr;

use moderation::{StrikesConfig, Verdict};
use serde_json::json;

use crate::app::AppState;
use crate::db::{now_ms, rfc3339};
use crate::error::{AppError, AppResult};
use crate::sites::store::SiteRow;

const DAY_MS: i64 = 86_400_000;

/// What the bans in force say about an author who may write.
#[derive(Debug, Default)]
pub struct Standing {
    /// Shadow-banned: their comments are shown to themselves only.
    pub shadow: bool,
}

/// Fails with 403 `banned` when the author is suspended or banned on this site: by reader,
/// by the address of an anonymous author, by a range their address is in, or by their
/// email or its domain. Returns whether they are shadow-banned.
pub async fn check_not_banned(
    state: &AppState,
    site: &SiteRow,
    reader: Option<i64>,
    ip: IpAddr,
) -> AppResult<Standing> {
    let candidates = store::candidate_bans(&state.db, &site.id, reader, &ip.to_string()).await?;
    if candidates.is_empty() {
        return Ok(Standing::default());
    }
    let emails: Vec<String> = match reader {
        Some(id)
            if candidates
                .iter()
                .any(|b| b.email.is_some() || b.email_domain.is_some()) =>
        {
            store::reader_emails(&state.db, id)
                .await?
                .iter()
                .filter_map(|e| domain::normalize_email(e))
                .collect()
        }
        _ => Vec::new(),
    };
    let applies = |b: &&store::BanRow| -> bool {
        if let Some(cidr) = &b.cidr {
            return cidr.parse::<ipnet::IpNet>().is_ok_and(|n| n.contains(&ip));
        }
        if let Some(email) = &b.email {
            return emails.contains(email);
        }
        if let Some(domain) = &b.email_domain {
            return emails.iter().any(|e| {
                e.rsplit_once('@')
                    .is_some_and(|(_, d)| d == domain || d.ends_with(&format!(".{domain}")))
            });
        }
        true // matched by reader id or anonymous address in SQL
    };
    let applicable: Vec<&store::BanRow> = candidates.iter().filter(applies).collect();
    // A permanent ban outranks a suspension, and a later end outranks an earlier one.
    let blocking = applicable
        .iter()
        .filter(|b| b.kind != "shadow")
        .max_by_key(|b| (b.until.is_none(), b.until));
    if let Some(ban) = blocking {
        return Err(banned_error(site, ban));
    }
    Ok(Standing {
        shadow: applicable.iter().any(|b| b.kind == "shadow"),
    })
}

fn banned_error(site: &SiteRow, ban: &store::BanRow) -> AppError {
    let until = ban.until.map(rfc3339);
    let appeal =
        "To appeal, send the moderators a message with the Appeal button under the comments.";
    let message = match &until {
        Some(until) => format!(
            "You are suspended from commenting on {} until {until}. Reason: {}. {appeal}",
            site.name, ban.reason
        ),
        None => format!(
            "You are banned from commenting on {}. Reason: {}. {appeal}",
            site.name, ban.reason
        ),
    };
    AppError::Banned {
        message,
        details: json!({"id": ban.id, "kind": ban.kind, "reason": ban.reason, "until": until,
                        "since": rfc3339(ban.created_at), "appeal": "POST /api/v1/appeals"}),
    }
}

/// What a refusal led to.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Strike,
    Suspended,
    Banned,
}

/// Records a refusal as a strike (when its rule counts as one) and applies the policy's
/// thresholds.
pub async fn record_strike(
    state: &AppState,
    site: &SiteRow,
    reader: Option<i64>,
    ip: IpAddr,
    text: &str,
    verdict: &Verdict,
) -> AppResult<Option<Outcome>> {
    let Some(reason) = verdict.main_reason().filter(|r| r.rule.is_strike()) else {
        return Ok(None);
    };
    let excerpt: Vec<&str> = reason
        .spans
        .iter()
        .filter_map(|[s, e]| text.get(*s..*e))
        .collect();
    let ip = ip.to_string();
    let now = now_ms();
    let config: StrikesConfig = state.policy.strikes();
    let since = now - i64::from(config.window_days) * DAY_MS;
    let count = store::add_strike_and_count(
        &state.db,
        &store::NewStrike {
            site_id: &site.id,
            reader_id: reader,
            ip: &ip,
            rule: reason.rule.as_str(),
            score: f64::from(reason.score),
            excerpt: &excerpt.join(" … "),
        },
        since,
    )
    .await?;
    let (kind, until, outcome) = if config.ban_after > 0 && count >= i64::from(config.ban_after) {
        ("ban", None, Outcome::Banned)
    } else if config.suspend_after > 0 && count >= i64::from(config.suspend_after) {
        (
            "suspend",
            Some(now + i64::from(config.suspend_days) * DAY_MS),
            Outcome::Suspended,
        )
    } else {
        return Ok(Some(Outcome::Strike));
    };
    let why = format!(
        "{count} comments refused by the house rules within {} days (latest: {})",
        config.window_days,
        reason.rule.as_str()
    );
    store::system_ban(&state.db, &site.id, reader, &ip, kind, until, &why).await?;
    tracing::info!(site = %site.id, reader, ip, kind, "strikes led to enforcement");
    Ok(Some(outcome))
}
