//! `tribune import`: one pipeline for every format.
//!
//! 1. **Check** (`scan`): the whole file is read once without writing anything, so that a
//!    file malformed or cut short halfway is refused, with its position, before a single
//!    comment is stored. The pass also learns which comments have replies (a deleted comment
//!    without any is left out rather than shown as a placeholder) and which keys the file
//!    holds (a reply whose parent comes later waits for it; one whose parent is not in the
//!    file at all goes to the top of its thread).
//! 2. **Read and prepare**, each on a thread of its own: each comment's HTML becomes
//!    Tribune's Markdown, which is rendered and sanitized exactly as a new comment's, and the
//!    house rules judge it.
//! 3. **Place and write**, here: threads become pages (after `--map-url` and the site's
//!    canonical-address rules), authors with an e-mail become readers (one per address),
//!    replies find their parents, and every batch of comments is one transaction, recorded
//!    in `imported_comments` under the old system's ids, so a second run, of the same file
//!    or of a newer export, adds only what is new.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use moderation::{Decision, Policy, Verdict};

use super::place::Importer;
use super::summary::Summary;
use super::{html, Body, Format, Item, State, Thread};
use crate::comments::domain::CommentText;
use crate::db::{Db, Engine};
use crate::sites::store as sites;

/// Where a dry run's made-up ids start: far above any real one.
pub(super) const FAKE_IDS: i64 = 1 << 62;

/// Comments per transaction. Each batch dirties index pages all over the database (pages,
/// authors, addresses, parents): the larger the batch, the more of its rows share a page.
/// Measured on a million comments (docs/benchmarks.md): 5,000 took 74 s, 20,000 took 61 s.
/// A server writing to the same SQLite file waits for one batch, about a second. A smaller
/// file is written in batches of a quarter of it (at least 1,000 comments), so that writing
/// the first ones overlaps preparing the rest (20,000 comments: 1.3 s in one batch, 1.0 s in
/// four).
pub(super) const BATCH: usize = 20_000;

/// Comments read before they are handed over to be prepared.
const CHUNK: usize = 1000;

pub struct Options {
    pub format: Format,
    pub file: PathBuf,
    pub site: String,
    pub map_url: Vec<UrlMap>,
    /// Where relative thread addresses (Isso keys threads by path) are placed; default: the
    /// site's first origin.
    pub base_url: Option<String>,
    pub dry_run: bool,
    /// Comments the house rules would hold or refuse wait in the moderation queue.
    pub judge: bool,
}

/// `--map-url FROM=TO`: an address starting with FROM starts with TO instead.
#[derive(Clone, Debug)]
pub struct UrlMap {
    from: String,
    to: String,
}

impl UrlMap {
    /// `url` with FROM replaced by TO, when it starts with FROM.
    pub fn rewrite(&self, url: &str) -> Option<String> {
        url.strip_prefix(&self.from)
            .map(|rest| format!("{}{rest}", self.to))
    }
}

impl std::str::FromStr for UrlMap {
    type Err = String;
    fn from_str(raw: &str) -> Result<UrlMap, String> {
        match raw.split_once('=') {
            Some((from, to)) if !from.is_empty() => Ok(UrlMap {
                from: from.to_owned(),
                to: to.to_owned(),
            }),
            _ => Err(format!(
                "{raw:?} is not FROM=TO (e.g. http://old.example/=https://news.example/)"
            )),
        }
    }
}

