//! The bans page: bans in force, placing one, lifting one.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};
use serde::Deserialize;

use super::{after, layout, ReasonForm};
use crate::app::AppState;
use crate::enforcement;
use crate::enforcement::bans::BanRequest;
use crate::enforcement::domain::{BanKind, BanTargetInput};
use crate::enforcement::queue::CommentAction;
use crate::error::AppError;
use crate::web::extract::{ModForm, ModPage, PageResult};

pub(super) async fn bans_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let bans = enforcement::bans::store::bans(&state.db, site, true).await?;
    let main = html! {
        h1 { "Bans in force" }
        form.newban method="post" action="/mod/bans" {
            input type="hidden" name="csrf" value=(m.user.csrf_token);
            input type="hidden" name="site" value=(site);
            fieldset {
                legend { "New ban" }
                label for="target_kind" { "Target " }
                select #target_kind name="target_kind" {
                    option value="reader_id" { "Reader id" }
                    option value="ip" { "IP address" }
                    option value="cidr" { "IP range (CIDR)" }
                    option value="email" { "Email" }
                    option value="email_domain" { "Email domain" }
                }
                input name="target" aria-label="Target value" required placeholder="12, 203.0.113.7, 203.0.113.0/24, ana@example.org, example.org";
                label for="kind" { " Kind " }
                select #kind name="kind" {
                    option value="ban" { "Ban" }
                    option value="suspend" { "Suspend" }
                    option value="shadow" { "Shadow-ban" }
                }
                (suspension_days("days"))
                label for="reason" { " Reason " }
                input #reason name="reason" required;
                label { input type="checkbox" name="remove_votes" value="1"; " remove their votes" }
                button { "Ban" }
            }
        }
        @if bans.is_empty() { p.empty { "No bans in force." } }
        table {
            thead { tr { th { "Target" } th { "Kind" } th { "Until" } th { "Reason" } th { "By" } th { "" } } }
            tbody {
                @for b in &bans {
                    tr {
                        td { code { (enforcement::bans::store::ban_label(b)) } }
                        td { (b.kind) }
                        td { (b.until.map(crate::db::rfc3339).unwrap_or_else(|| "permanent".into())) }
                        td { (b.reason) }
                        td { (b.created_by.map_or("house rules".to_owned(), |id| format!("moderator #{id}"))) }
                        td {
                            form method="post" action={ "/mod/bans/" (b.id) "/lift" } {
                                input type="hidden" name="csrf" value=(m.user.csrf_token);
                                input type="hidden" name="site" value=(site);
                                input name="reason" aria-label="Reason to lift" required placeholder="why lift it";
                                button { "Lift" }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(&page, "Bans", main))
}

#[derive(Deserialize)]
pub(super) struct BanForm {
    pub(super) csrf: String,
    site: String,
    target_kind: String,
    target: String,
    kind: BanKind,
    reason: String,
    remove_votes: Option<String>,
    /// From the queue: the comment that prompted the ban, refused with it.
    refuse_comment: Option<i64>,
    /// How long a suspension lasts (default 7 days).
    days: Option<u32>,
}

/// The suspension lengths the forms offer, in days.
const SUSPENSION_DAYS: [u32; 4] = [1, 3, 7, 30];

/// The suspension length select of the ban forms.
pub(super) fn suspension_days(id: &str) -> Markup {
    html! {
        label.sr for=(id) { "Suspension length" }
        select id=(id) name="days" title="How long a suspension lasts" {
            @for d in SUSPENSION_DAYS {
                option value=(d) selected[d == 7] { (d) (if d == 1 { " day" } else { " days" }) }
            }
        }
    }
}

pub(super) async fn ban(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<BanForm>,
) -> Response {
    let done = async {
        let value = form.target.trim().to_owned();
        let mut target = BanTargetInput::default();
        match form.target_kind.as_str() {
            "reader_id" => {
                target.reader_id = Some(
                    value
                        .trim_start_matches('#')
                        .parse()
                        .map_err(|_| AppError::invalid("target", "a reader id is a number"))?,
                )
            }
            "ip" => target.ip = Some(value),
            "cidr" => target.cidr = Some(value),
            "email" => target.email = Some(value),
            "email_domain" => target.email_domain = Some(value),
            other => {
                return Err(AppError::invalid(
                    "target_kind",
                    &format!("{other:?} is not a target kind"),
                ))
            }
        }
        let days = form.days.unwrap_or(7);
        if !(1..=365).contains(&days) {
            return Err(AppError::invalid(
                "days",
                "a suspension lasts 1 to 365 days",
            ));
        }
        let until = (form.kind == BanKind::Suspend).then(|| {
            let at = time::OffsetDateTime::now_utc() + time::Duration::days(i64::from(days));
            at.format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default()
        });
        let request = BanRequest {
            site: form.site.clone(),
            target,
            kind: form.kind,
            until,
            reason: form.reason.clone(),
            remove_votes: form.remove_votes.is_some(),
        };
        let ban = enforcement::bans::ban(&state, &m, &request).await?;
        if let Some(id) = form.refuse_comment {
            let reason = crate::enforcement::domain::reason(&form.reason)?;
            if let Err(e) =
                enforcement::queue::moderate(&state, &m, id, CommentAction::Refuse, &reason).await
            {
                tracing::info!(comment = id, error = %e, "comment not refused with the ban");
            }
        }
        Ok(ban)
    }
    .await;
    let to = if form.refuse_comment.is_some() {
        "/mod"
    } else {
        "/mod/bans"
    };
    after(done, to, &form.site, |b| {
        format!(
            "{} in force: {}.",
            b.kind,
            enforcement::bans::store::ban_label(&b)
        )
    })
}

pub(super) async fn lift(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    ModForm { moderator: m, form }: ModForm<ReasonForm>,
) -> Response {
    let done = async { enforcement::bans::lift(&state, &m, id, &form.reason).await }.await;
    after(done, "/mod/bans", &form.site, |()| {
        format!("Ban {id} lifted.")
    })
}
