//! The links account mail carries (`mail::account`), each as an API call for the widget and
//! as a page for the reader who opens the mail: confirm a sign-up (the account is created
//! only now, its address proven), choose a new password (which also claims an account an
//! import brought), verify an address, and appeal a ban without signing in.
//!
//! Opening a link (`GET`) changes nothing: it shows a button or a form, so a mail scanner
//! that follows links uses none of them up. The token is the credential; the forms need no
//! CSRF token because a forged form would have to know it.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use maud::{html, Markup};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::domain::{Email, Password};
use super::{hash_password, start_session, store, token_hash};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery, AuthUser, ClientIp};
use crate::mail::account::{self as letters, AppealLink, PendingAccount, Sender};
use crate::mail::store as mail;
use crate::web::extract::{PageError, PageResult};
use crate::web::pages;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/confirm", post(confirm_api))
        .route("/api/v1/auth/password-reset", post(request_reset))
        .route("/api/v1/auth/password-reset/confirm", post(reset_api))
        .route("/api/v1/me/email/verify", post(request_verify))
        .route("/account/confirm", get(confirm_page).post(confirm_form))
        .route("/account/reset", get(reset_page).post(reset_form))
        .route("/account/verify", get(verify_page).post(verify_form))
        .route("/account/appeal", get(appeal_page).post(appeal_form))
}

fn gone() -> AppError {
    AppError::NotFound("this link has expired or was already used: ask for a new one".into())
}

fn page(title: &str, main: Markup) -> Markup {
    pages::plain(title, "Tribune", main)
}

fn parse_form<T: DeserializeOwned>(body: &Bytes) -> Result<T, PageError> {
    serde_html_form::from_bytes(body)
        .map_err(|e| PageError(AppError::bad_request("invalid_form", e.to_string())))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// The token of the link in the mail.
    token: String,
}

#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: String,
}

/// Creates the account a sign-up link carries, its address verified: `(id, name)`.
async fn create_account(state: &AppState, token: &str) -> AppResult<(i64, String)> {
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
        Err(e) if super::is_unique_violation(&e) => {
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
    responses((status = 201, body = super::SessionResponse), (status = 404, description = "expired or used link"),
        (status = 409, description = "the address has an account")))]
pub(crate) async fn confirm_api(
    State(state): State<AppState>,
    AppJson(input): AppJson<TokenRequest>,
) -> AppResult<Response> {
    let (id, name) = create_account(&state, &input.token).await?;
    start_session(&state, id, name, StatusCode::CREATED).await
}

async fn confirm_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = mail::peek_token(&state.db, &token_hash(&q.token), "signup")
        .await?
        .ok_or_else(gone)?;
    Ok(page(
        "Confirm your account",
        html! {
            h1.section-title { "Confirm your account" }
            p { "Create the account of " strong { (link.email) } "?" }
            form method="post" { button type="submit" { "Create my account" } }
        },
    ))
}

async fn confirm_form(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> Result<Response, PageError> {
    let (id, name) = create_account(&state, &q.token).await?;
    let session = super::new_session(&state, id).await?;
    let done = page(
        "Account created",
        html! {
            h1.section-title { "Welcome, " (name) }
            p { "Your account is ready and you are signed in. You can close this page and go back to the discussion." }
        },
    );
    Ok(session.set_cookie(done.into_response()))
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
async fn set_new_password(
    state: &AppState,
    token: &str,
    password: &str,
) -> AppResult<(i64, String)> {
    let hash = token_hash(token);
    let link = mail::peek_token(&state.db, &hash, "reset")
        .await?
        .ok_or_else(gone)?;
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
    responses((status = 200, body = super::SessionResponse), (status = 400), (status = 404)))]
pub(crate) async fn reset_api(
    State(state): State<AppState>,
    AppJson(input): AppJson<NewPasswordRequest>,
) -> AppResult<Response> {
    let (id, name) = set_new_password(&state, &input.token, &input.password).await?;
    start_session(&state, id, name, StatusCode::OK).await
}

fn reset_markup(email: &str, problem: Option<&str>) -> Markup {
    page(
        "Choose a new password",
        html! {
            h1.section-title { "Choose a new password" }
            p { "For " strong { (email) } "." }
            @if let Some(problem) = problem { p.error role="alert" { (problem) } }
            form method="post" {
                label { "New password " input type="password" name="password" autocomplete="new-password" required minlength="8"; }
                button type="submit" { "Save" }
            }
        },
    )
}

async fn reset_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = mail::peek_token(&state.db, &token_hash(&q.token), "reset")
        .await?
        .ok_or_else(gone)?;
    Ok(reset_markup(&link.email, None))
}

