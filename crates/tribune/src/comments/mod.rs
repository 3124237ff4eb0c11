//! Threaded comments: the API readers and the widget speak.
//!
//! Writing goes through [`post::submit`] (identity → rate limits → house rules → storage →
//! live update); the handlers here only extract typed input and shape the JSON.

pub mod cache;
pub mod domain;
pub mod live;
pub mod markdown;
pub mod post;
pub mod store;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post as post_route};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use self::domain::{CommentStatus, Cursor, PageUrl, Sort};
use self::store::CommentRow;
use crate::app::AppState;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, AuthUser, ClientIp, MaybeAuthUser};
use crate::sites;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/threads", get(thread))
        .route("/api/v1/threads/live", get(live::subscribe))
        .route("/api/v1/comments", post_route(create))
        .route(
            "/api/v1/comments/{id}",
            get(get_one).patch(edit).delete(delete),
        )
        .route("/api/v1/comments/{id}/vote", post_route(vote))
        .route("/api/v1/preview", post_route(preview))
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Author {
    /// The reader's id; absent for anonymous comments.
    pub id: Option<i64>,
    pub name: String,
    /// What the widget shows beside the name: `moderator` for the site's moderators and
    /// admins, `supporter` for its supporters (where the site shows that badge).
    pub badges: Vec<String>,
}

/// A comment as the API shows it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CommentJson {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author: Author,
    /// Sanitized HTML rendered from the Markdown body (empty when deleted).
    pub html: String,
    pub created_at: String,
    pub edited_at: Option<String>,
    /// Up-votes minus down-votes.
    pub score: i64,
    pub upvotes: i64,
    pub downvotes: i64,
    pub status: CommentStatus,
    /// The house rules' verdict, shown to the comment's author when it is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub verdict: Option<serde_json::Value>,
    /// The Markdown source, for its author to edit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// For anonymous authors: send as `X-Edit-Token` to edit or delete this comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edit_token: Option<String>,
    /// The signed-in reader's vote on this comment (1 or -1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_vote: Option<i64>,
    /// Why a moderator refused it (shown to its author).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal_reason: Option<String>,
}

impl CommentJson {
    /// The public view of a row; `is_author` adds what only its author sees.
    pub fn from_row(c: &CommentRow, is_author: bool) -> CommentJson {
        let deleted = c.status == CommentStatus::Deleted;
        CommentJson {
            id: c.id,
            parent_id: c.parent_id,
            author: Author {
                id: if deleted { None } else { c.author_id },
                name: if deleted {
                    String::new()
                } else {
                    c.author_name.clone()
                },
                badges: Vec::new(),
            },
            html: c.html.clone(),
            created_at: rfc3339(c.created_at),
            edited_at: c.edited_at.map(rfc3339),
            score: c.upvotes - c.downvotes,
            upvotes: c.upvotes,
            downvotes: c.downvotes,
            status: c.status,
            verdict: if is_author && c.status == CommentStatus::Pending {
                c.verdict
                    .as_deref()
                    .and_then(|v| serde_json::from_str(v).ok())
            } else {
                None
            },
            body: (is_author && !deleted).then(|| c.body.clone()),
            edit_token: None,
            my_vote: None,
            refusal_reason: if is_author {
                c.refusal_reason.clone()
            } else {
                None
            },
        }
    }

