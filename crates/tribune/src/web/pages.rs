//! The HTML of Tribune's own pages (maud: markup checked by the compiler, escaped by default).
//! The comment list here is the no-JavaScript view; `embed.js` replaces it with the live widget.

use std::collections::HashMap;

use axum::http::StatusCode;
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::articles::ArticleRow;
use crate::comments::domain::CommentStatus;
use crate::comments::view::CommentJson;
use crate::sites::store::SiteRow;

pub struct Teaser<'a> {
    pub article: &'a ArticleRow,
    pub comments: i64,
}

/// The first page of a thread, as rendered on the server.
#[derive(Default)]
pub struct Thread {
    pub count: i64,
    pub closed: bool,
    pub comments: Vec<CommentJson>,
    /// More top-level comments than were rendered.
    pub more: bool,
}

pub struct ArticlePage<'a> {
    pub site: &'a SiteRow,
    pub article: &'a ArticleRow,
    pub url: &'a str,
    pub thread: &'a Thread,
    /// The ad slots to show, `(name, html)`: none for supporters.
    pub ads: &'a [(&'a str, &'a str)],
    /// Show the "Go ad-free" call to action.
    pub ask_support: bool,
}

fn ad_slot(name: &str, html: &str) -> Markup {
    html! {
        aside.ad data-ad-slot=(name) aria-label="Advertisement" { (PreEscaped(html)) }
    }
}

fn go_ad_free(p: &ArticlePage, place: &str) -> Markup {
    html! {
        @if p.ask_support {
            aside.support data-support=(place) {
                strong { "Go ad-free." }
                " Readers who support " (p.site.name) " pay for its journalism and see no ads. "
                a href={ "/support?return=" (url_encode(p.url)) } { "Become a supporter" }
            }
        }
    }
}

fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The `<head>` every page of Tribune's starts with: the encoding, the viewport, light and
/// dark schemes, the title, one stylesheet, and what else the page needs.
pub(crate) fn head(title: &str, stylesheet: &str, more: Markup) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="color-scheme" content="light dark";
            title { (title) }
            link rel="stylesheet" href=(stylesheet);
            (more)
        }
    }
}

fn layout(title: &str, site_name: &str, extra_head: Markup, main: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title, "/assets/site.css", extra_head))
            body {
                a.skip href="#main" { "Skip to content" }
                header.masthead {
                    a.brand href="/" { (site_name) }
                }
                main #main { (main) }
                footer.colophon {
                    p { "Comments by Tribune. Be robust, be civil: the house rules apply." }
                }
            }
        }
    }
}

fn date(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!("{} {} {}", t.day(), t.month(), t.year())
}

fn plural(n: i64) -> String {
    match n {
        0 => "No comments yet".to_owned(),
        1 => "1 comment".to_owned(),
        n => format!("{n} comments"),
    }
}

pub fn home(site_name: &str, teasers: &[Teaser]) -> Markup {
    let main = html! {
        h1.section-title { "Latest" }
        @if teasers.is_empty() {
            p.empty { "Nothing published yet. Add an article with " code { "tribune publish FILE.md" } "." }
        }
        ol.teasers {
            @for (i, t) in teasers.iter().enumerate() {
                li.teaser.lead[i == 0] {
                    h2 { a href={ "/articles/" (t.article.slug) } { (t.article.title) } }
                    p.standfirst { (t.article.standfirst) }
                    p.meta {
                        span.byline { (t.article.author) }
                        " · "
                        time datetime=(crate::db::rfc3339(t.article.published_at)) { (date(t.article.published_at)) }
                        " · "
                        a.count href={ "/articles/" (t.article.slug) "#comments" } { (plural(t.comments)) }
                    }
                }
            }
        }
    };
    layout(site_name, site_name, html! {}, main)
}

pub fn article(p: &ArticlePage) -> Markup {
    let a = p.article;
    let head = html! {
        link rel="canonical" href=(p.url);
        meta name="description" content=(a.standfirst);
        link rel="alternate" type="application/atom+xml" title="Comments on this article"
            href={ "/feeds/" (p.site.id) "/thread.atom?url=" (url_encode(p.url)) };
        link rel="alternate" type="application/atom+xml" title={ "Comments on " (p.site.name) }
            href={ "/feeds/" (p.site.id) ".atom" };
    };
    let slot = |name: &str| {
        p.ads
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, html)| ad_slot(n, html))
    };
    let main = html! {
        (go_ad_free(p, "top"))
        @if let Some(ad) = slot("top") { (ad) }
        article.story {
            header {
                h1.headline { (a.title) }
                p.standfirst { (a.standfirst) }
                p.meta {
                    "By " span.byline { (a.author) }
                    " · "
                    time datetime=(crate::db::rfc3339(a.published_at)) { (date(a.published_at)) }
                }
            }
            div.body { (PreEscaped(&a.html)) }
        }
        @if let Some(ad) = slot("inline") { (ad) }
        @for (name, html) in p.ads.iter().filter(|(n, _)| !matches!(*n, "top" | "inline")) {
            (ad_slot(name, html))
        }
        (go_ad_free(p, "bottom"))
        section #comments.comments aria-labelledby="comments-title" {
            h2 #comments-title { "Comments" }
            div #tribune-comments data-site=(p.site.id) data-url=(p.url) {
                (thread(p.thread))
            }
        }
        script src="/embed.js" data-site=(p.site.id) data-url=(p.url) async {}
    };
    layout(&a.title, &p.site.name, head, main)
}

/// The server-rendered thread: nested lists, readable without JavaScript.
fn thread(t: &Thread) -> Markup {
    let mut children: HashMap<Option<i64>, Vec<&CommentJson>> = HashMap::new();
    for c in &t.comments {
        children.entry(c.parent_id).or_default().push(c);
    }
    html! {
        div.tribune-static {
            p { (plural(t.count)) @if t.closed { " · Comments are closed." } }
            (branch(&children, None))
            @if t.more {
                p { "Older comments appear when JavaScript is on." }
            }
        }
    }
}

fn branch(children: &HashMap<Option<i64>, Vec<&CommentJson>>, parent: Option<i64>) -> Markup {
    html! {
        @if let Some(list) = children.get(&parent) {
            ol {
                @for c in list {
                    li #{ "comment-" (c.id) } {
                        @if c.status == CommentStatus::Deleted {
                            p.deleted { "This comment was deleted." }
                        } @else {
                            p.who {
                                strong { (c.author.name) }
                                @for badge in &c.author.badges { " " span.badge { (badge) } }
                                " · "
                                time datetime=(c.created_at) { (c.created_at.get(..10).unwrap_or("")) }
                            }
                            (PreEscaped(&c.html))
                        }
                        (branch(children, Some(c.id)))
                    }
                }
            }
        }
    }
}

/// A page of the publication with its masthead, for pages other than articles.
pub fn plain(title: &str, site_name: &str, main: Markup) -> Markup {
    layout(title, site_name, html! {}, main)
}

pub fn error(status: StatusCode, message: &str) -> Markup {
    let title = status.canonical_reason().unwrap_or("Error");
    layout(
        title,
        "Tribune",
        html! {},
        html! {
            h1.section-title { (status.as_u16()) " · " (title) }
            p { (message) }
            p { a href="/" { "Back to the front page" } }
        },
    )
}
