//! The application: shared state, the merged routers of every capability, the middleware
//! (request ids and tracing spans, CORS, body limit, metrics), and the listener. Tests build
//! it on port 0 and speak HTTP to it.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use moderation::Policy;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

use crate::comments::cache::ThreadCache;
use crate::comments::live::{Live, Relay};
use crate::config::Config;
use crate::db::Db;
use crate::ratelimit::RateLimits;
use crate::sites::SiteCache;
use crate::{account, auth, billing, campaigns, comments, enforcement, openapi, sites, web};

/// What every handler can reach, via `State<AppState>`.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub policy: Arc<Policy>,
    pub limits: RateLimits,
    pub live: Live,
    pub sites: SiteCache,
    pub threads: ThreadCache,
    /// The live campaign detectors, one per site.
    pub campaigns: campaigns::watch::Watch,
    pub untrusted_proxy: crate::extract::UntrustedProxyWarning,
    /// Asks sites' moderation hooks (`webhooks::hook`), within `webhooks.hook_timeout_ms`.
    pub hook_client: reqwest::Client,
    /// Which webhooks each site has (`webhooks::Subscriptions`).
    pub webhooks: crate::webhooks::Subscriptions,
    /// How mail is submitted; `None` when `smtp_url` is not set (mail is off).
    pub mailer: Option<crate::mail::Mailer>,
    /// What happened that may need a mail (`notices`); `mail::listen` handles them.
    pub notices: crate::notices::Notices,
    /// Enforcement's answers to the comment write path (bans, strikes, placement).
    pub enforcement: enforcement::Gate,
}

impl AppState {
    pub async fn new(config: Config) -> anyhow::Result<AppState> {
        anyhow::ensure!(
            (1..=720).contains(&config.campaign_window_hours),
            "campaign_window_hours must be 1 to 720 (got {})",
            config.campaign_window_hours
        );
        let db = Db::connect(&config.database_url()).await?;
        let policy = match &config.policy_file {
            Some(path) => {
                let source = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read policy_file {}", path.display()))?;
                Policy::from_toml(&source)
                    .with_context(|| format!("in policy_file {}", path.display()))?
            }
            None => Policy::default_rules()?,
        };
        let campaigns = campaigns::watch::Watch::new(config.campaign_window_hours);
        let hook_client = reqwest::Client::builder()
            .timeout(Duration::from_millis(config.webhooks.hook_timeout_ms))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .context("building the moderation hooks' HTTP client")?;
        let mailer = crate::mail::Mailer::from_config(&config)?;
        let policy = Arc::new(policy);
        let notices = crate::notices::Notices::new(mailer.is_some());
        Ok(AppState {
            enforcement: enforcement::Gate::new(&db, &policy, &notices),
            notices,
            mailer,
            hook_client,
            webhooks: crate::webhooks::Subscriptions::default(),
            live: Live::new(&db, config.connections.max_live),
            threads: ThreadCache::new(config.thread_cache_mb),
            limits: RateLimits::new(&config.rate_limit, db.engine),
            untrusted_proxy: Default::default(),
            config: Arc::new(config),
            db,
            policy,
            sites: SiteCache::default(),
            campaigns,
        })
    }
}

/// The process-wide Prometheus recorder (the `metrics` facade has exactly one).
fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(&[
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
            ])
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        let handle = recorder.handle();
        // Another recorder may already be installed (a test harness): ours still renders.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

async fn track_metrics(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = req.method().to_string();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("tribune_http_requests_total", &labels).increment(1);
    metrics::histogram!("tribune_http_request_duration_seconds", &labels)
        .record(started.elapsed().as_secs_f64());
    response
}

async fn healthz(State(state): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(&state.db.pool).await {
        Ok(_) => (StatusCode::OK, Json(serde_json::json!({"status": "ok"}))).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({"status": "database unreachable"})),
            )
                .into_response()
        }
    }
}

/// Prometheus' text format, on the metrics address ([`Config::metrics_listen`]).
async fn metrics_text() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        prometheus().render(),
    )
        .into_response()
}

