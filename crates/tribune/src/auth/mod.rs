//! Readers and how they prove who they are: email + password accounts (argon2id), single
//! sign-on from the host site (an HS256 JWT signed with the site's secret), and sessions.
//!
//! A session is a random token; the database keeps only its SHA-256. Browsers on Tribune's
//! own pages carry it in an HttpOnly cookie and must echo the session's CSRF token in
//! `X-CSRF-Token` on every write; API clients and the cross-origin widget send it as
//! `Authorization: Bearer`, which a forged cross-site request cannot do.

pub mod domain;
pub mod store;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use base64::Engine as _;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use self::domain::{DisplayName, Email, Password};

use crate::app::AppState;
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AuthUser, ClientIp, SESSION_COOKIE};
use crate::notices::Notice;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/signup", post(signup))
        .route("/api/v1/auth/login", post(login))
        .route("/api/v1/auth/logout", post(logout))
        .route("/api/v1/auth/sso", post(sso))
}

/// A random URL-safe secret of 32 bytes.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Hashes a password with argon2id on a blocking thread (it takes tens of milliseconds by
/// design).
pub async fn hash_password(password: Password) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await?
}

/// A hash nobody's password matches, verified for unknown emails.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(random_token().as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// Sign-ins an account may get wrong before it waits; then each failure doubles the wait,
/// from one second up to fifteen minutes. Per account and in the database, so neither many
/// addresses nor many instances multiply the guesses (the per-address rate limit still
/// applies on top).
const FREE_FAILURES: i64 = 5;

/// How long an account waits after its `failures`-th wrong password in a row.
fn lockout_ms(failures: i64) -> Option<i64> {
    let over = failures - FREE_FAILURES;
    (over >= 0).then(|| (1000_i64 << over.min(20)).min(15 * 60 * 1000))
}

async fn verify_password(password: String, hash: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await?
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Credentials {
    email: String,
    password: String,
    /// Display name (sign-up only; defaults to the part of the email before `@`).
    name: Option<String>,
    /// Sign-up only: the site the reader is on, whose name and language the confirmation
    /// mail uses.
    site: Option<String>,
}

/// A sign-up's answer when this server sends mail: the same whether or not the address
/// already has an account (the mailbox is told which).
#[derive(Debug, Serialize, ToSchema)]
pub struct SignupPending {
    /// `confirmation_sent`: follow the link in the mail to finish.
    status: &'static str,
}

/// A new session.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionResponse {
    /// Send as `Authorization: Bearer TOKEN`.
    token: String,
    /// Echo in `X-CSRF-Token` on writes when authenticating by cookie instead.
    csrf_token: String,
    reader: ReaderSummary,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReaderSummary {
    id: i64,
    name: String,
}

/// A new session: its bearer token, CSRF token and the `Set-Cookie` value for Tribune's own
/// pages.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
    pub cookie: String,
}

impl NewSession {
    /// The response, signing its browser in by cookie.
    pub fn set_cookie(&self, mut response: Response) -> Response {
        if let Ok(value) = HeaderValue::from_str(&self.cookie) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
        response
    }
}

/// The response, ending its browser's session cookie.
pub fn clear_cookie(mut response: Response) -> Response {
    let clear = format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    if let Ok(value) = HeaderValue::from_str(&clear) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

pub async fn new_session(state: &AppState, reader_id: i64) -> AppResult<NewSession> {
    let token = random_token();
    let csrf_token = random_token();
    let max_age = state.config.session_days * 86_400;
    store::create_session(
        &state.db,
        reader_id,
        &token_hash(&token),
        &csrf_token,
        now_ms() + max_age as i64 * 1000,
    )
    .await?;
    let cookie = format!(
        "{SESSION_COOKIE}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        if state.config.cookie_secure() {
            "; Secure"
        } else {
            ""
        }
    );
    Ok(NewSession {
        token,
        csrf_token,
        cookie,
    })
}

