//! The queue and what moderators decide on comments: approve, refuse, delete, restore, one
//! at a time or in bulk. Each decision answers the comment's open reports and writes the
//! log in the same transaction as its effect.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

use super::domain::{self};
use super::{log, readers, reports, ReasonRequest, SiteQuery};
use crate::app::AppState;
use crate::comments::domain::CommentStatus::{Deleted, Pending, Rejected, Visible};
use crate::comments::store::{self as comments, CommentRow, PostedComment};
use crate::comments::view::{self, Badges, CommentJson};
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppQuery};
use crate::extract::{Moderator, SiteModerator};

/// What waits for a site's moderators, each as `(all, new since the time asked)`: the
/// digest mail's figures.
#[derive(Debug, Default)]
pub struct Waiting {
    pub held: (i64, i64),
    pub reports: (i64, i64),
    pub appeals: (i64, i64),
}

impl Waiting {
    /// Whether anything arrived since the time asked.
    pub fn anything_new(&self) -> bool {
        self.held.1 + self.reports.1 + self.appeals.1 > 0
    }
}

pub async fn waiting(db: &crate::db::Db, site: &str, since: i64) -> Result<Waiting, sqlx::Error> {
    let open = |table: &str| {
        format!(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN created_at >= $2 THEN 1 ELSE 0 END), 0)
             FROM {table} WHERE site_id = $1 AND resolved_at IS NULL"
        )
    };
    let count = |sql: String| async move {
        sqlx::query_as::<_, (i64, i64)>(&sql)
            .bind(site)
            .bind(since)
            .fetch_one(&db.pool)
            .await
    };
    Ok(Waiting {
        held: comments::held_counts(db, site, since).await?,
        reports: count(open("reports")).await?,
        appeals: count(open("appeals")).await?,
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Reporter {
    pub id: i64,
    pub name: String,
    /// Reports this reader filed on the site, and how many moderators dismissed.
    pub reports_total: i64,
    pub reports_dismissed: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportJson {
    pub reason: String,
    pub reporter: Reporter,
    pub created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueItem {
    /// The comment, with its Markdown source.
    pub comment: CommentJson,
    pub url: String,
    /// Why it is here: house rules, pre-moderation, reports, possible ban evasion.
    pub reason: String,
    pub risk: f64,
    /// The house rules' verdict (rule, spans, scores).
    #[schema(value_type = Option<Object>)]
    pub verdict: Option<serde_json::Value>,
    /// The banned reader this author seems to be.
    pub evasion_of: Option<i64>,
    pub reports: Vec<ReportJson>,
    /// The comment it replies to, for context.
    pub parent: Option<CommentJson>,
    /// The author's record on the site.
    pub history: readers::store::History,
    pub ip: Option<String>,
    /// The author supports the site (Stripe or an admin's grant).
    pub supporter: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueResponse {
    items: Vec<QueueItem>,
}

/// The queue: held comments and reported ones, riskiest first, each with its explanation,
/// context and author's record.
#[utoipa::path(get, path = "/api/v1/mod/queue", tag = "moderation", params(SiteQuery),
    responses((status = 200, body = QueueResponse), (status = 401), (status = 403)))]
pub(crate) async fn queue(
    State(state): State<AppState>,
    SiteModerator { site, .. }: SiteModerator,
    AppQuery(q): AppQuery<SiteQuery>,
) -> AppResult<Json<QueueResponse>> {
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(AppError::invalid("limit", "must be between 1 and 200"));
    }
    Ok(Json(QueueResponse {
        items: queue_items(&state, &site, limit).await?,
    }))
}

/// The queue as the API and the moderation pages show it.
pub async fn queue_items(state: &AppState, site: &str, limit: i64) -> AppResult<Vec<QueueItem>> {
    let rows = comments::awaiting_review(&state.db, site, limit).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.comment.id).collect();
    let mut reports: HashMap<i64, Vec<ReportJson>> = HashMap::new();
    for r in reports::store::open_reports(&state.db, &ids).await? {
        reports.entry(r.comment_id).or_default().push(ReportJson {
            reason: r.reason,
            reporter: Reporter {
                id: r.reporter_id,
                name: r.reporter_name,
                reports_total: r.reporter_total,
                reports_dismissed: r.reporter_dismissed,
            },
            created_at: rfc3339(r.created_at),
        });
    }
    // One query for the supporters among the authors, and one record per author however many
    // of their comments wait: a queue of 100 items is not 700 queries.
    let mut authors: Vec<i64> = rows.iter().filter_map(|r| r.comment.author_id).collect();
    authors.sort_unstable();
    authors.dedup();
    let supporters: std::collections::HashSet<i64> =
        crate::billing::store::active_among(&state.db, site, &authors)
            .await?
            .into_iter()
            .collect();
    let mut histories: HashMap<(Option<i64>, String), readers::store::History> = HashMap::new();
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let c = &row.comment;
        let parent = match c.parent_id {
            Some(id) => Some(CommentJson::new(
                &comments::get(&state.db, id).await?,
                false,
                &Badges::none(),
            )),
            None => None,
        };
        let ip = row.ip.clone().unwrap_or_default();
        // Anonymous authors are known by their address; readers by their id alone.
        let author_key = (
            c.author_id,
            if c.author_id.is_some() {
                String::new()
            } else {
                ip.clone()
            },
        );
        let history = match histories.get(&author_key) {
            Some(h) => h.clone(),
            None => {
                let h = readers::store::history(&state.db, site, c.author_id, &ip).await?;
                histories.insert(author_key, h.clone());
                h
            }
        };
        items.push(QueueItem {
            comment: CommentJson::for_moderators(c),
            url: row.url.clone(),
            reason: c
                .queue_reason
                .clone()
                .unwrap_or_else(|| format!("{} reader reports", c.report_count)),
            risk: c.risk,
            verdict: c
                .verdict
                .as_deref()
                .and_then(|v| serde_json::from_str(v).ok()),
            evasion_of: c.evasion_of,
            reports: reports.remove(&c.id).unwrap_or_default(),
            parent,
            history,
            ip: row.ip,
            supporter: c.author_id.is_some_and(|a| supporters.contains(&a)),
        });
    }
    Ok(items)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentAction {
    /// Publish a held comment, or keep a reported one (dismissing the reports).
    Approve,
    /// Take a comment down; its author sees the reason.
    Refuse,
    /// Replace a comment by a placeholder.
    Delete,
    /// Undo a moderator's deletion.
    Restore,
}

impl CommentAction {
    fn parse(raw: &str) -> AppResult<CommentAction> {
        serde_json::from_value(json!(raw)).map_err(|_| {
            AppError::NotFound(format!(
                "no action {raw:?}: use approve, refuse, delete or restore"
            ))
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            CommentAction::Approve => "approve",
            CommentAction::Refuse => "refuse",
            CommentAction::Delete => "delete",
            CommentAction::Restore => "restore",
        }
    }
}

/// Approve, refuse, delete or restore a comment. Approve and refuse undo each other; restore
/// undoes delete.
#[utoipa::path(post, path = "/api/v1/mod/comments/{id}/{action}", tag = "moderation",
    params(("id" = i64, Path), ("action" = String, Path, description = "approve | refuse | delete | restore")),
    request_body = ReasonRequest,
    responses((status = 200, body = CommentJson), (status = 403), (status = 404), (status = 409)))]
