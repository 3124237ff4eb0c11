//! Campaigns on recorded streams: `tribune campaigns detect` replays a JSON-lines stream in
//! the stream's own (virtual) time, and `tribune campaigns eval` scores the detector (and two
//! simple baselines) against the ground truth `tribune simulate` writes beside it.

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::BufRead;
use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use moderation::campaigns::{Campaign, Config, Detector, Event, Kind};
use serde_json::json;

use crate::db::{parse_rfc3339, rfc3339};

/// Reads a stream, one event per line; errors name the line.
pub fn read_events(path: &Path) -> anyhow::Result<Vec<Event>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut events = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let mut event: Event = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not an event", path.display(), i + 1))?;
        event.at = parse_rfc3339(&event.ts).with_context(|| {
            format!(
                "{}:{}: `ts` {:?} is not RFC 3339",
                path.display(),
                i + 1,
                event.ts
            )
        })?;
        events.push(event);
    }
    // Streams recorded from several instances may interleave slightly: replay in time order.
    events.sort_by_key(|e| e.at);
    Ok(events)
}

/// Runs the detector over a stream; returns the campaigns and the events per second (voting
/// circles worked out included: they are kept up every hour of the stream's time, so that a
/// circle is dated to the hour it formed in, not to the stream's end; a live site, which
/// looks more often, works them out every ten minutes).
pub fn detect(events: &[Event], config: Config) -> (Vec<Campaign>, f64) {
    let started = Instant::now();
    let mut detector = Detector::new(config);
    let mut next_hour = events.first().map_or(0, |e| e.at + HOUR_MS);
    for e in events {
        if e.at >= next_hour {
            detector.keep_circles_up();
            next_hour = e.at + HOUR_MS;
        }
        detector.observe(e);
    }
    let campaigns = detector.campaigns();
    let rate = events.len() as f64 / started.elapsed().as_secs_f64().max(1e-9);
    (campaigns, rate)
}

/// An hour of the stream's own time: how often `detect` works the voting circles out (often
/// enough to date them, rarely enough to keep a replay above a million events a minute), and
/// how long a campaign's busy hour is ([`first_busy_hour`]).
const HOUR_MS: i64 = 3_600_000;

/// How often an evaluation looks at the detector's campaigns, in the stream's own time (a
/// live site's patrol looks every `campaign_check_secs`, moderators whenever they open the page).
const LOOK_EVERY_MS: i64 = 5 * 60_000;

/// A look at the detector during a replay, as [`replay`] tells it of a campaign.
#[derive(Clone, Copy)]
struct Look {
    at: i64,
    /// The campaign was not shown at the looks before.
    new: bool,
}

impl Look {
    /// When a campaign shown at this look became what it is now, at the latest: when it was
    /// found if that was since the look before, and this look otherwise (it was something
    /// else before; a campaign also keeps the date of a circle it shares a member with, which
    /// may be another farm's).
    fn since(self, campaign: &Campaign) -> i64 {
        if self.new && campaign.detected_at > self.at - LOOK_EVERY_MS {
            campaign.detected_at
        } else {
            self.at
        }
    }
}

/// What the detector showed over a replay, looked at every [`LOOK_EVERY_MS`].
struct Replay {
    /// Each account ever in a campaign, and when first.
    flagged_at: HashMap<String, i64>,
    /// Each campaign ever shown, as last seen.
    campaigns: Vec<Campaign>,
    /// Events per second through the detector, the looks left out.
    rate: f64,
}

