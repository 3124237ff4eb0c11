//! Mail's tables: the outgoing queue, comments waiting to be batched, each address's token and
//! what it stopped, opt-ins, single-use account links and moderators' choices.

use sqlx::FromRow;

use crate::db::{now_ms, placeholders, Db};

/// A mail ready to be queued.
pub struct Outgoing<'a> {
    pub site: Option<&'a str>,
    pub to: &'a str,
    pub kind: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    pub unsubscribe_url: Option<&'a str>,
}

/// Queues a mail: its row on the queue and its bodies beside it (`mail_bodies`), so give it
/// a transaction.
pub async fn enqueue(
    conn: &mut sqlx::AnyConnection,
    mail: &Outgoing<'_>,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO mail_outbox (site_id, recipient, kind, subject, unsubscribe_url,
             next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(mail.site)
    .bind(mail.to)
    .bind(mail.kind)
    .bind(mail.subject)
    .bind(mail.unsubscribe_url)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO mail_bodies (mail_id, text_body, html_body) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(mail.text)
        .bind(mail.html)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A mail a worker took for delivery.
#[derive(Debug, FromRow)]
pub struct DueMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub unsubscribe_url: Option<String>,
    pub attempts: i64,
}

/// Takes up to `limit` mails that are due, for `lease_ms` (see [`crate::db::claim_due`]).
pub async fn claim(db: &Db, limit: i64, lease_ms: i64) -> Result<Vec<DueMail>, sqlx::Error> {
    let queue = crate::db::Queue {
        table: "mail_outbox",
        open: "sent_at IS NULL AND failed_at IS NULL",
        read: "SELECT id, recipient, subject, text_body, html_body, unsubscribe_url, attempts
               FROM mail_outbox JOIN mail_bodies ON mail_id = id WHERE id IN",
    };
    crate::db::claim_due(db, &queue, limit, lease_ms).await
}

/// What one attempt at a mail came to.
pub struct Attempt {
    pub mail: i64,
    pub sent: bool,
    pub error: Option<String>,
    /// When to try again; `None` and not sent: given up.
    pub retry_at: Option<i64>,
}

/// Records a round of attempts in one transaction (one writer on SQLite: a transaction per
/// mail would make comment writes wait behind the worker).
pub async fn record(db: &Db, attempts: &[Attempt]) -> Result<(), sqlx::Error> {
    if attempts.is_empty() {
        return Ok(());
    }
    let now = now_ms();
    let sent: Vec<i64> = attempts.iter().filter(|a| a.sent).map(|a| a.mail).collect();
    let mut tx = db.writer.begin().await?;
    if !sent.is_empty() {
        let sql = format!(
            "UPDATE mail_outbox SET attempts = attempts + 1, locked_until = NULL, sent_at = $1,
                 last_error = NULL
             WHERE id IN ({})",
            placeholders(2, sent.len())
        );
        let mut update = sqlx::query(&sql).bind(now);
        for id in sent {
            update = update.bind(id);
        }
        update.execute(&mut *tx).await?;
    }
    for a in attempts.iter().filter(|a| !a.sent) {
        let (next, failed) = match a.retry_at {
            Some(at) => (at, None),
            None => (now, Some(now)),
        };
        sqlx::query(
            "UPDATE mail_outbox SET attempts = attempts + 1, locked_until = NULL,
                 next_attempt_at = $1, failed_at = $2, last_error = $3
             WHERE id = $4",
        )
        .bind(next)
        .bind(failed)
        .bind(a.error.as_deref())
        .bind(a.mail)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// The queue at a glance, for admins: how many wait, were sent and failed in the last day.
#[derive(Debug, Default, FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct QueueCounts {
    pub waiting: i64,
    pub retrying: i64,
    pub sent_last_day: i64,
    pub failed_last_day: i64,
}

pub async fn counts(db: &Db, site: &str) -> Result<QueueCounts, sqlx::Error> {
    let day_ago = now_ms() - 86_400_000;
    sqlx::query_as(
        "SELECT
             COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0) AS waiting,
             COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND attempts > 0 THEN 1 ELSE 0 END), 0) AS retrying,
             COALESCE(SUM(CASE WHEN sent_at >= $1 THEN 1 ELSE 0 END), 0) AS sent_last_day,
             COALESCE(SUM(CASE WHEN failed_at >= $1 THEN 1 ELSE 0 END), 0) AS failed_last_day
         FROM mail_outbox WHERE site_id = $2",
    )
    .bind(day_ago)
    .bind(site)
    .fetch_one(&db.pool)
    .await
}

