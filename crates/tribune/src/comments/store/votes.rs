//! Votes: a reader's vote on a comment and the comment's tallies, in one transaction; the
//! "best" sort key; a reader's votes for their data export, and a banned reader's removed.

use super::CommentRow;
use crate::db::{now_ms, placeholders, Db};
use crate::sites::store as sites;

/// Lower bound of the Wilson score interval (95%) of the share of up-votes: ranks a comment
/// with 40 up and 2 down above one with 3 up and 0 down, unlike the raw difference.
pub(super) fn wilson_lower_bound(up: i64, down: i64) -> f64 {
    let n = (up + down) as f64;
    if n == 0.0 {
        return 0.0;
    }
    let z = 1.96f64;
    let p = up as f64 / n;
    (p + z * z / (2.0 * n) - z * ((p * (1.0 - p) + z * z / (4.0 * n)) / n).sqrt())
        / (1.0 + z * z / n)
}

/// Sets a reader's vote on a comment (`value` 1 or -1, 0 to withdraw it); voting the same way
/// twice changes nothing. Returns the comment's new tallies.
pub async fn vote(
    db: &Db,
    comment: &CommentRow,
    reader_id: i64,
    value: i64,
) -> Result<(i64, i64), sqlx::Error> {
    let comment_id = comment.id;
    let mut tx = db.writer.begin().await?;
    let old: i64 =
        sqlx::query_scalar("SELECT value FROM votes WHERE comment_id = $1 AND reader_id = $2")
            .bind(comment_id)
            .bind(reader_id)
            .fetch_optional(&mut *tx)
            .await?
            .unwrap_or(0);
    if value == 0 {
        sqlx::query("DELETE FROM votes WHERE comment_id = $1 AND reader_id = $2")
            .bind(comment_id)
            .bind(reader_id)
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO votes (comment_id, reader_id, value, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (comment_id, reader_id) DO UPDATE SET value = excluded.value",
        )
        .bind(comment_id)
        .bind(reader_id)
        .bind(value)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    }
    let up_delta = i64::from(value == 1) - i64::from(old == 1);
    let down_delta = i64::from(value == -1) - i64::from(old == -1);
    let (up, down): (i64, i64) = sqlx::query_as(
        "UPDATE comments SET upvotes = upvotes + $1, downvotes = downvotes + $2 WHERE id = $3 RETURNING upvotes, downvotes",
    )
    .bind(up_delta)
    .bind(down_delta)
    .bind(comment_id)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("UPDATE comments SET best = $1 WHERE id = $2")
        .bind(wilson_lower_bound(up, down))
        .bind(comment_id)
        .execute(&mut *tx)
        .await?;
    sites::touch_page(&mut tx, comment.page_id, 0).await?;
    tx.commit().await?;
    Ok((up, down))
}

/// The reader's votes among the given comments.
pub async fn votes_of(
    db: &Db,
    reader_id: i64,
    comment_ids: &[i64],
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    if comment_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT comment_id, value FROM votes WHERE reader_id = $1 AND comment_id IN ({})",
        placeholders(2, comment_ids.len())
    );
    let mut query = sqlx::query_as(&sql).bind(reader_id);
    for id in comment_ids {
        query = query.bind(id);
    }
    query.fetch_all(&db.pool).await
}

/// A reader's votes: `(comment_id, value, created_at)`.
pub async fn votes_by(db: &Db, reader: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT comment_id, value, created_at FROM votes WHERE reader_id = $1 ORDER BY created_at",
    )
    .bind(reader)
    .fetch_all(&db.pool)
    .await
}

/// Deletes a reader's votes on a site's comments and recomputes those comments' tallies.
/// Returns the number of votes removed.
pub async fn remove_votes_of(
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
        sites::touch_page(tx, *page, 0).await?;
    }
    Ok(voted.len())
}

#[cfg(test)]
mod tests {
    use super::wilson_lower_bound;

    #[test]
    fn wilson_prefers_evidence() {
        assert!(wilson_lower_bound(40, 2) > wilson_lower_bound(3, 0));
        assert_eq!(wilson_lower_bound(0, 0), 0.0);
        assert!(wilson_lower_bound(0, 5) < 0.01);
    }
}
