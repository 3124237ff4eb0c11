//! Supporters and processed Stripe events in the database.

use sqlx::FromRow;

use super::events::{Effect, Event};
use crate::db::{now_ms, placeholders, Db};
use crate::sites::store::touch_pages_of;

#[derive(Clone, Debug, FromRow)]
pub struct SupporterRow {
    pub site_id: String,
    pub reader_id: i64,
    pub source: String,
    pub active_until: Option<i64>,
    pub stripe_customer: Option<String>,
    pub stripe_subscription: Option<String>,
    pub status: String,
    pub stripe_event_at: i64,
    pub note: Option<String>,
}

impl SupporterRow {
    pub fn is_active(&self, now: i64) -> bool {
        self.active_until.is_none_or(|t| t > now)
            && !matches!(self.status.as_str(), "canceled" | "revoked")
    }
}

const COLUMNS: &str = "site_id, reader_id, source, active_until, stripe_customer, stripe_subscription, status, stripe_event_at, note";

pub async fn supporter(
    db: &Db,
    site_id: &str,
    reader_id: i64,
) -> Result<Option<SupporterRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM supporters WHERE site_id = $1 AND reader_id = $2"
    ))
    .bind(site_id)
    .bind(reader_id)
    .fetch_optional(&db.pool)
    .await
}

/// A reader's support on every site.
pub async fn supporter_everywhere(
    db: &Db,
    reader_id: i64,
) -> Result<Vec<SupporterRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM supporters WHERE reader_id = $1 ORDER BY site_id"
    ))
    .bind(reader_id)
    .fetch_all(&db.pool)
    .await
}

/// Which of these readers support the site now.
pub async fn active_among(
    db: &Db,
    site_id: &str,
    readers: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    if readers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM supporters WHERE site_id = $1 AND reader_id IN ({})",
        placeholders(2, readers.len())
    );
    let mut query = sqlx::query_as::<_, SupporterRow>(&sql).bind(site_id);
    for id in readers {
        query = query.bind(id);
    }
    // What "active" means is written once, in `SupporterRow::is_active`.
    let now = now_ms();
    Ok(query
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .filter(|s| s.is_active(now))
        .map(|s| s.reader_id)
        .collect())
}

/// What happened to a webhook event.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Applied(Option<SupportChange>),
    /// This event id was processed before (Stripe retries).
    Duplicate,
    /// An event older than the last one applied to this supporter.
    Stale,
    /// Not about a supporter Tribune knows, or a type Tribune does not act on.
    Ignored,
    /// Names a site or a reader that does not exist here (a test event, another instance's
    /// customer, an account deleted since): kept for admins with the reason, not applied.
    Unmatched(String),
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Applied(_) => "applied",
            Outcome::Duplicate => "duplicate",
            Outcome::Stale => "stale",
            Outcome::Ignored => "ignored",
            Outcome::Unmatched(_) => "unmatched",
        }
    }
}

/// A reader's support began or ended with an event (for the `supporter.*` webhooks).
#[derive(Debug, PartialEq, Eq, serde::Serialize)]
pub struct SupportChange {
    pub site: String,
    pub reader_id: i64,
    /// True when it began, false when it ended.
    pub started: bool,
    pub status: String,
    pub active_until: Option<i64>,
}

