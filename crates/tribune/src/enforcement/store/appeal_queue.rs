//! Appeals of bans.

use sqlx::FromRow;

use super::*;

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
