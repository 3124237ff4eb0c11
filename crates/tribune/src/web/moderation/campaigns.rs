//! The campaigns page: groups of accounts acting together in the detector's window, with the
//! members by name, the evidence side by side and the timeline, and the three actions on a
//! whole campaign: dismiss, hold every member's comments, ban every member.

use std::collections::HashMap;

use moderation::campaigns::Evidence;

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};
use serde::Deserialize;

use super::{after, layout};
use crate::app::AppState;
use crate::campaigns::handlers::{self, CampaignView, Outcome};
use crate::campaigns::store::{Action, TimelineEntry};
use crate::db::minute;
use crate::extract::Moderator;
use crate::web::extract::{ModForm, ModPage, PageResult};

/// Account names as moderators know them: `reader:12` is shown by the reader's name.
struct Names(HashMap<String, String>);

impl Names {
    fn of(&self, account: &str) -> String {
        self.0.get(account).cloned().unwrap_or_else(|| {
            account
                .strip_prefix("ip:")
                .map_or_else(|| account.to_owned(), |ip| format!("anonymous ({ip})"))
        })
    }
}

fn evidence(e: &Evidence, names: &Names) -> Markup {
    let both = |a: &[String; 2]| format!("{} and {}", names.of(&a[0]), names.of(&a[1]));
    html! {
        @match e {
            Evidence::SameText { accounts, texts, similarity } => {
                li { strong { "Same text" } " (" (format!("{:.0}%", similarity * 100.0)) ")"
                    div.pair { blockquote { b { (names.of(&accounts[0])) } ": " (texts[0]) } blockquote { b { (names.of(&accounts[1])) } ": " (texts[1]) } } }
            }
            Evidence::SameDevice { accounts, .. } => { li { strong { "Same browser" } ": " (both(accounts)) } }
            Evidence::BanEvasion { accounts } => { li { strong { "Ban evasion" } ": " (both(accounts)) ", one banned and the other held as the same person" } }
            Evidence::VoteRing { accounts, mutual_votes } => { li { strong { "Vote ring" } ": " (both(accounts)) " up-voted each other " (mutual_votes) " times" } }
            Evidence::VotedTogether { accounts, comments } => { li { strong { "Voted together" } ": " (both(accounts)) " on " (comments) " comments within seconds" } }
            Evidence::SignupBurst { accounts, network } => { li { strong { "Sign-up burst" } ": " (both(accounts)) " from " code { (network) } } }
            Evidence::CoActivity { accounts, pages } => { li { strong { "Co-activity" } ": " (both(accounts)) " on " (pages.len()) " pages within minutes" } }
            Evidence::NewcomersBoosting { accounts, writer } => { li { strong { "Newcomers boosting" } ": " (both(accounts)) ", new to the site, boosted " (names.of(writer)) "'s fresh comments again and again" } }
            Evidence::BoostedByNewcomers { writer, newcomer } => { li { strong { "Boosted by newcomers" } ": " (names.of(writer)) ", new to the site, had its fresh comments boosted again and again by " (names.of(newcomer)) ", new too" } }
        }
    }
}

fn timeline(entries: &[TimelineEntry], names: &Names) -> Markup {
    html! {
        details.timeline {
            summary { "Every action (" (entries.len()) ")" }
            ol {
                @for e in entries {
                    li {
                        time datetime=(crate::db::rfc3339(e.at)) { (minute(e.at)) } " "
                        b { (names.of(&format!("reader:{}", e.reader_id))) } " "
                        @if e.kind == "vote" {
                            "voted " (e.detail) " on comment " (e.comment_id)
                        } @else {
                            "commented: " q { (e.detail.chars().take(160).collect::<String>()) }
                        }
                        " " a href=(e.url) { "page" }
                    }
                }
            }
        }
    }
}