/// `/metrics` on the main address: with `metrics_token` configured, for its bearer only;
/// otherwise not here (#17: anyone could read the site's traffic and moderation figures).
async fn metrics_endpoint(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, crate::error::AppError> {
    use subtle::ConstantTimeEq;
    let expected = match (&state.config.metrics_token, state.config.metrics_listen) {
        (Some(token), None) if !token.is_empty() => token,
        _ => return Err(crate::error::AppError::NotFound(
            "metrics are not served here: set metrics_listen (a separate address) or metrics_token"
                .into(),
        )),
    };
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if bool::from(sent.as_bytes().ct_eq(expected.as_bytes())) {
        Ok(metrics_text().await)
    } else {
        Err(crate::error::AppError::Unauthorized)
    }
}

async fn openapi_json() -> impl IntoResponse {
    Json(openapi::ApiDoc::openapi())
}

async fn not_found() -> crate::error::AppError {
    crate::error::AppError::NotFound("no such endpoint".into())
}

/// A handler that panicked (a bug) answers like any internal error, an opaque 500 with the
/// usual JSON body, logged with what the panic said, instead of a dropped connection.
fn panicked(panic: Box<dyn std::any::Any + Send>) -> Response {
    let said = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic without a message");
    crate::error::AppError::Internal(anyhow::anyhow!("the handler panicked: {said}"))
        .into_response()
}

pub fn router(state: AppState) -> Router {
    prometheus();
    let request_id = HeaderName::from_static("x-request-id");
    let cors = CorsLayer::new()
        // Reads are public and writes are checked against each site's origins in the
        // handlers, so the browser may call from any page; credentials are bearer tokens.
        .allow_origin(AllowOrigin::mirror_request())
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([
            header::CONTENT_TYPE,
            header::AUTHORIZATION,
            HeaderName::from_static("x-csrf-token"),
            HeaderName::from_static("x-edit-token"),
            HeaderName::from_static("x-tribune-device"),
        ])
        .max_age(Duration::from_secs(3600));
    let body_limit = state.config.max_body_bytes;
    Router::new()
        .merge(auth::router())
        .merge(comments::router())
        .merge(sites::router())
        .merge(web::router())
        .merge(account::router())
        .merge(enforcement::router())
        .merge(billing::router())
        .merge(campaigns::handlers::router())
        .merge(crate::webhooks::router())
        .merge(crate::mail::router())
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_endpoint))
        .route("/api/v1/openapi.json", get(openapi_json))
        .fallback(not_found)
        .layer(CatchPanicLayer::custom(panicked))
        .layer(middleware::from_fn(track_metrics))
        // Every answer (#17): no MIME sniffing, no full referrer sent to other sites. The
        // pages add their own policies (`web::PAGE_HEADERS`).
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
        // A body trickled in slower than this is dropped (#17), the connection freed.
        .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(
            state.config.connections.body_timeout_secs.max(1),
        )))
        .layer(cors)
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            let id = req
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            tracing::info_span!("request", id, method = %req.method(), uri = %req.uri().path())
        }))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// A bound, not yet serving, application.
pub struct Application {
    listener: TcpListener,
    /// The address that serves `/metrics` alone, when configured.
    metrics: Option<TcpListener>,
    state: AppState,
    relay: Option<Relay>,
}

impl Application {
    /// Connects the database (running migrations) and binds the configured address; port 0
    /// picks a free port, as the tests do.
    pub async fn build(mut config: Config) -> anyhow::Result<Application> {
        let listen = config.listen;
        let listener = TcpListener::bind(listen)
            .await
            .with_context(|| format!("cannot listen on {listen}"))?;
        // Any free port (`:0`, as tests ask): only the bound address says where we are.
        if config.public_url.is_none() && listen.port() == 0 {
            let bound = listener.local_addr().context("the bound address")?;
            config.public_url = Some(format!("http://{}", crate::config::shown(bound)));
        }
        if let Some(warning) = config.public_url_warning() {
            tracing::warn!("{warning}");
        }
        let state = AppState::new(config).await?;
        let relay = Relay::listen(&state.db, &state.config.database_url())
            .await
            .context("cannot listen for live comments on PostgreSQL")?;
        let metrics = match state.config.metrics_listen {
            Some(address) => Some(
                TcpListener::bind(address)
                    .await
                    .with_context(|| format!("cannot listen for metrics on {address}"))?,
            ),
            None => None,
        };
        if metrics.is_none() && state.config.metrics_token.is_none() {
            tracing::info!("/metrics is off: set metrics_listen or metrics_token to scrape it");
        }
        Ok(Application {
            listener,
            metrics,
            state,
            relay,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Where `/metrics` is served alone, when `metrics_listen` is set.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().and_then(|l| l.local_addr().ok())
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until the process gets Ctrl-C or SIGTERM, then finishes in-flight requests.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (limits, db) = (self.state.limits.clone(), self.state.db.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                limits.forget_idle();
                if let Err(e) = limits.forget_old(&db).await {
                    tracing::warn!(error = %e, "forgetting old rate-limit counters");
                }
            }
        });
        if self.state.config.campaign_check_secs > 0 {
            tokio::spawn(campaigns::patrol::patrol(self.state.clone()));
        }
        if let Some(relay) = self.relay {
            tokio::spawn(relay.run(self.state.clone()));
        }
        tokio::spawn(crate::webhooks::worker::run(self.state.clone()));
        if self.state.mailer.is_some() {
            tokio::spawn(crate::mail::worker::run(self.state.clone()));
            if let Some(notices) = self.state.notices.take_receiver() {
                tokio::spawn(crate::mail::listen(self.state.clone(), notices));
            }
        } else {
            tracing::info!(
                "mail is off: set smtp_url and mail_from to send replies, account mail and digests"
            );
        }
        if let Some(listener) = self.metrics {
            let metrics = Router::new().route("/metrics", get(metrics_text));
            tokio::spawn(async move {
                if let Err(e) = axum::serve(listener, metrics).await {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            });
        }
        let limits = self.state.config.connections.clone();
        let trusted = self.state.config.trusted_proxies.clone();
        crate::server::serve(
            self.listener,
            router(self.state),
            &limits,
            &trusted,
            shutdown_signal(),
        )
        .await?;
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use tower::Service;

    use super::*;

    async fn boom() -> StatusCode {
        panic!("index out of bounds")
    }

    #[tokio::test]
    async fn a_handler_that_panics_answers_an_opaque_500_with_the_json_body() {
        let mut app = Router::new()
            .route("/boom", get(boom))
            .layer(CatchPanicLayer::custom(panicked));
        std::future::poll_fn(|cx| Service::<Request>::poll_ready(&mut app, cx))
            .await
            .expect("a router is always ready");
        let request = Request::get("/boom")
            .body(Body::empty())
            .expect("a request");
        let response = app.call(request).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .expect("the body");
        let body: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        assert_eq!(body["error"]["code"], "internal");
        // What the panic said is logged, not shown to the reader.
        assert_eq!(body["error"]["message"], "internal error");
    }
}
