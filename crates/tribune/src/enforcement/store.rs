//! Strikes, bans and the moderation log in the database.

use sqlx::FromRow;

use super::domain::Target;
use crate::comments::store::{touch_page, wilson_lower_bound, CommentRow, COLUMNS};
use crate::db::{now_ms, placeholders, Db};

/// Rows about one author: `$R` is the reader id (-1 for an anonymous comment) and `$IP` the
/// address, which identifies anonymous authors only.
fn author_clause(r: usize, ip: usize) -> String {
    format!("(reader_id = ${r} OR (reader_id IS NULL AND ip = ${ip} AND ${r} = -1))")
}

#[derive(Clone, Debug, FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct BanRow {
    pub id: i64,
    pub site_id: String,
    pub reader_id: Option<i64>,
    /// The address of an anonymous author banned by the house rules' strikes.
    pub ip: Option<String>,
    pub cidr: Option<String>,
    pub email: Option<String>,
    pub email_domain: Option<String>,
    pub kind: String,
    pub reason: String,
    pub until: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub lifted_at: Option<i64>,
}

const BAN_COLUMNS: &str = "id, site_id, reader_id, ip, cidr, email, email_domain, kind, reason, until, created_by, created_at, lifted_at";

/// Bans in force on a site that could apply to this author: their reader id, the address of
/// an anonymous author, and every range and email ban (matched by the caller, which knows
/// the address and the reader's emails).
pub async fn candidate_bans(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<Vec<BanRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {BAN_COLUMNS} FROM bans
         WHERE site_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > $2)
           AND ({} OR cidr IS NOT NULL OR email IS NOT NULL OR email_domain IS NOT NULL)",
        author_clause(3, 4)
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&db.pool)
    .await
}

pub async fn ban(db: &Db, id: i64) -> Result<Option<BanRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {BAN_COLUMNS} FROM bans WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The bans of a site, newest first; `active` leaves out lifted and expired ones.
pub async fn bans(db: &Db, site_id: &str, active: bool) -> Result<Vec<BanRow>, sqlx::Error> {
    let filter = if active {
        "AND lifted_at IS NULL AND (until IS NULL OR until > $2)"
    } else {
        "AND $2 = $2"
    };
    sqlx::query_as(&format!(
        "SELECT {BAN_COLUMNS} FROM bans WHERE site_id = $1 {filter} ORDER BY created_at DESC, id DESC LIMIT 500"
    ))
    .bind(site_id)
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
}

/// The emails a reader is known by: their account's and the one their SSO site vouches for.
pub async fn reader_emails(db: &Db, reader_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT email, sso_email FROM readers WHERE id = $1")
            .bind(reader_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row
        .map(|(a, b)| a.into_iter().chain(b).collect())
        .unwrap_or_default())
}

pub struct NewStrike<'a> {
    pub site_id: &'a str,
    pub reader_id: Option<i64>,
    pub ip: &'a str,
    pub rule: &'a str,
    pub score: f64,
    pub excerpt: &'a str,
}

/// Stores a strike and returns how many the same author has since `since`.
pub async fn add_strike_and_count(
    db: &Db,
    strike: &NewStrike<'_>,
    since: i64,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    sqlx::query("INSERT INTO strikes (site_id, reader_id, ip, rule, score, excerpt, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(strike.site_id)
        .bind(strike.reader_id)
        .bind(strike.ip)
        .bind(strike.rule)
        .bind(strike.score)
        .bind(strike.excerpt)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    let count: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND created_at >= $2 AND {}",
        author_clause(3, 4)
    ))
    .bind(strike.site_id)
    .bind(since)
    .bind(strike.reader_id.unwrap_or(-1))
    .bind(strike.ip)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(count)
}

