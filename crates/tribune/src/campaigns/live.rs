//! Campaigns on a live site: the detector run over the site's recent activity in the database
//! (comments with their address and browser, votes, sign-ups), so that every instance sees
//! the same campaigns; and the one-action ban of a campaign.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use moderation::campaigns::{Campaign, Config, Event, Kind};
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::db::{now_ms, rfc3339, Db};
use crate::enforcement::{domain, store};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, Moderator};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mod/campaigns", get(list))
        .route("/api/v1/mod/campaigns/ban", post(ban))
}

/// How far back the detector looks on a live site: its default window.
fn since() -> i64 {
    now_ms() - Config::default().window_ms
}

fn event(at: i64, kind: Kind, account: String, ip: String, url: String) -> Event {
    Event {
        at,
        ts: rfc3339(at),
        kind,
        account,
        ip,
        device: None,
        site: String::new(),
        url,
        comment_id: None,
        parent_id: None,
        text: None,
        target: None,
        value: None,
    }
}

fn account(reader: Option<i64>, ip: &str) -> String {
    match reader {
        Some(id) => format!("reader:{id}"),
        None => format!("ip:{ip}"),
    }
}

/// The site's activity since `since`, in time order, as detector events.
pub async fn site_events(db: &Db, site: &str, since: i64) -> Result<Vec<Event>, sqlx::Error> {
    let mut events = Vec::new();
    let signups: Vec<(i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT r.id, r.created_at,
                (SELECT c.ip FROM comments c WHERE c.author_id = r.id ORDER BY c.created_at LIMIT 1)
         FROM readers r WHERE r.created_at >= $2 AND EXISTS
             (SELECT 1 FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.author_id = r.id AND p.site_id = $1)",
    )
    .bind(site)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    for (id, at, ip) in signups {
        events.push(event(
            at,
            Kind::Signup,
            account(Some(id), ""),
            ip.unwrap_or_default(),
            String::new(),
        ));
    }
    #[derive(sqlx::FromRow)]
    struct CommentEvent {
        id: i64,
        author_id: Option<i64>,
        ip: Option<String>,
        device: Option<String>,
        body: String,
        created_at: i64,
        url: String,
    }
    let comments: Vec<CommentEvent> = sqlx::query_as(
        "SELECT c.id, c.author_id, c.ip, c.device, c.body, c.created_at, p.url
         FROM comments c JOIN pages p ON p.id = c.page_id WHERE p.site_id = $1 AND c.created_at >= $2",
    )
    .bind(site)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    for c in comments {
        let ip = c.ip.unwrap_or_default();
        let mut e = event(
            c.created_at,
            Kind::Comment,
            account(c.author_id, &ip),
            ip,
            c.url,
        );
        e.comment_id = Some(c.id.to_string());
        e.device = c.device;
        e.text = Some(c.body);
        events.push(e);
    }
    let votes: Vec<(i64, i64, i64, i64, String)> = sqlx::query_as(
        "SELECT v.reader_id, v.comment_id, v.value, v.created_at, p.url
         FROM votes v JOIN comments c ON c.id = v.comment_id JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND v.created_at >= $2",
    )
    .bind(site)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    for (reader, comment, value, at, url) in votes {
        let mut e = event(
            at,
            Kind::Vote,
            account(Some(reader), ""),
            String::new(),
            url,
        );
        e.target = Some(comment.to_string());
        e.value = Some(if value > 0 { 1 } else { -1 });
        events.push(e);
    }
    events.sort_by_key(|e| e.at);
    Ok(events)
}

/// The campaigns on a site now.
pub async fn detect(state: &AppState, site: &str) -> AppResult<Vec<Campaign>> {
    let events = site_events(&state.db, site, since()).await?;
    // The detector is CPU work: off the async workers.
    let found = tokio::task::spawn_blocking(move || super::detect(&events, Config::default()).0)
        .await
        .map_err(anyhow::Error::from)?;
    Ok(found)
}

pub fn reader_ids(c: &Campaign) -> Vec<i64> {
    c.accounts
        .iter()
        .filter_map(|a| a.strip_prefix("reader:")?.parse().ok())
        .collect()
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SiteQuery {
    site: String,
}

/// Campaigns found in the site's last 24 hours: members, score, evidence (shared texts side
/// by side, shared browsers, vote rings, sign-up bursts, co-activity) and timeline.
#[utoipa::path(get, path = "/api/v1/mod/campaigns", tag = "moderation", params(SiteQuery),
    responses((status = 200, description = "`{campaigns: [{id, score, accounts, readers, evidence, first_action, detected_at}]}`"), (status = 403)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    moderator: Moderator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<serde_json::Value>> {
    moderator.require(&q.site)?;
    let found = detect(&state, &q.site).await?;
    let mut names: HashMap<i64, String> = HashMap::new();
    for id in found.iter().flat_map(reader_ids) {
        if let Some(r) = crate::auth::store::reader(&state.db, id).await? {
            names.insert(id, r.name);
        }
    }
    let mut out = super::to_json(&found);
    if let Some(list) = out["campaigns"].as_array_mut() {
        for (json, c) in list.iter_mut().zip(&found) {
            json["readers"] = json!(reader_ids(c)
                .iter()
                .map(|id| json!({"id": id, "name": names.get(id)}))
                .collect::<Vec<_>>());
        }
    }
    Ok(Json(out))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BanCampaignRequest {
    site: String,
    /// The campaign's `id` from `GET /api/v1/mod/campaigns`.
    campaign: String,
    reason: String,
}

/// Ban every reader of a campaign and remove their votes: one action in the moderation log,
/// with the campaign's evidence.
#[utoipa::path(post, path = "/api/v1/mod/campaigns/ban", tag = "moderation", request_body = BanCampaignRequest,
    responses((status = 201), (status = 403), (status = 404)))]
pub(crate) async fn ban(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<BanCampaignRequest>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let (readers, bans) = ban_campaign(
        &state,
        &moderator,
        &input.site,
        &input.campaign,
        &input.reason,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"campaign": input.campaign, "banned": readers, "bans": bans})),
    ))
}

/// Bans a campaign found on the site now (the API and the moderation pages): returns the
/// readers banned and the bans' ids.
pub async fn ban_campaign(
    state: &AppState,
    moderator: &Moderator,
    site: &str,
    campaign_id: &str,
    reason: &str,
) -> AppResult<(Vec<i64>, Vec<i64>)> {
    moderator.require(site)?;
    let reason = domain::reason(reason)?;
    let found = detect(state, site).await?;
    let campaign = found.iter().find(|c| c.id == campaign_id).ok_or_else(|| {
        AppError::NotFound(format!("no campaign {campaign_id:?} on this site now"))
    })?;
    let readers = reader_ids(campaign);
    let bans = store::ban_campaign(
        &state.db,
        site,
        &campaign.id,
        &readers,
        &reason,
        moderator.user.id,
        json!({"score": campaign.score, "accounts": campaign.accounts, "evidence": campaign.evidence}),
    )
    .await?;
    tracing::info!(
        site,
        campaign = campaign.id,
        readers = readers.len(),
        "campaign banned"
    );
    Ok((readers, bans.iter().map(|b| b.id).collect()))
}
