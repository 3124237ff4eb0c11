//! A site's settings: pre-moderation, the report threshold, the supporter badge.

use axum::extract::{Path, State};
use axum::Json;
use serde_json::json;

use super::{log, PremodPath};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::extract::{Moderator, SiteModerator};
use crate::sites::store::SiteSettings;

/// A site's pre-moderation modes, report threshold and supporter badge (admins).
#[utoipa::path(put, path = "/api/v1/mod/sites/{site}/premod", tag = "moderation", request_body = SiteSettings,
    responses((status = 200, body = SiteSettings), (status = 400), (status = 403)))]
pub(crate) async fn set_premod(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(p): Path<PremodPath>,
    AppJson(input): AppJson<SiteSettings>,
) -> AppResult<Json<SiteSettings>> {
    save_premod(&state, &moderator, &p.site, &input).await?;
    Ok(Json(input))
}

/// Checks and stores a site's pre-moderation settings, logged (the API and the settings page).
pub async fn save_premod(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    input: &SiteSettings,
) -> AppResult<()> {
    moderator.require_admin(site)?;
    if input.new_readers < 0 || input.reports_to_hold < 0 {
        return Err(AppError::invalid(
            "new_readers",
            "and reports_to_hold must be 0 or more",
        ));
    }
    if !(0.0..=1.0).contains(&input.refusal_rate) {
        return Err(AppError::invalid("refusal_rate", "must be between 0 and 1"));
    }
    crate::sites::store::set_premod(&state.db, site, input).await?;
    state.sites.forget(site);
    log::store::log_only(
        &state.db,
        &log::store::LogEntry {
            site_id: site,
            actor: Some(moderator.user.id),
            action: "settings",
            target: format!("site:{site}"),
            reason: "site settings changed",
            evidence: Some(json!(input)),
        },
    )
    .await?;
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/mod/sites/{site}/premod", tag = "moderation",
    responses((status = 200, body = SiteSettings), (status = 403)))]
pub(crate) async fn get_premod(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
) -> AppResult<Json<SiteSettings>> {
    Ok(Json(
        crate::sites::store::site(&state.db, &site)
            .await?
            .settings(),
    ))
}
