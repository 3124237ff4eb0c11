//! The moderation API (`/api/v1/mod/...`, moderators only) and the two reader endpoints that
//! feed it: reporting a comment and appealing a ban. Every action takes a reason and writes
//! the moderation log in the same transaction as its effect.

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
use crate::sites::store::Premod;

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
];

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SiteQuery {
    site: String,
    /// Queue: items per page (1 to 200, default 50).
    limit: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Reporter {
    pub id: i64,
    pub name: String,
    /// Reports this reader filed on the site, and how many moderators dismissed.
    pub reports_total: i64,
    pub reports_dismissed: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportJson {
    pub reason: String,
    pub reporter: Reporter,
    pub created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueItem {
    /// The comment, with its Markdown source.
    pub comment: CommentJson,
    pub url: String,
    /// Why it is here: house rules, pre-moderation, reports, possible ban evasion.
    pub reason: String,
    pub risk: f64,
    /// The house rules' verdict (rule, spans, scores).
    #[schema(value_type = Option<Object>)]
    pub verdict: Option<serde_json::Value>,
    /// The banned reader this author seems to be.
    pub evasion_of: Option<i64>,
    pub reports: Vec<ReportJson>,
    /// The comment it replies to, for context.
    pub parent: Option<CommentJson>,
    /// The author's record on the site.
    pub history: store::History,
    pub ip: Option<String>,
    /// The author supports the site (Stripe or an admin's grant).
    pub supporter: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueResponse {
    items: Vec<QueueItem>,
}

/// The queue: held comments and reported ones, riskiest first, each with its explanation,
/// context and author's record.
#[utoipa::path(get, path = "/api/v1/mod/queue", tag = "moderation", params(SiteQuery),
    responses((status = 200, body = QueueResponse), (status = 401), (status = 403)))]
async fn queue(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<QueueResponse>> {
    moderator.require(&q.site)?;
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 200"));
    }
    Ok(Json(QueueResponse {
        items: queue_items(&state, &q.site, limit).await?,
    }))
}

/// The queue as the API and the moderation pages show it.
pub async fn queue_items(state: &AppState, site: &str, limit: i64) -> AppResult<Vec<QueueItem>> {
    let rows = store::queue(&state.db, site, limit).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.comment.id).collect();
    let mut reports: HashMap<i64, Vec<ReportJson>> = HashMap::new();
    for r in store::open_reports(&state.db, &ids).await? {
        reports.entry(r.comment_id).or_default().push(ReportJson {
            reason: r.reason,
            reporter: Reporter {
                id: r.reporter_id,
                name: r.reporter_name,
                reports_total: r.reporter_total,
                reports_dismissed: r.reporter_dismissed,
            },
            created_at: rfc3339(r.created_at),
        });
    }
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let c = &row.comment;
        let parent = match c.parent_id {
            Some(id) => Some(CommentJson::from_row(
                &crate::comments::store::get(&state.db, id).await?,
                false,
            )),
            None => None,
        };
        let ip = row.ip.clone().unwrap_or_default();
        items.push(QueueItem {
            comment: CommentJson::for_moderators(c),
            url: row.url.clone(),
            reason: c
                .queue_reason
                .clone()
                .unwrap_or_else(|| format!("{} reader reports", c.report_count)),
            risk: c.risk,
            verdict: c
                .verdict
                .as_deref()
                .and_then(|v| serde_json::from_str(v).ok()),
            evasion_of: c.evasion_of,
            reports: reports.remove(&c.id).unwrap_or_default(),
            parent,
            history: store::history(&state.db, site, c.author_id, &ip).await?,
            ip: row.ip,
            supporter: crate::billing::is_supporter(state, site, c.author_id).await?,
        });
    }
    Ok(items)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    /// Why (required; refusals show it to the author).
    reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentAction {
    /// Publish a held comment, or keep a reported one (dismissing the reports).
    Approve,
    /// Take a comment down; its author sees the reason.
    Refuse,
    /// Replace a comment by a placeholder.
    Delete,
    /// Undo a moderator's deletion.
    Restore,
}

impl CommentAction {
    fn parse(raw: &str) -> AppResult<CommentAction> {
        serde_json::from_value(json!(raw)).map_err(|_| {
            AppError::NotFound(format!(
                "no action {raw:?}: use approve, refuse, delete or restore"
            ))
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            CommentAction::Approve => "approve",
            CommentAction::Refuse => "refuse",
            CommentAction::Delete => "delete",
            CommentAction::Restore => "restore",
        }
    }
}

/// Approve, refuse, delete or restore a comment. Approve and refuse undo each other; restore
/// undoes delete.
#[utoipa::path(post, path = "/api/v1/mod/comments/{id}/{action}", tag = "moderation",
    params(("id" = i64, Path), ("action" = String, Path, description = "approve | refuse | delete | restore")),
    request_body = ReasonRequest,
    responses((status = 200, body = CommentJson), (status = 403), (status = 404), (status = 409)))]
