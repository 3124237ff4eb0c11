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
use crate::db::Db;
use crate::sites::domain::{PageRules, PageUrl};
use crate::sites::store::{self as sites, SiteRow};

/// Comments per transaction: large enough that a million take a few hundred commits, small
/// enough that a server writing to the same SQLite file waits well under a second.
const BATCH: usize = 5000;

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
    let mut importer = Importer::new(db, &site, own_origin, &options, scan).await?;
    importer.load_earlier_imports().await?;
    // 2. Read and prepare on another thread while 3. places and writes here.
    let words = match sites::word_lists(&site.banned_words, &site.suspect_words) {
        Ok(words) => Some(Arc::new(words)),
        Err(_) => None,
    };
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<Step>>(8);
    let file = options.file.clone();
    let reader = tokio::task::spawn_blocking(move || {
        let mut chunk = Vec::with_capacity(1000);
        let result = format.read(&file, &mut |item| {
            chunk.push(prepare(item, &policy, words.as_deref()));
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
    keys: HashSet<u64>,
    parents: HashSet<u64>,
}

fn scan(
    format: Format,
    file: &std::path::Path,
    progress: &Progress,
) -> Result<Scan, super::SourceError> {
    let mut found = Scan {
        comments: 0,
        keys: HashSet::new(),
        parents: HashSet::new(),
    };
    format.read(file, &mut |item| {
        if let Item::Comment(c) = item {
            found.comments += 1;
            found.keys.insert(key_hash(&c.key));
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
    Skipped(&'static str),
}

fn prepare(item: Item, policy: &Policy, words: Option<&moderation::rules::WordLists>) -> Step {
    let c = match item {
        Item::Thread(t) => return Step::Thread(t),
        Item::Skipped(reason) => return Step::Skipped(reason),
        Item::Comment(c) => c,
    };
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
        hash: key_hash(&c.key),
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

/// Where a comment of this import is: stored, or in the batch being written (its index).
#[derive(Clone, Copy)]
enum Slot {
    Stored(Placed),
    Batch(usize),
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
    scan: Scan,
    threads: HashMap<String, ThreadSlot>,
    pages: HashMap<String, i64>,
    placed: HashMap<u64, Slot>,
    waiting: HashMap<u64, Vec<Waiting>>,
    readers: HashMap<String, i64>,
    batch: Vec<Prepared>,
    batch_parents: Vec<Option<Slot>>,
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
            scan,
            threads: HashMap::new(),
            pages: HashMap::new(),
            placed: HashMap::new(),
            waiting: HashMap::new(),
            readers: HashMap::new(),
            batch: Vec::with_capacity(BATCH),
            batch_parents: Vec::with_capacity(BATCH),
            fake_ids: 0,
            seen: 0,
        })
    }

    /// The comments earlier imports of this format brought to this site, and where they are.
    async fn load_earlier_imports(&mut self) -> anyhow::Result<()> {
        let earlier = store::imported(self.db, &self.site.id, self.source).await?;
        for chunk in earlier.chunks(1000) {
            let ids: Vec<i64> = chunk.iter().map(|(_, id)| *id).collect();
            let found: HashMap<i64, Placed> = comments::placed(self.db, &ids)
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect();
            for (key, id) in chunk {
                if let Some(p) = found.get(id) {
                    self.placed.insert(key_hash(key), Slot::Stored(*p));
                }
            }
        }
        Ok(())
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
            if self.placed.contains_key(&c.hash) {
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
                    self.skip_waiting_on(c.hash);
                    continue;
                }
            };
            if c.state == State::Deleted && !self.scan.parents.contains(&c.hash) {
                self.summary.skip("deleted, without replies");
                continue;
            }
            let parent = match c.parent {
                None => None,
                Some(p) => match self.placed.get(&p) {
                    Some(slot) => Some(*slot),
                    None if self.scan.keys.contains(&p) => {
                        // Its parent comes later in the file.
                        self.waiting
                            .entry(p)
                            .or_default()
                            .push(Waiting { comment: c });
                        continue;
                    }
                    None => {
                        self.summary.reparented += 1;
                        None
                    }
                },
            };
            self.summary.per_page.entry(url).or_default().0 += 1;
            let hash = c.hash;
            self.placed.insert(hash, Slot::Batch(self.batch.len()));
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

    /// Replies to a comment that was left out are left out with it.
    fn skip_waiting_on(&mut self, hash: u64) {
        let mut stack = vec![hash];
        while let Some(h) = stack.pop() {
            for w in self.waiting.remove(&h).unwrap_or_default() {
                self.summary.skip("its parent was left out");
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
        let batch = std::mem::take(&mut self.batch);
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
        let mut author_of = Vec::with_capacity(batch.len());
        for c in &batch {
            let Some(email) = &c.email else {
                author_of.push(None);
                continue;
            };
            let id = match self.readers.get(email) {
                Some(id) => *id,
                None => {
                    let (id, created) = match tx.as_mut() {
                        Some(tx) => {
                            crate::auth::store::import_reader(
                                tx,
                                &self.site.id,
                                email,
                                &c.name,
                                c.created_at,
                            )
                            .await?
                        }
                        None => match crate::auth::store::reader_by_email(self.db, email).await? {
                            Some(reader) => (reader.id, false),
                            None => (self.fake_id(), true),
                        },
                    };
                    if created {
                        self.summary.readers_created += 1;
                    } else {
                        self.summary.readers_matched += 1;
                    }
                    self.readers.insert(email.clone(), id);
                    id
                }
            };
            author_of.push(Some(id));
        }
        let ids = match tx.as_mut() {
            Some(tx) => comments::reserve_ids(self.db, tx, batch.len()).await?,
            None => (0..batch.len()).map(|_| self.fake_id()).collect(),
        };
        let mut rows: Vec<ImportedComment> = Vec::with_capacity(batch.len());
        for (i, c) in batch.iter().enumerate() {
            let page_id = page_of[i];
            let parent = match parents[i] {
                None => None,
                Some(Slot::Stored(p)) => Some(p),
                Some(Slot::Batch(j)) => Some(Placed {
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
                author_name: c.name.clone(),
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
                ip: c.ip.clone(),
                created_at: c.created_at,
                deleted_at: deleted.then_some(c.created_at),
            });
        }
        if let Some(mut tx) = tx {
            comments::insert_imported(&mut tx, &rows).await?;
            let keys: Vec<(&str, i64)> = batch
                .iter()
                .zip(&rows)
                .map(|(c, r)| (c.key.as_str(), r.id))
                .collect();
            store::record(&mut tx, &self.site.id, self.source, &keys).await?;
            tx.commit().await?;
        }
        for (c, r) in batch.iter().zip(&rows) {
            self.placed.insert(
                c.hash,
                Slot::Stored(Placed {
                    id: r.id,
                    root_id: r.root_id,
                    page_id: r.page_id,
                }),
            );
        }
        Ok(())
    }

    fn fake_id(&mut self) -> i64 {
        self.fake_ids -= 1;
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