fn campaign(
    m: &Moderator,
    site: &str,
    v: &CampaignView,
    names: &Names,
    entries: &[TimelineEntry],
) -> Markup {
    let c = &v.campaign;
    html! {
        article.item {
            header {
                h2 { (c.accounts.len()) " accounts" }
                span.risk { "score " (format!("{:.2}", c.score)) }
                @if v.status() != "open" { span.status { (v.status()) } }
                span.reason { "first action " (minute(c.first_action)) ", detected " (minute(c.detected_at)) ", last " (minute(c.last_action)) }
            }
            p.history { @for (i, account) in c.accounts.iter().enumerate() { @if i > 0 { ", " } (names.of(account)) } }
            p.summary { (c.summary) }
            (super::campaign_chart::chart(c, entries, |a| names.of(a)))
            table.members {
                thead { tr { th { "Member" } th { "Strongest evidence first" } } }
                tbody {
                    @for member in &c.members {
                        tr {
                            td { (names.of(&member.account)) }
                            td { @for (i, e) in member.evidence.iter().enumerate() { @if i > 0 { "; " } (e.to_string()) } }
                        }
                    }
                }
            }
            details.pairs {
                summary { "Evidence pair by pair (" (c.evidence.len().min(12)) ")" }
                ul.rules { @for e in c.evidence.iter().take(12) { (evidence(e, names)) } }
            }
            (timeline(entries, names))
            form.decide method="post" action="/mod/campaigns" {
                input type="hidden" name="csrf" value=(m.user.csrf_token);
                input type="hidden" name="site" value=(site);
                input type="hidden" name="campaign" value=(c.id);
                label.sr for={ "reason-" (c.id) } { "Reason" }
                input id={ "reason-" (c.id) } name="reason" value="Coordinated campaign (paid trolls)" required;
                button.ban name="action" value="ban" { "Ban all " (c.accounts.len()) " accounts and remove their votes" }
                @if v.status() != "held" {
                    button.refuse name="action" value="hold" { "Hold their comments" }
                }
                button name="action" value="dismiss" { "Dismiss" }
            }
        }
    }
}

pub(super) async fn campaigns_page(State(state): State<AppState>, page: ModPage) -> PageResult {
    let (m, site) = (&page.moderator, page.site.as_str());
    let found = handlers::campaigns(&state, site, false).await?;
    let names = Names(
        found
            .iter()
            .flat_map(|v| &v.readers)
            .map(|(id, name)| (format!("reader:{id}"), name.clone()))
            .collect(),
    );
    let mut items = Vec::with_capacity(found.len());
    for v in &found {
        let entries = handlers::timeline(&state, site, &v.campaign, 400).await?;
        items.push(campaign(m, site, v, &names, &entries));
    }
    let main = html! {
        h1 { "Campaigns " span.count { "(" (found.len()) ")" } }
        p.keys { "Groups of accounts acting together in the last " (state.campaigns.window_ms() / 3_600_000) " hours: the same texts, one browser, vote rings and boosting, newcomers boosting one writer, sign-up bursts, co-activity. Dismissed and banned campaigns come back only if they grow." }
        @if found.is_empty() { p.empty { "No coordinated campaign in sight." } }
        @for item in items { (item) }
    };
    Ok(layout(&page, "Campaigns", main))
}

#[derive(Deserialize)]
pub(super) struct CampaignForm {
    pub(super) csrf: String,
    site: String,
    campaign: String,
    reason: String,
    action: Action,
}

pub(super) async fn decide_campaign(
    State(state): State<AppState>,
    ModForm { moderator: m, form }: ModForm<CampaignForm>,
) -> Response {
    let done = handlers::decide(
        &state,
        &m,
        &form.site,
        &form.campaign,
        &form.reason,
        form.action,
    )
    .await;
    after(
        done,
        "/mod/campaigns",
        &form.site,
        |outcome| match outcome {
            Outcome::Dismissed => "Campaign dismissed.".to_owned(),
            Outcome::Held { comments } => {
                format!("{comments} comments held; the members' next comments wait for review.")
            }
            Outcome::Banned {
                readers, addresses, ..
            } if addresses.is_empty() => {
                format!("{} readers banned, their votes removed.", readers.len())
            }
            Outcome::Banned {
                readers, addresses, ..
            } => format!(
                "{} readers and {} anonymous addresses banned, the readers' votes removed.",
                readers.len(),
                addresses.len()
            ),
        },
    )
}
