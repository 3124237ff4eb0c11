//! Acting on readers: their record on a site, warnings, pre-moderation, the team's roles,
//! search, and the notices a reader sees.

use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain;
use super::{bans, log, screen, PremodPath, SiteQuery};
use crate::app::AppState;
use crate::auth::domain::Role;
use crate::comments::view::CommentJson;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery};
use crate::extract::{AuthUser, Moderator, SiteModerator};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReaderActionRequest {
    site: String,
    reason: String,
    /// `premod`: on (true) or off (false).
    on: Option<bool>,
    /// `unwarn`: the warning to retract (the id `warn` answered).
    warning_id: Option<i64>,
}

/// Whether a moderator may act on a reader (ban, warn, pre-moderate): never on themselves,
/// and only admins act on the site's admins (#17: a moderator could ban the admin who
/// appointed them, and themselves).
pub(crate) async fn may_act_on(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    reader: i64,
) -> AppResult<()> {
    if reader == moderator.user.id {
        return Err(AppError::Forbidden(
            "you cannot act on yourself: ask another moderator".into(),
        ));
    }
    let target_is_admin = crate::auth::store::roles_on_site(&state.db, site, &[reader])
        .await?
        .iter()
        .any(|(_, role)| role == Role::Admin.as_str());
    if target_is_admin && moderator.require_admin(site).is_err() {
        return Err(AppError::Forbidden(format!(
            "reader {reader} is an admin of site {site:?}: only admins act on admins"
        )));
    }
    Ok(())
}

/// A moderator's action on a reader (`/api/v1/mod/readers/{id}/...`), checked before the
/// handler runs: the moderator of the site the body names, a reader who exists, a reason.
pub(crate) struct OnReader {
    moderator: Moderator,
    id: i64,
    input: ReaderActionRequest,
    reason: String,
}

impl FromRequest<AppState> for OnReader {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let moderator = Moderator::from_request_parts(&mut parts, state).await?;
        let Path(id) = Path::<i64>::from_request_parts(&mut parts, state)
            .await
            .map_err(|e| AppError::bad_request("invalid_path", e.body_text()))?;
        let AppJson(input) =
            AppJson::<ReaderActionRequest>::from_request(Request::from_parts(parts, body), state)
                .await?;
        moderator.require(&input.site)?;
        let reason = domain::reason(&input.reason)?;
        crate::auth::store::reader(&state.db, id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("no reader {id}")))?;
        may_act_on(state, &moderator, &input.site, id).await?;
        Ok(OnReader {
            moderator,
            id,
            input,
            reason,
        })
    }
}

impl OnReader {
    /// The action's entry in the moderation log.
    fn entry<'a>(&'a self, action: &'a str) -> log::store::LogEntry<'a> {
        log::store::LogEntry {
            site_id: &self.input.site,
            actor: Some(self.moderator.user.id),
            action,
            target: format!("reader:{}", self.id),
            reason: &self.reason,
            evidence: None,
        }
    }
}

/// Warn a reader: they see the reason with their next visit to the comments.
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/warn", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 201), (status = 403), (status = 404)))]
pub(crate) async fn warn(
    State(state): State<AppState>,
    action: OnReader,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let warning = log::store::log_only(&state.db, &action.entry("warn")).await?;
    Ok((StatusCode::CREATED, Json(json!({"warning_id": warning}))))
}

/// Retract a warning (the undo of `warn`).
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/unwarn", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn unwarn(
    State(state): State<AppState>,
    action: OnReader,
) -> AppResult<Json<serde_json::Value>> {
    let id = action.id;
    let warning = action
        .input
        .warning_id
        .ok_or_else(|| AppError::invalid("warning_id", "is required: the id `warn` answered"))?;
    let warnings = log::store::warnings(&state.db, &action.input.site, id).await?;
    if !warnings.iter().any(|w| w.id == warning) {
        return Err(AppError::NotFound(format!(
            "reader {id} has no standing warning {warning}"
        )));
    }
    log::store::log_only(
        &state.db,
        &log::store::LogEntry {
            evidence: Some(json!({"warning_id": warning})),
            ..action.entry("unwarn")
        },
    )
    .await?;
    Ok(Json(json!({"retracted": warning})))
}

