//! Readers' reports: a signed-in reader flags a comment for the moderators (once per
//! comment, a few an hour); enough reports hold it for review.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::json;

use super::ReasonRequest;
use crate::app::AppState;
use crate::comments::store::{self as comments, PostedComment};
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::extract::AuthUser;

/// Reports a reader may file per site per hour.
pub(crate) const REPORTS_PER_HOUR: i64 = 10;

/// Report a comment to the moderators (signed-in readers, once per comment, 10 an hour).
#[utoipa::path(post, path = "/api/v1/comments/{id}/report", tag = "comments", request_body = ReasonRequest,
    responses((status = 201), (status = 401), (status = 404), (status = 409), (status = 429)))]
pub(crate) async fn report(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReasonRequest>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let reason = input.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::invalid("reason", "must be 1 to 500 characters"));
    }
    let PostedComment {
        comment: c,
        site_id,
        ..
    } = comments::get_posted(&state.db, id)
        .await?
        .filter(|p| p.comment.is_public())
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    user.require_home(&site_id)?;
    if c.author_id == Some(user.id) {
        return Err(AppError::Forbidden(
            "you cannot report your own comment".into(),
        ));
    }
    let hour_ago = now_ms() - 3_600_000;
    if store::reports_since(&state.db, &site_id, user.id, hour_ago).await? >= REPORTS_PER_HOUR {
        return Err(AppError::RateLimited {
            retry_after_secs: 3600,
        });
    }
    let site = state.sites.get(&state.db, &site_id).await?;
    let count = store::report(
        &state.db,
        &site_id,
        &c,
        user.id,
        reason,
        site.reports_to_hold,
    )
    .await?
    .ok_or_else(|| AppError::Conflict("you already reported this comment".into()))?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"reported": id, "reports": count})),
    ))
}

/// Reports in the database.
pub mod store {
    use sqlx::FromRow;

    use crate::comments::store::{self as comments, CommentRow};
    use crate::db::{now_ms, placeholders, Db};

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
        let count = comments::count_report(&mut tx, c.id).await?;
        if hold_at > 0 && count >= hold_at {
            comments::hold(&mut tx, &[c.id], &format!("{count} reader reports")).await?;
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

    /// Answers the open reports on a comment after a moderator's decision: `upheld` when the
    /// comment goes, dismissed when it stays.
    pub async fn resolve(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        comment_id: i64,
        upheld: bool,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
        "UPDATE reports SET resolved_at = $1, upheld = $2 WHERE comment_id = $3 AND resolved_at IS NULL",
    )
    .bind(now_ms())
    .bind(i64::from(upheld))
    .bind(comment_id)
    .execute(&mut **tx)
    .await?;
        Ok(())
    }

    /// The reports a reader filed: `(site, comment_id, reason, created_at)`.
    pub async fn by_reporter(
        db: &Db,
        reader: i64,
    ) -> Result<Vec<(String, i64, String, i64)>, sqlx::Error> {
        sqlx::query_as(
        "SELECT site_id, comment_id, reason, created_at FROM reports WHERE reporter_id = $1 ORDER BY created_at",
    )
    .bind(reader)
    .fetch_all(&db.pool)
    .await
    }

    /// Forgets the reports a deleted account filed.
    pub async fn erase_reporter(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        reader: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM reports WHERE reporter_id = $1")
            .bind(reader)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}