/// A mail as the admins' list shows it.
#[derive(Debug, FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct MailRow {
    pub id: i64,
    pub site_id: Option<String>,
    pub recipient: String,
    pub kind: String,
    pub subject: String,
    pub attempts: i64,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_error: Option<String>,
}

/// A site's latest mails with a problem (given up, or waiting after a failed attempt),
/// newest first.
pub async fn troubled(db: &Db, site: &str, limit: i64) -> Result<Vec<MailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, site_id, recipient, kind, subject, attempts, created_at, next_attempt_at,
                sent_at, failed_at, last_error
         FROM mail_outbox
         WHERE sent_at IS NULL AND last_error IS NOT NULL AND site_id = $1
         ORDER BY id DESC LIMIT $2",
    )
    .bind(site)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Forgets mail settled (sent or given up) before `cutoff`; returns how many went.
pub async fn forget_settled(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM mail_outbox
         WHERE created_at < $1 AND (sent_at IS NOT NULL OR failed_at IS NOT NULL)",
    )
    .bind(cutoff)
    .execute(&db.writer)
    .await?
    .rows_affected())
}

/// Notification mails queued for `recipient` since `since`: the daily cap counts them.
pub async fn notifications_since(db: &Db, recipient: &str, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM mail_outbox
         WHERE recipient = $1 AND kind IN ('reply', 'thread') AND created_at >= $2",
    )
    .bind(recipient)
    .bind(since)
    .fetch_one(&db.pool)
    .await
}

/// An address's token and the kinds of mail it stopped.
#[derive(Debug, FromRow)]
pub struct Recipient {
    pub email: String,
    pub token: String,
    pub stopped: String,
}

impl Recipient {
    /// Whether this address still takes mail of `kind` (`replies`, `threads`, `digest`).
    pub fn takes(&self, kind: &str) -> bool {
        !self
            .stopped
            .split_whitespace()
            .any(|k| k == kind || k == "all")
    }
}

/// The address's record, made on first use with a fresh token.
pub async fn recipient(db: &Db, email: &str) -> Result<Recipient, sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_recipients (email, token, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING",
    )
    .bind(email)
    .bind(crate::auth::random_token())
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    sqlx::query_as("SELECT email, token, stopped FROM mail_recipients WHERE email = $1")
        .bind(email)
        .fetch_one(&db.writer)
        .await
}

/// The addresses among `emails` that stopped `kind` (or all mail).
pub async fn stopped_among(
    db: &Db,
    emails: &[String],
    kind: &str,
) -> Result<Vec<String>, sqlx::Error> {
    if emails.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT email, token, stopped FROM mail_recipients WHERE stopped <> '' AND email IN ({})",
        placeholders(1, emails.len())
    );
    let mut query = sqlx::query_as::<_, Recipient>(&sql);
    for email in emails {
        query = query.bind(email);
    }
    Ok(query
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .filter(|r| !r.takes(kind))
        .map(|r| r.email)
        .collect())
}

pub async fn recipient_by_token(db: &Db, token: &str) -> Result<Option<Recipient>, sqlx::Error> {
    sqlx::query_as("SELECT email, token, stopped FROM mail_recipients WHERE token = $1")
        .bind(token)
        .fetch_optional(&db.writer)
        .await
}

/// Sets the kinds of mail an address stopped.
pub async fn set_stopped(db: &Db, email: &str, stopped: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mail_recipients SET stopped = $1 WHERE email = $2")
        .bind(stopped)
        .bind(email)
        .execute(&db.writer)
        .await?;
    Ok(())
}

/// A comment someone should hear about.
pub struct Pending<'a> {
    pub recipient: &'a str,
    pub site: &'a str,
    pub kind: &'a str,
    pub comment: i64,
}

