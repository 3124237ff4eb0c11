//! What moderators and the other capabilities do to comments: the queue (held comments and
//! reported ones, riskiest first), search, a moderator's decision, a report counted, comments
//! held, threads merged. Each takes the caller's transaction where the caller writes its own
//! tables (reports, the log) in the same one.

use super::{posted_select, touch_pages, CommentRow, PostedComment, COLUMNS};
use crate::comments::domain::CommentStatus;
use crate::db::{now_ms, placeholders, Db};
use crate::sites::store as sites;

/// One comment with its page and site, for actions that need the site.
pub async fn get_posted(db: &Db, id: i64) -> Result<Option<PostedComment>, sqlx::Error> {
    sqlx::query_as(&format!("{} WHERE c.id = $1", posted_select()))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// What waits for a moderator on a site: held comments and visible ones with open reports,
/// riskiest first.
pub async fn awaiting_review(
    db: &Db,
    site_id: &str,
    limit: i64,
) -> Result<Vec<PostedComment>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{} WHERE p.site_id = $1 AND (c.status = 'pending' OR (c.status = 'visible' AND EXISTS
             (SELECT 1 FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL)))
         ORDER BY c.risk DESC, c.created_at ASC LIMIT $2",
        posted_select()
    ))
    .bind(site_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Comments held for review on a site: `(all, held since `since`)`.
pub async fn held_counts(db: &Db, site_id: &str, since: i64) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.created_at >= $2 THEN 1 ELSE 0 END), 0)
         FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.status = 'pending'",
    )
    .bind(site_id)
    .bind(since)
    .fetch_one(&db.pool)
    .await
}

/// The latest 100 comments on a site whose text contains the LIKE `pattern` (lowercase,
/// escaped with `\`).
pub async fn search(
    db: &Db,
    site_id: &str,
    pattern: &str,
) -> Result<Vec<PostedComment>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{} WHERE p.site_id = $1 AND LOWER(c.body) LIKE $2 ESCAPE '\\'
         ORDER BY c.created_at DESC LIMIT 100",
        posted_select()
    ))
    .bind(site_id)
    .bind(pattern)
    .fetch_all(&db.pool)
    .await
}

/// A moderator's decision on a comment: its new status, and the reason the author of a
/// refused one is shown. Keeps the page's count; the caller answers the reports, writes the
/// log and commits.
pub async fn set_status(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    c: &CommentRow,
    status: CommentStatus,
    refusal_reason: Option<&str>,
) -> Result<CommentRow, sqlx::Error> {
    let row: CommentRow = sqlx::query_as(&format!(
        "UPDATE comments SET status = $1, refusal_reason = $2,
             deleted_at = CASE WHEN $1 = 'deleted' THEN $3 ELSE NULL END
         WHERE id = $4 RETURNING {COLUMNS}"
    ))
    .bind(status.as_str())
    .bind(refusal_reason)
    .bind(now_ms())
    .bind(c.id)
    .fetch_one(&mut **tx)
    .await?;
    let delta = i64::from(row.is_public()) - i64::from(c.is_public());
    sites::touch_page(tx, c.page_id, delta).await?;
    Ok(row)
}

/// A reader reported a comment: its report count and risk go up. Returns the new count.
pub async fn count_report(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE comments SET report_count = report_count + 1, risk = risk + 0.1 WHERE id = $1 RETURNING report_count",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await
}

/// Sends the visible ones among `ids` to the moderation queue with `reason`, keeping their
/// pages' counts. Returns how many were held.
pub async fn hold(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    ids: &[i64],
    reason: &str,
) -> Result<usize, sqlx::Error> {
    if ids.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "SELECT id, page_id, shadow FROM comments WHERE status = 'visible' AND id IN ({})",
        placeholders(1, ids.len())
    );
    let mut query = sqlx::query_as::<_, (i64, i64, i64)>(&sql);
    for id in ids {
        query = query.bind(id);
    }
    let visible = query.fetch_all(&mut **tx).await?;
    for &(id, _, _) in &visible {
        sqlx::query("UPDATE comments SET status = 'pending', queue_reason = $1 WHERE id = $2")
            .bind(reason)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    touch_pages(
        tx,
        visible
            .iter()
            .map(|&(_, page, shadow)| (page, -i64::from(shadow == 0))),
    )
    .await?;
    Ok(visible.len())
}

/// Moves every comment of the `from` pages to page `to` (merging threads a page address
/// split); returns the public comments `to` then holds. The caller folds the pages.
pub async fn move_to_page(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    from: &[i64],
    to: i64,
) -> Result<i64, sqlx::Error> {
    for page in from {
        sqlx::query("UPDATE comments SET page_id = $1 WHERE page_id = $2")
            .bind(to)
            .bind(page)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments WHERE page_id = $1 AND status = 'visible' AND shadow = 0",
    )
    .bind(to)
    .fetch_one(&mut **tx)
    .await
}
