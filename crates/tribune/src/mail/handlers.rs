//! Mail's API: opting in (replies to an anonymous comment, a thread to follow), each
//! moderator's digest choice, the queue's state for admins; and what the links in
//! notifications do (`web/mail_pages.rs` shows the pages): one-click unsubscribe (RFC 8058) and
//! confirming an opt-in.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::compose::Letter;
use super::store::{self, Recipient, Subscription};
use super::strings::{fill, strings};
use crate::app::AppState;
use crate::auth::domain::Email;
use crate::auth::{random_token, token_hash};
use crate::comments::domain::CommentStatus;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, MaybeAuthUser, Moderator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/subscriptions", axum::routing::post(subscribe))
        .route(
            "/api/v1/mod/mail",
            get(moderator_mail).put(set_moderator_mail),
        )
        .route("/api/v1/admin/mail", get(queue_state))
        .merge(super::links::router())
}

/// What an unsubscribe link can stop.
pub const STOPPABLE: [&str; 5] = ["replies", "threads", "digest", "alerts", "all"];

/// The address an unsubscribe link is for, and what it would stop.
pub async fn stop_target(state: &AppState, token: &str, kind: &str) -> AppResult<Recipient> {
    if !STOPPABLE.contains(&kind) {
        return Err(AppError::invalid(
            "k",
            "must be replies, threads, digest, alerts or all",
        ));
    }
    store::recipient_by_token(&state.db, token)
        .await?
        .ok_or_else(|| AppError::NotFound("this unsubscribe link is not valid".into()))
}

/// Stops `kind` of mail to the address of `token`; returns the address.
pub async fn stop(state: &AppState, token: &str, kind: &str) -> AppResult<String> {
    let recipient = stop_target(state, token, kind).await?;
    let mut stopped: Vec<&str> = recipient.stopped.split_whitespace().collect();
    if !stopped.contains(&kind) {
        stopped.push(kind);
    }
    store::set_stopped(&state.db, &recipient.email, &stopped.join(" ")).await?;
    tracing::info!(kind, "mail: an address unsubscribed");
    Ok(recipient.email)
}

/// In words, what each kind of mail is.
pub fn describe(kind: &str) -> &'static str {
    match kind {
        "replies" => "replies to your comments",
        "threads" => "new comments on discussions you follow",
        "digest" => "moderators' digests",
        "alerts" => "campaign alerts",
        _ => "any e-mail from Tribune except account mail you ask for",
    }
}

/// The opt-in a confirmation link is for.
pub async fn pending_subscription(state: &AppState, token: &str) -> AppResult<Subscription> {
    store::subscription_by_token(&state.db, &token_hash(token))
        .await?
        .ok_or_else(|| AppError::NotFound("this confirmation link is not valid any more".into()))
}

/// Confirms the opt-in of a confirmation link; asking again resumes mail an unsubscribe
/// stopped.
pub async fn confirm(state: &AppState, token: &str) -> AppResult<Subscription> {
    let s = pending_subscription(state, token).await?;
    store::confirm_subscription(&state.db, &token_hash(token)).await?;
    let recipient = store::recipient(&state.db, &s.email).await?;
    let resumed = if s.kind == "thread" {
        "threads"
    } else {
        "replies"
    };
    let stopped: Vec<&str> = recipient
        .stopped
        .split_whitespace()
        .filter(|k| *k != resumed && *k != "all")
        .collect();
    store::set_stopped(&state.db, &s.email, &stopped.join(" ")).await?;
    Ok(s)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscribeRequest {
    site: String,
    /// `replies` (to `comment_id`) or `thread` (new comments on `url`).
    kind: String,
    comment_id: Option<i64>,
    url: Option<String>,
    /// The address to mail; a signed-in reader's verified address when absent.
    email: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubscribeResponse {
    /// `subscribed` (a signed-in reader's own verified address) or `confirmation_sent`.
    status: &'static str,
}

/// Ask for mail about replies to a comment (anonymous readers who leave an address) or about
/// every new comment on a page. An address other than the reader's own verified one gets a
/// confirmation mail first: nothing is sent to it until the link in it is followed.
#[utoipa::path(post, path = "/api/v1/subscriptions", tag = "mail", request_body = SubscribeRequest,
    responses((status = 201, body = SubscribeResponse), (status = 202, body = SubscribeResponse),
        (status = 400), (status = 404)))]
