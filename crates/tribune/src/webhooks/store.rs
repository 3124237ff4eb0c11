//! Webhooks, their messages (the delivery queue) and every attempt, in the database.

use sqlx::FromRow;

use crate::db::{now_ms, placeholders, Db};

#[derive(Clone, Debug, FromRow)]
pub struct WebhookRow {
    pub id: i64,
    pub site_id: String,
    pub url: String,
    pub events: String,
    pub secret: String,
    pub created_at: i64,
}

const WEBHOOK_COLUMNS: &str = "id, site_id, url, events, secret, created_at";

pub async fn create(
    db: &Db,
    site: &str,
    url: &str,
    events: &str,
    secret: &str,
) -> Result<WebhookRow, sqlx::Error> {
    sqlx::query_as(&format!(
        "INSERT INTO webhooks (site_id, url, events, secret, created_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING {WEBHOOK_COLUMNS}"
    ))
    .bind(site)
    .bind(url)
    .bind(events)
    .bind(secret)
    .bind(now_ms())
    .fetch_one(&db.writer)
    .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<WebhookRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1 AND deleted_at IS NULL"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn of_site(db: &Db, site: &str) -> Result<Vec<WebhookRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {WEBHOOK_COLUMNS} FROM webhooks WHERE site_id = $1 AND deleted_at IS NULL ORDER BY id"
    ))
    .bind(site)
    .fetch_all(&db.pool)
    .await
}

/// Changes what is given; returns the webhook as it is now.
pub async fn update(
    db: &Db,
    id: i64,
    url: Option<&str>,
    events: Option<&str>,
    secret: Option<&str>,
) -> Result<Option<WebhookRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "UPDATE webhooks SET url = COALESCE($1, url), events = COALESCE($2, events),
             secret = COALESCE($3, secret)
         WHERE id = $4 AND deleted_at IS NULL RETURNING {WEBHOOK_COLUMNS}"
    ))
    .bind(url)
    .bind(events)
    .bind(secret)
    .bind(id)
    .fetch_optional(&db.writer)
    .await
}

