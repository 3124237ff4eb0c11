//! Comments and votes in the database, and the only place that writes them. Every write that
//! touches more than one row is one transaction: a comment and its page's count, a vote and
//! the comment's tallies. Here, a comment itself: stored, read in its thread, edited,
//! deleted, listed for the feeds. Votes are in `votes.rs`; the other capabilities act on
//! comments through `review.rs` (a moderator's decision, holding, a report counted, threads
//! merged) and `authors.rs` (an author's record, their comments held, exported or erased),
//! which take the caller's transaction where the caller writes its own tables (reports, the
//! log) in the same one; `tribune import` writes through `import.rs`.

use sqlx::FromRow;

use super::domain::{CommentStatus, Cursor, Sort};
use crate::db::{now_ms, placeholders, Db};
use crate::sites::store as sites;

mod authors;
mod import;
mod review;
mod votes;

pub use authors::{count_by_author, erase_author, hold_by_author, of_author, AuthorCounts};
pub use import::{insert_imported, placed, reserve_ids, ImportedComment, Placed};
pub use review::{
    awaiting_review, count_report, get_posted, held_counts, hold, move_to_page, search, set_status,
};
pub use votes::{remove_votes_of, vote, votes_by, votes_of};

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

/// `COLUMNS` under the alias `c`, for queries that join the pages.
fn c_columns() -> String {
    COLUMNS
        .split(',')
        .map(|c| format!("c.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
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

pub(super) fn posted_select() -> String {
    format!(
        "SELECT {}, p.site_id, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id",
        c_columns()
    )
}

/// Touches each page of `changes` once, its count moved by the sum of its deltas.
pub(super) async fn touch_pages(
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
