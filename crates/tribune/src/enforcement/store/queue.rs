//! The moderation queue: moderators' decisions on comments, reports, authors' records
//! and search.

use sqlx::FromRow;

use super::*;

/// Moves a comment to `status` (visible, rejected or deleted) as a moderator's decision, with
/// the page's count, the reports on it and the log entry in one transaction.
pub async fn moderate_comment(
    db: &Db,
    c: &CommentRow,
    status: &str,
    refusal_reason: Option<&str>,
    log: &LogEntry<'_>,
) -> Result<CommentRow, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let row: CommentRow = sqlx::query_as(&format!(
        "UPDATE comments SET status = $1, refusal_reason = $2,
             deleted_at = CASE WHEN $1 = 'deleted' THEN $3 ELSE NULL END
         WHERE id = $4 RETURNING {COLUMNS}"
    ))
    .bind(status)
    .bind(refusal_reason)
    .bind(now_ms())
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    let delta = i64::from(row.is_public()) - i64::from(c.is_public());
    touch_page(&mut tx, c.page_id, delta).await?;
    // Reports are answered by the decision: upheld when the comment goes, dismissed when it stays.
    sqlx::query(
        "UPDATE reports SET resolved_at = $1, upheld = $2 WHERE comment_id = $3 AND resolved_at IS NULL",
    )
    .bind(now_ms())
    .bind(i64::from(status != "visible"))
    .bind(c.id)
    .execute(&mut *tx)
    .await?;
    log.write(&mut tx).await?;
    tx.commit().await?;
    Ok(row)
}

/// The latest moderator action on a comment, e.g. to undo a deletion only a moderator made.
pub async fn last_action_on(db: &Db, target: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT action FROM mod_log WHERE target = $1 ORDER BY id DESC LIMIT 1")
        .bind(target)
        .fetch_optional(&db.pool)
        .await
}

/// Stores a reader's report; returns the comment's number of reports, or None when this
/// reader had already reported it. Holds the comment when the count reaches `hold_at`.
pub async fn report(
    db: &Db,
    site_id: &str,
    c: &CommentRow,
    reporter: i64,
    reason: &str,
    hold_at: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO reports (site_id, comment_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (comment_id, reporter_id) DO NOTHING",
    )
    .bind(site_id)
    .bind(c.id)
    .bind(reporter)
    .bind(reason)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(None);
    }
    let count: i64 = sqlx::query_scalar(
        "UPDATE comments SET report_count = report_count + 1, risk = risk + 0.1 WHERE id = $1 RETURNING report_count",
    )
    .bind(c.id)
    .fetch_one(&mut *tx)
    .await?;
    if hold_at > 0 && count >= hold_at && c.status == "visible" {
        sqlx::query("UPDATE comments SET status = 'pending', queue_reason = $1 WHERE id = $2")
            .bind(format!("{count} reader reports"))
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
        touch_page(&mut tx, c.page_id, -i64::from(c.is_public())).await?;
    }
    tx.commit().await?;
    Ok(Some(count))
}

/// Reports a reader filed on a site since `since` (for the reporters' rate limit).
pub async fn reports_since(
    db: &Db,
    site_id: &str,
    reporter: i64,
    since: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM reports WHERE site_id = $1 AND reporter_id = $2 AND created_at >= $3",
    )
    .bind(site_id)
    .bind(reporter)
    .bind(since)
    .fetch_one(&db.pool)
    .await
}

#[derive(Clone, Debug, FromRow)]
pub struct ReportRow {
    pub comment_id: i64,
    pub reporter_id: i64,
    pub reporter_name: String,
    pub reason: String,
    pub created_at: i64,
    /// Everything this reporter filed on the site, and how much of it moderators dismissed:
    /// a reporter whose reports are mostly dismissed may be abusing the button.
    pub reporter_total: i64,
    pub reporter_dismissed: i64,
}

