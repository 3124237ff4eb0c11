//! The path of a comment, in order, each step able to stop it:
//!
//! 1. **Input**: the site (and the origin that may post to it), the page URL, the text and
//!    its rendering, parsed into domain types (400 on bad input).
//! 2. **Identity**: the signed-in reader, or an anonymous author where the site allows them.
//! 3. **Bans**: `state.enforcement.standing`; a banned author gets 403 whatever the text
//!    says, so a rude name or body never turns a ban into a 422.
//! 4. **Rate limits**: 429.
//! 5. **House rules** (`state.policy`, the only call into the moderation crate): the name an
//!    anonymous author chose, then the text. A refusal is a 422 carrying the verdict, and a
//!    refused text a strike (`state.enforcement.strike`).
//! 6. **Placement**: `state.enforcement.place` decides whether an allowed comment waits for
//!    a moderator (a hold by the rules, pre-moderation, possible ban evasion, a shadow ban).
//!
//! Steps 3, 5 (the strike) and 6 are enforcement's: `enforcement::Gate`, reached through
//! `AppState` because enforcement acts on comments and imports this capability (the shared
//! types are in [`super::placement`]).
//! 7. **Storage**: one transaction in [`store::insert`].
//! 8. **Announcement**: after the commit, the public view goes to the live feed.
//!
//! An edit takes steps 1, 3, 5 and 7: it never leaves the queue by itself.

use moderation::{Decision, Verdict};

use super::domain::{CommentStatus, CommentText};
use super::handlers::NewCommentRequest;
use super::placement::{Author, Placement};
use super::store::{self, CommentRow, NewComment};
use super::view::{Badges, CommentJson};
use crate::app::AppState;
use crate::auth::domain::DisplayName;
use crate::auth::{random_token, token_hash};
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::extract::{AuthUser, ClientIp};
use crate::notices::Notice;
use crate::sites::store::SiteRow;
use crate::webhooks::{self, hook, EventType};

/// The house rules' verdict on a field, or the refusal.
fn judge(field: &str, verdict: Verdict) -> AppResult<Verdict> {
    metrics::counter!("tribune_verdicts_total", "decision" => verdict.decision.as_str())
        .increment(1);
    match verdict.decision {
        Decision::Refuse => {
            let reason = verdict
                .main_reason()
                .map(|r| r.message.clone())
                .unwrap_or_default();
            Err(AppError::Refused {
                message: format!("`{field}` was refused by the house rules: {reason}"),
                verdict: Box::new(verdict),
            })
        }
        Decision::Hold | Decision::Allow => Ok(verdict),
    }
}

/// Where a comment comes from.
pub struct Client<'a> {
    pub ip: ClientIp,
    pub origin: Option<&'a str>,
    /// The widget's device id (`X-Tribune-Device`), a ban-evasion signal.
    pub device: Option<&'a str>,
}

