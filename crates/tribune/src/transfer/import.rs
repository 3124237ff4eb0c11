//! `tribune import`: one pipeline for every format.
//!
//! 1. **Check** (`scan`): the whole file is read once without writing anything, so that a
//!    file malformed or cut short halfway is refused, with its position, before a single
//!    comment is stored. The pass also learns which comments have replies (a deleted comment
//!    without any is left out rather than shown as a placeholder) and which keys the file
//!    holds (a reply whose parent comes later waits for it; one whose parent is not in the
//!    file at all goes to the top of its thread).
//! 2. **Read and prepare**, on a thread of its own: each comment's HTML becomes Tribune's
//!    Markdown, which is rendered and sanitized exactly as a new comment's, and the house
//!    rules judge it.
//! 3. **Place and write**, here: threads become pages (after `--map-url` and the site's
//!    canonical-address rules), authors with an e-mail become readers (one per address),
//!    replies find their parents, and every batch of comments is one transaction, recorded
//!    in `imported_comments` under the old system's ids, so a second run, of the same file
//!    or of a newer export, adds only what is new.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use moderation::{Decision, Policy, Verdict};

use super::{html, store, Body, Format, Item, State, Thread};
use crate::comments::domain::{CommentStatus, CommentText};
use crate::comments::store::{self as comments, ImportedComment, Placed};
use crate::db::{Db, Engine};
use crate::sites::domain::{PageRules, PageUrl};
use crate::sites::store::{self as sites, SiteRow};

/// Where a dry run's made-up ids start: far above any real one.
const FAKE_IDS: i64 = 1 << 62;

/// Comments per transaction. Each batch dirties index pages all over the database (pages,
/// authors, addresses, parents): the larger the batch, the more of its rows share a page.
/// Measured on a million comments (docs/benchmarks.md): 5,000 took 74 s, 20,000 took 61 s.
/// A server writing to the same SQLite file waits for one batch, about a second.
const BATCH: usize = 20_000;

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

/// What an import did, or with `--dry-run` would do.
#[derive(Debug, Default)]
pub struct Summary {
    pub format: &'static str,
    pub dry_run: bool,
    pub judged: bool,
    /// Comments in the file.
    pub in_file: u64,
    /// Pages that received comments.
    pub pages: u64,
    /// New comments by the status they were stored with.
    pub stored: BTreeMap<&'static str, u64>,
    /// Comments an earlier import already brought.
    pub already: u64,
    /// Left out, by reason.
    pub skipped: BTreeMap<String, u64>,
    /// Replies whose parent is not in the file: placed at the top of their thread.
    pub reparented: u64,
    pub readers_created: u64,
    pub readers_matched: u64,
    /// Published comments the house rules would have held or refused.
    pub would_hold: u64,
    pub would_refuse: u64,
    /// New and already imported comments per page address (printed by a dry run).
    pub per_page: BTreeMap<String, (u64, u64)>,
}

impl Summary {
    pub fn new_comments(&self) -> u64 {
        self.stored.values().sum()
    }

    fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_owned()).or_default() += 1;
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.dry_run {
            writeln!(
                f,
                "Dry run: nothing was written. Per page, new / already imported:"
            )?;
            for (url, (new, already)) in &self.per_page {
                writeln!(f, "  {url}  {new} new, {already} already imported")?;
            }
        }
        let verb = if self.dry_run { "would be" } else { "were" };
        writeln!(f, "{} comments in the {} file.", self.in_file, self.format)?;
        let by_status: Vec<String> = self
            .stored
            .iter()
            .map(|(status, n)| format!("{n} {status}"))
            .collect();
        writeln!(
            f,
            "  {} new comments {verb} stored on {} pages ({})",
            self.new_comments(),
            self.pages,
            if by_status.is_empty() {
                "none".to_owned()
            } else {
                by_status.join(", ")
            }
        )?;
        writeln!(f, "  {} were already imported", self.already)?;
        writeln!(
            f,
            "  readers: {} {verb} created, {} matched existing accounts",
            self.readers_created, self.readers_matched
        )?;
        if self.reparented > 0 {
            writeln!(
                f,
                "  {} replies whose parent is not in the file {verb} placed at the top of their thread",
                self.reparented
            )?;
        }
        let skipped: u64 = self.skipped.values().sum();
        writeln!(f, "  {skipped} left out")?;
        for (reason, n) in &self.skipped {
            writeln!(f, "    {n}: {reason}")?;
        }
        if self.judged {
            writeln!(
                f,
                "  house rules: {} held and {} refused by them {verb} put in the moderation queue",
                self.would_hold, self.would_refuse
            )?;
        } else {
            writeln!(
                f,
                "  house rules: {} published comments would have been held and {} refused \
                 (kept as they were; --judge queues them for a moderator)",
                self.would_hold, self.would_refuse
            )?;
        }
        Ok(())
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
        // kernel). The writer's connection keeps 64 MB of them for the import.
        sqlx::query("PRAGMA cache_size = -65536")
            .execute(&db.writer)
            .await?;
    }
    let mut importer = Importer::new(db, &site, own_origin, &options, scan).await?;
    let earlier = Arc::new(importer.load_earlier_imports().await?);
    // 2. Read and prepare on another thread while 3. places and writes here.
    let words = match sites::word_lists(&site.banned_words, &site.suspect_words) {
        Ok(words) => Some(Arc::new(words)),
        Err(_) => None,
    };
    // Room for a whole batch: the next one is prepared while this one is written.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<Step>>(BATCH / 1000 + 2);
    let file = options.file.clone();
    let reader = tokio::task::spawn_blocking(move || {
        let mut chunk = Vec::with_capacity(1000);
        let result = format.read(&file, &mut |item| {
            chunk.push(prepare(item, &policy, words.as_deref(), &earlier));
            if chunk.len() == 1000 {
                // A closed channel means the writer stopped on an error, which it reports.
                let _ = tx.blocking_send(std::mem::replace(&mut chunk, Vec::with_capacity(1000)));
            }
        });
        let _ = tx.blocking_send(chunk);
        result
    });
    let progress = Progress::new("importing", Some(importer.summary.in_file));
    while let Some(chunk) = rx.recv().await {
        for step in chunk {
            importer.accept(step).await?;
        }
        progress.set(importer.seen);
    }
    reader.await??;
    importer.finish().await?;
    progress.finish();
    Ok(importer.summary)
}

