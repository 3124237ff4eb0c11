//! The queue page: each held or reported comment with its explanation, context and author's
//! record, the actions (keys a, r, b) and bulk actions.

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup, PreEscaped};
use serde::Deserialize;

use super::{after, layout};
use crate::app::AppState;
use crate::enforcement;
use crate::enforcement::queue::{CommentAction, QueueItem};
use crate::error::AppError;
use crate::extract::Moderator;
use crate::web::extract::{ModForm, ModPage, PageResult};

pub(super) async fn queue_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let items = enforcement::queue::queue_items(&state, site, 100).await?;
    Ok(layout(&page, "Queue", queue_markup(m, site, &items)))
}

fn queue_markup(m: &Moderator, site: &str, items: &[QueueItem]) -> Markup {
    html! {
        h1 { "Queue " span.count { "(" (items.len()) ")" } }
        p.keys { "Keys: " kbd{"j"} "/" kbd{"k"} " next/previous · " kbd{"a"} " approve · " kbd{"r"} " refuse · "
            kbd{"b"} " ban author · " kbd{"x"} " select" }
        @if items.is_empty() {
            p.empty { "Nothing waits for a moderator. The house rules are holding the line." }
        } @else {
            form #bulk.bulk method="post" action="/mod/bulk" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                label for="bulk-action" { "With selected: " }
                select #bulk-action name="action" {
                    option value="approve" { "Approve" }
                    option value="refuse" { "Refuse" }
                    option value="delete" { "Delete" }
                }
                label for="bulk-reason" { " reason " }
                input #bulk-reason name="reason" required value="Bulk review";
                button { "Apply" }
            }
            ol.queue {
                @for item in items { li { (queue_item(m, site, item)) } }
            }
        }
    }
}

/// The comment's text with the house rules' spans marked.
fn marked(body: &str, verdict: Option<&serde_json::Value>) -> Markup {
    let mut spans: Vec<(usize, usize)> = verdict
        .and_then(|v| v["rules"].as_array())
        .into_iter()
        .flatten()
        .flat_map(|r| r["spans"].as_array().cloned().unwrap_or_default())
        .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
        .collect();
    spans.sort_unstable();
    let mut at = 0;
    html! {
        p.text {
            @for (start, end) in spans {
                @if start >= at && end <= body.len() && body.is_char_boundary(start) && body.is_char_boundary(end) {
                    (&body[at..start]) mark { (&body[start..end]) }
                    ({ at = end; "" })
                }
            }
            (body.get(at..).unwrap_or(""))
        }
    }
}

