//! Strikes, bans and the moderation log in the database.

use sqlx::FromRow;

use crate::db::{now_ms, Db};

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
    let target = match reader {
        Some(id) => format!("reader:{id}"),
        None => format!("ip:{ip}"),
    };
    sqlx::query("INSERT INTO mod_log (site_id, actor_id, action, target, reason, evidence, created_at) VALUES ($1, NULL, $2, $3, $4, $5, $6)")
        .bind(site_id)
        .bind(kind)
        .bind(&target)
        .bind(reason)
        .bind(evidence.to_string())
        .bind(now)
        .execute(&mut *tx)
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
const BANNED_READERS: &str = "SELECT reader_id FROM bans WHERE site_id = $1 AND reader_id IS NOT NULL
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
    pub async fn write(&self, tx: &mut sqlx::Transaction<'_, sqlx::Any>) -> Result<i64, sqlx::Error> {
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