    /// What moderators see: the source and the verdict whatever the status.
    pub fn for_moderators(c: &CommentRow) -> CommentJson {
        let mut json = CommentJson::from_row(c, true);
        json.verdict = c
            .verdict
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok());
        json.refusal_reason.clone_from(&c.refusal_reason);
        json
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ThreadQuery {
    site: String,
    url: String,
    #[serde(default)]
    sort: Sort,
    cursor: Option<String>,
    /// Top-level comments per page (1 to 200, default 50); each comes with all its replies.
    limit: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadResponse {
    site: String,
    url: String,
    closed: bool,
    /// Visible comments on the page.
    count: i64,
    /// Top-level comments in the requested order, each followed by its replies (oldest
    /// first); rebuild the tree with `parent_id`.
    comments: Vec<CommentJson>,
    /// Pass as `cursor` for the next page; null on the last.
    next_cursor: Option<String>,
    /// What the site lets readers do, for the widget to offer only that.
    settings: ThreadSettings,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThreadSettings {
    /// Comments without an account are accepted.
    anonymous: bool,
    /// The host site can sign its readers in with an SSO token.
    sso: bool,
    /// How long after posting an author may edit or delete, in seconds.
    edit_window_secs: u64,
    /// Longest comment, in characters.
    max_comment_chars: usize,
}

impl ThreadSettings {
    fn of(state: &AppState, site: &sites::store::SiteRow) -> ThreadSettings {
        ThreadSettings {
            anonymous: site.allows_anonymous(),
            sso: site.sso_secret.is_some(),
            edit_window_secs: state.config.edit_window_secs,
            max_comment_chars: state.config.max_comment_chars,
        }
    }
}

/// A comment as every reader sees it, badges included: what the live feed sends.
pub async fn public_view(
    state: &AppState,
    site_id: &str,
    row: &CommentRow,
) -> AppResult<CommentJson> {
    let site = state.sites.get(&state.db, site_id).await?;
    let mut comment = CommentJson::from_row(row, false);
    add_badges(&state.db, &site, std::slice::from_mut(&mut comment)).await?;
    Ok(comment)
}

/// Fills in the authors' badges (moderator) for comments on one site.
pub async fn add_badges(
    db: &crate::db::Db,
    site: &sites::store::SiteRow,
    comments: &mut [CommentJson],
) -> Result<(), sqlx::Error> {
    let site_id = site.id.as_str();
    let show_supporters = site.supporter_badge != 0;
    let mut ids: Vec<i64> = comments.iter().filter_map(|c| c.author.id).collect();
    ids.sort_unstable();
    ids.dedup();
    let staff: std::collections::HashSet<i64> =
        crate::auth::store::roles_on_site(db, site_id, &ids)
            .await?
            .into_iter()
            .map(|(id, _role)| id)
            .collect();
    let supporters: std::collections::HashSet<i64> =
        crate::billing::store::active_among(db, site_id, &ids)
            .await?
            .into_iter()
            .collect();
    for c in comments {
        if c.author.id.is_some_and(|id| staff.contains(&id)) {
            c.author.badges.push("moderator".to_owned());
        }
        if show_supporters && c.author.id.is_some_and(|id| supporters.contains(&id)) {
            c.author.badges.push("supporter".to_owned());
        }
    }
    Ok(())
}

/// A page's comments.
#[utoipa::path(get, path = "/api/v1/threads", tag = "comments", params(ThreadQuery),
    responses((status = 200, body = ThreadResponse), (status = 404, description = "unknown site")))]
async fn thread(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    AppQuery(q): AppQuery<ThreadQuery>,
) -> AppResult<Response> {
    let site = state.sites.get(&state.db, &q.site).await?;
    let url = PageUrl::parse(&q.url)?;
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 200"));
    }
    let cursor = q.cursor.as_deref().map(Cursor::parse).transpose()?;
    let viewer = user.as_ref().map(|u| u.id);
    let Some(page) = sites::store::page(&state.db, &site.id, url.as_str()).await? else {
        return Ok(Json(ThreadResponse {
            site: site.id.clone(),
            url: url.into_string(),
            closed: false,
            count: 0,
            comments: Vec::new(),
            next_cursor: None,
            settings: ThreadSettings::of(&state, &site),
        })
        .into_response());
    };
    // Anonymous readers all see the same page: serve it from the cache while the page's
    // version is unchanged.
    let cache_key = viewer.is_none().then(|| {
        format!(
            "{}\n{}\n{:?}\n{}\n{limit}",
            site.id,
            page.url,
            q.sort,
            q.cursor.as_deref().unwrap_or("")
        )
    });
    if let Some(key) = &cache_key {
        if let Some(body) = state.threads.get(key, page.version) {
            return Ok(json_bytes(body));
        }
    }
    let (rows, more) = store::thread(&state.db, page.id, q.sort, cursor, limit, viewer).await?;
    let next_cursor = more
        .then(|| rows.iter().rev().find(|c| c.parent_id.is_none()))
        .flatten()
        .map(|last_root| {
            Cursor {
                key: store::sort_key(q.sort, last_root),
                id: last_root.id,
            }
            .encode()
        });
    let mut comments: Vec<CommentJson> = rows
        .iter()
        .map(|c| CommentJson::from_row(c, viewer.is_some() && c.author_id == viewer))
        .collect();
    add_badges(&state.db, &site, &mut comments).await?;
    if let Some(viewer) = viewer {
        let ids: Vec<i64> = comments.iter().map(|c| c.id).collect();
        let votes: std::collections::HashMap<i64, i64> = store::votes_of(&state.db, viewer, &ids)
            .await?
            .into_iter()
            .collect();
        for c in &mut comments {
            c.my_vote = votes.get(&c.id).copied();
        }
    }
    let response = ThreadResponse {
        site: page.site_id,
        url: page.url,
        closed: page.closed_at.is_some(),
        count: page.comment_count,
        comments,
        next_cursor,
        settings: ThreadSettings::of(&state, &site),
    };
    let body = Bytes::from(serde_json::to_vec(&response).map_err(anyhow::Error::from)?);
    if let Some(key) = cache_key {
        state.threads.insert(key, page.version, body.clone());
    }
    Ok(json_bytes(body))
}

fn json_bytes(body: Bytes) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// A new comment.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewCommentRequest {
    pub site: String,
    /// The page's canonical URL.
    pub url: String,
    pub parent_id: Option<i64>,
    /// Markdown.
    pub body: String,
    /// Display name for anonymous comments (ignored when signed in).
    pub author_name: Option<String>,
}