/// A suspension or ban decided by the house rules, and its entry in the moderation log with
/// the strikes behind it as evidence.
pub async fn system_ban(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
    kind: &str,
    until: Option<i64>,
    reason: &str,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    sqlx::query("INSERT INTO bans (site_id, reader_id, ip, kind, reason, until, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(site_id)
        .bind(reader)
        .bind(reader.is_none().then_some(ip))
        .bind(kind)
        .bind(reason)
        .bind(until)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let strikes: Vec<(String, String, i64)> = sqlx::query_as(&format!(
        "SELECT rule, excerpt, created_at FROM strikes WHERE site_id = $1 AND {}
         ORDER BY created_at DESC LIMIT 20",
        author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&mut *tx)
    .await?;
    let evidence = serde_json::json!({
        "strikes": strikes.iter().map(|(rule, excerpt, at)| serde_json::json!({"rule": rule, "excerpt": excerpt, "at": crate::db::rfc3339(*at)})).collect::<Vec<_>>()
    });
    LogEntry {
        site_id,
        actor: None,
        action: kind,
        target: match reader {
            Some(id) => format!("reader:{id}"),
            None => format!("ip:{ip}"),
        },
        reason,
        evidence: Some(evidence),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await
}

// ---- ban-evasion signals and pre-moderation ----

/// Remembers that a browser was used by a reader.
pub async fn see_device(db: &Db, device: &str, reader_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO devices (device, reader_id, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (device, reader_id) DO UPDATE SET seen_at = excluded.seen_at",
    )
    .bind(device)
    .bind(reader_id)
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Readers under an active suspension or ban (not a shadow ban) on the site, as SQL.
const BANNED_READERS: &str =
    "SELECT reader_id FROM bans WHERE site_id = $1 AND reader_id IS NOT NULL
     AND kind IN ('suspend', 'ban') AND lifted_at IS NULL AND (until IS NULL OR until > $2)";

/// A banned reader (other than `me`) who used this browser.
pub async fn banned_reader_on_device(
    db: &Db,
    site_id: &str,
    device: &str,
    me: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT reader_id FROM devices WHERE device = $3 AND reader_id <> $4
           AND reader_id IN ({BANNED_READERS}) LIMIT 1"
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(device)
    .bind(me)
    .fetch_optional(&db.pool)
    .await
}

/// A banned reader (other than `me`) who commented on the site from this address.
pub async fn banned_reader_from_ip(
    db: &Db,
    site_id: &str,
    ip: &str,
    me: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT c.author_id FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.ip = $3 AND c.author_id <> $4
           AND c.author_id IN ({BANNED_READERS}) LIMIT 1"
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(ip)
    .bind(me)
    .fetch_optional(&db.pool)
    .await
}

/// The banned readers of a site with their emails.
pub async fn banned_readers_emails(
    db: &Db,
    site_id: &str,
) -> Result<Vec<(i64, Vec<String>)>, sqlx::Error> {
    let rows: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(&format!(
        "SELECT id, email, sso_email FROM readers WHERE id IN ({BANNED_READERS})"
    ))
    .bind(site_id)
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, a, b)| (id, a.into_iter().chain(b).collect()))
        .collect())
}

pub async fn is_premod_reader(db: &Db, site_id: &str, reader_id: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT reader_id FROM premod_readers WHERE site_id = $1 AND reader_id = $2",
    )
    .bind(site_id)
    .bind(reader_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

pub async fn set_premod_reader(
    db: &Db,
    site_id: &str,
    reader_id: i64,
    on: bool,
    log: &LogEntry<'_>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    if on {
        sqlx::query("INSERT INTO premod_readers (site_id, reader_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (site_id, reader_id) DO NOTHING")
            .bind(site_id)
            .bind(reader_id)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query("DELETE FROM premod_readers WHERE site_id = $1 AND reader_id = $2")
            .bind(site_id)
            .bind(reader_id)
            .execute(&mut *tx)
            .await?;
    }
    log.write(&mut tx).await?;
    tx.commit().await
}

/// Visible comments on the site by this author (a reader, or an anonymous address).
pub async fn approved_count(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.status = 'visible'
           AND (c.author_id = $2 OR (c.author_id IS NULL AND c.ip = $3 AND $2 = -1))",
    )
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_one(&db.pool)
    .await
}

/// Refusals (strikes) and stored comments by this author on the site since `since`.
pub async fn recent_record(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
    since: i64,
) -> Result<(i64, i64), sqlx::Error> {
    let refused: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND created_at >= $4 AND {}",
        author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    let posted: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.created_at >= $4
           AND (c.author_id = $2 OR (c.author_id IS NULL AND c.ip = $3 AND $2 = -1))",
    )
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    Ok((refused, posted))
}

