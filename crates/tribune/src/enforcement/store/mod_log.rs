//! The append-only moderation log, and the warnings it carries.

use sqlx::FromRow;

use super::*;

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
