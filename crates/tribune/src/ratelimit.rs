//! Rate limits on writes, per client IP and per signed-in reader, in two gates. The first is
//! this instance's, with `governor`'s GCRA (a smooth limit with a burst of one minute's quota),
//! and costs no I/O. On PostgreSQL, where several instances share a database, a second gate
//! counts each key's writes in the current minute in the database, so that N instances behind
//! a balancer do not give a client N times the limit (#17): one upsert for the address and
//! the reader together, measured in `docs/benchmarks.md`.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::config::RateLimitConfig;
use crate::db::{now_ms, Db, Engine};
use crate::error::AppError;

const MINUTE_MS: i64 = 60_000;

#[derive(Clone)]
pub struct RateLimits {
    per_ip: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
    per_reader: Option<Arc<DefaultKeyedRateLimiter<i64>>>,
    preview: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
    /// The minute's quotas for the shared gate (PostgreSQL only; `None` on SQLite).
    shared: Option<(u32, u32)>,
}

fn limiter<K: std::hash::Hash + Eq + Clone>(
    per_minute: u32,
) -> Option<Arc<DefaultKeyedRateLimiter<K>>> {
    NonZeroU32::new(per_minute)
        .map(|n| Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(n))))
}

impl RateLimits {
    /// The limits of `config`; the shared gate when the database is `engine` PostgreSQL.
    pub fn new(config: &RateLimitConfig, engine: Engine) -> Self {
        RateLimits {
            shared: (engine == Engine::Postgres)
                .then_some((config.per_ip_per_minute, config.per_reader_per_minute)),
            per_ip: limiter(config.per_ip_per_minute),
            per_reader: limiter(config.per_reader_per_minute),
            preview: limiter(config.preview_per_ip_per_minute),
        }
    }

    /// Takes one write from the IP's and the reader's allowance, or answers 429 with how long
    /// to wait: this instance's gate first, then the shared one.
    pub async fn check(&self, db: &Db, ip: IpAddr, reader: Option<i64>) -> Result<(), AppError> {
        if let Some(l) = &self.per_ip {
            take(l, &ip)?;
        }
        if let (Some(l), Some(reader)) = (&self.per_reader, reader) {
            take(l, &reader)?;
        }
        match self.shared {
            Some((per_ip, per_reader)) => check_shared(db, ip, per_ip, reader, per_reader).await,
            None => Ok(()),
        }
    }

    /// Deletes the shared counters of minutes gone by.
    pub async fn forget_old(&self, db: &Db) -> Result<(), sqlx::Error> {
        if self.shared.is_some() {
            sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
                .bind(now_ms() - 2 * MINUTE_MS)
                .execute(&db.writer)
                .await?;
        }
        Ok(())
    }

    /// Takes one Markdown preview from the IP's allowance, or answers 429.
    pub fn check_preview(&self, ip: IpAddr) -> Result<(), AppError> {
        match &self.preview {
            Some(l) => take(l, &ip),
            None => Ok(()),
        }
    }

    /// Forgets keys whose allowance is full again, so memory follows active clients only.
    pub fn forget_idle(&self) {
        if let Some(l) = &self.per_ip {
            l.retain_recent();
        }
        if let Some(l) = &self.per_reader {
            l.retain_recent();
        }
        if let Some(l) = &self.preview {
            l.retain_recent();
        }
    }
}

fn take<K: std::hash::Hash + Eq + Clone>(
    limiter: &DefaultKeyedRateLimiter<K>,
    key: &K,
) -> Result<(), AppError> {
    limiter
        .check_key(key)
        .map_err(|not_until| AppError::RateLimited {
            retry_after_secs: not_until
                .wait_time_from(DefaultClock::default().now())
                .as_secs_f64()
                .ceil() as u64,
        })
}

/// The shared gate: counts this write for the address and the reader in the current minute,
/// in one statement, and refuses when either passed its quota (`0`: no limit).
async fn check_shared(
    db: &Db,
    ip: IpAddr,
    per_ip: u32,
    reader: Option<i64>,
    per_reader: u32,
) -> Result<(), AppError> {
    let mut keys: Vec<(String, u32)> = Vec::with_capacity(2);
    if per_ip > 0 {
        keys.push((format!("ip:{ip}"), per_ip));
    }
    if let (Some(reader), true) = (reader, per_reader > 0) {
        keys.push((format!("reader:{reader}"), per_reader));
    }
    if keys.is_empty() {
        return Ok(());
    }
    let now = now_ms();
    let window = now - now % MINUTE_MS;
    let rows = (0..keys.len())
        .map(|i| format!("(${}, $1, 1)", i + 2))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO rate_limits (key, window_start, hits) VALUES {rows}
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING key, hits"
    );
    let mut query = sqlx::query_as::<_, (String, i64)>(&sql).bind(window);
    for (key, _) in &keys {
        query = query.bind(key);
    }
    for (key, hits) in query.fetch_all(&db.writer).await? {
        let quota = keys
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(u32::MAX, |(_, q)| *q);
        if hits > i64::from(quota) {
            return Err(AppError::RateLimited {
                retry_after_secs: ((window + MINUTE_MS - now) as u64).div_ceil(1000),
            });
        }
    }
    Ok(())
}
