//! What the links of account mail (`account.rs`) do, as API calls for the widget and as the
//! functions the pages behind the links call (`web/mail_pages.rs`): confirm a sign-up (the
//! account is created only now, its address proven), choose a new password (which also claims
//! an account an import brought), verify an address, and appeal a ban without signing in.
//! The token is the credential: the database keeps its hash, and each is used once.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::account::{self as letters, AppealLink, PendingAccount};
use super::store::{self as mail, Token};
use super::Sender;
use crate::app::AppState;
use crate::auth::domain::{Email, Password};
use crate::auth::{hash_password, start_session, store, token_hash};
use crate::enforcement::appeals::store::AppealRow;
use crate::enforcement::bans::store::BanRow;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AuthUser, ClientIp};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/confirm", post(confirm_api))
        .route("/api/v1/auth/password-reset", post(request_reset))
        .route("/api/v1/auth/password-reset/confirm", post(reset_api))
        .route("/api/v1/me/email/verify", post(request_verify))
}

fn gone() -> AppError {
    AppError::NotFound("this link has expired or was already used: ask for a new one".into())
}

/// What an unused, unexpired link of `purpose` carries, without using it (the page a link
/// opens shows what it will do).
pub async fn peek(state: &AppState, token: &str, purpose: &str) -> AppResult<Token> {
    mail::peek_token(&state.db, &token_hash(token), purpose)
        .await?
        .ok_or_else(gone)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// The token of the link in the mail.
    token: String,
}

/// Creates the account a sign-up link carries, its address verified: `(id, name)`.
pub async fn create_account(state: &AppState, token: &str) -> AppResult<(i64, String)> {
    let link = mail::use_token(&state.db, &token_hash(token), "signup")
        .await?
        .ok_or_else(gone)?;
    let account: PendingAccount = serde_json::from_str(link.payload.as_deref().unwrap_or(""))
        .map_err(|e| anyhow::anyhow!("a sign-up link's account: {e}"))?;
    let id = match store::create_password_reader(
        &state.db,
        &account.name,
        &link.email,
        &account.password_hash,
        Some(&account.signup_ip),
    )
    .await
    {
        Ok(id) => id,
        Err(e) if crate::auth::is_unique_violation(&e) => {
            return Err(AppError::Conflict(
                "an account with this address exists: sign in, or choose a new password".into(),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    store::mark_verified(&state.db, id).await?;
    tracing::info!(reader = id, "reader signed up (address confirmed)");
    Ok((id, account.name))
}

/// Finish a sign-up: the link's token creates the account and signs it in.
#[utoipa::path(post, path = "/api/v1/auth/confirm", tag = "auth", request_body = TokenRequest,
    responses((status = 201, body = crate::auth::SessionResponse), (status = 404, description = "expired or used link"),
        (status = 409, description = "the address has an account")))]
pub(crate) async fn confirm_api(
    State(state): State<AppState>,
    AppJson(input): AppJson<TokenRequest>,
) -> AppResult<Response> {
    let (id, name) = create_account(&state, &input.token).await?;
    start_session(&state, id, name, StatusCode::CREATED).await
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ResetRequest {
    email: String,
    /// The site the reader is on: the mail speaks in its name and language.
    site: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SentResponse {
    /// `sent`: if the address has an account, a link is on its way.
    status: &'static str,
}

/// Ask for a link to choose a new password. The answer is the same whether or not the
/// address has an account; only its mailbox learns which.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "auth", request_body = ResetRequest,
    responses((status = 202, body = SentResponse), (status = 400), (status = 429)))]
pub(crate) async fn request_reset(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(input): AppJson<ResetRequest>,
) -> AppResult<(StatusCode, Json<SentResponse>)> {
    crate::mail::require(&state)?;
    state.limits.check(&state.db, ip.0, None).await?;
    let email = Email::parse(&input.email)?;
    if store::account_by_email(&state.db, email.as_str())
        .await?
        .is_some()
    {
        let from = Sender::of(&state, input.site.as_deref()).await;
        letters::reset(&state, &from, email.as_str()).await?;
    }
    Ok((StatusCode::ACCEPTED, Json(SentResponse { status: "sent" })))
}

/// Sets the password a reset link allows: the account signs in, everywhere else signed out.
pub async fn set_new_password(
    state: &AppState,
    token: &str,
    password: &str,
) -> AppResult<(i64, String)> {
    let hash = token_hash(token);
    let link = peek(state, token, "reset").await?;
    let (id, name) = store::account_by_email(&state.db, &link.email)
        .await?
        .ok_or_else(gone)?;
    let password = Password::parse(password, &[&link.email, &name])?;
    let password_hash = hash_password(password).await?;
    // Used only now that the password is acceptable: a refused one can be corrected.
    mail::use_token(&state.db, &hash, "reset")
        .await?
        .ok_or_else(gone)?;
    store::reset_password(&state.db, id, &password_hash).await?;
    tracing::info!(reader = id, "password reset");
    Ok((id, name))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewPasswordRequest {
    token: String,
    password: String,
}

/// Choose a new password with the token of a reset link; answers with a new session.
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "auth", request_body = NewPasswordRequest,
    responses((status = 200, body = crate::auth::SessionResponse), (status = 400), (status = 404)))]
pub(crate) async fn reset_api(
    State(state): State<AppState>,
    AppJson(input): AppJson<NewPasswordRequest>,
) -> AppResult<Response> {
    let (id, name) = set_new_password(&state, &input.token, &input.password).await?;
    start_session(&state, id, name, StatusCode::OK).await
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct VerifyRequest {
    /// The site the reader is on: the mail speaks in its name and language.
    site: Option<String>,
}

/// Ask for a link proving the signed-in reader's address is theirs, so that replies to
/// their comments can be mailed to it.
#[utoipa::path(post, path = "/api/v1/me/email/verify", tag = "auth", request_body = VerifyRequest,
    responses((status = 202, body = SentResponse), (status = 400), (status = 401), (status = 409)))]