// ---- the moderation log ----

/// One entry of the append-only moderation log: written in the same transaction as the
/// action it records. `actor` is None for the system (the house rules' strikes).
pub struct LogEntry<'a> {
    pub site_id: &'a str,
    pub actor: Option<i64>,
    pub action: &'a str,
    pub target: String,
    pub reason: &'a str,
    pub evidence: Option<serde_json::Value>,
}

impl LogEntry<'_> {
    pub async fn write(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("INSERT INTO mod_log (site_id, actor_id, action, target, reason, evidence, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
            .bind(self.site_id)
            .bind(self.actor)
            .bind(self.action)
            .bind(&self.target)
            .bind(self.reason)
            .bind(self.evidence.as_ref().map(|e| e.to_string()))
            .bind(now_ms())
            .fetch_one(&mut **tx)
            .await
    }
}

#[derive(Clone, Debug, FromRow)]
pub struct LogRow {
    pub id: i64,
    pub site_id: String,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub target: String,
    pub reason: String,
    pub evidence: Option<String>,
    pub created_at: i64,
}

/// Filters of the log view; empty fields match everything.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct LogFilter {
    pub site: String,
    pub action: Option<String>,
    /// `reader:12`, `comment:40`, `network:203.0.113.0/24`, ...
    pub target: Option<String>,
    /// Only actions by this moderator (reader id); `0` for the system's own.
    pub actor: Option<i64>,
    /// Entries older than this id (for the next page).
    pub before: Option<i64>,
    /// 1 to 1000 (default 100); ignored by the JSON-lines export, which returns everything.
    pub limit: Option<i64>,
    /// `jsonl` for JSON lines.
    pub format: Option<String>,
}

pub async fn log(db: &Db, f: &LogFilter, limit: i64) -> Result<Vec<LogRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.id, l.site_id, l.actor_id, r.name AS actor_name, l.action, l.target, l.reason, l.evidence, l.created_at
         FROM mod_log l LEFT JOIN readers r ON r.id = l.actor_id
         WHERE l.site_id = $1 AND ($2 = '' OR l.action = $2) AND ($3 = '' OR l.target = $3)
           AND ($4 = -1 OR COALESCE(l.actor_id, 0) = $4) AND l.id < $5
         ORDER BY l.id DESC LIMIT $6",
    )
    .bind(&f.site)
    .bind(f.action.as_deref().unwrap_or(""))
    .bind(f.target.as_deref().unwrap_or(""))
    .bind(f.actor.unwrap_or(-1))
    .bind(f.before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

// ---- moderators' actions on comments ----

/// Moves a comment to `status` (visible, rejected or deleted) as a moderator's decision, with
/// the page's count, the reports on it and the log entry in one transaction.
pub async fn moderate_comment(
    db: &Db,
    c: &CommentRow,
    status: &str,
    refusal_reason: Option<&str>,
    log: &LogEntry<'_>,
) -> Result<CommentRow, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let row: CommentRow = sqlx::query_as(&format!(
        "UPDATE comments SET status = $1, refusal_reason = $2,
             deleted_at = CASE WHEN $1 = 'deleted' THEN $3 ELSE NULL END
         WHERE id = $4 RETURNING {COLUMNS}"
    ))
    .bind(status)
    .bind(refusal_reason)
    .bind(now_ms())
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    let delta = i64::from(row.is_public()) - i64::from(c.is_public());
    touch_page(&mut tx, c.page_id, delta).await?;
    // Reports are answered by the decision: upheld when the comment goes, dismissed when it stays.
    sqlx::query(
        "UPDATE reports SET resolved_at = $1, upheld = $2 WHERE comment_id = $3 AND resolved_at IS NULL",
    )
    .bind(now_ms())
    .bind(i64::from(status != "visible"))
    .bind(c.id)
    .execute(&mut *tx)
    .await?;
    log.write(&mut tx).await?;
    tx.commit().await?;
    Ok(row)
}

/// The latest moderator action on a comment, e.g. to undo a deletion only a moderator made.
pub async fn last_action_on(db: &Db, target: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT action FROM mod_log WHERE target = $1 ORDER BY id DESC LIMIT 1")
        .bind(target)
        .fetch_optional(&db.pool)
        .await
}

