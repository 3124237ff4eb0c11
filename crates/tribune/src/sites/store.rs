//! Sites (publications) and pages (articles) in the database.

use sqlx::FromRow;

use super::domain::PageRules;

use crate::db::{now_ms, Db};

#[derive(Clone, Debug, FromRow)]
pub struct SiteRow {
    pub id: String,
    pub name: String,
    pub origins: String,
    pub allow_anonymous: i64,
    pub sso_secret: Option<String>,
    pub banned_words: String,
    pub suspect_words: String,
    pub created_at: i64,
    pub premod_all: i64,
    pub premod_new_readers: i64,
    pub premod_refusal_rate: f64,
    pub premod_links: i64,
    pub reports_to_hold: i64,
    /// Show a supporter badge beside supporters' names.
    pub supporter_badge: i64,
    /// The query parameters that name a different page (see `PageRules::params`).
    pub page_params: Option<String>,
    /// The site's moderation hook and its signing secret (`webhooks::hook`).
    pub moderation_hook_url: Option<String>,
    pub moderation_hook_secret: Option<String>,
    /// The language of the site's mail (`mail::strings::LANGUAGES`).
    pub language: String,
    /// `banned_words` and `suspect_words`, compiled (by [`super::SiteCache`]).
    #[sqlx(skip)]
    pub words: Option<moderation::rules::WordLists>,
}

impl SiteRow {
    /// How this site's page addresses become one thread each; `own` is this instance's
    /// public origin (its publication's article pages).
    pub fn page_rules<'a>(&'a self, own: &'a str) -> PageRules<'a> {
        PageRules {
            origins: &self.origins,
            own,
            params: self.page_params.as_deref(),
        }
    }

    /// Whether a browser page at `origin` may use this site's API.
    pub fn allows_origin(&self, origin: &str) -> bool {
        self.origins
            .split_whitespace()
            .any(|o| o == "*" || o.trim_end_matches('/') == origin)
    }

    pub fn allows_anonymous(&self) -> bool {
        self.allow_anonymous != 0
    }

    pub fn settings(&self) -> SiteSettings {
        SiteSettings {
            all: self.premod_all != 0,
            new_readers: self.premod_new_readers,
            refusal_rate: self.premod_refusal_rate,
            links: self.premod_links != 0,
            reports_to_hold: self.reports_to_hold,
            supporter_badge: self.supporter_badge != 0,
        }
    }
}

/// What a site's admins set: pre-moderation modes and the report threshold (0 turns a mode
/// off), and whether supporters get a badge.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteSettings {
    /// Hold every comment.
    pub all: bool,
    /// Hold a reader's comments until this many of theirs were approved.
    pub new_readers: i64,
    /// Hold a reader's comments while their refusals over 7 days are at least this share.
    pub refusal_rate: f64,
    /// Hold comments with links.
    pub links: bool,
    /// Reports that hold a visible comment for review (0: reports never hold).
    pub reports_to_hold: i64,
    /// Show a badge beside supporters' names (default true).
    #[serde(default = "shown")]
    pub supporter_badge: bool,
}

fn shown() -> bool {
    true
}

#[derive(Clone, Debug, FromRow)]
pub struct PageRow {
    pub id: i64,
    pub site_id: String,
    pub url: String,
    pub title: Option<String>,
    pub closed_at: Option<i64>,
    pub comment_count: i64,
    pub version: i64,
}

const SITE_COLUMNS: &str =
    "id, name, origins, allow_anonymous, sso_secret, banned_words, suspect_words, created_at, \
     premod_all, premod_new_readers, premod_refusal_rate, premod_links, reports_to_hold, supporter_badge, \
     page_params, moderation_hook_url, moderation_hook_secret, language";
const PAGE_COLUMNS: &str = "id, site_id, url, title, closed_at, comment_count, version";

