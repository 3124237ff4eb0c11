//! `tribune export --site SITE`: the whole site in Tribune's export format (`jsonl.rs`,
//! `docs/export-format.md`), streamed table by table, so memory stays flat whatever the
//! site's size. Everything is read in one transaction, a consistent snapshot while the
//! server keeps running (repeatable read on PostgreSQL; SQLite's read transactions are
//! snapshots). These are the only queries outside a capability's own store: read-only,
//! over every capability's tables, for this one purpose.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use futures_util::TryStreamExt;
use sqlx::FromRow;

use super::jsonl::{Record, SiteRecord, FORMAT, VERSION};
use crate::db::{now_ms, rfc3339, Db, Engine};

/// How many records of each kind an export wrote.
#[derive(Debug, Default)]
pub struct Counts {
    pub pages: u64,
    pub readers: u64,
    pub comments: u64,
    pub votes: u64,
    pub bans: u64,
    pub log: u64,
    pub supporters: u64,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} pages, {} readers, {} comments, {} votes, {} bans, {} log entries, {} supporters",
            self.pages,
            self.readers,
            self.comments,
            self.votes,
            self.bans,
            self.log,
            self.supporters
        )
    }
}

fn time(ms: Option<i64>) -> Option<String> {
    ms.map(rfc3339)
}

#[derive(FromRow)]
struct PageRow {
    id: i64,
    url: String,
    title: Option<String>,
    closed_at: Option<i64>,
    created_at: i64,
}

#[derive(FromRow)]
struct ReaderRow {
    id: i64,
    name: String,
    email: Option<String>,
    created_at: i64,
}

#[derive(FromRow)]
struct CommentRow {
    id: i64,
    page_id: i64,
    parent_id: Option<i64>,
    author_id: Option<i64>,
    author_name: String,
    body: String,
    status: String,
    shadow: i64,
    verdict: Option<String>,
    queue_reason: Option<String>,
    refusal_reason: Option<String>,
    upvotes: i64,
    downvotes: i64,
    ip: Option<String>,
    created_at: i64,
    edited_at: Option<i64>,
    deleted_at: Option<i64>,
}

#[derive(FromRow)]
struct VoteRow {
    comment_id: i64,
    reader_id: i64,
    value: i64,
    created_at: i64,
}

#[derive(FromRow)]
struct BanRow {
    id: i64,
    reader_id: Option<i64>,
    ip: Option<String>,
    cidr: Option<String>,
    email: Option<String>,
    email_domain: Option<String>,
    kind: String,
    reason: String,
    until: Option<i64>,
    created_by: Option<i64>,
    created_at: i64,
    lifted_at: Option<i64>,
}

#[derive(FromRow)]
struct LogRow {
    id: i64,
    actor_id: Option<i64>,
    action: String,
    target: String,
    reason: String,
    evidence: Option<String>,
    created_at: i64,
}

#[derive(FromRow)]
struct SupporterRow {
    reader_id: i64,
    source: String,
    status: String,
    active_until: Option<i64>,
}