// ---- bans ----

pub struct NewBan<'a> {
    pub site_id: &'a str,
    pub target: &'a Target,
    pub kind: &'a str,
    pub until: Option<i64>,
    pub reason: &'a str,
    pub actor: i64,
    /// Also remove the banned reader's votes on this site.
    pub remove_votes: bool,
}

pub async fn insert_ban(db: &Db, ban: &NewBan<'_>) -> Result<BanRow, sqlx::Error> {
    let (reader, cidr, email, domain) = match ban.target {
        Target::Reader(id) => (Some(*id), None, None, None),
        Target::Network(net) => (None, Some(net.to_string()), None, None),
        Target::Email(e) => (None, None, Some(e.as_str()), None),
        Target::EmailDomain(d) => (None, None, None, Some(d.as_str())),
    };
    let mut tx = db.writer.begin().await?;
    let row: BanRow = sqlx::query_as(&format!(
        "INSERT INTO bans (site_id, reader_id, cidr, email, email_domain, kind, reason, until, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {BAN_COLUMNS}"
    ))
    .bind(ban.site_id)
    .bind(reader)
    .bind(cidr)
    .bind(email)
    .bind(domain)
    .bind(ban.kind)
    .bind(ban.reason)
    .bind(ban.until)
    .bind(ban.actor)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    let mut removed = 0;
    if let (true, Some(reader)) = (ban.remove_votes, reader) {
        removed = remove_votes(&mut tx, ban.site_id, reader).await?;
    }
    LogEntry {
        site_id: ban.site_id,
        actor: Some(ban.actor),
        action: ban.kind,
        target: ban.target.label(),
        reason: ban.reason,
        evidence: Some(serde_json::json!({
            "ban_id": row.id,
            "until": row.until.map(crate::db::rfc3339),
            "votes_removed": removed,
        })),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Deletes a reader's votes on a site's comments and recomputes those comments' tallies.
async fn remove_votes(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site_id: &str,
    reader: i64,
) -> Result<usize, sqlx::Error> {
    let voted: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.page_id FROM votes v JOIN comments c ON c.id = v.comment_id
         JOIN pages p ON p.id = c.page_id WHERE v.reader_id = $1 AND p.site_id = $2",
    )
    .bind(reader)
    .bind(site_id)
    .fetch_all(&mut **tx)
    .await?;
    for (comment, page) in &voted {
        sqlx::query("DELETE FROM votes WHERE comment_id = $1 AND reader_id = $2")
            .bind(comment)
            .bind(reader)
            .execute(&mut **tx)
            .await?;
        let (up, down): (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN value = 1 THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN value = -1 THEN 1 ELSE 0 END), 0)
             FROM votes WHERE comment_id = $1",
        )
        .bind(comment)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query("UPDATE comments SET upvotes = $1, downvotes = $2, best = $3 WHERE id = $4")
            .bind(up)
            .bind(down)
            .bind(wilson_lower_bound(up, down))
            .bind(comment)
            .execute(&mut **tx)
            .await?;
        touch_page(tx, *page, 0).await?;
    }
    Ok(voted.len())
}