async fn act_on_comment(
    State(state): State<AppState>,
    moderator: Moderator,
    Path((id, action)): Path<(i64, String)>,
    AppJson(input): AppJson<ReasonRequest>,
) -> AppResult<Json<CommentJson>> {
    let action = CommentAction::parse(&action)?;
    let reason = domain::reason(&input.reason)?;
    Ok(Json(
        moderate(&state, &moderator, id, action, &reason).await?,
    ))
}

/// One moderator action on one comment (the API, bulk actions and the moderation pages).
pub async fn moderate(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    action: CommentAction,
    reason: &str,
) -> AppResult<CommentJson> {
    let (c, site) = store::comment_with_site(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    moderator.require(&site)?;
    let target = format!("comment:{id}");
    let (status, refusal) = match (action, c.status.as_str()) {
        (CommentAction::Approve, "pending" | "visible" | "rejected") => ("visible", None),
        (CommentAction::Refuse, "pending" | "visible") => ("rejected", Some(reason)),
        (CommentAction::Delete, "pending" | "visible" | "rejected") => ("deleted", None),
        (CommentAction::Restore, "deleted") => {
            // Only a moderator's deletion is undone: an author's own stays theirs.
            if store::last_action_on(&state.db, &target).await?.as_deref() != Some("delete") {
                return Err(AppError::Conflict(format!(
                    "comment {id} was deleted by its author, not by a moderator"
                )));
            }
            ("visible", None)
        }
        (_, current) => {
            return Err(AppError::Conflict(format!(
                "cannot {} a {current} comment",
                action.as_str()
            )))
        }
    };
    let row = store::moderate_comment(
        &state.db,
        &c,
        status,
        refusal,
        &LogEntry {
            site_id: &site,
            actor: Some(moderator.user.id),
            action: action.as_str(),
            target,
            reason,
            evidence: Some(json!({"from": c.status, "to": status, "excerpt": excerpt(&c)})),
        },
    )
    .await?;
    tracing::info!(
        comment = id,
        site,
        action = action.as_str(),
        moderator = moderator.user.id,
        "moderated"
    );
    if row.is_public() && !c.is_public() {
        let url = crate::sites::store::page_url(&state.db, c.page_id).await?;
        state
            .live
            .publish(&site, &url, CommentJson::from_row(&row, false));
    }
    Ok(CommentJson::for_moderators(&row))
}

/// The start of a comment's text, kept in the log as evidence.
fn excerpt(c: &CommentRow) -> String {
    c.body.chars().take(280).collect()
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRequest {
    site: String,
    action: CommentAction,
    ids: Vec<i64>,
    reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResponse {
    done: Vec<i64>,
    /// `{id, error}` for each comment the action did not apply to.
    #[schema(value_type = Vec<Object>)]
    failed: Vec<serde_json::Value>,
}

/// The same action on many comments (up to 200); each is logged on its own.
#[utoipa::path(post, path = "/api/v1/mod/bulk", tag = "moderation", request_body = BulkRequest,
    responses((status = 200, body = BulkResponse), (status = 400), (status = 403)))]
async fn bulk(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<BulkRequest>,
) -> AppResult<Json<BulkResponse>> {
    moderator.require(&input.site)?;
    let reason = domain::reason(&input.reason)?;
    if input.ids.is_empty() || input.ids.len() > 200 {
        return Err(AppError::invalid("ids", "must list 1 to 200 comment ids"));
    }
    let mut response = BulkResponse {
        done: Vec::new(),
        failed: Vec::new(),
    };
    for &id in &input.ids {
        match moderate(&state, &moderator, id, input.action, &reason).await {
            Ok(_) => response.done.push(id),
            Err(e) if !e.status().is_server_error() => response
                .failed
                .push(json!({"id": id, "error": e.to_string()})),
            Err(e) => return Err(e),
        }
    }
    Ok(Json(response))
}

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
async fn create_ban(
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
            let at =
                time::OffsetDateTime::parse(raw, &time::format_description::well_known::Rfc3339)
                    .map_err(|_| {
                        AppError::invalid(
                            "until",
                            "is not an RFC 3339 time like 2026-12-01T00:00:00Z",
                        )
                    })?;
            let ms = (at.unix_timestamp_nanos() / 1_000_000) as i64;
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
async fn list_bans(
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
async fn lift_ban(
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
async fn warn(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReaderActionRequest>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let reason = reader_action(&state, &moderator, id, &input).await?;
    let warning = store::log_only(
        &state.db,
        &LogEntry {
            site_id: &input.site,
            actor: Some(moderator.user.id),
            action: "warn",
            target: format!("reader:{id}"),
            reason: &reason,
            evidence: None,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(json!({"warning_id": warning}))))
}

/// Retract a warning (the undo of `warn`).
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/unwarn", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
async fn unwarn(
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
            site_id: &input.site,
            actor: Some(moderator.user.id),
            action: "unwarn",
            target: format!("reader:{id}"),
            reason: &reason,
            evidence: Some(json!({"warning_id": warning})),
        },
    )
    .await?;
    Ok(Json(json!({"retracted": warning})))
}

/// Put a reader on pre-moderation, or take them off it.
#[utoipa::path(post, path = "/api/v1/mod/readers/{id}/premod", tag = "moderation", request_body = ReaderActionRequest,
    responses((status = 200), (status = 400), (status = 403), (status = 404)))]
