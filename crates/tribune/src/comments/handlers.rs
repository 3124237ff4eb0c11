//! The comments API readers and the widget speak: each handler extracts typed input, calls
//! [`post`] for writes or the store for reads, and shapes the JSON through
//! [`view`].

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::domain::{self, Cursor, Sort};
use super::post;
use super::store::{self, PostedComment};
use super::view::{self, Badges, CommentJson};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, ClientIp};
use crate::extract::{AuthUser, MaybeAuthUser};
use crate::sites;

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
    /// The server sends mail: readers can ask for replies by e-mail and reset a password.
    mail: bool,
}

impl ThreadSettings {
    fn of(state: &AppState, site: &sites::store::SiteRow) -> ThreadSettings {
        ThreadSettings {
            anonymous: site.allows_anonymous(),
            sso: site.sso_secret.is_some(),
            edit_window_secs: state.config.edit_window_secs,
            max_comment_chars: state.config.max_comment_chars,
            mail: state.mailer.is_some(),
        }
    }
}

/// A page's comments.
#[utoipa::path(get, path = "/api/v1/threads", tag = "comments", params(ThreadQuery),
    responses((status = 200, body = ThreadResponse), (status = 404, description = "unknown site")))]
pub(crate) async fn thread(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    AppQuery(q): AppQuery<ThreadQuery>,
) -> AppResult<Response> {
    let site = state.sites.get(&state.db, &q.site).await?;
    let url = sites::page_url(&state, &site, &q.url)?;
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
    let mut comments = view::thread(&state.db, &site, &rows, viewer).await?;
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
pub(crate) async fn create(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    ip: ClientIp,
    headers: HeaderMap,
    AppJson(input): AppJson<NewCommentRequest>,
) -> AppResult<(StatusCode, Json<CommentJson>)> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let client = post::Client {
        ip,
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
pub(crate) async fn get_one(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path(id): Path<i64>,
) -> AppResult<Json<CommentJson>> {
    let PostedComment {
        comment: c,
        site_id,
        ..
    } = store::get_posted(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    let viewer = user.map(|u| u.id);
    if !c.is_visible_to(viewer) {
        return Err(AppError::NotFound(format!("no comment {id}")));
    }
    let is_author = viewer.is_some() && viewer == c.author_id;
    let site = state.sites.get(&state.db, &site_id).await?;
    let badges = Badges::of(&state.db, &site, c.author_id).await?;
    Ok(Json(CommentJson::new(&c, is_author, &badges)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct EditRequest {
    body: String,
}

/// Edit a comment (its author, within the edit window). Anonymous authors send `X-Edit-Token`.
#[utoipa::path(patch, path = "/api/v1/comments/{id}", tag = "comments", request_body = EditRequest,
    responses((status = 200, body = CommentJson), (status = 403, description = "not the author, or the edit window has closed"), (status = 422)))]
pub(crate) async fn edit(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    ip: ClientIp,
    Path(id): Path<i64>,
    headers: HeaderMap,
    AppJson(input): AppJson<EditRequest>,
) -> AppResult<Json<CommentJson>> {
    let edit_token = headers.get("x-edit-token").and_then(|v| v.to_str().ok());
    Ok(Json(
        post::edit(&state, id, &input.body, user.as_ref(), edit_token, ip).await?,
    ))
}

/// Delete a comment (its author). The thread keeps a placeholder where it was.
#[utoipa::path(delete, path = "/api/v1/comments/{id}", tag = "comments",
    responses((status = 200, body = CommentJson), (status = 403), (status = 404)))]
pub(crate) async fn delete(
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
pub(crate) async fn vote(
    State(state): State<AppState>,
    user: AuthUser,
    ip: ClientIp,
    Path(id): Path<i64>,
    AppJson(input): AppJson<VoteRequest>,
) -> AppResult<Json<VoteResponse>> {
    if !matches!(input.value, -1..=1) {
        return Err(AppError::invalid("value", "must be 1, -1 or 0"));
    }
    state.limits.check(&state.db, ip.0, Some(user.id)).await?;
    let PostedComment {
        comment: c,
        site_id,
        ..
    } = store::get_posted(&state.db, id)
        .await?
        .filter(|p| p.comment.is_visible_to(Some(user.id)))
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    user.require_home(&site_id)?;
    if !c.is_public() {
        return Err(AppError::Conflict(format!(
            "comment {id} is not published: it takes no votes"
        )));
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
    responses((status = 200, body = PreviewResponse), (status = 400), (status = 429)))]
pub(crate) async fn preview(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(input): AppJson<PreviewRequest>,
) -> AppResult<Json<PreviewResponse>> {
    state.limits.check_preview(ip.0)?;
    let text = domain::CommentText::parse(&input.body, state.config.max_comment_chars)?;
    Ok(Json(PreviewResponse {
        html: text.render()?,
    }))
}

/// The store's failures as the API answers them.
impl From<store::StoreError> for AppError {
    fn from(error: store::StoreError) -> AppError {
        use store::StoreError;
        match error {
            StoreError::NoComment(_) | StoreError::ParentElsewhere(_) => {
                AppError::NotFound(error.to_string())
            }
            StoreError::PageClosed => AppError::Forbidden(error.to_string()),
            StoreError::ParentUnpublished(_) => AppError::Conflict(error.to_string()),
            StoreError::Database(e) => AppError::Database(e),
        }
    }
}
