//! Go ad-free: supporter plans, Stripe Checkout and the customer portal, verified idempotent
//! webhooks, admin grants, and the supporter status that hides ad slots and earns a badge.
//!
//! The webhook path: verify `Stripe-Signature` over the raw body first → parse the event →
//! [`events::effect`] decides what it means → [`store::apply`] records the event id and the
//! effect in one transaction (a replay changes nothing).

pub mod events;
pub mod store;
pub mod stripe;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::config::Plan;
use crate::db::{now_ms, rfc3339};
use crate::error::{AppError, AppResult};
use crate::extract::AuthUser;
use crate::extract::{AppJson, AppQuery};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/billing/plans", get(plans))
        .route("/api/v1/billing/checkout", post(checkout))
        .route("/api/v1/billing/portal", post(portal))
        .route("/api/v1/billing/stripe/webhook", post(webhook))
}

/// A reader's support of one site, as the API shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Support {
    pub site: String,
    /// `stripe` or `grant`.
    pub source: String,
    /// RFC 3339; null when open-ended.
    pub until: Option<String>,
    pub status: String,
}

impl Support {
    fn of(row: &store::SupporterRow) -> Support {
        Support {
            site: row.site_id.clone(),
            source: row.source.clone(),
            until: row.active_until.map(rfc3339),
            status: row.status.clone(),
        }
    }
}

/// The sites a reader supports now.
pub async fn support_of(state: &AppState, reader: i64) -> AppResult<Vec<Support>> {
    let now = now_ms();
    Ok(store::supporter_everywhere(&state.db, reader)
        .await?
        .iter()
        .filter(|r| r.is_active(now))
        .map(Support::of)
        .collect())
}

/// Whether a reader supports a site now.
pub async fn is_supporter(state: &AppState, site: &str, reader: Option<i64>) -> AppResult<bool> {
    let Some(reader) = reader else {
        return Ok(false);
    };
    Ok(store::supporter(&state.db, site, reader)
        .await?
        .is_some_and(|r| r.is_active(now_ms())))
}

fn site_plans<'a>(state: &'a AppState, site: &'a str) -> impl Iterator<Item = &'a Plan> {
    state
        .config
        .billing
        .plans
        .iter()
        .filter(move |p| p.site == site)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SiteQuery {
    site: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlansResponse {
    plans: Vec<PublicPlan>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicPlan {
    id: String,
    name: String,
    price: String,
    currency: String,
    interval: String,
}

/// A site's supporter plans.
#[utoipa::path(get, path = "/api/v1/billing/plans", tag = "billing", params(SiteQuery),
    responses((status = 200, body = PlansResponse), (status = 404)))]
async fn plans(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<PlansResponse>> {
    state.sites.get(&state.db, &q.site).await?;
    Ok(Json(PlansResponse {
        plans: site_plans(&state, &q.site)
            .map(|p| PublicPlan {
                id: p.id.clone(),
                name: p.name.clone(),
                price: p.price.clone(),
                currency: p.currency.clone(),
                interval: p.interval.clone(),
            })
            .collect(),
    }))
}

/// Where Stripe may send the reader back: this instance's pages or the site's own origins,
/// never anywhere else (no open redirect through Tribune).
fn return_url(
    state: &AppState,
    site: &crate::sites::store::SiteRow,
    raw: &str,
) -> AppResult<url::Url> {
    let url = url::Url::parse(raw)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| AppError::invalid("return_url", "must be an absolute http(s) URL"))?;
    let origin = url.origin().ascii_serialization();
    let own = url::Url::parse(&state.config.public_url())
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    if origin != own && !site.allows_origin(&origin) {
        return Err(AppError::invalid(
            "return_url",
            "must be on this site's own pages or one of its allowed origins",
        ));
    }
    Ok(url)
}

fn stripe(state: &AppState) -> AppResult<stripe::Client> {
    let client = stripe::Client::new(
        &state.config.billing.stripe_api_base,
        state.config.stripe_secret_key.clone(),
    );
    if !client.configured() {
        return Err(AppError::NotFound(
            "this site does not take payments (stripe_secret_key is not configured)".into(),
        ));
    }
    Ok(client)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckoutRequest {
    site: String,
    /// A plan id from `/api/v1/billing/plans`.
    plan: String,
    /// The page to come back to after paying (or giving up).
    return_url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RedirectResponse {
    /// Send the reader's browser here.
    url: String,
}

/// Start a Stripe Checkout for a supporter plan (signed-in readers).
#[utoipa::path(post, path = "/api/v1/billing/checkout", tag = "billing", request_body = CheckoutRequest,
    responses((status = 200, body = RedirectResponse), (status = 400), (status = 401), (status = 404), (status = 409), (status = 502)))]
async fn checkout(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<CheckoutRequest>,
) -> AppResult<Json<RedirectResponse>> {
    Ok(Json(RedirectResponse {
        url: start_checkout(&state, &user, &input.site, &input.plan, &input.return_url).await?,
    }))
}

/// Creates the Checkout session; returns Stripe's URL for it (the API and the /support page).
pub async fn start_checkout(
    state: &AppState,
    user: &AuthUser,
    site_id: &str,
    plan: &str,
    raw_return: &str,
) -> AppResult<String> {
    let site = state.sites.get(&state.db, site_id).await?;
    let plan = site_plans(state, &site.id)
        .find(|p| p.id == plan)
        .ok_or_else(|| AppError::NotFound(format!("site {:?} has no plan {plan:?}", site.id)))?;
    let back = return_url(state, &site, raw_return)?;
    if is_supporter(state, &site.id, Some(user.id)).await? {
        return Err(AppError::Conflict(
            "you already support this site: thank you".into(),
        ));
    }
    let mut success = back.clone();
    success.query_pairs_mut().append_pair("supporter", "thanks");
    let existing = store::supporter(&state.db, &site.id, user.id).await?;
    let reader = crate::auth::store::reader(&state.db, user.id).await?;
    let email = reader.as_ref().and_then(|r| r.email.clone());
    let session = stripe(state)?
        .checkout(&stripe::Checkout {
            price: &plan.stripe_price,
            site: &site.id,
            reader_id: user.id,
            email: email.as_deref(),
            customer: existing.as_ref().and_then(|s| s.stripe_customer.as_deref()),
            success_url: success.as_str(),
            cancel_url: back.as_str(),
        })
        .await
        .map_err(stripe_failed)?;
    tracing::info!(reader = user.id, site = %site.id, plan = %plan.id, session = ?session.id, "checkout started");
    Ok(session.url)
}

fn stripe_failed(e: anyhow::Error) -> AppError {
    tracing::error!(error = %e, "Stripe request failed");
    AppError::BadGateway(
        "the payment provider did not answer as expected; try again in a moment".into(),
    )
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PortalRequest {
    site: String,
    return_url: String,
}

/// Open Stripe's customer portal, where a supporter cancels or changes their card.
#[utoipa::path(post, path = "/api/v1/billing/portal", tag = "billing", request_body = PortalRequest,
    responses((status = 200, body = RedirectResponse), (status = 401), (status = 404)))]