pub(crate) async fn subscribe(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    AppJson(input): AppJson<SubscribeRequest>,
) -> AppResult<(StatusCode, Json<SubscribeResponse>)> {
    super::require(&state)?;
    let site = state.sites.get(&state.db, &input.site).await?;
    let (target, title) = match (input.kind.as_str(), input.comment_id, &input.url) {
        ("replies", Some(id), None) => {
            let c = crate::comments::store::get_posted(&state.db, id)
                .await?
                .filter(|c| c.site_id == site.id && c.comment.shadow == 0)
                .filter(|c| {
                    // Held comments too: an anonymous author asks as they post.
                    matches!(
                        c.comment.status,
                        CommentStatus::Visible | CommentStatus::Pending
                    )
                })
                .ok_or_else(|| AppError::NotFound(format!("no comment {id} on this site")))?;
            (id.to_string(), c.url)
        }
        ("thread", None, Some(url)) => {
            let url = crate::sites::page_url(&state, &site, url)?;
            (url.as_str().to_owned(), url.into_string())
        }
        ("replies", _, _) => {
            return Err(AppError::invalid(
                "comment_id",
                "is required (and url not allowed) for replies",
            ))
        }
        ("thread", _, _) => {
            return Err(AppError::invalid(
                "url",
                "is required (and comment_id not allowed) for a thread",
            ))
        }
        _ => return Err(AppError::invalid("kind", "must be replies or thread")),
    };
    let own = match &user {
        Some(user) => crate::auth::store::notification_address(&state.db, user.id)
            .await?
            .map(|(_, email)| email),
        None => None,
    };
    let email = match (&input.email, &own) {
        (Some(raw), _) => Email::parse(raw)?.as_str().to_owned(),
        (None, Some(own)) => own.clone(),
        (None, None) => {
            return Err(AppError::invalid(
                "email",
                "is required unless you are signed in with a verified address",
            ))
        }
    };
    let confirmed = own.as_deref() == Some(email.as_str());
    let token = random_token();
    store::subscribe(
        &state.db,
        &Subscription {
            site_id: site.id.clone(),
            email: email.clone(),
            kind: input.kind.clone(),
            target,
            confirmed_at: confirmed.then(crate::db::now_ms),
        },
        &token_hash(&token),
    )
    .await?;
    if confirmed {
        return Ok((
            StatusCode::CREATED,
            Json(SubscribeResponse {
                status: "subscribed",
            }),
        ));
    }
    let s = strings(&site.language);
    let subject = if input.kind == "thread" {
        fill(s.follow_subject, &[("title", &title), ("site", &site.name)])
    } else {
        fill(s.subscribe_subject, &[("site", &site.name)])
    };
    let letter = Letter {
        language: site.language.clone(),
        subject,
        paragraphs: vec![fill(s.subscribe_body, &[("site", &site.name)])],
        action: Some((
            s.confirm.to_owned(),
            super::link(&state, &format!("/mail/confirm?token={token}")),
        )),
        after: vec![s.not_you.to_owned()],
        ..Letter::default()
    };
    super::queue(&state, Some(&site.id), &email, "subscribe", &letter).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(SubscribeResponse {
            status: "confirmation_sent",
        }),
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SiteQuery {
    site: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModeratorMailJson {
    /// `off`, `immediate`, `hourly` or `daily`.
    pub digest: String,
    /// An e-mail as soon as a paid-troll campaign is detected.
    pub campaign_alerts: bool,
}

pub const DIGESTS: [&str; 4] = ["off", "immediate", "hourly", "daily"];

/// What `moderator` gets by mail about `site` (the API and the settings page).
pub async fn moderator_choice(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
) -> AppResult<ModeratorMailJson> {
    moderator.require(site)?;
    let mine = store::moderators(&state.db, Some(site))
        .await?
        .into_iter()
        .find(|m| m.reader_id == moderator.user.id);
    Ok(ModeratorMailJson {
        digest: mine
            .as_ref()
            .and_then(|m| m.digest.clone())
            .unwrap_or_else(|| state.config.mail.moderator_digest.clone()),
        campaign_alerts: mine.and_then(|m| m.campaign_alerts).unwrap_or(1) != 0,
    })
}

/// Records `moderator`'s choice for `site` (the API and the settings page).
pub async fn save_moderator_choice(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    choice: &ModeratorMailJson,
) -> AppResult<()> {
    moderator.require(site)?;
    if !DIGESTS.contains(&choice.digest.as_str()) {
        return Err(AppError::invalid(
            "digest",
            "must be off, immediate, hourly or daily",
        ));
    }
    store::set_moderator_mail(
        &state.db,
        site,
        moderator.user.id,
        &choice.digest,
        choice.campaign_alerts,
    )
    .await?;
    Ok(())
}

/// What the signed-in moderator gets by mail about a site.
#[utoipa::path(get, path = "/api/v1/mod/mail", tag = "mail", params(SiteQuery),
    responses((status = 200, body = ModeratorMailJson), (status = 403)))]
pub(crate) async fn moderator_mail(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<ModeratorMailJson>> {
    Ok(Json(moderator_choice(&state, &moderator, &q.site).await?))
}

/// Choose the digest's rhythm and the campaign alerts.
#[utoipa::path(put, path = "/api/v1/mod/mail", tag = "mail", params(SiteQuery), request_body = ModeratorMailJson,
    responses((status = 200, body = ModeratorMailJson), (status = 400), (status = 403)))]
pub(crate) async fn set_moderator_mail(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
    AppJson(input): AppJson<ModeratorMailJson>,
) -> AppResult<Json<ModeratorMailJson>> {
    save_moderator_choice(&state, &moderator, &q.site, &input).await?;
    Ok(Json(input))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueState {
    /// Whether this server sends mail at all.
    pub enabled: bool,
    pub counts: store::QueueCounts,
    /// The latest mails given up or waiting after a failed attempt, newest first.
    pub problems: Vec<store::MailRow>,
}

/// A site's mail queue, for its admins (the API and the settings page).
pub async fn queue_of(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
) -> AppResult<QueueState> {
    moderator.require_admin(site)?;
    Ok(QueueState {
        enabled: super::enabled(state),
        counts: store::counts(&state.db, site).await?,
        problems: store::troubled(&state.db, site, 50).await?,
    })
}

/// The mail queue of a site, for its admins: what waits, what went, what failed and why.
#[utoipa::path(get, path = "/api/v1/admin/mail", tag = "mail", params(SiteQuery),
    responses((status = 200, body = QueueState), (status = 403)))]
pub(crate) async fn queue_state(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<QueueState>> {
    Ok(Json(queue_of(&state, &moderator, &q.site).await?))
}
