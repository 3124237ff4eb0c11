//! Campaigns on a live site, for moderators (the API; the pages are `web::moderation::campaigns`): the list with members, evidence and the
//! moderators' decisions, one campaign with its timeline, and the three actions (dismiss,
//! hold every member's comments, ban every member and remove their votes), each one logged
//! action with the evidence.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use moderation::campaigns::Campaign;
use serde::Deserialize;
use serde_json::{json, Value};
use utoipa::ToSchema;

use super::store::{self, reader_ids, Action, Decided, Decision, TimelineEntry};
use crate::app::AppState;
use crate::db::{now_ms, rfc3339};
use crate::enforcement::domain;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery};
use crate::extract::{Moderator, SiteModerator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mod/campaigns", get(list))
        .route("/api/v1/mod/campaigns/{id}", get(one))
        .route("/api/v1/mod/campaigns/ban", post(ban))
        .route("/api/v1/mod/campaigns/hold", post(hold))
        .route("/api/v1/mod/campaigns/dismiss", post(dismiss))
}

/// A campaign as moderators see it: the detector's findings, the members' names, and the
/// decision taken on it, if any.
pub struct CampaignView {
    pub campaign: Campaign,
    pub readers: Vec<(i64, String)>,
    pub decision: Option<Decision>,
}