/// The account with this email and password, as `(id, name)`; 401 otherwise.
pub async fn check_password(
    state: &AppState,
    email: &str,
    password: String,
) -> AppResult<(i64, String)> {
    let email = Email::parse(email)?;
    let Some(login) = store::find_login(&state.db, email.as_str()).await? else {
        // As long as a wrong password, so that timing does not tell which emails have
        // accounts (#17: 3 ms against 30 ms).
        verify_password(password, DUMMY_HASH.clone()).await?;
        return Err(AppError::Unauthorized);
    };
    let now = now_ms();
    if let Some(until) = login.locked_until.filter(|until| *until > now) {
        return Err(AppError::RateLimited {
            retry_after_secs: ((until - now) as u64).div_ceil(1000),
        });
    }
    let id = login.id;
    if !verify_password(password, login.password_hash).await? {
        store::login_failed(&state.db, id, now, lockout_ms(login.failed_logins + 1)).await?;
        return Err(AppError::Unauthorized);
    }
    if login.failed_logins > 0 {
        store::login_succeeded(&state.db, id).await?;
    }
    let name = store::reader(&state.db, id)
        .await?
        .map(|r| r.name)
        .unwrap_or_default();
    Ok((id, name))
}

/// Creates a session and answers with it, also as a cookie for Tribune's own pages.
pub async fn start_session(
    state: &AppState,
    reader_id: i64,
    name: String,
    status: StatusCode,
) -> AppResult<Response> {
    let session = new_session(state, reader_id).await?;
    let body = SessionResponse {
        token: session.token.clone(),
        csrf_token: session.csrf_token.clone(),
        reader: ReaderSummary {
            id: reader_id,
            name,
        },
    };
    Ok(session.set_cookie((status, Json(body)).into_response()))
}

/// Create an account with email and password. When this server sends mail, the account is
/// created only once the address is confirmed: the answer is `202` with
/// `{"status": "confirmation_sent"}` whether or not the address already has an account, and
/// the mail says which (#17: a sign-up must not tell strangers who has an account). Without
/// mail, the account is created at once (`201` and a session; `409` when the address is taken).
#[utoipa::path(post, path = "/api/v1/auth/signup", tag = "auth", request_body = Credentials,
    responses((status = 201, body = SessionResponse), (status = 202, body = SignupPending),
        (status = 400, description = "invalid field"), (status = 409, description = "email taken (only without mail)")))]
async fn signup(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(input): AppJson<Credentials>,
) -> AppResult<Response> {
    state.limits.check(&state.db, ip.0, None).await?;
    let email = Email::parse(&input.email)?;
    let default_name = email
        .as_str()
        .split('@')
        .next()
        .unwrap_or("reader")
        .to_owned();
    let name = DisplayName::parse("name", input.name.as_deref().unwrap_or(&default_name))?;
    let password = Password::parse(&input.password, &[email.as_str(), name.as_str()])?;
    let hash = hash_password(password).await?;
    let signup_ip = ip.0.to_string();
    if state.mailer.is_some() {
        let (site, email) = (input.site.clone(), email.as_str().to_owned());
        let taken = store::account_by_email(&state.db, &email).await?.is_some();
        state.notices.send(if taken {
            Notice::SignupOfTakenAddress { site, email }
        } else {
            Notice::SignupRequested {
                site,
                email,
                name: name.into_string(),
                password_hash: hash,
                signup_ip,
            }
        });
        let pending = SignupPending {
            status: "confirmation_sent",
        };
        return Ok((StatusCode::ACCEPTED, Json(pending)).into_response());
    }
    let id = match store::create_password_reader(
        &state.db,
        name.as_str(),
        email.as_str(),
        &hash,
        Some(&signup_ip),
    )
    .await
    {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => {
            return Err(AppError::Conflict(
                "an account with this email already exists".into(),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    tracing::info!(reader = id, "reader signed up");
    start_session(&state, id, name.into_string(), StatusCode::CREATED).await
}

pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}

/// Sign in with email and password.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = Credentials,
    responses((status = 200, body = SessionResponse), (status = 401, description = "wrong email or password")))]
async fn login(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(input): AppJson<Credentials>,
) -> AppResult<Response> {
    state.limits.check(&state.db, ip.0, None).await?;
    let (id, name) = check_password(&state, &input.email, input.password).await?;
    start_session(&state, id, name, StatusCode::OK).await
}

/// End the current session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", responses((status = 204)))]
async fn logout(State(state): State<AppState>, user: AuthUser) -> AppResult<Response> {
    store::delete_session(&state.db, &user.token_hash).await?;
    Ok(clear_cookie(StatusCode::NO_CONTENT.into_response()))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SsoRequest {
    site: String,
    /// An HS256 JWT signed with the site's SSO secret, with `sub` (the host's user id),
    /// `name`, optional `email`, and `exp`.
    token: String,
}

#[derive(Debug, Deserialize)]
struct SsoClaims {
    sub: String,
    name: String,
    email: Option<String>,
    exp: i64,
    iat: Option<i64>,
}

/// How far the host's clock may be from ours, in seconds, for `exp`, `nbf` and `iat`.
pub const SSO_LEEWAY_SECS: i64 = 30;
/// The longest an SSO token may live (`exp` after `iat`, or after now without `iat`): a token
/// is for signing in, not a credential to keep.
pub const SSO_MAX_LIFETIME_SECS: i64 = 24 * 3600;

/// Sign in with a token from the host site (single sign-on).
#[utoipa::path(post, path = "/api/v1/auth/sso", tag = "auth", request_body = SsoRequest,
    responses((status = 200, body = SessionResponse), (status = 401, description = "bad, forged or expired token"), (status = 404, description = "unknown site")))]
