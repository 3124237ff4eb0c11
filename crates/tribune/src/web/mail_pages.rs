//! The pages behind the links in mail: unsubscribe, confirm an opt-in, confirm a sign-up,
//! choose a new password, verify an address, appeal a ban. What each does is in `mail`
//! (`mail::handlers`, `mail::links`); these pages only show it.
//!
//! Opening a link (`GET`) changes nothing: it shows a button or a form, so a mail scanner
//! that follows links uses none of them up; the `POST` acts. The token in the link is the
//! credential, so the forms need no CSRF token: a forged form would have to know it.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::extract::{PageError, PageResult};
use super::pages;
use crate::app::AppState;
use crate::error::AppError;
use crate::extract::AppQuery;
use crate::mail::{handlers as mail, links};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/mail/unsubscribe", get(unsubscribe_page).post(unsubscribe))
        .route("/mail/confirm", get(confirm_page).post(confirm))
        .route("/account/confirm", get(signup_page).post(signup))
        .route("/account/reset", get(reset_page).post(reset))
        .route("/account/verify", get(verify_page).post(verify))
        .route("/account/appeal", get(appeal_page).post(appeal))
}

fn page(title: &str, main: Markup) -> Markup {
    pages::plain(title, "Tribune", main)
}

fn parse_form<T: DeserializeOwned>(body: &Bytes) -> Result<T, PageError> {
    serde_html_form::from_bytes(body)
        .map_err(|e| PageError(AppError::bad_request("invalid_form", e.to_string())))
}

#[derive(Debug, Deserialize)]
struct StopQuery {
    /// The address's token.
    t: String,
    /// What to stop (`mail::handlers::STOPPABLE`).
    k: String,
}

async fn unsubscribe_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<StopQuery>,
) -> PageResult {
    let recipient = mail::stop_target(&state, &q.t, &q.k).await?;
    Ok(page(
        "Unsubscribe",
        html! {
            h1.section-title { "Unsubscribe" }
            p { "Stop e-mails about " (mail::describe(&q.k)) " to " strong { (recipient.email) } "?" }
            form method="post" { button type="submit" { "Unsubscribe" } }
        },
    ))
}

/// One click: the mail client's `List-Unsubscribe-Post`, or the page's button.
async fn unsubscribe(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<StopQuery>,
) -> PageResult {
    let email = mail::stop(&state, &q.t, &q.k).await?;
    Ok(page(
        "Unsubscribed",
        html! {
            h1.section-title { "Unsubscribed" }
            p { (email) " will get no more e-mails about " (mail::describe(&q.k)) "." }
        },
    ))
}

#[derive(Debug, Deserialize)]
struct TokenQuery {
    token: String,
}

async fn confirm_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let s = mail::pending_subscription(&state, &q.token).await?;
    let what = if s.kind == "thread" {
        format!("new comments on {}", s.target)
    } else {
        "replies to your comment".to_owned()
    };
    Ok(page(
        "Confirm",
        html! {
            h1.section-title { "Confirm" }
            p { "Send " (what) " to " strong { (s.email) } "?" }
            form method="post" { button type="submit" { "Confirm" } }
        },
    ))
}

async fn confirm(State(state): State<AppState>, AppQuery(q): AppQuery<TokenQuery>) -> PageResult {
    let s = mail::confirm(&state, &q.token).await?;
    Ok(page(
        "Confirmed",
        html! {
            h1.section-title { "Confirmed" }
            p { (s.email) " will get an e-mail when there is something new. Every e-mail has a link to stop." }
        },
    ))
}

async fn signup_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = links::peek(&state, &q.token, "signup").await?;
    Ok(page(
        "Confirm your account",
        html! {
            h1.section-title { "Confirm your account" }
            p { "Create the account of " strong { (link.email) } "?" }
            form method="post" { button type="submit" { "Create my account" } }
        },
    ))
}

async fn signup(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> Result<Response, PageError> {
    let (id, name) = links::create_account(&state, &q.token).await?;
    let session = crate::auth::new_session(&state, id).await?;
    let done = page(
        "Account created",
        html! {
            h1.section-title { "Welcome, " (name) }
            p { "Your account is ready and you are signed in. You can close this page and go back to the discussion." }
        },
    );
    Ok(session.set_cookie(done.into_response()))
}

fn reset_form(email: &str, problem: Option<&str>) -> Markup {
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
    let link = links::peek(&state, &q.token, "reset").await?;
    Ok(reset_form(&link.email, None))
}

#[derive(Debug, Deserialize)]
struct PasswordForm {
    password: String,
}

async fn reset(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form: PasswordForm = parse_form(&body)?;
    match links::set_new_password(&state, &q.token, &form.password).await {
        Ok((id, _)) => {
            let session = crate::auth::new_session(&state, id).await?;
            let done = page(
                "Password saved",
                html! {
                    h1.section-title { "Password saved" }
                    p { "You are signed in with your new password." }
                },
            );
            Ok(session.set_cookie(done.into_response()))
        }
        // A refused password: the same form again, saying why; the link still works.
        Err(e @ AppError::BadRequest { .. }) => {
            let email = links::peek(&state, &q.token, "reset").await?.email;
            Ok((
                StatusCode::BAD_REQUEST,
                reset_form(&email, Some(&e.to_string())),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn verify_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let link = links::peek(&state, &q.token, "verify").await?;
    Ok(page(
        "Confirm your address",
        html! {
            h1.section-title { "Confirm your address" }
            p { "Is " strong { (link.email) } " yours?" }
            form method="post" { button type="submit" { "Yes, confirm" } }
        },
    ))
}

async fn verify(State(state): State<AppState>, AppQuery(q): AppQuery<TokenQuery>) -> PageResult {
    let email = links::verify_address(&state, &q.token).await?;
    Ok(page(
        "Address confirmed",
        html! {
            h1.section-title { "Address confirmed" }
            p { "Replies to your comments will be sent to " (email) ". Every mail has a link to stop." }
        },
    ))
}

async fn appeal_page(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
) -> PageResult {
    let (_, ban) = links::appealed_ban(&state, &q.token).await?;
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

async fn appeal(
    State(state): State<AppState>,
    AppQuery(q): AppQuery<TokenQuery>,
    body: Bytes,
) -> PageResult {
    let form: AppealForm = parse_form(&body)?;
    links::appeal_by_link(&state, &q.token, &form.message).await?;
    Ok(page(
        "Appeal sent",
        html! {
            h1.section-title { "Appeal sent" }
            p { "A moderator will read it; their answer will come by e-mail." }
        },
    ))
}
