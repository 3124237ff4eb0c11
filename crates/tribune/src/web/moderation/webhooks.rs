//! The webhooks page (site admins): the endpoints, their recent deliveries, and forms to add,
//! test, rotate, replay and delete, over the same operations as the API
//! (`crate::webhooks::handlers`).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use maud::html;
use serde::Deserialize;

use super::{after, layout};
use crate::app::AppState;
use crate::extract::Moderator;
use crate::web::extract::{ModForm, ModPage, PageError, PageResult};
use crate::webhooks::domain::EventType;
use crate::webhooks::handlers as hooks;

pub(super) async fn webhooks_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    render(&state, page).await
}

async fn render(state: &AppState, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    if m.require_admin(site).is_err() {
        let main = html! {
            h1 { "Webhooks" }
            p.empty { "Only the site's admins see and change its webhooks: they say where its readers' data goes." }
        };
        return Ok(layout(&page, "Webhooks", main));
    }
    let mut endpoints = Vec::new();
    for hook in hooks::of_site(state, m, site).await? {
        let log = hooks::log_of(state, m, hook.id, 20).await?;
        endpoints.push((hook, log));
    }
    let form = |action: String, label: &str| {
        html! {
            form.inline method="post" action=(action) {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                button.link { (label) }
            }
        }
    };
    let main = html! {
        h1 { "Webhooks" }
        p { "Signed messages (Standard Webhooks) to your own tools when things happen on this site. "
            "Payloads and signatures: docs/webhooks.md." }
        @if endpoints.is_empty() { p.empty { "No webhooks yet." } }
        @for (hook, log) in &endpoints {
            article.item {
                h2 { (hook.url) }
                p.history { "Events: " (hook.events.replace(' ', ", ")) " · since " (crate::db::minute(hook.created_at)) }
                p {
                    (form(format!("/mod/webhooks/{}/test", hook.id), "Send a test event")) " · "
                    (form(format!("/mod/webhooks/{}/rotate", hook.id), "Rotate the secret")) " · "
                    (form(format!("/mod/webhooks/{}/delete", hook.id), "Delete"))
                }
                @if log.is_empty() { p.empty { "Nothing sent yet." } } @else {
                    table {
                        thead { tr { th { "Message" } th { "Event" } th { "Status" } th { "Attempts" } th { "Last answer" } th {} } }
                        tbody {
                            @for d in log {
                                tr {
                                    td { code { (d.msg_id) } }
                                    td { (d.event) }
                                    td { (d.status) }
                                    td { (d.attempts) }
                                    td {
                                        @if let Some(code) = d.last_response { (code) }
                                        @if let Some(error) = &d.last_error { " " (error) }
                                    }
                                    td { (form(format!("/mod/webhooks/{}/replay/{}", hook.id, d.msg_id), "Send again")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { "Add a webhook" }
        form.newban method="post" action="/mod/webhooks" {
            input type="hidden" name="csrf" value=(m.user.csrf_token);
            input type="hidden" name="site" value=(site);
            label for="hook-url" { "Address " }
            input #hook-url type="url" name="url" required placeholder="https://hooks.news.example/tribune";
            fieldset {
                legend { "Events" }
                @for event in EventType::SUBSCRIBABLE {
                    label { input type="checkbox" name="events" value=(event.as_str()); " " (event.as_str()) }
                }
            }
            button { "Add" }
        }
    };
    Ok(layout(&page, "Webhooks", main))
}

#[derive(Deserialize)]
pub(super) struct NewWebhookForm {
    pub(super) csrf: String,
    site: String,
    url: String,
    #[serde(default)]
    events: Vec<String>,
}

pub(super) async fn add(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<NewWebhookForm>,
) -> Response {
    match hooks::register(&state, &m, &form.site, &form.url, &form.events).await {
        Ok(hook) => {
            let notice = format!(
                "Webhook added. Its signing secret, shown this once: {}",
                hook.secret
            );
            with_secret(&state, m, form.site, notice).await
        }
        Err(e) => PageError(e).into_response(),
    }
}

/// The page again with a new secret in its notice: shown, not redirected to, so that the
/// secret is in no address (history, logs).
async fn with_secret(
    state: &AppState,
    moderator: Moderator,
    site: String,
    notice: String,
) -> Response {
    let page = ModPage {
        moderator,
        site,
        notice: Some(notice),
    };
    render(state, page).await.into_response()
}

#[derive(Deserialize)]
pub(super) struct HookForm {
    pub(super) csrf: String,
    site: String,
}

pub(super) async fn send_test(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    ModForm { moderator: m, form }: ModForm<HookForm>,
) -> Response {
    let done = hooks::send_test(&state, &m, id).await;
    after(done, "/mod/webhooks", &form.site, |msg| {
        format!("Test event {msg} queued.")
    })
}

pub(super) async fn rotate(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    ModForm { moderator: m, form }: ModForm<HookForm>,
) -> Response {
    let change = hooks::WebhookChange {
        rotate_secret: true,
        ..hooks::WebhookChange::default()
    };
    match hooks::modify(&state, &m, id, &change).await {
        Ok(hook) => {
            let notice = format!("New signing secret, shown this once: {}", hook.secret);
            with_secret(&state, m, form.site, notice).await
        }
        Err(e) => PageError(e).into_response(),
    }
}

pub(super) async fn delete(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    ModForm { moderator: m, form }: ModForm<HookForm>,
) -> Response {
    let done = hooks::stop(&state, &m, id).await;
    after(done, "/mod/webhooks", &form.site, |()| {
        "Webhook deleted.".to_owned()
    })
}

pub(super) async fn replay(
    State(state): State<AppState>,
    Path((id, msg_id)): Path<(i64, String)>,
    ModForm { moderator: m, form }: ModForm<HookForm>,
) -> Response {
    let done = hooks::resend(&state, &m, id, &msg_id).await;
    after(done, "/mod/webhooks", &form.site, |()| {
        format!("{msg_id} will be sent again.")
    })
}
