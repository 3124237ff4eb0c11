//! What the screening of a new comment asks the database: ban-evasion signals and the
//! author's record for pre-moderation.

use super::*;

/// Remembers that a browser was used by a reader.
pub async fn see_device(db: &Db, device: &str, reader_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO devices (device, reader_id, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (device, reader_id) DO UPDATE SET seen_at = excluded.seen_at",
    )
    .bind(device)
    .bind(reader_id)
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Readers under an active suspension or ban (not a shadow ban) on the site, as SQL.
const BANNED_READERS: &str =
    "SELECT reader_id FROM bans WHERE site_id = $1 AND reader_id IS NOT NULL
     AND kind IN ('suspend', 'ban') AND lifted_at IS NULL AND (until IS NULL OR until > $2)";

/// A banned reader (other than `me`) who used this browser.
pub async fn banned_reader_on_device(
    db: &Db,
    site_id: &str,
    device: &str,
    me: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT reader_id FROM devices WHERE device = $3 AND reader_id <> $4
           AND reader_id IN ({BANNED_READERS}) LIMIT 1"
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(device)
    .bind(me)
    .fetch_optional(&db.pool)
    .await
}

/// A banned reader (other than `me`) who commented on the site from this address.
///
/// Starts from the few banned readers and looks through their comments (by author), not
/// through every comment from the address: on a busy site many readers share an address,
/// and this runs for every new comment.
pub async fn banned_reader_from_ip(
    db: &Db,
    site_id: &str,
    ip: &str,
    me: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT b.reader_id FROM ({BANNED_READERS}) b
         WHERE b.reader_id <> $4 AND EXISTS (
             SELECT 1 FROM comments c JOIN pages p ON p.id = c.page_id
             WHERE c.author_id = b.reader_id AND c.ip = $3 AND p.site_id = $1)
         LIMIT 1"
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(ip)
    .bind(me)
    .fetch_optional(&db.pool)
    .await
}

/// The banned readers of a site with their emails.
pub async fn banned_readers_emails(
    db: &Db,
    site_id: &str,
) -> Result<Vec<(i64, Vec<String>)>, sqlx::Error> {
    let rows: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(&format!(
        "SELECT id, email, sso_email FROM readers WHERE id IN ({BANNED_READERS})"
    ))
    .bind(site_id)
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, a, b)| (id, a.into_iter().chain(b).collect()))
        .collect())
}

pub async fn is_premod_reader(db: &Db, site_id: &str, reader_id: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT reader_id FROM premod_readers WHERE site_id = $1 AND reader_id = $2",
    )
    .bind(site_id)
    .bind(reader_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// Puts a reader under pre-moderation on a site (no change when already there).
pub async fn add_premod_reader(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site_id: &str,
    reader_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO premod_readers (site_id, reader_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (site_id, reader_id) DO NOTHING")
        .bind(site_id)
        .bind(reader_id)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_premod_reader(
    db: &Db,
    site_id: &str,
    reader_id: i64,
    on: bool,
    log: &LogEntry<'_>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    if on {
        add_premod_reader(&mut tx, site_id, reader_id).await?;
    } else {
        sqlx::query("DELETE FROM premod_readers WHERE site_id = $1 AND reader_id = $2")
            .bind(site_id)
            .bind(reader_id)
            .execute(&mut *tx)
            .await?;
    }
    log.write(&mut tx).await?;
    tx.commit().await
}

/// Visible comments on the site by this author (a reader, or an anonymous address).
pub async fn approved_count(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.status = 'visible'
           AND {}",
        comment_author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_one(&db.pool)
    .await
}

/// Refusals (strikes) and stored comments by this author on the site since `since`.
pub async fn recent_record(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
    since: i64,
) -> Result<(i64, i64), sqlx::Error> {
    let refused: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND created_at >= $4 AND {}",
        author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    let posted: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.created_at >= $4
           AND {}",
        comment_author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    Ok((refused, posted))
}