/// Put a reader on pre-moderation, or take them off it.
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/premod", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn premod_reader(
    State(state): State<AppState>,
    action: OnReader,
) -> AppResult<Json<serde_json::Value>> {
    let on = action
        .input
        .on
        .ok_or_else(|| AppError::invalid("on", "is required: true or false"))?;
    let entry = action.entry(if on { "premod" } else { "unpremod" });
    screen::store::set_premod_reader(&state.db, &action.input.site, action.id, on, &entry).await?;
    Ok(Json(json!({"reader": action.id, "premod": on})))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReaderResponse {
    id: i64,
    name: String,
    email: Option<String>,
    history: store::History,
    bans: Vec<bans::store::BanRow>,
    premod: bool,
    #[schema(value_type = Vec<Object>)]
    warnings: Vec<serde_json::Value>,
    /// Their support of this site, if any (Stripe or an admin's grant).
    supporter: Option<crate::billing::Support>,
}

/// A reader's record on a site: comments by status, strikes, bans, warnings, reports.
#[utoipa::path(get, path = "/api/v1/mod/readers/{id}", tag = "moderation", params(("id" = i64, Path), SiteQuery),
    responses((status = 200, body = ReaderResponse), (status = 403), (status = 404)))]
pub(crate) async fn reader(
    State(state): State<AppState>,
    SiteModerator { moderator, site }: SiteModerator,
    Path(id): Path<i64>,
) -> AppResult<Json<ReaderResponse>> {
    // A reader who never did anything on this site is none of its moderators' business.
    let r = match crate::auth::store::reader(&state.db, id).await? {
        Some(r) if store::active_on(&state.db, &site, id).await? => r,
        _ => {
            return Err(AppError::NotFound(format!(
                "no reader {id} on site {site:?}"
            )))
        }
    };
    let bans = bans::store::bans(&state.db, &site, false)
        .await?
        .into_iter()
        .filter(|b| b.reader_id == Some(id))
        .collect();
    Ok(Json(ReaderResponse {
        id,
        name: r.name,
        email: r.email.filter(|_| moderator.sees_emails(&site)),
        history: store::history(&state.db, &site, Some(id), "").await?,
        bans,
        premod: screen::store::is_premod_reader(&state.db, &site, id).await?,
        warnings: log::store::warnings(&state.db, &site, id)
            .await?
            .into_iter()
            .map(|w| json!({"id": w.id, "reason": w.reason, "at": rfc3339(w.created_at)}))
            .collect(),
        supporter: crate::billing::support_of(&state, id)
            .await?
            .into_iter()
            .find(|s| s.site == site),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TeamMember {
    pub reader_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub role: String,
}

/// A site's moderators and admins.
#[utoipa::path(get, path = "/api/v1/mod/sites/{site}/roles", tag = "moderation",
    responses((status = 200, body = Vec<TeamMember>), (status = 403)))]
pub(crate) async fn team(
    State(state): State<AppState>,
    SiteModerator { moderator, site }: SiteModerator,
) -> AppResult<Json<Vec<TeamMember>>> {
    Ok(Json(site_team(&state, &moderator, &site).await?))
}

/// A site's team as `moderator` may see it (emails for admins only).
pub async fn site_team(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
) -> AppResult<Vec<TeamMember>> {
    let emails = moderator.sees_emails(site);
    Ok(crate::auth::store::site_team(&state.db, site)
        .await?
        .into_iter()
        .map(|(reader_id, name, email, role)| TeamMember {
            reader_id,
            name,
            email: email.filter(|_| emails),
            role,
        })
        .collect())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    /// The account's email (it must exist: the person signs up first).
    pub email: String,
    /// `moderator`, `admin`, or null to remove the role.
    pub role: Option<String>,
}

/// Make an account a moderator or admin of the site, or take the role away (admins).
#[utoipa::path(put, path = "/api/v1/mod/sites/{site}/roles", tag = "moderation", request_body = RoleRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn set_role(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(p): Path<PremodPath>,
    AppJson(input): AppJson<RoleRequest>,
) -> AppResult<Json<serde_json::Value>> {
    change_role(&state, &moderator, &p.site, &input).await?;
    Ok(Json(json!({"email": input.email, "role": input.role})))
}

pub async fn change_role(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    input: &RoleRequest,
) -> AppResult<()> {
    moderator.require_admin(site)?;
    let role: Option<Role> = input.role.as_deref().map(str::parse).transpose()?;
    let email = crate::auth::domain::Email::parse(&input.email)?;
    let reader = crate::auth::store::reader_by_email(&state.db, email.as_str())
        .await?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "no account with email {}: they sign up first",
                email.as_str()
            ))
        })?;
    if reader.id == moderator.user.id && role != Some(Role::Admin) {
        return Err(AppError::Forbidden(
            "you cannot remove your own admin role: ask another admin".into(),
        ));
    }
    match role {
        Some(role) => crate::auth::store::set_role(&state.db, site, reader.id, role).await?,
        None => crate::auth::store::remove_role(&state.db, site, reader.id).await?,
    }
    log::store::log_only(
        &state.db,
        &log::store::LogEntry {
            site_id: site,
            actor: Some(moderator.user.id),
            action: "role",
            target: format!("reader:{}", reader.id),
            reason: &format!("role set to {}", role.map_or("none", Role::as_str)),
            evidence: None,
        },
    )
    .await?;
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NoticesResponse {
    /// Warnings from the site's moderators still in force.
    #[schema(value_type = Vec<Object>)]
    warnings: Vec<serde_json::Value>,
}

