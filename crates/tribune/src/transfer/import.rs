//! `tribune import`: one pipeline for every format.
//!
//! 1. **Check** (`scan`): the whole file is read once without writing anything, so that a
//!    file malformed or cut short halfway is refused, with its position, before a single
//!    comment is stored. The pass also learns which comments have replies (a deleted comment
//!    without any is left out rather than shown as a placeholder) and which keys the file
//!    holds (a reply whose parent comes later waits for it; one whose parent is not in the
//!    file at all goes to the top of its thread).
//! 2. **Prepare**, on a thread of its own: each comment's HTML becomes Tribune's Markdown,
//!    which is rendered and sanitized exactly as a new comment's, and the house rules judge
//!    it. A file of up to [`ONE_PASS_BYTES`] is prepared as the check reads it, and waits
//!    until the check has passed; a larger one is read again, on a thread of its own, so
//!    that memory stays bounded whatever the file's size.
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
use super::{html, store, Body, Format, Item, State, Thread};
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

/// A file up to this size is read once: the check hands its comments over to be prepared as
/// it reads them, and they wait, prepared, until the check has passed (a few times the
/// file's size in memory at most). A larger file is read twice, the second time while it is
/// written, so that memory stays bounded whatever its size. (20,000 Disqus comments, 15 MB:
/// a median of 2.14 s read twice, 1.77 s once; docs/benchmarks.md.)
pub const ONE_PASS_BYTES: u64 = 32 << 20;

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
    /// A file up to this size is read once: [`ONE_PASS_BYTES`] (a test asks for 0, to read
    /// a small file twice).
    pub one_pass_bytes: u64,
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
    // What earlier imports of this format brought: such comments are passed over, not
    // prepared again.
    // Sorted by hash: `(hash of the old id, comment id)`.
    let mut earlier: Vec<(u64, i64)> = store::imported(db, &site.id, format.as_str())
        .await?
        .into_iter()
        .map(|(key, id)| (key_hash(&key), id))
        .collect();
    earlier.sort_unstable();
    let earlier = Arc::new(earlier);
    // An unreadable file is reported by the check, as a large one.
    let file_len = std::fs::metadata(&options.file).map_or(u64::MAX, |m| m.len());
    let one_pass = file_len <= options.one_pass_bytes;
    // Chunks in flight, read and prepared. A file read once: all of it (a comment takes at
    // least a byte of the file, so it holds no more than a chunk per CHUNK bytes). A larger
    // one: two read, and a whole batch prepared, the next one while this one is written.
    let (read_room, prepared_room) = if one_pass {
        let all = file_len as usize / CHUNK + 2;
        (all, all)
    } else {
        (2, BATCH / CHUNK + 2)
    };
    // 2. Prepare what 1. or the second reading hands over.
    let words = sites::word_lists(&site.banned_words, &site.suspect_words)
        .ok()
        .map(Arc::new);
    let (raw_tx, raw_rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(read_room);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<Step>>(prepared_room);
    let preparer = spawn_preparer(raw_rx, tx, policy, words, earlier.clone());
    // 1. Check the whole file before anything is written; a small one is handed over as it
    // is read.
    let progress = Progress::new("checking", None);
    let scan = {
        let progress = progress.clone();
        let file = options.file.clone();
        let raw_tx = raw_tx.clone();
        tokio::task::spawn_blocking(move || {
            let hand_over = one_pass.then(|| HandOver::new(&raw_tx));
            scan(format, &file, &progress, hand_over)
        })
        .await??
    };
    progress.finish();
    // A site moving in to a fresh Tribune: its comments go into an empty table without the
    // table's indexes, which are built once the rows are in (a million comments: 56 s with
    // them kept up row by row, 33 s so; docs/benchmarks.md). Only then: into a table that
    // holds comments already, building an index again costs more than the rows save.
    let deferred = db.engine == Engine::Sqlite
        && !options.dry_run
        && store::no_comments(db).await?
        && db.defer_indexes("comments").await? > 0;
    if db.engine == Engine::Sqlite && !options.dry_run {
        // Each batch inserts into indexes keyed by page, author, address and parent, all over
        // the file: with SQLite's default 2 MB cache those pages are read back and written
        // out again for every batch (a million comments took two minutes, half of it in the
        // kernel). The writer's connection keeps 48 MB of them for the import (64 MB was no
        // faster on an idle machine and took the peak over 200 MB; docs/benchmarks.md). With
        // the indexes deferred, the rows go in at the table's end and 8 MB is as fast (48 MB
        // took the peak to 245 MB while the indexes were built).
        let cache = if deferred {
            "PRAGMA cache_size = -8192"
        } else {
            "PRAGMA cache_size = -49152"
        };
        sqlx::query(cache).execute(&db.writer).await?;
    }
    let written = async {
        let mut importer = Importer::new(db, &site, own_origin, &options, scan).await?;
        importer.note_earlier_imports(&earlier);
        // A larger file is read again, on a thread of its own, while 3. places and writes here.
        let reader = if one_pass {
            drop(raw_tx);
            None
        } else {
            let file = options.file.clone();
            Some(tokio::task::spawn_blocking(move || {
                let mut hand_over = HandOver::new(&raw_tx);
                format.read(&file, &mut |item| hand_over.push(item))?;
                hand_over.finish();
                Ok::<_, super::SourceError>(())
            }))
        };
        let progress = Progress::new("importing", Some(importer.summary.in_file));
        while let Some(chunk) = rx.recv().await {
            for step in chunk {
                importer.accept(step).await?;
            }
            progress.set(importer.seen);
        }
        preparer.await?;
        if let Some(reader) = reader {
            reader.await??;
        }
        importer.finish().await?;
        progress.finish();
        Ok::<_, anyhow::Error>(importer.summary)
    }
    .await;
    // Built again whether the rows went in or not (a file cut short is refused before any is
    // written; a database error halfway leaves the batches before it).
    let rebuilt = if deferred {
        let progress = Progress::new("indexing", None);
        let rebuilt = db.restore_deferred_indexes().await;
        progress.finish();
        rebuilt
    } else {
        Ok(())
    };
    let summary = written?;
    rebuilt?;
    Ok(summary)
}

