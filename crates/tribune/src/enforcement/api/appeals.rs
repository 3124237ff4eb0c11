//! Appeals: a banned reader files one, moderators answer.

use super::*;

#[derive(Debug, Serialize, ToSchema)]
pub struct AppealsResponse {
    appeals: Vec<store::AppealRow>,
}

/// Open appeals, oldest first.
#[utoipa::path(get, path = "/api/v1/mod/appeals", tag = "moderation", params(SiteQuery),
    responses((status = 200, body = AppealsResponse), (status = 403)))]
pub(crate) async fn list_appeals(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<AppealsResponse>> {
    moderator.require(&q.site)?;
    Ok(Json(AppealsResponse {
        appeals: store::appeals(&state.db, &q.site, true).await?,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolveAppealRequest {
    /// true lifts the ban.
    accept: bool,
    /// The answer the reader sees.
    reason: String,
}

/// Accept (lifting the ban) or reject an appeal.
#[utoipa::path(post, path = "/api/v1/mod/appeals/{id}", tag = "moderation", request_body = ResolveAppealRequest,
    responses((status = 200), (status = 403), (status = 404), (status = 409)))]
pub(crate) async fn resolve_appeal(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ResolveAppealRequest>,
) -> AppResult<Json<serde_json::Value>> {
    answer_appeal(&state, &moderator, id, input.accept, &input.reason).await?;
    Ok(Json(
        json!({"appeal": id, "outcome": if input.accept { "accepted" } else { "rejected" }}),
    ))
}

/// Accepts (lifting the ban) or rejects an appeal (the API and the moderation pages).
pub async fn answer_appeal(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    accept: bool,
    reason: &str,
) -> AppResult<()> {
    let reason = domain::reason(reason)?;
    let appeal = store::appeal(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no appeal {id}")))?;
    moderator.require(&appeal.site_id)?;
    if appeal.resolved_at.is_some() {
        return Err(AppError::Conflict(format!(
            "appeal {id} was already answered"
        )));
    }
    store::resolve_appeal(&state.db, &appeal, accept, &reason, moderator.user.id).await?;
    Ok(())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    site: String,
    /// What the reader wants the moderators to know (1 to 2000 characters).
    message: String,
}

/// Appeal one's own suspension or ban on a site: it lands in the moderators' appeals queue.
#[utoipa::path(post, path = "/api/v1/appeals", tag = "comments", request_body = AppealRequest,
    responses((status = 201, body = store::AppealRow), (status = 401), (status = 404), (status = 409)))]
pub(crate) async fn appeal(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<AppealRequest>,
) -> AppResult<(StatusCode, Json<store::AppealRow>)> {
    let message = input.message.trim();
    if message.is_empty() || message.chars().count() > 2000 {
        return Err(AppError::invalid("message", "must be 1 to 2000 characters"));
    }
    let ban = store::bans(&state.db, &input.site, true)
        .await?
        .into_iter()
        .find(|b| b.reader_id == Some(user.id))
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "you have no suspension or ban on {:?} to appeal",
                input.site
            ))
        })?;
    if store::open_appeal_for(&state.db, ban.id).await?.is_some() {
        return Err(AppError::Conflict(
            "your appeal of this ban is already with the moderators".into(),
        ));
    }
    Ok((
        StatusCode::CREATED,
        Json(store::insert_appeal(&state.db, &ban, user.id, message).await?),
    ))
}