/// Records the event id and applies its effect in one transaction: an event is processed once.
pub async fn apply(
    db: &Db,
    event: &Event,
    effect: Option<&Effect>,
) -> Result<Outcome, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let new = sqlx::query(
        "INSERT INTO stripe_events (id, type, created, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&event.id)
    .bind(&event.kind)
    .bind(event.created)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if new == 0 {
        return Ok(Outcome::Duplicate);
    }
    let outcome = match effect {
        Some(effect) => apply_effect(&mut tx, event, effect).await?,
        None => Outcome::Ignored,
    };
    let detail = match &outcome {
        Outcome::Unmatched(why) => Some(why.as_str()),
        _ => None,
    };
    sqlx::query("UPDATE stripe_events SET outcome = $1, detail = $2 WHERE id = $3")
        .bind(outcome.as_str())
        .bind(detail)
        .bind(&event.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(outcome)
}

/// What an event does to its supporter, inside [`apply`]'s transaction.
async fn apply_effect(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    event: &Event,
    effect: &Effect,
) -> Result<Outcome, sqlx::Error> {
    let s = &effect.subject;
    // The supporter: named by the metadata, else found by subscription or customer.
    let existing: Option<SupporterRow> = match (&s.site, s.reader_id) {
        (Some(site), Some(reader)) => {
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM supporters WHERE site_id = $1 AND reader_id = $2"))
                .bind(site)
                .bind(reader)
                .fetch_optional(&mut **tx)
                .await?
        }
        _ => {
            sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM supporters WHERE (stripe_subscription = $1 AND $1 <> '') OR (stripe_customer = $2 AND $2 <> '')
                 ORDER BY updated_at DESC LIMIT 1"
            ))
            .bind(s.subscription.as_deref().unwrap_or(""))
            .bind(s.customer.as_deref().unwrap_or(""))
            .fetch_optional(&mut **tx)
            .await?
        }
    };
    let (site, reader) = match (&existing, &s.site, s.reader_id) {
        (Some(row), _, _) => (row.site_id.clone(), row.reader_id),
        (None, Some(site), Some(reader)) if !effect.update_only => (site.clone(), reader),
        _ => {
            return Ok(Outcome::Ignored);
        }
    };
    if let Some(row) = &existing {
        if row.source == "grant" && row.is_active(now_ms()) {
            // An admin's grant stands until it ends; Stripe then takes over.
            return Ok(Outcome::Ignored);
        }
        if event.created < row.stripe_event_at {
            return Ok(Outcome::Stale);
        }
    }
    let current = existing.as_ref().and_then(|r| {
        if r.source == "stripe" {
            Some(r.active_until)
        } else {
            None
        }
    });
    let until = match (effect.active_until, current) {
        (None, Some(current)) => current,
        (None, None) => None,
        // An open-ended current end only means "not known yet" (after checkout): a payment's
        // period end replaces it.
        (Some(new), Some(current)) if effect.extend_only => match (new, current) {
            (Some(n), Some(c)) => Some(n.max(c)),
            (Some(n), None) | (None, Some(n)) => Some(n),
            (None, None) => None,
        },
        (Some(new), Some(current)) if effect.shorten_only => match (new, current) {
            (Some(n), Some(c)) => Some(n.min(c)),
            (Some(n), None) | (None, Some(n)) => Some(n),
            (None, None) => None,
        },
        (Some(new), _) => new,
    };
    if existing.is_none() {
        if let Some(why) = unmatched(tx, &site, reader).await? {
            return Ok(Outcome::Unmatched(why));
        }
    }
    let now = now_ms();
    sqlx::query(
        "INSERT INTO supporters (site_id, reader_id, source, active_until, stripe_customer, stripe_subscription, status, stripe_event_at, created_at, updated_at)
         VALUES ($1, $2, 'stripe', $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (site_id, reader_id) DO UPDATE SET source = 'stripe', active_until = excluded.active_until,
             stripe_customer = COALESCE(excluded.stripe_customer, supporters.stripe_customer),
             stripe_subscription = COALESCE(excluded.stripe_subscription, supporters.stripe_subscription),
             status = excluded.status, stripe_event_at = excluded.stripe_event_at, updated_at = excluded.updated_at",
    )
    .bind(&site)
    .bind(reader)
    .bind(until)
    .bind(&s.customer)
    .bind(&s.subscription)
    .bind(&effect.status)
    .bind(event.created)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    touch_pages_of(&mut **tx, &site, reader).await?;
    let was_active = existing.as_ref().is_some_and(|r| r.is_active(now));
    let is_active =
        until.is_none_or(|t| t > now) && !matches!(effect.status.as_str(), "canceled" | "revoked");
    let change = (was_active != is_active).then(|| SupportChange {
        site,
        reader_id: reader,
        started: is_active,
        status: effect.status.clone(),
        active_until: until,
    });
    Ok(Outcome::Applied(change))
}

/// Why a site and reader named by an event's metadata match nothing here, if they do not.
async fn unmatched(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site: &str,
    reader: i64,
) -> Result<Option<String>, sqlx::Error> {
    let site_known: Option<String> = sqlx::query_scalar("SELECT id FROM sites WHERE id = $1")
        .bind(site)
        .fetch_optional(&mut **tx)
        .await?;
    if site_known.is_none() {
        return Ok(Some(format!("no site {site:?}")));
    }
    let reader_known: Option<i64> = sqlx::query_scalar("SELECT id FROM readers WHERE id = $1")
        .bind(reader)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(reader_known
        .is_none()
        .then(|| format!("no reader {reader}")))
}

/// A Stripe event as admins review it.
#[derive(Debug, FromRow)]
pub struct StripeEventRow {
    pub id: String,
    #[sqlx(rename = "type")]
    pub kind: String,
    pub created: i64,
    pub received_at: i64,
    pub outcome: Option<String>,
    pub detail: Option<String>,
}

/// The latest Stripe events, newest first; only the unmatched ones unless `all`.
pub async fn stripe_events(
    db: &Db,
    all: bool,
    limit: i64,
) -> Result<Vec<StripeEventRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, type, created, received_at, outcome, detail FROM stripe_events
         WHERE $1 = 1 OR outcome = 'unmatched' ORDER BY received_at DESC, id LIMIT $2",
    )
    .bind(i64::from(all))
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// An admin grants support (staff, gifts) until `until` (None: open-ended), or revokes it.
pub async fn grant(
    db: &Db,
    site_id: &str,
    reader_id: i64,
    until: Option<i64>,
    note: &str,
    admin: Option<i64>,
    revoke: bool,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO supporters (site_id, reader_id, source, active_until, status, note, granted_by, created_at, updated_at)
         VALUES ($1, $2, 'grant', $3, $4, $5, $6, $7, $7)
         ON CONFLICT (site_id, reader_id) DO UPDATE SET source = 'grant', active_until = excluded.active_until,
             status = excluded.status, note = excluded.note, granted_by = excluded.granted_by, updated_at = excluded.updated_at",
    )
    .bind(site_id)
    .bind(reader_id)
    .bind(if revoke { Some(now) } else { until })
    .bind(if revoke { "revoked" } else { "granted" })
    .bind(note)
    .bind(admin)
    .bind(now)
    .execute(&db.writer)
    .await?;
    touch_pages_of(&db.writer, site_id, reader_id).await
}

/// Forgets a deleted account's support (the caller made sure no Stripe subscription runs).
pub async fn erase_reader(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    reader: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM supporters WHERE reader_id = $1")
        .bind(reader)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