async fn premod_reader(
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
        &LogEntry {
            site_id: &input.site,
            actor: Some(moderator.user.id),
            action: if on { "premod" } else { "unpremod" },
            target: format!("reader:{id}"),
            reason: &reason,
            evidence: None,
        },
    )
    .await?;
    Ok(Json(json!({"reader": id, "premod": on})))
}

/// Checks a moderator may act on a reader of a site; returns the parsed reason.
async fn reader_action(
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
async fn reader(
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

/// One entry of the moderation log as the API shows it.
pub fn log_json(row: &store::LogRow) -> serde_json::Value {
    json!({
        "id": row.id,
        "site": row.site_id,
        "actor": row.actor_id.map(|id| json!({"id": id, "name": row.actor_name})),
        "action": row.action,
        "target": row.target,
        "reason": row.reason,
        "evidence": row.evidence.as_deref().and_then(|e| serde_json::from_str::<serde_json::Value>(e).ok()),
        "created_at": rfc3339(row.created_at),
    })
}

/// The moderation log, newest first; `format=jsonl` exports all of it as JSON lines. There is
/// no endpoint that edits or deletes an entry.
#[utoipa::path(get, path = "/api/v1/mod/log", tag = "moderation", params(store::LogFilter),
    responses((status = 200, description = "`{entries: [...]}`, or JSON lines"), (status = 403)))]
async fn log(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(filter): AppQuery<store::LogFilter>,
) -> AppResult<Response> {
    moderator.require(&filter.site)?;
    if filter.format.as_deref() == Some("jsonl") {
        let mut out = String::new();
        let mut page = store::LogFilter {
            site: filter.site.clone(),
            action: filter.action.clone(),
            target: filter.target.clone(),
            actor: filter.actor,
            before: filter.before,
            ..Default::default()
        };
        loop {
            let rows = store::log(&state.db, &page, 1000).await?;
            for row in &rows {
                out.push_str(&log_json(row).to_string());
                out.push('\n');
            }
            match rows.last() {
                Some(last) if rows.len() == 1000 => page.before = Some(last.id),
                _ => break,
            }
        }
        let name = format!(
            "attachment; filename=\"tribune-{}-modlog.jsonl\"",
            filter.site
        );
        return Ok((
            [
                (header::CONTENT_TYPE, "application/x-ndjson".to_owned()),
                (header::CONTENT_DISPOSITION, name),
            ],
            out,
        )
            .into_response());
    }
    let limit = filter.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 1000"));
    }
    let rows = store::log(&state.db, &filter, limit).await?;
    Ok(Json(json!({"entries": rows.iter().map(log_json).collect::<Vec<_>>()})).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SearchQuery {
    site: String,
    q: String,
}

/// Comments containing the text, and readers whose name or email contains it.
#[utoipa::path(get, path = "/api/v1/mod/search", tag = "moderation", params(SearchQuery),
    responses((status = 200), (status = 400), (status = 403)))]
