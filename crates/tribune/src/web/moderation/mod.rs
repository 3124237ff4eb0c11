//! The moderation pages (`/mod`): the queue, appeals, bans, the log and search, rendered on
//! the server and usable without JavaScript; `mod.js` adds keyboard shortcuts (j/k to move,
//! a approve, r refuse, b ban, x select). Every action goes through the same functions as the
//! moderation API, so both log the same way. Forms carry the session's CSRF token.

// Shared by the files below (each starts with `use super::*`).
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde::Deserialize;

use crate::app::AppState;
use crate::enforcement;
use crate::enforcement::bans::BanRequest;
use crate::enforcement::domain::{BanKind, BanTargetInput};
use crate::enforcement::queue::{CommentAction, QueueItem};
use crate::error::AppError;
use crate::extract::{AppQuery, CookieModerator, Moderator};

mod appeals;
mod bans;
mod campaigns;
mod queue;
mod records;
mod settings;

use appeals::{answer_appeal, appeals_page};
use bans::{ban, bans_page, lift};
use campaigns::{campaigns_page, decide_campaign};
use queue::{act, bulk, queue_page};
use records::{log_page, search_page};
use settings::{save_premod, save_role, settings_page};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/mod", get(queue_page))
        .route("/mod/login", post(login))
        .route("/mod/logout", post(logout))
        .route("/mod/act", post(act))
        .route("/mod/bulk", post(bulk))
        .route("/mod/bans", get(bans_page).post(ban))
        .route("/mod/bans/{id}/lift", post(lift))
        .route("/mod/appeals", get(appeals_page))
        .route("/mod/campaigns", get(campaigns_page).post(decide_campaign))
        .route("/mod/appeals/{id}", post(answer_appeal))
        .route("/mod/log", get(log_page))
        .route("/mod/search", get(search_page))
        .route("/mod/settings", get(settings_page))
        .route("/mod/settings/premod", post(save_premod))
        .route("/mod/settings/role", post(save_role))
        .route("/assets/mod.js", get(mod_js))
        .route("/assets/mod.css", get(mod_css))
}

/// Every moderation page, for the test that checks readers reach none of them.
pub const PAGES: &[&str] = &[
    "/mod",
    "/mod/bans",
    "/mod/appeals",
    "/mod/log",
    "/mod/search?q=xx",
    "/mod/settings",
    "/mod/campaigns",
];

async fn mod_js() -> Response {
    super::asset(
        "text/javascript; charset=utf-8",
        include_str!("../assets/mod.js"),
    )
}

async fn mod_css() -> Response {
    super::asset("text/css; charset=utf-8", include_str!("../assets/mod.css"))
}

#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    site: Option<String>,
    /// A short confirmation shown at the top after an action.
    notice: Option<String>,
    action: Option<String>,
    target: Option<String>,
    q: Option<String>,
}

/// What a page shows nobody: the sign-in form. (Signed-in readers without a moderator role
/// are stopped earlier, with a 403, by `CookieModerator`.)
fn sign_in() -> Response {
    Html(login_page(None).into_string()).into_response()
}

/// The site a page is about: the one asked for, else the moderator's first.
fn site_of(m: &Moderator, asked: Option<&str>) -> Result<String, AppError> {
    match asked {
        Some(site) => {
            m.require(site)?;
            Ok(site.to_owned())
        }
        None => Ok(m.roles.first().map(|(s, _)| s.clone()).unwrap_or_default()),
    }
}

