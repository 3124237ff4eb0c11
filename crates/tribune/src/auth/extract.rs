//! Who is asking: the extractors that authenticate a request. A handler that takes
//! [`AuthUser`] is unreachable without a session (401); [`MaybeAuthUser`] lets anonymous
//! readers through but still refuses a bad bearer token (it is not silently dropped);
//! [`Moderator`] refuses readers without a role (403), and [`SiteModerator`] also checks the
//! site the request names.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method};
use subtle::ConstantTimeEq;

use super::domain::Role;
use super::{store, token_hash};
use crate::app::AppState;
use crate::error::AppError;

pub const SESSION_COOKIE: &str = "tribune_session";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A signed-in reader.
#[derive(Clone, Debug)]
pub struct AuthUser {
    pub id: i64,
    pub name: String,
    pub csrf_token: String,
    pub token_hash: String,
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
