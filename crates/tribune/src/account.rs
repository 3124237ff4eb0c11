//! A reader's own account, as the widget and their settings show it: who they are, their
//! roles, and the sites they support; everything Tribune holds about them, as a download; and
//! the deletion of the account (#15). It sits above the capabilities it reads and erases, so
//! that none of them imports another: each erases its own tables, in one transaction.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::domain::Role;
use crate::auth::store;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::extract::AuthUser;
use crate::{comments, enforcement};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/me", get(me).delete(delete_account))
        .route("/api/v1/me/export", get(export))
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

/// Everything Tribune holds about the signed-in reader, as a JSON download: their profile,
/// roles, comments, votes, reports, appeals, support and sessions, and what moderators
/// recorded about them (bans, strikes, warnings and other log entries).
#[utoipa::path(get, path = "/api/v1/me/export", tag = "auth",
    responses((status = 200, description = "`{format: \"tribune-me/1\", exported_at, profile, roles, comments, votes, reports, appeals, support, sessions, bans, strikes, moderation}` as an attachment"), (status = 401)))]
pub(crate) async fn export(State(state): State<AppState>, user: AuthUser) -> AppResult<Response> {
    let db = &state.db;
    let id = user.id;
    let reader = store::reader(db, id).await?.ok_or(AppError::Unauthorized)?;
    let comments: Vec<Value> = comments::store::of_author(db, id)
        .await?
        .into_iter()
        .map(|p| {
            let c = &p.comment;
            json!({"id": c.id, "site": p.site_id, "url": p.url, "parent_id": c.parent_id,
                   "body": c.body, "status": c.status, "created_at": rfc3339(c.created_at),
                   "edited_at": c.edited_at.map(rfc3339), "upvotes": c.upvotes,
                   "downvotes": c.downvotes, "ip": p.ip})
        })
        .collect();
    let votes: Vec<Value> = comments::store::votes_by(db, id)
        .await?
        .into_iter()
        .map(|(comment, value, at)| json!({"comment_id": comment, "value": value, "at": rfc3339(at)}))
        .collect();
    let reports: Vec<Value> = enforcement::reports::store::by_reporter(db, id)
        .await?
        .into_iter()
        .map(|(site, comment, reason, at)| {
            json!({"site": site, "comment_id": comment, "reason": reason, "at": rfc3339(at)})
        })
        .collect();
    let strikes: Vec<Value> = enforcement::strikes::store::of_reader(db, id)
        .await?
        .into_iter()
        .map(|(site, rule, excerpt, at)| {
            json!({"site": site, "rule": rule, "excerpt": excerpt, "at": rfc3339(at)})
        })
        .collect();
    let sessions: Vec<Value> = store::sessions_of(db, id)
        .await?
        .into_iter()
        .map(|(from, to)| json!({"created_at": rfc3339(from), "expires_at": rfc3339(to)}))
        .collect();
    let moderation: Vec<Value> = enforcement::log::store::about(db, &format!("reader:{id}"))
        .await?
        .iter()
        .map(|row| {
            json!({"site": row.site_id, "action": row.action, "reason": row.reason,
                          "at": rfc3339(row.created_at)})
        })
        .collect();
    let body = json!({
        "format": "tribune-me/1",
        "exported_at": rfc3339(crate::db::now_ms()),
        "profile": {"id": reader.id, "name": reader.name, "email": reader.email,
                    "sso_site": reader.sso_site, "sso_email": reader.sso_email,
                    "created_at": rfc3339(reader.created_at)},
        "roles": store::roles(db, id).await?.into_iter()
            .map(|r| json!({"site": r.site_id, "role": r.role})).collect::<Vec<_>>(),
        "comments": comments,
        "votes": votes,
        "reports": reports,
        "appeals": enforcement::appeals::store::of_reader(db, id).await?,
        "support": crate::billing::support_of(&state, id).await?,
        "sessions": sessions,
        "bans": enforcement::bans::store::of_reader(db, id).await?,
        "strikes": strikes,
        "moderation": moderation,
    });
    let name = format!("attachment; filename=\"tribune-account-{id}.json\"");
    Ok(([(header::CONTENT_DISPOSITION, name)], Json(body)).into_response())
}

/// What becomes of a deleted account's comments.
#[derive(Clone, Copy, Debug, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentsChoice {
    /// Placeholders where they were, so that replies keep their place.
    Remove,
    /// Still shown, under "deleted account".
    Keep,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteRequest {
    /// Must be `delete my account`: the confirmation.
    confirm: String,
    comments: CommentsChoice,
}

/// The confirmation `DELETE /api/v1/me` asks for, word for word.
const CONFIRMATION: &str = "delete my account";

/// Delete the signed-in reader's account. Their comments are removed (placeholders keep the
/// replies in place) or kept under "deleted account", as they choose; their votes, reports'
/// texts, appeals' texts, sessions, roles, browsers and support go; the moderation log keeps
/// that actions happened, not the evidence quoting them. A running Stripe subscription is
/// cancelled first, in the customer portal (`409` until then).
#[utoipa::path(delete, path = "/api/v1/me", tag = "auth", request_body = DeleteRequest,
    responses((status = 200, description = "`{deleted: id, comments: \"removed\" | \"kept\"}`"), (status = 400), (status = 401), (status = 409)))]
pub(crate) async fn delete_account(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<DeleteRequest>,
) -> AppResult<Response> {
    if input.confirm.trim() != CONFIRMATION {
        return Err(AppError::invalid(
            "confirm",
            &format!("must be \"{CONFIRMATION}\": deleting an account cannot be undone"),
        ));
    }
    let id = user.id;
    let paying = crate::billing::support_of(&state, id)
        .await?
        .into_iter()
        .any(|s| s.source == "stripe" && s.status != "canceled");
    if paying {
        return Err(AppError::Conflict(
            "cancel your support in the customer portal first: the subscription runs at Stripe"
                .into(),
        ));
    }
    let keep = matches!(input.comments, CommentsChoice::Keep);
    let mut tx = state.db.writer.begin().await?;
    let erased = comments::store::erase_author(&mut tx, id, keep).await?;
    enforcement::reports::store::erase_reporter(&mut tx, id).await?;
    enforcement::appeals::store::erase_reader(&mut tx, id).await?;
    enforcement::strikes::store::erase_reader(&mut tx, id).await?;
    enforcement::screen::store::erase_reader(&mut tx, id).await?;
    let targets: Vec<String> = std::iter::once(format!("reader:{id}"))
        .chain(erased.iter().map(|c| format!("comment:{c}")))
        .collect();
    enforcement::log::store::forget_evidence(&mut tx, &targets).await?;
    crate::billing::store::erase_reader(&mut tx, id).await?;
    store::erase_reader(&mut tx, id).await?;
    tx.commit().await?;
    tracing::info!(reader = id, keep, "account deleted");
    let body = json!({"deleted": id, "comments": if keep { "kept" } else { "removed" }});
    Ok(crate::auth::clear_cookie(Json(body).into_response()))
}