async fn portal(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<PortalRequest>,
) -> AppResult<Json<RedirectResponse>> {
    Ok(Json(RedirectResponse {
        url: portal_url(&state, &user, &input.site, &input.return_url).await?,
    }))
}

/// A customer-portal session's URL (the API and the /support page).
pub async fn portal_url(
    state: &AppState,
    user: &AuthUser,
    site_id: &str,
    raw_return: &str,
) -> AppResult<String> {
    let site = state.sites.get(&state.db, site_id).await?;
    let back = return_url(state, &site, raw_return)?;
    let customer = store::supporter(&state.db, &site.id, user.id)
        .await?
        .and_then(|s| s.stripe_customer)
        .ok_or_else(|| {
            AppError::NotFound("you have no Stripe subscription with this site".into())
        })?;
    let session = stripe(state)?
        .portal(&customer, back.as_str())
        .await
        .map_err(stripe_failed)?;
    Ok(session.url)
}

/// Stripe's webhook. The signature is checked over the raw body before anything else; each
/// event id is processed once. Exempt from CSRF (it is not a browser), from nothing else.
#[utoipa::path(post, path = "/api/v1/billing/stripe/webhook", tag = "billing",
    request_body(content = Object, description = "A Stripe event, signed in the `Stripe-Signature` header"),
    responses((status = 200, description = "`{received: true, outcome}`"), (status = 400, description = "bad signature or event")))]
async fn webhook(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Json<serde_json::Value>> {
    let secrets: Vec<&str> = state
        .config
        .stripe_webhook_secret
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let header = headers
        .get("stripe-signature")
        .and_then(|v| v.to_str().ok());
    let now = now_ms() / 1000;
    stripe::verify(header, &body, &secrets, now).map_err(|e| {
        tracing::warn!(error = %e, "webhook refused");
        AppError::bad_request("bad_signature", e.to_string())
    })?;
    let event = events::Event::parse(&body).map_err(|e| AppError::bad_request("bad_event", e))?;
    let effect = events::effect(&event, state.config.billing.grace_days);
    let outcome = store::apply(&state.db, &event, effect.as_ref()).await?;
    if let store::Outcome::Applied(Some(change)) = &outcome {
        let kind = if change.started {
            crate::webhooks::EventType::SupporterStarted
        } else {
            crate::webhooks::EventType::SupporterEnded
        };
        let data = json!({"reader_id": change.reader_id, "status": change.status,
            "active_until": change.active_until.map(rfc3339), "source": "stripe"});
        crate::webhooks::emit(&state, &change.site, kind, &data).await;
    }
    metrics::counter!("tribune_stripe_events_total", "outcome" => outcome.as_str()).increment(1);
    match &outcome {
        // Answered 200 all the same: Stripe would retry an error for days, and a retry cannot
        // make an unknown site or reader known.
        store::Outcome::Unmatched(why) => tracing::warn!(
            event = %event.id, kind = %event.kind, why, "Stripe event matches no supporter: see `tribune admin stripe-events`"
        ),
        _ => {
            tracing::info!(event = %event.id, kind = %event.kind, outcome = outcome.as_str(), "Stripe event")
        }
    }
    Ok(Json(json!({"received": true, "outcome": outcome.as_str()})))
}
