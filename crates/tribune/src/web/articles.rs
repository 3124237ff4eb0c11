//! Articles Tribune serves itself: parsed from a Markdown file with YAML front matter by
//! `tribune publish`, stored with their rendered HTML, listed on the home page.
//!
//! The body is the editor's, not a reader's, so it gets the full CommonMark set (headings,
//! images, tables) — still passed through ammonia, because a pasted embed from a wire service
//! must not be able to run script on the page that hosts the comment form.

use gray_matter::engine::YAML;
use gray_matter::Matter;
use pulldown_cmark::{Options, Parser};
use serde::Deserialize;
use sqlx::FromRow;

use crate::db::{now_ms, Db};

/// An article ready to store: every field checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub author: String,
    /// Milliseconds since the epoch.
    pub published_at: i64,
    pub body: String,
}

/// Why a file is not a publishable article; the message names the field and the fix.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{0}")]
pub struct ArticleError(String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    standfirst: Option<String>,
    author: Option<String>,
    date: Option<String>,
    slug: Option<String>,
}

impl Article {
    /// Parses `---`-delimited YAML front matter (title, standfirst, author, date, slug) and a
    /// Markdown body. `date` is `YYYY-MM-DD` or RFC 3339; `slug` defaults to one made from
    /// the title.
    pub fn parse(source: &str) -> Result<Article, ArticleError> {
        let fail = |m: String| ArticleError(m);
        if !source.trim_start().starts_with("---") {
            return Err(fail(
                "no front matter: start the file with a `---` line, then `title:`, `standfirst:`, \
                 `author:`, `date:` and optionally `slug:`, then another `---` line"
                    .into(),
            ));
        }
        let parsed = Matter::<YAML>::new()
            .parse::<FrontMatter>(source)
            .map_err(|e| fail(format!("the front matter is not valid YAML: {e}")))?;
        let front = parsed
            .data
            .ok_or_else(|| fail("the front matter is empty".into()))?;
        let required = |value: Option<String>, field: &str| -> Result<String, ArticleError> {
            match value.map(|v| v.trim().to_owned()) {
                Some(v) if !v.is_empty() => Ok(v),
                _ => Err(fail(format!("the front matter needs a `{field}:` line"))),
            }
        };
        let title = required(front.title, "title")?;
        let standfirst = required(front.standfirst, "standfirst")?;
        let author = required(front.author, "author")?;
        let published_at = parse_date(&required(front.date, "date")?)?;
        let slug = match front.slug {
            Some(slug) => {
                let slug = slug.trim().to_owned();
                if slug.is_empty()
                    || slug.len() > 120
                    || !slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    return Err(fail(format!(
                        "`slug: {slug}` must be 1 to 120 lowercase letters, digits and hyphens"
                    )));
                }
                slug
            }
            None => slugify(&title),
        };
        let body = parsed.content.trim().to_owned();
        if body.is_empty() {
            return Err(fail(
                "the article has no body after the front matter".into(),
            ));
        }
        Ok(Article {
            slug,
            title,
            standfirst,
            author,
            published_at,
            body,
        })
    }

    /// The body as sanitized HTML.
    pub fn html(&self) -> String {
        let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
        let mut html = String::with_capacity(self.body.len() * 2);
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&self.body, options));
        ammonia::clean(&html)
    }
}

fn parse_date(raw: &str) -> Result<i64, ArticleError> {
    let day = time::macros::format_description!("[year]-[month]-[day]");
    crate::db::parse_rfc3339(raw)
        .or_else(|| {
            let midnight = time::Date::parse(raw, &day).ok()?.midnight().assume_utc();
            Some((midnight.unix_timestamp_nanos() / 1_000_000) as i64)
        })
        .ok_or_else(|| {
            ArticleError(format!(
                "`date: {raw}` is not a date: write 2026-11-25 or 2026-11-25T08:30:00Z"
            ))
        })
}

/// `"Talks in Geneva: What's next?"` → `talks-in-geneva-whats-next`.
fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == ':' || c == '/') && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    slug.chars()
        .take(80)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

#[derive(Clone, Debug, FromRow)]
pub struct ArticleRow {
    pub id: i64,
    pub site_id: String,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub author: String,
    pub published_at: i64,
    pub html: String,
}

const COLUMNS: &str = "id, site_id, slug, title, standfirst, author, published_at, html";

/// Stores an article, or replaces the one with the same slug (republishing a corrected file).
/// Returns whether it was new.
pub async fn publish(db: &Db, site_id: &str, article: &Article) -> Result<bool, sqlx::Error> {
    let now = now_ms();
    let existed: Option<i64> =
        sqlx::query_scalar("SELECT id FROM articles WHERE site_id = $1 AND slug = $2")
            .bind(site_id)
            .bind(&article.slug)
            .fetch_optional(&db.writer)
            .await?;
    sqlx::query(
        "INSERT INTO articles (site_id, slug, title, standfirst, author, published_at, body, html, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (site_id, slug) DO UPDATE SET title = excluded.title,
             standfirst = excluded.standfirst, author = excluded.author,
             published_at = excluded.published_at, body = excluded.body, html = excluded.html,
             updated_at = excluded.updated_at",
    )
    .bind(site_id)
    .bind(&article.slug)
    .bind(&article.title)
    .bind(&article.standfirst)
    .bind(&article.author)
    .bind(article.published_at)
    .bind(&article.body)
    .bind(article.html())
    .bind(now)
    .execute(&db.writer)
    .await?;
    Ok(existed.is_none())
}

/// The newest articles first.
pub async fn recent(db: &Db, site_id: &str, limit: i64) -> Result<Vec<ArticleRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM articles WHERE site_id = $1 ORDER BY published_at DESC, id DESC LIMIT $2"
    ))
    .bind(site_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
}

pub async fn by_slug(
    db: &Db,
    site_id: &str,
    slug: &str,
) -> Result<Option<ArticleRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM articles WHERE site_id = $1 AND slug = $2"
    ))
    .bind(site_id)
    .bind(slug)
    .fetch_optional(&db.pool)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\ntitle: \"Talks in Geneva: What's next?\"\nstandfirst: Envoys meet again.\nauthor: Ana Ruiz\ndate: 2026-11-20\n---\n\nThe talks *resumed*.\n";

    #[test]
    fn parses_front_matter_and_makes_a_slug() {
        let a = Article::parse(GOOD).expect("valid article");
        assert_eq!(a.slug, "talks-in-geneva-whats-next");
        assert_eq!(a.author, "Ana Ruiz");
        assert_eq!(a.published_at, 1_795_132_800_000); // 2026-11-20T00:00:00Z
        assert_eq!(a.html(), "<p>The talks <em>resumed</em>.</p>\n");
    }

    #[test]
    fn names_what_is_missing_or_wrong() {
        let error = |source: &str| Article::parse(source).expect_err("invalid").0;
        let no_title = GOOD.replace("title: \"Talks in Geneva: What's next?\"\n", "");
        assert!(error(&no_title).contains("`title:`"));
        assert!(error(&GOOD.replace("2026-11-20", "last Tuesday")).contains("date"));
        assert!(error(&GOOD.replace("date:", "slug: Not A Slug\ndate:")).contains("slug"));
        assert!(error("just text").contains("front matter"));
        assert!(Article::parse(&GOOD.replace("author:", "autor:")).is_err());
    }

    #[test]
    fn article_html_is_sanitized() {
        let a = Article::parse(&GOOD.replace("The talks", "<script>alert(1)</script>The talks"))
            .expect("valid");
        assert!(!a.html().contains("<script"));
    }
}