pub async fn add_pending(db: &Db, pending: &[Pending<'_>]) -> Result<(), sqlx::Error> {
    let now = now_ms();
    for chunk in pending.chunks(200) {
        let sql = format!(
            "INSERT INTO mail_pending (recipient, site_id, kind, comment_id, created_at) VALUES {}",
            crate::db::value_rows(db.engine, chunk.len(), 5)
        );
        let mut insert = sqlx::query(&sql);
        for p in chunk {
            insert = insert
                .bind(p.recipient)
                .bind(p.site)
                .bind(p.kind)
                .bind(p.comment)
                .bind(now);
        }
        insert.execute(&db.writer).await?;
    }
    Ok(())
}

/// Recipients whose oldest waiting comment came before `before`: their batch is complete.
pub async fn batches_due(db: &Db, before: i64, limit: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT recipient FROM mail_pending GROUP BY recipient HAVING MIN(created_at) < $1
         ORDER BY MIN(created_at) LIMIT $2",
    )
    .bind(before)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

#[derive(Debug, FromRow)]
pub struct PendingRow {
    pub site_id: String,
    pub kind: String,
    pub comment_id: i64,
}

/// Takes every comment waiting for `recipient`, in `tx`: of two instances at the same batch,
/// one gets the rows and the other none.
pub async fn take_pending(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    recipient: &str,
) -> Result<Vec<PendingRow>, sqlx::Error> {
    sqlx::query_as(
        "DELETE FROM mail_pending WHERE recipient = $1 RETURNING site_id, kind, comment_id",
    )
    .bind(recipient)
    .fetch_all(&mut **tx)
    .await
}

/// An opt-in: replies to an anonymous reader's comment, or a thread to follow.
#[derive(Debug, FromRow)]
pub struct Subscription {
    pub site_id: String,
    pub email: String,
    pub kind: String,
    pub target: String,
    pub confirmed_at: Option<i64>,
}

/// Records an opt-in (again: a fresh link, the old one no longer works); `confirmed` when
/// the address is already proven (a signed-in reader's own).
pub async fn subscribe(db: &Db, s: &Subscription, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mail_subscriptions (site_id, email, kind, target, token_hash, confirmed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (site_id, kind, target, email) DO UPDATE SET token_hash = excluded.token_hash,
             confirmed_at = COALESCE(mail_subscriptions.confirmed_at, excluded.confirmed_at)",
    )
    .bind(&s.site_id)
    .bind(&s.email)
    .bind(&s.kind)
    .bind(&s.target)
    .bind(token_hash)
    .bind(s.confirmed_at)
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    Ok(())
}

const SUBSCRIPTION_COLUMNS: &str = "site_id, email, kind, target, confirmed_at";

pub async fn subscription_by_token(
    db: &Db,
    token_hash: &str,
) -> Result<Option<Subscription>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUBSCRIPTION_COLUMNS} FROM mail_subscriptions WHERE token_hash = $1"
    ))
    .bind(token_hash)
    .fetch_optional(&db.writer)
    .await
}

pub async fn confirm_subscription(db: &Db, token_hash: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE mail_subscriptions SET confirmed_at = $1
         WHERE token_hash = $2 AND confirmed_at IS NULL",
    )
    .bind(now_ms())
    .bind(token_hash)
    .execute(&db.writer)
    .await?
    .rows_affected()
        > 0)
}

/// The confirmed addresses that follow `target` (a comment id for `replies`, a page URL for
/// `thread`) on `site`.
pub async fn subscribers(
    db: &Db,
    site: &str,
    kind: &str,
    target: &str,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT email FROM mail_subscriptions
         WHERE site_id = $1 AND kind = $2 AND target = $3 AND confirmed_at IS NOT NULL",
    )
    .bind(site)
    .bind(kind)
    .bind(target)
    .fetch_all(&db.pool)
    .await
}

/// A single-use link of account mail.
#[derive(Debug, FromRow)]
pub struct Token {
    pub email: String,
    pub payload: Option<String>,
}