/// What the check learnt of the file.
struct Scan {
    comments: u64,
    /// Every comment's key, for [`Known`].
    keys: Vec<u64>,
    /// The keys of comments that have replies.
    parents: HashSet<u64>,
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
fn key_hash(key: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

/// A comment ready to be placed: converted, rendered and judged.
struct Prepared {
    key: String,
    hash: u64,
    thread: String,
    parent: Option<u64>,
    name: String,
    email: Option<String>,
    ip: Option<String>,
    created_at: i64,
    body: String,
    html: String,
    state: State,
    verdict: Option<Verdict>,
    upvotes: i64,
    downvotes: i64,
}

enum Step {
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

/// Where a thread's comments go: a page address, or why they cannot be imported.
struct ThreadSlot {
    target: Result<String, String>,
    title: Option<String>,
}

/// What [`Known`] says of an old id: in the file and not placed yet (0), left out,
/// stored as comment `id` (> 0), or at `-(index + 1)` in the batch being written.
const NOT_YET: i64 = 0;
const LEFT_OUT: i64 = i64::MIN;
/// A parent the file names that is neither in it nor imported before.
const UNKNOWN: i64 = i64::MIN + 1;

/// Every old id of the file (and the parents it names), by hash, with where each went: two
/// sorted arrays, 16 bytes a comment, which is what keeps a million-comment import within
/// its memory budget (a hash map took 36 MB for the same). Where a stored parent is (its
/// root and page) is read back from the database when a reply needs it.
struct Known {
    keys: Vec<u64>,
    slots: Vec<i64>,
}

impl Known {
    fn new(mut keys: Vec<u64>, parents: &HashSet<u64>) -> Known {
        keys.sort_unstable();
        keys.dedup();
        let mut named: Vec<u64> = parents
            .iter()
            .copied()
            .filter(|p| keys.binary_search(p).is_err())
            .collect();
        let slots = keys
            .iter()
            .map(|_| NOT_YET)
            .chain(named.iter().map(|_| UNKNOWN));
        let slots: Vec<i64> = slots.collect();
        keys.append(&mut named);
        // Sorted together.
        let mut pairs: Vec<(u64, i64)> = keys.into_iter().zip(slots).collect();
        pairs.sort_unstable_by_key(|(k, _)| *k);
        let (keys, slots) = pairs.into_iter().unzip();
        Known { keys, slots }
    }

    fn get(&self, key: u64) -> Option<i64> {
        let i = self.keys.binary_search(&key).ok()?;
        Some(self.slots[i]).filter(|&v| v != UNKNOWN)
    }

    /// Records where a comment of the file (or a parent it names) is; other keys are not
    /// this import's business.
    fn set(&mut self, key: u64, slot: i64) {
        if let Ok(i) = self.keys.binary_search(&key) {
            self.slots[i] = slot;
        }
    }
}

/// Where a reply's parent is.
#[derive(Clone, Copy)]
enum Parent {
    Stored(i64),
    InBatch(usize),
}

struct Waiting {
    comment: Box<Prepared>,
}

struct Importer<'a> {
    db: &'a Db,
    site: &'a SiteRow,
    source: &'static str,
    own_origin: String,
    base_url: Option<String>,
    maps: Vec<UrlMap>,
    dry_run: bool,
    judge: bool,
    /// Comments with replies (from the check).
    parents: HashSet<u64>,
    threads: HashMap<String, ThreadSlot>,
    pages: HashMap<String, i64>,
    known: Known,
    waiting: HashMap<u64, Vec<Waiting>>,
    readers: HashMap<String, i64>,
    batch: Vec<Prepared>,
    batch_parents: Vec<Option<Parent>>,
    /// Ids handed out by a dry run, which stores nothing.
    fake_ids: i64,
    seen: u64,
    summary: Summary,
}

impl<'a> Importer<'a> {
    async fn new(
        db: &'a Db,
        site: &'a SiteRow,
        own_origin: &str,
        options: &Options,
        scan: Scan,
    ) -> anyhow::Result<Importer<'a>> {
        let base_url = options.base_url.clone().or_else(|| {
            site.origins
                .split_whitespace()
                .find(|o| *o != "*")
                .map(str::to_owned)
        });
        Ok(Importer {
            db,
            site,
            source: options.format.as_str(),
            own_origin: own_origin.to_owned(),
            base_url,
            maps: options.map_url.clone(),
            dry_run: options.dry_run,
            judge: options.judge,
            summary: Summary {
                format: options.format.as_str(),
                dry_run: options.dry_run,
                judged: options.judge,
                in_file: scan.comments,
                ..Summary::default()
            },
            known: Known::new(scan.keys, &scan.parents),
            parents: scan.parents,
            threads: HashMap::new(),
            pages: HashMap::new(),
            waiting: HashMap::new(),
            readers: HashMap::new(),
            batch: Vec::with_capacity(BATCH),
            batch_parents: Vec::with_capacity(BATCH),
            fake_ids: FAKE_IDS,
            seen: 0,
        })
    }

    /// The comments earlier imports of this format brought to this site; returns the ones the
    /// file holds, sorted, for the reader to pass over without preparing them again.
    async fn load_earlier_imports(&mut self) -> anyhow::Result<Vec<u64>> {
        let mut again = Vec::new();
        for (key, id) in store::imported(self.db, &self.site.id, self.source).await? {
            let hash = key_hash(&key);
            if self.known.get(hash) == Some(NOT_YET) {
                again.push(hash);
            }
            self.known.set(hash, id);
        }
        again.sort_unstable();
        Ok(again)
    }

    /// The page address of a thread: mapped, placed on the site when relative, canonical.
    fn target(&self, raw: &str) -> Result<String, String> {
        let mut url = raw.trim().to_owned();
        if url.is_empty() {
            return Err("its thread has no address".into());
        }
        if let Some(map) = self.maps.iter().find(|m| url.starts_with(&m.from)) {
            url = format!("{}{}", map.to, &url[map.from.len()..]);
        }
        if url.starts_with('/') {
            let Some(base) = &self.base_url else {
                return Err(
                    "its thread's address is a path and the site has no origin (use --base-url)"
                        .into(),
                );
            };
            url = format!("{}{url}", base.trim_end_matches('/'));
        }
        let rules = PageRules {
            origins: &self.site.origins,
            own: &self.own_origin,
            params: self.site.page_params.as_deref(),
        };
        PageUrl::canonical(&url, &rules)
            .map(PageUrl::into_string)
            .map_err(|_| {
                "its thread's address is not on the site's origins (add --map-url OLD=NEW)"
                    .to_owned()
            })
    }

    async fn accept(&mut self, step: Step) -> anyhow::Result<()> {
        match step {
            Step::Thread(thread) => {
                let target = self.target(&thread.url);
                self.threads.entry(thread.key).or_insert(ThreadSlot {
                    target,
                    title: thread.title,
                });
            }
            Step::Skipped(reason) => self.summary.skip(reason),
            Step::Already { thread } => {
                self.seen += 1;
                self.summary.already += 1;
                if let Some(Ok(url)) = self.threads.get(&thread).map(|t| &t.target) {
                    self.summary.per_page.entry(url.clone()).or_default().1 += 1;
                }
            }
            Step::Comment(comment) => {
                self.seen += 1;
                self.place(comment).await?;
            }
        }
        Ok(())
    }

    /// Places a comment, and then the replies that were waiting for it.
    async fn place(&mut self, comment: Box<Prepared>) -> anyhow::Result<()> {
        let mut ready = vec![comment];
        while let Some(c) = ready.pop() {
            if !matches!(self.known.get(c.hash), None | Some(NOT_YET)) {
                self.summary.already += 1;
                if let Some(Ok(url)) = self.threads.get(&c.thread).map(|t| &t.target) {
                    self.summary.per_page.entry(url.clone()).or_default().1 += 1;
                }
                continue;
            }
            let url = match self.threads.get(&c.thread).map(|t| &t.target) {
                None => Err("its thread is not in the file (an orphan)".to_owned()),
                Some(target) => target.clone(),
            };
            let url = match url {
                Ok(url) => url,
                Err(reason) => {
                    self.summary.skip(&reason);
                    self.leave_out(c.hash);
                    continue;
                }
            };
            if c.state == State::Deleted && !self.parents.contains(&c.hash) {
                self.summary.skip("deleted, without replies");
                self.leave_out(c.hash);
                continue;
            }
            let parent = match c.parent.map(|p| (p, self.known.get(p))) {
                None => None,
                Some((_, Some(LEFT_OUT))) => {
                    self.summary.skip("its parent was left out");
                    self.leave_out(c.hash);
                    continue;
                }
                Some((p, Some(NOT_YET))) => {
                    // Its parent comes later in the file.
                    self.waiting
                        .entry(p)
                        .or_default()
                        .push(Waiting { comment: c });
                    continue;
                }
                Some((_, Some(id))) if id > 0 => Some(Parent::Stored(id)),
                Some((_, Some(slot))) => Some(Parent::InBatch((-slot - 1) as usize)),
                Some((_, None)) => {
                    self.summary.reparented += 1;
                    None
                }
            };
            self.summary.per_page.entry(url).or_default().0 += 1;
            let hash = c.hash;
            self.known.set(hash, -(self.batch.len() as i64) - 1);
            self.batch.push(*c);
            self.batch_parents.push(parent);
            if let Some(children) = self.waiting.remove(&hash) {
                ready.extend(children.into_iter().map(|w| w.comment));
            }
            if self.batch.len() >= BATCH {
                self.flush().await?;
            }
        }
        Ok(())
    }

    /// A comment is left out, and so are the replies waiting for it.
    fn leave_out(&mut self, hash: u64) {
        self.known.set(hash, LEFT_OUT);
        let mut stack = vec![hash];
        while let Some(h) = stack.pop() {
            for w in self.waiting.remove(&h).unwrap_or_default() {
                self.summary.skip("its parent was left out");
                self.known.set(w.comment.hash, LEFT_OUT);
                stack.push(w.comment.hash);
            }
        }
    }

    async fn finish(&mut self) -> anyhow::Result<()> {
        // Replies still waiting name a parent that never came (a cycle of parents, or one
        // left out): they go to the top of their thread.
        let orphans: Vec<Box<Prepared>> = self
            .waiting
            .drain()
            .flat_map(|(_, w)| w.into_iter().map(|w| w.comment))
            .collect();
        for mut c in orphans {
            c.parent = None;
            self.summary.reparented += 1;
            self.place(c).await?;
        }
        self.flush().await
    }

    /// The status a comment is stored with, and why when it is not published.
    fn status(&mut self, c: &Prepared) -> (CommentStatus, Option<String>, Option<String>) {
        match c.state {
            State::Published => match &c.verdict {
                Some(v) => {
                    if v.decision == Decision::Refuse {
                        self.summary.would_refuse += 1;
                    } else {
                        self.summary.would_hold += 1;
                    }
                    if self.judge {
                        let rule = v.main_reason().map_or("held", |r| r.rule.as_str());
                        (
                            CommentStatus::Pending,
                            Some(format!("house rules: {rule} (on import)")),
                            None,
                        )
                    } else {
                        (CommentStatus::Visible, None, None)
                    }
                }
                None => (CommentStatus::Visible, None, None),
            },
            State::Deleted => (CommentStatus::Deleted, None, None),
            State::Pending => (
                CommentStatus::Pending,
                Some(format!("awaiting approval in {}", self.source)),
                None,
            ),
            State::Refused(word) => (
                CommentStatus::Rejected,
                None,
                Some(format!("{word} in {}", self.source)),
            ),
        }
    }

    /// Writes the batch in one transaction (or, in a dry run, counts it).
    async fn flush(&mut self) -> anyhow::Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let mut batch = std::mem::take(&mut self.batch);
        let parents = std::mem::take(&mut self.batch_parents);
        let mut tx = if self.dry_run {
            None
        } else {
            Some(self.db.writer.begin().await?)
        };
        // Pages, first: on SQLite the first write takes the database's write lock, which
        // keeps the ids reserved below this transaction's own.
        let mut page_of = Vec::with_capacity(batch.len());
        for c in &batch {
            let slot = &self.threads[&c.thread];
            let url = slot.target.clone().unwrap_or_default();
            let page = match self.pages.get(&url) {
                Some(page) => *page,
                None => {
                    let page = match tx.as_mut() {
                        Some(tx) => {
                            sites::open_imported_page(
                                tx,
                                &self.site.id,
                                &url,
                                slot.title.as_deref(),
                            )
                            .await?
                        }
                        None => match sites::page(self.db, &self.site.id, &url).await? {
                            Some(page) => page.id,
                            None => self.fake_id(),
                        },
                    };
                    self.summary.pages += 1;
                    self.pages.insert(url, page);
                    page
                }
            };
            page_of.push(page);
        }
        // Authors: the addresses this batch is the first to name become readers, in bulk.
        let mut new_readers: Vec<crate::auth::store::ImportedReader> = Vec::new();
        let mut named = HashSet::new();
        for c in &batch {
            if let Some(email) = &c.email {
                if !self.readers.contains_key(email) && named.insert(email.as_str()) {
                    new_readers.push(crate::auth::store::ImportedReader {
                        email,
                        name: &c.name,
                        created_at: c.created_at,
                    });
                }
            }
        }
        let found = match tx.as_mut() {
            Some(tx) => {
                crate::auth::store::import_readers(self.db, tx, &self.site.id, &new_readers).await?
            }
            None => {
                let mut found = Vec::with_capacity(new_readers.len());
                for r in &new_readers {
                    found.push(
                        match crate::auth::store::reader_by_email(self.db, r.email).await? {
                            Some(reader) => (r.email.to_owned(), reader.id, false),
                            None => (r.email.to_owned(), self.fake_id(), true),
                        },
                    );
                }
                found
            }
        };
        for (email, id, created) in found {
            if created {
                self.summary.readers_created += 1;
            } else {
                self.summary.readers_matched += 1;
            }
            self.readers.insert(email, id);
        }
        let author_of: Vec<Option<i64>> = batch
            .iter()
            .map(|c| c.email.as_ref().and_then(|e| self.readers.get(e).copied()))
            .collect();
        // Where the stored parents are (a dry run's own are not in the database: they are
        // taken to be where their replies are).
        let stored: Vec<i64> = parents
            .iter()
            .filter_map(|p| match p {
                Some(Parent::Stored(id)) if *id < FAKE_IDS => Some(*id),
                _ => None,
            })
            .collect::<HashSet<i64>>()
            .into_iter()
            .collect();
        let located: HashMap<i64, Placed> = comments::placed(self.db, &stored)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let ids = match tx.as_mut() {
            Some(tx) => comments::reserve_ids(self.db, tx, batch.len()).await?,
            None => (0..batch.len()).map(|_| self.fake_id()).collect(),
        };
        let mut rows: Vec<ImportedComment> = Vec::with_capacity(batch.len());
        for (i, c) in batch.iter_mut().enumerate() {
            let page_id = page_of[i];
            let parent = match parents[i] {
                None => None,
                Some(Parent::Stored(id)) => Some(located.get(&id).copied().unwrap_or(Placed {
                    id,
                    root_id: None,
                    page_id,
                })),
                Some(Parent::InBatch(j)) => Some(Placed {
                    id: rows[j].id,
                    root_id: rows[j].root_id,
                    page_id: rows[j].page_id,
                }),
            };
            // A reply stays beside its parent: one whose parent went to another page (two
            // old threads that are now one page do not count) starts its own thread.
            let parent = parent.filter(|p| {
                let same = p.page_id == page_id;
                if !same {
                    self.summary.reparented += 1;
                }
                same
            });
            let (status, queue_reason, refusal_reason) = self.status(c);
            *self.summary.stored.entry(status.as_str()).or_default() += 1;
            let deleted = status == CommentStatus::Deleted;
            rows.push(ImportedComment {
                id: ids[i],
                page_id,
                parent_id: parent.map(|p| p.id),
                root_id: parent.map(|p| p.root_id.unwrap_or(p.id)),
                author_id: author_of[i],
                author_name: std::mem::take(&mut c.name),
                body: if deleted {
                    String::new()
                } else {
                    c.body.clone()
                },
                html: if deleted {
                    String::new()
                } else {
                    c.html.clone()
                },
                status,
                verdict: match (&c.verdict, self.judge) {
                    (Some(v), true) => Some(serde_json::to_string(v)?),
                    _ => None,
                },
                queue_reason,
                refusal_reason,
                upvotes: c.upvotes,
                downvotes: c.downvotes,
                ip: c.ip.take(),
                created_at: c.created_at,
                deleted_at: deleted.then_some(c.created_at),
            });
        }
        if let Some(mut tx) = tx {
            comments::insert_imported(self.db, &mut tx, &rows).await?;
            let keys: Vec<(&str, i64)> = batch
                .iter()
                .zip(&rows)
                .map(|(c, r)| (c.key.as_str(), r.id))
                .collect();
            store::record(self.db, &mut tx, &self.site.id, self.source, &keys).await?;
            tx.commit().await?;
        }
        for (c, r) in batch.iter().zip(&rows) {
            self.known.set(c.hash, r.id);
        }
        Ok(())
    }

    fn fake_id(&mut self) -> i64 {
        self.fake_ids += 1;
        self.fake_ids
    }
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
