//! After the house rules allow a new comment, two more questions decide whether it appears at
//! once or waits in the moderation queue: does it look like a banned reader coming back (ban
//! evasion), and does the site pre-moderate this kind of comment or author?
//!
//! Evasion signals, each naming the banned reader it links to: a browser (the widget's device
//! id) that a banned reader used, an address a banned reader posted from, and an email that
//! normalizes to a banned reader's. Pre-moderation modes: everything, new readers until N of
//! their comments were approved, readers whose refusal rate over 7 days passed a threshold,
//! readers a moderator put on pre-moderation, and comments with links.

use std::net::IpAddr;

use moderation::{Decision, Verdict};

use super::{domain, store, Standing};
use crate::app::AppState;
use crate::error::AppResult;
use crate::sites::store::SiteRow;

const WEEK_MS: i64 = 7 * 86_400_000;

/// Where a comment goes and why.
#[derive(Debug)]
pub struct Placement {
    pub status: &'static str,
    /// Why it waits in the queue (house rules, pre-moderation, evasion).
    pub queue_reason: Option<String>,
    /// The queue's order: the highest rule score, raised for evasion.
    pub risk: f64,
    pub evasion_of: Option<i64>,
    pub shadow: bool,
}

impl Placement {
    /// The house rules' placement alone (for edits).
    pub fn of_rules(verdict: &Verdict, shadow: bool) -> Placement {
        let held = verdict.decision == Decision::Hold;
        Placement {
            status: if held { "pending" } else { "visible" },
            queue_reason: held.then(|| rules_reason(verdict)),
            risk: max_score(verdict),
            evasion_of: None,
            shadow,
        }
    }
}

fn max_score(verdict: &Verdict) -> f64 {
    f64::from(
        verdict
            .reasons
            .iter()
            .map(|r| r.score)
            .fold(0.0_f32, f32::max),
    )
}

fn rules_reason(verdict: &Verdict) -> String {
    format!(
        "house rules: {}",
        verdict.main_reason().map_or("held", |r| r.rule.as_str())
    )
}

/// The author of a new comment, as far as enforcement is concerned.
pub struct Author<'a> {
    pub reader: Option<i64>,
    pub ip: IpAddr,
    /// The widget's device id, when it sent one.
    pub device: Option<&'a str>,
}

pub async fn place(
    state: &AppState,
    site: &SiteRow,
    author: &Author<'_>,
    standing: &Standing,
    verdict: &Verdict,
    html: &str,
) -> AppResult<Placement> {
    let mut placement = Placement::of_rules(verdict, standing.shadow);
    if let Some(device) = author.device {
        if let Some(reader) = author.reader {
            store::see_device(&state.db, device, reader).await?;
        }
    }
    if let Some((banned, signal)) = evasion(state, site, author).await? {
        placement.status = "pending";
        placement.evasion_of = Some(banned);
        placement.risk = (placement.risk + 1.0).min(2.0);
        placement.queue_reason = Some(format!(
            "possible ban evasion: {signal} as banned reader {banned}"
        ));
        return Ok(placement);
    }
    if placement.status == "visible" {
        if let Some(why) = premoderation(state, site, author, html).await? {
            placement.status = "pending";
            placement.queue_reason = Some(format!("pre-moderation: {why}"));
        }
    }
    Ok(placement)
}

/// The banned reader this author seems to be, and the signal that says so.
async fn evasion(
    state: &AppState,
    site: &SiteRow,
    author: &Author<'_>,
) -> AppResult<Option<(i64, &'static str)>> {
    let me = author.reader.unwrap_or(-1);
    if let Some(device) = author.device {
        if let Some(banned) =
            store::banned_reader_on_device(&state.db, &site.id, device, me).await?
        {
            return Ok(Some((banned, "same browser")));
        }
    }
    if let Some(banned) =
        store::banned_reader_from_ip(&state.db, &site.id, &author.ip.to_string(), me).await?
    {
        return Ok(Some((banned, "same address")));
    }
    if let Some(reader) = author.reader {
        let mine: Vec<String> = store::reader_emails(&state.db, reader)
            .await?
            .iter()
            .filter_map(|e| domain::normalize_email(e))
            .collect();
        if !mine.is_empty() {
            for (banned, emails) in store::banned_readers_emails(&state.db, &site.id).await? {
                if banned != reader
                    && emails
                        .iter()
                        .filter_map(|e| domain::normalize_email(e))
                        .any(|e| mine.contains(&e))
                {
                    return Ok(Some((banned, "same email (normalized)")));
                }
            }
        }
    }
    Ok(None)
}

/// Why the site's pre-moderation holds this comment, if it does.
async fn premoderation(
    state: &AppState,
    site: &SiteRow,
    author: &Author<'_>,
    html: &str,
) -> AppResult<Option<String>> {
    let settings = site.settings();
    if settings.all {
        return Ok(Some("every comment on this site".into()));
    }
    if settings.links && html.contains("<a ") {
        return Ok(Some("comments with links".into()));
    }
    let ip = author.ip.to_string();
    if let Some(reader) = author.reader {
        if store::is_premod_reader(&state.db, &site.id, reader).await? {
            return Ok(Some("set for this reader by a moderator".into()));
        }
    }
    if settings.new_readers > 0 {
        let approved = store::approved_count(&state.db, &site.id, author.reader, &ip).await?;
        if approved < settings.new_readers {
            return Ok(Some(format!(
                "new reader ({approved} of {} comments approved)",
                settings.new_readers
            )));
        }
    }
    if settings.refusal_rate > 0.0 {
        let since = crate::db::now_ms() - WEEK_MS;
        let (refused, posted) =
            store::recent_record(&state.db, &site.id, author.reader, &ip, since).await?;
        let attempts = refused + posted;
        // Three attempts at least, so one early refusal does not brand a reader.
        if attempts >= 3 && refused as f64 / attempts as f64 >= settings.refusal_rate {
            return Ok(Some(format!(
                "{refused} of {attempts} comments refused in 7 days"
            )));
        }
    }
    Ok(None)
}