pub async fn submit(
    state: &AppState,
    input: NewCommentRequest,
    user: Option<AuthUser>,
    client: Client<'_>,
) -> AppResult<CommentJson> {
    let ip = client.ip.0;
    let site = state.sites.get(&state.db, &input.site).await?;
    if let Some(origin) = client.origin {
        let own = state.config.public_url();
        let own = own.as_ref();
        if origin != own && !site.allows_origin(origin) {
            return Err(AppError::Forbidden(format!(
                "origin {origin} may not post to site {:?}",
                site.id
            )));
        }
    }
    let url = crate::sites::page_url(state, &site, &input.url)?;
    let text = CommentText::parse(&input.body, state.config.max_comment_chars)?;
    let html = text.render()?;
    // Identity: a signed-in reader, or an anonymous author where the site allows them.
    let (author_id, author_name, anonymous_name) = match &user {
        Some(u) => {
            u.require_home(&site.id)?;
            (Some(u.id), u.name.clone(), false)
        }
        None if site.allows_anonymous() => {
            let name = DisplayName::parse(
                "author_name",
                input.author_name.as_deref().unwrap_or("Anonymous"),
            )?;
            (None, name.into_string(), true)
        }
        None => return Err(AppError::Unauthorized),
    };
    let author = Author {
        reader: author_id,
        ip,
        shared_address: client.ip.is_shared(),
        device: client.device,
    };
    // Bans, then rate limits: a banned author is told so whatever they send.
    let standing = state.enforcement.standing(&site, author_id, ip).await?;
    state.limits.check(&state.db, ip, author_id).await?;
    // The house rules, on the name an anonymous author chose and on the text.
    if anonymous_name {
        judge(
            "author_name",
            state
                .policy
                .evaluate_with(&author_name, site.words.as_ref()),
        )?;
    }
    let verdict = judge_body(state, &site, &author, &text)
        .await
        .map_err(|e| text.in_submitted(&input.body, e))?;
    let mut placement = state
        .enforcement
        .place(&site, &author, &standing, &verdict, &html)
        .await?;
    // The site's own moderation service, when it has one, rules on the text.
    let asked = hook::Asked {
        url: url.as_str(),
        parent_id: input.parent_id,
        author_id,
        author_name: &author_name,
        body: text.as_str(),
        html: &html,
    };
    let held = placement.status == CommentStatus::Pending;
    match hook::ask(state, &site, &asked, &verdict, held).await {
        Some(hook::Ruling::Refuse(reason)) => {
            let mut refused = verdict.clone();
            refused.decision = Decision::Refuse;
            return Err(AppError::Refused {
                message: format!("The site's moderation refused this comment: {reason}"),
                verdict: Box::new(refused),
            });
        }
        Some(ruling) => placement.follow(&ruling),
        None => {}
    }
    let status = placement.status;
    let edit_token = author_id.is_none().then(random_token);
    let verdict_json = (verdict.decision != Decision::Allow)
        .then(|| serde_json::to_string(&verdict))
        .transpose()
        .map_err(anyhow::Error::from)?;
    let row = store::insert(
        &state.db,
        &NewComment {
            site_id: &site.id,
            url: url.as_str(),
            parent_id: input.parent_id,
            author_id,
            author_name: &author_name,
            body: text.as_str(),
            html: &html,
            status,
            verdict: verdict_json.as_deref(),
            edit_token_hash: edit_token.as_deref().map(token_hash).as_deref(),
            ip: &ip.to_string(),
            queue_reason: placement.queue_reason.as_deref(),
            risk: placement.risk,
            evasion_of: placement.evasion_of,
            shadow: placement.shadow,
            device: client.device,
        },
    )
    .await?;
    metrics::counter!("tribune_comments_total", "status" => status.as_str()).increment(1);
    tracing::info!(comment = row.id, site = %site.id, %status, "comment stored");
    let badges = Badges::of(&state.db, &site, author_id).await?;
    if row.is_public() {
        let public = CommentJson::new(&row, false, &badges);
        state.live.announce(&site.id, url.as_str(), &public);
        let event = CommentEvent {
            comment: &public,
            url: url.as_str(),
            reason: None,
            verdict: None,
        };
        webhooks::emit(state, &site.id, EventType::CommentCreated, &event).await;
        state.notices.send(Notice::CommentPublished {
            site: site.id.clone(),
            url: url.as_str().to_owned(),
            comment: row.id,
        });
    } else if status == CommentStatus::Pending {
        let held = CommentJson::for_moderators(&row);
        let event = CommentEvent {
            comment: &held,
            url: url.as_str(),
            reason: row.queue_reason.as_deref(),
            verdict: Some(&verdict),
        };
        webhooks::emit(state, &site.id, EventType::CommentHeld, &event).await;
    }
    let mut json = CommentJson::new(&row, true, &badges);
    json.edit_token = edit_token;
    Ok(json)
}

/// The data of the `comment.created` and `comment.held` webhooks: borrowed, so nothing is
/// serialized for a site without webhooks.
#[derive(serde::Serialize)]
struct CommentEvent<'a> {
    comment: &'a CommentJson,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<&'a Verdict>,
}

