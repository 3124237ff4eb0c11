//! WordPress's WXR file (Tools → Export → All content): RSS 2.0 with the `wp:` namespace.
//! Each `<item>` is a post (`<title>`, `<link>`, `<wp:post_id>`, `<wp:post_date_gmt>`) and
//! holds its comments as `<wp:comment>` elements: `<wp:comment_id>`, `<wp:comment_parent>`
//! (`0` for none), `<wp:comment_author>`, `<wp:comment_author_email>`,
//! `<wp:comment_author_IP>`, `<wp:comment_date>` (the blog's local time) and
//! `<wp:comment_date_gmt>`, `<wp:comment_content>` (text whose line breaks count, with some
//! HTML), `<wp:comment_approved>` (`1`, `0` pending, `spam`, `trash`) and
//! `<wp:comment_type>` (empty or `comment` for a reader's comment; pingbacks and trackbacks
//! are not).

use std::path::Path;

use super::xml::{Node, XmlStream};
use super::{sql_time_ms, Body, Comment, Item, SourceError, State, Thread};

#[derive(Default)]
struct Post {
    id: String,
    title: String,
    link: String,
    guid: String,
    date_gmt: String,
    date: String,
    /// Its thread was emitted (at its first comment).
    announced: bool,
}

#[derive(Default)]
struct WpComment {
    id: String,
    parent: String,
    author: String,
    email: String,
    ip: String,
    date: String,
    date_gmt: String,
    content: String,
    approved: String,
    kind: String,
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    let mut xml = XmlStream::open(path)?;
    let mut post: Option<Post> = None;
    let mut comment: Option<WpComment> = None;
    let mut saw_channel = false;
    while let Some(node) = xml.next()? {
        let depth = xml.depth();
        match node {
            Node::Open { name, .. } => match (depth, name.as_str()) {
                (1, "rss") => {}
                (1, other) => {
                    return Err(xml.error(format!(
                        "a WordPress export (WXR) starts with <rss>, this file with <{other}>"
                    )))
                }
                (2, "channel") => saw_channel = true,
                (3, "item") => post = Some(Post::default()),
                (4, "wp:comment") => {
                    let Some(post) = post.as_mut() else { continue };
                    if !post.announced {
                        post.announced = true;
                        let url = if post.link.trim().is_empty() {
                            post.guid.trim()
                        } else {
                            post.link.trim()
                        };
                        let title = super::html::plain_text(&post.title);
                        emit(Item::Thread(Thread {
                            key: thread_key(post),
                            url: url.to_owned(),
                            title: (!title.is_empty()).then(|| title.to_owned()),
                        }));
                    }
                    comment = Some(WpComment::default());
                }
                _ => {}
            },
            Node::Close { name, text } => {
                if depth == 2 && name == "item" {
                    post = None;
                    continue;
                }
                if depth == 3 && name == "wp:comment" {
                    if let (Some(c), Some(p)) = (comment.take(), post.as_ref()) {
                        emit(finish(c, p).map_err(|e| xml.error(e))?);
                    }
                    continue;
                }
                if let (4, Some(c)) = (depth, comment.as_mut()) {
                    let field = match name.as_str() {
                        "wp:comment_id" => &mut c.id,
                        "wp:comment_parent" => &mut c.parent,
                        "wp:comment_author" => &mut c.author,
                        "wp:comment_author_email" => &mut c.email,
                        "wp:comment_author_IP" => &mut c.ip,
                        "wp:comment_date" => &mut c.date,
                        "wp:comment_date_gmt" => &mut c.date_gmt,
                        "wp:comment_content" => &mut c.content,
                        "wp:comment_approved" => &mut c.approved,
                        "wp:comment_type" => &mut c.kind,
                        _ => continue,
                    };
                    *field = text;
                } else if let (3, Some(p)) = (depth, post.as_mut()) {
                    let field = match name.as_str() {
                        "wp:post_id" => &mut p.id,
                        "title" => &mut p.title,
                        "link" => &mut p.link,
                        "guid" => &mut p.guid,
                        "wp:post_date_gmt" => &mut p.date_gmt,
                        "wp:post_date" => &mut p.date,
                        _ => continue,
                    };
                    *field = text;
                }
            }
        }
    }
    if !saw_channel {
        return Err(SourceError::unreadable(
            path,
            "no <channel>: not a WordPress export",
        ));
    }
    Ok(())
}

fn thread_key(post: &Post) -> String {
    if post.id.trim().is_empty() {
        post.link.trim().to_owned()
    } else {
        post.id.trim().to_owned()
    }
}

/// A time WordPress wrote, unless it is its "no date" (`0000-00-00 00:00:00`) or missing.
fn wp_time(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    (!raw.is_empty() && !raw.starts_with("0000")).then(|| sql_time_ms(raw))?
}

fn finish(c: WpComment, post: &Post) -> Result<Item, String> {
    if matches!(c.kind.trim(), "pingback" | "trackback" | "pings") {
        return Ok(Item::Skipped("a pingback or trackback, not a comment"));
    }
    let id = c.id.trim();
    if id.is_empty() {
        return Err("a <wp:comment> without its <wp:comment_id>".into());
    }
    // The GMT time when there is one; else the blog's local time, taken as UTC; else the
    // post's own time: pending comments and some importers leave one of them out.
    let created_at = wp_time(&c.date_gmt)
        .or_else(|| wp_time(&c.date))
        .or_else(|| wp_time(&post.date_gmt))
        .or_else(|| wp_time(&post.date))
        .ok_or_else(|| format!("comment {id} has no date, and neither has its post"))?;
    let state = match c.approved.trim() {
        "1" | "approve" | "approved" => State::Published,
        "0" | "hold" => State::Pending,
        "spam" => State::Refused("spam"),
        "trash" | "post-trashed" => State::Refused("trash"),
        other => return Err(format!("comment {id}: unknown approval state {other:?}")),
    };
    let parent = c.parent.trim();
    Ok(Item::Comment(Comment {
        key: id.to_owned(),
        thread: thread_key(post),
        parent: (!parent.is_empty() && parent != "0").then(|| parent.to_owned()),
        name: match c.author.trim() {
            "" => "Anonymous".to_owned(),
            name => name.to_owned(),
        },
        email: Some(c.email),
        ip: Some(c.ip),
        created_at,
        body: Body::Html(paragraphs(&c.content)),
        state,
        upvotes: 0,
        downvotes: 0,
    }))
}

/// WordPress shows a comment's blank lines as paragraphs and its other line breaks as
/// breaks (its `wpautop`); the HTML says so explicitly.
fn paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", p.replace('\n', "<br>")))
        .collect()
}