/// Post a comment. Refused by the house rules: 422 with the verdict. Held: 201 with
/// `status: "pending"` and the verdict.
#[utoipa::path(post, path = "/api/v1/comments", tag = "comments", request_body = NewCommentRequest,
    responses((status = 201, body = CommentJson), (status = 400), (status = 401), (status = 403), (status = 404),
        (status = 413), (status = 422, description = "refused by the house rules"), (status = 429)))]
async fn create(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    ip: ClientIp,
    headers: HeaderMap,
    AppJson(input): AppJson<NewCommentRequest>,
) -> AppResult<(StatusCode, Json<CommentJson>)> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let client = post::Client {
        ip: ip.0,
        origin: header("origin"),
        device: header("x-tribune-device").filter(|d| {
            (16..=64).contains(&d.len())
                && d.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        }),
    };
    let comment = post::submit(&state, input, user, client).await?;
    Ok((StatusCode::CREATED, Json(comment)))
}

/// One comment.
#[utoipa::path(get, path = "/api/v1/comments/{id}", tag = "comments",
    responses((status = 200, body = CommentJson), (status = 404)))]
async fn get_one(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path(id): Path<i64>,
) -> AppResult<Json<CommentJson>> {
    let c = store::get(&state.db, id).await?;
    let is_author = user.is_some_and(|u| Some(u.id) == c.author_id);
    if !is_author && !matches!(c.status, CommentStatus::Visible | CommentStatus::Deleted) {
        return Err(AppError::NotFound(format!("no comment {id}")));
    }
    Ok(Json(CommentJson::from_row(&c, is_author)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct EditRequest {
    body: String,
}

/// Edit a comment (its author, within the edit window). Anonymous authors send `X-Edit-Token`.
#[utoipa::path(patch, path = "/api/v1/comments/{id}", tag = "comments", request_body = EditRequest,
    responses((status = 200, body = CommentJson), (status = 403, description = "not the author, or the edit window has closed"), (status = 422)))]
async fn edit(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    ip: ClientIp,
    Path(id): Path<i64>,
    headers: HeaderMap,
    AppJson(input): AppJson<EditRequest>,
) -> AppResult<Json<CommentJson>> {
    let edit_token = headers.get("x-edit-token").and_then(|v| v.to_str().ok());
    Ok(Json(
        post::edit(&state, id, &input.body, user.as_ref(), edit_token, ip.0).await?,
    ))
}

/// Delete a comment (its author). The thread keeps a placeholder where it was.
#[utoipa::path(delete, path = "/api/v1/comments/{id}", tag = "comments",
    responses((status = 200, body = CommentJson), (status = 403), (status = 404)))]
async fn delete(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Json<CommentJson>> {
    let edit_token = headers.get("x-edit-token").and_then(|v| v.to_str().ok());
    Ok(Json(
        post::delete(&state, id, user.as_ref(), edit_token).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct VoteRequest {
    /// 1 (up), -1 (down) or 0 (withdraw).
    value: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VoteResponse {
    score: i64,
    upvotes: i64,
    downvotes: i64,
    my_vote: i64,
}

/// Vote on a comment: one vote per reader per comment, changeable.
#[utoipa::path(post, path = "/api/v1/comments/{id}/vote", tag = "comments", request_body = VoteRequest,
    responses((status = 200, body = VoteResponse), (status = 401), (status = 403), (status = 404)))]
async fn vote(
    State(state): State<AppState>,
    user: AuthUser,
    ip: ClientIp,
    Path(id): Path<i64>,
    AppJson(input): AppJson<VoteRequest>,
) -> AppResult<Json<VoteResponse>> {
    if !matches!(input.value, -1..=1) {
        return Err(AppError::invalid("value", "must be 1, -1 or 0"));
    }
    state.limits.check(ip.0, Some(user.id))?;
    let c = store::get(&state.db, id).await?;
    if c.status != CommentStatus::Visible {
        return Err(AppError::NotFound(format!("no comment {id}")));
    }
    if c.author_id == Some(user.id) {
        return Err(AppError::Forbidden(
            "you cannot vote on your own comment".into(),
        ));
    }
    let (upvotes, downvotes) = store::vote(&state.db, &c, user.id, input.value).await?;
    Ok(Json(VoteResponse {
        score: upvotes - downvotes,
        upvotes,
        downvotes,
        my_vote: input.value,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PreviewRequest {
    body: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PreviewResponse {
    html: String,
}

/// Render Markdown as a comment would be shown.
#[utoipa::path(post, path = "/api/v1/preview", tag = "comments", request_body = PreviewRequest,
    responses((status = 200, body = PreviewResponse)))]
async fn preview(
    State(state): State<AppState>,
    AppJson(input): AppJson<PreviewRequest>,
) -> AppResult<Json<PreviewResponse>> {
    let text = domain::CommentText::parse(&input.body, state.config.max_comment_chars)?;
    Ok(Json(PreviewResponse {
        html: text.render()?,
    }))
}
