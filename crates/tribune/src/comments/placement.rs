//! Where a new comment goes: the words the write path ([`super::post`]) and enforcement share.
//! The write path describes the [`Author`]; enforcement answers with their [`Standing`] (what
//! the bans in force say) and the comment's [`Placement`] (at once, or in the queue and why).
//!
//! Enforcement acts on comments (it holds, approves and removes them through [`super::store`]),
//! so these types live here and the write path reaches enforcement's answers through
//! `AppState::enforcement` without importing it.

use std::net::IpAddr;

use moderation::{Decision, Verdict};

use super::domain::CommentStatus;
use crate::webhooks::hook::Ruling;

/// The author of a new comment, as far as enforcement is concerned.
pub struct Author<'a> {
    pub reader: Option<i64>,
    pub ip: IpAddr,
    /// The address is a proxy's that relays other readers (see `ClientIp::is_shared`).
    pub shared_address: bool,
    /// The widget's device id, when it sent one.
    pub device: Option<&'a str>,
}

/// What the bans in force say about an author who may write.
#[derive(Debug, Default)]
pub struct Standing {
    /// Shadow-banned: their comments are shown to themselves only.
    pub shadow: bool,
}

/// Where a comment goes and why.
#[derive(Debug)]
pub struct Placement {
    pub status: CommentStatus,
    /// Why it waits in the queue (house rules, pre-moderation, evasion).
    pub queue_reason: Option<String>,
    /// The queue's order: the highest rule score, raised for evasion.
    pub risk: f64,
    pub evasion_of: Option<i64>,
    pub shadow: bool,
}

impl Placement {
    /// The placement after a site's moderation hook ruled on the text: the house rules' hold
    /// is its to lift; holds for ban evasion or pre-moderation are Tribune's and stay. (A
    /// refusal is the caller's: nothing is stored.)
    pub fn follow(&mut self, ruling: &Ruling) {
        let rules_hold = self
            .queue_reason
            .as_deref()
            .is_some_and(|r| r.starts_with("house rules"));
        match ruling {
            Ruling::Allow if rules_hold => {
                self.status = CommentStatus::Visible;
                self.queue_reason = None;
            }
            Ruling::Hold(reason) if self.status == CommentStatus::Visible => {
                self.status = CommentStatus::Pending;
                self.queue_reason = Some(format!("moderation hook: {reason}"));
            }
            _ => {}
        }
    }

    /// The house rules' placement alone (for edits, and where enforcement starts).
    pub fn of_rules(verdict: &Verdict, shadow: bool) -> Placement {
        let held = verdict.decision == Decision::Hold;
        Placement {
            status: if held {
                CommentStatus::Pending
            } else {
                CommentStatus::Visible
            },
            queue_reason: held.then(|| rules_reason(verdict)),
            risk: max_score(verdict),
            evasion_of: None,
            shadow,
        }
    }
}

/// A comment's place in the queue by the house rules: its highest rule score.
pub fn max_score(verdict: &Verdict) -> f64 {
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