/// Prepares the items handed over, on a thread of its own, in the order they come, and
/// passes them on as steps; `earlier` are the comments earlier imports brought, by hash.
fn spawn_preparer(
    items: std::sync::mpsc::Receiver<Vec<Item>>,
    steps: tokio::sync::mpsc::Sender<Vec<Step>>,
    policy: Arc<Policy>,
    words: Option<Arc<moderation::rules::WordLists>>,
    earlier: Arc<Vec<(u64, i64)>>,
) -> tokio::task::JoinHandle<()> {
    tokio::task::spawn_blocking(move || {
        for chunk in items {
            let prepared = chunk
                .into_iter()
                .map(|item| prepare(item, &policy, words.as_deref(), &earlier))
                .collect();
            // A closed channel: the writer stopped on an error, which it reports.
            if steps.blocking_send(prepared).is_err() {
                break;
            }
        }
    })
}

/// What the check learnt of the file.
pub(super) struct Scan {
    pub(super) comments: u64,
    /// Every comment's key, for [`Known`].
    pub(super) keys: Vec<u64>,
    /// The keys of comments that have replies.
    pub(super) parents: HashSet<u64>,
}

/// Items on their way to the preparer, a chunk at a time.
struct HandOver<'a> {
    to: &'a std::sync::mpsc::SyncSender<Vec<Item>>,
    chunk: Vec<Item>,
}

impl<'a> HandOver<'a> {
    fn new(to: &'a std::sync::mpsc::SyncSender<Vec<Item>>) -> Self {
        HandOver {
            to,
            chunk: Vec::with_capacity(CHUNK),
        }
    }

    fn push(&mut self, item: Item) {
        self.chunk.push(item);
        if self.chunk.len() == CHUNK {
            // A closed channel means the import stopped on an error, which it reports.
            let full = std::mem::replace(&mut self.chunk, Vec::with_capacity(CHUNK));
            let _ = self.to.send(full);
        }
    }

    fn finish(self) {
        let _ = self.to.send(self.chunk);
    }
}

