//! The admins' webhook API: `POST /api/v1/admin/webhooks` `{site, url, events}` → `201`
//! `{id, secret, ...}`; `GET` (a site's, or one), `PATCH` (url, events, a new secret) and
//! `DELETE /api/v1/admin/webhooks/{id}`; the delivery log at `.../{id}/deliveries`, a test
//! event and replays. Only a site's admins reach its webhooks: they say where the site's
//! readers' data goes.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain::{new_secret, parse_endpoint, EventType, Events};
use super::store::{self, WebhookRow};
use crate::app::AppState;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, Moderator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/webhooks", post(create).get(list))
        .route(
            "/api/v1/admin/webhooks/{id}",
            get(one).patch(change).delete(remove),
        )
        .route("/api/v1/admin/webhooks/{id}/deliveries", get(deliveries))
        .route("/api/v1/admin/webhooks/{id}/test", post(test))
        .route(
            "/api/v1/admin/webhooks/{id}/deliveries/{msg_id}/replay",
            post(replay),
        )
        .route(
            "/api/v1/admin/moderation-hook",
            get(get_hook).put(set_hook).delete(remove_hook),
        )
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewWebhook {
    site: String,
    url: String,
    /// Event types, e.g. `["comment.created", "reader.banned"]`.
    events: Vec<String>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct WebhookChange {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    /// A new secret replaces the old one at once (it is in the answer).
    #[serde(default)]
    pub rotate_secret: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookJson {
    id: i64,
    site: String,
    url: String,
    events: Vec<String>,
    /// Only when it is new: at creation and after a rotation (`whsec_` + base64).
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    created_at: String,
}

impl WebhookJson {
    fn new(row: WebhookRow, with_secret: bool) -> WebhookJson {
        WebhookJson {
            id: row.id,
            events: row.events.split_whitespace().map(str::to_owned).collect(),
            site: row.site_id,
            url: row.url,
            secret: with_secret.then_some(row.secret),
            created_at: rfc3339(row.created_at),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct SiteQuery {
    site: String,
}

/// The webhook `id`, for an admin of its site.
async fn owned(state: &AppState, moderator: &Moderator, id: i64) -> AppResult<WebhookRow> {
    let hook = store::get(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no webhook {id}")))?;
    moderator.require_admin(&hook.site_id)?;
    Ok(hook)
}

/// Who changed a webhook and how, in the server's log (`target: audit`): webhooks decide where
/// a site's data goes. (Not in the moderation log, which `enforcement` keeps for decisions
/// about readers and comments.)
fn audit(moderator: &Moderator, hook: &WebhookRow, action: &str) {
    tracing::info!(
        target: "audit",
        site = %hook.site_id,
        webhook = hook.id,
        url = %hook.url,
        events = %hook.events,
        admin = moderator.user.id,
        "{action}"
    );
}

/// Registers an endpoint for some of a site's events (site admins).
#[utoipa::path(post, path = "/api/v1/admin/webhooks", tag = "webhooks", request_body = NewWebhook,
    responses((status = 201, body = WebhookJson), (status = 400), (status = 403)))]
pub(crate) async fn create(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<NewWebhook>,
) -> AppResult<(StatusCode, Json<WebhookJson>)> {
    let hook = register(&state, &moderator, &input.site, &input.url, &input.events).await?;
    Ok((StatusCode::CREATED, Json(WebhookJson::new(hook, true))))
}

/// Registers an endpoint (the API and the moderation page); the row holds the new secret.
pub async fn register(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    url: &str,
    events: &[String],
) -> AppResult<WebhookRow> {
    moderator.require_admin(site)?;
    let url = parse_endpoint(url)?;
    let events = Events::parse(events)?;
    let hook = store::create(&state.db, site, &url, &events.to_stored(), &new_secret()).await?;
    state.webhooks.forget(site);
    audit(moderator, &hook, "webhook created");
    Ok(hook)
}

#[utoipa::path(get, path = "/api/v1/admin/webhooks", tag = "webhooks", params(("site" = String, Query)),
    responses((status = 200, body = Vec<WebhookJson>), (status = 403)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    moderator: Moderator,
    Query(q): Query<SiteQuery>,
) -> AppResult<Json<serde_json::Value>> {
    let hooks: Vec<WebhookJson> = of_site(&state, &moderator, &q.site)
        .await?
        .into_iter()
        .map(|h| WebhookJson::new(h, false))
        .collect();
    Ok(Json(json!({ "webhooks": hooks })))
}

/// A site's webhooks, for its admins.
pub async fn of_site(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
) -> AppResult<Vec<WebhookRow>> {
    moderator.require_admin(site)?;
    Ok(store::of_site(&state.db, site).await?)
}

#[utoipa::path(get, path = "/api/v1/admin/webhooks/{id}", tag = "webhooks",
    responses((status = 200, body = WebhookJson), (status = 403), (status = 404)))]
pub(crate) async fn one(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
) -> AppResult<Json<WebhookJson>> {
    Ok(Json(WebhookJson::new(
        owned(&state, &moderator, id).await?,
        false,
    )))
}

#[utoipa::path(patch, path = "/api/v1/admin/webhooks/{id}", tag = "webhooks", request_body = WebhookChange,
    responses((status = 200, body = WebhookJson), (status = 400), (status = 403), (status = 404)))]
