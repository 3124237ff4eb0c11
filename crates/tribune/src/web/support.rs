//! `/support`: the "Go ad-free" page of Tribune's own publication. Plans, sign-in, then Stripe
//! Checkout; for supporters, thanks and the way to Stripe's customer portal. Plain HTML forms
//! with the session's CSRF token: no JavaScript needed to pay.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::{html, Markup};
use serde::Deserialize;

use super::extract::{CookieSession, CsrfForm, PageError, PageForm, PageResult};
use crate::app::AppState;
use crate::billing;
use crate::error::AppError;
use crate::extract::AppQuery;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/support", get(support_page))
        .route("/support/login", post(login))
        .route("/support/checkout", post(checkout))
        .route("/support/portal", post(portal))
}

#[derive(Debug, Deserialize)]
struct SupportQuery {
    /// The article to come back to.
    #[serde(rename = "return")]
    back: Option<String>,
    error: Option<String>,
}

/// The page to come back to: an address on this instance, else its front page.
fn back_to(state: &AppState, raw: Option<&str>) -> String {
    let own = state.config.public_url();
    let own = own.as_ref();
    match raw {
        Some(url) if url.starts_with(&format!("{own}/")) => url.to_owned(),
        _ => format!("{own}/"),
    }
}

async fn support_page(
    State(state): State<AppState>,
    CookieSession(reader): CookieSession,
    AppQuery(q): AppQuery<SupportQuery>,
) -> PageResult {
    let site = super::publication(&state).await?;
    let back = back_to(&state, q.back.as_deref());
    let supporter = billing::is_supporter(&state, &site.id, reader.as_ref().map(|r| r.id)).await?;
    let plans: Vec<_> = state
        .config
        .billing
        .plans
        .iter()
        .filter(|p| p.site == site.id)
        .collect();
    let main = html! {
        h1.headline { "Go ad-free" }
        p.standfirst { "Readers who support " (site.name) " pay for its reporting, and read it without ads." }
        @if let Some(error) = &q.error { p.error role="alert" { (error) } }
        @match (&reader, supporter) {
            (Some(r), true) => {
                p { "Thank you, " (r.name) ": you support " (site.name) "." }
                form.supportform method="post" action="/support/portal" {
                    input type="hidden" name="csrf" value=(r.csrf_token);
                    input type="hidden" name="return" value=(back);
                    button { "Manage or cancel your support" }
                }
            }
            (Some(r), false) => {
                @if plans.is_empty() { p { "This publication has no supporter plans yet." } }
                ul.plans {
                    @for p in &plans {
                        li {
                            h2 { (p.name) }
                            p { strong { (p.currency) " " (p.price) } " a " (p.interval) }
                            form method="post" action="/support/checkout" {
                                input type="hidden" name="csrf" value=(r.csrf_token);
                                input type="hidden" name="plan" value=(p.id);
                                input type="hidden" name="return" value=(back);
                                button { "Support " (p.name.to_lowercase()) }
                            }
                        }
                    }
                }
                p.meta { "You pay on Stripe's page; " (site.name) " never sees your card." }
            }
            (None, _) => {
                p { "Sign in first (new readers create an account in the comments under any article)." }
                form.supportform method="post" action="/support/login" {
                    input type="hidden" name="return" value=(back);
                    label for="email" { "Email" }
                    input #email type="email" name="email" autocomplete="username" required;
                    label for="password" { "Password" }
                    input #password type="password" name="password" autocomplete="current-password" required;
                    p { button { "Sign in" } }
                }
            }
        }
        p { a href=(back) { "Back to your article" } }
    };
    Ok(page_layout(&site.name, main))
}

fn page_layout(site_name: &str, main: Markup) -> Markup {
    super::pages::plain(&format!("Support {site_name}"), site_name, main)
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    #[serde(rename = "return")]
    back: String,
}

fn to_support(back: &str, error: Option<&str>) -> Response {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let mut to = format!("/support?return={}", enc(back));
    if let Some(e) = error {
        to.push_str(&format!("&error={}", enc(e)));
    }
    Redirect::to(&to).into_response()
}

async fn login(State(state): State<AppState>, Form(form): Form<LoginForm>) -> Response {
    match crate::auth::check_password(&state, &form.email, form.password).await {
        Ok((id, _)) => match crate::auth::new_session(&state, id).await {
            Ok(session) => session.set_cookie(to_support(&form.back, None)),
            Err(e) => PageError(e).into_response(),
        },
        Err(AppError::Unauthorized) => to_support(&form.back, Some("Wrong email or password.")),
        Err(e) => to_support(&form.back, Some(&e.to_string())),
    }
}

/// The checkout and portal buttons: without a session, back to the support page to sign in;
/// a refusal is shown there too.
impl PageForm for CheckoutForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }

    fn signed_out(&self) -> Response {
        to_support(&self.back, None)
    }

    fn refused(&self, error: AppError) -> Response {
        to_support(&self.back, Some(&error.to_string()))
    }
}

#[derive(Deserialize)]
struct CheckoutForm {
    csrf: String,
    plan: Option<String>,
    #[serde(rename = "return")]
    back: String,
}

async fn checkout(
    State(state): State<AppState>,
    CsrfForm { reader, form }: CsrfForm<CheckoutForm>,
) -> Response {
    let started = async {
        let site = super::publication(&state).await?;
        let back = back_to(&state, Some(&form.back));
        billing::start_checkout(
            &state,
            &reader,
            &site.id,
            form.plan.as_deref().unwrap_or(""),
            &back,
        )
        .await
    }
    .await;
    match started {
        Ok(url) => Redirect::to(&url).into_response(),
        Err(e) => to_support(&form.back, Some(&e.to_string())),
    }
}

async fn portal(
    State(state): State<AppState>,
    CsrfForm { reader, form }: CsrfForm<CheckoutForm>,
) -> Response {
    let opened = async {
        let site = super::publication(&state).await?;
        billing::portal_url(
            &state,
            &reader,
            &site.id,
            &back_to(&state, Some(&form.back)),
        )
        .await
    }
    .await;
    match opened {
        Ok(url) => Redirect::to(&url).into_response(),
        Err(e) => to_support(&form.back, Some(&e.to_string())),
    }
}
