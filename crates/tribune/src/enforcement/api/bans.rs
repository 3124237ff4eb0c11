//! Bans: placing them on readers, addresses, ranges, emails and domains, listing and lifting.

use super::*;

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
    }
    let row = store::insert_ban(
        &state.db,
        &store::NewBan {
            site_id: &input.site,
            target: &target,
            kind: input.kind.as_str(),
            until,
            reason: &reason,
            actor: moderator.user.id,
            remove_votes: input.remove_votes,
        },
    )
    .await?;
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
    site: String,
    /// Only bans in force (default true).
    active: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BansResponse {
    bans: Vec<store::BanRow>,
}

#[utoipa::path(get, path = "/api/v1/mod/bans", tag = "moderation", params(BansQuery),
    responses((status = 200, body = BansResponse), (status = 403)))]
pub(crate) async fn list_bans(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<BansQuery>,
) -> AppResult<Json<BansResponse>> {
    moderator.require(&q.site)?;
    Ok(Json(BansResponse {
        bans: store::bans(&state.db, &q.site, q.active.unwrap_or(true)).await?,
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
