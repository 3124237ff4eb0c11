//! Bans: who they stop (checked before a text is judged: a banned author gets 403 whatever
//! the text), and moderators placing them on readers, addresses, ranges, emails and domains,
//! listing and lifting them.

use std::net::IpAddr;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain::{self, BanKind, BanTargetInput, Target};
use super::readers;
use super::Gate;
use crate::app::AppState;
use crate::comments::placement::Standing;
use crate::db::{now_ms, rfc3339};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery};
use crate::extract::{Moderator, SiteModerator};
use crate::sites::store::SiteRow;

impl Gate {
    /// Fails with 403 `banned` when the author is suspended or banned on this site: by reader,
    /// by the address of an anonymous author, by a range their address is in, or by their
    /// email or its domain. Returns whether they are shadow-banned.
    pub async fn standing(
        &self,
        site: &SiteRow,
        reader: Option<i64>,
        ip: IpAddr,
    ) -> AppResult<Standing> {
        let candidates = store::candidate_bans(&self.db, &site.id, reader, &ip.to_string()).await?;
        if candidates.is_empty() {
            return Ok(Standing::default());
        }
        let emails: Vec<String> = match reader {
            Some(id)
                if candidates
                    .iter()
                    .any(|b| b.email.is_some() || b.email_domain.is_some()) =>
            {
                store::reader_emails(&self.db, id)
                    .await?
                    .iter()
                    .filter_map(|e| domain::normalize_email(e))
                    .collect()
            }
            _ => Vec::new(),
        };
        let applies = |b: &&store::BanRow| -> bool {
            if let Some(cidr) = &b.cidr {
                return cidr.parse::<ipnet::IpNet>().is_ok_and(|n| n.contains(&ip));
            }
            if let Some(email) = &b.email {
                return emails.contains(email);
            }
            if let Some(domain) = &b.email_domain {
                return emails.iter().any(|e| {
                    e.rsplit_once('@')
                        .is_some_and(|(_, d)| d == domain || d.ends_with(&format!(".{domain}")))
                });
            }
            true // matched by reader id or anonymous address in SQL
        };
        let applicable: Vec<&store::BanRow> = candidates.iter().filter(applies).collect();
        // A permanent ban outranks a suspension, and a later end outranks an earlier one.
        let blocking = applicable
            .iter()
            .filter(|b| b.kind != BanKind::Shadow)
            .max_by_key(|b| (b.until.is_none(), b.until));
        if let Some(ban) = blocking {
            return Err(banned_error(site, ban));
        }
        Ok(Standing {
            shadow: applicable.iter().any(|b| b.kind == BanKind::Shadow),
        })
    }
}

