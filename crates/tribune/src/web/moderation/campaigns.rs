//! The campaigns page: groups of accounts acting together in the last 24 hours, with the
//! evidence side by side, and banning a whole campaign in one action.

use moderation::campaigns::Evidence;

use super::*;
use crate::campaigns::live;

fn evidence(e: &Evidence) -> Markup {
    html! {
        @match e {
            Evidence::SameText { accounts, texts, similarity } => {
                li { strong { "Same text" } " (" (format!("{:.0}%", similarity * 100.0)) ")"
                    div.pair { blockquote { b { (accounts[0]) } ": " (texts[0]) } blockquote { b { (accounts[1]) } ": " (texts[1]) } } }
            }
            Evidence::SameDevice { accounts, .. } => { li { strong { "Same browser" } ": " (accounts[0]) " and " (accounts[1]) } }
            Evidence::VoteRing { accounts, mutual_votes } => { li { strong { "Vote ring" } ": " (accounts[0]) " and " (accounts[1]) " up-voted each other " (mutual_votes) " times" } }
            Evidence::VotedTogether { accounts, comments } => { li { strong { "Voted together" } ": " (accounts[0]) " and " (accounts[1]) " on " (comments) " comments within seconds" } }
            Evidence::SignupBurst { accounts, network } => { li { strong { "Sign-up burst" } ": " (accounts[0]) " and " (accounts[1]) " from " code { (network) } } }
            Evidence::CoActivity { accounts, pages } => { li { strong { "Co-activity" } ": " (accounts[0]) " and " (accounts[1]) " on " (pages.len()) " pages within minutes" } }
        }
    }
}

pub(super) async fn campaigns_page(
    State(state): State<AppState>,
    who: CookieModerator,
    AppQuery(q): AppQuery<PageQuery>,
) -> Response {
    let Some(m) = who.0 else {
        return sign_in();
    };
    let result = async {
        let site = site_of(&m, q.site.as_deref())?;
        let found = live::detect(&state, &site).await?;
        let main = html! {
            h1 { "Campaigns " span.count { "(" (found.len()) ")" } }
            p.keys { "Groups of accounts acting together in the last 24 hours: the same texts, one browser, vote rings, sign-up bursts." }
            @if found.is_empty() { p.empty { "No coordinated campaign in sight." } }
            @for c in &found {
                article.item {
                    header {
                        h2 { (c.accounts.len()) " accounts" }
                        span.risk { "score " (format!("{:.2}", c.score)) }
                        span.reason { "first action " (crate::db::rfc3339(c.first_action).replace('T', " ").get(..16).unwrap_or("")) ", detected " (crate::db::rfc3339(c.detected_at).replace('T', " ").get(..16).unwrap_or("")) }
                    }
                    p.history { (c.accounts.join(", ")) }
                    ul.rules { @for e in c.evidence.iter().take(12) { (evidence(e)) } }
                    form.action method="post" action="/mod/campaigns" {
                        input type="hidden" name="csrf" value=(m.user.csrf_token);
                        input type="hidden" name="site" value=(site);
                        input type="hidden" name="campaign" value=(c.id);
                        label.sr for={ "reason-" (c.id) } { "Reason" }
                        input id={ "reason-" (c.id) } name="reason" value="Coordinated campaign (paid trolls)" required;
                        button.ban { "Ban all " (live::reader_ids(c).len()) " readers and remove their votes" }
                    }
                }
            }
        };
        Ok(layout(&m, &site, "Campaigns", q.notice.as_deref(), main))
    }
    .await;
    crate::web::page(result)
}

#[derive(Deserialize)]
pub(super) struct CampaignForm {
    csrf: String,
    site: String,
    campaign: String,
    reason: String,
}

pub(super) async fn ban_campaign(
    State(state): State<AppState>,
    who: CookieModerator,
    Form(form): Form<CampaignForm>,
) -> Response {
    let m = match form_moderator(who, &form.csrf) {
        Ok(m) => m,
        Err(to) => return to,
    };
    let done =
        async { live::ban_campaign(&state, &m, &form.site, &form.campaign, &form.reason).await }
            .await;
    after(done, "/mod/campaigns", &form.site, |(readers, _)| {
        format!("{} readers banned, their votes removed.", readers.len())
    })
}