/// Reads the whole file, learning its comments' keys, and hands every item over to the
/// preparer when given a [`HandOver`].
fn scan(
    format: Format,
    file: &std::path::Path,
    progress: &Progress,
    mut hand_over: Option<HandOver>,
) -> Result<Scan, super::SourceError> {
    let mut found = Scan {
        comments: 0,
        keys: Vec::new(),
        parents: HashSet::new(),
    };
    format.read(file, &mut |item| {
        if let Item::Comment(c) = &item {
            found.comments += 1;
            found.keys.push(key_hash(&c.key));
            if let Some(parent) = &c.parent {
                found.parents.insert(key_hash(parent));
            }
            if found.comments.is_multiple_of(10_000) {
                progress.set(found.comments);
            }
        }
        if let Some(hand_over) = &mut hand_over {
            hand_over.push(item);
        }
    })?;
    if let Some(hand_over) = hand_over {
        hand_over.finish();
    }
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
    earlier: &[(u64, i64)],
) -> Step {
    let c = match item {
        Item::Thread(t) => return Step::Thread(t),
        Item::Skipped(reason) => return Step::Skipped(reason),
        Item::Comment(c) => c,
    };
    let hash = key_hash(&c.key);
    if earlier.binary_search_by_key(&hash, |&(h, _)| h).is_ok() {
        return Step::Already { thread: c.thread };
    }
    let markdown = match &c.body {
        Body::Html(html) => html::to_markdown(html),
        Body::Markdown(md) => md.clone(),
    };
    let mut state = c.state;
    let (text, html) = match CommentText::imported(&markdown).map(|t| {
        let html = t.render();
        (t, html)
    }) {
        Some((text, Ok(html))) if state != State::Deleted => (Some(text), html),
        // Nothing left to show (an image alone, a quote nested past the limit): a comment
        // with replies keeps its place as a placeholder, like a deleted one.
        _ => {
            if state == State::Published {
                state = State::Deleted;
            }
            (None, String::new())
        }
    };
    let verdict = text
        .as_ref()
        .filter(|_| state == State::Published)
        .map(|text| text.verdict(policy, words))
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
        body: text.map(CommentText::into_string).unwrap_or_default(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh SQLite database in a temporary folder, with the site `news`: the folder (kept
    /// while the database is used), the database's address, the database.
    async fn fresh_site() -> (tempfile::TempDir, String, Db) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let db = Db::connect(&url).await.expect("a database");
        sites::upsert_site(
            &db,
            "news",
            "News",
            "https://news.example",
            true,
            None,
            None,
        )
        .await
        .expect("a site");
        (dir, url, db)
    }

    /// An import of the Disqus fixture into `news`, its old addresses mapped to the site's.
    fn disqus_fixture(one_pass_bytes: u64) -> Options {
        Options {
            format: Format::Disqus,
            file: concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/import/disqus.xml"
            )
            .into(),
            site: "news".into(),
            map_url: vec!["http://old.news.example/=https://news.example/"
                .parse()
                .expect("a map")],
            base_url: None,
            dry_run: false,
            judge: false,
            one_pass_bytes,
        }
    }

    /// Imports the Disqus fixture twice into a fresh database; returns both summaries and
    /// the comments stored, as text.
    async fn import_twice(one_pass_bytes: u64) -> (String, String, String) {
        let (_dir, _, db) = fresh_site().await;
        let policy = Arc::new(Policy::default_rules().expect("the house rules"));
        let origin = "https://news.example";
        let first = run(&db, origin, policy.clone(), disqus_fixture(one_pass_bytes))
            .await
            .expect("an import");
        let again = run(&db, origin, policy, disqus_fixture(one_pass_bytes))
            .await
            .expect("an import again");
        let rows: Vec<String> = sqlx::query_scalar(
            "SELECT id || ' ' || page_id || ' ' || COALESCE(parent_id, '-') || ' '
                 || COALESCE(author_id, '-') || ' ' || status || ' ' || created_at || ' ' || body
             FROM comments ORDER BY id",
        )
        .fetch_all(&db.pool)
        .await
        .expect("the comments");
        (first.to_string(), again.to_string(), format!("{rows:?}"))
    }

    /// The comments' own indexes, by name.
    async fn comment_indexes(db: &Db) -> Vec<String> {
        sqlx::query_scalar(
            "SELECT name FROM sqlite_master
             WHERE type = 'index' AND tbl_name = 'comments' AND sql IS NOT NULL ORDER BY name",
        )
        .fetch_all(&db.pool)
        .await
        .expect("the indexes")
    }

    /// A first import into an empty comments table loads its rows without the table's
    /// indexes and builds them after; one cut short by a crash has them built again when the
    /// database is next opened.
    #[tokio::test]
    async fn a_first_import_builds_the_comment_indexes_after_its_rows() {
        let (_dir, url, db) = fresh_site().await;
        let indexes = comment_indexes(&db).await;
        assert!(indexes.len() >= 6, "{indexes:?}");
        let policy = Arc::new(Policy::default_rules().expect("the house rules"));
        let summary = run(
            &db,
            "https://news.example",
            policy,
            disqus_fixture(ONE_PASS_BYTES),
        )
        .await
        .expect("an import");
        assert!(
            !summary.to_string().contains(" 0 new comments"),
            "{summary}"
        );
        assert_eq!(comment_indexes(&db).await, indexes);
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deferred_indexes")
            .fetch_one(&db.pool)
            .await
            .expect("the deferred indexes");
        assert_eq!(left, 0);

        // A load that never built them again (the process killed halfway).
        assert_eq!(
            db.defer_indexes("comments").await.expect("deferred"),
            indexes.len()
        );
        assert!(comment_indexes(&db).await.is_empty());
        let reopened = Db::connect(&url).await.expect("the database again");
        assert_eq!(comment_indexes(&reopened).await, indexes);
    }

    /// A small file is read once and a large one twice: the same comments either way, and
    /// nothing new the second time.
    #[tokio::test]
    async fn read_once_or_twice_the_same_import() {
        let once = import_twice(ONE_PASS_BYTES).await;
        let twice = import_twice(0).await;
        assert!(!once.0.contains(" 0 new comments"), "{}", once.0);
        assert!(once.1.contains(" 0 new comments"), "{}", once.1);
        assert!(once.2.len() > 100, "{}", once.2);
        assert_eq!(once, twice);
    }
}
