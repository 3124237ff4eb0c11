//! Comments and votes in the database, and the only place that writes them. Every write that
//! touches more than one row is one transaction: a comment and its page's count, a vote and
//! the comment's tallies. The other capabilities act on comments through the operations at
//! the end of this file (a moderator's decision, holding, removing a banned reader's votes,
//! counting an author's record), which take the caller's transaction where the caller writes
//! its own tables (reports, the log) in the same one.

use sqlx::FromRow;

use super::domain::{CommentStatus, Cursor, Sort};
use crate::db::{now_ms, placeholders, value_rows, Db, Engine};
use crate::sites::store as sites;

/// What reading or writing comments can fail with; the handlers say what it means over HTTP.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no comment {0}")]
    NoComment(i64),
    #[error("this page is closed to new comments")]
    PageClosed,
    #[error("parent comment {0} is not on this page")]
    ParentElsewhere(i64),
    #[error("comment {0} is not published yet: replies open once it is")]
    ParentUnpublished(i64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

#[derive(Clone, Debug, FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub page_id: i64,
    pub parent_id: Option<i64>,
    pub root_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub body: String,
    pub html: String,
    #[sqlx(try_from = "String")]
    pub status: CommentStatus,
    pub verdict: Option<String>,
    pub upvotes: i64,
    pub downvotes: i64,
    pub best: f64,
    pub edit_token_hash: Option<String>,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    /// Why a pending comment waits in the moderation queue.
    pub queue_reason: Option<String>,
    pub risk: f64,
    /// The banned reader this comment's author seems to be.
    pub evasion_of: Option<i64>,
    /// The moderator's reason, shown to the author of a refused comment.
    pub refusal_reason: Option<String>,
    /// 1: shown to its author only (shadow ban).
    pub shadow: i64,
    pub report_count: i64,
}

impl CommentRow {
    /// Counted and shown to every reader.
    pub fn is_public(&self) -> bool {
        self.status == CommentStatus::Visible && self.shadow == 0
    }

    /// The one visibility rule (the thread's SQL says the same): every reader sees public
    /// comments and the placeholders of deleted ones; their author also sees their own held,
    /// refused and shadowed comments. Whatever is not visible to a reader is, to them, not
    /// there: not readable by id, not votable, not reportable, not a parent to reply to.
    pub fn is_visible_to(&self, viewer: Option<i64>) -> bool {
        let own = viewer.is_some() && viewer == self.author_id;
        match self.status {
            CommentStatus::Visible => self.shadow == 0 || own,
            CommentStatus::Deleted => self.shadow == 0,
            CommentStatus::Pending | CommentStatus::Rejected => own,
        }
    }
}

const COLUMNS: &str =
    "id, page_id, parent_id, root_id, author_id, author_name, body, html, status, verdict, \
     upvotes, downvotes, best, edit_token_hash, created_at, edited_at, queue_reason, risk, \
     evasion_of, refusal_reason, shadow, report_count";

pub struct NewComment<'a> {
    pub site_id: &'a str,
    pub url: &'a str,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: &'a str,
    pub body: &'a str,
    pub html: &'a str,
    pub status: CommentStatus,
    pub verdict: Option<&'a str>,
    pub edit_token_hash: Option<&'a str>,
    pub ip: &'a str,
    pub queue_reason: Option<&'a str>,
    pub risk: f64,
    pub evasion_of: Option<i64>,
    pub shadow: bool,
    pub device: Option<&'a str>,
}

