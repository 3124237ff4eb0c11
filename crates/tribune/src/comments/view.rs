//! The one view of a comment: what readers (the API, the live feed, the article pages) and
//! moderators are shown of a stored row, with its author's badges. Every comment a reader
//! sees is built here, so no path can show it without its badges or with what only its
//! author may see.

use std::collections::HashSet;

use serde::Serialize;
use utoipa::ToSchema;

use super::domain::CommentStatus;
use super::store::CommentRow;
use crate::app::AppState;
use crate::db::{rfc3339, Db};
use crate::error::AppResult;
use crate::sites::store::SiteRow;

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Author {
    /// The reader's id; absent for anonymous comments.
    pub id: Option<i64>,
    pub name: String,
    /// What the widget shows beside the name: `moderator` for the site's moderators and
    /// admins, `supporter` for its supporters (where the site shows that badge).
    pub badges: Vec<String>,
}

/// A comment as the API shows it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CommentJson {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author: Author,
    /// Sanitized HTML rendered from the Markdown body (empty when deleted).
    pub html: String,
    pub created_at: String,
    pub edited_at: Option<String>,
    /// Up-votes minus down-votes.
    pub score: i64,
    pub upvotes: i64,
    pub downvotes: i64,
    pub status: CommentStatus,
    /// The house rules' verdict, shown to the comment's author when it is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub verdict: Option<serde_json::Value>,
    /// The Markdown source, for its author to edit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// For anonymous authors: send as `X-Edit-Token` to edit or delete this comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edit_token: Option<String>,
    /// The signed-in reader's vote on this comment (1 or -1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_vote: Option<i64>,
    /// Why a moderator refused it (shown to its author).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal_reason: Option<String>,
}

impl CommentJson {
    /// A row as a reader sees it, with its author's badges; `is_author` adds what only its
    /// author sees.
    pub fn new(c: &CommentRow, is_author: bool, badges: &Badges) -> CommentJson {
        let deleted = c.status == CommentStatus::Deleted;
        CommentJson {
            id: c.id,
            parent_id: c.parent_id,
            author: Author {
                id: if deleted { None } else { c.author_id },
                name: if deleted {
                    String::new()
                } else {
                    c.author_name.clone()
                },
                badges: if deleted {
                    Vec::new()
                } else {
                    badges.of_author(c.author_id)
                },
            },
            html: c.html.clone(),
            created_at: rfc3339(c.created_at),
            edited_at: c.edited_at.map(rfc3339),
            score: c.upvotes - c.downvotes,
            upvotes: c.upvotes,
            downvotes: c.downvotes,
            status: c.status,
            verdict: if is_author && c.status == CommentStatus::Pending {
                c.verdict
                    .as_deref()
                    .and_then(|v| serde_json::from_str(v).ok())
            } else {
                None
            },
            body: (is_author && !deleted).then(|| c.body.clone()),
            edit_token: None,
            my_vote: None,
            refusal_reason: if is_author {
                c.refusal_reason.clone()
            } else {
                None
            },
        }
    }

    /// What moderators see: the source and the verdict whatever the status.
    pub fn for_moderators(c: &CommentRow) -> CommentJson {
        let mut json = CommentJson::new(c, true, &Badges::none());
        json.verdict = c
            .verdict
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok());
        json.refusal_reason.clone_from(&c.refusal_reason);
        json
    }
}

/// The badges shown beside authors' names on one site: `moderator` for its moderators and
/// admins, `supporter` for its supporters where the site shows that badge.
#[derive(Debug, Default)]
pub struct Badges {
    moderators: HashSet<i64>,
    supporters: HashSet<i64>,
}

impl Badges {
    /// The badges of these authors on a site: two queries, however many authors.
    pub async fn of(
        db: &Db,
        site: &SiteRow,
        authors: impl IntoIterator<Item = i64>,
    ) -> Result<Badges, sqlx::Error> {
        let mut ids: Vec<i64> = authors.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(Badges::none());
        }
        let moderators = crate::auth::store::roles_on_site(db, &site.id, &ids)
            .await?
            .into_iter()
            .map(|(id, _role)| id)
            .collect();
        let supporters = if site.supporter_badge != 0 {
            crate::billing::store::active_among(db, &site.id, &ids)
                .await?
                .into_iter()
                .collect()
        } else {
            HashSet::new()
        };
        Ok(Badges {
            moderators,
            supporters,
        })
    }

    /// No badges: for moderators' views, which show an author's standing otherwise.
    pub fn none() -> Badges {
        Badges::default()
    }

    fn of_author(&self, id: Option<i64>) -> Vec<String> {
        let Some(id) = id else { return Vec::new() };
        [
            (self.moderators.contains(&id), "moderator"),
            (self.supporters.contains(&id), "supporter"),
        ]
        .into_iter()
        .filter(|&(has, _)| has)
        .map(|(_, badge)| badge.to_owned())
        .collect()
    }
}

/// The comments of a thread as `viewer` sees them (their own with what only authors see).
pub async fn thread(
    db: &Db,
    site: &SiteRow,
    rows: &[CommentRow],
    viewer: Option<i64>,
) -> Result<Vec<CommentJson>, sqlx::Error> {
    let badges = Badges::of(db, site, rows.iter().filter_map(|c| c.author_id)).await?;
    Ok(rows
        .iter()
        .map(|c| CommentJson::new(c, viewer.is_some() && c.author_id == viewer, &badges))
        .collect())
}

/// One comment as every reader sees it, badges included: what the live feed sends.
pub async fn public(state: &AppState, site_id: &str, row: &CommentRow) -> AppResult<CommentJson> {
    let site = state.sites.get(&state.db, site_id).await?;
    let badges = Badges::of(&state.db, &site, row.author_id).await?;
    Ok(CommentJson::new(row, false, &badges))
}
