//! The append-only moderation log: every action, written in the same transaction as its
//! effect, readable (and exportable as JSON lines) but never edited.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::app::AppState;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::AppQuery;
use crate::extract::SiteModerator;

/// One entry of the moderation log as the API shows it.
pub fn log_json(row: &store::LogRow) -> serde_json::Value {
    json!({
        "id": row.id,
        "site": row.site_id,
        "actor": row.actor_id.map(|id| json!({"id": id, "name": row.actor_name})),
        "action": row.action,
        "target": row.target,
        "reason": row.reason,
        "evidence": row.evidence.as_deref().and_then(|e| serde_json::from_str::<serde_json::Value>(e).ok()),
        "created_at": rfc3339(row.created_at),
    })
}

/// The moderation log, newest first; `format=jsonl` exports all of it as JSON lines. There is
/// no endpoint that edits or deletes an entry.
#[utoipa::path(get, path = "/api/v1/mod/log", tag = "moderation", params(store::LogFilter),
    responses((status = 200, description = "`{entries: [...]}`, or JSON lines"), (status = 403)))]
pub(crate) async fn log(
    State(state): State<AppState>,
    SiteModerator { site: _, .. }: SiteModerator,
    AppQuery(filter): AppQuery<store::LogFilter>,
) -> AppResult<Response> {
    if filter.format.as_deref() == Some("jsonl") {
        let mut out = String::new();
        let mut page = store::LogFilter {
            site: filter.site.clone(),
            action: filter.action.clone(),
            target: filter.target.clone(),
            actor: filter.actor,
            before: filter.before,
            ..Default::default()
        };
        loop {
            let rows = store::log(&state.db, &page, 1000).await?;
            for row in &rows {
                out.push_str(&log_json(row).to_string());
                out.push('\n');
            }
            match rows.last() {
                Some(last) if rows.len() == 1000 => page.before = Some(last.id),
                _ => break,
            }
        }
        let name = format!(
            "attachment; filename=\"tribune-{}-modlog.jsonl\"",
            filter.site
        );
        return Ok((
            [
                (header::CONTENT_TYPE, "application/x-ndjson".to_owned()),
                (header::CONTENT_DISPOSITION, name),
            ],
            out,
        )
            .into_response());
    }
    let limit = filter.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 1000"));
    }
    let rows = store::log(&state.db, &filter, limit).await?;
    Ok(Json(json!({"entries": rows.iter().map(log_json).collect::<Vec<_>>()})).into_response())
}

/// The log in the database, and the warnings it carries.
pub mod store {
    use sqlx::FromRow;

    use crate::db::{now_ms, Db};

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

    pub async fn warnings(
        db: &Db,
        site_id: &str,
        reader: i64,
    ) -> Result<Vec<Warning>, sqlx::Error> {
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

    /// The latest moderator action on a target, e.g. to undo a deletion only a moderator made.
    pub async fn last_action_on(db: &Db, target: &str) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT action FROM mod_log WHERE target = $1 ORDER BY id DESC LIMIT 1")
            .bind(target)
            .fetch_optional(&db.pool)
            .await
    }

    /// The log's entries about `target` (`reader:12`), newest first.
    pub async fn about(db: &Db, target: &str) -> Result<Vec<LogRow>, sqlx::Error> {
        sqlx::query_as(
        "SELECT l.id, l.site_id, l.actor_id, r.name AS actor_name, l.action, l.target, l.reason, l.evidence, l.created_at
         FROM mod_log l LEFT JOIN readers r ON r.id = l.actor_id WHERE l.target = $1 ORDER BY l.id DESC",
    )
    .bind(target)
    .fetch_all(&db.pool)
    .await
    }

    /// The log keeps that actions on `targets` happened, by whom and why, but not the evidence
    /// (excerpts of a deleted account's words).
    pub async fn forget_evidence(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        targets: &[String],
    ) -> Result<(), sqlx::Error> {
        for target in targets {
            sqlx::query("UPDATE mod_log SET evidence = NULL WHERE target = $1")
                .bind(target)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }
}