/// What looking a site up can fail with; the handlers say what it means over HTTP.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("unknown site {0:?}")]
    Unknown(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The site, or the error naming it.
pub async fn site(db: &Db, id: &str) -> Result<SiteRow, SiteError> {
    sqlx::query_as(&format!("SELECT {SITE_COLUMNS} FROM sites WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or_else(|| SiteError::Unknown(id.to_owned()))
}

pub async fn sites(db: &Db) -> Result<Vec<SiteRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {SITE_COLUMNS} FROM sites ORDER BY id"))
        .fetch_all(&db.pool)
        .await
}

/// Creates a site, or updates its settings when it exists (so set-up scripts can rerun).
pub async fn upsert_site(
    db: &Db,
    id: &str,
    name: &str,
    origins: &str,
    allow_anonymous: bool,
    sso_secret: Option<&str>,
    language: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sites (id, name, origins, allow_anonymous, sso_secret, created_at, language)
         VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, 'en'))
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins,
             allow_anonymous = excluded.allow_anonymous, sso_secret = COALESCE(excluded.sso_secret, sites.sso_secret),
             language = COALESCE($7, sites.language)",
    )
    .bind(id)
    .bind(name)
    .bind(origins)
    .bind(i64::from(allow_anonymous))
    .bind(sso_secret)
    .bind(now_ms())
    .bind(language)
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Replaces a site's own word lists (entries one a line; validate with [`word_lists`] first).
pub async fn set_words(
    db: &Db,
    site_id: &str,
    banned: &str,
    suspect: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sites SET banned_words = $1, suspect_words = $2 WHERE id = $3")
        .bind(banned)
        .bind(suspect)
        .bind(site_id)
        .execute(&db.writer)
        .await?;
    Ok(())
}

/// The entries of a stored word list: one a line, blank lines and `#` comments skipped.
pub fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Compiles a site's lists, or says which entry cannot be used.
pub fn word_lists(
    banned: &str,
    suspect: &str,
) -> Result<moderation::rules::WordLists, moderation::rules::BadEntry> {
    moderation::rules::WordLists::new(entries(banned), entries(suspect))
}

pub async fn page(db: &Db, site_id: &str, url: &str) -> Result<Option<PageRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {PAGE_COLUMNS} FROM pages WHERE site_id = $1 AND url = $2"
    ))
    .bind(site_id)
    .bind(url)
    .fetch_optional(&db.pool)
    .await
}

/// Closes a page to new comments, or reopens it. Creates the page if it has none yet.
pub async fn set_page_closed(
    db: &Db,
    site_id: &str,
    url: &str,
    closed: bool,
) -> Result<(), sqlx::Error> {
    let closed_at = closed.then(now_ms);
    sqlx::query(
        "INSERT INTO pages (site_id, url, closed_at, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (site_id, url) DO UPDATE SET closed_at = excluded.closed_at, version = pages.version + 1",
    )
    .bind(site_id)
    .bind(url)
    .bind(closed_at)
    .bind(now_ms())
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Visible comment counts for many pages of one site.
pub async fn counts(
    db: &Db,
    site_id: &str,
    urls: &[String],
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    if urls.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT url, comment_count FROM pages WHERE site_id = $1 AND url IN ({})",
        crate::db::placeholders(2, urls.len())
    );
    let mut query = sqlx::query_as(&sql).bind(site_id);
    for url in urls {
        query = query.bind(url);
    }
    query.fetch_all(&db.pool).await
}

/// Sets a site's pre-moderation modes and report threshold.
pub async fn set_premod(db: &Db, site_id: &str, p: &SiteSettings) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sites SET premod_all = $1, premod_new_readers = $2, premod_refusal_rate = $3,
             premod_links = $4, reports_to_hold = $5, supporter_badge = $6 WHERE id = $7",
    )
    .bind(i64::from(p.all))
    .bind(p.new_readers)
    .bind(p.refusal_rate)
    .bind(i64::from(p.links))
    .bind(p.reports_to_hold)
    .bind(i64::from(p.supporter_badge))
    .bind(site_id)
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// The page of a site at `url`, created by its first comment: its id, and whether it is
/// closed to new comments. Part of the caller's transaction.
pub async fn open_page(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site_id: &str,
    url: &str,
) -> Result<(i64, bool), sqlx::Error> {
    sqlx::query("INSERT INTO pages (site_id, url, created_at) VALUES ($1, $2, $3) ON CONFLICT (site_id, url) DO NOTHING")
        .bind(site_id)
        .bind(url)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
    let (page_id, closed_at): (i64, Option<i64>) =
        sqlx::query_as("SELECT id, closed_at FROM pages WHERE site_id = $1 AND url = $2")
            .bind(site_id)
            .bind(url)
            .fetch_one(&mut **tx)
            .await?;
    Ok((page_id, closed_at.is_some()))
}