pub async fn open_reports(db: &Db, comment_ids: &[i64]) -> Result<Vec<ReportRow>, sqlx::Error> {
    if comment_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.comment_id, r.reporter_id, rd.name AS reporter_name, r.reason, r.created_at,
                (SELECT COUNT(*) FROM reports a WHERE a.reporter_id = r.reporter_id AND a.site_id = r.site_id) AS reporter_total,
                (SELECT COUNT(*) FROM reports a WHERE a.reporter_id = r.reporter_id AND a.site_id = r.site_id AND a.upheld = 0) AS reporter_dismissed
         FROM reports r JOIN readers rd ON rd.id = r.reporter_id
         WHERE r.resolved_at IS NULL AND r.comment_id IN ({}) ORDER BY r.created_at",
        placeholders(1, comment_ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in comment_ids {
        query = query.bind(id);
    }
    query.fetch_all(&db.pool).await
}

#[derive(Clone, Debug, FromRow)]
pub struct QueueRow {
    #[sqlx(flatten)]
    pub comment: CommentRow,
    pub url: String,
    pub ip: Option<String>,
}

/// Held comments and visible ones with open reports, riskiest first.
pub async fn queue(db: &Db, site_id: &str, limit: i64) -> Result<Vec<QueueRow>, sqlx::Error> {
    let columns = prefixed_columns("c");
    sqlx::query_as(&format!(
        "SELECT {columns}, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND (c.status = 'pending' OR (c.status = 'visible' AND EXISTS
             (SELECT 1 FROM reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL)))
         ORDER BY c.risk DESC, c.created_at ASC LIMIT $2"
    ))
    .bind(site_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

/// `COLUMNS` of the comments table under an alias.
fn prefixed_columns(alias: &str) -> String {
    COLUMNS
        .split(',')
        .map(|c| format!("{alias}.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One comment with its page, for actions that need the site.
pub async fn comment_with_site(
    db: &Db,
    id: i64,
) -> Result<Option<(CommentRow, String)>, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(flatten)]
        comment: CommentRow,
        site_id: String,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {}, p.site_id FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.id = $1",
        prefixed_columns("c")
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| (r.comment, r.site_id)))
}

/// What moderators see of an author: their record on the site.
#[derive(Clone, Debug, Default, serde::Serialize, utoipa::ToSchema)]
pub struct History {
    pub comments: i64,
    pub visible: i64,
    pub rejected: i64,
    pub pending: i64,
    pub strikes: i64,
    pub bans: i64,
    pub warnings: i64,
    pub reports_against: i64,
}

pub async fn history(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<History, sqlx::Error> {
    let by_status: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT c.status, COUNT(*) FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND {}
         GROUP BY c.status",
        comment_author_clause(2, 3)
    ))
    .bind(site_id)
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&db.pool)
    .await?;
    let mut h = History::default();
    for (status, n) in by_status {
        h.comments += n;
        match status.as_str() {
            "visible" => h.visible = n,
            "rejected" => h.rejected = n,
            "pending" => h.pending = n,
            _ => {}
        }
    }
    let subject = reader.unwrap_or(-1);
    let strikes = format!(
        "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND {}",
        author_clause(2, 3)
    );
    let bans = format!(
        "SELECT COUNT(*) FROM bans WHERE site_id = $1 AND {}",
        author_clause(2, 3)
    );
    let reports = format!(
        "SELECT COUNT(*) FROM reports r JOIN comments c ON c.id = r.comment_id
         WHERE r.site_id = $1 AND {}",
        comment_author_clause(2, 3)
    );
    for (sql, slot) in [
        (strikes.as_str(), &mut h.strikes),
        (bans.as_str(), &mut h.bans),
        (reports.as_str(), &mut h.reports_against),
    ] {
        *slot = sqlx::query_scalar(sql)
            .bind(site_id)
            .bind(subject)
            .bind(ip)
            .fetch_one(&db.pool)
            .await?;
    }
    let target = match reader {
        Some(id) => format!("reader:{id}"),
        None => format!("ip:{ip}"),
    };
    h.warnings = sqlx::query_scalar(
        "SELECT COUNT(*) FROM mod_log WHERE site_id = $1 AND action = 'warn' AND target = $2",
    )
    .bind(site_id)
    .bind(&target)
    .fetch_one(&db.pool)
    .await?;
    Ok(h)
}

/// Comments whose text, and readers whose name or email, contain `q` (case-insensitive).
pub async fn search(
    db: &Db,
    site_id: &str,
    q: &str,
) -> Result<(Vec<QueueRow>, Vec<(i64, String, Option<String>)>), sqlx::Error> {
    let pattern = format!(
        "%{}%",
        q.to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let comments = sqlx::query_as(&format!(
        "SELECT {}, p.url, c.ip FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND LOWER(c.body) LIKE $2 ESCAPE '\\'
         ORDER BY c.created_at DESC LIMIT 100",
        prefixed_columns("c")
    ))
    .bind(site_id)
    .bind(&pattern)
    .fetch_all(&db.pool)
    .await?;
    let readers = sqlx::query_as(
        "SELECT DISTINCT r.id, r.name, r.email FROM readers r
         WHERE (LOWER(r.name) LIKE $2 ESCAPE '\\' OR LOWER(COALESCE(r.email, '')) LIKE $2 ESCAPE '\\')
           AND (EXISTS (SELECT 1 FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.author_id = r.id AND p.site_id = $1)
                OR EXISTS (SELECT 1 FROM roles ro WHERE ro.reader_id = r.id AND ro.site_id = $1))
         ORDER BY r.id LIMIT 100",
    )
    .bind(site_id)
    .bind(&pattern)
    .fetch_all(&db.pool)
    .await?;
    Ok((comments, readers))
}