impl CampaignView {
    /// `open`, `held`, `dismissed` or `banned`.
    pub fn status(&self) -> &'static str {
        match self.decision.as_ref().map(|d| d.action) {
            None => "open",
            Some(Action::Hold) => "held",
            Some(Action::Dismiss) => "dismissed",
            Some(Action::Ban) => "banned",
        }
    }

    fn to_json(&self) -> Value {
        let c = &self.campaign;
        json!({
            "id": c.id,
            "score": c.score,
            "accounts": c.accounts,
            "readers": self.readers.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
            "summary": c.summary,
            "members": c.members.iter().map(|m| json!({
                "account": m.account,
                "summary": m.summary,
                "evidence": m.evidence.iter().map(|e| {
                    let mut v = serde_json::to_value(e).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("text".into(), e.to_string().into());
                    }
                    v
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "evidence": c.evidence,
            "first_action": rfc3339(c.first_action),
            "detected_at": rfc3339(c.detected_at),
            "last_action": rfc3339(c.last_action),
            "status": self.status(),
            "decision": self.decision.as_ref().map(|d| json!({
                "action": d.action,
                "moderator": d.actor_id,
                "at": rfc3339(d.at),
            })),
        })
    }
}

/// The campaigns on a site now, strongest first; dismissed and banned ones only when `all`.
pub async fn campaigns(state: &AppState, site: &str, all: bool) -> AppResult<Vec<CampaignView>> {
    let found: Vec<(Campaign, Option<Decision>)> = decided(state, site)
        .await?
        .into_iter()
        .filter(|(_, decision)| all || store::is_open(decision.as_ref()))
        .collect();
    let everyone: Vec<i64> = found.iter().flat_map(|(c, _)| reader_ids(c)).collect();
    let names = crate::auth::store::names(&state.db, &everyone).await?;
    Ok(found
        .into_iter()
        .map(|(campaign, decision)| {
            let readers = reader_ids(&campaign)
                .into_iter()
                .map(|id| {
                    let name = names.get(&id).cloned();
                    (id, name.unwrap_or_else(|| format!("reader {id}")))
                })
                .collect();
            CampaignView {
                campaign,
                readers,
                decision,
            }
        })
        .collect())
}

/// The campaigns on a site now, each with the latest decision that covers it.
pub(crate) async fn decided(
    state: &AppState,
    site: &str,
) -> AppResult<Vec<(Campaign, Option<Decision>)>> {
    let found = state.campaigns.campaigns(&state.db, site).await?;
    let decisions = store::decisions(&state.db, site).await?;
    Ok(found
        .into_iter()
        .map(|c| {
            let decision = store::decision_on(&decisions, &c).cloned();
            (c, decision)
        })
        .collect())
}

/// One campaign found on the site now, whatever was decided on it. A campaign is named after
/// one of its members: when it has joined another (fragments of one farm found apart at
/// first), the answer says which campaign holds that member now.
pub async fn find(state: &AppState, site: &str, id: &str) -> AppResult<CampaignView> {
    let mut views = campaigns(state, site, true).await?;
    if let Some(at) = views.iter().position(|v| v.campaign.id == id) {
        return Ok(views.swap_remove(at));
    }
    let namesake = id.strip_prefix("campaign-").unwrap_or(id);
    let holder = views
        .iter()
        .find(|v| v.campaign.accounts.iter().any(|a| a == namesake));
    Err(AppError::NotFound(match holder {
        Some(v) => format!(
            "no campaign {id:?} on this site now; the member it was named after, {namesake:?}, is in {:?}: review that one",
            v.campaign.id
        ),
        None => format!("no campaign {id:?} on this site now"),
    }))
}

/// The members' comments and votes within the detector's window, oldest first.
pub async fn timeline(
    state: &AppState,
    site: &str,
    c: &Campaign,
    limit: usize,
) -> AppResult<Vec<TimelineEntry>> {
    let since = now_ms() - state.campaigns.window_ms();
    Ok(store::timeline(&state.db, site, &reader_ids(c), since, limit).await?)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// Also list the campaigns already dismissed or banned.
    #[serde(default)]
    all: bool,
}

/// Campaigns found in the site's recent activity (`campaign_window_hours`, 24 by default): members, score, evidence (shared texts side
/// by side, shared browsers, vote rings, sign-up bursts, co-activity) and the decision taken.
#[utoipa::path(get, path = "/api/v1/mod/campaigns", tag = "moderation", params(("site" = String, Query, description = "The site"), ListQuery),
    responses((status = 200, description = "`{campaigns: [{id, score, accounts, readers, summary, members: [{account, summary, evidence: [{signal, text, ...}]}], evidence, first_action, detected_at, last_action, status, decision}]}`"), (status = 403)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
    AppQuery(q): AppQuery<ListQuery>,
) -> AppResult<Json<Value>> {
    let views = campaigns(&state, &site, q.all).await?;
    Ok(Json(json!({
        "campaigns": views.iter().map(CampaignView::to_json).collect::<Vec<_>>()
    })))
}

/// One campaign with its timeline: every comment and vote of its members in the window.
#[utoipa::path(get, path = "/api/v1/mod/campaigns/{id}", tag = "moderation", params(("site" = String, Query, description = "The site"), ("id" = String, Path)),
    responses((status = 200, description = "the campaign as in the list, with `timeline: [{at, reader_id, kind, comment_id, detail, url}]`"), (status = 403), (status = 404)))]
pub(crate) async fn one(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
    Path(id): Path<String>,
) -> AppResult<Json<Value>> {
    let view = find(&state, &site, &id).await?;
    let timeline = timeline(&state, &site, &view.campaign, 500).await?;
    let mut out = view.to_json();
    out["timeline"] = json!(timeline
        .iter()
        .map(|e| json!({
            "at": rfc3339(e.at),
            "reader_id": e.reader_id,
            "kind": e.kind,
            "comment_id": e.comment_id,
            "detail": e.detail,
            "url": e.url,
        }))
        .collect::<Vec<_>>());
    Ok(Json(out))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignRequest {
    site: String,
    /// The campaign's `id` from `GET /api/v1/mod/campaigns`.
    campaign: String,
    reason: String,
}

/// What an action did.
pub enum Outcome {
    Dismissed,
    Held {
        comments: usize,
    },
    Banned {
        readers: Vec<i64>,
        addresses: Vec<std::net::IpAddr>,
        bans: Vec<i64>,
    },
}

/// Takes a decision on a campaign found on the site now (the API and the moderation pages).
pub async fn decide(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    campaign_id: &str,
    reason: &str,
    action: Action,
) -> AppResult<Outcome> {
    moderator.require(site)?;
    let reason = domain::reason(reason)?;
    let view = find(state, site, campaign_id).await?;
    if let Some(d) = view.decision.as_ref().filter(|d| d.action == action) {
        return Err(AppError::Conflict(format!(
            "campaign {campaign_id:?} was already {} on {}",
            view.status(),
            rfc3339(d.at)
        )));
    }
    let decided = Decided {
        site,
        campaign: &view.campaign,
        reason: &reason,
        actor: moderator.user.id,
    };
    let outcome = match action {
        Action::Dismiss => {
            decided.dismiss(&state.db).await?;
            Outcome::Dismissed
        }
        Action::Hold => Outcome::Held {
            comments: decided.hold(&state.db).await?,
        },
        Action::Ban => {
            let bans = decided.ban(&state.db).await?;
            for ban in &bans {
                state
                    .notices
                    .send(crate::notices::Notice::Banned { ban: ban.id });
            }
            Outcome::Banned {
                readers: reader_ids(&view.campaign),
                addresses: store::anonymous_addresses(&view.campaign),
                bans: bans.iter().map(|b| b.id).collect(),
            }
        }
    };
    tracing::info!(
        site,
        campaign = campaign_id,
        action = action.as_str(),
        accounts = view.campaign.accounts.len(),
        "campaign decided"
    );
    Ok(outcome)
}

async fn act(
    state: AppState,
    moderator: Moderator,
    input: CampaignRequest,
    action: Action,
) -> AppResult<(StatusCode, Json<Value>)> {
    let outcome = decide(
        &state,
        &moderator,
        &input.site,
        &input.campaign,
        &input.reason,
        action,
    )
    .await?;
    let body = match outcome {
        Outcome::Dismissed => json!({"campaign": input.campaign, "status": "dismissed"}),
        Outcome::Held { comments } => {
            json!({"campaign": input.campaign, "status": "held", "comments_held": comments})
        }
        Outcome::Banned {
            readers,
            addresses,
            bans,
        } => json!({
            "campaign": input.campaign,
            "status": "banned",
            "banned": readers,
            "banned_addresses": addresses,
            "bans": bans,
        }),
    };
    Ok((StatusCode::CREATED, Json(body)))
}

/// Ban every member of a campaign (readers, and anonymous authors by address) and remove
/// their votes: one action in the moderation log, with the campaign's evidence.
#[utoipa::path(post, path = "/api/v1/mod/campaigns/ban", tag = "moderation", request_body = CampaignRequest,
    responses((status = 201, description = "`{campaign, status, banned: [reader ids], banned_addresses: [anonymous authors' addresses], bans: [ban ids]}`"), (status = 403), (status = 404), (status = 409, description = "already banned")))]