/// What the site's moderators want the signed-in reader to know (warnings).
#[utoipa::path(get, path = "/api/v1/notices", tag = "comments", params(SiteQuery),
    responses((status = 200, body = NoticesResponse), (status = 401)))]
pub(crate) async fn notices(
    State(state): State<AppState>,
    user: AuthUser,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<NoticesResponse>> {
    Ok(Json(NoticesResponse {
        warnings: log::store::warnings(&state.db, &q.site, user.id)
            .await?
            .into_iter()
            .map(|w| json!({"reason": w.reason, "at": rfc3339(w.created_at)}))
            .collect(),
    }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SearchQuery {
    q: String,
}

/// Comments containing the text, and readers whose name or email contains it.
#[utoipa::path(get, path = "/api/v1/mod/search", tag = "moderation", params(("site" = String, Query, description = "The site"), SearchQuery),
    responses((status = 200), (status = 400), (status = 403)))]
pub(crate) async fn search(
    State(state): State<AppState>,
    SiteModerator { moderator, site }: SiteModerator,
    AppQuery(q): AppQuery<SearchQuery>,
) -> AppResult<Json<serde_json::Value>> {
    let text = q.q.trim();
    if text.chars().count() < 2 {
        return Err(AppError::invalid("q", "must have at least 2 characters"));
    }
    let (comments, readers) = store::search(&state.db, &site, text).await?;
    let emails = moderator.sees_emails(&site);
    Ok(Json(json!({
        "comments": comments.iter().map(|r| json!({"comment": CommentJson::for_moderators(&r.comment), "url": r.url})).collect::<Vec<_>>(),
        "readers": readers.iter().map(|(id, name, email)| json!({"id": id, "name": name, "email": email.as_ref().filter(|_| emails)})).collect::<Vec<_>>(),
    })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantRequest {
    site: String,
    reader_id: i64,
    /// RFC 3339 end; omit for open-ended support.
    until: Option<String>,
    /// Why (staff, gift, ...).
    note: String,
    /// End a grant now.
    #[serde(default)]
    revoke: bool,
}

/// Grant a reader supporter status (staff, gifts), or revoke a grant (site admins).
#[utoipa::path(post, path = "/api/v1/mod/supporters", tag = "moderation", request_body = GrantRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn grant_support(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<GrantRequest>,
) -> AppResult<Json<serde_json::Value>> {
    moderator.require_admin(&input.site)?;
    let note = domain::reason(&input.note)?;
    crate::auth::store::reader(&state.db, input.reader_id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no reader {}", input.reader_id)))?;
    let until = input
        .until
        .as_deref()
        .map(|raw| {
            crate::db::parse_rfc3339(raw)
                .ok_or_else(|| AppError::invalid("until", "is not an RFC 3339 time"))
        })
        .transpose()?;
    crate::billing::store::grant(
        &state.db,
        &input.site,
        input.reader_id,
        until,
        &note,
        Some(moderator.user.id),
        input.revoke,
    )
    .await?;
    log::store::log_only(
        &state.db,
        &log::store::LogEntry {
            site_id: &input.site,
            actor: Some(moderator.user.id),
            action: if input.revoke { "unsupport" } else { "support" },
            target: format!("reader:{}", input.reader_id),
            reason: &note,
            evidence: Some(json!({"until": until.map(rfc3339)})),
        },
    )
    .await?;
    Ok(Json(
        json!({"reader_id": input.reader_id, "supporter": !input.revoke, "until": until.map(rfc3339)}),
    ))
}

/// Readers' records in the database.
pub mod store {
    use crate::comments::store::{self as comments, PostedComment};
    use crate::db::Db;
    use crate::enforcement::author_clause;

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
        let counts = comments::count_by_author(db, site_id, reader, ip, 0).await?;
        let mut h = History {
            comments: counts.total(),
            visible: counts.visible,
            rejected: counts.rejected,
            pending: counts.pending,
            reports_against: counts.reports,
            ..History::default()
        };
        let subject = reader.unwrap_or(-1);
        let strikes = format!(
            "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND {}",
            author_clause(2, 3)
        );
        let bans = format!(
            "SELECT COUNT(*) FROM bans WHERE site_id = $1 AND {}",
            author_clause(2, 3)
        );
        for (sql, slot) in [
            (strikes.as_str(), &mut h.strikes),
            (bans.as_str(), &mut h.bans),
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
    ) -> Result<(Vec<PostedComment>, Vec<(i64, String, Option<String>)>), sqlx::Error> {
        let pattern = format!(
            "%{}%",
            q.to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let comments = comments::search(db, site_id, &pattern).await?;
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

    /// Whether a reader did anything on a site: commented, voted, reported, appealed, holds a
    /// role, a ban, a strike or support there.
    pub async fn active_on(db: &Db, site_id: &str, reader: i64) -> Result<bool, sqlx::Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT c.author_id FROM comments c JOIN pages p ON p.id = c.page_id
             WHERE c.author_id = $2 AND p.site_id = $1
         UNION ALL SELECT v.reader_id FROM votes v JOIN comments c ON c.id = v.comment_id
             JOIN pages p ON p.id = c.page_id WHERE v.reader_id = $2 AND p.site_id = $1
         UNION ALL SELECT reporter_id FROM reports WHERE reporter_id = $2 AND site_id = $1
         UNION ALL SELECT reader_id FROM appeals WHERE reader_id = $2 AND site_id = $1
         UNION ALL SELECT reader_id FROM roles WHERE reader_id = $2 AND site_id = $1
         UNION ALL SELECT reader_id FROM bans WHERE reader_id = $2 AND site_id = $1
         UNION ALL SELECT reader_id FROM strikes WHERE reader_id = $2 AND site_id = $1
         UNION ALL SELECT reader_id FROM supporters WHERE reader_id = $2 AND site_id = $1
         LIMIT 1",
        )
        .bind(site_id)
        .bind(reader)
        .fetch_optional(&db.pool)
        .await?;
        Ok(found.is_some())
    }
}