fn layout(m: &Moderator, site: &str, title: &str, notice: Option<&str>, main: Markup) -> Markup {
    let tab = |href: &str, label: &str| {
        let current = title == label;
        html! { a href={ (href) "?site=" (site) } aria-current=[current.then_some("page")] { (label) } }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (title) " · Tribune moderation" }
                link rel="stylesheet" href="/assets/mod.css";
                script src="/assets/mod.js" defer {}
            }
            body {
                header.bar {
                    strong { "Tribune moderation" }
                    nav aria-label="Moderation" {
                        (tab("/mod", "Queue")) (tab("/mod/appeals", "Appeals")) (tab("/mod/bans", "Bans"))
                        (tab("/mod/campaigns", "Campaigns")) (tab("/mod/log", "Log")) (tab("/mod/search", "Search")) (tab("/mod/settings", "Settings"))
                    }
                    form.sites method="get" {
                        label for="site" { "Site " }
                        select #site name="site" onchange="this.form.submit()" {
                            @for (s, role) in &m.roles {
                                option value=(s) selected[s == site] { (s) " (" (role) ")" }
                            }
                        }
                        noscript { button { "Go" } }
                    }
                    form method="post" action="/mod/logout" {
                        input type="hidden" name="csrf" value=(m.user.csrf_token);
                        button.link { "Sign out " (m.user.name) }
                    }
                }
                main #main {
                    @if let Some(notice) = notice { p.notice role="status" { (notice) } }
                    (main)
                }
            }
        }
    }
}

fn login_page(error: Option<&str>) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Sign in · Tribune moderation" }
                link rel="stylesheet" href="/assets/mod.css";
            }
            body {
                main.login {
                    h1 { "Tribune moderation" }
                    @if let Some(e) = error { p.error role="alert" { (e) } }
                    form method="post" action="/mod/login" {
                        label for="email" { "Email" }
                        input #email type="email" name="email" autocomplete="username" required autofocus;
                        label for="password" { "Password" }
                        input #password type="password" name="password" autocomplete="current-password" required;
                        button.primary { "Sign in" }
                    }
                }
            }
        }
    }
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

async fn login(State(state): State<AppState>, Form(form): Form<LoginForm>) -> Response {
    let signed_in = async {
        let (id, _) = crate::auth::check_password(&state, &form.email, form.password).await?;
        let roles = crate::auth::store::roles(&state.db, id).await?;
        if roles.is_empty() {
            return Err(AppError::Forbidden(
                "this account does not moderate any site".into(),
            ));
        }
        crate::auth::new_session(&state, id).await
    }
    .await;
    match signed_in {
        Ok(session) => session.set_cookie(Redirect::to("/mod").into_response()),
        Err(AppError::Unauthorized) => (
            StatusCode::UNAUTHORIZED,
            Html(login_page(Some("Wrong email or password.")).into_string()),
        )
            .into_response(),
        Err(e) => super::page(Err(e)),
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Some(m) = who.0 {
        if CookieModerator::check_csrf(&m, &form.csrf).is_ok() {
            if let Err(e) = crate::auth::store::delete_session(&state.db, &m.user.token_hash).await
            {
                tracing::error!(error = %e, "signing out");
            }
        }
    }
    crate::auth::clear_cookie(Redirect::to("/mod").into_response())
}

/// The moderator behind a page's form, its CSRF token checked; without a session, the way
/// to the sign-in page.
// The error is the handler's own response, returned at once: boxing it would buy nothing.
#[allow(clippy::result_large_err)]
fn form_moderator(who: CookieModerator, csrf: &str) -> Result<Moderator, Response> {
    let Some(m) = who.0 else {
        return Err(Redirect::to("/mod").into_response());
    };
    CookieModerator::check_csrf(&m, csrf).map_err(|e| crate::web::page(Err(e)))?;
    Ok(m)
}

/// After a form's action: back to `to` with a notice saying what happened, or the error page.
fn after<T>(
    done: Result<T, AppError>,
    to: &str,
    site: &str,
    notice: impl FnOnce(T) -> String,
) -> Response {
    match done {
        Ok(value) => back(to, site, &notice(value)),
        Err(e) => super::page(Err(e)),
    }
}

/// After a form: back to the page it came from, with a notice.
fn back(to: &str, site: &str, notice: &str) -> Response {
    let notice: String = url::form_urlencoded::byte_serialize(notice.as_bytes()).collect();
    Redirect::to(&format!("{to}?site={site}&notice={notice}")).into_response()
}

#[derive(Deserialize)]
struct ReasonForm {
    csrf: String,
    site: String,
    reason: String,
    accept: Option<String>,
}