pub async fn lift_ban(db: &Db, ban: &BanRow, actor: i64, reason: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    sqlx::query("UPDATE bans SET lifted_at = $1, lifted_by = $2 WHERE id = $3")
        .bind(now_ms())
        .bind(actor)
        .bind(ban.id)
        .execute(&mut *tx)
        .await?;
    LogEntry {
        site_id: &ban.site_id,
        actor: Some(actor),
        action: "lift",
        target: ban_label(ban),
        reason,
        evidence: Some(serde_json::json!({"ban_id": ban.id, "kind": ban.kind})),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await
}

/// How a stored ban's target is written in the log.
pub fn ban_label(ban: &BanRow) -> String {
    match (
        &ban.reader_id,
        &ban.ip,
        &ban.cidr,
        &ban.email,
        &ban.email_domain,
    ) {
        (Some(id), ..) => format!("reader:{id}"),
        (_, Some(ip), ..) => format!("ip:{ip}"),
        (_, _, Some(net), ..) => format!("network:{net}"),
        (_, _, _, Some(email), _) => format!("email:{email}"),
        (.., Some(domain)) => format!("email_domain:{domain}"),
        _ => "unknown".into(),
    }
}

/// A warning in force: a `warn` entry of the log not retracted by a later `unwarn`.
#[derive(Clone, Debug, FromRow)]
pub struct Warning {
    pub id: i64,
    pub reason: String,
    pub created_at: i64,
}

pub async fn warnings(db: &Db, site_id: &str, reader: i64) -> Result<Vec<Warning>, sqlx::Error> {
    let target = format!("reader:{reader}");
    let all: Vec<Warning> = sqlx::query_as(
        "SELECT id, reason, created_at FROM mod_log WHERE site_id = $1 AND target = $2 AND action = 'warn' ORDER BY id",
    )
    .bind(site_id)
    .bind(&target)
    .fetch_all(&db.pool)
    .await?;
    let retracted: Vec<Option<String>> = sqlx::query_scalar(
        "SELECT evidence FROM mod_log WHERE site_id = $1 AND target = $2 AND action = 'unwarn'",
    )
    .bind(site_id)
    .bind(&target)
    .fetch_all(&db.pool)
    .await?;
    let retracted: Vec<i64> = retracted
        .iter()
        .flatten()
        .filter_map(|e| serde_json::from_str::<serde_json::Value>(e).ok())
        .filter_map(|e| e["warning_id"].as_i64())
        .collect();
    Ok(all
        .into_iter()
        .filter(|w| !retracted.contains(&w.id))
        .collect())
}

/// Writes one log entry on its own (warnings, retractions).
pub async fn log_only(db: &Db, entry: &LogEntry<'_>) -> Result<i64, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let id = entry.write(&mut tx).await?;
    tx.commit().await?;
    Ok(id)
}

// ---- reports ----

/// Stores a reader's report; returns the comment's number of reports, or None when this
/// reader had already reported it. Holds the comment when the count reaches `hold_at`.
pub async fn report(
    db: &Db,
    site_id: &str,
    c: &CommentRow,
    reporter: i64,
    reason: &str,
    hold_at: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO reports (site_id, comment_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (comment_id, reporter_id) DO NOTHING",
    )
    .bind(site_id)
    .bind(c.id)
    .bind(reporter)
    .bind(reason)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(None);
    }
    let count: i64 = sqlx::query_scalar(
        "UPDATE comments SET report_count = report_count + 1, risk = risk + 0.1 WHERE id = $1 RETURNING report_count",
    )
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    if hold_at > 0 && count >= hold_at && c.status == "visible" {
        sqlx::query("UPDATE comments SET status = 'pending', queue_reason = $1 WHERE id = $2")
            .bind(format!("{count} reader reports"))
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
        touch_page(&mut tx, c.page_id, -i64::from(c.is_public())).await?;
    }
    tx.commit().await?;
    Ok(Some(count))
}

/// Reports a reader filed on a site since `since` (for the reporters' rate limit).
pub async fn reports_since(
    db: &Db,
    site_id: &str,
    reporter: i64,
    since: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM reports WHERE site_id = $1 AND reporter_id = $2 AND created_at >= $3",
    )
    .bind(site_id)
    .bind(reporter)
    .bind(since)
    .fetch_one(&db.pool)
    .await
}

#[derive(Clone, Debug, FromRow)]
pub struct ReportRow {
    pub comment_id: i64,
    pub reporter_id: i64,
    pub reporter_name: String,
    pub reason: String,
    pub created_at: i64,
    /// Everything this reporter filed on the site, and how much of it moderators dismissed:
    /// a reporter whose reports are mostly dismissed may be abusing the button.
    pub reporter_total: i64,
    pub reporter_dismissed: i64,
}