pub(crate) async fn ban(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<CampaignRequest>,
) -> AppResult<(StatusCode, Json<Value>)> {
    act(state, moderator, input, Action::Ban).await
}

/// Hold every member's comments: their visible comments on the site go to the queue and
/// their next ones wait for a moderator (per-reader pre-moderation). One logged action.
#[utoipa::path(post, path = "/api/v1/mod/campaigns/hold", tag = "moderation", request_body = CampaignRequest,
    responses((status = 201, description = "`{campaign, status, comments_held}`"), (status = 403), (status = 404), (status = 409, description = "already held")))]
pub(crate) async fn hold(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<CampaignRequest>,
) -> AppResult<(StatusCode, Json<Value>)> {
    act(state, moderator, input, Action::Hold).await
}

/// Dismiss a campaign: it leaves the list until it grows beyond its present members.
#[utoipa::path(post, path = "/api/v1/mod/campaigns/dismiss", tag = "moderation", request_body = CampaignRequest,
    responses((status = 201, description = "`{campaign, status}`"), (status = 403), (status = 404), (status = 409, description = "already dismissed")))]
pub(crate) async fn dismiss(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<CampaignRequest>,
) -> AppResult<(StatusCode, Json<Value>)> {
    act(state, moderator, input, Action::Dismiss).await
}