/// Exports the site to the file `out`, or to standard output. A file is written beside the
/// target and renamed at the end: an export that fails halfway leaves no file that looks
/// complete.
pub async fn to_file_or_stdout(db: &Db, site: &str, out: Option<&Path>) -> anyhow::Result<Counts> {
    let Some(path) = out else {
        let stdout = std::io::stdout();
        let mut writer = std::io::BufWriter::new(stdout.lock());
        return run(db, site, &mut writer).await;
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    let mut writer = std::io::BufWriter::new(file.as_file_mut());
    let counts = run(db, site, &mut writer).await?;
    writer
        .flush()
        .with_context(|| format!("cannot write {}", path.display()))?;
    drop(writer);
    file.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(counts)
}

/// Writes `site` to `out`, one record a line.
pub async fn run(db: &Db, site: &str, out: &mut dyn Write) -> anyhow::Result<Counts> {
    let site = crate::sites::store::site(db, site).await?;
    let mut tx = db.pool.begin().await?;
    if db.engine == Engine::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .execute(&mut *tx)
            .await?;
    }
    let mut counts = Counts::default();
    let line = |record: Record, out: &mut dyn Write| -> anyhow::Result<()> {
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
        Ok(())
    };
    line(
        Record::Header {
            format: FORMAT.to_owned(),
            version: VERSION,
            site: SiteRecord {
                id: site.id.clone(),
                name: site.name.clone(),
                origins: site.origins.clone(),
            },
            exported_at: rfc3339(now_ms()),
        },
        out,
    )?;
    let id = site.id.as_str();

    let mut rows = sqlx::query_as::<_, PageRow>(
        "SELECT id, url, title, closed_at, created_at FROM pages WHERE site_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(p) = rows.try_next().await? {
        counts.pages += 1;
        line(
            Record::Page {
                id: p.id,
                url: p.url,
                title: p.title,
                closed_at: time(p.closed_at),
                created_at: rfc3339(p.created_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, ReaderRow>(
        "SELECT id, name, email, created_at FROM readers WHERE deleted_at IS NULL AND id IN (
             SELECT c.author_id FROM comments c JOIN pages p ON p.id = c.page_id WHERE p.site_id = $1
             UNION SELECT v.reader_id FROM votes v JOIN comments c ON c.id = v.comment_id
                 JOIN pages p ON p.id = c.page_id WHERE p.site_id = $1
             UNION SELECT reader_id FROM roles WHERE site_id = $1
             UNION SELECT reader_id FROM supporters WHERE site_id = $1
             UNION SELECT reader_id FROM bans WHERE site_id = $1)
         ORDER BY id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(r) = rows.try_next().await? {
        counts.readers += 1;
        line(
            Record::Reader {
                id: r.id,
                name: r.name,
                email: r.email,
                created_at: rfc3339(r.created_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, CommentRow>(
        "SELECT c.id, c.page_id, c.parent_id, c.author_id, c.author_name, c.body, c.status, c.shadow,
                c.verdict, c.queue_reason, c.refusal_reason, c.upvotes, c.downvotes, c.ip,
                c.created_at, c.edited_at, c.deleted_at
         FROM comments c JOIN pages p ON p.id = c.page_id WHERE p.site_id = $1 ORDER BY c.id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(c) = rows.try_next().await? {
        counts.comments += 1;
        line(
            Record::Comment {
                id: c.id,
                page: c.page_id,
                parent: c.parent_id,
                author: c.author_id,
                author_name: c.author_name,
                body: c.body,
                status: c.status,
                shadow: c.shadow != 0,
                verdict: c.verdict.and_then(|v| serde_json::from_str(&v).ok()),
                queue_reason: c.queue_reason,
                refusal_reason: c.refusal_reason,
                upvotes: c.upvotes,
                downvotes: c.downvotes,
                ip: c.ip,
                created_at: rfc3339(c.created_at),
                edited_at: time(c.edited_at),
                deleted_at: time(c.deleted_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, VoteRow>(
        "SELECT v.comment_id, v.reader_id, v.value, v.created_at FROM votes v
         JOIN comments c ON c.id = v.comment_id JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 ORDER BY v.comment_id, v.reader_id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(v) = rows.try_next().await? {
        counts.votes += 1;
        line(
            Record::Vote {
                comment: v.comment_id,
                reader: v.reader_id,
                value: v.value,
                created_at: rfc3339(v.created_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, BanRow>(
        "SELECT id, reader_id, ip, cidr, email, email_domain, kind, reason, until, created_by,
                created_at, lifted_at
         FROM bans WHERE site_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(b) = rows.try_next().await? {
        counts.bans += 1;
        line(
            Record::Ban {
                id: b.id,
                reader: b.reader_id,
                ip: b.ip,
                cidr: b.cidr,
                email: b.email,
                email_domain: b.email_domain,
                kind: b.kind,
                reason: b.reason,
                until: time(b.until),
                created_by: b.created_by,
                created_at: rfc3339(b.created_at),
                lifted_at: time(b.lifted_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, LogRow>(
        "SELECT id, actor_id, action, target, reason, evidence, created_at
         FROM mod_log WHERE site_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(l) = rows.try_next().await? {
        counts.log += 1;
        line(
            Record::Log {
                id: l.id,
                actor: l.actor_id,
                action: l.action,
                target: l.target,
                reason: l.reason,
                evidence: l.evidence,
                created_at: rfc3339(l.created_at),
            },
            out,
        )?;
    }
    drop(rows);

    let mut rows = sqlx::query_as::<_, SupporterRow>(
        "SELECT reader_id, source, status, active_until FROM supporters WHERE site_id = $1
         ORDER BY reader_id",
    )
    .bind(id)
    .fetch(&mut *tx);
    while let Some(s) = rows.try_next().await? {
        counts.supporters += 1;
        line(
            Record::Supporter {
                reader: s.reader_id,
                source: s.source,
                status: s.status,
                active_until: time(s.active_until),
            },
            out,
        )?;
    }
    drop(rows);
    tx.commit().await?;
    out.flush()?;
    Ok(counts)
}
