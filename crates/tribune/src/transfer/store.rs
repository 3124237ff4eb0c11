//! `imported_comments`: which comment of the old system each imported comment was.

use crate::db::{placeholders, Db};

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

/// Records where each old id went, in the transaction that stored the comments.
pub async fn record(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site: &str,
    source: &str,
    keys: &[(&str, i64)],
) -> Result<(), sqlx::Error> {
    for chunk in keys.chunks(2000) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| format!("($1, $2, {})", placeholders(3 + 2 * i, 2)))
            .collect();
        let sql = format!(
            "INSERT INTO imported_comments (site_id, source, source_key, comment_id) VALUES {}",
            rows.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(site).bind(source);
        for (key, id) in chunk {
            query = query.bind(*key).bind(*id);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}