async fn search(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SearchQuery>,
) -> AppResult<Json<serde_json::Value>> {
    moderator.require(&q.site)?;
    let text = q.q.trim();
    if text.chars().count() < 2 {
        return Err(AppError::invalid("q", "must have at least 2 characters"));
    }
    let (comments, readers) = store::search(&state.db, &q.site, text).await?;
    Ok(Json(json!({
        "comments": comments.iter().map(|r| json!({"comment": CommentJson::for_moderators(&r.comment), "url": r.url})).collect::<Vec<_>>(),
        "readers": readers.iter().map(|(id, name, email)| json!({"id": id, "name": name, "email": email})).collect::<Vec<_>>(),
    })))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppealsResponse {
    appeals: Vec<store::AppealRow>,
}

/// Open appeals, oldest first.
#[utoipa::path(get, path = "/api/v1/mod/appeals", tag = "moderation", params(SiteQuery),
    responses((status = 200, body = AppealsResponse), (status = 403)))]
async fn list_appeals(
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
async fn resolve_appeal(
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

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct PremodPath {
    site: String,
}

/// A site's pre-moderation modes and report threshold (admins).
#[utoipa::path(put, path = "/api/v1/mod/sites/{site}/premod", tag = "moderation", request_body = Premod,
    responses((status = 200, body = Premod), (status = 400), (status = 403)))]
async fn set_premod(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(p): Path<PremodPath>,
    AppJson(input): AppJson<Premod>,
) -> AppResult<Json<Premod>> {
    save_premod(&state, &moderator, &p.site, &input).await?;
    Ok(Json(input))
}

/// Checks and stores a site's pre-moderation settings, logged (the API and the settings page).
pub async fn save_premod(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    input: &Premod,
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
    store::log_only(
        &state.db,
        &LogEntry {
            site_id: site,
            actor: Some(moderator.user.id),
            action: "settings",
            target: format!("site:{site}"),
            reason: "pre-moderation settings changed",
            evidence: Some(json!(input)),
        },
    )
    .await?;
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/mod/sites/{site}/premod", tag = "moderation",
    responses((status = 200, body = Premod), (status = 403)))]
async fn get_premod(
    State(state): State<AppState>,
    moderator: Moderator,
    Path(p): Path<PremodPath>,
) -> AppResult<Json<Premod>> {
    moderator.require(&p.site)?;
    Ok(Json(
        crate::sites::store::site(&state.db, &p.site)
            .await?
            .premod(),
    ))
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
async fn team(
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
async fn set_role(
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
async fn notices(
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

/// Reports a reader may file per site per hour.
const REPORTS_PER_HOUR: i64 = 10;

/// Report a comment to the moderators (signed-in readers, once per comment, 10 an hour).
#[utoipa::path(post, path = "/api/v1/comments/{id}/report", tag = "comments", request_body = ReasonRequest,
    responses((status = 201), (status = 401), (status = 404), (status = 409), (status = 429)))]
async fn report(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<i64>,
    AppJson(input): AppJson<ReasonRequest>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let reason = input.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::invalid("reason", "must be 1 to 500 characters"));
    }
    let (c, site_id) = store::comment_with_site(&state.db, id)
        .await?
        .filter(|(c, _)| c.is_public())
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    if c.author_id == Some(user.id) {
        return Err(AppError::Forbidden(
            "you cannot report your own comment".into(),
        ));
    }
    let hour_ago = now_ms() - 3_600_000;
    if store::reports_since(&state.db, &site_id, user.id, hour_ago).await? >= REPORTS_PER_HOUR {
        return Err(AppError::RateLimited {
            retry_after_secs: 3600,
        });
    }
    let site = state.sites.get(&state.db, &site_id).await?;
    let count = store::report(
        &state.db,
        &site_id,
        &c,
        user.id,
        reason,
        site.reports_to_hold,
    )
    .await?
    .ok_or_else(|| AppError::Conflict("you already reported this comment".into()))?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"reported": id, "reports": count})),
    ))
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
async fn appeal(
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
