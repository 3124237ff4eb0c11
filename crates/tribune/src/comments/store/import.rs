//! Comments brought in by `tribune import`: ids reserved ahead so that replies in the same
//! batch can name their parents, and rows written 500 to a statement.

use sqlx::FromRow;

use super::touch_pages;
use super::votes::wilson_lower_bound;
use crate::comments::domain::CommentStatus;
use crate::db::{placeholders, value_rows, Db, Engine};

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
