//! Placing imported comments (step 3 of `import.rs`): threads become pages, authors readers,
//! replies find their parents (waiting for ones later in the file), and each batch is written
//! in one transaction, recorded under the old ids. A dry run goes through the same steps and
//! writes nothing.

use std::collections::{HashMap, HashSet};

use moderation::Decision;

use super::import::{Options, Prepared, Scan, Step, UrlMap, BATCH, FAKE_IDS};
use super::summary::Summary;
use super::{store, State};
use crate::comments::domain::CommentStatus;
use crate::comments::store::{self as comments, ImportedComment, Placed};
use crate::db::Db;
use crate::sites::domain::{PageRules, PageUrl};
use crate::sites::store::{self as sites, SiteRow};

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

pub(super) struct Importer<'a> {
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
    /// Comments per transaction: [`BATCH`], or a quarter of a smaller file.
    batch_size: usize,
    batch_parents: Vec<Option<Parent>>,
    /// Ids handed out by a dry run, which stores nothing.
    fake_ids: i64,
    pub(super) seen: u64,
    pub(super) summary: Summary,
}

impl<'a> Importer<'a> {
    pub(super) async fn new(
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
        let batch_size = (scan.comments as usize / 4).clamp(1000, BATCH);
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
            batch: Vec::with_capacity(batch_size),
            batch_size,
            batch_parents: Vec::with_capacity(batch_size),
            fake_ids: FAKE_IDS,
            seen: 0,
        })
    }

    /// Where the comments earlier imports of this format brought to this site went, as
    /// `(hash of the old id, comment id)`.
    pub(super) fn note_earlier_imports(&mut self, earlier: &[(u64, i64)]) {
        for &(hash, id) in earlier {
            self.known.set(hash, id);
        }
    }

    /// The page address of a thread: mapped, placed on the site when relative, canonical.
    fn target(&self, raw: &str) -> Result<String, String> {
        let mut url = raw.trim().to_owned();
        if url.is_empty() {
            return Err("its thread has no address".into());
        }
        if let Some(mapped) = self.maps.iter().find_map(|m| m.rewrite(&url)) {
            url = mapped;
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

    pub(super) async fn accept(&mut self, step: Step) -> anyhow::Result<()> {
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
                self.count_on_page(&thread, false);
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
                self.count_on_page(&c.thread, false);
                continue;
            }
            let unplaceable = match self.threads.get(&c.thread).map(|t| &t.target) {
                None => Some("its thread is not in the file (an orphan)".to_owned()),
                Some(Err(reason)) => Some(reason.clone()),
                Some(Ok(_)) => None,
            };
            if let Some(reason) = unplaceable {
                self.summary.skip(&reason);
                self.leave_out(c.hash);
                continue;
            }
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
            self.count_on_page(&c.thread, true);
            let hash = c.hash;
            self.known.set(hash, -(self.batch.len() as i64) - 1);
            self.batch.push(*c);
            self.batch_parents.push(parent);
            if let Some(children) = self.waiting.remove(&hash) {
                ready.extend(children.into_iter().map(|w| w.comment));
            }
            if self.batch.len() >= self.batch_size {
                self.flush().await?;
            }
        }
        Ok(())
    }

    /// Counts a new or already imported comment on its page, for the dry run's table (a real
    /// run prints totals only, and keeps no per-page counts).
    fn count_on_page(&mut self, thread: &str, new: bool) {
        if !self.dry_run {
            return;
        }
        if let Some(Ok(url)) = self.threads.get(thread).map(|t| &t.target) {
            let (fresh, already) = self.summary.per_page.entry(url.clone()).or_default();
            *if new { fresh } else { already } += 1;
        }
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

    pub(super) async fn finish(&mut self) -> anyhow::Result<()> {
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
        // keeps the ids reserved below this transaction's own. A thread's first comment opens
        // its page, which another old thread may share.
        let mut wanted: Vec<(String, Option<String>)> = Vec::new();
        let mut asked = HashSet::new();
        for c in &batch {
            let slot = &self.threads[&c.thread];
            let url = slot.target.as_deref().unwrap_or_default();
            if !self.pages.contains_key(url) && asked.insert(url) {
                wanted.push((url.to_owned(), slot.title.clone()));
            }
        }
        let opened = match tx.as_mut() {
            Some(tx) => sites::open_imported_pages(self.db, tx, &self.site.id, &wanted).await?,
            None => {
                let mut opened = Vec::with_capacity(wanted.len());
                for (url, _) in wanted {
                    let page = match sites::page(self.db, &self.site.id, &url).await? {
                        Some(page) => page.id,
                        None => self.fake_id(),
                    };
                    opened.push((url, page));
                }
                opened
            }
        };
        self.summary.pages += opened.len() as u64;
        self.pages.extend(opened);
        // Every comment's page is open now (a placed comment's thread has an address).
        let page_of: Vec<i64> = batch
            .iter()
            .map(|c| {
                self.pages[self.threads[&c.thread]
                    .target
                    .as_deref()
                    .unwrap_or_default()]
            })
            .collect();
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
                // Moved, not copied: the batch keeps only the old ids from here on.
                body: if deleted {
                    String::new()
                } else {
                    std::mem::take(&mut c.body)
                },
                html: if deleted {
                    String::new()
                } else {
                    std::mem::take(&mut c.html)
                },
                status,
                verdict: match (&c.verdict, self.judge) {
                    (Some(v), true) => Some(serde_json::to_string(v)?),
                    _ => None,
                },
                risk: match (&c.verdict, status) {
                    (Some(v), CommentStatus::Pending) => crate::comments::placement::max_score(v),
                    _ => 0.0,
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