pub async fn insert_token(
    db: &Db,
    token_hash: &str,
    purpose: &str,
    email: &str,
    payload: Option<&str>,
    valid_ms: i64,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO mail_tokens (token_hash, purpose, email, payload, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(email)
    .bind(payload)
    .bind(now + valid_ms)
    .bind(now)
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// The link's content if it is one of `purpose`, unused and not expired; without using it.
pub async fn peek_token(
    db: &Db,
    token_hash: &str,
    purpose: &str,
) -> Result<Option<Token>, sqlx::Error> {
    sqlx::query_as(
        "SELECT email, payload FROM mail_tokens
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now_ms())
    .fetch_optional(&db.writer)
    .await
}

/// Uses the link, once: of two clicks at the same moment one gets it.
pub async fn use_token(
    db: &Db,
    token_hash: &str,
    purpose: &str,
) -> Result<Option<Token>, sqlx::Error> {
    let now = now_ms();
    sqlx::query_as(
        "UPDATE mail_tokens SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING email, payload",
    )
    .bind(now)
    .bind(token_hash)
    .bind(purpose)
    .fetch_optional(&db.writer)
    .await
}

/// A moderator and what they want by mail, with the default filled in for those who never
/// chose.
#[derive(Debug, FromRow)]
pub struct ModeratorMail {
    pub site_id: String,
    pub reader_id: i64,
    pub email: String,
    pub digest: Option<String>,
    pub campaign_alerts: Option<i64>,
    pub last_digest_at: Option<i64>,
}

/// Every moderator and admin with an address, of `site` or of every site.
pub async fn moderators(db: &Db, site: Option<&str>) -> Result<Vec<ModeratorMail>, sqlx::Error> {
    let of_site = if site.is_some() {
        "AND r.site_id = $1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT r.site_id, r.reader_id, COALESCE(p.email, p.sso_email) AS email, m.digest,
                m.campaign_alerts, m.last_digest_at
         FROM roles r JOIN readers p ON p.id = r.reader_id
         LEFT JOIN mod_mail m ON m.site_id = r.site_id AND m.reader_id = r.reader_id
         WHERE COALESCE(p.email, p.sso_email) IS NOT NULL AND p.deleted_at IS NULL {of_site}
         ORDER BY r.site_id, r.reader_id"
    );
    let query = sqlx::query_as(&sql);
    match site {
        Some(site) => query.bind(site).fetch_all(&db.pool).await,
        None => query.fetch_all(&db.pool).await,
    }
}

/// Records a moderator's choice.
pub async fn set_moderator_mail(
    db: &Db,
    site: &str,
    reader: i64,
    digest: &str,
    campaign_alerts: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mod_mail (site_id, reader_id, digest, campaign_alerts, last_digest_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id, reader_id) DO UPDATE SET digest = excluded.digest,
             campaign_alerts = excluded.campaign_alerts",
    )
    .bind(site)
    .bind(reader)
    .bind(digest)
    .bind(i64::from(campaign_alerts))
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Moves a moderator's last digest from `last` (`None`: never; the row is made, its digest
/// left to the configured default) to `now`; false when another instance did first (it sends
/// that digest).
pub async fn advance_digest(db: &Db, m: &ModeratorMail, now: i64) -> Result<bool, sqlx::Error> {
    let done = match m.last_digest_at {
        None => {
            sqlx::query(
                "INSERT INTO mod_mail (site_id, reader_id, campaign_alerts, last_digest_at)
             VALUES ($1, $2, 1, $3) ON CONFLICT (site_id, reader_id) DO NOTHING",
            )
            .bind(&m.site_id)
            .bind(m.reader_id)
            .bind(now)
            .execute(&db.writer)
            .await?
        }
        Some(last) => {
            sqlx::query(
                "UPDATE mod_mail SET last_digest_at = $1
             WHERE site_id = $2 AND reader_id = $3 AND last_digest_at = $4",
            )
            .bind(now)
            .bind(&m.site_id)
            .bind(m.reader_id)
            .bind(last)
            .execute(&db.writer)
            .await?
        }
    };
    Ok(done.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use sqlx::migrate::Migrator;
    use sqlx::Row;

    /// Migration 0019 moves the bodies of mail already queued; none is lost.
    #[tokio::test]
    async fn queued_mail_keeps_its_bodies_when_they_move_to_their_own_table() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let pool = sqlx::SqlitePool::connect(&url).await.expect("a database");
        let all = sqlx::migrate!("./migrations/sqlite");
        let before = Migrator {
            migrations: Cow::Owned(
                all.migrations
                    .iter()
                    .filter(|m| m.version < 19)
                    .cloned()
                    .collect(),
            ),
            ..sqlx::migrate!("./migrations/sqlite")
        };
        before.run(&pool).await.expect("migrations up to 0018");
        sqlx::query(
            "INSERT INTO mail_outbox (recipient, kind, subject, text_body, html_body,
                 next_attempt_at, created_at)
             VALUES ('ann@news.example', 'reply', 'A reply', 'Bob answered.', '<p>Bob answered.</p>', 1, 1)",
        )
        .execute(&pool)
        .await
        .expect("a mail queued before 0019");
        all.run(&pool).await.expect("migration 0019");
        let row = sqlx::query(
            "SELECT recipient, text_body, html_body FROM mail_outbox JOIN mail_bodies ON mail_id = id",
        )
        .fetch_one(&pool)
        .await
        .expect("the mail and its bodies");
        assert_eq!(row.get::<String, _>(0), "ann@news.example");
        assert_eq!(row.get::<String, _>(1), "Bob answered.");
        assert_eq!(row.get::<String, _>(2), "<p>Bob answered.</p>");
    }
}