/// The house rules on a comment body: a refusal counts as a strike against its author.
async fn judge_body(
    state: &AppState,
    site: &SiteRow,
    author: &Author<'_>,
    text: &CommentText,
) -> AppResult<Verdict> {
    match judge("body", text.verdict(&state.policy, site.words.as_ref())) {
        Err(AppError::Refused { message, verdict }) => {
            state
                .enforcement
                .strike(site, author, text.as_str(), &verdict)
                .await?;
            Err(AppError::Refused { message, verdict })
        }
        judged => judged,
    }
}

/// Whether the request comes from the comment's author: the signed-in reader who wrote it,
/// or the holder of the anonymous comment's edit token.
fn is_author(c: &CommentRow, user: Option<&AuthUser>, edit_token: Option<&str>) -> bool {
    match (c.author_id, user, edit_token, &c.edit_token_hash) {
        (Some(author), Some(u), _, _) => author == u.id,
        (None, _, Some(token), Some(hash)) => token_hash(token) == *hash,
        _ => false,
    }
}

pub async fn edit(
    state: &AppState,
    id: i64,
    body: &str,
    user: Option<&AuthUser>,
    edit_token: Option<&str>,
    client: ClientIp,
) -> AppResult<CommentJson> {
    let ip = client.0;
    let store::PostedComment {
        comment: c,
        site_id,
        ..
    } = store::get_posted(&state.db, id)
        .await?
        .ok_or(store::StoreError::NoComment(id))?;
    if !is_author(&c, user, edit_token) {
        return Err(AppError::Forbidden(
            "only the author can edit this comment".into(),
        ));
    }
    if !matches!(c.status, CommentStatus::Visible | CommentStatus::Pending) {
        return Err(AppError::Conflict(format!(
            "a {} comment cannot be edited",
            c.status
        )));
    }
    let window_ms = state.config.edit_window_secs as i64 * 1000;
    if now_ms() - c.created_at > window_ms {
        return Err(AppError::Forbidden(format!(
            "the edit window ({} minutes after posting) has closed",
            state.config.edit_window_secs / 60
        )));
    }
    let text = CommentText::parse(body, state.config.max_comment_chars)?;
    let site = state.sites.get(&state.db, &site_id).await?;
    let html = text.render()?;
    let author = Author {
        reader: c.author_id,
        ip,
        shared_address: client.is_shared(),
        device: None,
    };
    let standing = state.enforcement.standing(&site, c.author_id, ip).await?;
    let verdict = judge_body(state, &site, &author, &text)
        .await
        .map_err(|e| text.in_submitted(body, e))?;
    let placement = Placement::of_rules(&verdict, standing.shadow);
    // An edit never brings a comment out of the queue: a moderator decides that.
    let status = if c.status == CommentStatus::Pending {
        CommentStatus::Pending
    } else {
        placement.status
    };
    let verdict_json = (verdict.decision != Decision::Allow)
        .then(|| serde_json::to_string(&verdict))
        .transpose()
        .map_err(anyhow::Error::from)?;
    let row = store::update_body(
        &state.db,
        &c,
        text.as_str(),
        &html,
        status,
        verdict_json.as_deref(),
    )
    .await?;
    let badges = Badges::of(&state.db, &site, row.author_id).await?;
    Ok(CommentJson::new(&row, true, &badges))
}

pub async fn delete(
    state: &AppState,
    id: i64,
    user: Option<&AuthUser>,
    edit_token: Option<&str>,
) -> AppResult<CommentJson> {
    let c = store::get(&state.db, id).await?;
    if !is_author(&c, user, edit_token) {
        return Err(AppError::Forbidden(
            "only the author can delete this comment".into(),
        ));
    }
    if c.status == CommentStatus::Deleted {
        return Ok(CommentJson::new(&c, true, &Badges::none()));
    }
    let row = store::soft_delete(&state.db, &c).await?;
    Ok(CommentJson::new(&row, true, &Badges::none()))
}
