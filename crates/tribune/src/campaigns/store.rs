//! Campaigns in the database: a site's recent activity read as detector events, and the
//! moderators' three decisions on a campaign (dismiss, hold, ban), each one transaction with
//! one log entry carrying the campaign's evidence.

use std::collections::HashSet;

use moderation::campaigns::{Campaign, Event, Kind};
use serde_json::json;
use sqlx::FromRow;

use crate::comments::store as comments;
use crate::db::{now_ms, placeholders, rfc3339, Db};
use crate::enforcement::bans::store::{ban_row, BanRow, NewBan};
use crate::enforcement::domain::{BanKind, Target};
use crate::enforcement::log::store::LogEntry;
use crate::enforcement::screen::store::add_premod_reader;

/// What identifies an activity row, so that rows read twice (the overlap between two reads)
/// are fed to the detector once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EventKey {
    Signup(i64),
    Comment(i64),
    /// Voter, comment, time (a changed vote is a new event).
    Vote(i64, i64, i64),
}

fn event(at: i64, kind: Kind, account: String, ip: String, url: String) -> Event {
    Event {
        ts: rfc3339(at),
        url,
        ..Event::new(at, kind, account, ip)
    }
}

/// The detector's name for an author: a reader, or an anonymous author's address.
pub fn account(reader: Option<i64>, ip: &str) -> String {
    match reader {
        Some(id) => format!("reader:{id}"),
        None => format!("ip:{ip}"),
    }
}

/// The readers among a campaign's accounts.
pub fn reader_ids(c: &Campaign) -> Vec<i64> {
    c.accounts
        .iter()
        .filter_map(|a| a.strip_prefix("reader:")?.parse().ok())
        .collect()
}

/// The addresses of the anonymous authors among a campaign's accounts.
pub fn anonymous_addresses(c: &Campaign) -> Vec<std::net::IpAddr> {
    c.accounts
        .iter()
        .filter_map(|a| a.strip_prefix("ip:")?.parse().ok())
        .collect()
}

/// Activity since `since` (inclusive), in time order: every sign-up (accounts are shared by
/// all sites, and a new account is evidence before it acts), and the site's comments and votes,
/// except its own staff's (its moderators and admins are the newsroom, never a campaign: a desk
/// that posts its stories' headlines is not a feed network).
pub async fn site_events(
    db: &Db,
    site: &str,
    since: i64,
    until: i64,
) -> Result<Vec<(EventKey, Event)>, sqlx::Error> {
    let mut events = Vec::new();
    let signups: Vec<(i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT id, created_at, signup_ip FROM readers WHERE created_at >= $1 AND created_at < $2",
    )
    .bind(since)
    .bind(until)
    .fetch_all(&db.pool)
    .await?;
    for (id, at, ip) in signups {
        let e = event(
            at,
            Kind::Signup,
            account(Some(id), ""),
            ip.unwrap_or_default(),
            String::new(),
        );
        events.push((EventKey::Signup(id), e));
    }
    #[derive(FromRow)]
    struct CommentEvent {
        id: i64,
        author_id: Option<i64>,
        parent_id: Option<i64>,
        ip: Option<String>,
        device: Option<String>,
        evasion_of: Option<i64>,
        body: String,
        created_at: i64,
        url: String,
    }
    let comments: Vec<CommentEvent> = sqlx::query_as(
        "SELECT c.id, c.author_id, c.parent_id, c.ip, c.device, c.evasion_of, c.body, c.created_at, p.url
         FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE c.created_at >= $2 AND c.created_at < $3 AND p.site_id = $1
           AND NOT EXISTS (SELECT 1 FROM roles ro WHERE ro.site_id = $1 AND ro.reader_id = c.author_id)",
    )
    .bind(site)
    .bind(since)
    .bind(until)
    .fetch_all(&db.pool)
    .await?;
    for c in comments {
        let ip = c.ip.unwrap_or_default();
        let mut e = event(
            c.created_at,
            Kind::Comment,
            account(c.author_id, &ip),
            ip,
            c.url,
        );
        e.comment_id = Some(c.id.to_string());
        e.parent_id = c.parent_id.map(|p| p.to_string());
        e.device = c.device;
        e.evasion_of = c.evasion_of.map(|banned| account(Some(banned), ""));
        e.text = Some(c.body);
        events.push((EventKey::Comment(c.id), e));
    }
    let votes: Vec<(i64, i64, i64, i64, String)> = sqlx::query_as(
        "SELECT v.reader_id, v.comment_id, v.value, v.created_at, p.url
         FROM votes v JOIN comments c ON c.id = v.comment_id JOIN pages p ON p.id = c.page_id
         WHERE v.created_at >= $2 AND v.created_at < $3 AND p.site_id = $1
           AND NOT EXISTS (SELECT 1 FROM roles ro WHERE ro.site_id = $1 AND ro.reader_id = v.reader_id)",
    )
    .bind(site)
    .bind(since)
    .bind(until)
    .fetch_all(&db.pool)
    .await?;
    for (reader, comment, value, at, url) in votes {
        let mut e = event(
            at,
            Kind::Vote,
            account(Some(reader), ""),
            String::new(),
            url,
        );
        e.target = Some(comment.to_string());
        e.value = Some(if value > 0 { 1 } else { -1 });
        events.push((EventKey::Vote(reader, comment, at), e));
    }
    events.sort_by_key(|(_, e)| e.at);
    Ok(events)
}

