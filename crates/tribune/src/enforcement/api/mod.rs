//! The moderation API (`/api/v1/mod/...`, moderators only) and the two reader endpoints that
//! feed it: reporting a comment and appealing a ban. Every action takes a reason and writes
//! the moderation log in the same transaction as its effect.

// Shared by the files below (each starts with `use super::*`).
use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain::{self, BanKind, BanTargetInput, Target};
use super::store::{self, LogEntry};
use crate::app::AppState;
use crate::comments::store::CommentRow;
use crate::comments::CommentJson;
use crate::db::{now_ms, rfc3339};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, AuthUser, Moderator};
use crate::sites::store::SiteSettings;

mod appeals;
mod bans;
mod logbook;
mod readers;
mod review;
mod settings;

pub use appeals::*;
pub use bans::*;
pub use logbook::*;
pub use readers::*;
pub use review::*;
pub use settings::*;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mod/queue", get(queue))
        .route("/api/v1/mod/comments/{id}/{action}", post(act_on_comment))
        .route("/api/v1/mod/bulk", post(bulk))
        .route("/api/v1/mod/bans", post(create_ban).get(list_bans))
        .route("/api/v1/mod/bans/{id}", delete(lift_ban))
        .route("/api/v1/mod/readers/{id}", get(reader))
        .route("/api/v1/mod/readers/{id}/warn", post(warn))
        .route("/api/v1/mod/readers/{id}/unwarn", post(unwarn))
        .route("/api/v1/mod/readers/{id}/premod", post(premod_reader))
        .route("/api/v1/mod/log", get(log))
        .route("/api/v1/mod/search", get(search))
        .route("/api/v1/mod/appeals", get(list_appeals))
        .route("/api/v1/mod/appeals/{id}", post(resolve_appeal))
        .route(
            "/api/v1/mod/sites/{site}/premod",
            put(set_premod).get(get_premod),
        )
        .route("/api/v1/mod/sites/{site}/roles", put(set_role).get(team))
        .route("/api/v1/comments/{id}/report", post(report))
        .route("/api/v1/notices", get(notices))
        .route("/api/v1/appeals", post(appeal))
}

/// Every route above that only moderators may reach, for the test that tries them all.
pub const MODERATOR_ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/v1/mod/queue?site=news"),
    ("POST", "/api/v1/mod/comments/1/approve"),
    ("POST", "/api/v1/mod/comments/1/refuse"),
    ("POST", "/api/v1/mod/comments/1/delete"),
    ("POST", "/api/v1/mod/comments/1/restore"),
    ("POST", "/api/v1/mod/bulk"),
    ("POST", "/api/v1/mod/bans"),
    ("GET", "/api/v1/mod/bans?site=news"),
    ("DELETE", "/api/v1/mod/bans/1?reason=x"),
    ("GET", "/api/v1/mod/readers/1?site=news"),
    ("POST", "/api/v1/mod/readers/1/warn"),
    ("POST", "/api/v1/mod/readers/1/unwarn"),
    ("POST", "/api/v1/mod/readers/1/premod"),
    ("GET", "/api/v1/mod/log?site=news"),
    ("GET", "/api/v1/mod/search?site=news&q=x"),
    ("GET", "/api/v1/mod/appeals?site=news"),
    ("POST", "/api/v1/mod/appeals/1"),
    ("PUT", "/api/v1/mod/sites/news/premod"),
    ("GET", "/api/v1/mod/sites/news/premod"),
    ("PUT", "/api/v1/mod/sites/news/roles"),
    ("GET", "/api/v1/mod/sites/news/roles"),
    ("GET", "/api/v1/mod/campaigns?site=news"),
    ("GET", "/api/v1/mod/campaigns/campaign-x?site=news"),
    ("POST", "/api/v1/mod/campaigns/ban"),
    ("POST", "/api/v1/mod/campaigns/hold"),
    ("POST", "/api/v1/mod/campaigns/dismiss"),
];

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SiteQuery {
    site: String,
    /// Queue: items per page (1 to 200, default 50).
    limit: Option<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    /// Why (required; refusals show it to the author).
    reason: String,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct PremodPath {
    site: String,
}
