//! Atom feeds of comments (#16), for readers' feed readers and newsrooms' tools: the latest
//! comments of a whole site (`GET /feeds/SITE.atom`), of one thread (`GET
//! /feeds/SITE/thread.atom?url=U`), and the replies to one reader's comments, at a private
//! address (`GET /feeds/replies/TOKEN.atom`, given by `GET /api/v1/me/feeds`). Only public comments appear (the visibility rule of
//! `CommentRow::is_visible_to` for nobody in particular): never held, refused, deleted or
//! shadow-banned ones. Article pages link them with `<link rel="alternate">`.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::store::{self, PostedComment};
use crate::app::AppState;
use crate::db::rfc3339;
use crate::error::{AppError, AppResult};
use crate::extract::AppQuery;
use crate::sites;

/// Entries per feed: feed readers poll, and want what is new.
const ENTRIES: i64 = 50;

/// The latest comments of a site (`GET /feeds/{site}.atom`).
pub(crate) async fn site_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> AppResult<Response> {
    let id = file
        .strip_suffix(".atom")
        .ok_or_else(|| AppError::NotFound(format!("no feed {file:?}: feeds end in .atom")))?;
    let site = state.sites.get(&state.db, id).await?;
    let comments = store::latest_public(&state.db, &site.id, None, ENTRIES).await?;
    let own = state.config.public_url();
    let this = format!("{own}/feeds/{}.atom", site.id);
    Ok(atom(
        &format!("Comments on {}", site.name),
        &this,
        None,
        &comments,
    ))
}

#[derive(Debug, serde::Deserialize)]
pub struct ThreadFeedQuery {
    url: String,
}

/// The latest comments of one thread (`GET /feeds/{site}/thread.atom?url=U`).
pub(crate) async fn thread_feed(
    State(state): State<AppState>,
    Path(site): Path<String>,
    AppQuery(q): AppQuery<ThreadFeedQuery>,
) -> AppResult<Response> {
    let site = state.sites.get(&state.db, &site).await?;
    let url = sites::page_url(&state, &site, &q.url)?;
    let page = sites::store::page(&state.db, &site.id, url.as_str()).await?;
    let comments = match &page {
        Some(page) => store::latest_public(&state.db, &site.id, Some(page.id), ENTRIES).await?,
        None => Vec::new(),
    };
    let own = state.config.public_url();
    let this = format!(
        "{own}/feeds/{}/thread.atom?url={}",
        site.id,
        url::form_urlencoded::byte_serialize(url.as_str().as_bytes()).collect::<String>()
    );
    let title = page
        .and_then(|p| p.title)
        .unwrap_or_else(|| url.as_str().to_owned());
    Ok(atom(
        &format!("Comments on {title}"),
        &this,
        Some(url.as_str()),
        &comments,
    ))
}

/// The replies others wrote to one reader's comments (`GET /feeds/replies/{token}.atom`).
pub(crate) async fn replies_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> AppResult<Response> {
    let unknown = || AppError::NotFound("no such feed".into());
    let token = file.strip_suffix(".atom").ok_or_else(unknown)?;
    let reader = crate::auth::store::reader_by_feed_token(&state.db, token)
        .await?
        .ok_or_else(unknown)?;
    let replies = store::replies_to(&state.db, reader, ENTRIES).await?;
    let own = state.config.public_url();
    Ok(atom(
        "Replies to your comments",
        &format!("{own}/feeds/replies/{file}"),
        None,
        &replies,
    ))
}

/// The addresses of the signed-in reader's feeds (`GET /api/v1/me/feeds`): the private one of
/// replies to their comments (keep it to yourself: it is the only key).
pub(crate) async fn my_feeds(
    State(state): State<AppState>,
    user: crate::extract::AuthUser,
) -> AppResult<axum::Json<serde_json::Value>> {
    let token = crate::auth::store::feed_token(&state.db, user.id).await?;
    let own = state.config.public_url();
    Ok(axum::Json(
        serde_json::json!({"replies": format!("{own}/feeds/replies/{token}.atom")}),
    ))
}

fn time(ms: i64) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&rfc3339(ms)).unwrap_or_default()
}

/// The feed document: its own address (`self`), the page it is about (`alternate`), one entry
/// per comment with its author, time, link and sanitized HTML.
fn atom(title: &str, this: &str, page: Option<&str>, comments: &[PostedComment]) -> Response {
    let link = |href: &str, rel: &str| Link {
        href: href.to_owned(),
        rel: rel.to_owned(),
        ..Link::default()
    };
    let entries: Vec<Entry> = comments
        .iter()
        .map(|p| {
            let c = &p.comment;
            let at = format!("{}#comment-{}", p.url, c.id);
            Entry {
                title: Text::plain(format!("{} on {}", c.author_name, p.url)),
                id: at.clone(),
                updated: time(c.edited_at.unwrap_or(c.created_at)),
                published: Some(time(c.created_at)),
                authors: vec![Person {
                    name: c.author_name.clone(),
                    ..Person::default()
                }],
                links: vec![link(&at, "alternate")],
                content: Some(Content {
                    value: Some(c.html.clone()),
                    content_type: Some("html".into()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| time(crate::db::now_ms()));
    let mut links = vec![link(this, "self")];
    if let Some(page) = page {
        links.push(link(page, "alternate"));
    }
    let feed = Feed {
        title: Text::plain(title),
        id: this.to_owned(),
        updated,
        links,
        entries,
        ..Feed::default()
    };
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response()
}
