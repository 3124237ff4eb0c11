//! Isso's database: the SQLite file named by its `[general] dbpath`. `threads (id, uri,
//! title)` and `comments (tid, id, parent, created, mode, remote_addr, text, author, email,
//! likes, dislikes, ...)`: `created` in seconds since the epoch, `text` in Markdown, `mode` 1
//! for published, 2 for waiting in Isso's queue, 4 for deleted (the placeholder of a comment
//! with replies). Isso keys threads by the page's path (`/2019/hello/`), which the import
//! places on the site's origin.

use std::path::Path;

use futures_util::TryStreamExt;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, FromRow};

use super::{Body, Comment, Item, SourceError, State, Thread};

#[derive(FromRow)]
struct IssoThread {
    id: i64,
    uri: String,
    title: Option<String>,
}

#[derive(FromRow)]
struct IssoComment {
    tid: i64,
    id: i64,
    parent: Option<i64>,
    created: f64,
    mode: i64,
    remote_addr: Option<String>,
    text: Option<String>,
    author: Option<String>,
    email: Option<String>,
    likes: Option<i64>,
    dislikes: Option<i64>,
}

pub fn read(path: &Path, emit: &mut dyn FnMut(Item)) -> Result<(), SourceError> {
    if !path.is_file() {
        return Err(SourceError::unreadable(path, "no such file"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| SourceError::unreadable(path, e))?;
    runtime.block_on(async {
        let bad = |e: sqlx::Error| {
            SourceError::unreadable(path, format!("not an Isso database ({e})"))
        };
        let mut db = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .connect()
            .await
            .map_err(bad)?;
        let mut threads =
            sqlx::query_as::<_, IssoThread>("SELECT id, uri, title FROM threads ORDER BY id")
                .fetch(&mut db);
        while let Some(t) = threads.try_next().await.map_err(bad)? {
            emit(Item::Thread(Thread {
                key: t.id.to_string(),
                url: t.uri,
                title: t.title.filter(|t| !t.trim().is_empty()),
            }));
        }
        drop(threads);
        let mut comments = sqlx::query_as::<_, IssoComment>(
            "SELECT tid, id, parent, created, mode, remote_addr, text, author, email, likes, dislikes
             FROM comments ORDER BY created, id",
        )
        .fetch(&mut db);
        while let Some(c) = comments.try_next().await.map_err(bad)? {
            let state = match c.mode {
                1 => State::Published,
                2 => State::Pending,
                4 => State::Deleted,
                other => {
                    return Err(SourceError::unreadable(
                        path,
                        format!("comment {}: unknown mode {other}", c.id),
                    ))
                }
            };
            emit(Item::Comment(Comment {
                key: c.id.to_string(),
                thread: c.tid.to_string(),
                parent: c.parent.map(|p| p.to_string()),
                name: c
                    .author
                    .filter(|a| !a.trim().is_empty())
                    .unwrap_or_else(|| "Anonymous".to_owned()),
                email: c.email,
                ip: c.remote_addr,
                created_at: (c.created * 1000.0) as i64,
                body: Body::Markdown(c.text.unwrap_or_default()),
                state,
                upvotes: c.likes.unwrap_or(0),
                downvotes: c.dislikes.unwrap_or(0),
            }));
        }
        Ok(())
    })
}
