//! Extractors: what a handler's signature asks for is what it gets, already checked (the HTML
//! pages' own are `web::extract`'s).
//!
//! - [`AuthUser`]: a signed-in reader, or the request is answered 401. [`MaybeAuthUser`]:
//!   anonymous is fine, but a bad bearer token is still 401 (it is not silently dropped).
//! - [`Moderator`]: a reader with a role on some site, else 403; [`SiteModerator`]: a
//!   moderator of the site the request's path or query names, so that the authorization of a
//!   moderation handler is in its signature.
//!
//! - [`AppJson`]: a JSON body whose rejection has the API's error shape (400, or 413 when too
//!   large).
//! - [`ClientIp`]: the client's address, read from `X-Forwarded-For` only when the peer is one
//!   of the configured trusted proxies.

use std::net::{IpAddr, SocketAddr};

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::app::AppState;
use crate::auth::domain::Role;
use crate::auth::{store, token_hash};
use crate::error::AppError;

pub const SESSION_COOKIE: &str = "tribune_session";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A JSON request body.
pub struct AppJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for AppJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(AppJson(value)),
            Err(rejection) => Err(json_error(rejection)),
        }
    }
}

fn json_error(rejection: JsonRejection) -> AppError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::TooLarge;
    }
    let code = match rejection {
        JsonRejection::MissingJsonContentType(_) => "unsupported_media_type",
        JsonRejection::JsonDataError(_) => "invalid_json_fields",
        _ => "malformed_json",
    };
    AppError::bad_request(code, rejection.body_text())
}

/// Query parameters, with the API's error shape when they do not parse.
pub struct AppQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for AppQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(AppQuery(value)),
            Err(rejection) => Err(AppError::bad_request(
                "invalid_query",
                rejection.body_text(),
            )),
        }
    }
}

/// A signed-in reader.
#[derive(Clone, Debug)]
pub struct AuthUser {
    pub id: i64,
    pub name: String,
    pub csrf_token: String,
    pub token_hash: String,
    /// Set for readers a site's single sign-on made: that site is the only one they act on.
    pub sso_site: Option<String>,
}

/// A signed-in reader, or nobody.
#[derive(Clone, Debug)]
pub struct MaybeAuthUser(pub Option<AuthUser>);

fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
}

async fn authenticate(parts: &Parts, state: &AppState) -> Result<Option<AuthUser>, AppError> {
    if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?;
        let hash = token_hash(token.trim());
        let session = store::find_session(&state.db, &hash)
            .await?
            .ok_or(AppError::Unauthorized)?;
        return Ok(Some(AuthUser::from_session(session, hash)));
    }
    let Some(token) = cookie(parts, SESSION_COOKIE) else {
        return Ok(None);
    };
    let hash = token_hash(token);
    // An expired cookie is no session: the reader is simply anonymous again.
    let Some(session) = store::find_session(&state.db, &hash).await? else {
        return Ok(None);
    };
    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let sent = parts
            .headers
            .get(CSRF_HEADER)
            .map(|v| v.as_bytes())
            .unwrap_or_default();
        if !bool::from(sent.ct_eq(session.csrf_token.as_bytes())) {
            return Err(AppError::Forbidden(
                "missing or wrong X-CSRF-Token header for a cookie-authenticated request".into(),
            ));
        }
    }
    Ok(Some(AuthUser::from_session(session, hash)))
}

impl AuthUser {
    /// Fails with 403 when this reader belongs to another site's single sign-on: an identity
    /// vouched for by site A's secret is A's, not every site's (#17).
    pub fn require_home(&self, site: &str) -> Result<(), AppError> {
        match &self.sso_site {
            Some(home) if home != site => Err(AppError::Forbidden(format!(
                "this account signed in through the single sign-on of site {home:?} and takes part there only"
            ))),
            _ => Ok(()),
        }
    }

    /// The reader signed in by the session cookie, without the CSRF check the API makes on
    /// unsafe methods: for Tribune's own pages, whose forms carry the token in a field instead
    /// (see `web::extract`). An expired or unknown cookie is nobody.
    pub(crate) async fn from_cookie(
        parts: &Parts,
        state: &AppState,
    ) -> Result<Option<AuthUser>, AppError> {
        let Some(token) = cookie(parts, SESSION_COOKIE) else {
            return Ok(None);
        };
        let hash = token_hash(token);
        let session = store::find_session(&state.db, &hash).await?;
        Ok(session.map(|s| AuthUser::from_session(s, hash)))
    }

    fn from_session(session: store::SessionRow, token_hash: String) -> AuthUser {
        AuthUser {
            id: session.reader_id,
            name: session.name,
            csrf_token: session.csrf_token,
            token_hash,
            sso_site: session.sso_site,
        }
    }
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        authenticate(parts, state)
            .await?
            .ok_or(AppError::Unauthorized)
    }
}

impl FromRequestParts<AppState> for MaybeAuthUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(MaybeAuthUser(authenticate(parts, state).await?))
    }
}

/// A signed-in moderator or admin of at least one site. Handlers taking it are unreachable
/// for readers (403) and for anonymous requests (401); each then checks the site it acts on
/// with [`Moderator::require`].
#[derive(Clone, Debug)]
pub struct Moderator {
    pub user: AuthUser,
    /// The sites they work on, with their role on each.
    pub roles: Vec<(String, Role)>,
}