/// Stores a comment, creating its page on the first comment. Fails when the parent is not a
/// comment of the same page, and when the page is closed.
pub async fn insert(db: &Db, new: &NewComment<'_>) -> Result<CommentRow, StoreError> {
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    let (page_id, closed) = sites::open_page(&mut tx, new.site_id, new.url).await?;
    if closed {
        return Err(StoreError::PageClosed);
    }
    let root_id = match new.parent_id {
        None => None,
        Some(parent_id) => {
            let parent: Option<CommentRow> =
                sqlx::query_as(&format!("SELECT {COLUMNS} FROM comments WHERE id = $1"))
                    .bind(parent_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let parent = parent
                .filter(|p| p.page_id == page_id && p.is_visible_to(new.author_id))
                .ok_or(StoreError::ParentElsewhere(parent_id))?;
            // A reply is seen by whoever sees its parent: under a public comment (or the
            // placeholder of a deleted one) anyone; under a shadow-banned author's comment,
            // only that author's own shadowed replies. Under a held or refused one nobody
            // would see it, while the page counted it.
            let opens = parent.is_visible_to(None)
                || (parent.status == CommentStatus::Visible
                    && new.shadow
                    && parent.author_id == new.author_id);
            if !opens {
                return Err(StoreError::ParentUnpublished(parent_id));
            }
            Some(parent.root_id.unwrap_or(parent_id))
        }
    };
    let row: CommentRow = sqlx::query_as(&format!(
        "INSERT INTO comments (page_id, parent_id, root_id, author_id, author_name, body, html, status, verdict, edit_token_hash, ip, created_at,
             queue_reason, risk, evasion_of, shadow, device)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING {COLUMNS}"
    ))
    .bind(page_id)
    .bind(new.parent_id)
    .bind(root_id)
    .bind(new.author_id)
    .bind(new.author_name)
    .bind(new.body)
    .bind(new.html)
    .bind(new.status.as_str())
    .bind(new.verdict)
    .bind(new.edit_token_hash)
    .bind(new.ip)
    .bind(now)
    .bind(new.queue_reason)
    .bind(new.risk)
    .bind(new.evasion_of)
    .bind(i64::from(new.shadow))
    .bind(new.device)
    .fetch_one(&mut *tx)
    .await?;
    sites::touch_page(&mut tx, page_id, i64::from(row.is_public())).await?;
    tx.commit().await?;
    Ok(row)
}

pub async fn get(db: &Db, id: i64) -> Result<CommentRow, StoreError> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM comments WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or(StoreError::NoComment(id))
}

/// The sort key of a top-level comment for cursors.
pub fn sort_key(sort: Sort, c: &CommentRow) -> f64 {
    match sort {
        Sort::Oldest | Sort::Newest => c.created_at as f64,
        Sort::Best => c.best,
    }
}

/// One page of a thread: up to `limit` top-level comments in `sort` order after `cursor`,
/// each followed by its replies (oldest first), and whether more top-level comments follow.
/// `viewer` also sees their own pending, refused and shadowed comments.
pub async fn thread(
    db: &Db,
    page_id: i64,
    sort: Sort,
    cursor: Option<Cursor>,
    limit: i64,
    viewer: Option<i64>,
) -> Result<(Vec<CommentRow>, bool), sqlx::Error> {
    // Shadowed and pending comments are shown to their author only.
    let visible = "((status IN ('visible', 'deleted') AND shadow = 0) OR (status IN ('visible', 'pending', 'rejected') AND author_id = $2))";
    let (order, after) = match sort {
        Sort::Oldest => (
            "created_at ASC, id ASC",
            "(created_at > $3 OR (created_at = $3 AND id > $4))",
        ),
        Sort::Newest => (
            "created_at DESC, id DESC",
            "(created_at < $3 OR (created_at = $3 AND id < $4))",
        ),
        Sort::Best => (
            "best DESC, id DESC",
            "(best < $3 OR (best = $3 AND id < $4))",
        ),
    };
    let cursor_clause = if cursor.is_some() {
        format!("AND {after}")
    } else {
        String::new()
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM comments WHERE page_id = $1 AND parent_id IS NULL AND {visible} {cursor_clause}
         ORDER BY {order} LIMIT {}",
        limit + 1
    );
    let mut query = sqlx::query_as::<_, CommentRow>(&sql)
        .bind(page_id)
        .bind(viewer.unwrap_or(-1));
    if let Some(c) = cursor {
        query = match sort {
            Sort::Best => query.bind(c.key),
            Sort::Oldest | Sort::Newest => query.bind(c.key as i64),
        }
        .bind(c.id);
    }
    let mut roots = query.fetch_all(&db.pool).await?;
    let more = roots.len() as i64 > limit;
    roots.truncate(limit as usize);
    if roots.is_empty() {
        return Ok((roots, more));
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM comments WHERE page_id = $1 AND root_id IN ({}) AND {visible} ORDER BY created_at ASC, id ASC",
        placeholders(3, roots.len())
    );
    let mut query = sqlx::query_as::<_, CommentRow>(&sql)
        .bind(page_id)
        .bind(viewer.unwrap_or(-1));
    for r in &roots {
        query = query.bind(r.id);
    }
    let replies = query.fetch_all(&db.pool).await?;
    let mut by_root: std::collections::HashMap<i64, Vec<CommentRow>> =
        std::collections::HashMap::new();
    for reply in replies {
        if let Some(root) = reply.root_id {
            by_root.entry(root).or_default().push(reply);
        }
    }
    let mut out = Vec::with_capacity(roots.len() * 2);
    for root in roots {
        let id = root.id;
        out.push(root);
        if let Some(replies) = by_root.remove(&id) {
            out.extend(replies);
        }
    }
    Ok((out, more))
}

