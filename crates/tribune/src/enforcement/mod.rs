//! Enforcement: the "we will ban you" of the house rules. Not named `moderation`, which is the
//! crate that judges text; this module acts on people and on what they wrote.
//!
//! In the comment pipeline it answers the write path's questions through [`Gate`]: before a
//! text is judged, [`Gate::standing`] stops a banned author; after the house rules refuse a
//! text, [`Gate::strike`] counts the refusal and may suspend or ban; [`Gate::place`] decides
//! whether an allowed comment still waits for a moderator (pre-moderation, ban evasion).
//! The rest are the moderators' tools (`/api/v1/mod/...`), one file per purpose, each with its
//! handlers above the queries they run: [`queue`] (decisions on comments), [`reports`],
//! [`bans`], [`appeals`], [`readers`], [`log`] and the site [`settings`]. Every action takes a
//! reason and writes the log in the same transaction as its effect.

pub mod appeals;
pub mod bans;
pub mod domain;
pub mod log;
pub mod queue;
pub mod readers;
pub mod reports;
pub mod screen;
pub mod settings;
pub mod strikes;

use std::sync::Arc;

use axum::routing::{delete, get, post, put};
use axum::Router;
use moderation::Policy;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::db::Db;
use crate::notices::Notices;

/// Enforcement's answers to the comment write path (`comments::post`), which reaches them as
/// `state.enforcement`: enforcement acts on comments, so comments do not import it. Each
/// answer is written beside the tables it reads: `standing` in [`bans`], `strike` in
/// [`strikes`], `place` in [`screen`].
#[derive(Clone)]
pub struct Gate {
    db: Db,
    policy: Arc<Policy>,
    notices: Notices,
}

impl Gate {
    pub fn new(db: &Db, policy: &Arc<Policy>, notices: &Notices) -> Gate {
        Gate {
            db: db.clone(),
            policy: Arc::clone(policy),
            notices: notices.clone(),
        }
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mod/queue", get(queue::queue))
        .route(
            "/api/v1/mod/comments/{id}/{action}",
            post(queue::act_on_comment),
        )
        .route("/api/v1/mod/bulk", post(queue::bulk))
        .route(
            "/api/v1/mod/bans",
            post(bans::create_ban).get(bans::list_bans),
        )
        .route("/api/v1/mod/bans/{id}", delete(bans::lift_ban))
        .route("/api/v1/mod/readers/{id}", get(readers::reader))
        .route("/api/v1/mod/readers/{id}/warn", post(readers::warn))
        .route("/api/v1/mod/readers/{id}/unwarn", post(readers::unwarn))
        .route(
            "/api/v1/mod/readers/{id}/premod",
            post(readers::premod_reader),
        )
        .route("/api/v1/mod/log", get(log::log))
        .route("/api/v1/mod/search", get(readers::search))
        .route("/api/v1/mod/appeals", get(appeals::list_appeals))
        .route("/api/v1/mod/appeals/{id}", post(appeals::resolve_appeal))
        .route(
            "/api/v1/mod/sites/{site}/premod",
            put(settings::set_premod).get(settings::get_premod),
        )
        .route(
            "/api/v1/mod/sites/{site}/roles",
            put(readers::set_role).get(readers::team),
        )
        .route("/api/v1/comments/{id}/report", post(reports::report))
        .route("/api/v1/mod/supporters", post(readers::grant_support))
        .route("/api/v1/notices", get(readers::notices))
        .route("/api/v1/appeals", post(appeals::appeal))
}

/// Rows about one author in the enforcement tables (strikes, bans): `$R` is the reader id (-1
/// for an anonymous author) and `$IP` the address, which identifies anonymous authors only.
pub(crate) fn author_clause(r: usize, ip: usize) -> String {
    format!("(reader_id = ${r} OR (reader_id IS NULL AND ip = ${ip} AND ${r} = -1))")
}

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