impl Moderator {
    /// Fails with 403 unless this moderator works on `site`.
    pub fn require(&self, site: &str) -> Result<(), AppError> {
        if self.roles.iter().any(|(s, _)| s == site) {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "you do not moderate site {site:?}"
            )))
        }
    }

    /// Fails with 403 unless this moderator is an admin of `site`.
    pub fn require_admin(&self, site: &str) -> Result<(), AppError> {
        if self
            .roles
            .iter()
            .any(|(s, r)| s == site && *r == Role::Admin)
        {
            Ok(())
        } else {
            Err(AppError::Forbidden(format!(
                "only admins of site {site:?} may change its settings"
            )))
        }
    }

    /// Whether this moderator sees readers' email addresses on `site`: its admins do.
    pub fn sees_emails(&self, site: &str) -> bool {
        self.require_admin(site).is_ok()
    }

    pub async fn of(user: AuthUser, state: &AppState) -> Result<Moderator, AppError> {
        let roles: Vec<(String, Role)> = store::roles(&state.db, user.id)
            .await?
            .into_iter()
            .map(|r| (r.site_id, r.role))
            .collect();
        if roles.is_empty() {
            return Err(AppError::Forbidden("moderators only".into()));
        }
        Ok(Moderator { user, roles })
    }
}

impl FromRequestParts<AppState> for Moderator {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = AuthUser::from_request_parts(parts, state).await?;
        Moderator::of(user, state).await
    }
}

/// A moderator of the site this request names: the `{site}` of its path, else its `?site=`.
/// A handler taking it is unreachable for everyone else (401, 403), and a request that names
/// no site gets 400.
#[derive(Clone, Debug)]
pub struct SiteModerator {
    pub moderator: Moderator,
    pub site: String,
}

impl FromRequestParts<AppState> for SiteModerator {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        #[derive(serde::Deserialize)]
        struct Named {
            site: Option<String>,
        }
        let moderator = Moderator::from_request_parts(parts, state).await?;
        let in_path = axum::extract::RawPathParams::from_request_parts(parts, state)
            .await
            .ok()
            .and_then(|params| {
                params
                    .iter()
                    .find(|(name, _)| *name == "site")
                    .map(|(_, value)| value.to_owned())
            });
        let site = match in_path {
            Some(site) => site,
            None => serde_html_form::from_str::<Named>(parts.uri.query().unwrap_or(""))
                .ok()
                .and_then(|n| n.site)
                .ok_or_else(|| AppError::invalid("site", "is required: ?site=SITE"))?,
        };
        moderator.require(&site)?;
        Ok(SiteModerator { moderator, site })
    }
}

/// The client's IP address, and whether it is a proxy's that speaks for other readers.
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr, bool);

impl ClientIp {
    /// The address relays others: it forwards `X-Forwarded-For` and is on this machine or a
    /// private network, yet is not in `trusted_proxies`. Everyone behind it then shares it,
    /// so it must not answer for one reader's strikes (#17). A client on the internet that
    /// writes the header itself does not qualify: its own address is public.
    pub fn is_shared(&self) -> bool {
        self.1
    }
}

/// Says once, in the log, that requests come through a proxy that is not trusted: rate limits,
/// bans and strikes by address then see the proxy, not the readers behind it.
#[derive(Clone, Debug, Default)]
pub struct UntrustedProxyWarning(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl UntrustedProxyWarning {
    fn seen(&self, proxy: IpAddr) {
        if !self.0.swap(true, std::sync::atomic::Ordering::Relaxed) {
            tracing::warn!(
                %proxy,
                "requests arrive with X-Forwarded-For from {proxy}, which is not in trusted_proxies: \
                 every reader behind it has its address, for rate limits, bans and strikes alike. \
                 List it in trusted_proxies (see docs/security.md)"
            );
        }
    }
}

/// A private (RFC 1918), loopback or unique-local address: where a reverse proxy sits.
fn is_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.is_private(),
        IpAddr::V6(v6) => v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00,
    }
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no peer address on the request")))?;
        let trusted = &state.config.trusted_proxies;
        let ip = client_ip(peer, parts, trusted);
        let peer = peer.to_canonical();
        let relays = ip == peer
            && is_local(peer)
            && !trusted.iter().any(|t| t.to_canonical() == peer)
            && parts.headers.contains_key("x-forwarded-for");
        if relays {
            state.untrusted_proxy.seen(peer);
        }
        Ok(ClientIp(ip, relays))
    }
}

/// Walks `X-Forwarded-For` from the right, skipping trusted proxies: the first address that
/// is not one of ours is the client. A client cannot forge its way past this, because the
/// entries it wrote itself are to the left of the ones our proxies appended.
///
/// Every address is canonical: an IPv4 client seen through an IPv6 socket (`listen =
/// "[::]:8080"`) or a proxy's header as `::ffff:4.4.4.4` is `4.4.4.4`, so that the rate
/// limits, bans, evasion checks, sign-up records and campaign signals that read it see one
/// address, not two (#17: an IPv4 ban was bypassed that way).
fn client_ip(peer: IpAddr, parts: &Parts, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|t| t.to_canonical() == *ip);
    if !is_trusted(&peer) {
        return peer;
    }
    let forwarded = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse::<IpAddr>().ok())
        .map(|ip| ip.to_canonical())
        .collect::<Vec<_>>();
    forwarded
        .iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .or(forwarded.first())
        .copied()
        .unwrap_or(peer)
}