fn banned_error(site: &SiteRow, ban: &store::BanRow) -> AppError {
    let until = ban.until.map(rfc3339);
    let appeal =
        "To appeal, send the moderators a message with the Appeal button under the comments.";
    let message = match &until {
        Some(until) => format!(
            "You are suspended from commenting on {} until {until}. Reason: {}. {appeal}",
            site.name, ban.reason
        ),
        None => format!(
            "You are banned from commenting on {}. Reason: {}. {appeal}",
            site.name, ban.reason
        ),
    };
    AppError::Banned {
        message,
        details: json!({"id": ban.id, "kind": ban.kind, "reason": ban.reason, "until": until,
                        "since": rfc3339(ban.created_at), "appeal": "POST /api/v1/appeals"}),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BanRequest {
    pub site: String,
    pub target: BanTargetInput,
    pub kind: BanKind,
    /// RFC 3339; required for `suspend`, optional for `shadow`, not allowed for `ban`.
    pub until: Option<String>,
    pub reason: String,
    /// Also remove the reader's votes on this site (reader targets only).
    #[serde(default)]
    pub remove_votes: bool,
}

/// Suspend, ban or shadow-ban a reader, an address or range, an email or an email domain.
#[utoipa::path(post, path = "/api/v1/mod/bans", tag = "moderation", request_body = BanRequest,
    responses((status = 201, body = store::BanRow), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn create_ban(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<BanRequest>,
) -> AppResult<(StatusCode, Json<store::BanRow>)> {
    let ban = ban(&state, &moderator, &input).await?;
    Ok((StatusCode::CREATED, Json(ban)))
}

pub async fn ban(
    state: &AppState,
    moderator: &Moderator,
    input: &BanRequest,
) -> AppResult<store::BanRow> {
    moderator.require(&input.site)?;
    let target = Target::parse(&input.target)?;
    let reason = domain::reason(&input.reason)?;
    let until = match input.until.as_deref() {
        Some(raw) => {
            let ms = crate::db::parse_rfc3339(raw).ok_or_else(|| {
                AppError::invalid("until", "is not an RFC 3339 time like 2026-12-01T00:00:00Z")
            })?;
            if ms <= now_ms() {
                return Err(AppError::invalid("until", "must be in the future"));
            }
            Some(ms)
        }
        None => None,
    };
    match (input.kind, until, &target) {
        (BanKind::Suspend, None, _) => {
            return Err(AppError::invalid("until", "is required for a suspension"))
        }
        (BanKind::Ban, Some(_), _) => {
            return Err(AppError::invalid(
                "until",
                "is for suspensions: a ban is permanent (lift it to undo)",
            ))
        }
        (BanKind::Shadow, _, t) if !matches!(t, Target::Reader(_)) => {
            return Err(AppError::invalid(
                "target",
                "a shadow ban needs a reader_id: only a reader can be shown their own comments",
            ))
        }
        _ => {}
    }
    if input.remove_votes && !matches!(target, Target::Reader(_)) {
        return Err(AppError::invalid(
            "remove_votes",
            "needs a reader_id target",
        ));
    }
    if let Target::Reader(id) = target {
        crate::auth::store::reader(&state.db, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("no reader {id}")))?;
        readers::may_act_on(state, moderator, &input.site, id).await?;
    }
    let row = store::insert_ban(
        &state.db,
        &store::NewBan {
            site_id: &input.site,
            target: &target,
            kind: input.kind,
            until,
            reason: &reason,
            actor: moderator.user.id,
            remove_votes: input.remove_votes,
        },
    )
    .await?;
    let event = match input.kind {
        BanKind::Suspend => crate::webhooks::EventType::ReaderSuspended,
        BanKind::Ban | BanKind::Shadow => crate::webhooks::EventType::ReaderBanned,
    };
    crate::webhooks::emit(state, &input.site, event, &row).await;
    state
        .notices
        .send(crate::notices::Notice::Banned { ban: row.id });
    tracing::info!(
        site = input.site,
        target = target.label(),
        kind = input.kind.as_str(),
        "ban"
    );
    Ok(row)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct BansQuery {
    /// Only bans in force (default true).
    active: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BansResponse {
    bans: Vec<store::BanRow>,
}

#[utoipa::path(get, path = "/api/v1/mod/bans", tag = "moderation", params(("site" = String, Query, description = "The site"), BansQuery),
    responses((status = 200, body = BansResponse), (status = 403)))]
pub(crate) async fn list_bans(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
    AppQuery(q): AppQuery<BansQuery>,
) -> AppResult<Json<BansResponse>> {
    Ok(Json(BansResponse {
        bans: store::bans(&state.db, &site, q.active.unwrap_or(true)).await?,
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct LiftQuery {
    reason: String,
}

/// Lift a ban or suspension (the undo of a ban).
#[utoipa::path(delete, path = "/api/v1/mod/bans/{id}", tag = "moderation", params(("id" = i64, Path), LiftQuery),
    responses((status = 200), (status = 403), (status = 404), (status = 409)))]
pub(crate) async fn lift_ban(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppQuery(q): AppQuery<LiftQuery>,
) -> AppResult<Json<serde_json::Value>> {
    lift(&state, &moderator, id, &q.reason).await?;
    Ok(Json(json!({"lifted": id})))
}

pub async fn lift(state: &AppState, moderator: &Moderator, id: i64, reason: &str) -> AppResult<()> {
    let reason = domain::reason(reason)?;
    let ban = store::ban(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no ban {id}")))?;
    moderator.require(&ban.site_id)?;
    if ban.lifted_at.is_some() {
        return Err(AppError::Conflict(format!("ban {id} was already lifted")));
    }
    store::lift_ban(&state.db, &ban, moderator.user.id, &reason).await?;
    Ok(())
}

/// Bans in the database: which are in force, placing and lifting them (with the log).
pub mod store {
    use sqlx::FromRow;

    use crate::db::{now_ms, Db};
    use crate::enforcement::domain::{BanKind, Target};
    use crate::enforcement::log::store::LogEntry;

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
        #[sqlx(try_from = "String")]
        pub kind: BanKind,
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
        pub kind: BanKind,
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
            action: ban.kind.as_str(),
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
    .bind(ban.kind.as_str())
    .bind(ban.reason)
    .bind(ban.until)
    .bind(ban.actor)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?;
        let mut removed = 0;
        if let (true, Some(reader)) = (ban.remove_votes, reader) {
            removed = crate::comments::store::remove_votes_of(tx, ban.site_id, reader).await?;
        }
        Ok((row, removed))
    }

    pub async fn lift_ban(
        db: &Db,
        ban: &BanRow,
        actor: i64,
        reason: &str,
    ) -> Result<(), sqlx::Error> {
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

    /// The bans placed on a reader, on every site.
    pub async fn of_reader(db: &Db, reader: i64) -> Result<Vec<BanRow>, sqlx::Error> {
        sqlx::query_as(&format!(
            "SELECT {BAN_COLUMNS} FROM bans WHERE reader_id = $1 ORDER BY created_at"
        ))
        .bind(reader)
        .fetch_all(&db.pool)
        .await
    }
}