pub(crate) async fn request_verify(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(input): AppJson<VerifyRequest>,
) -> AppResult<(StatusCode, Json<SentResponse>)> {
    crate::mail::require(&state)?;
    let reader = store::reader(&state.db, user.id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let Some(email) = reader.email else {
        return Err(AppError::Conflict(
            "this account has no e-mail address of its own".into(),
        ));
    };
    if store::notification_address(&state.db, user.id)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(
            "this address is already verified".into(),
        ));
    }
    let from = Sender::of(&state, input.site.as_deref()).await;
    letters::verify(&state, &from, &email).await?;
    Ok((StatusCode::ACCEPTED, Json(SentResponse { status: "sent" })))
}

/// Marks the address of a verification link as proven; returns it.
pub async fn verify_address(state: &AppState, token: &str) -> AppResult<String> {
    let link = mail::use_token(&state.db, &token_hash(token), "verify")
        .await?
        .ok_or_else(gone)?;
    let (id, _) = store::account_by_email(&state.db, &link.email)
        .await?
        .ok_or_else(gone)?;
    store::mark_verified(&state.db, id).await?;
    Ok(link.email)
}

/// The ban an appeal link is for, still in force.
pub async fn appealed_ban(state: &AppState, token: &str) -> AppResult<(AppealLink, BanRow)> {
    let link = peek(state, token, "appeal").await?;
    let link: AppealLink = serde_json::from_str(link.payload.as_deref().unwrap_or(""))
        .map_err(|e| anyhow::anyhow!("an appeal link's ban: {e}"))?;
    let ban = crate::enforcement::bans::store::ban(&state.db, link.ban)
        .await?
        .filter(|b| b.lifted_at.is_none())
        .ok_or_else(|| AppError::NotFound("this ban is no longer in force".into()))?;
    Ok((link, ban))
}

/// Files the appeal an appeal link allows, once.
pub async fn appeal_by_link(state: &AppState, token: &str, message: &str) -> AppResult<AppealRow> {
    let (link, _) = appealed_ban(state, token).await?;
    let appeal =
        crate::enforcement::appeals::file_appeal(state, link.reader, &link.site, message).await?;
    mail::use_token(&state.db, &token_hash(token), "appeal").await?;
    Ok(appeal)
}