async fn sso(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(input): AppJson<SsoRequest>,
) -> AppResult<Response> {
    state.limits.check(&state.db, ip.0, None).await?;
    let site = state.sites.get(&state.db, &input.site).await?;
    let Some(secret) = site.sso_secret.as_deref().filter(|s| !s.is_empty()) else {
        return Err(AppError::Forbidden(format!(
            "site {:?} does not accept single sign-on",
            input.site
        )));
    };
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.set_required_spec_claims(&["exp", "sub"]);
    validation.leeway = SSO_LEEWAY_SECS as u64;
    validation.validate_nbf = true;
    let claims = jsonwebtoken::decode::<SsoClaims>(
        &input.token,
        &jsonwebtoken::DecodingKey::from_secret(secret.as_bytes()),
        &validation,
    )
    .map_err(|e| {
        tracing::info!(site = %input.site, error = %e, "SSO token refused");
        AppError::Unauthorized
    })?
    .claims;
    let now = now_ms() / 1000;
    if claims.sub.trim().is_empty() {
        return Err(AppError::invalid(
            "token",
            "has an empty `sub`: name the host's user",
        ));
    }
    if claims.iat.is_some_and(|iat| iat > now + SSO_LEEWAY_SECS) {
        tracing::info!(site = %input.site, "SSO token issued in the future");
        return Err(AppError::Unauthorized);
    }
    if claims.exp - claims.iat.unwrap_or(now) > SSO_MAX_LIFETIME_SECS {
        return Err(AppError::invalid(
            "token",
            "lives longer than 24 hours (`exp` after `iat`): issue short-lived tokens",
        ));
    }
    let name = DisplayName::parse("name", &claims.name)?;
    let email = claims.email.as_deref().map(Email::parse).transpose()?;
    let id = store::upsert_sso_reader(
        &state.db,
        &site.id,
        &claims.sub,
        name.as_str(),
        email.as_ref().map(Email::as_str),
        &ip.0.to_string(),
    )
    .await?;
    if email.is_some() {
        // The host site vouches for the address: replies can be mailed to it.
        store::mark_verified(&state.db, id).await?;
    }
    start_session(&state, id, name.into_string(), StatusCode::OK).await
}

/// Creates a password account, or sets the password of the existing one.
pub async fn ensure_password_account(
    db: &crate::db::Db,
    email: &str,
    password: &str,
    name: &str,
) -> anyhow::Result<i64> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = DisplayName::parse("name", name).map_err(|e| anyhow::anyhow!("{e}"))?;
    let password = Password::parse(password, &[email.as_str(), name.as_str()])
        .map_err(|e| anyhow::anyhow!("--password {e}"))?;
    let hash = hash_password(password).await?;
    match store::reader_by_email(db, email.as_str()).await? {
        Some(existing) => {
            store::set_password(db, existing.id, &hash).await?;
            Ok(existing.id)
        }
        None => Ok(
            store::create_password_reader(db, name.as_str(), email.as_str(), &hash, None).await?,
        ),
    }
}
