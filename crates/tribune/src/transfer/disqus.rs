//! Disqus's export: the XML file Disqus e-mails to a publisher (Admin → Moderate → Export).
//! Under `<disqus>`: `<category>` elements, then `<thread dsq:id>` (an article: `<link>`,
//! `<title>`, `<id>` the site's identifier, often empty), then `<post dsq:id>` (a comment:
//! `<message>` in HTML, usually CDATA, `<createdAt>`, `<isDeleted>`, `<isSpam>`,
//! `<author>` with `<name>`, `<email>`, `<username>`, `<ipAddress>`, `<thread dsq:id/>` and,
//! for a reply, `<parent dsq:id/>`). Threads and posts are keyed by `dsq:id`.

use std::path::Path;

use super::xml::{Node, XmlStream};
use super::{rfc3339_ms, Body, Comment, Item, SourceError, State, Thread};

#[derive(Default)]
struct Post {
    key: String,
    thread: Option<String>,
    parent: Option<String>,
    message: String,
    created_at: String,
    deleted: bool,
    spam: bool,
    name: String,
    username: String,
    email: Option<String>,
    ip: Option<String>,
}

enum Record {
    None,
    Thread(Thread),
    Post(Post),
}

fn dsq_id(attributes: &[(String, String)]) -> Option<String> {
    attributes
        .iter()
        .find(|(k, _)| k == "dsq:id" || k.ends_with(":id"))
        .map(|(_, v)| v.trim().to_owned())
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    let mut xml = XmlStream::open(path)?;
    let mut record = Record::None;
    let mut in_author = false;
    let mut saw_root = false;
    while let Some(node) = xml.next()? {
        let depth = xml.depth();
        match node {
            Node::Open { name, attributes } => match (depth, name.as_str()) {
                (1, "disqus") => saw_root = true,
                (1, other) => {
                    return Err(xml.error(format!(
                        "a Disqus export starts with <disqus>, this file with <{other}>"
                    )))
                }
                (2, "thread") => {
                    let key = dsq_id(&attributes)
                        .ok_or_else(|| xml.error("a <thread> without its dsq:id"))?;
                    record = Record::Thread(Thread {
                        key,
                        url: String::new(),
                        title: None,
                    });
                }
                (2, "post") => {
                    let key = dsq_id(&attributes)
                        .ok_or_else(|| xml.error("a <post> without its dsq:id"))?;
                    record = Record::Post(Post {
                        key,
                        ..Post::default()
                    });
                }
                (3, "author") => in_author = true,
                (3, "thread") => {
                    if let Record::Post(post) = &mut record {
                        post.thread = dsq_id(&attributes);
                    }
                }
                (3, "parent") => {
                    if let Record::Post(post) = &mut record {
                        post.parent = dsq_id(&attributes).filter(|p| !p.is_empty());
                    }
                }
                _ => {}
            },
            Node::Close { name, text } => match (&mut record, depth, name.as_str()) {
                (Record::Thread(_), 1, "thread") => {
                    if let Record::Thread(thread) = std::mem::replace(&mut record, Record::None) {
                        emit(Item::Thread(thread));
                    }
                }
                (Record::Post(_), 1, "post") => {
                    if let Record::Post(post) = std::mem::replace(&mut record, Record::None) {
                        emit(Item::Comment(finish(post).map_err(|e| xml.error(e))?));
                    }
                }
                (Record::Thread(thread), 2, "link") => thread.url = text.trim().to_owned(),
                (Record::Thread(thread), 2, "title") => {
                    let title = text.trim();
                    thread.title = (!title.is_empty()).then(|| title.to_owned());
                }
                (_, 2, "author") => in_author = false,
                (Record::Post(post), 2, "message") => post.message = text,
                (Record::Post(post), 2, "createdAt") => post.created_at = text,
                (Record::Post(post), 2, "isDeleted") => post.deleted = text.trim() == "true",
                (Record::Post(post), 2, "isSpam") => post.spam = text.trim() == "true",
                (Record::Post(post), 2, "ipAddress") => post.ip = Some(text),
                (Record::Post(post), 3, "name") if in_author => post.name = text,
                (Record::Post(post), 3, "username") if in_author => post.username = text,
                (Record::Post(post), 3, "email") if in_author => post.email = Some(text),
                _ => {}
            },
        }
    }
    if !saw_root {
        return Err(SourceError::unreadable(
            path,
            "no <disqus> element: not a Disqus export",
        ));
    }
    Ok(())
}

fn finish(post: Post) -> Result<Comment, String> {
    let thread = post
        .thread
        .ok_or_else(|| format!("post {} names no thread", post.key))?;
    let created_at = rfc3339_ms(&post.created_at).ok_or_else(|| {
        format!(
            "post {}: createdAt {:?} is not an RFC 3339 time",
            post.key, post.created_at
        )
    })?;
    let name = [post.name.trim(), post.username.trim()]
        .into_iter()
        .find(|n| !n.is_empty())
        .unwrap_or("Anonymous")
        .to_owned();
    let state = if post.spam {
        State::Refused("spam")
    } else if post.deleted {
        State::Deleted
    } else {
        State::Published
    };
    Ok(Comment {
        key: post.key,
        thread,
        parent: post.parent,
        name,
        email: post.email,
        ip: post.ip,
        created_at,
        body: Body::Html(post.message),
        state,
        upvotes: 0,
        downvotes: 0,
    })
}