fn queue_item(m: &Moderator, site: &str, item: &QueueItem) -> Markup {
    let c = &item.comment;
    let id = c.id;
    let body = c.body.as_deref().unwrap_or("");
    let refusal = match item
        .verdict
        .as_ref()
        .and_then(|v| v["rules"][0]["id"].as_str())
    {
        Some(rule) => format!("Breaks the house rules ({rule})"),
        None => "Breaks the house rules".to_owned(),
    };
    let action_form = |action: &str, key: &str, label: &str, reason: &str| {
        html! {
            form.action method="post" action="/mod/act" data-key=(key) {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                input type="hidden" name="id" value=(id);
                input type="hidden" name="action" value=(action);
                label.sr for={ (action) "-" (id) } { (label) " reason" }
                input id={ (action) "-" (id) } name="reason" value=(reason) required;
                button.{ (action) } { (label) " " kbd { (key) } }
            }
        }
    };
    html! {
        article.item tabindex="0" data-id=(id) aria-labelledby={ "item-" (id) } {
            header {
                input type="checkbox" name="ids" value=(id) form="bulk" aria-label={ "Select comment " (id) };
                h2 #{ "item-" (id) } { (c.author.name) }
                span.reason { (item.reason) }
                span.risk title="Risk: the highest rule score, raised for possible ban evasion" { "risk " (format!("{:.2}", item.risk)) }
                a href={ (item.url) "#comment-" (id) } { "on " (item.url) }
            }
            @if let Some(parent) = &item.parent {
                blockquote.context { "In reply to " strong { (parent.author.name) } ": " (PreEscaped(&parent.html)) }
            }
            (marked(body, item.verdict.as_ref()))
            @if let Some(rules) = item.verdict.as_ref().and_then(|v| v["rules"].as_array()) {
                ul.rules {
                    @for r in rules {
                        li { strong { (r["id"].as_str().unwrap_or("")) } " " (format!("{:.2}", r["score"].as_f64().unwrap_or(0.0))) " · " (r["decision"].as_str().unwrap_or("")) }
                    }
                }
            }
            @if let Some(banned) = item.evasion_of {
                p.evasion { "Possibly banned reader " a href={ "/mod/search?site=" (site) "&q=%23" (banned) } { "#" (banned) } " coming back." }
            }
            @if !item.reports.is_empty() {
                ul.reports {
                    @for r in &item.reports {
                        li { "Reported by " (r.reporter.name) ": “" (r.reason) "”"
                            span.reporter { " (" (r.reporter.reports_total) " reports, " (r.reporter.reports_dismissed) " dismissed)" } }
                    }
                }
            }
            p.history {
                "Author's record: comments " (item.history.comments) ", visible " (item.history.visible) ", "
                "refused " (item.history.rejected) ", strikes " (item.history.strikes) ", "
                "bans " (item.history.bans) ", warnings " (item.history.warnings)
                @if item.supporter { " · " strong { "supporter" } }
                @if let Some(ip) = &item.ip { " · " code { (ip) } }
            }
            div.actions {
                (action_form("approve", "a", "Approve", "Within the house rules"))
                (action_form("refuse", "r", "Refuse", &refusal))
                @if let Some(author) = c.author.id {
                    form.action method="post" action="/mod/bans" data-key="b" {
                        input type="hidden" name="csrf" value=(m.user.csrf_token);
                        input type="hidden" name="site" value=(site);
                        input type="hidden" name="target_kind" value="reader_id";
                        input type="hidden" name="target" value=(author);
                        input type="hidden" name="refuse_comment" value=(id);
                        label.sr for={ "ban-kind-" (id) } { "Ban kind" }
                        select id={ "ban-kind-" (id) } name="kind" {
                            option value="ban" { "Ban" }
                            option value="suspend" { "Suspend" }
                            option value="shadow" { "Shadow-ban" }
                        }
                        (super::bans::suspension_days(&format!("ban-days-{id}")))
                        label.sr for={ "ban-" (id) } { "Ban reason" }
                        input id={ "ban-" (id) } name="reason" value="Abusive or obscene: the house rules" required;
                        button.ban { "Ban author " kbd { "b" } }
                    }
                }
            }
        }
    }
}

#[derive(Deserialize)]
pub(super) struct ActForm {
    pub(super) csrf: String,
    site: String,
    id: i64,
    action: CommentAction,
    reason: String,
}

pub(super) async fn act(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<ActForm>,
) -> Response {
    let done = async {
        let reason = crate::enforcement::domain::reason(&form.reason)?;
        enforcement::queue::moderate(&state, &m, form.id, form.action, &reason).await
    }
    .await;
    after(done, "/mod", &form.site, |c| {
        format!("Comment {} is now {}.", c.id, c.status)
    })
}

#[derive(Deserialize)]
pub(super) struct BulkForm {
    pub(super) csrf: String,
    site: String,
    action: String,
    reason: String,
    /// One field per ticked comment.
    #[serde(default)]
    ids: Vec<i64>,
}

pub(super) async fn bulk(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<BulkForm>,
) -> Response {
    let done = async {
        let action: CommentAction = serde_json::from_value(serde_json::json!(form.action))
            .map_err(|_| AppError::invalid("action", "must be approve, refuse or delete"))?;
        let reason = crate::enforcement::domain::reason(&form.reason)?;
        if form.ids.is_empty() {
            return Err(AppError::invalid("ids", "select at least one comment"));
        }
        for id in &form.ids {
            enforcement::queue::moderate(&state, &m, *id, action, &reason).await?;
        }
        Ok(form.ids.len())
    }
    .await;
    after(done, "/mod", &form.site, |n| format!("{n} comments done."))
}