/// The pages an import brings comments to, created where needed and given the old system's
/// title where they have none, in a few statements whatever their number (a page at a time
/// was three round trips each: most of a 20,000-comment import over 8,600 threads). `pages`
/// holds distinct addresses. Part of the caller's transaction; returns `(url, id)` for each.
pub async fn open_imported_pages(
    db: &Db,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    site_id: &str,
    pages: &[(String, Option<String>)],
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let mut opened = Vec::with_capacity(pages.len());
    let now = now_ms();
    for chunk in pages.chunks(500) {
        // New pages, and old ones that get a title, come back from the insert; the others are
        // read after it.
        let sql = format!(
            "INSERT INTO pages (site_id, url, title, created_at) VALUES {}
             ON CONFLICT (site_id, url) DO UPDATE SET title = excluded.title
             WHERE pages.title IS NULL AND excluded.title IS NOT NULL
             RETURNING url, id",
            crate::db::value_rows(db.engine, chunk.len(), 4)
        );
        let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
        for (url, title) in chunk {
            query = query
                .bind(site_id)
                .bind(url)
                .bind(title.as_deref())
                .bind(now);
        }
        let written: std::collections::HashMap<String, i64> =
            query.fetch_all(&mut **tx).await?.into_iter().collect();
        let existing: Vec<&str> = chunk
            .iter()
            .map(|(url, _)| url.as_str())
            .filter(|url| !written.contains_key(*url))
            .collect();
        if !existing.is_empty() {
            let sql = format!(
                "SELECT url, id FROM pages WHERE site_id = $1 AND url IN ({})",
                crate::db::placeholders(2, existing.len())
            );
            let mut query = sqlx::query_as::<_, (String, i64)>(&sql).bind(site_id);
            for url in &existing {
                query = query.bind(*url);
            }
            opened.extend(query.fetch_all(&mut **tx).await?);
        }
        opened.extend(written);
    }
    Ok(opened)
}

/// Records a change to a page's comments: its visible count moves by `delta` and its version
/// goes up, which invalidates cached copies of its thread on every instance.
pub async fn touch_page(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    page_id: i64,
    delta: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pages SET comment_count = comment_count + $1, version = version + 1 WHERE id = $2",
    )
    .bind(delta)
    .bind(page_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// [`touch_page`] for many pages at once, `(page, delta)` each: one statement per 200 pages
/// (an import's batch touches thousands).
pub async fn touch_many(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    changes: &[(i64, i64)],
) -> Result<(), sqlx::Error> {
    for chunk in changes.chunks(200) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|i| format!("({})", crate::db::placeholders(1 + 2 * i, 2)))
            .collect();
        let sql = format!(
            "WITH d (id, delta) AS (VALUES {})
             UPDATE pages SET comment_count = comment_count + d.delta, version = version + 1
             FROM d WHERE pages.id = d.id",
            rows.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for (page, delta) in chunk {
            query = query.bind(*page).bind(*delta);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// A reader's badges changed (a role, support): every page of the site they commented on gets
/// a new version, so that no cached thread shows the old badges.
pub async fn touch_pages_of<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    site_id: &str,
    reader_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE pages SET version = version + 1
         WHERE site_id = $1 AND id IN (SELECT page_id FROM comments WHERE author_id = $2)",
    )
    .bind(site_id)
    .bind(reader_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Sets (or with `None`, removes) the site's moderation hook and its secret.
pub async fn set_moderation_hook(
    db: &Db,
    site_id: &str,
    hook: Option<(&str, &str)>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE sites SET moderation_hook_url = $1, moderation_hook_secret = $2 WHERE id = $3",
    )
    .bind(hook.map(|(url, _)| url))
    .bind(hook.map(|(_, secret)| secret))
    .bind(site_id)
    .execute(&db.writer)
    .await?;
    Ok(())
}

/// Sets the query parameters that name a different page of a site (`None`: every parameter
/// but the tracking ones).
pub async fn set_page_params(
    db: &Db,
    site_id: &str,
    params: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sites SET page_params = $1 WHERE id = $2")
        .bind(params)
        .bind(site_id)
        .execute(&db.writer)
        .await?;
    Ok(())
}

/// A site's pages: `(id, url, comment_count)`, oldest first.
pub async fn pages_of(db: &Db, site_id: &str) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT id, url, comment_count FROM pages WHERE site_id = $1 ORDER BY id")
        .bind(site_id)
        .fetch_all(&db.pool)
        .await
}

/// Folds pages into `target`, which takes the address `url`: the caller has moved their
/// comments (`comments::store::move_to_page`) in the same transaction. The target's count
/// becomes `count` and its version goes up; the folded pages are deleted.
pub async fn fold_pages(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    target: i64,
    folded: &[i64],
    url: &str,
    count: i64,
) -> Result<(), sqlx::Error> {
    for id in folded {
        sqlx::query("DELETE FROM pages WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "UPDATE pages SET url = $1, comment_count = $2, version = version + 1 WHERE id = $3",
    )
    .bind(url)
    .bind(count)
    .bind(target)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