/// `seen` is told of every campaign at every look: when it was seen, whether it is new.
fn replay(events: &[Event], config: Config, mut seen: impl FnMut(Look, &Campaign)) -> Replay {
    let mut detector = Detector::new(config);
    let mut flagged_at = HashMap::new();
    let mut shown: HashMap<String, Campaign> = HashMap::new();
    let mut look = |detector: &Detector, at: i64| {
        for c in detector.campaigns() {
            for a in &c.accounts {
                flagged_at.entry(a.clone()).or_insert(at);
            }
            let new = !shown.contains_key(&c.id);
            seen(Look { at, new }, &c);
            shown.insert(c.id.clone(), c);
        }
    };
    let started = Instant::now();
    let mut looking = std::time::Duration::ZERO;
    let mut next_look = events.first().map_or(0, |e| e.at + LOOK_EVERY_MS);
    for e in events {
        while e.at >= next_look {
            let look_started = Instant::now();
            look(&detector, next_look);
            looking += look_started.elapsed();
            next_look += LOOK_EVERY_MS;
        }
        detector.observe(e);
    }
    let observing = started.elapsed().saturating_sub(looking);
    look(&detector, next_look);
    let mut campaigns: Vec<Campaign> = shown.into_values().collect();
    campaigns.sort_by(|a, b| a.id.cmp(&b.id));
    Replay {
        flagged_at,
        campaigns,
        rate: events.len() as f64 / observing.as_secs_f64().max(1e-9),
    }
}

/// The `--json` output: `{"campaigns": [{"id", "score", "accounts", "summary", "members",
/// "evidence", ...}]}`.
pub fn to_json(campaigns: &[Campaign]) -> serde_json::Value {
    json!({
        "campaigns": campaigns.iter().map(|c| json!({
            "id": c.id,
            "score": c.score,
            "accounts": c.accounts,
            "summary": c.summary,
            "members": c.members,
            "evidence": c.evidence,
            "first_action": rfc3339(c.first_action),
            "detected_at": rfc3339(c.detected_at),
            "last_action": rfc3339(c.last_action),
        })).collect::<Vec<_>>()
    })
}

/// The human-readable report.
pub fn to_text(campaigns: &[Campaign], events: usize, rate: f64) -> String {
    let mut out = format!(
        "{} campaigns in {events} events ({:.0} events/s on one core)\n",
        campaigns.len(),
        rate
    );
    for c in campaigns {
        out.push_str(&format!(
            "\n{}  score {:.2}  detected {}\n  {}\n",
            c.id,
            c.score,
            rfc3339(c.detected_at),
            c.summary
        ));
        for m in c.members.iter().take(12) {
            out.push_str(&format!("  {}: {}\n", m.account, m.summary));
        }
        if c.members.len() > 12 {
            out.push_str(&format!("  ... and {} more\n", c.members.len() - 12));
        }
        for e in c.evidence.iter().take(5) {
            out.push_str(&format!(
                "  - {}\n",
                serde_json::to_string(e).unwrap_or_default()
            ));
        }
    }
    out
}

/// Ground truth of a simulated stream: account → (campaign, tactic); organic accounts absent.
pub type Truth = HashMap<String, (String, String)>;

pub fn read_truth(path: &Path) -> anyhow::Result<Truth> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let raw: HashMap<String, (String, String)> = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a truth file", path.display()))?;
    Ok(raw)
}

/// Baseline: accounts that posted exactly the same text as another account.
fn exact_duplicates(events: &[Event]) -> HashSet<String> {
    let mut by_text: HashMap<&str, HashSet<&str>> = HashMap::new();
    for e in events.iter().filter(|e| e.kind == Kind::Comment) {
        if let Some(t) = &e.text {
            by_text.entry(t.trim()).or_default().insert(&e.account);
        }
    }
    by_text
        .values()
        .filter(|a| a.len() >= 2)
        .flat_map(|a| a.iter().map(|s| s.to_string()))
        .collect()
}

/// Baseline: accounts that share an IP address with another account.
fn shared_ip(events: &[Event]) -> HashSet<String> {
    let mut by_ip: HashMap<&str, HashSet<&str>> = HashMap::new();
    for e in events {
        by_ip.entry(&e.ip).or_default().insert(&e.account);
    }
    by_ip
        .values()
        .filter(|a| a.len() >= 2)
        .flat_map(|a| a.iter().map(|s| s.to_string()))
        .collect()
}