/// One thing a member of a campaign did, for the campaign's timeline.
#[derive(Clone, Debug, FromRow, serde::Serialize)]
pub struct TimelineEntry {
    pub at: i64,
    pub reader_id: i64,
    /// `comment` or `vote`.
    pub kind: String,
    pub comment_id: i64,
    /// The comment's text, or the value of the vote (`+1`, `-1`).
    pub detail: String,
    pub url: String,
}

/// The members' comments and votes on the site since `since`, oldest first, at most `limit`.
pub async fn timeline(
    db: &Db,
    site: &str,
    readers: &[i64],
    since: i64,
    limit: usize,
) -> Result<Vec<TimelineEntry>, sqlx::Error> {
    if readers.is_empty() {
        return Ok(Vec::new());
    }
    // One list of placeholders, used by both halves.
    let members = placeholders(4, readers.len());
    let sql = format!(
        "SELECT c.created_at AS at, c.author_id AS reader_id, 'comment' AS kind, c.id AS comment_id,
                c.body AS detail, p.url
         FROM comments c JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND c.created_at >= $2 AND c.author_id IN ({members})
         UNION ALL
         SELECT v.created_at, v.reader_id, 'vote', v.comment_id,
                CASE WHEN v.value > 0 THEN '+1' ELSE '-1' END, p.url
         FROM votes v JOIN comments c ON c.id = v.comment_id JOIN pages p ON p.id = c.page_id
         WHERE p.site_id = $1 AND v.created_at >= $2 AND v.reader_id IN ({members})
         ORDER BY 1, 2, 4 LIMIT $3"
    );
    let mut query = sqlx::query_as(&sql)
        .bind(site)
        .bind(since)
        .bind(limit as i64);
    for id in readers {
        query = query.bind(id);
    }
    query.fetch_all(&db.pool).await
}

/// A moderator's decision on a campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Not a campaign (or not worth acting on): hidden until it grows.
    Dismiss,
    /// Every member's comments on the site go to the queue, and their next ones too.
    Hold,
    /// Every member banned, their votes removed.
    Ban,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Dismiss => "dismiss",
            Action::Hold => "hold",
            Action::Ban => "ban",
        }
    }

    fn parse(s: &str) -> Option<Action> {
        [Action::Dismiss, Action::Hold, Action::Ban]
            .into_iter()
            .find(|a| a.as_str() == s)
    }
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Decision {
    pub action: Action,
    pub actor_id: Option<i64>,
    pub at: i64,
    #[serde(skip)]
    pub accounts: HashSet<String>,
}

/// The decisions taken on a site's campaigns, newest first.
pub async fn decisions(db: &Db, site: &str) -> Result<Vec<Decision>, sqlx::Error> {
    let rows: Vec<(String, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT action, accounts, actor_id, created_at FROM campaign_decisions
         WHERE site_id = $1 ORDER BY created_at DESC, id DESC",
    )
    .bind(site)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(action, accounts, actor_id, at)| {
            Some(Decision {
                action: Action::parse(&action)?,
                actor_id,
                at,
                accounts: serde_json::from_str(&accounts).unwrap_or_default(),
            })
        })
        .collect())
}

/// The latest decision that covers every member of the campaign: a campaign that has grown
/// since is undecided again.
pub fn decision_on<'a>(decisions: &'a [Decision], c: &Campaign) -> Option<&'a Decision> {
    decisions
        .iter()
        .find(|d| c.accounts.iter().all(|a| d.accounts.contains(a)))
}

