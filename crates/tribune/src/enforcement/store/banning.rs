//! Bans: who they target, which are in force, placing and lifting them (with the log).

use sqlx::FromRow;

use super::*;

#[derive(Clone, Debug, FromRow, serde::Serialize, utoipa::ToSchema)]
pub struct BanRow {
    pub id: i64,
    pub site_id: String,
    pub reader_id: Option<i64>,
    /// The address of an anonymous author banned by the house rules' strikes.
    pub ip: Option<String>,
    pub cidr: Option<String>,
    pub email: Option<String>,
    pub email_domain: Option<String>,
    pub kind: String,
    pub reason: String,
    pub until: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub lifted_at: Option<i64>,
}

const BAN_COLUMNS: &str = "id, site_id, reader_id, ip, cidr, email, email_domain, kind, reason, until, created_by, created_at, lifted_at";

/// Bans in force on a site that could apply to this author: their reader id, the address of
/// an anonymous author, and every range and email ban (matched by the caller, which knows
/// the address and the reader's emails).
pub async fn candidate_bans(
    db: &Db,
    site_id: &str,
    reader: Option<i64>,
    ip: &str,
) -> Result<Vec<BanRow>, sqlx::Error> {
    // Three indexed lookups (by reader, by anonymous address, range and email bans): one
    // condition with ORs across the columns would read every ban of the site.
    let in_force = "site_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > $2)";
    sqlx::query_as(&format!(
        "SELECT {BAN_COLUMNS} FROM bans WHERE {in_force} AND reader_id = $3
         UNION ALL
         SELECT {BAN_COLUMNS} FROM bans WHERE {in_force} AND reader_id IS NULL AND ip = $4 AND $3 = -1
         UNION ALL
         SELECT {BAN_COLUMNS} FROM bans WHERE {in_force}
           AND (cidr IS NOT NULL OR email IS NOT NULL OR email_domain IS NOT NULL)"
    ))
    .bind(site_id)
    .bind(now_ms())
    .bind(reader.unwrap_or(-1))
    .bind(ip)
    .fetch_all(&db.pool)
    .await
}

pub async fn ban(db: &Db, id: i64) -> Result<Option<BanRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {BAN_COLUMNS} FROM bans WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The bans of a site, newest first; `active` leaves out lifted and expired ones.
pub async fn bans(db: &Db, site_id: &str, active: bool) -> Result<Vec<BanRow>, sqlx::Error> {
    let filter = if active {
        "AND lifted_at IS NULL AND (until IS NULL OR until > $2)"
    } else {
        "AND $2 = $2"
    };
    sqlx::query_as(&format!(
        "SELECT {BAN_COLUMNS} FROM bans WHERE site_id = $1 {filter} ORDER BY created_at DESC, id DESC LIMIT 500"
    ))
    .bind(site_id)
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
}

/// The emails a reader is known by: their account's and the one their SSO site vouches for.
pub async fn reader_emails(db: &Db, reader_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT email, sso_email FROM readers WHERE id = $1")
            .bind(reader_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row
        .map(|(a, b)| a.into_iter().chain(b).collect())
        .unwrap_or_default())
}

pub struct NewBan<'a> {
    pub site_id: &'a str,
    pub target: &'a Target,
    pub kind: &'a str,
    pub until: Option<i64>,
    pub reason: &'a str,
    pub actor: i64,
    /// Also remove the banned reader's votes on this site.
    pub remove_votes: bool,
}

pub async fn insert_ban(db: &Db, ban: &NewBan<'_>) -> Result<BanRow, sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    let (row, removed) = ban_row(&mut tx, ban).await?;
    LogEntry {
        site_id: ban.site_id,
        actor: Some(ban.actor),
        action: ban.kind,
        target: ban.target.label(),
        reason: ban.reason,
        evidence: Some(serde_json::json!({
            "ban_id": row.id,
            "until": row.until.map(crate::db::rfc3339),
            "votes_removed": removed,
        })),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Inserts a ban (and removes the reader's votes when asked); returns it and the number of
/// votes removed. The caller logs and commits.
pub async fn ban_row(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    ban: &NewBan<'_>,
) -> Result<(BanRow, usize), sqlx::Error> {
    let (reader, cidr, email, domain) = match ban.target {
        Target::Reader(id) => (Some(*id), None, None, None),
        Target::Network(net) => (None, Some(net.to_string()), None, None),
        Target::Email(e) => (None, None, Some(e.as_str()), None),
        Target::EmailDomain(d) => (None, None, None, Some(d.as_str())),
    };
    let row: BanRow = sqlx::query_as(&format!(
        "INSERT INTO bans (site_id, reader_id, cidr, email, email_domain, kind, reason, until, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {BAN_COLUMNS}"
    ))
    .bind(ban.site_id)
    .bind(reader)
    .bind(cidr)
    .bind(email)
    .bind(domain)
    .bind(ban.kind)
    .bind(ban.reason)
    .bind(ban.until)
    .bind(ban.actor)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?;
    let mut removed = 0;
    if let (true, Some(reader)) = (ban.remove_votes, reader) {
        removed = remove_votes(tx, ban.site_id, reader).await?;
    }
    Ok((row, removed))
}

/// Deletes a reader's votes on a site's comments and recomputes those comments' tallies.
async fn remove_votes(
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
        touch_page(tx, *page, 0).await?;
    }
    Ok(voted.len())
}

pub async fn lift_ban(db: &Db, ban: &BanRow, actor: i64, reason: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.writer.begin().await?;
    sqlx::query("UPDATE bans SET lifted_at = $1, lifted_by = $2 WHERE id = $3")
        .bind(now_ms())
        .bind(actor)
        .bind(ban.id)
        .execute(&mut *tx)
        .await?;
    LogEntry {
        site_id: &ban.site_id,
        actor: Some(actor),
        action: "lift",
        target: ban_label(ban),
        reason,
        evidence: Some(serde_json::json!({"ban_id": ban.id, "kind": ban.kind})),
    }
    .write(&mut tx)
    .await?;
    tx.commit().await
}

/// How a stored ban's target is written in the log.
pub fn ban_label(ban: &BanRow) -> String {
    match (
        &ban.reader_id,
        &ban.ip,
        &ban.cidr,
        &ban.email,
        &ban.email_domain,
    ) {
        (Some(id), ..) => format!("reader:{id}"),
        (_, Some(ip), ..) => format!("ip:{ip}"),
        (_, _, Some(net), ..) => format!("network:{net}"),
        (_, _, _, Some(email), _) => format!("email:{email}"),
        (.., Some(domain)) => format!("email_domain:{domain}"),
        _ => "unknown".into(),
    }
}
