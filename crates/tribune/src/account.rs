//! A reader's own account, as the widget and their settings show it: who they are, their
//! roles, and the sites they support. It sits above the capabilities it reads (`auth` for
//! identity and roles, `billing` for support), so that none of them imports another to
//! assemble it.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::domain::Role;
use crate::auth::store;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::AuthUser;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/me", get(me))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    id: i64,
    name: String,
    email: Option<String>,
    /// The site whose single sign-on created this reader, if any.
    sso_site: Option<String>,
    created_at: String,
    roles: Vec<RoleEntry>,
    csrf_token: String,
    /// The sites this reader supports now (no ads there), with the source and end.
    supporter: Vec<crate::billing::Support>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoleEntry {
    site: String,
    role: Role,
}

/// The signed-in reader.
#[utoipa::path(get, path = "/api/v1/me", tag = "auth", responses((status = 200, body = Me), (status = 401)))]
pub(crate) async fn me(State(state): State<AppState>, user: AuthUser) -> AppResult<Json<Me>> {
    let reader = store::reader(&state.db, user.id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let roles = store::roles(&state.db, user.id)
        .await?
        .into_iter()
        .map(|r| RoleEntry {
            site: r.site_id,
            role: r.role,
        })
        .collect();
    Ok(Json(Me {
        id: reader.id,
        name: reader.name,
        email: reader.email.or(reader.sso_email),
        sso_site: reader.sso_site,
        created_at: rfc3339(reader.created_at),
        roles,
        csrf_token: user.csrf_token,
        supporter: crate::billing::support_of(&state, user.id).await?,
    }))
}
