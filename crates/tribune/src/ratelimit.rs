//! Rate limits on writes, per client IP and per signed-in reader, with `governor`'s GCRA
//! (a smooth limit with a burst of one minute's quota). Limits are kept per instance: with
//! N instances behind a balancer that spreads clients evenly, a client gets up to N times the
//! limit, which is why the defaults are modest.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::config::RateLimitConfig;
use crate::error::AppError;

#[derive(Clone)]
pub struct RateLimits {
    per_ip: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
    per_reader: Option<Arc<DefaultKeyedRateLimiter<i64>>>,
    preview: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
}

fn limiter<K: std::hash::Hash + Eq + Clone>(
    per_minute: u32,
) -> Option<Arc<DefaultKeyedRateLimiter<K>>> {
    NonZeroU32::new(per_minute)
        .map(|n| Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(n))))
}

impl RateLimits {
    pub fn new(config: &RateLimitConfig) -> Self {
        RateLimits {
            per_ip: limiter(config.per_ip_per_minute),
            per_reader: limiter(config.per_reader_per_minute),
            preview: limiter(config.preview_per_ip_per_minute),
        }
    }

    /// Takes one write from the IP's and the reader's allowance, or answers 429 with how long
    /// to wait.
    pub fn check(&self, ip: IpAddr, reader: Option<i64>) -> Result<(), AppError> {
        if let Some(l) = &self.per_ip {
            take(l, &ip)?;
        }
        if let (Some(l), Some(reader)) = (&self.per_reader, reader) {
            take(l, &reader)?;
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