/// Stops a webhook: it receives nothing more, and what was waiting is not sent. Its delivery
/// log stays.
pub async fn delete(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    let done =
        sqlx::query("UPDATE webhooks SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
    sqlx::query(
        "UPDATE webhook_messages SET failed_at = $1
         WHERE webhook_id = $2 AND delivered_at IS NULL AND failed_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done)
}

/// Queues one message with `payload` for each `(webhook, msg_id)`, due now, in one statement.
pub async fn enqueue(
    db: &Db,
    messages: &[(i64, String)],
    event: &str,
    payload: &str,
) -> Result<(), sqlx::Error> {
    let now = now_ms();
    for chunk in messages.chunks(500) {
        let sql = format!(
            "INSERT INTO webhook_messages (webhook_id, msg_id, event, payload, next_attempt_at, created_at)
             VALUES {}",
            crate::db::value_rows(db.engine, chunk.len(), 6)
        );
        let mut insert = sqlx::query(&sql);
        for (webhook, msg_id) in chunk {
            insert = insert
                .bind(*webhook)
                .bind(msg_id.as_str())
                .bind(event)
                .bind(payload)
                .bind(now)
                .bind(now);
        }
        insert.execute(&db.writer).await?;
    }
    Ok(())
}

/// A message a worker took for delivery, with where and how to send it.
#[derive(Debug, FromRow)]
pub struct Due {
    pub id: i64,
    pub msg_id: String,
    pub payload: String,
    pub attempts: i64,
    pub created_at: i64,
    pub url: String,
    pub secret: String,
}

/// Takes up to `limit` messages that are due, for `lease_ms` (see [`crate::db::claim_due`]).
pub async fn claim(db: &Db, limit: i64, lease_ms: i64) -> Result<Vec<Due>, sqlx::Error> {
    let queue = crate::db::Queue {
        table: "webhook_messages",
        open: "delivered_at IS NULL AND failed_at IS NULL",
        read: "SELECT m.id, m.msg_id, m.payload, m.attempts, m.created_at, w.url, w.secret
               FROM webhook_messages m JOIN webhooks w ON w.id = m.webhook_id WHERE m.id IN",
    };
    crate::db::claim_due(db, &queue, limit, lease_ms).await
}

/// What one attempt at a message came to, and what follows.
pub struct Attempt {
    pub message: i64,
    pub status: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
    pub delivered: bool,
    /// When to try again; `None` and not delivered: given up.
    pub retry_at: Option<i64>,
}

/// Records a round of attempts in one transaction: on SQLite every transaction waits for the
/// one writer, and a transaction per message made comment writes wait behind the worker
/// (a third fewer while 100,000 messages drained; docs/benchmarks.md).
pub async fn record(db: &Db, attempts: &[Attempt]) -> Result<(), sqlx::Error> {
    if attempts.is_empty() {
        return Ok(());
    }
    let now = now_ms();
    let mut tx = db.writer.begin().await?;
    let sql = format!(
        "INSERT INTO webhook_attempts (message_id, attempted_at, status, error, duration_ms) VALUES {}",
        crate::db::value_rows(db.engine, attempts.len(), 5)
    );
    let mut insert = sqlx::query(&sql);
    for a in attempts {
        insert = insert
            .bind(a.message)
            .bind(now)
            .bind(a.status)
            .bind(a.error.as_deref())
            .bind(a.duration_ms);
    }
    insert.execute(&mut *tx).await?;
    let settle = |ids: Vec<i64>, column: &'static str| {
        (!ids.is_empty()).then(|| {
            (
                format!(
                    "UPDATE webhook_messages SET attempts = attempts + 1, locked_until = NULL, {column} = $1
                     WHERE id IN ({})",
                    placeholders(2, ids.len())
                ),
                ids,
            )
        })
    };
    let delivered: Vec<i64> = attempts
        .iter()
        .filter(|a| a.delivered)
        .map(|a| a.message)
        .collect();
    let failed: Vec<i64> = attempts
        .iter()
        .filter(|a| !a.delivered && a.retry_at.is_none())
        .map(|a| a.message)
        .collect();
    for (sql, ids) in [
        settle(delivered, "delivered_at"),
        settle(failed, "failed_at"),
    ]
    .into_iter()
    .flatten()
    {
        let mut update = sqlx::query(&sql).bind(now);
        for id in ids {
            update = update.bind(id);
        }
        update.execute(&mut *tx).await?;
    }
    for a in attempts.iter().filter(|a| !a.delivered) {
        if let Some(at) = a.retry_at {
            sqlx::query(
                "UPDATE webhook_messages SET attempts = attempts + 1, locked_until = NULL,
                     next_attempt_at = $1 WHERE id = $2",
            )
            .bind(at)
            .bind(a.message)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// A message as the delivery log shows it.
#[derive(Debug, FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub msg_id: String,
    pub event: String,
    pub attempts: i64,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub delivered_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
}

/// A webhook's latest messages, newest first, each with its last attempt.
pub async fn messages(db: &Db, webhook: i64, limit: i64) -> Result<Vec<MessageRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT m.id, m.msg_id, m.event, m.attempts, m.created_at, m.next_attempt_at,
                m.delivered_at, m.failed_at, a.status AS last_status, a.error AS last_error
         FROM webhook_messages m
         LEFT JOIN webhook_attempts a ON a.id =
             (SELECT MAX(id) FROM webhook_attempts WHERE message_id = m.id)
         WHERE m.webhook_id = $1 ORDER BY m.id DESC LIMIT $2",
    )
    .bind(webhook)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// Sends a message of this webhook again, now (a replay); false when there is none.
pub async fn replay(db: &Db, webhook: i64, msg_id: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE webhook_messages SET delivered_at = NULL, failed_at = NULL, locked_until = NULL,
             next_attempt_at = $1
         WHERE webhook_id = $2 AND msg_id = $3",
    )
    .bind(now_ms())
    .bind(webhook)
    .bind(msg_id)
    .execute(&db.writer)
    .await?
    .rows_affected()
        > 0)
}

/// Forgets messages settled (delivered or given up) before `cutoff`, with their attempts: the
/// delivery log keeps what an admin may still look into, not every message ever sent. Returns
/// how many messages went.
pub async fn forget_settled(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    let settled = "SELECT id FROM webhook_messages
         WHERE created_at < $1 AND (delivered_at IS NOT NULL OR failed_at IS NOT NULL)";
    let mut tx = db.writer.begin().await?;
    sqlx::query(&format!(
        "DELETE FROM webhook_attempts WHERE message_id IN ({settled})"
    ))
    .bind(cutoff)
    .execute(&mut *tx)
    .await?;
    let gone = sqlx::query(&format!(
        "DELETE FROM webhook_messages WHERE id IN ({settled})"
    ))
    .bind(cutoff)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(gone)
}
