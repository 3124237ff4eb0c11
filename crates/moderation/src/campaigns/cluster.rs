//! From linked pairs to campaigns: connected groups of accounts (union-find over the links
//! whose evidence added up), voting circles and the feed network, fragments of one farm made
//! one group, joined by their quiet members (accounts that mostly boost the group's
//! comments), each with a score, the evidence a moderator checks pair by pair, and what
//! speaks against each member ([`super::members`]).

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::members::{summary, Member, MemberEvidence, Tally};
use super::{circles, feeds, Account, Detector, Link, BOOST_MS, LINKED};

/// Quiet members: boosts of the campaign's comments, at least.
const QUIET_MIN_BOOSTS: u32 = 8;
/// ... spread over at least this many members' comments ...
const QUIET_MIN_AUTHORS: usize = 3;
/// ... and this share of all the account's up-votes.
const QUIET_MIN_SHARE: f64 = 0.8;
/// A quiet writer's share of the boosts drawn from accounts that boosted it more than once
/// (when the group's are not [`QUIET_MIN_SHARE`] of all it drew).
const WRITER_MIN_SHARE_AGAIN: f64 = 0.5;
/// A quiet writer's boosts from the group, at least this share from members that came back:
/// a farm returns to its writers, while a farm amplifying readers boosts each one in passing.
const WRITER_MIN_CAME_BACK: f64 = 0.3;
/// Boosting both ways (a comment boosted by the group, up-votes given back to it): boosters
/// of its comments, at least ...
const BOTH_WAYS_MIN_BOOSTERS: usize = 2;
/// ... giving this share of the boosts its comments drew.
const BOTH_WAYS_MIN_DRAWN: f64 = 0.5;
/// A group whose boosts reached at least this share of the outsiders who commented in the
/// window (and [`AMPLIFIER_MIN_REACHED`] of them) boosts readers in passing: a boost or two
/// from it is no evidence that an account it boosted is one of it ...
const AMPLIFIER_REACH: f64 = 0.05;
const AMPLIFIER_MIN_REACHED: usize = 10;
/// ... and [`WRITER_MIN_CAME_BACK`] rises to this: its writers are those it comes back to
/// nearly every time.
const AMPLIFIER_CAME_BACK: f64 = 0.8;
/// A voter outside every group whose share of up-votes boosting a group is at least this many
/// times the other regular voters' share is that group's quiet member (over the up-votes
/// remembered for circles, with [`QUIET_MIN_BOOSTS`] on [`QUIET_MIN_AUTHORS`] members at least).
const CROWD_TIMES: u64 = 10;
/// Rounds of quiet members joining (each round's members count for the next).
const QUIET_ROUNDS: usize = 4;

/// A group of accounts acting together.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Campaign {
    /// `campaign-` and the name of the member that made it one: of the two accounts whose
    /// link completed the first group, the one the detector saw first (or the first member of
    /// a voting circle, the first of a feed network). The group keeps it as it grows or
    /// shrinks, so an alert's link and a moderator's open page keep pointing at it.
    pub id: String,
    /// 0 to 1: how strongly the members are tied together.
    pub score: f64,
    pub accounts: Vec<String>,
    /// One line for the moderation log and the `campaign.detected` alert.
    pub summary: String,
    /// Each member with what speaks against it, strongest first; members most tied first.
    pub members: Vec<Member>,
    pub evidence: Vec<Evidence>,
    /// Milliseconds: the members' first action, and when the group first had enough linked
    /// members to be a campaign.
    pub first_action: i64,
    pub detected_at: i64,
    /// Milliseconds: the members' latest action.
    pub last_action: i64,
}

