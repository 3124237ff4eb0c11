//! `tribune serve --demo`: a small publication to try Tribune on a fresh machine. The site
//! `demo`, a moderator whose new password is printed at every start, three articles written for
//! the demo, and comment threads from a few demo readers, all judged by the house rules like
//! any comment. Idempotent: a restart keeps what readers posted and adds nothing twice.

use std::collections::HashMap;

use anyhow::Context;
use serde::Deserialize;

use crate::comments::domain::CommentStatus;
use crate::comments::{markdown, store as comments_store};
use crate::config::Config;
use crate::db::{now_ms, Db};
use crate::web::articles::{self, Article};
use crate::{auth, sites, web};

pub const SITE: &str = "demo";

const ARTICLES: [&str; 3] = [
    include_str!("../demo/middle-powers.md"),
    include_str!("../demo/shuttle-diplomacy.md"),
    include_str!("../demo/arctic-routes.md"),
];
const COMMENTS: &str = include_str!("../demo/comments.toml");

/// The demo's ad slots, unless the configuration sets its own.
const AD_TOP: &str = r#"<div class="demo-ad"><strong>Northwind Ferries</strong>: Helsinki to Tallinn in two hours. <em>A placeholder ad of the demo.</em></div>"#;
const AD_INLINE: &str = r#"<div class="demo-ad"><strong>Atlas Language School</strong>: learn Portuguese this winter. <em>A placeholder ad of the demo.</em></div>"#;

/// The demo's supporter plans. Their Stripe price ids are placeholders: with a real account,
/// configure `[[billing.plans]]` and `stripe_secret_key` (docs/supporters.md).
fn demo_plans() -> Vec<crate::config::Plan> {
    [
        ("monthly", "Monthly", "5.00", "month"),
        ("yearly", "Yearly", "50.00", "year"),
    ]
    .into_iter()
    .map(|(id, name, price, interval)| crate::config::Plan {
        site: SITE.into(),
        id: id.into(),
        name: name.into(),
        price: price.into(),
        currency: "EUR".into(),
        interval: interval.into(),
        stripe_price: format!("price_demo_{id}"),
    })
    .collect()
}

/// Makes `config` serve the demo publication on its own pages.
pub fn configure(config: &mut Config) {
    let publication = &mut config.publication;
    publication.site.get_or_insert_with(|| SITE.to_owned());
    if publication.ad_slots.is_empty() {
        publication.ad_slots.insert("top".into(), AD_TOP.into());
        publication
            .ad_slots
            .insert("inline".into(), AD_INLINE.into());
    }
    if !config.billing.plans.iter().any(|p| p.site == SITE) {
        config.billing.plans.extend(demo_plans());
    }
}

