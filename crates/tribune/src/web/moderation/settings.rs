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
