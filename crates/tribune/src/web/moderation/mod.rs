//! The moderation pages (`/mod`): the queue, appeals, bans, the log and search, rendered on
//! the server and usable without JavaScript; `mod.js` adds keyboard shortcuts (j/k to move,
//! a approve, r refuse, b ban, x select). Every action goes through the same functions as the
//! moderation API, so both log the same way. Forms carry the session's CSRF token.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::{html, Markup, DOCTYPE};
use serde::Deserialize;

use super::extract::{to_mod_sign_in, CsrfForm, ModPage, PageError, PageForm};
use super::pages::head;
use crate::app::AppState;
use crate::error::AppError;

mod appeals;
mod bans;
mod campaign_chart;
mod campaigns;
mod queue;
mod records;
mod settings;
mod webhooks;

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
        .route("/mod/settings/mail", post(settings::save_mail))
        .route(
            "/mod/webhooks",
            get(webhooks::webhooks_page).post(webhooks::add),
        )
        .route("/mod/webhooks/{id}/test", post(webhooks::send_test))
        .route("/mod/webhooks/{id}/rotate", post(webhooks::rotate))
        .route("/mod/webhooks/{id}/delete", post(webhooks::delete))
        .route("/mod/webhooks/{id}/replay/{msg_id}", post(webhooks::replay))
        .route("/assets/mod.js", get(mod_js))
        .route("/assets/mod.css", get(mod_css))
}

async fn mod_js() -> Response {
    super::asset(
        "text/javascript; charset=utf-8",
        include_str!("../assets/mod.js"),
    )
}

async fn mod_css() -> Response {
    super::asset("text/css; charset=utf-8", include_str!("../assets/mod.css"))
}

/// What the log and search pages filter by (the site and the notice are [`ModPage`]'s).
#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    action: Option<String>,
    target: Option<String>,
    q: Option<String>,
}

/// A moderation page: the tabs, the site switch, the sign-out button, the notice of the last
/// action, and `main`.
fn layout(page: &ModPage, title: &str, main: Markup) -> Markup {
    let (m, site, notice) = (&page.moderator, page.site.as_str(), page.notice.as_deref());
    let tab = |href: &str, label: &str| {
        let current = title == label;
        html! { a href={ (href) "?site=" (site) } aria-current=[current.then_some("page")] { (label) } }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(
                &format!("{title} · Tribune moderation"),
                "/assets/mod.css",
                html! { script src="/assets/mod.js" defer {} }
            ))
            body {
                header.bar {
                    strong { "Tribune moderation" }
                    nav aria-label="Moderation" {
                        (tab("/mod", "Queue")) (tab("/mod/appeals", "Appeals")) (tab("/mod/bans", "Bans"))
                        (tab("/mod/campaigns", "Campaigns")) (tab("/mod/log", "Log")) (tab("/mod/search", "Search")) (tab("/mod/settings", "Settings")) (tab("/mod/webhooks", "Webhooks"))
                    }
                    form.sites method="get" {
                        label for="site" { "Site " }
                        select #site name="site" {
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

/// The sign-in form, what the moderation pages show nobody.
pub(super) fn sign_in_page(error: Option<&str>) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head("Sign in · Tribune moderation", "/assets/mod.css", html! {}))
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
            sign_in_page(Some("Wrong email or password.")),
        )
            .into_response(),
        Err(e) => PageError(e).into_response(),
    }
}

#[derive(Deserialize)]
struct LogoutForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    CsrfForm { reader, .. }: CsrfForm<LogoutForm>,
) -> Response {
    if let Err(e) = crate::auth::store::delete_session(&state.db, &reader.token_hash).await {
        tracing::error!(error = %e, "signing out");
    }
    crate::auth::clear_cookie(Redirect::to("/mod").into_response())
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
        Err(e) => PageError(e).into_response(),
    }
}

/// After a form: back to the page it came from, with a notice.
fn back(to: &str, site: &str, notice: &str) -> Response {
    let notice: String = url::form_urlencoded::byte_serialize(notice.as_bytes()).collect();
    Redirect::to(&format!("{to}?site={site}&notice={notice}")).into_response()
}

#[derive(Deserialize)]
/// A moderator's decision with its reason (appeals, lifting a ban).
struct ReasonForm {
    csrf: String,
    site: String,
    reason: String,
    accept: Option<String>,
}

/// The moderation pages' forms: each carries the session's CSRF token, and without a
/// session goes back to the sign-in page.
macro_rules! moderation_forms {
    ($($form:ty),*) => {$(
        impl PageForm for $form {
            fn csrf(&self) -> &str {
                &self.csrf
            }

            fn signed_out(&self) -> Response {
                to_mod_sign_in()
            }
        }
    )*};
}

moderation_forms!(
    LogoutForm,
    ReasonForm,
    bans::BanForm,
    campaigns::CampaignForm,
    queue::ActForm,
    queue::BulkForm,
    settings::PremodForm,
    settings::RoleForm,
    settings::MailForm,
    webhooks::NewWebhookForm,
    webhooks::HookForm
);
