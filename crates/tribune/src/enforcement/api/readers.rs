//! Acting on readers: warnings, pre-moderation, their record, the team's roles, and the
//! notices a reader sees.

use super::*;

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

/// Warn a reader: they see the reason with their next visit to the comments.
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/warn", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 201), (status = 403), (status = 404)))]
pub(crate) async fn warn(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReaderActionRequest>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let reason = reader_action(&state, &moderator, id, &input).await?;
    let warning = store::log_only(
        &state.db,
        &reader_entry(&input, &moderator, id, "warn", &reason),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(json!({"warning_id": warning}))))
}

/// Retract a warning (the undo of `warn`).
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/unwarn", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn unwarn(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReaderActionRequest>,
) -> AppResult<Json<serde_json::Value>> {
    let reason = reader_action(&state, &moderator, id, &input).await?;
    let warning = input
        .warning_id
        .ok_or_else(|| AppError::invalid("warning_id", "is required: the id `warn` answered"))?;
    let warnings = store::warnings(&state.db, &input.site, id).await?;
    if !warnings.iter().any(|w| w.id == warning) {
        return Err(AppError::NotFound(format!(
            "reader {id} has no standing warning {warning}"
        )));
    }
    store::log_only(
        &state.db,
        &LogEntry {
            evidence: Some(json!({"warning_id": warning})),
            ..reader_entry(&input, &moderator, id, "unwarn", &reason)
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
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReaderActionRequest>,
) -> AppResult<Json<serde_json::Value>> {
    let reason = reader_action(&state, &moderator, id, &input).await?;
    let on = input
        .on
        .ok_or_else(|| AppError::invalid("on", "is required: true or false"))?;
    store::set_premod_reader(
        &state.db,
        &input.site,
        id,
        on,
        &reader_entry(
            &input,
            &moderator,
            id,
            if on { "premod" } else { "unpremod" },
            &reason,
        ),
    )
    .await?;
    Ok(Json(json!({"reader": id, "premod": on})))
}

/// The log entry of a moderator's action on a reader.
fn reader_entry<'a>(
    input: &'a ReaderActionRequest,
    moderator: &Moderator,
    id: i64,
    action: &'a str,
    reason: &'a str,
) -> LogEntry<'a> {
    LogEntry {
        site_id: &input.site,
        actor: Some(moderator.user.id),
        action,
        target: format!("reader:{id}"),
        reason,
        evidence: None,
    }
}

/// Checks a moderator may act on a reader of a site; returns the parsed reason.
pub(crate) async fn reader_action(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    input: &ReaderActionRequest,
) -> AppResult<String> {
    moderator.require(&input.site)?;
    let reason = domain::reason(&input.reason)?;
    crate::auth::store::reader(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no reader {id}")))?;
    Ok(reason)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReaderResponse {
    id: i64,
    name: String,
    email: Option<String>,
    history: store::History,
    bans: Vec<store::BanRow>,
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
    moderator: Moderator,
    Path(id): Path<i64>,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<ReaderResponse>> {
    moderator.require(&q.site)?;
    let r = crate::auth::store::reader(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no reader {id}")))?;
    let bans = store::bans(&state.db, &q.site, false)
        .await?
        .into_iter()
        .filter(|b| b.reader_id == Some(id))
        .collect();
    Ok(Json(ReaderResponse {
        id,
        name: r.name,
        email: r.email,
        history: store::history(&state.db, &q.site, Some(id), "").await?,
        bans,
        premod: store::is_premod_reader(&state.db, &q.site, id).await?,
        warnings: store::warnings(&state.db, &q.site, id)
            .await?
            .into_iter()
            .map(|w| json!({"id": w.id, "reason": w.reason, "at": rfc3339(w.created_at)}))
            .collect(),
        supporter: crate::billing::support_of(&state, id)
            .await?
            .into_iter()
            .find(|s| s.site == q.site),
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
    moderator: Moderator,
    Path(p): Path<PremodPath>,
) -> AppResult<Json<Vec<TeamMember>>> {
    moderator.require(&p.site)?;
    Ok(Json(site_team(&state, &p.site).await?))
}

pub async fn site_team(state: &AppState, site: &str) -> AppResult<Vec<TeamMember>> {
    Ok(crate::auth::store::site_team(&state.db, site)
        .await?
        .into_iter()
        .map(|(reader_id, name, email, role)| TeamMember {
            reader_id,
            name,
            email,
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
    let role = input.role.as_deref();
    if !matches!(role, None | Some("moderator" | "admin")) {
        return Err(AppError::invalid(
            "role",
            "must be moderator, admin or null",
        ));
    }
    let email = crate::auth::domain::Email::parse(&input.email)?;
    let reader = crate::auth::store::reader_by_email(&state.db, email.as_str())
        .await?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "no account with email {}: they sign up first",
                email.as_str()
            ))
        })?;
    if reader.id == moderator.user.id && role != Some("admin") {
        return Err(AppError::Forbidden(
            "you cannot remove your own admin role: ask another admin".into(),
        ));
    }
    match role {
        Some(role) => crate::auth::store::set_role(&state.db, site, reader.id, role).await?,
        None => crate::auth::store::remove_role(&state.db, site, reader.id).await?,
    }
    store::log_only(
        &state.db,
        &LogEntry {
            site_id: site,
            actor: Some(moderator.user.id),
            action: "role",
            target: format!("reader:{}", reader.id),
            reason: &format!("role set to {}", role.unwrap_or("none")),
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
        warnings: store::warnings(&state.db, &q.site, user.id)
            .await?
            .into_iter()
            .map(|w| json!({"reason": w.reason, "at": rfc3339(w.created_at)}))
            .collect(),
    }))
}
