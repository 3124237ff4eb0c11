//! The database: SQLite (the embedded default, one file, WAL) or PostgreSQL (several
//! stateless instances on one database). Both are reached through sqlx's `Any` driver with
//! portable SQL (`$1` placeholders, `RETURNING`, `ON CONFLICT`), so each capability's
//! `store.rs` is written once; the two engines differ only in their migrations, which are
//! embedded in the binary and run at start-up.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    /// For reads.
    pub pool: AnyPool,
    /// For writes. On SQLite a single connection: SQLite takes one writer at a time, and
    /// writers queued here (first come, first served) wait far less than writers retrying on
    /// SQLite's busy handler, whose back-off sleeps made the p99 of writes ~80 ms at eight
    /// concurrent writers. On PostgreSQL the same pool as reads.
    pub writer: AnyPool,
    pub engine: Engine,
}

/// Milliseconds since the Unix epoch: the representation of every time in the database.
pub fn now_ms() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp_nanos() as i64 / 1_000_000
}

/// A stored time as RFC 3339, for the API.
pub fn rfc3339(ms: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A time to the minute for people to read, in UTC: `2026-11-25 21:55`.
pub fn minute(ms: i64) -> String {
    rfc3339(ms).get(..16).unwrap_or("").replace('T', " ")
}

/// The inverse of [`rfc3339`]: an RFC 3339 time as milliseconds since the epoch.
pub fn parse_rfc3339(raw: &str) -> Option<i64> {
    time::OffsetDateTime::parse(raw.trim(), &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
}

impl Db {
    /// Connects, creating the SQLite file and its folder when needed, and runs the
    /// migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else {
            anyhow::bail!("database_url must start with sqlite:// or postgres:// (got {url:?})");
        };
        let url = match engine {
            Engine::Sqlite => prepare_sqlite(url)?,
            Engine::Postgres => url.to_owned(),
        };
        let options = AnyConnectOptions::from_str(&url)
            .with_context(|| format!("bad database_url {url:?}"))?;
        probe(engine, &options, &redact(&url)).await?;
        let readers = if engine == Engine::Sqlite { 8 } else { 16 };
        let pool = Self::pool(engine, readers, options.clone())
            .await
            .with_context(|| format!("cannot connect to the database at {}", redact(&url)))?;
        let writer = match engine {
            Engine::Sqlite => Self::pool(engine, 1, options).await?,
            Engine::Postgres => pool.clone(),
        };
        let db = Db {
            pool,
            writer,
            engine,
        };
        db.migrate().await?;
        db.restore_deferred_indexes().await?;
        Ok(db)
    }

    /// Drops `table`'s own indexes (not those of its constraints) for a bulk load into it,
    /// remembering them in `deferred_indexes`; SQLite only. Rows go in far faster with no
    /// index to keep up, and an index is built faster at once than row by row: a million
    /// imported comments took 56 s with their six indexes, 29 s without them and 4 s to build
    /// them after (docs/benchmarks.md). [`Db::restore_deferred_indexes`] builds them again;
    /// `connect` runs it too, so that a load cut short by a crash leaves none missing.
    pub async fn defer_indexes(&self, table: &str) -> anyhow::Result<usize> {
        anyhow::ensure!(
            self.engine == Engine::Sqlite,
            "indexes are deferred on SQLite only"
        );
        let mut tx = self.writer.begin().await?;
        let indexes: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master
             WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL",
        )
        .bind(table)
        .fetch_all(&mut *tx)
        .await?;
        for (name, sql) in &indexes {
            sqlx::query(
                "INSERT INTO deferred_indexes (name, sql) VALUES ($1, $2)
                 ON CONFLICT (name) DO NOTHING",
            )
            .bind(name)
            .bind(sql)
            .execute(&mut *tx)
            .await?;
            let drop = format!("DROP INDEX \"{}\"", name.replace('"', "\"\""));
            sqlx::query(&drop).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(indexes.len())
    }

    /// Builds again the indexes [`Db::defer_indexes`] dropped, each in a transaction of its
    /// own with the record of it.
    pub async fn restore_deferred_indexes(&self) -> anyhow::Result<()> {
        if self.engine != Engine::Sqlite {
            return Ok(());
        }
        let deferred: Vec<(String, String)> =
            sqlx::query_as("SELECT name, sql FROM deferred_indexes ORDER BY name")
                .fetch_all(&self.writer)
                .await?;
        for (name, sql) in &deferred {
            let mut tx = self.writer.begin().await?;
            let built: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = $1",
            )
            .bind(name)
            .fetch_one(&mut *tx)
            .await?;
            if built == 0 {
                sqlx::query(sql)
                    .execute(&mut *tx)
                    .await
                    .with_context(|| format!("building the index {name} again"))?;
            }
            sqlx::query("DELETE FROM deferred_indexes WHERE name = $1")
                .bind(name)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    async fn pool(
        engine: Engine,
        size: u32,
        options: AnyConnectOptions,
    ) -> Result<AnyPool, sqlx::Error> {
        let local = engine == Engine::Sqlite;
        AnyPoolOptions::new()
            .max_connections(size)
            // A SQLite connection is a local file: it needs no reaping when idle or old, and
            // without an idle timeout or a lifetime sqlx starts no maintenance task, whose
            // sweep can spin a core forever at exit when its idle count wraps below zero (sqlx
            // 0.8.6; seen as `tribune admin` hanging after an error in the test suite).
            .idle_timeout((!local).then_some(Duration::from_secs(600)))
            .max_lifetime((!local).then_some(Duration::from_secs(1800)))
            // A SQLite connection is a local file that cannot drop: skip the ping that would
            // otherwise cost each query an extra round trip to its worker thread.
            .test_before_acquire(engine == Engine::Postgres)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        // WAL lets readers run beside the writer; NORMAL sync in WAL mode keeps
                        // every committed write through a crash of the process (kill -9), and
                        // only risks the last transactions on a power loss.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.engine {
            Engine::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.writer)
                    .await
            }
            Engine::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.writer)
                    .await
            }
        }
        .context("running database migrations")
    }

    /// Takes the lease `name` for `holder` until `ttl` from now, or renews it when `holder`
    /// has it already. False when another holder's lease has not run out: that instance does
    /// the chore. One statement, so two instances asking at once cannot both get it.
    pub async fn hold_lease(
        &self,
        name: &str,
        holder: &str,
        ttl: Duration,
    ) -> Result<bool, sqlx::Error> {
        let now = now_ms();
        let done = sqlx::query(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= $4",
        )
        .bind(name)
        .bind(holder)
        .bind(now + ttl.as_millis() as i64)
        .bind(now)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

/// Makes sure the SQLite file's folder exists and that the file is created if missing.
fn prepare_sqlite(url: &str) -> anyhow::Result<String> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = rest.split('?').next().unwrap_or(rest);
    if path != ":memory:" && !path.is_empty() {
        if let Some(dir) = Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        }
    }
    Ok(if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

/// The URL without its password, for messages.
/// One connection made before the pools, so that a failure is told at once with its cause:
/// the pools retry until their 10-second timeout and then say only "pool timed out" (#17).
/// On SQLite it also writes and rolls back, since a read-only file, folder or disk opens fine
/// and fails only at the first write.
async fn probe(engine: Engine, options: &AnyConnectOptions, shown: &str) -> anyhow::Result<()> {
    let attempt = async {
        let mut conn = AnyConnection::connect_with(options).await?;
        if engine == Engine::Sqlite {
            conn.execute("BEGIN; CREATE TABLE _tribune_write_probe (x INTEGER); ROLLBACK;")
                .await?;
        }
        conn.close().await
    };
    match tokio::time::timeout(Duration::from_secs(10), attempt).await {
        Err(_) => {
            anyhow::bail!("cannot connect to the database at {shown}: no answer within 10 seconds")
        }
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(explain_connect_error(engine, shown, e)),
    }
}

/// What to tell the operator about a first connection that failed.
fn explain_connect_error(engine: Engine, shown: &str, error: sqlx::Error) -> anyhow::Error {
    match (engine, &error) {
        (Engine::Sqlite, sqlx::Error::Database(db)) if db.message().contains("readonly") => {
            anyhow::anyhow!(
                "the SQLite database {shown} is read-only ({}): Tribune writes to it; check the permissions of the file and its folder, and that the disk is not mounted read-only",
                db.message()
            )
        }
        (Engine::Postgres, sqlx::Error::Io(io)) => {
            let at = url::Url::parse(shown)
                .map(|u| {
                    format!(
                        "{}:{}",
                        u.host_str().unwrap_or("localhost"),
                        u.port().unwrap_or(5432)
                    )
                })
                .unwrap_or_else(|_| shown.to_owned());
            anyhow::anyhow!("cannot connect to PostgreSQL at {at}: {io}")
        }
        _ => {
            anyhow::Error::new(error).context(format!("cannot connect to the database at {shown}"))
        }
    }
}

fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

/// `$first, $first+1, ...` for an `IN (...)` list of `count` values.
pub fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `(…), (…), …`: `rows` rows of `width` values each, for a multi-row `INSERT … VALUES`.
/// SQLite gets anonymous `?` placeholders: it finds each numbered one (`$7`) by walking the
/// list of all of them, so a statement with n numbered placeholders costs n² (two thirds of
/// an import's time at 18,000 of them).
pub fn value_rows(engine: Engine, rows: usize, width: usize) -> String {
    let row = |i: usize| match engine {
        Engine::Sqlite => format!("({})", vec!["?"; width].join(", ")),
        Engine::Postgres => format!("({})", placeholders(1 + i * width, width)),
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

/// A delivery queue (`webhook_messages`, `mail_outbox`): rows with `next_attempt_at` and
/// `locked_until`.
pub struct Queue<'a> {
    pub table: &'a str,
    /// Which rows are not settled yet, e.g. `sent_at IS NULL AND failed_at IS NULL`.
    pub open: &'a str,
    /// The query that reads claimed rows, up to the list of their ids: `SELECT ... WHERE id IN`.
    pub read: &'a str,
}

/// Takes up to `limit` due rows of `queue` and leases them for `lease_ms`: no other worker,
/// of this instance or another, takes them meanwhile, and a worker that stops lets them go
/// when the lease ends. On PostgreSQL the rows are locked with `FOR UPDATE SKIP LOCKED`, so
/// instances claiming at the same moment take different rows instead of waiting for each
/// other; SQLite has one writer at a time. Returns them as `queue.read` reads them, by id.
pub async fn claim_due<T>(
    db: &Db,
    queue: &Queue<'_>,
    limit: i64,
    lease_ms: i64,
) -> Result<Vec<T>, sqlx::Error>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let now = now_ms();
    let lock = match db.engine {
        Engine::Postgres => "FOR UPDATE SKIP LOCKED",
        Engine::Sqlite => "",
    };
    let Queue { table, open, read } = queue;
    let mut tx = db.writer.begin().await?;
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT id FROM {table}
         WHERE {open} AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
         ORDER BY next_attempt_at, id LIMIT $2 {lock}"
    ))
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "UPDATE {table} SET locked_until = $1 WHERE id IN ({})",
        placeholders(2, ids.len())
    );
    let mut lease = sqlx::query(&sql).bind(now + lease_ms);
    for id in &ids {
        lease = lease.bind(id);
    }
    lease.execute(&mut *tx).await?;
    let sql = format!("{read} ({}) ORDER BY 1", placeholders(1, ids.len()));
    let mut rows = sqlx::query_as::<_, T>(&sql);
    for id in &ids {
        rows = rows.bind(id);
    }
    let claimed = rows.fetch_all(&mut *tx).await?;
    tx.commit().await?;
    Ok(claimed)
}