pub async fn open_reports(db: &Db, comment_ids: &[i64]) -> Result<Vec<ReportRow>, sqlx::Error> {
    if comment_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.comment_id, r.reporter_id, rd.name AS reporter_name, r.reason, r.created_at,
                (SELECT COUNT(*) FROM reports a WHERE a.reporter_id = r.reporter_id AND a.site_id = r.site_id) AS reporter_total,
                (SELECT COUNT(*) FROM reports a WHERE a.reporter_id = r.reporter_id AND a.site_id = r.site_id AND a.upheld = 0) AS reporter_dismissed
         FROM reports r JOIN readers rd ON rd.id = r.reporter_id
         WHERE r.resolved_at IS NULL AND r.comment_id IN ({}) ORDER BY r.created_at",
        placeholders(1, comment_ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in comment_ids {
        query = query.bind(id);
    }
    query.fetch_all(&db.pool).await
}

// ---- the queue, histories and search ----

#[derive(Clone, Debug, FromRow)]
pub struct QueueRow {
    #[sqlx(flatten)]
    pub comment: CommentRow,
    pub url: String,
    pub ip: Option<String>,
}

/// Held comments and visible ones with open reports, riskiest first.
pub async fn queue(db: &Db, site_id: &str, limit: i64) -> Result<Vec<QueueRow>, sqlx::Error> {
    let columns = prefixed_columns("c");
    sqlx::query_as(&format!(
        "SELECT {columns}, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND (c.status = 'pending' OR (c.status = 'visible' AND EXISTS
             (SELECT 1 FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL)))
         ORDER BY c.risk DESC, c.created_at ASC LIMIT $2"
    ))
    .bind(site_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// `COLUMNS` of the comments table under an alias.
fn prefixed_columns(alias: &str) -> String {
    COLUMNS
        .split(',')
        .map(|c| format!("{alias}.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One comment with its page, for actions that need the site.
pub async fn comment_with_site(
    db: &Db,
    id: i64,
) -> Result<Option<(CommentRow, String)>, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(flatten)]
        comment: CommentRow,
        site_id: String,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {}, p.site_id FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.id = $1",
        prefixed_columns("c")
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (r.comment, r.site_id)))
}

/// What moderators see of an author: their record on the site.
#[derive(Clone, Debug, Default, serde::Serialize, utoipa::ToSchema)]
pub struct History {
    pub comments: i64,
    pub visible: i64,
    pub rejected: i64,
    pub pending: i64,
    pub strikes: i64,
    pub bans: i64,
    pub warnings: i64,
    pub reports_against: i64,
}

pub async fn history(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<History, sqlx::Error> {
    let by_status: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.status, COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND (c.author_id = $2 OR (c.author_id IS NULL AND c.ip = $3 AND $2 = -1))
         GROUP BY c.status",
    )
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&db.pool)
    .await?;
    let mut h = History::default();
    for (status, n) in by_status {
        h.comments += n;
        match status.as_str() {
            "visible" => h.visible = n,
            "rejected" => h.rejected = n,
            "pending" => h.pending = n,
            _ => {}
        }
    }
    let subject = reader.unwrap_or(-1);
    let strikes = format!(
        "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND {}",
        author_clause(2, 3)
    );
    let bans = format!(
        "SELECT COUNT(*) FROM bans WHERE site_id = $1 AND {}",
        author_clause(2, 3)
    );
    let reports = "SELECT COUNT(*) FROM reports r JOIN comments c ON c.id = r.comment_id
         WHERE r.site_id = $1 AND (c.author_id = $2 OR (c.author_id IS NULL AND c.ip = $3 AND $2 = -1))";
    for (sql, slot) in [
        (strikes.as_str(), &mut h.strikes),
        (bans.as_str(), &mut h.bans),
        (reports, &mut h.reports_against),
    ] {
        *slot = sqlx::query_scalar(sql)
            .bind(site_id)
            .bind(subject)
            .bind(ip)
            .fetch_one(&db.pool)
            .await?;
    }
    let target = match reader {
        Some(id) => format!("reader:{id}"),
        None => format!("ip:{ip}"),
    };
    h.warnings = sqlx::query_scalar(
        "SELECT COUNT(*) FROM mod_log WHERE site_id = $1 AND action = 'warn' AND target = $2",
    )
    .bind(site_id)
    .bind(&target)
    .fetch_one(&db.pool)
    .await?;
    Ok(h)
}

