//! Sites (publications, each with its allowed origins and SSO secret) and pages (articles,
//! identified by canonical URL within a site, created on their first comment).

pub mod domain;
pub mod store;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{RawQuery, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use self::domain::{PageUrl, SiteId};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/counts", get(counts_get).post(counts_post))
}

/// Site settings, cached for a few seconds: every request names its site, and sites change
/// rarely (an admin's change reaches every instance within [`SITE_TTL`]).
#[derive(Clone)]
pub struct SiteCache {
    entries: Arc<quick_cache::sync::Cache<String, (Instant, Arc<store::SiteRow>)>>,
}

pub const SITE_TTL: Duration = Duration::from_secs(5);

impl Default for SiteCache {
    fn default() -> Self {
        SiteCache {
            entries: Arc::new(quick_cache::sync::Cache::new(1024)),
        }
    }
}

impl SiteCache {
    /// The site, or a 404 naming it.
    pub async fn get(&self, db: &crate::db::Db, id: &str) -> Result<Arc<store::SiteRow>, AppError> {
        if let Some((at, row)) = self.entries.get(id) {
            if at.elapsed() < SITE_TTL {
                return Ok(row);
            }
        }
        let mut row = store::site(db, SiteId::parse(id)?.as_str()).await?;
        if !(row.banned_words.is_empty() && row.suspect_words.is_empty()) {
            // Lists are validated when they are set; a list that stopped compiling (a newer
            // normalization) is reported and left out rather than failing every comment.
            match store::word_lists(&row.banned_words, &row.suspect_words) {
                Ok(words) => row.words = Some(words),
                Err(e) => tracing::error!(site = %row.id, error = %e, "site word list ignored"),
            }
        }
        let row = Arc::new(row);
        self.entries
            .insert(id.to_owned(), (Instant::now(), row.clone()));
        Ok(row)
    }

    /// Drops this instance's copy after a change made here (other instances catch up within
    /// `SITE_TTL`).
    pub fn forget(&self, id: &str) {
        self.entries.remove(id);
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CountsRequest {
    site: String,
    urls: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CountsResponse {
    /// Visible comments per requested URL (0 for pages without comments).
    counts: std::collections::BTreeMap<String, i64>,
}

/// The most URLs one counts request may ask about.
const MAX_COUNT_URLS: usize = 200;

async fn counts(
    state: &AppState,
    site: &str,
    urls: Vec<String>,
) -> AppResult<Json<CountsResponse>> {
    let site = state.sites.get(&state.db, site).await?;
    if urls.len() > MAX_COUNT_URLS {
        return Err(AppError::invalid(
            "urls",
            &format!("may list at most {MAX_COUNT_URLS} pages"),
        ));
    }
    let canonical: Vec<(String, String)> = urls
        .into_iter()
        .map(|u| page_url(state, &site, &u).map(|p| (u, p.into_string())))
        .collect::<Result<_, _>>()?;
    let keys: Vec<String> = canonical.iter().map(|(_, c)| c.clone()).collect();
    let found: std::collections::HashMap<String, i64> = store::counts(&state.db, &site.id, &keys)
        .await?
        .into_iter()
        .collect();
    let counts = canonical
        .into_iter()
        .map(|(asked, key)| (asked, found.get(&key).copied().unwrap_or(0)))
        .collect();
    Ok(Json(CountsResponse { counts }))
}

/// Comment counts: `GET /api/v1/counts?site=S&url=U1&url=U2`.
#[utoipa::path(get, path = "/api/v1/counts", tag = "comments",
    params(("site" = String, Query), ("url" = Vec<String>, Query, description = "repeat for each page")),
    responses((status = 200, body = CountsResponse), (status = 404, description = "unknown site")))]
async fn counts_get(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> AppResult<Json<CountsResponse>> {
    let query = query.unwrap_or_default();
    let mut site = None;
    let mut urls = Vec::new();
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        match &*k {
            "site" => site = Some(v.into_owned()),
            "url" => urls.push(v.into_owned()),
            _ => {}
        }
    }
    let site = site.ok_or_else(|| AppError::invalid("site", "is required"))?;
    counts(&state, &site, urls).await
}

/// Comment counts for many pages: `POST /api/v1/counts {site, urls}`.
#[utoipa::path(post, path = "/api/v1/counts", tag = "comments", request_body = CountsRequest,
    responses((status = 200, body = CountsResponse), (status = 404, description = "unknown site")))]
async fn counts_post(
    State(state): State<AppState>,
    AppJson(input): AppJson<CountsRequest>,
) -> AppResult<Json<CountsResponse>> {
    counts(&state, &input.site, input.urls).await
}

/// The canonical address of a page of `site`, as every thread, count and live feed is keyed
/// (see [`PageUrl::canonical`]).
pub fn page_url(state: &AppState, site: &store::SiteRow, raw: &str) -> AppResult<PageUrl> {
    let own = state.config.public_url();
    PageUrl::canonical(raw, &site.page_rules(&own))
}

/// A missing site answers 404.
impl From<store::SiteError> for AppError {
    fn from(error: store::SiteError) -> AppError {
        match error {
            store::SiteError::Unknown(_) => AppError::NotFound(error.to_string()),
            store::SiteError::Database(e) => AppError::Database(e),
        }
    }
}
