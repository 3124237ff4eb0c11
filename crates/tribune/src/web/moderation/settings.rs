//! The settings page: pre-moderation and the team.

use axum::extract::State;
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::{after, layout};
use crate::app::AppState;
use crate::enforcement;
use crate::error::AppError;
use crate::web::extract::{ModForm, ModPage, PageResult};

pub(super) async fn settings_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let team = enforcement::readers::site_team(&state, m, site).await?;
    let p = crate::sites::store::site(&state.db, site)
        .await
        .map_err(AppError::from)?
        .settings();
    let admin = m.require_admin(site).is_ok();
    let mine = crate::mail::handlers::moderator_choice(&state, m, site).await?;
    let queue = match admin {
        true => Some(crate::mail::handlers::queue_of(&state, m, site).await?),
        false => None,
    };
    let main = html! {
        h1 { "Settings" }
        @if !admin { p.empty { "Only the site's admins change these." } }
        h2 { "Pre-moderation" }
        form.newban method="post" action="/mod/settings/premod" {
            input type="hidden" name="csrf" value=(m.user.csrf_token);
            input type="hidden" name="site" value=(site);
            fieldset disabled[!admin] {
                label { input type="checkbox" name="all" value="1" checked[p.all]; " every comment" }
                label { input type="checkbox" name="links" value="1" checked[p.links]; " comments with links" }
                label { "new readers until " input.narrow type="number" name="new_readers" min="0" value=(p.new_readers); " approved (0: off)" }
                label { "refusal rate over 7 days ≥ " input.narrow type="number" name="refusal_rate" min="0" max="1" step="0.05" value=(p.refusal_rate); " (0: off)" }
                label { "hold after " input.narrow type="number" name="reports_to_hold" min="0" value=(p.reports_to_hold); " reports" }
                label { input type="checkbox" name="supporter_badge" value="1" checked[p.supporter_badge]; " supporter badge in comments" }
                button { "Save" }
            }
        }
        h2 { "Your e-mail" }
        @if !crate::mail::enabled(&state) { p.empty { "This server sends no mail: its operator has not set smtp_url and mail_from." } }
        form.newban method="post" action="/mod/settings/mail" {
            input type="hidden" name="csrf" value=(m.user.csrf_token);
            input type="hidden" name="site" value=(site);
            label for="digest" { "Digest of the queue, reports and appeals " }
            select #digest name="digest" {
                @for d in crate::mail::handlers::DIGESTS {
                    option value=(d) selected[d == mine.digest] { (d) }
                }
            }
            label { input type="checkbox" name="campaign_alerts" value="1" checked[mine.campaign_alerts]; " an alert when a campaign is detected" }
            button { "Save" }
        }
        @if let Some(q) = &queue {
            h2 { "Mail queue" }
            p { (q.counts.waiting) " waiting (" (q.counts.retrying) " after a failed attempt), "
                (q.counts.sent_last_day) " sent and " (q.counts.failed_last_day) " given up in the last day." }
            @if !q.problems.is_empty() {
                table {
                    thead { tr { th { "To" } th { "Kind" } th { "Attempts" } th { "State" } th { "Last error" } } }
                    tbody { @for p in &q.problems { tr {
                        td { (p.recipient) } td { (p.kind) } td { (p.attempts) }
                        td { @if p.failed_at.is_some() { "given up" } @else { "retrying" } }
                        td { (p.last_error.as_deref().unwrap_or("")) }
                    } } }
                }
            }
        }
        h2 { "Team" }
        table {
            thead { tr { th { "Name" } th { "Email" } th { "Role" } } }
            tbody { @for t in &team { tr { td { (t.name) } td { (t.email.as_deref().unwrap_or("SSO")) } td { (t.role) } } } }
        }
        form.newban method="post" action="/mod/settings/role" {
            input type="hidden" name="csrf" value=(m.user.csrf_token);
            input type="hidden" name="site" value=(site);
            fieldset disabled[!admin] {
                label for="role-email" { "Account email " }
                input #role-email type="email" name="email" required;
                label for="role" { " role " }
                select #role name="role" {
                    option value="moderator" { "Moderator" }
                    option value="admin" { "Admin" }
                    option value="" { "None (remove)" }
                }
                button { "Set role" }
            }
        }
    };
    Ok(layout(&page, "Settings", main))
}

#[derive(Deserialize)]
pub(super) struct PremodForm {
    pub(super) csrf: String,
    site: String,
    all: Option<String>,
    links: Option<String>,
    new_readers: i64,
    refusal_rate: f64,
    reports_to_hold: i64,
    supporter_badge: Option<String>,
}

pub(super) async fn save_premod(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<PremodForm>,
) -> Response {
    let done = async {
        let premod = crate::sites::store::SiteSettings {
            all: form.all.is_some(),
            links: form.links.is_some(),
            new_readers: form.new_readers,
            refusal_rate: form.refusal_rate,
            reports_to_hold: form.reports_to_hold,
            supporter_badge: form.supporter_badge.is_some(),
        };
        enforcement::settings::save_premod(&state, &m, &form.site, &premod).await?;
        Ok(())
    }
    .await;
    after(done, "/mod/settings", &form.site, |()| {
        "Settings saved.".to_owned()
    })
}

#[derive(Deserialize)]
pub(super) struct MailForm {
    pub(super) csrf: String,
    site: String,
    digest: String,
    campaign_alerts: Option<String>,
}

pub(super) async fn save_mail(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<MailForm>,
) -> Response {
    let choice = crate::mail::handlers::ModeratorMailJson {
        digest: form.digest.clone(),
        campaign_alerts: form.campaign_alerts.is_some(),
    };
    let done = crate::mail::handlers::save_moderator_choice(&state, &m, &form.site, &choice).await;
    after(done, "/mod/settings", &form.site, |()| {
        "Your e-mail choices are saved.".to_owned()
    })
}

#[derive(Deserialize)]
pub(super) struct RoleForm {
    pub(super) csrf: String,
    site: String,
    email: String,
    role: String,
}

pub(super) async fn save_role(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<RoleForm>,
) -> Response {
    let done = async {
        let request = enforcement::readers::RoleRequest {
            email: form.email.clone(),
            role: Some(form.role.clone()).filter(|r| !r.is_empty()),
        };
        enforcement::readers::change_role(&state, &m, &form.site, &request).await
    }
    .await;
    after(done, "/mod/settings", &form.site, |()| {
        format!("{} updated.", form.email)
    })
}
