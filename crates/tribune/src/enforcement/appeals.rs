//! Appeals: a banned reader files one, moderators answer.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain::{self};
use super::{bans, SiteQuery};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::extract::{AuthUser, Moderator, SiteModerator};

#[derive(Debug, Serialize, ToSchema)]
pub struct AppealsResponse {
    appeals: Vec<store::AppealRow>,
}

/// Open appeals, oldest first.
#[utoipa::path(get, path = "/api/v1/mod/appeals", tag = "moderation", params(SiteQuery),
    responses((status = 200, body = AppealsResponse), (status = 403)))]
pub(crate) async fn list_appeals(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
) -> AppResult<Json<AppealsResponse>> {
    Ok(Json(AppealsResponse {
        appeals: store::appeals(&state.db, &site, true).await?,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolveAppealRequest {
    /// true lifts the ban.
    accept: bool,
    /// The answer the reader sees.
    reason: String,
}

/// Accept (lifting the ban) or reject an appeal.
#[utoipa::path(post, path = "/api/v1/mod/appeals/{id}", tag = "moderation", request_body = ResolveAppealRequest,
    responses((status = 200), (status = 403), (status = 404), (status = 409)))]
pub(crate) async fn resolve_appeal(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ResolveAppealRequest>,
) -> AppResult<Json<serde_json::Value>> {
    answer_appeal(&state, &moderator, id, input.accept, &input.reason).await?;
    Ok(Json(
        json!({"appeal": id, "outcome": if input.accept { "accepted" } else { "rejected" }}),
    ))
}

/// Accepts (lifting the ban) or rejects an appeal (the API and the moderation pages).
pub async fn answer_appeal(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    accept: bool,
    reason: &str,
) -> AppResult<()> {
    let reason = domain::reason(reason)?;
    let appeal = store::appeal(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no appeal {id}")))?;
    moderator.require(&appeal.site_id)?;
    if appeal.resolved_at.is_some() {
        return Err(AppError::Conflict(format!(
            "appeal {id} was already answered"
        )));
    }
    store::resolve_appeal(&state.db, &appeal, accept, &reason, moderator.user.id).await?;
    state.notices.send(crate::notices::Notice::AppealAnswered {
        appeal: appeal.id,
        accepted: accept,
        answer: reason,
    });
    Ok(())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    site: String,
    /// What the reader wants the moderators to know (1 to 2000 characters).
    message: String,
}

/// Appeal one's own suspension or ban on a site: it lands in the moderators' appeals queue.
#[utoipa::path(post, path = "/api/v1/appeals", tag = "comments", request_body = AppealRequest,
    responses((status = 201, body = store::AppealRow), (status = 401), (status = 404), (status = 409)))]
pub(crate) async fn appeal(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<AppealRequest>,
) -> AppResult<(StatusCode, Json<store::AppealRow>)> {
    let appeal = file_appeal(&state, user.id, &input.site, &input.message).await?;
    Ok((StatusCode::CREATED, Json(appeal)))
}

/// Files a reader's appeal of their ban on `site` (the API, and the link in the ban's mail).
pub async fn file_appeal(
    state: &AppState,
    reader: i64,
    site: &str,
    message: &str,
) -> AppResult<store::AppealRow> {
    let message = message.trim();
    if message.is_empty() || message.chars().count() > 2000 {
        return Err(AppError::invalid("message", "must be 1 to 2000 characters"));
    }
    let ban = bans::store::bans(&state.db, site, true)
        .await?
        .into_iter()
        .find(|b| b.reader_id == Some(reader))
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "you have no suspension or ban on {site:?} to appeal"
            ))
        })?;
    if store::open_appeal_for(&state.db, ban.id).await?.is_some() {
        return Err(AppError::Conflict(
            "your appeal of this ban is already with the moderators".into(),
        ));
    }
    let appeal = store::insert_appeal(&state.db, &ban, reader, message).await?;
    crate::webhooks::emit(
        state,
        site,
        crate::webhooks::EventType::AppealCreated,
        &appeal,
    )
    .await;
    Ok(appeal)
}

/// Appeals in the database.
pub mod store {
    use sqlx::FromRow;

    use crate::db::{now_ms, Db};
    use crate::enforcement::bans::store::BanRow;
    use crate::enforcement::log::store::LogEntry;

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

    pub async fn appeals(
        db: &Db,
        site_id: &str,
        open: bool,
    ) -> Result<Vec<AppealRow>, sqlx::Error> {
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

    /// The appeals a reader filed.
    pub async fn of_reader(db: &Db, reader: i64) -> Result<Vec<AppealRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {APPEAL_COLUMNS} FROM appeals WHERE reader_id = $1 ORDER BY created_at"
        ))
        .bind(reader)
        .fetch_all(&db.pool)
        .await
    }

    /// A deleted account's appeals keep that they happened, not what they said.
    pub async fn erase_reader(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        reader: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE appeals SET message = '' WHERE reader_id = $1")
            .bind(reader)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}