/// Runs an import (or a dry run) and says what it did.
pub async fn run(
    db: &Db,
    own_origin: &str,
    policy: Arc<Policy>,
    options: Options,
) -> anyhow::Result<Summary> {
    let site = sites::site(db, &options.site).await.with_context(|| {
        format!(
            "no site {:?}: create it first with `tribune admin add-site`",
            options.site
        )
    })?;
    let format = options.format;
    let file = options.file.clone();
    // 1. Check the whole file before anything is written.
    let progress = Progress::new("checking", None);
    let scan = {
        let progress = progress.clone();
        tokio::task::spawn_blocking(move || scan(format, &file, &progress)).await??
    };
    progress.finish();
    if db.engine == Engine::Sqlite && !options.dry_run {
        // Each batch inserts into indexes keyed by page, author, address and parent, all over
        // the file: with SQLite's default 2 MB cache those pages are read back and written
        // out again for every batch (a million comments took two minutes, half of it in the
        // kernel). The writer's connection keeps 48 MB of them for the import (64 MB was no
        // faster on an idle machine and took the peak over 200 MB; docs/benchmarks.md).
        sqlx::query("PRAGMA cache_size = -49152")
            .execute(&db.writer)
            .await?;
    }
    let mut importer = Importer::new(db, &site, own_origin, &options, scan).await?;
    let earlier = Arc::new(importer.load_earlier_imports().await?);
    // 2. Read on one thread and prepare on another, while 3. places and writes here.
    let words = sites::word_lists(&site.banned_words, &site.suspect_words)
        .ok()
        .map(Arc::new);
    let (raw_tx, raw_rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(2);
    let file = options.file.clone();
    let reader = tokio::task::spawn_blocking(move || {
        let mut chunk = Vec::with_capacity(CHUNK);
        let result = format.read(&file, &mut |item| {
            chunk.push(item);
            if chunk.len() == CHUNK {
                // A closed channel means the preparer stopped because the writer stopped on an
                // error, which it reports.
                let _ = raw_tx.send(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK)));
            }
        });
        let _ = raw_tx.send(chunk);
        result
    });
    // Room for a whole batch: the next one is prepared while this one is written.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<Step>>(importer.batch_size() / CHUNK + 2);
    let preparer = tokio::task::spawn_blocking(move || {
        for chunk in raw_rx {
            let steps = chunk
                .into_iter()
                .map(|item| prepare(item, &policy, words.as_deref(), &earlier))
                .collect();
            if tx.blocking_send(steps).is_err() {
                break;
            }
        }
    });
    let progress = Progress::new("importing", Some(importer.summary.in_file));
    while let Some(chunk) = rx.recv().await {
        for step in chunk {
            importer.accept(step).await?;
        }
        progress.set(importer.seen);
    }
    preparer.await?;
    reader.await??;
    importer.finish().await?;
    progress.finish();
    Ok(importer.summary)
}

/// What the check learnt of the file.
pub(super) struct Scan {
    pub(super) comments: u64,
    /// Every comment's key, for [`Known`].
    pub(super) keys: Vec<u64>,
    /// The keys of comments that have replies.
    pub(super) parents: HashSet<u64>,
}

fn scan(
    format: Format,
    file: &std::path::Path,
    progress: &Progress,
) -> Result<Scan, super::SourceError> {
    let mut found = Scan {
        comments: 0,
        keys: Vec::new(),
        parents: HashSet::new(),
    };
    format.read(file, &mut |item| {
        if let Item::Comment(c) = item {
            found.comments += 1;
            found.keys.push(key_hash(&c.key));
            if let Some(parent) = &c.parent {
                found.parents.insert(key_hash(parent));
            }
            if found.comments.is_multiple_of(10_000) {
                progress.set(found.comments);
            }
        }
    })?;
    Ok(found)
}

