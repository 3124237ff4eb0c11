//! The patrol: between moderators' looks, one instance runs the detector over every site and
//! turns what it finds into a gauge, a log line and a webhook (for alerts). The moderators' view of the
//! same campaigns is [`super::handlers`].

use std::collections::HashSet;

use moderation::campaigns::Campaign;

use super::handlers::decided;
use super::store;
use crate::app::AppState;
use crate::error::AppResult;

/// Runs the detector over every site every `campaign_check_secs`, between moderators' looks,
/// on the one instance that holds the patrol lease: the `tribune_campaigns_open{site}` gauge
/// says how many campaigns await a decision, and each campaign seen for the first time is
/// logged (a warning, for log-based alerts) and sent to the site's `campaign.detected`
/// webhooks.
pub async fn patrol(state: AppState) {
    // The first pass one period after start: a deploy restarting every instance at once does
    // not replay every site's window at the same moment it starts serving.
    let period = std::time::Duration::from_secs(state.config.campaign_check_secs);
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // One instance patrols at a time, so that each campaign is announced once, not once per
    // instance; if it stops, another takes over within three periods (and announces the open
    // campaigns again, not knowing which were).
    let me = crate::auth::random_token();
    let mut announced: HashSet<(String, String)> = HashSet::new();
    loop {
        tick.tick().await;
        match state.db.hold_lease(PATROL_LEASE, &me, period * 3).await {
            Ok(true) => match patrol_once(&state, &announced).await {
                Ok(open) => announced = open,
                Err(e) => tracing::warn!(error = %e, "campaign patrol failed"),
            },
            Ok(false) => {
                // Another instance patrols: its gauges count, and this one's must not stay
                // stuck at what it last saw (the sites of its last pass's open campaigns; every
                // other site it set to 0).
                for (site, _) in announced.drain() {
                    metrics::gauge!("tribune_campaigns_open", "site" => site).set(0.0);
                }
            }
            Err(e) => tracing::warn!(error = %e, "campaign patrol cannot take its lease"),
        }
    }
}

/// The lease of the instance that patrols (see [`crate::db::Db::hold_lease`]).
const PATROL_LEASE: &str = "campaign-patrol";

/// One pass over every site: sets its gauge, logs the open campaigns not `announced` by the
/// previous pass, and returns the open ones (a campaign that closes and comes back is logged
/// again).
async fn patrol_once(
    state: &AppState,
    announced: &HashSet<(String, String)>,
) -> AppResult<HashSet<(String, String)>> {
    let mut open_now = HashSet::new();
    for site in crate::sites::store::sites(&state.db).await? {
        let open: Vec<Campaign> = decided(state, &site.id)
            .await?
            .into_iter()
            .filter(|(_, decision)| store::is_open(decision.as_ref()))
            .map(|(c, _)| c)
            .collect();
        metrics::gauge!("tribune_campaigns_open", "site" => site.id.clone()).set(open.len() as f64);
        for c in open {
            let key = (site.id.clone(), c.id.clone());
            if !announced.contains(&key) {
                tracing::warn!(
                    site = %site.id,
                    campaign = %c.id,
                    accounts = c.accounts.len(),
                    score = c.score,
                    summary = %c.summary,
                    "campaign detected"
                );
                let data = serde_json::json!({"campaign": &c,
                    "review": format!("{}/mod/campaigns?site={}", state.config.public_url(), site.id)});
                crate::webhooks::emit(
                    state,
                    &site.id,
                    crate::webhooks::EventType::CampaignDetected,
                    &data,
                )
                .await;
                state
                    .notices
                    .send(crate::notices::Notice::CampaignDetected {
                        site: site.id.clone(),
                        campaign: Box::new(c.clone()),
                    });
            }
            open_now.insert(key);
        }
    }
    Ok(open_now)
}