pub(crate) async fn change(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<WebhookChange>,
) -> AppResult<Json<WebhookJson>> {
    let hook = modify(&state, &moderator, id, &input).await?;
    Ok(Json(WebhookJson::new(hook, input.rotate_secret)))
}

/// Changes a webhook's address, events or secret (the API and the moderation page).
pub async fn modify(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    input: &WebhookChange,
) -> AppResult<WebhookRow> {
    owned(state, moderator, id).await?;
    let url = input.url.as_deref().map(parse_endpoint).transpose()?;
    let events = input.events.as_deref().map(Events::parse).transpose()?;
    let secret = input.rotate_secret.then(new_secret);
    let stored_events = events.as_ref().map(Events::to_stored);
    let hook = store::update(
        &state.db,
        id,
        url.as_deref(),
        stored_events.as_deref(),
        secret.as_deref(),
    )
    .await?
    .ok_or_else(|| AppError::NotFound(format!("no webhook {id}")))?;
    state.webhooks.forget(&hook.site_id);
    let action = if input.rotate_secret {
        "webhook secret rotated"
    } else {
        "webhook changed"
    };
    audit(moderator, &hook, action);
    Ok(hook)
}

#[utoipa::path(delete, path = "/api/v1/admin/webhooks/{id}", tag = "webhooks",
    responses((status = 204), (status = 403), (status = 404)))]
pub(crate) async fn remove(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
) -> AppResult<StatusCode> {
    stop(&state, &moderator, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a webhook (the API and the moderation page).
pub async fn stop(state: &AppState, moderator: &Moderator, id: i64) -> AppResult<()> {
    let hook = owned(state, moderator, id).await?;
    store::delete(&state.db, id).await?;
    state.webhooks.forget(&hook.site_id);
    audit(moderator, &hook, "webhook deleted");
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryJson {
    pub msg_id: String,
    pub event: String,
    /// `pending` (waiting for its next attempt), `delivered` or `failed` (given up).
    pub status: &'static str,
    pub attempts: i64,
    pub created_at: String,
    pub delivered_at: Option<String>,
    /// When the next attempt is due, while pending.
    pub next_attempt_at: Option<String>,
    /// The receiver's HTTP status at the last attempt; absent when none came.
    pub last_response: Option<i64>,
    pub last_error: Option<String>,
}

/// The latest 100 messages of a webhook and how their delivery went.
#[utoipa::path(get, path = "/api/v1/admin/webhooks/{id}/deliveries", tag = "webhooks",
    responses((status = 200, body = Vec<DeliveryJson>), (status = 403), (status = 404)))]
pub(crate) async fn deliveries(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
) -> AppResult<Json<serde_json::Value>> {
    let list = log_of(&state, &moderator, id, 100).await?;
    Ok(Json(json!({ "deliveries": list })))
}

/// A webhook's latest messages, newest first (the API and the moderation page).
pub async fn log_of(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    limit: i64,
) -> AppResult<Vec<DeliveryJson>> {
    owned(state, moderator, id).await?;
    Ok(store::messages(&state.db, id, limit)
        .await?
        .into_iter()
        .map(|m| {
            let status = match (m.delivered_at, m.failed_at) {
                (Some(_), _) => "delivered",
                (None, Some(_)) => "failed",
                _ => "pending",
            };
            DeliveryJson {
                status,
                next_attempt_at: (status == "pending").then(|| rfc3339(m.next_attempt_at)),
                msg_id: m.msg_id,
                event: m.event,
                attempts: m.attempts,
                created_at: rfc3339(m.created_at),
                delivered_at: m.delivered_at.map(rfc3339),
                last_response: m.last_status,
                last_error: m.last_error,
            }
        })
        .collect())
}

/// Sends a `webhook.test` event to this endpoint, whatever it subscribed to.
#[utoipa::path(post, path = "/api/v1/admin/webhooks/{id}/test", tag = "webhooks",
    responses((status = 202), (status = 403), (status = 404)))]