/// Why two accounts are linked.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "signal", rename_all = "snake_case")]
pub enum Evidence {
    /// Near-duplicate comments, side by side.
    SameText {
        accounts: [String; 2],
        texts: [String; 2],
        similarity: f64,
    },
    SameDevice {
        accounts: [String; 2],
        device: String,
    },
    /// One account was held as the other, banned, coming back.
    BanEvasion { accounts: [String; 2] },
    /// Up-votes given to each other's comments.
    VoteRing {
        accounts: [String; 2],
        mutual_votes: u32,
    },
    /// The same vote on the same comments within seconds.
    VotedTogether {
        accounts: [String; 2],
        comments: u32,
    },
    SignupBurst {
        accounts: [String; 2],
        network: String,
    },
    CoActivity {
        accounts: [String; 2],
        pages: Vec<String>,
    },
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn evidence(names: [String; 2], l: &Link) -> Vec<Evidence> {
    let mut out = Vec::new();
    // One pair of texts per pair of accounts is enough to see it; the count says the rest.
    for (a, b, similarity) in l.texts.iter().take(1) {
        out.push(Evidence::SameText {
            accounts: names.clone(),
            texts: [a.clone(), b.clone()],
            similarity: (similarity * 100.0).round() / 100.0,
        });
    }
    if let Some(device) = &l.device {
        out.push(Evidence::SameDevice {
            accounts: names.clone(),
            device: device.clone(),
        });
    }
    if l.evasion {
        out.push(Evidence::BanEvasion {
            accounts: names.clone(),
        });
    }
    if l.mutual_votes > 0 {
        out.push(Evidence::VoteRing {
            accounts: names.clone(),
            mutual_votes: l.mutual_votes,
        });
    }
    if l.co_votes() > 0 {
        out.push(Evidence::VotedTogether {
            accounts: names.clone(),
            comments: l.co_votes(),
        });
    }
    if let Some(network) = &l.signup_burst {
        out.push(Evidence::SignupBurst {
            accounts: names.clone(),
            network: network.clone(),
        });
    }
    if l.co_pages.len() >= 3 {
        let mut pages: Vec<String> = l.co_pages.iter().cloned().collect();
        pages.sort();
        out.push(Evidence::CoActivity {
            accounts: names,
            pages,
        });
    }
    out
}

/// When a group was found, and the member it is named after.
type Found = (i64, Account);

/// A group found by a signal at a time, named after a member: found then, unless found before.
fn found_by(reached: &mut HashMap<usize, Found>, group: usize, found: Found) {
    let first = reached.entry(group).or_insert(found);
    *first = (*first).min(found);
}

pub(super) fn campaigns(d: &Detector) -> Vec<Campaign> {
    let mut linked: Vec<(&(Account, Account), &Link)> =
        d.links.iter().filter(|(_, l)| l.score >= LINKED).collect();
    // In the order the links formed, so that detection time is when the group reached size.
    linked.sort_by_key(|(pair, l)| (l.linked_at.unwrap_or(l.last), **pair));
    let n = d.accounts.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    let mut reached: HashMap<usize, Found> = HashMap::new();
    for ((a, b), l) in &linked {
        let (ra, rb) = (
            find(&mut parent, *a as usize),
            find(&mut parent, *b as usize),
        );
        if ra == rb {
            continue;
        }
        let (big, small) = if size[ra] >= size[rb] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        parent[small] = big;
        size[big] += size[small];
        let at = l.linked_at.unwrap_or(l.last);
        let earliest = reached
            .remove(&small)
            .into_iter()
            .chain(reached.remove(&big))
            .min();
        if let Some(t) = earliest {
            reached.insert(big, t);
        } else if size[big] >= d.config.min_accounts {
            reached.insert(big, (at, (*a).min(*b)));
        }
    }
    let mut groups: HashMap<usize, Vec<Account>> = HashMap::new();
    let mut member_of: Vec<Option<usize>> = (0..n)
        .map(|a| {
            let root = find(&mut parent, a);
            let grouped = size[root] >= d.config.min_accounts;
            if grouped {
                groups.entry(root).or_default().push(a as Account);
            }
            grouped.then_some(root)
        })
        .collect();
    // Voting circles: a circle with members in a group brings the rest of it into that
    // group; a circle apart from every group is a campaign of its own, found when the circle was.
    let circles = d.circles();
    for (i, circle) in circles.iter().enumerate() {
        let group = circle.members.iter().find_map(|&a| member_of[a as usize]);
        if group.is_none() && circle.members.len() < d.config.min_accounts {
            continue;
        }
        // Beyond every account's index, so apart from every union-find root.
        let key = group.unwrap_or(n + i);
        found_by(&mut reached, key, (circle.found, circle.named_after));
        for &a in &circle.members {
            if member_of[a as usize].is_none() {
                member_of[a as usize] = Some(key);
                groups.entry(key).or_default().push(a);
            }
        }
    }
    // Headline feeds: when the site has several, they are a feed network.
    let feeds = d.feeds();
    if feeds.len() >= d.config.min_accounts {
        let beyond = n + circles.len();
        feed_network(d, &feeds, beyond, &mut member_of, &mut groups, &mut reached);
    }
    join_fragments(d, &mut member_of, &mut groups, &mut reached);
    // Quiet members, on both sides of the boosts: accounts that boost a group's comments, and
    // accounts whose comments the group boosts. A member found this way counts for the next
    // round (a farm's voters boost its quiet writers too), for a few rounds.
    let totals = VoteTotals::of(d);
    let days = (d.config.circle_ms / (24 * 3_600_000)).max(1) as u32;
    let mut quiet: HashSet<Account> = HashSet::new();
    let mut over_the_week: HashMap<Account, WeekBoosts> = HashMap::new();
    for _ in 0..QUIET_ROUNDS {
        let mut found = quiet_members(d, &totals, &member_of);
        for (account, (group, boosts)) in quiet_over_the_week(d, &member_of) {
            if let Entry::Vacant(joins) = found.entry(account) {
                joins.insert(group);
                over_the_week.insert(account, boosts);
            }
        }
        if found.is_empty() {
            break;
        }
        for (account, group) in found {
            member_of[account as usize] = Some(group);
            if let Some(members) = groups.get_mut(&group) {
                members.push(account);
            }
            quiet.insert(account);
        }
    }
    // Members' own boosts, given and received, for their evidence.
    let mut tallies: HashMap<Account, Tally> = HashMap::new();
    for (&(voter, author), t) in &d.upvotes {
        if t.boosts == 0 {
            continue;
        }
        if let (Some(gv), Some(ga)) = (member_of[voter as usize], member_of[author as usize]) {
            if gv == ga {
                let tally = tallies.entry(voter).or_default();
                tally.boosts += t.boosts;
                tally.boost_minutes += t.boost_minutes;
                tally.boosted.insert(author);
                let theirs = tallies.entry(author).or_default();
                theirs.boosts_received += t.boosts;
                theirs.boosters.insert(voter);
            }
        }
    }
    for circle in circles.iter() {
        for (&a, &gave) in &circle.gave {
            if member_of[a as usize].is_some() {
                tallies.entry(a).or_default().circle_gave = Some(gave);
            }
        }
        for (&a, &drew) in &circle.drew {
            if member_of[a as usize].is_some() {
                tallies.entry(a).or_default().circle_drew = Some(drew);
            }
        }
    }
    for (&a, &boosts) in &over_the_week {
        tallies.entry(a).or_default().week_boosts = Some(boosts);
    }
    for f in &feeds {
        if member_of[f.account as usize].is_some() {
            tallies.entry(f.account).or_default().feed =
                Some((f.headlines, f.of, feeds.len() as u32));
        }
    }
    // Every link between two members, linked or not yet, adds to both members' evidence.
    for (&(a, b), l) in &d.links {
        let (Some(ga), Some(gb)) = (member_of[a as usize], member_of[b as usize]) else {
            continue;
        };
        if ga == gb {
            tallies.entry(a).or_default().link(l, true);
            tallies.entry(b).or_default().link(l, false);
        }
    }
    let mut out: Vec<Campaign> = groups
        .into_iter()
        .map(|(root, members)| {
            let member_set: HashSet<Account> = members.iter().copied().collect();
            let mut evidence_list = Vec::new();
            let mut strength = 0.0;
            let mut edges = 0usize;
            for ((a, b), l) in &linked {
                if member_set.contains(a) && member_set.contains(b) {
                    strength += l.score.min(3.0) / 3.0;
                    edges += 1;
                    if evidence_list.len() < 30 {
                        let names = [
                            d.accounts[*a as usize].name.clone(),
                            d.accounts[*b as usize].name.clone(),
                        ];
                        evidence_list.extend(evidence(names, l));
                    }
                }
            }
            let mut ranked: Vec<(f64, Member)> = members
                .iter()
                .map(|&a| {
                    let state = &d.accounts[a as usize];
                    let evidence = tallies
                        .get(&a)
                        .map(|t| t.evidence(totals.given(a), quiet.contains(&a), days))
                        .unwrap_or_default();
                    let total: f64 = evidence.iter().map(MemberEvidence::strength).sum();
                    let summary = evidence
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    (
                        total,
                        Member {
                            account: state.name.clone(),
                            evidence,
                            summary,
                        },
                    )
                })
                .collect();
            ranked.sort_by(|(x, a), (y, b)| y.total_cmp(x).then_with(|| a.account.cmp(&b.account)));
            let members_ranked: Vec<Member> = ranked.into_iter().map(|(_, m)| m).collect();
            let mut accounts: Vec<String> = members
                .iter()
                .map(|&a| d.accounts[a as usize].name.clone())
                .collect();
            accounts.sort();
            // Denser and stronger ties score higher; a chain of single links scores lowest.
            let core = members.len() - quiet.iter().filter(|q| member_set.contains(q)).count();
            let density = edges as f64 / (core - 1).max(1) as f64;
            let score = (strength / edges.max(1) as f64 * density.min(2.0) / 2.0 + 0.5).min(1.0);
            // Named after the member that made it one, while it is one (a circle or a feed
            // network joining a group may be named after an account of another group).
            let (detected_at, named_after) = reached.get(&root).copied().unzip();
            let name = named_after
                .filter(|&a| member_set.contains(&a))
                .map_or(&accounts[0], |a| &d.accounts[a as usize].name);
            Campaign {
                id: format!("campaign-{name}"),
                score: (score * 100.0).round() / 100.0,
                first_action: members
                    .iter()
                    .map(|&a| d.accounts[a as usize].first)
                    .min()
                    .unwrap_or(0),
                detected_at: detected_at.unwrap_or(0),
                last_action: members
                    .iter()
                    .map(|&a| d.accounts[a as usize].last)
                    .max()
                    .unwrap_or(0),
                summary: summary(&members_ranked),
                accounts,
                members: members_ranked,
                evidence: evidence_list,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.accounts.len().cmp(&a.accounts.len()))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// The site's headline feeds (at least `min_accounts` of them) are one network: those in
/// no group join the group that already holds at least half of them (a farm found by other
/// signals whose outlets are feeds; not a group one of whose members happens to write
/// headlines), or, when they are enough by themselves, are a group of their own, `beyond` every
/// other group's key; a group of feeds alone joins the network too.
fn feed_network(
    d: &Detector,
    feeds: &[feeds::Feed],
    beyond: usize,
    member_of: &mut [Option<usize>],
    groups: &mut HashMap<usize, Vec<Account>>,
    reached: &mut HashMap<usize, Found>,
) {
    let mut held: HashMap<usize, usize> = HashMap::new();
    for f in feeds {
        if let Some(group) = member_of[f.account as usize] {
            *held.entry(group).or_default() += 1;
        }
    }
    let apart = feeds
        .iter()
        .filter(|f| member_of[f.account as usize].is_none())
        .count();
    // The feeds spread over several groups and too few apart make no network of their own.
    let Some(key) = held
        .into_iter()
        .filter(|&(_, n)| 2 * n >= feeds.len())
        .max_by_key(|&(group, n)| (n, std::cmp::Reverse(group)))
        .map(|(group, _)| group)
        .or((apart >= d.config.min_accounts).then_some(beyond))
    else {
        return;
    };
    // A network since the site had enough feeds, named after its first feed.
    let mut since: Vec<i64> = feeds.iter().map(|f| f.since).collect();
    since.sort_unstable();
    let first = feeds
        .iter()
        .filter(|f| member_of[f.account as usize].is_none_or(|g| g == key))
        .min_by_key(|f| (f.since, f.account));
    if let Some(first) = first {
        found_by(
            reached,
            key,
            (since[d.config.min_accounts - 1], first.account),
        );
    }
    for f in feeds {
        if member_of[f.account as usize].is_none() {
            member_of[f.account as usize] = Some(key);
            groups.entry(key).or_default().push(f.account);
        }
    }
    // A group of feeds alone (outlets that share headlines are linked by their texts first) is
    // part of the network too.
    let is_feed: HashSet<Account> = feeds.iter().map(|f| f.account).collect();
    let mut of_feeds: Vec<usize> = groups
        .iter()
        .filter(|&(&g, members)| g != key && members.iter().all(|m| is_feed.contains(m)))
        .map(|(&g, _)| g)
        .collect();
    of_feeds.sort_unstable();
    let mut network = key;
    for g in of_feeds {
        network = unite(network, g, member_of, groups, reached);
    }
}

/// Fragments of one farm: a group each of whose members is tied to another group is part of
/// that group. A member is tied when its evidence with the other group's members adds up to a
/// link (as two accounts' evidence does), or when the boosts it gave their comments and drew
/// from them are at least [`QUIET_MIN_BOOSTS`], with [`QUIET_MIN_AUTHORS`] of them (what
/// makes an account outside every group a quiet member). A farm is often found first as
/// several groups, its voters and writers tied to the others' by co-votes and boosts that
/// never made a link between two of them; one campaign, found when its first fragment was,
/// and named after it, is one alert and one ban.
fn join_fragments(
    d: &Detector,
    member_of: &mut [Option<usize>],
    groups: &mut HashMap<usize, Vec<Account>>,
    reached: &mut HashMap<usize, Found>,
) {
    // Each member's links into other groups, in a fixed order: the same scores summed in
    // another order could fall on either side of the line.
    let mut across: Vec<(Account, usize, Account, f64)> = Vec::new();
    for (&(a, b), l) in &d.links {
        if let (Some(ga), Some(gb)) = (member_of[a as usize], member_of[b as usize]) {
            if ga != gb {
                across.push((a, gb, b, l.score));
                across.push((b, ga, a, l.score));
            }
        }
    }
    across.sort_unstable_by_key(|&(member, other, with, _)| (member, other, with));
    let mut ties: HashSet<(Account, usize)> = HashSet::new();
    for run in across.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        if run.iter().map(|x| x.3).sum::<f64>() >= LINKED {
            ties.insert((run[0].0, run[0].1));
        }
    }
    // Boosts given to and drawn from another group's members, and from how many of them.
    let mut boosts: HashMap<(Account, usize), (u32, HashSet<Account>)> = HashMap::new();
    for (&(voter, author), t) in &d.upvotes {
        if t.boosts == 0 {
            continue;
        }
        if let (Some(gv), Some(ga)) = (member_of[voter as usize], member_of[author as usize]) {
            if gv != ga {
                for (member, other, with) in [(voter, ga, author), (author, gv, voter)] {
                    let (n, whom) = boosts.entry((member, other)).or_default();
                    *n += t.boosts;
                    whom.insert(with);
                }
            }
        }
    }
    ties.extend(
        boosts
            .into_iter()
            .filter(|(_, (n, whom))| *n >= QUIET_MIN_BOOSTS && whom.len() >= QUIET_MIN_AUTHORS)
            .map(|(tie, _)| tie),
    );
    // Per group and other group: its members tied to the other.
    let mut tied: HashMap<(usize, usize), usize> = HashMap::new();
    for &(member, other) in &ties {
        if let Some(group) = member_of[member as usize] {
            *tied.entry((group, other)).or_default() += 1;
        }
    }
    // Each join by one member of either group: unite moves members, so a member's group is
    // where its group went.
    let mut joins: Vec<(Account, Account)> = tied
        .into_iter()
        .filter(|&((group, _), n)| groups.get(&group).is_some_and(|m| m.len() == n))
        .filter_map(|((group, other), _)| {
            Some((*groups.get(&group)?.first()?, *groups.get(&other)?.first()?))
        })
        .collect();
    joins.sort_unstable();
    for (one, another) in joins {
        if let (Some(a), Some(b)) = (member_of[one as usize], member_of[another as usize]) {
            if a != b {
                unite(a, b, member_of, groups, reached);
            }
        }
    }
}

/// Makes groups `a` and `b` one: the one found first keeps its place and its name, and the
/// other's members move to it. Returns the group kept.
fn unite(
    a: usize,
    b: usize,
    member_of: &mut [Option<usize>],
    groups: &mut HashMap<usize, Vec<Account>>,
    reached: &mut HashMap<usize, Found>,
) -> usize {
    let found = |g: usize| (reached.get(&g).copied().unwrap_or((i64::MAX, 0)), g);
    let (keep, gone) = if found(a) <= found(b) { (a, b) } else { (b, a) };
    let moved = groups.remove(&gone).unwrap_or_default();
    for &m in &moved {
        member_of[m as usize] = Some(keep);
    }
    groups.entry(keep).or_default().extend(moved);
    if let Some(first) = reached.remove(&gone) {
        found_by(reached, keep, first);
    }
    keep
}

/// One round of quiet members: accounts outside every group whose boosts went to one group's
/// comments (at least [`QUIET_MIN_BOOSTS`], on [`QUIET_MIN_AUTHORS`] members' comments, and
/// [`QUIET_MIN_SHARE`] of their up-votes), or whose comments drew such boosts from a group's
/// members (the same thresholds, of all the boosts they drew or [`WRITER_MIN_SHARE_AGAIN`]
/// of those drawn from accounts that boosted it more than once, on two of its comments or
/// more, [`WRITER_MIN_CAME_BACK`] of them from members that came back), or that boosts a
/// group both ways ([`boosts_back`]). From a group that boosts readers widely
/// ([`amplifiers`]), only writers it came back to nearly every time
/// ([`AMPLIFIER_CAME_BACK`]).
fn quiet_members(
    d: &Detector,
    totals: &VoteTotals,
    member_of: &[Option<usize>],
) -> HashMap<Account, usize> {
    let mut gave: HashMap<(Account, usize), Tally> = HashMap::new();
    let mut drew: HashMap<(Account, usize), Tally> = HashMap::new();
    for (&(voter, author), t) in &d.upvotes {
        if t.boosts == 0 {
            continue;
        }
        match (member_of[voter as usize], member_of[author as usize]) {
            (None, Some(group)) => {
                let tally = gave.entry((voter, group)).or_default();
                tally.boosts += t.boosts;
                tally.boosted.insert(author);
            }
            (Some(group), None) => {
                let tally = drew.entry((author, group)).or_default();
                tally.boosts_received += t.boosts;
                tally.boosts_received_again += t.boosts_again();
                tally.boosters.insert(voter);
                tally.boosted_comments.merge(t.boosted);
            }
            _ => {}
        }
    }
    let amplifiers = amplifiers(totals, member_of, &drew);
    // Each account found, with its group and the boosts that made it a member: an account
    // that qualifies for two groups joins the one it boosted, or drew boosts from, most.
    let mut found: HashMap<Account, (usize, u32)> = HashMap::new();
    let mut join = |account: Account, group: usize, boosts: u32| {
        if found
            .get(&account)
            .is_none_or(|&(g, best)| (best, g) < (boosts, group))
        {
            found.insert(account, (group, boosts));
        }
    };
    for (&(voter, group), tally) in &gave {
        if enough_boosts(tally.boosts, tally.boosted.len(), totals.given(voter)) {
            join(voter, group, tally.boosts);
        }
    }
    for (&(author, group), tally) in &drew {
        // A group's writer draws its boosts on comment after comment; a reader whose one
        // comment a brigade piled onto is its target, not one of it, unless it boosts the
        // group back. The group's boosts are most of those it drew, or at least half of
        // those drawn from accounts that came back: a farm's loudest account draws a
        // reader's like on every other comment, and readers do not come back as the farm
        // does, while a columnist's own fans do. And the group came back to it: a farm
        // boosting the readers who agree with it boosts each in passing. A group that
        // boosts readers widely comes back to some by chance: its own writers are those it
        // comes back to nearly every time, and a boost or two from it says nothing.
        let amplifier = amplifiers.contains(&group);
        let (n, again) = (tally.boosts_received, tally.boosts_received_again);
        let came_back = if amplifier {
            AMPLIFIER_CAME_BACK
        } else {
            WRITER_MIN_CAME_BACK
        };
        let writer = tally.boosted_comments.several()
            && enough_boosts(n, tally.boosters.len(), 0)
            && share_of(again, n, came_back)
            && (share_of(n, totals.boosts_drawn(author), QUIET_MIN_SHARE)
                || share_of(
                    again,
                    totals.boosts_drawn_again(author),
                    WRITER_MIN_SHARE_AGAIN,
                ));
        let both_ways = !amplifier
            && gave
                .get(&(author, group))
                .is_some_and(|given| boosts_back(tally, given.boosts, author, totals));
        if writer || both_ways {
            join(author, group, n);
        }
    }
    found
        .into_iter()
        .map(|(account, (group, _))| (account, group))
        .collect()
}

/// The groups that boost readers in passing: their boosts reached [`AMPLIFIER_REACH`] of the
/// outsiders who commented in the window. A farm up-voting the readers who agree with it (to
/// amplify them, or as cover) blurs the line between its hidden writers and those readers;
/// the rules that read what an account does itself (its up-votes, its texts) are unchanged.
fn amplifiers(
    totals: &VoteTotals,
    member_of: &[Option<usize>],
    drew: &HashMap<(Account, usize), Tally>,
) -> HashSet<usize> {
    // `drew` holds outsiders only: those of them who commented in the window.
    let mut reached: HashMap<usize, usize> = HashMap::new();
    for &(author, group) in drew.keys() {
        if totals.commenters.contains(&author) {
            *reached.entry(group).or_default() += 1;
        }
    }
    let outsiders = totals
        .commenters
        .iter()
        .filter(|&&a| member_of[a as usize].is_none())
        .count();
    reached
        .into_iter()
        .filter(|&(_, n)| {
            n >= AMPLIFIER_MIN_REACHED && share_of(n as u32, outsiders as u32, AMPLIFIER_REACH)
        })
        .map(|(group, _)| group)
        .collect()
}

/// Whether `n` is at least `share` of `all`.
fn share_of(n: u32, all: u32, share: f64) -> bool {
    f64::from(n) >= share * f64::from(all)
}

/// The quiet voters' thresholds: at least [`QUIET_MIN_BOOSTS`] boosts, on
/// [`QUIET_MIN_AUTHORS`] accounts or more, and [`QUIET_MIN_SHARE`] of `all`.
fn enough_boosts(n: u32, accounts: usize, all: u32) -> bool {
    n >= QUIET_MIN_BOOSTS && accounts >= QUIET_MIN_AUTHORS && share_of(n, all, QUIET_MIN_SHARE)
}

/// A voter's boosts of one group over the up-votes remembered for circles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct WeekBoosts {
    /// Up-votes on the group's comments within [`BOOST_MS`] of their posting ...
    pub votes: u32,
    /// ... of the voter's up-votes remembered ...
    pub of: u32,
    /// ... on this many of the group's members.
    pub members: u32,
    /// How many times the other regular voters' share of up-votes boosting the group the
    /// voter's share is; `None` when none of their up-votes boosts it (or there are none).
    pub times_the_crowd: Option<f64>,
}

/// The voters' rule of [`quiet_members`] over the up-votes remembered for circles (each
/// voter's last [`circles::BALLOTS_PER_VOTER`], over [`super::Config::circle_ms`]) instead of
/// the day's window: a farm's voter that boosted a member's comments all day before that
/// member was found (the day after, by other evidence) has left the window, not the week.
/// A reader's favourite is a campaign member here only if nearly all its up-votes boost that
/// campaign, on three members' comments or more, or if it boosts the campaign at
/// [`CROWD_TIMES`] the rate of the other regular voters outside every group (those with as
/// many up-votes remembered as a member needs boosts): a farm's voter spending most of its
/// up-votes on readers as cover still gives the farm a share that no reader does.
fn quiet_over_the_week(
    d: &Detector,
    member_of: &[Option<usize>],
) -> HashMap<Account, (usize, WeekBoosts)> {
    let since = d.now - d.config.circle_ms;
    // The up-votes remembered of every outsider with at least [`QUIET_MIN_BOOSTS`] of them,
    // and its boosts per group; theirs together (the crowd of regular voters each voter is
    // compared with); and each voter's boosts of a group enough in number and members.
    let mut crowd_votes = 0u32;
    let mut crowd_boosts: HashMap<usize, u32> = HashMap::new();
    let mut candidates: Vec<(Account, usize, WeekBoosts)> = Vec::new();
    let mut boosts: Vec<(usize, Account)> = Vec::with_capacity(circles::BALLOTS_PER_VOTER);
    for (&voter, ballots) in &d.ballots {
        if member_of[voter as usize].is_some() || ballots.len() < QUIET_MIN_BOOSTS as usize {
            continue;
        }
        boosts.clear();
        let mut all = 0u32;
        for b in circles::recent(ballots, since) {
            all += 1;
            if let (Some(group), true) = (member_of[b.author as usize], b.at - b.posted <= BOOST_MS)
            {
                boosts.push((group, b.author));
                *crowd_boosts.entry(group).or_default() += 1;
            }
        }
        crowd_votes += all;
        boosts.sort_unstable();
        for one_group in boosts.chunk_by(|x, y| x.0 == y.0) {
            let votes = one_group.len() as u32;
            let members = 1 + one_group.windows(2).filter(|w| w[0].1 != w[1].1).count();
            if votes >= QUIET_MIN_BOOSTS && members >= QUIET_MIN_AUTHORS {
                let boosts = WeekBoosts {
                    votes,
                    of: all,
                    members: members as u32,
                    times_the_crowd: None,
                };
                candidates.push((voter, one_group[0].0, boosts));
            }
        }
    }
    let mut found: HashMap<Account, (usize, WeekBoosts)> = HashMap::new();
    for (voter, group, mut boosts) in candidates {
        // The other regular voters' up-votes, and those of them boosting the group: the voter
        // is beyond the crowd when its share is CROWD_TIMES theirs (compared by
        // cross-multiplying, so that none of theirs boosting it is no division by zero).
        let others = u64::from(crowd_votes - boosts.of);
        let others_boosts = u64::from(crowd_boosts[&group] - boosts.votes);
        let (votes, of) = (u64::from(boosts.votes), u64::from(boosts.of));
        boosts.times_the_crowd =
            (others_boosts > 0).then(|| (votes * others) as f64 / (of * others_boosts) as f64);
        let beyond_the_crowd = others > 0 && votes * others >= CROWD_TIMES * of * others_boosts;
        if !(share_of(boosts.votes, boosts.of, QUIET_MIN_SHARE) || beyond_the_crowd) {
            continue;
        }
        // A voter that qualifies for two groups joins the one it boosted most.
        if found.get(&voter).is_none_or(|&(g, best)| {
            (best.votes, std::cmp::Reverse(g)) < (boosts.votes, std::cmp::Reverse(group))
        }) {
            found.insert(voter, (group, boosts));
        }
    }
    found
}

/// Boosting both ways: an account whose comments drew boosts from at least
/// [`BOTH_WAYS_MIN_BOOSTERS`] of a group's members (at least [`BOTH_WAYS_MIN_DRAWN`] of the
/// boosts they drew) and whose own up-votes went, within minutes of posting, to that group's
/// comments ([`QUIET_MIN_SHARE`] of them; one is enough). A farm's member with a comment and a
/// few votes trades boosts with its fellows; a brigade's target draws the boosts and gives none
/// back, and a regular who up-votes much else falls short of the share.
fn boosts_back(drew: &Tally, given: u32, account: Account, totals: &VoteTotals) -> bool {
    drew.boosters.len() >= BOTH_WAYS_MIN_BOOSTERS
        && share_of(
            drew.boosts_received,
            totals.boosts_drawn(account),
            BOTH_WAYS_MIN_DRAWN,
        )
        && share_of(given, totals.given(account), QUIET_MIN_SHARE)
}

/// Each account's up-votes in the window, the boosts its comments drew, and who commented:
/// the same for every round of quiet members, so counted once.
struct VoteTotals {
    /// The accounts with a comment in the window.
    commenters: HashSet<Account>,
    given: HashMap<Account, u32>,
    drawn: HashMap<Account, u32>,
    /// Boosts drawn from accounts that boosted the author more than once.
    drawn_again: HashMap<Account, u32>,
}

impl VoteTotals {
    fn of(d: &Detector) -> VoteTotals {
        let mut totals = VoteTotals {
            commenters: d
                .comment_author
                .values()
                .map(|&(author, _)| author)
                .collect(),
            given: HashMap::new(),
            drawn: HashMap::new(),
            drawn_again: HashMap::new(),
        };
        for (&(voter, author), t) in &d.upvotes {
            *totals.given.entry(voter).or_default() += t.given;
            *totals.drawn.entry(author).or_default() += t.boosts;
            *totals.drawn_again.entry(author).or_default() += t.boosts_again();
        }
        totals
    }

    fn boosts_drawn_again(&self, account: Account) -> u32 {
        self.drawn_again.get(&account).copied().unwrap_or(0)
    }

    fn given(&self, account: Account) -> u32 {
        self.given.get(&account).copied().unwrap_or(0)
    }

    fn boosts_drawn(&self, account: Account) -> u32 {
        self.drawn.get(&account).copied().unwrap_or(0)
    }
}