/// Replaces a comment's text after an edit (and its status, when the house rules now hold it).
pub async fn update_body(
    db: &Db,
    c: &CommentRow,
    body: &str,
    html: &str,
    status: CommentStatus,
    verdict: Option<&str>,
) -> Result<CommentRow, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let row: CommentRow = sqlx::query_as(&format!(
        "UPDATE comments SET body = $1, html = $2, status = $3, verdict = $4, edited_at = $5 WHERE id = $6 RETURNING {COLUMNS}"
    ))
    .bind(body)
    .bind(html)
    .bind(status.as_str())
    .bind(verdict)
    .bind(now_ms())
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    let delta = i64::from(row.is_public()) - i64::from(c.is_public());
    sites::touch_page(&mut tx, c.page_id, delta).await?;
    tx.commit().await?;
    Ok(row)
}

/// Soft delete: the text goes, the row stays so replies keep their place in the thread.
pub async fn soft_delete(db: &Db, c: &CommentRow) -> Result<CommentRow, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let row: CommentRow = sqlx::query_as(&format!(
        "UPDATE comments SET body = '', html = '', status = 'deleted', deleted_at = $1 WHERE id = $2 RETURNING {COLUMNS}"
    ))
    .bind(now_ms())
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    sites::touch_page(&mut tx, c.page_id, -i64::from(c.is_public())).await?;
    tx.commit().await?;
    Ok(row)
}

