//! Commento's (and Commento++'s) export: the JSON file, gzipped as Commento hands it out or
//! not, `{"version": 1, "comments": [...], "commenters": [...]}`. A comment has
//! `commentHex`, `domain`, `url` (the page's path), `commenterHex` (`anonymous` for a guest),
//! `markdown`, `parentHex` (`root` at the top), `score`, `state` (`approved`, `unapproved`,
//! `flagged`), `creationDate` and `deleted`; a commenter `commenterHex`, `name`, `email`.
//! Names are in the commenters, after the comments: the file is read twice, first for the
//! commenters alone, then streaming the comments.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::{
    open_maybe_gzipped as open, rfc3339_ms, Body, Comment, Item, SourceError, State, Thread,
};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Commenter {
    commenter_hex: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CommentoComment {
    comment_hex: String,
    #[serde(default)]
    domain: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    commenter_hex: String,
    #[serde(default)]
    markdown: String,
    #[serde(default)]
    parent_hex: String,
    #[serde(default)]
    score: i64,
    #[serde(default)]
    state: String,
    creation_date: String,
    #[serde(default)]
    deleted: bool,
}

#[derive(Deserialize)]
struct CommentersOnly {
    #[serde(default)]
    commenters: Vec<Commenter>,
    #[serde(default)]
    #[allow(dead_code)]
    comments: IgnoredAny,
}

fn malformed(path: &Path, e: serde_json::Error) -> SourceError {
    if e.is_io() || e.is_eof() {
        SourceError::at_line(
            path,
            e.line(),
            format!("the file ends early: it is truncated ({e})"),
        )
    } else {
        SourceError::at_line(path, e.line(), format!("not a Commento export: {e}"))
    }
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    let first: CommentersOnly =
        serde_json::from_reader(open(path)?).map_err(|e| malformed(path, e))?;
    let people: HashMap<String, Commenter> = first
        .commenters
        .into_iter()
        .map(|c| (c.commenter_hex.clone(), c))
        .collect();
    let mut reading = Reading {
        people: &people,
        threads: HashSet::new(),
        emit,
    };
    let mut de = serde_json::Deserializer::from_reader(open(path)?);
    TopLevel(&mut reading)
        .deserialize(&mut de)
        .map_err(|e| malformed(path, e))?;
    de.end().map_err(|e| malformed(path, e))
}

struct Reading<'a> {
    people: &'a HashMap<String, Commenter>,
    threads: HashSet<String>,
    emit: &'a mut dyn FnMut(Item),
}

impl Reading<'_> {
    fn comment(&mut self, c: CommentoComment) -> Result<(), String> {
        let thread = format!("{}{}", c.domain, c.url);
        if self.threads.insert(thread.clone()) {
            (self.emit)(Item::Thread(Thread {
                key: thread.clone(),
                url: format!("https://{thread}"),
                title: None,
            }));
        }
        let created_at = rfc3339_ms(&c.creation_date).ok_or_else(|| {
            format!(
                "comment {}: creationDate {:?} is not an RFC 3339 time",
                c.comment_hex, c.creation_date
            )
        })?;
        let author = self.people.get(&c.commenter_hex);
        let state = if c.deleted {
            State::Deleted
        } else {
            match c.state.as_str() {
                "" | "approved" => State::Published,
                "unapproved" | "flagged" => State::Pending,
                other => {
                    return Err(format!(
                        "comment {}: unknown state {other:?}",
                        c.comment_hex
                    ))
                }
            }
        };
        (self.emit)(Item::Comment(Comment {
            key: c.comment_hex,
            thread,
            parent: (!matches!(c.parent_hex.as_str(), "" | "root")).then_some(c.parent_hex),
            name: author
                .map(|a| a.name.trim())
                .filter(|n| !n.is_empty())
                .unwrap_or("Anonymous")
                .to_owned(),
            email: author.and_then(|a| a.email.clone()),
            ip: None,
            created_at,
            body: Body::Markdown(c.markdown),
            state,
            upvotes: c.score.max(0),
            downvotes: (-c.score).max(0),
        }));
        Ok(())
    }
}

/// The top-level object: `comments` streamed, the rest skipped.
struct TopLevel<'r, 'a>(&'r mut Reading<'a>);

impl<'de> DeserializeSeed<'de> for TopLevel<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Commento export object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "comments" {
                map.next_value_seed(Comments(&mut *self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Comments<'r, 'a>(&'r mut Reading<'a>);

impl<'de> DeserializeSeed<'de> for Comments<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Comments<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of comments")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(c) = seq.next_element::<CommentoComment>()? {
            self.0.comment(c).map_err(serde::de::Error::custom)?;
        }
        Ok(())
    }
}
