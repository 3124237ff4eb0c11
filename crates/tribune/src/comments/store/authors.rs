//! One author's comments: their record on a site (counted by status, for strikes and
//! pre-moderation), all of them held at once (a ban), exported (their data), or erased with
//! their account.

use super::{
    hold, posted_select, remove_votes_of, touch_pages, CommentRow, PostedComment, COLUMNS,
};
use crate::comments::domain::CommentStatus;
use crate::db::{now_ms, Db};

/// Comments by one author: the reader `$R`, or an anonymous author by the address `$IP`
/// (`$R` = -1 matches no reader).
fn by_author(r: usize, ip: usize) -> String {
    format!("(c.author_id = ${r} OR (c.author_id IS NULL AND c.ip = ${ip} AND ${r} = -1))")
}

/// One author's comments on a site since a time, counted by status, and the reports they
/// drew.
#[derive(Clone, Copy, Debug, Default)]
pub struct AuthorCounts {
    pub visible: i64,
    pub pending: i64,
    pub rejected: i64,
    pub deleted: i64,
    pub reports: i64,
}

impl AuthorCounts {
    pub fn total(&self) -> i64 {
        self.visible + self.pending + self.rejected + self.deleted
    }
}

/// Counts the comments on a site by a reader, or (`reader` None) by an anonymous author at
/// `ip`, posted at or after `since`.
pub async fn count_by_author(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
    since: i64,
) -> Result<AuthorCounts, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT c.status, COUNT(*), CAST(COALESCE(SUM(c.report_count), 0) AS BIGINT)
         FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.created_at >= $4 AND {}
         GROUP BY c.status",
        by_author(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    let mut counts = AuthorCounts::default();
    for (status, n, reports) in rows {
        counts.reports += reports;
        match CommentStatus::try_from(status) {
            Ok(CommentStatus::Visible) => counts.visible = n,
            Ok(CommentStatus::Pending) => counts.pending = n,
            Ok(CommentStatus::Rejected) => counts.rejected = n,
            Ok(CommentStatus::Deleted) => counts.deleted = n,
            Err(unknown) => tracing::warn!(%unknown, "comment status not counted"),
        }
    }
    Ok(counts)
}

/// Holds every visible comment on a site by a reader, or (`reader` None) by an anonymous
/// author at `ip`. Returns how many were held.
pub async fn hold_by_author(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
    reason: &str,
) -> Result<usize, sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT c.id FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.status = 'visible' AND {}",
        by_author(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&mut **tx)
    .await?;
    hold(tx, &ids, reason).await
}

/// A reader's comments, wherever they are, oldest first (their data export).
pub async fn of_author(db: &Db, reader: i64) -> Result<Vec<PostedComment>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{} WHERE c.author_id = $1 ORDER BY c.created_at, c.id",
        posted_select()
    ))
    .bind(reader)
    .fetch_all(&db.pool)
    .await
}

/// A deleted account's comments: removed (`keep` false: placeholders, so replies keep their
/// place) or kept under "deleted account"; either way without the address and browser they
/// came from. Its votes go and the tallies are counted again. Returns the comments' ids.
pub async fn erase_author(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    reader: i64,
    keep: bool,
) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<CommentRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM comments WHERE author_id = $1"
    ))
    .bind(reader)
    .fetch_all(&mut **tx)
    .await?;
    let sql = if keep {
        "UPDATE comments SET author_name = 'deleted account', ip = NULL, device = NULL,
             edit_token_hash = NULL WHERE author_id = $1 AND $2 = $2"
    } else {
        "UPDATE comments SET body = '', html = '', author_name = '', status = 'deleted',
             deleted_at = $2, ip = NULL, device = NULL, edit_token_hash = NULL, verdict = NULL
         WHERE author_id = $1"
    };
    sqlx::query(sql)
        .bind(reader)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
    // Each page once: its version (names or texts changed) and, for removed comments, its count.
    touch_pages(
        tx,
        rows.iter()
            .map(|c| (c.page_id, if keep { 0 } else { -i64::from(c.is_public()) })),
    )
    .await?;
    let sites: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT p.site_id FROM votes v JOIN comments c ON c.id = v.comment_id
         JOIN pages p ON p.id = c.page_id WHERE v.reader_id = $1",
    )
    .bind(reader)
    .fetch_all(&mut **tx)
    .await?;
    for site in sites {
        remove_votes_of(tx, &site, reader).await?;
    }
    Ok(rows.iter().map(|c| c.id).collect())
}
