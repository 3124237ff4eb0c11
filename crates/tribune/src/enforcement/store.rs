//! Strikes, bans and the moderation log in the database.

use sqlx::FromRow;

use crate::db::{now_ms, Db};

/// Rows about one author: `$R` is the reader id (-1 for an anonymous comment) and `$IP` the
/// address, which identifies anonymous authors only.
fn author_clause(r: usize, ip: usize) -> String {
    format!("(reader_id = ${r} OR (reader_id IS NULL AND ip = ${ip} AND ${r} = -1))")
}

#[derive(Clone, Debug, FromRow)]
pub struct BanRow {
    pub kind: String,
    pub reason: String,
    pub until: Option<i64>,
    pub created_at: i64,
}

/// The ban in force against a reader, or against an address for anonymous comments (a
/// signed-in reader answers for their own account only). Permanent bans come first.
pub async fn active_ban(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<Option<BanRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT kind, reason, until, created_at FROM bans
         WHERE site_id = $1 AND lifted_at IS NULL AND kind IN ('suspend', 'ban')
           AND (until IS NULL OR until > $2) AND {}
         ORDER BY until IS NULL DESC, until DESC LIMIT 1",
        author_clause(3, 4)
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_optional(&db.pool)
    .await
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