#[derive(Debug, Deserialize)]
struct PasswordForm {
    password: String,
}

async fn reset_form(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form: PasswordForm = parse_form(&body)?;
    match set_new_password(&state, &q.token, &form.password).await {
        Ok((id, _)) => {
            let session = super::new_session(&state, id).await?;
            let done = page(
                "Password saved",
                html! {
                    h1.section-title { "Password saved" }
                    p { "You are signed in with your new password." }
                },
            );
            Ok(session.set_cookie(done.into_response()))
        }
        Err(e @ AppError::BadRequest { .. }) => {
            let email = mail::peek_token(&state.db, &token_hash(&q.token), "reset")
                .await?
                .map(|l| l.email)
                .unwrap_or_default();
            Ok((
                StatusCode::BAD_REQUEST,
                reset_markup(&email, Some(&e.to_string())),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
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

async fn verify_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = mail::peek_token(&state.db, &token_hash(&q.token), "verify")
        .await?
        .ok_or_else(gone)?;
    Ok(page(
        "Confirm your address",
        html! {
            h1.section-title { "Confirm your address" }
            p { "Is " strong { (link.email) } " yours?" }
            form method="post" { button type="submit" { "Yes, confirm" } }
        },
    ))
}

async fn verify_form(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = mail::use_token(&state.db, &token_hash(&q.token), "verify")
        .await?
        .ok_or_else(gone)?;
    let (id, _) = store::account_by_email(&state.db, &link.email)
        .await?
        .ok_or_else(gone)?;
    store::mark_verified(&state.db, id).await?;
    Ok(page(
        "Address confirmed",
        html! {
            h1.section-title { "Address confirmed" }
            p { "Replies to your comments will be sent to " (link.email) ". Every mail has a link to stop." }
        },
    ))
}

async fn appeal_link(state: &AppState, token: &str) -> AppResult<AppealLink> {
    let link = mail::peek_token(&state.db, &token_hash(token), "appeal")
        .await?
        .ok_or_else(gone)?;
    Ok(serde_json::from_str(link.payload.as_deref().unwrap_or(""))
        .map_err(|e| anyhow::anyhow!("an appeal link's ban: {e}"))?)
}

async fn appeal_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = appeal_link(&state, &q.token).await?;
    let ban = crate::enforcement::bans::store::ban(&state.db, link.ban)
        .await?
        .filter(|b| b.lifted_at.is_none())
        .ok_or_else(|| AppError::NotFound("this ban is no longer in force".into()))?;
    Ok(page(
        "Appeal",
        html! {
            h1.section-title { "Appeal" }
            p { "The moderators' reason: " (ban.reason) }
            form method="post" {
                label { "What should the moderators know?" br; textarea name="message" rows="6" cols="60" maxlength="2000" required {} }
                br;
                button type="submit" { "Send my appeal" }
            }
        },
    ))
}

#[derive(Debug, Deserialize)]
struct AppealForm {
    message: String,
}

async fn appeal_form(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
    body: Bytes,
) -> PageResult {
    let form: AppealForm = parse_form(&body)?;
    let link = appeal_link(&state, &q.token).await?;
    crate::enforcement::appeals::file_appeal(&state, link.reader, &link.site, &form.message)
        .await?;
    mail::use_token(&state.db, &token_hash(&q.token), "appeal").await?;
    Ok(page(
        "Appeal sent",
        html! {
            h1.section-title { "Appeal sent" }
            p { "A moderator will read it; their answer will come by e-mail." }
        },
    ))
}