pub(crate) async fn act_on_comment(
    State(state): State<AppState>,
    moderator: Moderator,
    Path((id, action)): Path<(i64, String)>,
    AppJson(input): AppJson<ReasonRequest>,
) -> AppResult<Json<CommentJson>> {
    let action = CommentAction::parse(&action)?;
    let reason = domain::reason(&input.reason)?;
    Ok(Json(
        moderate(&state, &moderator, id, action, &reason).await?,
    ))
}

/// One moderator action on one comment (the API, bulk actions and the moderation pages).
pub async fn moderate(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    action: CommentAction,
    reason: &str,
) -> AppResult<CommentJson> {
    let PostedComment {
        comment: c,
        site_id: site,
        url,
        ..
    } = comments::get_posted(&state.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no comment {id}")))?;
    moderator.require(&site)?;
    let target = format!("comment:{id}");
    let (status, refusal) = match (action, c.status) {
        (CommentAction::Approve, Pending | Visible | Rejected) => (Visible, None),
        (CommentAction::Refuse, Pending | Visible) => (Rejected, Some(reason)),
        (CommentAction::Delete, Pending | Visible | Rejected) => (Deleted, None),
        (CommentAction::Restore, Deleted) => {
            // Only a moderator's deletion is undone: an author's own stays theirs.
            if log::store::last_action_on(&state.db, &target)
                .await?
                .as_deref()
                != Some("delete")
            {
                return Err(AppError::Conflict(format!(
                    "comment {id} was deleted by its author, not by a moderator"
                )));
            }
            (Visible, None)
        }
        (_, current) => {
            return Err(AppError::Conflict(format!(
                "cannot {} a {current} comment",
                action.as_str()
            )))
        }
    };
    let row = store::decide(
        &state.db,
        &c,
        status,
        refusal,
        &log::store::LogEntry {
            site_id: &site,
            actor: Some(moderator.user.id),
            action: action.as_str(),
            target,
            reason,
            evidence: Some(json!({"from": c.status, "to": status, "excerpt": excerpt(&c)})),
        },
    )
    .await?;
    tracing::info!(
        comment = id,
        site,
        action = action.as_str(),
        moderator = moderator.user.id,
        "moderated"
    );
    if row.is_public() && !c.is_public() {
        let comment = view::public(state, &site, &row).await?;
        state.live.announce(&site, &url, &comment);
        // Approved after a hold: now is when replies to it are news.
        if c.status == Pending {
            state
                .notices
                .send(crate::notices::Notice::CommentPublished {
                    site: site.clone(),
                    url: url.clone(),
                    comment: row.id,
                });
        }
    }
    let json = CommentJson::for_moderators(&row);
    let data = json!({"comment": &json, "url": url, "action": action.as_str(), "reason": reason,
        "moderator_id": moderator.user.id});
    crate::webhooks::emit(
        state,
        &site,
        crate::webhooks::EventType::CommentModerated,
        &data,
    )
    .await;
    Ok(json)
}

/// The start of a comment's text, kept in the log as evidence.
pub(crate) fn excerpt(c: &CommentRow) -> String {
    c.body.chars().take(280).collect()
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRequest {
    site: String,
    action: CommentAction,
    ids: Vec<i64>,
    reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResponse {
    done: Vec<i64>,
    /// `{id, error}` for each comment the action did not apply to.
    #[schema(value_type = Vec<Object>)]
    failed: Vec<serde_json::Value>,
}

/// The same action on many comments (up to 200); each is logged on its own.
#[utoipa::path(post, path = "/api/v1/mod/bulk", tag = "moderation", request_body = BulkRequest,
    responses((status = 200, body = BulkResponse), (status = 400), (status = 403)))]
pub(crate) async fn bulk(
    State(state): State<AppState>,
    moderator: Moderator,
    AppJson(input): AppJson<BulkRequest>,
) -> AppResult<Json<BulkResponse>> {
    moderator.require(&input.site)?;
    let reason = domain::reason(&input.reason)?;
    if input.ids.is_empty() || input.ids.len() > 200 {
        return Err(AppError::invalid("ids", "must list 1 to 200 comment ids"));
    }
    let mut response = BulkResponse {
        done: Vec::new(),
        failed: Vec::new(),
    };
    for &id in &input.ids {
        match moderate(&state, &moderator, id, input.action, &reason).await {
            Ok(_) => response.done.push(id),
            Err(e) if !e.status().is_server_error() => response
                .failed
                .push(json!({"id": id, "error": e.to_string()})),
            Err(e) => return Err(e),
        }
    }
    Ok(Json(response))
}

/// The decisions in the database.
pub mod store {
    use crate::comments::domain::CommentStatus;
    use crate::comments::store::{self as comments, CommentRow};
    use crate::db::Db;
    use crate::enforcement::log::store::LogEntry;
    use crate::enforcement::reports;

    /// A moderator's decision on a comment: its new status, the reports on it answered (upheld
    /// when the comment goes, dismissed when it stays) and the log entry, in one transaction.
    pub async fn decide(
        db: &Db,
        c: &CommentRow,
        status: CommentStatus,
        refusal_reason: Option<&str>,
        log: &LogEntry<'_>,
    ) -> Result<CommentRow, sqlx::Error> {
        let mut tx = db.writer.begin().await?;
        let row = comments::set_status(&mut tx, c, status, refusal_reason).await?;
        reports::store::resolve(&mut tx, c.id, status != CommentStatus::Visible).await?;
        log.write(&mut tx).await?;
        tx.commit().await?;
        Ok(row)
    }
}
