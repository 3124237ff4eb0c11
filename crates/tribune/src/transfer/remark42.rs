//! Remark42's backup: JSON lines, gzipped as Remark42 writes its automatic backups or not.
//! The first line describes the site (`{"version": 1, "users": [...], "posts": [...]}`),
//! each other line is a comment: `id`, `pid` (the parent's id, empty at the top), `text`
//! (HTML), `orig` (the Markdown it was written in), `user` (`name`, `id`, `ip`, which
//! Remark42 stores hashed), `locator` (`site`, `url`), `score`, `votes` (voter → up),
//! `time`, `delete` and `title` (the page's).

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;

use super::{open_maybe_gzipped, rfc3339_ms, Body, Comment, Item, SourceError, State, Thread};

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    pid: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    orig: String,
    #[serde(default)]
    user: User,
    #[serde(default)]
    locator: Locator,
    #[serde(default)]
    score: i64,
    #[serde(default)]
    votes: HashMap<String, bool>,
    #[serde(default)]
    time: String,
    #[serde(default)]
    delete: bool,
    #[serde(default)]
    title: String,
    /// Only on the first line.
    #[serde(default)]
    version: Option<i64>,
}

#[derive(Default, Deserialize)]
struct User {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    ip: Option<String>,
}

#[derive(Default, Deserialize)]
struct Locator {
    #[serde(default)]
    url: String,
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    let reader = open_maybe_gzipped(path)?;
    let mut threads = HashSet::new();
    for (i, line) in reader.lines().enumerate() {
        let number = i + 1;
        let line = line.map_err(|e| SourceError::at_line(path, number, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Line = serde_json::from_str(&line).map_err(|e| {
            let what = if e.is_eof() {
                "a line cut short: the file is truncated"
            } else {
                "not a Remark42 backup line"
            };
            SourceError::at_line(path, number, format!("{what} ({e})"))
        })?;
        let Some(id) = record.id.filter(|id| !id.is_empty()) else {
            if record.version.is_some() {
                continue;
            }
            return Err(SourceError::at_line(
                path,
                number,
                "a comment without its id",
            ));
        };
        let url = record.locator.url.trim().to_owned();
        if threads.insert(url.clone()) {
            emit(Item::Thread(Thread {
                key: url.clone(),
                url: url.clone(),
                title: (!record.title.trim().is_empty()).then(|| record.title.trim().to_owned()),
            }));
        }
        let created_at = rfc3339_ms(&record.time).ok_or_else(|| {
            SourceError::at_line(
                path,
                number,
                format!(
                    "comment {id}: time {:?} is not an RFC 3339 time",
                    record.time
                ),
            )
        })?;
        let (upvotes, downvotes) = if record.votes.is_empty() {
            (record.score.max(0), (-record.score).max(0))
        } else {
            let up = record.votes.values().filter(|&&up| up).count() as i64;
            (up, record.votes.len() as i64 - up)
        };
        emit(Item::Comment(Comment {
            key: id,
            thread: url,
            parent: (!record.pid.is_empty()).then_some(record.pid),
            name: match record.user.name.trim() {
                "" => "Anonymous".to_owned(),
                name => name.to_owned(),
            },
            email: record.user.email,
            ip: record.user.ip,
            created_at,
            body: if record.orig.trim().is_empty() {
                Body::Html(record.text)
            } else {
                Body::Markdown(record.orig)
            },
            state: if record.delete {
                State::Deleted
            } else {
                State::Published
            },
            upvotes,
            downvotes,
        }));
    }
    Ok(())
}
