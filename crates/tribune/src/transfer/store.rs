//! `imported_comments`: which comment of the old system each imported comment was.

use crate::db::{value_rows, Db};

/// The comments earlier imports of `source` brought to `site`: `(old id, comment id)`.
pub async fn imported(
    db: &Db,
    site: &str,
    source: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT source_key, comment_id FROM imported_comments WHERE site_id = $1 AND source = $2",
    )
    .bind(site)
    .bind(source)
    .fetch_all(&db.pool)
    .await
}

/// Whether the database holds no comment at all (a site moving in to a fresh Tribune).
pub async fn no_comments(db: &Db) -> Result<bool, sqlx::Error> {
    let any: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM comments LIMIT 1) AS c")
        .fetch_one(&db.pool)
        .await?;
    Ok(any == 0)
}

/// Records where each old id went, in the transaction that stored the comments.
pub async fn record(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site: &str,
    source: &str,
    keys: &[(&str, i64)],
) -> Result<(), sqlx::Error> {
    for chunk in keys.chunks(2000) {
        let sql = format!(
            "INSERT INTO imported_comments (site_id, source, source_key, comment_id) VALUES {}",
            value_rows(db.engine, chunk.len(), 4)
        );
        let mut query = sqlx::query(&sql);
        for (key, id) in chunk {
            query = query.bind(site).bind(source).bind(*key).bind(*id);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}