/// Whether moderators still have something to do about a campaign with this decision: none
/// yet, or its members' comments are held (it may still be banned).
pub fn is_open(decision: Option<&Decision>) -> bool {
    decision.is_none_or(|d| d.action == Action::Hold)
}

/// What a decision is recorded with.
pub struct Decided<'a> {
    pub site: &'a str,
    pub campaign: &'a Campaign,
    pub reason: &'a str,
    pub actor: i64,
}

impl Decided<'_> {
    async fn record(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        action: Action,
        outcome: serde_json::Value,
    ) -> Result<(), sqlx::Error> {
        let c = self.campaign;
        sqlx::query(
            "INSERT INTO campaign_decisions (site_id, campaign_id, accounts, action, actor_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(self.site)
        .bind(&c.id)
        .bind(serde_json::to_string(&c.accounts).unwrap_or_default())
        .bind(action.as_str())
        .bind(self.actor)
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
        let mut evidence = json!({
            "readers": reader_ids(c),
            "accounts": c.accounts,
            "score": c.score,
            "summary": c.summary,
            "members": c.members,
            "evidence": c.evidence,
        });
        if let (Some(e), serde_json::Value::Object(o)) = (evidence.as_object_mut(), outcome) {
            e.extend(o);
        }
        LogEntry {
            site_id: self.site,
            actor: Some(self.actor),
            action: match action {
                Action::Dismiss => "dismiss_campaign",
                Action::Hold => "hold_campaign",
                Action::Ban => "ban_campaign",
            },
            target: format!("campaign:{}", c.id),
            reason: self.reason,
            evidence: Some(evidence),
        }
        .write(tx)
        .await?;
        Ok(())
    }

    /// Records that the campaign is not one.
    pub async fn dismiss(&self, db: &Db) -> Result<(), sqlx::Error> {
        let mut tx = db.writer.begin().await?;
        self.record(&mut tx, Action::Dismiss, json!({})).await?;
        tx.commit().await
    }

    /// Puts every reader of the campaign under pre-moderation on the site and moves the
    /// visible comments of every member (readers, and anonymous authors by address) there to
    /// the queue. Returns the number of comments held.
    pub async fn hold(&self, db: &Db) -> Result<usize, sqlx::Error> {
        let readers = reader_ids(self.campaign);
        let addresses = anonymous_addresses(self.campaign);
        let mut tx = db.writer.begin().await?;
        for &reader in &readers {
            add_premod_reader(&mut tx, self.site, reader).await?;
        }
        // Readers by id, anonymous authors by address.
        let reason = format!("campaign: {}", self.reason);
        let mut held = 0;
        for &reader in &readers {
            held += comments::hold_by_author(&mut tx, self.site, Some(reader), "", &reason).await?;
        }
        for ip in &addresses {
            held += comments::hold_by_author(&mut tx, self.site, None, &ip.to_string(), &reason)
                .await?;
        }
        self.record(
            &mut tx,
            Action::Hold,
            json!({"comments_held": held, "premoderated": readers, "addresses": addresses}),
        )
        .await?;
        tx.commit().await?;
        Ok(held)
    }

    /// Bans every member (readers, and anonymous authors by address) and removes the readers'
    /// votes on the site. Returns the bans.
    pub async fn ban(&self, db: &Db) -> Result<Vec<BanRow>, sqlx::Error> {
        let targets: Vec<Target> = reader_ids(self.campaign)
            .into_iter()
            .map(Target::Reader)
            .chain(
                anonymous_addresses(self.campaign)
                    .into_iter()
                    .map(|ip| Target::Network(ip.into())),
            )
            .collect();
        let mut tx = db.writer.begin().await?;
        let mut bans = Vec::with_capacity(targets.len());
        let mut removed = 0;
        for target in &targets {
            let (row, votes) = ban_row(
                &mut tx,
                &NewBan {
                    site_id: self.site,
                    target,
                    kind: BanKind::Ban,
                    until: None,
                    reason: self.reason,
                    actor: self.actor,
                    remove_votes: true,
                },
            )
            .await?;
            removed += votes;
            bans.push(row);
        }
        self.record(
            &mut tx,
            Action::Ban,
            json!({
                "ban_ids": bans.iter().map(|b| b.id).collect::<Vec<_>>(),
                "votes_removed": removed,
            }),
        )
        .await?;
        tx.commit().await?;
        Ok(bans)
    }
}
