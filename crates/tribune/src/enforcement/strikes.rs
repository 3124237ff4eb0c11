//! Strikes: after the house rules refuse a text, the refusal is kept as a strike and, when
//! the strikes in the policy's window reach its thresholds, the author is suspended or banned,
//! as an action of the system recorded in the moderation log with the strikes as evidence.
//! Signed-in authors are the target of their strikes; anonymous ones are known by their
//! address only.

use moderation::{StrikesConfig, Verdict};

use super::domain::BanKind;
use super::Gate;
use crate::comments::placement::Author;
use crate::db::now_ms;
use crate::error::AppResult;
use crate::sites::store::SiteRow;

const DAY_MS: i64 = 86_400_000;

/// What a refusal led to.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Strike,
    Suspended,
    Banned,
}

impl Gate {
    /// Records a refusal as a strike (when its rule counts as one) and applies the policy's
    /// thresholds.
    pub async fn strike(
        &self,
        site: &SiteRow,
        author: &Author<'_>,
        text: &str,
        verdict: &Verdict,
    ) -> AppResult<Option<Outcome>> {
        let reader = author.reader;
        let Some(reason) = verdict.main_reason().filter(|r| r.rule.is_strike()) else {
            return Ok(None);
        };
        let excerpt: Vec<&str> = reason
            .spans
            .iter()
            .filter_map(|[s, e]| text.get(*s..*e))
            .collect();
        let ip = author.ip.to_string();
        let now = now_ms();
        let config: StrikesConfig = self.policy.strikes();
        let since = now - i64::from(config.window_days) * DAY_MS;
        let count = store::add_strike_and_count(
            &self.db,
            &store::NewStrike {
                site_id: &site.id,
                reader_id: reader,
                ip: &ip,
                rule: reason.rule.as_str(),
                score: f64::from(reason.score),
                excerpt: &excerpt.join(" … "),
            },
            since,
        )
        .await?;
        let (kind, until, outcome) = if config.ban_after > 0 && count >= i64::from(config.ban_after)
        {
            (BanKind::Ban, None, Outcome::Banned)
        } else if config.suspend_after > 0 && count >= i64::from(config.suspend_after) {
            (
                BanKind::Suspend,
                Some(now + i64::from(config.suspend_days) * DAY_MS),
                Outcome::Suspended,
            )
        } else {
            return Ok(Some(Outcome::Strike));
        };
        if reader.is_none() && author.shared_address {
            // Everyone behind an untrusted proxy has its address: suspending it would suspend
            // them all for one reader's words. The refusals stand; the operator is told how to
            // let Tribune see the readers' own addresses.
            tracing::warn!(
                site = %site.id,
                ip,
                count,
                "strikes from a shared proxy address suspend nobody: list the proxy in trusted_proxies"
            );
            return Ok(Some(Outcome::Strike));
        }
        let why = format!(
            "{count} comments refused by the house rules within {} days (latest: {})",
            config.window_days,
            reason.rule.as_str()
        );
        let ban = store::system_ban(&self.db, &site.id, reader, &ip, kind, until, &why).await?;
        self.notices.send(crate::notices::Notice::Banned { ban });
        tracing::info!(site = %site.id, reader, ip, %kind, "strikes led to enforcement");
        Ok(Some(outcome))
    }
}

/// Strikes in the database.
pub mod store {

    use crate::db::{now_ms, Db};
    use crate::enforcement::author_clause;
    use crate::enforcement::domain::BanKind;
    use crate::enforcement::log::store::LogEntry;

    pub struct NewStrike<'a> {
        pub site_id: &'a str,
        pub reader_id: Option<i64>,
        pub ip: &'a str,
        pub rule: &'a str,
        pub score: f64,
        pub excerpt: &'a str,
    }

    /// Stores a strike and returns how many the same author has since `since`.
    pub async fn add_strike_and_count(
        db: &Db,
        strike: &NewStrike<'_>,
        since: i64,
    ) -> Result<i64, sqlx::Error> {
        let mut tx = db.writer.begin().await?;
        sqlx::query("INSERT INTO strikes (site_id, reader_id, ip, rule, score, excerpt, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(strike.site_id)
        .bind(strike.reader_id)
        .bind(strike.ip)
        .bind(strike.rule)
        .bind(strike.score)
        .bind(strike.excerpt)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        let count: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM strikes WHERE site_id = $1 AND created_at >= $2 AND {}",
            author_clause(3, 4)
        ))
        .bind(strike.site_id)
        .bind(since)
        .bind(strike.reader_id.unwrap_or(-1))
        .bind(strike.ip)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(count)
    }

    /// A suspension or ban decided by the house rules, and its entry in the moderation log with
    /// the strikes behind it as evidence.
    pub async fn system_ban(
        db: &Db,
        site_id: &str,
        reader: Option<i64>,
        ip: &str,
        kind: BanKind,
        until: Option<i64>,
        reason: &str,
    ) -> Result<i64, sqlx::Error> {
        let now = now_ms();
        let mut tx = db.writer.begin().await?;
        let id: i64 = sqlx::query_scalar("INSERT INTO bans (site_id, reader_id, ip, kind, reason, until, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(site_id)
        .bind(reader)
        .bind(reader.is_none().then_some(ip))
        .bind(kind.as_str())
        .bind(reason)
        .bind(until)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let strikes: Vec<(String, String, i64)> = sqlx::query_as(&format!(
            "SELECT rule, excerpt, created_at FROM strikes WHERE site_id = $1 AND {}
         ORDER BY created_at DESC LIMIT 20",
            author_clause(2, 3)
        ))
        .bind(site_id)
        .bind(reader.unwrap_or(-1))
        .bind(ip)
        .fetch_all(&mut *tx)
        .await?;
        let evidence = serde_json::json!({
            "strikes": strikes.iter().map(|(rule, excerpt, at)| serde_json::json!({"rule": rule, "excerpt": excerpt, "at": crate::db::rfc3339(*at)})).collect::<Vec<_>>()
        });
        LogEntry {
            site_id,
            actor: None,
            action: kind.as_str(),
            target: match reader {
                Some(id) => format!("reader:{id}"),
                None => format!("ip:{ip}"),
            },
            reason,
            evidence: Some(evidence),
        }
        .write(&mut tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A reader's strikes: `(site, rule, excerpt, created_at)`.
    pub async fn of_reader(
        db: &Db,
        reader: i64,
    ) -> Result<Vec<(String, String, String, i64)>, sqlx::Error> {
        sqlx::query_as(
        "SELECT site_id, rule, excerpt, created_at FROM strikes WHERE reader_id = $1 ORDER BY created_at",
    )
    .bind(reader)
    .fetch_all(&db.pool)
    .await
    }

    /// A deleted account's strikes keep the rule and time, not the words.
    pub async fn erase_reader(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        reader: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE strikes SET excerpt = '', ip = '' WHERE reader_id = $1")
            .bind(reader)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}