/// The true campaign most of a detected campaign's accounts belong to: its name, how many of
/// them, its tactic (none when all its accounts are organic).
fn main_campaign<'t>(c: &Campaign, truth: &'t Truth) -> Option<(&'t str, usize, &'t str)> {
    let mut counts: HashMap<&str, (usize, &str)> = HashMap::new();
    for a in &c.accounts {
        if let Some((campaign, tactic)) = truth.get(a) {
            counts.entry(campaign).or_insert((0, tactic)).0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(name, (n, _))| (n, std::cmp::Reverse(name)))
        .map(|(name, (n, tactic))| (name, n, tactic))
}

/// Per tactic: recall of campaign accounts; overall: false positives among organic accounts,
/// account precision, purity, detection delay after a campaign's first and fifth actions,
/// alerts per day, throughput. An account counts as flagged when any look at the detector
/// during the replay showed it in a campaign, as a moderator watching the site would have seen.
pub fn evaluate(events: &[Event], truth: &Truth, config: Config) -> String {
    let min_accounts = config.min_accounts;
    // A true campaign is detected when a campaign shown is first mostly its accounts (one
    // found as another category's may become this one's as members join).
    let mut found_at: HashMap<&str, (i64, &str)> = HashMap::new();
    let Replay {
        flagged_at,
        campaigns,
        rate,
    } = replay(events, config, |look, c| {
        if let Some((main, _, tactic)) = main_campaign(c, truth) {
            let found = found_at.entry(main).or_insert((i64::MAX, tactic));
            found.0 = found.0.min(look.since(c));
        }
    });
    let activity = activity(events);
    let accounts: HashSet<&str> = events.iter().map(|e| e.account.as_str()).collect();
    let organic: Vec<&str> = accounts
        .iter()
        .copied()
        .filter(|a| !truth.contains_key(*a))
        .collect();
    let days = events
        .last()
        .zip(events.first())
        .map(|(l, f)| (l.at - f.at) as f64 / 86_400_000.0)
        .unwrap_or(1.0)
        .max(1.0 / 24.0);
    let tactics: Vec<String> = {
        let mut t: Vec<String> = truth
            .values()
            .map(|(_, t)| t.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        t.sort();
        t
    };
    let exact = exact_duplicates(events);
    let ip = shared_ip(events);
    // A campaign account that never commented or voted in the stream (its turn came after
    // the stream's end, or its retweets had nothing of its farm's to land on) is not there to
    // be found, by the detector or anything else: recall counts the accounts that acted.
    let recall = |flags: &dyn Fn(&str) -> bool, tactic: &str| {
        let members: Vec<&String> = truth
            .iter()
            .filter(|(a, (_, t))| t == tactic && acted(&activity, a))
            .map(|(a, _)| a)
            .collect();
        let found = members.iter().filter(|a| flags(a)).count();
        100.0 * found as f64 / members.len().max(1) as f64
    };
    let false_positives = |flags: &dyn Fn(&str) -> bool| {
        100.0 * organic.iter().filter(|a| flags(a)).count() as f64 / organic.len().max(1) as f64
    };
    let by_detector = |a: &str| flagged_at.contains_key(a);
    let by_exact = |a: &str| exact.contains(a);
    let by_ip = |a: &str| ip.contains(a);

    // Purity: the share of each detected campaign's accounts that belong to its main true
    // campaign (organic accounts count against it). Delay: from the main true campaign's fifth
    // action to detection, per tactic; and from its fifth comment or vote, since sign-ups are
    // not seen by readers (a brigade may sign up well before it votes).
    let mut purities = Vec::new();
    let mut delays: HashMap<&str, Vec<f64>> = HashMap::new();
    let mut activity_delays: HashMap<&str, Vec<f64>> = HashMap::new();
    let mut from_first = Vec::new();
    let campaign_of = |e: &Event| truth.get(&e.account).map(|(c, _)| c.as_str());
    let first = nth_actions(events, 1, true, campaign_of);
    let fifth = nth_actions(events, 5, true, campaign_of);
    let fifth_visible = nth_actions(events, 5, false, campaign_of);
    let busy = first_busy_hour(events, min_accounts, campaign_of);
    let mut busy_delays: HashMap<&str, Vec<f64>> = HashMap::new();
    for c in &campaigns {
        let n = main_campaign(c, truth).map_or(0, |(_, n, _)| n);
        purities.push(n as f64 / c.accounts.len() as f64);
    }
    for (main, (at, tactic)) in found_at {
        if let Some(t1) = first.get(main) {
            from_first.push((at - t1) as f64 / 60_000.0);
        }
        if let Some(t5) = fifth.get(main) {
            delays
                .entry(tactic)
                .or_default()
                .push((at - t5) as f64 / 60_000.0);
        }
        if let Some(t5) = fifth_visible.get(main) {
            activity_delays
                .entry(tactic)
                .or_default()
                .push((at - t5) as f64 / 60_000.0);
        }
        if let Some(busy) = busy.get(main) {
            busy_delays
                .entry(tactic)
                .or_default()
                .push((at - busy) as f64 / 60_000.0);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied()
    };

    let mut out = format!(
        "{} events, {} accounts ({} organic), {:.1} days; detector: {} campaigns, {:.0} events/s on one core\n\n",
        events.len(),
        accounts.len(),
        organic.len(),
        days,
        campaigns.len(),
        rate
    );
    out.push_str("account recall per tactic (%)    detector   exact-duplicate   shared-IP   detected after 5th action / 5th comment or vote (median min)\n");
    for tactic in &tactics {
        let delay = |delays: &mut HashMap<&str, Vec<f64>>| {
            delays
                .get_mut(tactic.as_str())
                .and_then(median)
                .map_or("-".to_owned(), |d| format!("{d:.1}"))
        };
        let delay = format!("{} / {}", delay(&mut delays), delay(&mut activity_delays));
        out.push_str(&format!(
            "  {tactic:<30} {:>8.1} {:>17.1} {:>11.1} {delay:>16}\n",
            recall(&by_detector, tactic),
            recall(&by_exact, tactic),
            recall(&by_ip, tactic)
        ));
    }
    let idle: Vec<String> = tactics
        .iter()
        .filter_map(|tactic| {
            let n = truth
                .iter()
                .filter(|(a, (_, t))| t == tactic && !acted(&activity, a))
                .count();
            (n > 0).then(|| format!("{tactic} {n}"))
        })
        .collect();
    if !idle.is_empty() {
        out.push_str(&format!(
            "not counted: campaign accounts with no comment or vote in the stream: {}\n",
            idle.join(", ")
        ));
    }
    // Accounts that did next to nothing in the stream leave nothing to detect: the recall among
    // the others says how much of a campaign's visible work is found.
    let busy_recall: Vec<String> = tactics
        .iter()
        .map(|tactic| {
            let members: Vec<&String> = truth
                .iter()
                .filter(|(a, (_, t))| {
                    t == tactic
                        && activity
                            .get(a.as_str())
                            .is_some_and(|(c, v)| c + v >= BUSY_ACTIONS)
                })
                .map(|(a, _)| a)
                .collect();
            let found = members.iter().filter(|a| by_detector(a)).count();
            format!(
                "{tactic} {:.1} ({found} of {})",
                100.0 * found as f64 / members.len().max(1) as f64,
                members.len()
            )
        })
        .collect();
    out.push_str(&format!(
        "detector recall among accounts with {BUSY_ACTIONS}+ comments or votes (%): {}\n",
        busy_recall.join(", ")
    ));
    // Per account: how long it kept acting after its fifth comment or vote before a look at
    // the detector showed it (accounts found before their fifth action count 0).
    let fifth_own = nth_actions(events, 5, false, |e| {
        truth.contains_key(&e.account).then_some(e.account.as_str())
    });
    let account_delays: Vec<String> = tactics
        .iter()
        .map(|tactic| {
            let mut delays: Vec<f64> = fifth_own
                .iter()
                .filter(|(a, _)| truth.get(**a).is_some_and(|(_, t)| t == tactic))
                .filter_map(|(a, t5)| {
                    flagged_at
                        .get(*a)
                        .map(|f| ((f - t5).max(0)) as f64 / 60_000.0)
                })
                .collect();
            let m = median(&mut delays).map_or("-".to_owned(), |d| format!("{d:.0}"));
            format!("{tactic} {m}")
        })
        .collect();
    out.push_str(&format!(
        "flagged after an account's 5th comment or vote (median min, looks every {} min): {}\n",
        LOOK_EVERY_MS / 60_000,
        account_delays.join(", ")
    ));
    // A campaign's first five actions may be one account's, alone, days before its accounts
    // act together: the first hour they do is when there is something to find.
    let after_busy: Vec<String> = tactics
        .iter()
        .map(|tactic| {
            let d = busy_delays
                .get_mut(tactic.as_str())
                .and_then(median)
                .map_or("-".to_owned(), |d| format!("{d:.0}"));
            format!("{tactic} {d}")
        })
        .collect();
    out.push_str(&format!(
        "detected after its first hour with {BUSY_HOUR_ACTIONS} actions of {min_accounts} of its \
         accounts (median min): {}\n",
        after_busy.join(", ")
    ));
    out.push_str(&format!(
        "false positives among organic (%) {:>8.2} {:>17.2} {:>11.2}\n",
        false_positives(&by_detector),
        false_positives(&by_exact),
        false_positives(&by_ip)
    ));
    // Precision: the share of flagged accounts that are campaign accounts.
    let precision = |flags: &dyn Fn(&str) -> bool| {
        let flagged: Vec<&&str> = accounts.iter().filter(|a| flags(a)).collect();
        let right = flagged.iter().filter(|a| truth.contains_key(***a)).count();
        if flagged.is_empty() {
            "-".to_owned()
        } else {
            format!("{:.1}", 100.0 * right as f64 / flagged.len() as f64)
        }
    };
    out.push_str(&format!(
        "account precision (%)             {:>8} {:>17} {:>11}\n\n",
        precision(&by_detector),
        precision(&by_exact),
        precision(&by_ip)
    ));
    let mut all_delays: Vec<f64> = delays.into_values().flatten().collect();
    let mut all_activity_delays: Vec<f64> = activity_delays.into_values().flatten().collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let worst = all_delays.iter().copied().fold(0.0, f64::max);
    let median_fifth = median(&mut all_delays).unwrap_or(0.0);
    let median_first = median(&mut from_first).unwrap_or(0.0);
    let worst_activity = all_activity_delays.iter().copied().fold(0.0, f64::max);
    let median_activity = median(&mut all_activity_delays).unwrap_or(0.0);
    out.push_str(&format!(
        "campaign purity (mean)            {:>8.2}\n\
         detection after the 1st action    median {median_first:.1} min\n\
         detection after the 5th action    median {median_fifth:.1} min, worst {:.1} min\n\
         after the 5th comment or vote     median {median_activity:.1} min, worst {worst_activity:.1} min\n\
         alerts per day                    {:>8.1}\n",
        mean(&purities),
        worst,
        campaigns.len() as f64 / days,
    ));
    out.push_str(&missed(&activity, truth, &flagged_at, &tactics));
    out
}

/// Accounts with at least this many comments and votes in a stream are busy.
const BUSY_ACTIONS: u32 = 5;

/// Each account's comments and votes.
fn activity(events: &[Event]) -> HashMap<&str, (u32, u32)> {
    let mut out: HashMap<&str, (u32, u32)> = HashMap::new();
    for e in events {
        let a = out.entry(e.account.as_str()).or_default();
        match e.kind {
            Kind::Comment => a.0 += 1,
            Kind::Vote => a.1 += 1,
            Kind::Signup => {}
        }
    }
    out
}

/// Whether an account commented or voted in the stream (a sign-up alone leaves nothing to find).
fn acted(activity: &HashMap<&str, (u32, u32)>, account: &str) -> bool {
    activity.get(account).is_some_and(|(c, v)| c + v > 0)
}

/// The campaign accounts never flagged, per tactic, with what they did: a missed account
/// with 40 up-votes is a gap in the detector, one with a single comment is not.
fn missed(
    activity: &HashMap<&str, (u32, u32)>,
    truth: &Truth,
    flagged_at: &HashMap<String, i64>,
    tactics: &[String],
) -> String {
    let mut out = String::from("\nmissed accounts (comments / votes), busiest first\n");
    for tactic in tactics {
        let missed: Vec<(&str, (u32, u32))> = truth
            .iter()
            .filter(|(a, (_, t))| t == tactic && !flagged_at.contains_key(*a) && acted(activity, a))
            .map(|(a, _)| with_activity(activity, a))
            .collect();
        if !missed.is_empty() {
            out.push_str(&format!("  {tactic} {}\n", busiest_first(missed)));
        }
    }
    // Organic accounts a look showed, the first time each was shown.
    let mut organic: Vec<(i64, &str)> = flagged_at
        .iter()
        .filter(|(a, _)| !truth.contains_key(*a))
        .map(|(a, &at)| (at, a.as_str()))
        .collect();
    if !organic.is_empty() {
        out.push_str(&format!(
            "organic accounts flagged (comments / votes): {}\n",
            busiest_first(
                organic
                    .iter()
                    .map(|&(_, a)| with_activity(activity, a))
                    .collect()
            )
        ));
        // When, to replay the stream up to that look (`campaigns detect` on its first lines).
        organic.sort_unstable();
        let listed: Vec<String> = organic
            .iter()
            .take(12)
            .map(|&(at, a)| format!("{a} {}", rfc3339(at)))
            .collect();
        out.push_str(&format!("  first shown: {}\n", listed.join(", ")));
    }
    out
}

/// An account with its comments and votes.
fn with_activity<'a>(
    activity: &HashMap<&str, (u32, u32)>,
    account: &'a str,
) -> (&'a str, (u32, u32)) {
    (account, activity.get(account).copied().unwrap_or_default())
}

/// "(N): name comments/votes, ..." for the 12 busiest accounts.
fn busiest_first(mut accounts: Vec<(&str, (u32, u32))>) -> String {
    accounts.sort_by(|x, y| (y.1 .0 + y.1 .1).cmp(&(x.1 .0 + x.1 .1)).then(x.0.cmp(y.0)));
    let listed: Vec<String> = accounts
        .iter()
        .take(12)
        .map(|(a, (c, v))| format!("{a} {c}/{v}"))
        .collect();
    format!(
        "({}): {}{}",
        accounts.len(),
        listed.join(", "),
        if accounts.len() > 12 { ", ..." } else { "" }
    )
}

/// When each key reached its `n`th action, sign-ups counted or not: `key` names what an event
/// counts for (its true campaign, its account), or none.
fn nth_actions<'a>(
    events: &'a [Event],
    n: u32,
    signups: bool,
    key: impl Fn(&'a Event) -> Option<&'a str>,
) -> HashMap<&'a str, i64> {
    let mut seen: HashMap<&str, u32> = HashMap::new();
    let mut out = HashMap::new();
    for e in events.iter().filter(|e| signups || e.kind != Kind::Signup) {
        if let Some(k) = key(e) {
            let seen = seen.entry(k).or_default();
            *seen += 1;
            if *seen == n {
                out.insert(k, e.at);
            }
        }
    }
    out
}

/// Actions of a campaign within an hour that make it busy ([`first_busy_hour`]).
const BUSY_HOUR_ACTIONS: usize = 5;

/// Per key (a true campaign): the first comment or vote at which the hour up to it held
/// [`BUSY_HOUR_ACTIONS`] or more of the key's actions, from `accounts` or more of its accounts.
fn first_busy_hour<'a>(
    events: &'a [Event],
    accounts: usize,
    key: impl Fn(&'a Event) -> Option<&'a str>,
) -> HashMap<&'a str, i64> {
    /// A key's actions of the last hour, and how many each account has among them.
    #[derive(Default)]
    struct Hour<'a> {
        actions: VecDeque<(i64, &'a str)>,
        per_account: HashMap<&'a str, usize>,
    }
    let mut hours: HashMap<&str, Hour> = HashMap::new();
    let mut out = HashMap::new();
    for e in events.iter().filter(|e| e.kind != Kind::Signup) {
        let Some(k) = key(e) else { continue };
        if out.contains_key(k) {
            continue;
        }
        let hour = hours.entry(k).or_default();
        hour.actions.push_back((e.at, e.account.as_str()));
        *hour.per_account.entry(e.account.as_str()).or_default() += 1;
        while let Some(&(at, account)) = hour.actions.front() {
            if at > e.at - HOUR_MS {
                break;
            }
            hour.actions.pop_front();
            if let Some(n) = hour.per_account.get_mut(account) {
                *n -= 1;
                if *n == 0 {
                    hour.per_account.remove(account);
                }
            }
        }
        if hour.actions.len() >= BUSY_HOUR_ACTIONS && hour.per_account.len() >= accounts {
            out.insert(k, e.at);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use moderation::campaigns::{Event, Kind};

    use super::{first_busy_hour, Campaign, Look, LOOK_EVERY_MS};

    /// One account's five comments, hours apart, do not make a campaign busy; three accounts'
    /// five actions within the hour do, at the fifth of them.
    #[test]
    fn a_campaign_is_busy_when_three_of_its_accounts_act_within_the_hour() {
        let minute = 60_000;
        let act = |account: &str, at: i64| {
            Event::new(at * minute, Kind::Comment, account, "198.51.100.1")
        };
        let mut events: Vec<Event> = (0..5).map(|h| act("lone", h * 120)).collect();
        for (i, account) in ["a", "b", "c", "a", "b"].into_iter().enumerate() {
            events.push(act(account, 1000 + 10 * i as i64));
        }
        events.push(act("reader", 1005));
        let busy = first_busy_hour(&events, 3, |e| (e.account != "reader").then_some("farm"));
        assert_eq!(busy.get("farm"), Some(&(1040 * minute)));
    }

    fn found_at(detected_at: i64) -> Campaign {
        Campaign {
            id: "campaign-a".to_owned(),
            score: 1.0,
            accounts: vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
            summary: String::new(),
            members: Vec::new(),
            evidence: Vec::new(),
            first_action: 0,
            detected_at,
            last_action: detected_at,
        }
    }

    /// A campaign is dated by when it was found only when that was since the look before: one
    /// that keeps an older circle's date, or was something else at the look before, became what
    /// it is by this look.
    #[test]
    fn a_campaign_shown_is_what_it_is_since_the_look_before_at_the_earliest() {
        let at = 100 * LOOK_EVERY_MS;
        let new = Look { at, new: true };
        assert_eq!(new.since(&found_at(at - 60_000)), at - 60_000);
        assert_eq!(new.since(&found_at(at - 3 * LOOK_EVERY_MS)), at);
        let again = Look { at, new: false };
        assert_eq!(again.since(&found_at(at - 60_000)), at);
    }
}
