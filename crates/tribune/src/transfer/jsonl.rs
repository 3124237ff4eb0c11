//! Tribune's own export format (`docs/export-format.md`): JSON lines, one record a line, each
//! with a `type`. `export.rs` writes it; `read` below brings it back with `tribune import
//! tribune`, into an empty database or another site.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{open_maybe_gzipped, Body, Comment, Item, SourceError, State, Thread};

/// The format's name in the header, and its version: a reader refuses versions it does not
/// know rather than misreading them.
pub const FORMAT: &str = "tribune-export";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// The first line.
    Header {
        format: String,
        version: u32,
        site: SiteRecord,
        exported_at: String,
    },
    Page {
        id: i64,
        url: String,
        title: Option<String>,
        closed_at: Option<String>,
        created_at: String,
    },
    /// A reader the site's records name (author, voter, staff, supporter, banned); never a
    /// password hash or a session.
    Reader {
        id: i64,
        name: String,
        email: Option<String>,
        created_at: String,
    },
    /// Comments in the order they were written: a parent before its replies.
    Comment {
        id: i64,
        page: i64,
        parent: Option<i64>,
        author: Option<i64>,
        author_name: String,
        /// The Markdown source; empty for deleted comments.
        body: String,
        /// `visible`, `pending`, `rejected` or `deleted`.
        status: String,
        /// Shown to its author only (a shadow ban).
        shadow: bool,
        /// The house rules' verdict when they did not simply allow it.
        verdict: Option<serde_json::Value>,
        queue_reason: Option<String>,
        refusal_reason: Option<String>,
        upvotes: i64,
        downvotes: i64,
        ip: Option<String>,
        created_at: String,
        edited_at: Option<String>,
        deleted_at: Option<String>,
    },
    Vote {
        comment: i64,
        reader: i64,
        value: i64,
        created_at: String,
    },
    Ban {
        id: i64,
        reader: Option<i64>,
        ip: Option<String>,
        cidr: Option<String>,
        email: Option<String>,
        email_domain: Option<String>,
        /// `suspend`, `ban` or `shadow`.
        kind: String,
        reason: String,
        until: Option<String>,
        created_by: Option<i64>,
        created_at: String,
        lifted_at: Option<String>,
    },
    /// An entry of the moderation log.
    Log {
        id: i64,
        actor: Option<i64>,
        action: String,
        target: String,
        reason: String,
        evidence: Option<String>,
        created_at: String,
    },
    Supporter {
        reader: i64,
        /// `stripe` or `grant`.
        source: String,
        status: String,
        active_until: Option<String>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub struct SiteRecord {
    pub id: String,
    pub name: String,
    pub origins: String,
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    let reader = open_maybe_gzipped(path)?;
    // Authors' addresses, by reader id: what makes a comment's author a reader again.
    let mut emails: HashMap<i64, String> = HashMap::new();
    let mut header = false;
    for (i, line) in reader.lines().enumerate() {
        let number = i + 1;
        let line = line.map_err(|e| SourceError::at_line(path, number, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| {
            let what = if e.is_eof() {
                "a line cut short: the file is truncated"
            } else {
                "not a record of Tribune's export format"
            };
            SourceError::at_line(path, number, format!("{what} ({e})"))
        })?;
        let time = |raw: &str| {
            super::rfc3339_ms(raw).ok_or_else(|| {
                SourceError::at_line(path, number, format!("{raw:?} is not an RFC 3339 time"))
            })
        };
        match record {
            Record::Header {
                format, version, ..
            } => {
                if format != FORMAT || version != VERSION {
                    return Err(SourceError::at_line(
                        path,
                        number,
                        format!("{format} version {version}: this Tribune reads {FORMAT} version {VERSION}"),
                    ));
                }
                header = true;
            }
            _ if !header => {
                return Err(SourceError::at_line(
                    path,
                    number,
                    "the first line must be the export's header (`\"type\": \"header\"`)",
                ))
            }
            Record::Page { id, url, title, .. } => emit(Item::Thread(Thread {
                key: id.to_string(),
                url,
                title,
            })),
            Record::Reader { id, email, .. } => {
                if let Some(email) = email {
                    emails.insert(id, email);
                }
            }
            Record::Comment {
                id,
                page,
                parent,
                author,
                author_name,
                body,
                status,
                shadow,
                upvotes,
                downvotes,
                ip,
                created_at,
                ..
            } => {
                let state = match (status.as_str(), shadow) {
                    ("visible", false) => State::Published,
                    ("visible", true) => State::Refused("shadow-banned"),
                    ("pending", _) => State::Pending,
                    ("rejected", _) => State::Refused("refused"),
                    ("deleted", _) => State::Deleted,
                    (other, _) => {
                        return Err(SourceError::at_line(
                            path,
                            number,
                            format!("comment {id}: unknown status {other:?}"),
                        ))
                    }
                };
                emit(Item::Comment(Comment {
                    key: id.to_string(),
                    thread: page.to_string(),
                    parent: parent.map(|p| p.to_string()),
                    name: author_name,
                    email: author.and_then(|a| emails.get(&a).cloned()),
                    ip,
                    created_at: time(&created_at)?,
                    body: Body::Markdown(body),
                    state,
                    upvotes,
                    downvotes,
                }));
            }
            // Kept in the file for the record and for other tools; an import brings threads,
            // comments and their authors (see docs/export-format.md).
            Record::Vote { .. }
            | Record::Ban { .. }
            | Record::Log { .. }
            | Record::Supporter { .. } => {}
        }
    }
    if !header {
        return Err(SourceError::unreadable(path, "empty: no export header"));
    }
    Ok(())
}