/// Comments whose text, and readers whose name or email, contain `q` (case-insensitive).
pub async fn search(
    db: &Db,
    site_id: &str,
    q: &str,
) -> Result<(Vec<QueueRow>, Vec<(i64, String, Option<String>)>), sqlx::Error> {
    let pattern = format!(
        "%{}%",
        q.to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let comments = sqlx::query_as(&format!(
        "SELECT {}, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND LOWER(c.body) LIKE $2 ESCAPE '\\'
         ORDER BY c.created_at DESC LIMIT 100",
        prefixed_columns("c")
    ))
    .bind(site_id)
    .bind(&pattern)
    .fetch_all(&db.pool)
    .await?;
    let readers = sqlx::query_as(
        "SELECT DISTINCT r.id, r.name, r.email FROM readers r
         WHERE (LOWER(r.name) LIKE $2 ESCAPE '\\' OR LOWER(COALESCE(r.email, '')) LIKE $2 ESCAPE '\\')
           AND (EXISTS (SELECT 1 FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.author_id = r.id AND p.site_id = $1)
                OR EXISTS (SELECT 1 FROM roles ro WHERE ro.reader_id = r.id AND ro.site_id = $1))
         ORDER BY r.id LIMIT 100",
    )
    .bind(site_id)
    .bind(&pattern)
    .fetch_all(&db.pool)
    .await?;
    Ok((comments, readers))
}

// ---- appeals ----

#[derive(Clone, Debug, FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct AppealRow {
    pub id: i64,
    pub site_id: String,
    pub ban_id: i64,
    pub reader_id: Option<i64>,
    pub message: String,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub outcome: Option<String>,
    pub response: Option<String>,
}

const APPEAL_COLUMNS: &str =
    "id, site_id, ban_id, reader_id, message, created_at, resolved_at, outcome, response";

pub async fn insert_appeal(
    db: &Db,
    ban: &BanRow,
    reader: i64,
    message: &str,
) -> Result<AppealRow, sqlx::Error> {
    sqlx::query_as(&format!(
        "INSERT INTO appeals (site_id, ban_id, reader_id, message, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING {APPEAL_COLUMNS}"
    ))
    .bind(&ban.site_id)
    .bind(ban.id)
    .bind(reader)
    .bind(message)
    .bind(now_ms())
    .fetch_one(&db.writer)
    .await
}

pub async fn open_appeal_for(db: &Db, ban_id: i64) -> Result<Option<AppealRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {APPEAL_COLUMNS} FROM appeals WHERE ban_id = $1 AND resolved_at IS NULL"
    ))
    .bind(ban_id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn appeals(db: &Db, site_id: &str, open: bool) -> Result<Vec<AppealRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {APPEAL_COLUMNS} FROM appeals WHERE site_id = $1 AND (resolved_at IS NULL OR $2 = 0)
         ORDER BY created_at ASC LIMIT 200"
    ))
    .bind(site_id)
    .bind(i64::from(open))
    .fetch_all(&db.pool)
    .await
}

pub async fn appeal(db: &Db, id: i64) -> Result<Option<AppealRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {APPEAL_COLUMNS} FROM appeals WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

/// Answers an appeal; accepting it lifts the ban, in the same transaction.
pub async fn resolve_appeal(
    db: &Db,
    appeal: &AppealRow,
    accept: bool,
    response: &str,
    actor: i64,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    sqlx::query("UPDATE appeals SET resolved_at = $1, resolved_by = $2, outcome = $3, response = $4 WHERE id = $5")
        .bind(now)
        .bind(actor)
        .bind(if accept { "accepted" } else { "rejected" })
        .bind(response)
        .bind(appeal.id)
        .execute(&mut *tx)
        .await?;
    if accept {
        sqlx::query(
            "UPDATE bans SET lifted_at = $1, lifted_by = $2 WHERE id = $3 AND lifted_at IS NULL",
        )
        .bind(now)
        .bind(actor)
        .bind(appeal.ban_id)
        .execute(&mut *tx)
        .await?;
    }
    LogEntry {
        site_id: &appeal.site_id,
        actor: Some(actor),
        action: if accept { "appeal_accepted" } else { "appeal_rejected" },
        target: appeal.reader_id.map_or_else(|| "unknown".into(), |r| format!("reader:{r}")),
        reason: response,
        evidence: Some(serde_json::json!({"appeal_id": appeal.id, "ban_id": appeal.ban_id, "message": appeal.message})),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await
}