pub(crate) async fn test(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let msg_id = send_test(&state, &moderator, id).await?;
    Ok((StatusCode::ACCEPTED, Json(json!({ "msg_id": msg_id }))))
}

/// Queues a `webhook.test` message for one webhook; returns its id.
pub async fn send_test(state: &AppState, moderator: &Moderator, id: i64) -> AppResult<String> {
    let hook = owned(state, moderator, id).await?;
    let data = json!({"message": "A test event from Tribune", "webhook": id});
    let ids = super::try_emit(state, &hook.site_id, EventType::Test, &data, Some(id)).await?;
    Ok(ids.into_iter().next().unwrap_or_default())
}

#[derive(Debug, Deserialize)]
pub struct ReplayPath {
    id: i64,
    msg_id: String,
}

/// Sends a message again, now, as it was (the same `webhook-id`: receivers that saw it drop it).
#[utoipa::path(post, path = "/api/v1/admin/webhooks/{id}/deliveries/{msg_id}/replay", tag = "webhooks",
    responses((status = 202), (status = 403), (status = 404)))]
pub(crate) async fn replay(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(p): Path<ReplayPath>,
) -> AppResult<StatusCode> {
    resend(&state, &moderator, p.id, &p.msg_id).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Sends a message of a webhook again (the API and the moderation page).
pub async fn resend(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    msg_id: &str,
) -> AppResult<()> {
    owned(state, moderator, id).await?;
    if !store::replay(&state.db, id, msg_id).await? {
        return Err(AppError::NotFound(format!(
            "no message {msg_id} for webhook {id}"
        )));
    }
    Ok(())
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct HookRequest {
    site: String,
    url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HookJson {
    site: String,
    url: String,
    /// Only when it is new (`PUT`): the `whsec_` secret the questions are signed with.
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
}

/// Sets the site's moderation hook (a new secret each time), asked before each comment is
/// published (`docs/webhooks.md`).
#[utoipa::path(put, path = "/api/v1/admin/moderation-hook", tag = "webhooks", request_body = HookRequest,
    responses((status = 200, body = HookJson), (status = 400), (status = 403)))]
pub(crate) async fn set_hook(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<HookRequest>,
) -> AppResult<Json<HookJson>> {
    moderator.require_admin(&input.site)?;
    let url = parse_endpoint(&input.url)?;
    let secret = new_secret();
    crate::sites::store::set_moderation_hook(&state.db, &input.site, Some((&url, &secret))).await?;
    state.sites.forget(&input.site);
    audit_hook(&moderator, &input.site, "moderation hook set", &url);
    Ok(Json(HookJson {
        site: input.site,
        url,
        secret: Some(secret),
    }))
}

#[utoipa::path(get, path = "/api/v1/admin/moderation-hook", tag = "webhooks", params(("site" = String, Query)),
    responses((status = 200, body = HookJson), (status = 403), (status = 404)))]
pub(crate) async fn get_hook(
    State(state): State<AppState>,
    moderator: Moderator,
    Query(q): Query<SiteQuery>,
) -> AppResult<Json<HookJson>> {
    moderator.require_admin(&q.site)?;
    let site = crate::sites::store::site(&state.db, &q.site).await?;
    let url = site
        .moderation_hook_url
        .ok_or_else(|| AppError::NotFound(format!("site {} has no moderation hook", q.site)))?;
    Ok(Json(HookJson {
        site: q.site,
        url,
        secret: None,
    }))
}

#[utoipa::path(delete, path = "/api/v1/admin/moderation-hook", tag = "webhooks", params(("site" = String, Query)),
    responses((status = 204), (status = 403)))]
pub(crate) async fn remove_hook(
    State(state): State<AppState>,
    moderator: Moderator,
    Query(q): Query<SiteQuery>,
) -> AppResult<StatusCode> {
    moderator.require_admin(&q.site)?;
    crate::sites::store::set_moderation_hook(&state.db, &q.site, None).await?;
    state.sites.forget(&q.site);
    audit_hook(&moderator, &q.site, "moderation hook removed", "");
    Ok(StatusCode::NO_CONTENT)
}

fn audit_hook(moderator: &Moderator, site: &str, action: &str, url: &str) {
    tracing::info!(target: "audit", site, url, admin = moderator.user.id, "{action}");
}
