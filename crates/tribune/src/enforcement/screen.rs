//! After the house rules allow a new comment, two more questions decide whether it appears at
//! once or waits in the moderation queue: does it look like a banned reader coming back (ban
//! evasion), and does the site pre-moderate this kind of comment or author?
//!
//! Evasion signals, each naming the banned reader it links to: a browser (the widget's device
//! id) that a banned reader used, an address a banned reader posted from, and an email that
//! normalizes to a banned reader's. Pre-moderation modes: everything, new readers until N of
//! their comments were approved, readers whose refusal rate over 7 days passed a threshold,
//! readers a moderator put on pre-moderation, and comments with links.

use moderation::Verdict;

use super::bans;
use super::domain::{self};
use super::Gate;
use crate::comments::domain::CommentStatus;
use crate::comments::placement::{Author, Placement, Standing};
use crate::comments::store::{self as comments};
use crate::db::Db;
use crate::error::AppResult;
use crate::sites::store::SiteRow;

const WEEK_MS: i64 = 7 * 86_400_000;

impl Gate {
    /// Where a comment the house rules allowed goes: the rules' placement, unless the author looks
    /// like a banned reader coming back or the site pre-moderates them.
    pub async fn place(
        &self,
        site: &SiteRow,
        author: &Author<'_>,
        standing: &Standing,
        verdict: &Verdict,
        html: &str,
    ) -> AppResult<Placement> {
        let mut placement = Placement::of_rules(verdict, standing.shadow);
        if let Some(device) = author.device {
            if let Some(reader) = author.reader {
                store::see_device(&self.db, device, reader).await?;
            }
        }
        if let Some((banned, signal)) = evasion(&self.db, site, author).await? {
            placement.status = CommentStatus::Pending;
            placement.evasion_of = Some(banned);
            placement.risk = (placement.risk + 1.0).min(2.0);
            placement.queue_reason = Some(format!(
                "possible ban evasion: {signal} as banned reader {banned}"
            ));
            return Ok(placement);
        }
        if placement.status == CommentStatus::Visible {
            if let Some(why) = premoderation(&self.db, site, author, html).await? {
                placement.status = CommentStatus::Pending;
                placement.queue_reason = Some(format!("pre-moderation: {why}"));
            }
        }
        Ok(placement)
    }
}

/// The banned reader this author seems to be, and the signal that says so.
async fn evasion(
    db: &Db,
    site: &SiteRow,
    author: &Author<'_>,
) -> AppResult<Option<(i64, &'static str)>> {
    let me = author.reader.unwrap_or(-1);
    if let Some(device) = author.device {
        if let Some(banned) = store::banned_reader_on_device(db, &site.id, device, me).await? {
            return Ok(Some((banned, "same browser")));
        }
    }
    if let Some(banned) =
        store::banned_reader_from_ip(db, &site.id, &author.ip.to_string(), me).await?
    {
        return Ok(Some((banned, "same address")));
    }
    if let Some(reader) = author.reader {
        let mine: Vec<String> = bans::store::reader_emails(db, reader)
            .await?
            .iter()
            .filter_map(|e| domain::normalize_email(e))
            .collect();
        if !mine.is_empty() {
            for (banned, emails) in store::banned_readers_emails(db, &site.id).await? {
                if banned != reader
                    && emails
                        .iter()
                        .filter_map(|e| domain::normalize_email(e))
                        .any(|e| mine.contains(&e))
                {
                    return Ok(Some((banned, "same email (normalized)")));
                }
            }
        }
    }
    Ok(None)
}

/// Why the site's pre-moderation holds this comment, if it does.
async fn premoderation(
    db: &Db,
    site: &SiteRow,
    author: &Author<'_>,
    html: &str,
) -> AppResult<Option<String>> {
    let settings = site.settings();
    if settings.all {
        return Ok(Some("every comment on this site".into()));
    }
    if settings.links && html.contains("<a ") {
        return Ok(Some("comments with links".into()));
    }
    let ip = author.ip.to_string();
    if let Some(reader) = author.reader {
        if store::is_premod_reader(db, &site.id, reader).await? {
            return Ok(Some("set for this reader by a moderator".into()));
        }
    }
    if settings.new_readers > 0 {
        let approved = comments::count_by_author(db, &site.id, author.reader, &ip, 0)
            .await?
            .visible;
        if approved < settings.new_readers {
            return Ok(Some(format!(
                "new reader ({approved} of {} comments approved)",
                settings.new_readers
            )));
        }
    }
    if settings.refusal_rate > 0.0 {
        let since = crate::db::now_ms() - WEEK_MS;
        let refused = store::refusals_since(db, &site.id, author.reader, &ip, since).await?;
        let posted = comments::count_by_author(db, &site.id, author.reader, &ip, since)
            .await?
            .total();
        let attempts = refused + posted;
        // Three attempts at least, so one early refusal does not brand a reader.
        if attempts >= 3 && refused as f64 / attempts as f64 >= settings.refusal_rate {
            return Ok(Some(format!(
                "{refused} of {attempts} comments refused in 7 days"
            )));
        }
    }
    Ok(None)
}

/// What the screening asks the database: ban-evasion signals and pre-moderated readers.
pub mod store {

    use crate::db::{now_ms, Db};
    use crate::enforcement::author_clause;
    use crate::enforcement::log::store::LogEntry;

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

    pub async fn is_premod_reader(
        db: &Db,
        site_id: &str,
        reader_id: i64,
    ) -> Result<bool, sqlx::Error> {
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

    /// Refusals (strikes) of this author on the site since `since`.
    pub async fn refusals_since(
        db: &Db,
        site_id: &str,
        reader: Option<i64>,
        ip: &str,
        since: i64,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND created_at >= $4 AND {}",
            author_clause(2, 3)
        ))
        .bind(site_id)
        .bind(reader.unwrap_or(-1))
        .bind(ip)
        .bind(since)
        .fetch_one(&db.pool)
        .await
    }

    /// Forgets a deleted account's browsers and pre-moderation.
    pub async fn erase_reader(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        reader: i64,
    ) -> Result<(), sqlx::Error> {
        for table in ["devices", "premod_readers"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE reader_id = $1"))
                .bind(reader)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }
}