/// The moderator's sign-in, printed at start-up.
pub struct Credentials {
    pub email: String,
    pub password: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Threads {
    readers: Vec<String>,
    comment: Vec<DemoComment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoComment {
    article: String,
    key: String,
    reply_to: Option<String>,
    /// A name from `readers`, or `moderator`.
    author: String,
    votes: usize,
    body: String,
}

/// Creates the demo site, moderator, articles and threads where they are missing.
pub async fn ensure(state: &crate::app::AppState) -> anyhow::Result<Credentials> {
    let db = &state.db;
    sites::store::upsert_site(db, SITE, "The Tribune", "*", true, None, None).await?;
    let email = "moderator@demo.tribune.test".to_owned();
    let password = auth::random_token()[..16].to_owned();
    let moderator = auth::ensure_password_account(db, &email, &password, "Desk Editor").await?;
    auth::store::set_role(db, SITE, moderator, auth::domain::Role::Admin).await?;

    let threads: Threads = toml::from_str(COMMENTS).context("demo/comments.toml")?;
    let mut readers = HashMap::new();
    // In the order of the file, for choosing voters the same way at every start.
    let mut regulars = Vec::new();
    for (i, name) in threads.readers.iter().enumerate() {
        // Demo readers never sign in: their passwords are random and thrown away, so an
        // existing reader is kept as it is (no password hashing at every start).
        let email = format!("reader{}@demo.tribune.test", i + 1);
        let id = match auth::store::reader_by_email(db, &email).await? {
            Some(existing) => existing.id,
            None => {
                let id =
                    auth::ensure_password_account(db, &email, &auth::random_token()[..16], name)
                        .await?;
                // Regulars of long standing, not a burst of new accounts.
                backdate(db, "readers", id, 60 * DAY).await?;
                id
            }
        };
        readers.insert(name.clone(), id);
        regulars.push(id);
    }
    readers.insert("moderator".to_owned(), moderator);

    for source in ARTICLES {
        let article = Article::parse(source).context("a demo article")?;
        articles::publish(db, SITE, &article).await?;
        let url = web::article_url(state, &article.slug);
        let page = sites::store::page(db, SITE, &url).await?;
        if page.is_some_and(|p| p.version > 0) {
            continue; // this thread already exists (or readers have started it)
        }
        let mut posted: HashMap<&str, comments_store::CommentRow> = HashMap::new();
        let thread: Vec<&DemoComment> = threads
            .comment
            .iter()
            .filter(|c| c.article == article.slug)
            .collect();
        for (index, c) in thread.iter().enumerate() {
            // The thread grew over the hours before now: a comment every 23 minutes, each
            // vote a few minutes after the comment, by a different mix of regulars.
            let ago = (thread.len() - index) as i64 * 23 * MINUTE;
            let verdict = state.policy.evaluate(&c.body);
            anyhow::ensure!(
                verdict.decision == moderation::Decision::Allow,
                "demo comment {:?} breaks the house rules: {verdict:?}",
                c.key
            );
            let author = *readers
                .get(&c.author)
                .with_context(|| format!("demo comment {:?}: unknown author", c.key))?;
            let name = if c.author == "moderator" {
                "Desk Editor"
            } else {
                &c.author
            };
            let parent_id = match &c.reply_to {
                Some(key) => Some(
                    posted
                        .get(key.as_str())
                        .with_context(|| {
                            format!(
                                "demo comment {:?}: reply_to {key:?} comes later or does not exist",
                                c.key
                            )
                        })?
                        .id,
                ),
                None => None,
            };
            let html = markdown::render(&c.body)
                .map_err(|_| anyhow::anyhow!("demo comment {:?} nests too deep", c.key))?;
            let row = comments_store::insert(
                db,
                &comments_store::NewComment {
                    site_id: SITE,
                    url: &url,
                    parent_id,
                    author_id: Some(author),
                    author_name: name,
                    body: &c.body,
                    html: &html,
                    status: CommentStatus::Visible,
                    verdict: None,
                    edit_token_hash: None,
                    ip: "127.0.0.1",
                    queue_reason: None,
                    risk: 0.0,
                    evasion_of: None,
                    shadow: false,
                    device: None,
                },
            )
            .await
            .map_err(|e| anyhow::anyhow!("demo comment {:?}: {e}", c.key))?;
            backdate(db, "comments", row.id, ago).await?;
            let voters = regulars
                .iter()
                .cycle()
                .skip(index)
                .take(regulars.len())
                .filter(|&&id| id != author)
                .take(c.votes);
            for (k, &voter) in voters.enumerate() {
                comments_store::vote(db, &row, voter, 1).await?;
                sqlx::query(
                    "UPDATE votes SET created_at = $1 WHERE comment_id = $2 AND reader_id = $3",
                )
                .bind(now_ms() - ago + (k as i64 + 1) * 4 * MINUTE)
                .bind(row.id)
                .bind(voter)
                .execute(&db.writer)
                .await?;
            }
            posted.insert(&c.key, row);
        }
    }
    Ok(Credentials { email, password })
}

const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;

/// Moves a demo row's `created_at` (in `readers` or `comments`) to `ago` milliseconds before now.
async fn backdate(db: &Db, table: &str, id: i64, ago: i64) -> anyhow::Result<()> {
    sqlx::query(&format!("UPDATE {table} SET created_at = $1 WHERE id = $2"))
        .bind(now_ms() - ago)
        .bind(id)
        .execute(&db.writer)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_content_parses() {
        for source in ARTICLES {
            Article::parse(source).expect("demo article");
        }
        let threads: Threads = toml::from_str(COMMENTS).expect("demo threads");
        assert!(threads.comment.len() >= 8);
    }
}
