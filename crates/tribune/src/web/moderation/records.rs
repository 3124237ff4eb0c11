//! The moderation log and search pages.

use axum::extract::State;
use maud::html;

use super::{layout, PageQuery};
use crate::app::AppState;
use crate::enforcement;
use crate::extract::AppQuery;
use crate::web::extract::{ModPage, PageResult};

pub(super) async fn log_page(
    State(state): State<AppState>,
    page: ModPage,
    AppQuery(q): AppQuery<PageQuery>,
) -> PageResult {
    let site = page.site.as_str();
    let filter = enforcement::log::store::LogFilter {
        site: site.to_owned(),
        action: q.action.clone().filter(|a| !a.is_empty()),
        target: q.target.clone().filter(|t| !t.is_empty()),
        ..Default::default()
    };
    let rows = enforcement::log::store::log(&state.db, &filter, 200).await?;
    let main = html! {
        h1 { "Moderation log" }
        form.filters method="get" {
            input type="hidden" name="site" value=(site);
            label for="action" { "Action " }
            select #action name="action" {
                option value="" { "any" }
                @for a in ["approve", "refuse", "delete", "restore", "ban", "suspend", "shadow", "lift", "warn", "unwarn", "premod", "unpremod", "appeal_accepted", "appeal_rejected", "settings"] {
                    option value=(a) selected[q.action.as_deref() == Some(a)] { (a) }
                }
            }
            label for="target" { " Target " }
            input #target name="target" value=(q.target.as_deref().unwrap_or("")) placeholder="reader:12, comment:40";
            button { "Filter" }
            " "
            a href={ "/api/v1/mod/log?format=jsonl&site=" (site) } download { "Export all as JSON lines" }
        }
        table.log {
            thead { tr { th { "When" } th { "Who" } th { "Action" } th { "Target" } th { "Reason" } } }
            tbody {
                @for r in &rows {
                    tr {
                        td { time datetime=(crate::db::rfc3339(r.created_at)) { (crate::db::minute(r.created_at)) } }
                        td { (r.actor_name.as_deref().unwrap_or("house rules")) }
                        td { span.tag { (r.action) } }
                        td { code { (r.target) } }
                        td { (r.reason) }
                    }
                }
            }
        }
    };
    Ok(layout(&page, "Log", main))
}

pub(super) async fn search_page(
    State(state): State<AppState>,
    page: ModPage,
    AppQuery(q): AppQuery<PageQuery>,
) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let text = q.q.as_deref().unwrap_or("").trim().to_owned();
    // `#12` looks up reader 12 (the queue links banned readers this way).
    let by_id = text.strip_prefix('#').and_then(|n| n.parse::<i64>().ok());
    let (comments, readers) = match by_id {
        Some(id) => {
            let reader = match crate::auth::store::reader(&state.db, id).await? {
                Some(r) if enforcement::readers::store::active_on(&state.db, site, id).await? => {
                    Some(r)
                }
                _ => None,
            };
            (
                Vec::new(),
                reader
                    .map(|r| (r.id, r.name, r.email))
                    .into_iter()
                    .collect(),
            )
        }
        None if text.chars().count() >= 2 => {
            enforcement::readers::store::search(&state.db, site, &text).await?
        }
        None => (Vec::new(), Vec::new()),
    };
    // Emails are for the site's admins.
    let readers: Vec<(i64, String, Option<String>)> = readers
        .into_iter()
        .map(|(id, name, email)| (id, name, email.filter(|_| m.sees_emails(site))))
        .collect();
    let main = html! {
        h1 { "Search" }
        form.filters method="get" {
            input type="hidden" name="site" value=(site);
            label for="q" { "Comments or readers containing " }
            input #q type="search" name="q" value=(text) minlength="2" autofocus;
            button { "Search" }
        }
        @if !readers.is_empty() {
            h2 { "Readers" }
            ul { @for (id, name, email) in &readers { li { "#" (id) " " strong { (name) } " " (email.as_deref().unwrap_or("")) } } }
        }
        @if !comments.is_empty() {
            h2 { "Comments" }
            ol.results {
                @for r in &comments {
                    li { strong { (r.comment.author_name) } " · " (r.comment.status) " · " a href={ (r.url) "#comment-" (r.comment.id) } { (r.url) }
                        p { (r.comment.body) } }
                }
            }
        }
    };
    Ok(layout(&page, "Search", main))
}