/// Comments are remembered by a 64-bit hash of their old id: a million of them take tens of
/// megabytes, not hundreds (a collision among a million ids has odds of about 1 in 30
/// million).
pub(super) fn key_hash(key: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

/// A comment ready to be placed: converted, rendered and judged.
pub(super) struct Prepared {
    pub(super) key: String,
    pub(super) hash: u64,
    pub(super) thread: String,
    pub(super) parent: Option<u64>,
    pub(super) name: String,
    pub(super) email: Option<String>,
    pub(super) ip: Option<String>,
    pub(super) created_at: i64,
    pub(super) body: String,
    pub(super) html: String,
    pub(super) state: State,
    pub(super) verdict: Option<Verdict>,
    pub(super) upvotes: i64,
    pub(super) downvotes: i64,
}

pub(super) enum Step {
    Thread(Thread),
    Comment(Box<Prepared>),
    /// A comment an earlier run imported, on the thread with this key.
    Already {
        thread: String,
    },
    Skipped(&'static str),
}

fn prepare(
    item: Item,
    policy: &Policy,
    words: Option<&moderation::rules::WordLists>,
    earlier: &[u64],
) -> Step {
    let c = match item {
        Item::Thread(t) => return Step::Thread(t),
        Item::Skipped(reason) => return Step::Skipped(reason),
        Item::Comment(c) => c,
    };
    let hash = key_hash(&c.key);
    if earlier.binary_search(&hash).is_ok() {
        return Step::Already { thread: c.thread };
    }
    let markdown = match &c.body {
        Body::Html(html) => html::to_markdown(html),
        Body::Markdown(md) => md.clone(),
    };
    let mut state = c.state;
    let (body, html) = match CommentText::imported(&markdown).map(|t| {
        let html = t.render();
        (t, html)
    }) {
        Some((text, Ok(html))) if state != State::Deleted => (text.as_str().to_owned(), html),
        // Nothing left to show (an image alone, a quote nested past the limit): a comment
        // with replies keeps its place as a placeholder, like a deleted one.
        _ => {
            if state == State::Published {
                state = State::Deleted;
            }
            (String::new(), String::new())
        }
    };
    let verdict = (state == State::Published && !body.is_empty())
        .then(|| policy.evaluate_with(&body, words))
        .filter(|v| v.decision != Decision::Allow);
    Step::Comment(Box::new(Prepared {
        hash,
        key: c.key,
        thread: c.thread,
        parent: c.parent.as_deref().map(key_hash),
        name: c.name.trim().chars().take(100).collect(),
        // Spammers do not become readers.
        email: match c.state {
            State::Refused(_) => None,
            _ => c.email.as_deref().and_then(normalize_email),
        },
        ip: c.ip.as_deref().and_then(normalize_ip),
        created_at: c.created_at,
        body,
        html,
        state,
        verdict,
        upvotes: c.upvotes.max(0),
        downvotes: c.downvotes.max(0),
    }))
}

/// An address as Tribune stores readers' (trimmed, lower case), or nothing when it is not
/// one: old systems kept whatever a guest typed.
fn normalize_email(raw: &str) -> Option<String> {
    crate::auth::domain::Email::parse(raw)
        .ok()
        .map(|e| e.as_str().to_owned())
}

/// An IP address, IPv4-mapped IPv6 ones (`::ffff:192.0.2.1`) written as IPv4: the form bans
/// and the campaign detector compare.
fn normalize_ip(raw: &str) -> Option<String> {
    raw.trim()
        .parse::<std::net::IpAddr>()
        .ok()
        .map(|ip| ip.to_canonical().to_string())
}

/// A progress bar on a terminal; plain lines every 10% otherwise (logs, CI).
#[derive(Clone)]
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    label: &'static str,
    total: Option<u64>,
    last_line: Arc<std::sync::atomic::AtomicU64>,
}

impl Progress {
    fn new(label: &'static str, total: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = match total {
                Some(total) => indicatif::ProgressBar::new(total),
                None => indicatif::ProgressBar::new_spinner(),
            };
            let template = if total.is_some() {
                "{msg} [{bar:40}] {pos}/{len} comments, {per_sec}, {eta} left"
            } else {
                "{msg} {spinner} {pos} comments"
            };
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(label);
            bar
        });
        Progress {
            bar,
            label,
            total,
            last_line: Arc::default(),
        }
    }

    fn set(&self, done: u64) {
        use std::sync::atomic::Ordering;
        match (&self.bar, self.total) {
            (Some(bar), _) => bar.set_position(done),
            // Small files go by too fast for lines to help.
            (None, Some(total)) if total >= 100_000 => {
                let tenth = done * 10 / total;
                if tenth > self.last_line.load(Ordering::Relaxed) {
                    self.last_line.store(tenth, Ordering::Relaxed);
                    eprintln!("{}: {done} of {total} comments", self.label);
                }
            }
            _ => {}
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
