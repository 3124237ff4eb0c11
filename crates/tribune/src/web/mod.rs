//! What readers' browsers load: the embeddable widget (`/embed.js` and its stylesheet) and
//! Tribune's own article pages, rendered on the server so reading needs no JavaScript.
//!
//! The widget is one plain-JavaScript file with no build step, compiled into the binary with
//! `include_str!`; it renders into a shadow root so the host page's CSS and ours never meet.

pub mod articles;
pub mod extract;
mod mail_pages;
pub mod moderation;
pub(crate) mod pages;
mod support;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::app::AppState;
use crate::billing;
use crate::comments;
use crate::comments::domain::Sort;
use crate::error::AppError;
use crate::sites;
use extract::{CookieSession, PageResult};

pub fn router() -> Router<AppState> {
    let articles = Router::new()
        .route("/", get(home))
        .route("/articles/{slug}", get(article));
    Router::new()
        .merge(with_policy(articles, ARTICLE_CSP))
        .route("/embed.js", get(asset_js))
        .route("/embed.css", get(asset_embed_css))
        .route("/assets/site.css", get(asset_site_css))
        .merge(with_policy(moderation::router(), STRICT_CSP))
        .merge(with_policy(support::router(), STRICT_CSP))
        .merge(with_policy(mail_pages::router(), STRICT_CSP))
}

/// The content security policy of Tribune's own tools (moderation, support): its own
/// scripts, styles and forms only, no plugins, no framing.
const STRICT_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
/// Article pages: no framing and no plugins; scripts stay open, because the operator's ad
/// slots are HTML of their own choosing.
const ARTICLE_CSP: &str = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/// Pages that carry `csp` and cannot be framed (clickjacking, #17). The widget's own files are
/// left out: other sites' pages load them.
fn with_policy(pages: Router<AppState>, csp: &'static str) -> Router<AppState> {
    pages
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

const EMBED_JS: &str = include_str!("assets/embed.js");
const EMBED_CSS: &str = include_str!("assets/embed.css");
const SITE_CSS: &str = include_str!("assets/site.css");

/// Static files: cached by browsers and proxies for five minutes, so a new release reaches
/// every host page quickly without each page view costing a request.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            ),
        ],
        body,
    )
        .into_response()
}

async fn asset_js() -> Response {
    asset("text/javascript; charset=utf-8", EMBED_JS)
}

async fn asset_embed_css() -> Response {
    asset("text/css; charset=utf-8", EMBED_CSS)
}

async fn asset_site_css() -> Response {
    asset("text/css; charset=utf-8", SITE_CSS)
}

/// The publication this instance serves pages for, or a 404 explaining how to configure one.
pub(crate) async fn publication(
    state: &AppState,
) -> Result<std::sync::Arc<sites::store::SiteRow>, AppError> {
    let Some(id) = &state.config.publication.site else {
        return Err(AppError::NotFound(
            "This Tribune serves comments for other sites and has no article pages. \
             Set publication.site in the configuration to serve a publication here."
                .into(),
        ));
    };
    state.sites.get(&state.db, id).await
}

async fn home(State(state): State<AppState>) -> PageResult {
    let site = publication(&state).await?;
    let list = articles::recent(&state.db, &site.id, 50).await?;
    let urls: Vec<String> = list.iter().map(|a| article_url(&state, &a.slug)).collect();
    let counts: std::collections::HashMap<String, i64> =
        sites::store::counts(&state.db, &site.id, &urls)
            .await?
            .into_iter()
            .collect();
    let entries: Vec<pages::Teaser> = list
        .iter()
        .zip(&urls)
        .map(|(article, url)| pages::Teaser {
            article,
            comments: counts.get(url).copied().unwrap_or(0),
        })
        .collect();
    Ok(pages::home(&site.name, &entries))
}

async fn article(
    State(state): State<AppState>,
    CookieSession(reader): CookieSession,
    Path(slug): Path<String>,
) -> PageResult {
    let site = publication(&state).await?;
    let article = articles::by_slug(&state.db, &site.id, &slug)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no article at {slug:?}.")))?;
    let url = article_url(&state, &article.slug);
    let thread = server_thread(&state, &site, &url).await?;
    // Supporters see no ad slots, and are not asked to support.
    let supporter = billing::is_supporter(&state, &site.id, reader.as_ref().map(|r| r.id)).await?;
    let ads: Vec<(&str, &str)> = if supporter {
        Vec::new()
    } else {
        state
            .config
            .publication
            .ad_slots
            .iter()
            .map(|(name, html)| (name.as_str(), html.as_str()))
            .collect()
    };
    let has_plans = state.config.billing.plans.iter().any(|p| p.site == site.id);
    Ok(pages::article(&pages::ArticlePage {
        site: &site,
        article: &article,
        url: &url,
        thread: &thread,
        ads: &ads,
        ask_support: has_plans && !supporter,
    }))
}

/// The canonical URL of an article: what its comments are filed under.
pub fn article_url(state: &AppState, slug: &str) -> String {
    format!("{}/articles/{slug}", state.config.public_url())
}

/// The first page of a thread, best first, as anonymous readers see it: rendered into the
/// article page so it reads without JavaScript (the widget then takes over).
async fn server_thread(
    state: &AppState,
    site: &sites::store::SiteRow,
    url: &str,
) -> Result<pages::Thread, AppError> {
    let Some(page) = sites::store::page(&state.db, &site.id, url).await? else {
        return Ok(pages::Thread::default());
    };
    let (rows, more) =
        comments::store::thread(&state.db, page.id, Sort::Best, None, 50, None).await?;
    let list = comments::view::thread(&state.db, site, &rows, None).await?;
    Ok(pages::Thread {
        count: page.comment_count,
        closed: page.closed_at.is_some(),
        comments: list,
        more,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_widget_stays_small() {
        // The budget for the embed script, uncompressed.
        assert!(
            super::EMBED_JS.len() < 40 * 1024,
            "embed.js is {} bytes",
            super::EMBED_JS.len()
        );
    }

    #[test]
    fn every_status_has_an_html_error_page() {
        let html = super::pages::error(axum::http::StatusCode::NOT_FOUND, "gone <b>").into_string();
        assert!(html.contains("gone &lt;b&gt;"));
    }
}