/// Lower bound of the Wilson score interval (95%) of the share of up-votes: ranks a comment
/// with 40 up and 2 down above one with 3 up and 0 down, unlike the raw difference.
fn wilson_lower_bound(up: i64, down: i64) -> f64 {
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

/// `COLUMNS` under the alias `c`, for queries that join the pages.
fn c_columns() -> String {
    COLUMNS
        .split(',')
        .map(|c| format!("c.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Comments by one author: the reader `$R`, or an anonymous author by the address `$IP`
/// (`$R` = -1 matches no reader).
fn by_author(r: usize, ip: usize) -> String {
    format!("(c.author_id = ${r} OR (c.author_id IS NULL AND c.ip = ${ip} AND ${r} = -1))")
}

/// A comment with where it was posted, as moderators see it.
#[derive(Clone, Debug, FromRow)]
pub struct PostedComment {
    #[sqlx(flatten)]
    pub comment: CommentRow,
    pub site_id: String,
    pub url: String,
    pub ip: Option<String>,
}

fn posted_select() -> String {
    format!(
        "SELECT {}, p.site_id, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id",
        c_columns()
    )
}

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

/// Touches each page of `changes` once, its count moved by the sum of its deltas.
async fn touch_pages(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    changes: impl Iterator<Item = (i64, i64)>,
) -> Result<(), sqlx::Error> {
    let mut pages: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    for (page, delta) in changes {
        *pages.entry(page).or_default() += delta;
    }
    let pages: Vec<(i64, i64)> = pages.into_iter().collect();
    sites::touch_many(tx, &pages).await
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

/// A reader's votes: `(comment_id, value, created_at)`.
pub async fn votes_by(db: &Db, reader: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT comment_id, value, created_at FROM votes WHERE reader_id = $1 ORDER BY created_at",
    )
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

/// The latest public comments of a site, or of one of its pages, newest first (the feeds).
pub async fn latest_public(
    db: &Db,
    site_id: &str,
    page_id: Option<i64>,
    limit: i64,
) -> Result<Vec<PostedComment>, sqlx::Error> {
    // A page is one site's: its id alone picks its comments.
    let filter = if page_id.is_some() {
        "c.page_id = $3"
    } else {
        "$3 = 0"
    };
    sqlx::query_as(&format!(
        "{} WHERE p.site_id = $1 AND {filter} AND c.status = 'visible' AND c.shadow = 0
         ORDER BY c.created_at DESC, c.id DESC LIMIT $2",
        posted_select()
    ))
    .bind(site_id)
    .bind(limit)
    .bind(page_id.unwrap_or(0))
    .fetch_all(&db.pool)
    .await
}

/// The latest public replies others wrote to a reader's comments, newest first.
pub async fn replies_to(
    db: &Db,
    reader: i64,
    limit: i64,
) -> Result<Vec<PostedComment>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{} JOIN comments parent ON parent.id = c.parent_id
         WHERE parent.author_id = $1 AND (c.author_id IS NULL OR c.author_id <> $1)
           AND c.status = 'visible' AND c.shadow = 0
         ORDER BY c.created_at DESC, c.id DESC LIMIT $2",
        posted_select()
    ))
    .bind(reader)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// A comment brought in from another system by `tribune import`, its id already reserved
/// ([`reserve_ids`]) so that its replies in the same batch can name it.
pub struct ImportedComment {
    pub id: i64,
    pub page_id: i64,
    pub parent_id: Option<i64>,
    pub root_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub body: String,
    pub html: String,
    pub status: CommentStatus,
    pub verdict: Option<String>,
    pub queue_reason: Option<String>,
    /// The queue's order for a held comment.
    pub risk: f64,
    pub refusal_reason: Option<String>,
    pub upvotes: i64,
    pub downvotes: i64,
    pub ip: Option<String>,
    pub created_at: i64,
    pub deleted_at: Option<i64>,
}

impl ImportedComment {
    fn is_public(&self) -> bool {
        self.status == CommentStatus::Visible
    }
}

/// `n` fresh comment ids, ascending, for comments about to be imported in `tx`. PostgreSQL
/// draws them from the table's sequence, so instances writing at the same time never collide;
/// SQLite continues after the largest id, which the caller's transaction, holding SQLite's
/// one write lock since its first write, keeps to itself until it commits.
pub async fn reserve_ids(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    n: usize,
) -> Result<Vec<i64>, sqlx::Error> {
    if n == 0 {
        return Ok(Vec::new());
    }
    match db.engine {
        Engine::Postgres => {
            let mut ids: Vec<i64> = sqlx::query_scalar(
                "SELECT nextval(pg_get_serial_sequence('comments', 'id')) FROM generate_series(1, $1)",
            )
            .bind(n as i64)
            .fetch_all(&mut **tx)
            .await?;
            ids.sort_unstable();
            Ok(ids)
        }
        Engine::Sqlite => {
            let last: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM comments")
                .fetch_one(&mut **tx)
                .await?;
            Ok((last + 1..=last + n as i64).collect())
        }
    }
}

/// Columns written per imported comment; rows go 500 to a statement (9,500 values: within
/// SQLite's limit of 32,766 and PostgreSQL's of 65,535).
const IMPORT_COLUMNS: &str =
    "id, page_id, parent_id, root_id, author_id, author_name, body, html, status, verdict, \
     queue_reason, risk, refusal_reason, upvotes, downvotes, best, ip, created_at, deleted_at";
const IMPORT_ROWS_PER_STATEMENT: usize = 500;

/// Stores imported comments (parents before their replies) and moves their pages' counts,
/// in the caller's transaction.
pub async fn insert_imported(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    comments: &[ImportedComment],
) -> Result<(), sqlx::Error> {
    let width = IMPORT_COLUMNS.split(',').count();
    for chunk in comments.chunks(IMPORT_ROWS_PER_STATEMENT) {
        let sql = format!(
            "INSERT INTO comments ({IMPORT_COLUMNS}) VALUES {}",
            value_rows(db.engine, chunk.len(), width)
        );
        let mut query = sqlx::query(&sql);
        for c in chunk {
            query = query
                .bind(c.id)
                .bind(c.page_id)
                .bind(c.parent_id)
                .bind(c.root_id)
                .bind(c.author_id)
                .bind(c.author_name.as_str())
                .bind(c.body.as_str())
                .bind(c.html.as_str())
                .bind(c.status.as_str())
                .bind(c.verdict.as_deref())
                .bind(c.queue_reason.as_deref())
                .bind(c.risk)
                .bind(c.refusal_reason.as_deref())
                .bind(c.upvotes)
                .bind(c.downvotes)
                .bind(wilson_lower_bound(c.upvotes, c.downvotes))
                .bind(c.ip.as_deref())
                .bind(c.created_at)
                .bind(c.deleted_at);
        }
        query.execute(&mut **tx).await?;
    }
    touch_pages(
        tx,
        comments
            .iter()
            .map(|c| (c.page_id, i64::from(c.is_public()))),
    )
    .await
}

/// Where an imported comment sits: its id, its top-level ancestor and its page.
#[derive(Clone, Copy, Debug, FromRow)]
pub struct Placed {
    pub id: i64,
    pub root_id: Option<i64>,
    pub page_id: i64,
}

/// Where each of `ids` is (the parents that earlier imports stored).
pub async fn placed(db: &Db, ids: &[i64]) -> Result<Vec<Placed>, sqlx::Error> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(IMPORT_ROWS_PER_STATEMENT) {
        let sql = format!(
            "SELECT id, root_id, page_id FROM comments WHERE id IN ({})",
            placeholders(1, chunk.len())
        );
        let mut query = sqlx::query_as::<_, Placed>(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        found.extend(query.fetch_all(&db.pool).await?);
    }
    Ok(found)
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
