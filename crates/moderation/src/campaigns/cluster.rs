//! From linked pairs to campaigns: connected groups of accounts (union-find over the links
//! whose evidence added up), voting circles and the feed network, fragments of one farm made
//! one group, joined by the accounts echoing its talking points, the players of its hashtag
//! games and its quiet members (accounts that mostly boost the group's comments), each with a
//! score, the evidence a moderator checks pair by pair, and what speaks against each member
//! ([`super::members`]).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::components::{Components, Found};
use super::members::{summary, Member, MemberEvidence, Played, Tally};
use super::quiet::{
    add_quiet_members, VoteTotals, WeekBoosts, QUIET_MIN_AUTHORS, QUIET_MIN_BOOSTS,
};
use super::{circles, feeds, games, Account, Detector, Link, LINKED};

/// How many comments of its own, each repeating a group member's, an account outside every
/// group needs to join the group by its echoes.
const ECHOES: usize = 2;

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
    /// Both new to the site, they boosted one writer's fresh comments again and again, among
    /// newcomers who were most of its up-voters.
    NewcomersBoosting {
        accounts: [String; 2],
        writer: String,
    },
    /// A writer new to the site whose fresh comments a newcomer boosted again and again,
    /// among newcomers who were most of its up-voters.
    BoostedByNewcomers { writer: String, newcomer: String },
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
    if let Some(writer) = &l.newcomers_boosting {
        out.push(Evidence::NewcomersBoosting {
            accounts: names.clone(),
            writer: writer.clone(),
        });
    }
    if let Some(lower_wrote) = l.boosted_writer {
        let [lower, higher] = names.clone();
        let (writer, newcomer) = if lower_wrote {
            (lower, higher)
        } else {
            (higher, lower)
        };
        out.push(Evidence::BoostedByNewcomers { writer, newcomer });
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

/// The groups as they form: each account's group (by key), each group's members, and when
/// each group was found and after whom it is named. A group's key is the union-find root of
/// its linked accounts, or beyond every account's index for a circle or a feed network found
/// apart from every group.
pub(super) struct Groups {
    pub(super) member_of: Vec<Option<usize>>,
    members: HashMap<usize, Vec<Account>>,
    reached: HashMap<usize, Found>,
}

impl Groups {
    /// Connected groups of at least `min_accounts` linked accounts (union-find), each found
    /// when it reached that size: `linked` in the order the links formed.
    fn of_links(d: &Detector, linked: &[(&(Account, Account), &Link)]) -> Groups {
        let n = d.accounts.len();
        let mut sets = Components::new(n, d.config.min_accounts);
        for ((a, b), l) in linked {
            sets.join(*a, *b, (l.linked_at.unwrap_or(l.last), (*a).min(*b)));
        }
        let mut members: HashMap<usize, Vec<Account>> = HashMap::new();
        let member_of = (0..n as Account)
            .map(|a| {
                let root = sets.find(a);
                let grouped = sets.size(root) >= d.config.min_accounts;
                if grouped {
                    members.entry(root).or_default().push(a);
                }
                grouped.then_some(root)
            })
            .collect();
        let reached = sets.into_found();
        Groups {
            member_of,
            members,
            reached,
        }
    }

    /// `account` joins group `key`, unless it is in a group already.
    pub(super) fn add(&mut self, key: usize, account: Account) {
        if self.member_of[account as usize].is_none() {
            self.member_of[account as usize] = Some(key);
            self.members.entry(key).or_default().push(account);
        }
    }

    /// Group `group`, found by a signal at a time and named after a member: found then,
    /// unless found before.
    fn found_by(&mut self, group: usize, found: Found) {
        let first = self.reached.entry(group).or_insert(found);
        *first = (*first).min(found);
    }

    /// Voting circles: a circle with members in a group brings the rest of it into that
    /// group; a circle apart from every group is a campaign of its own, found when the circle
    /// was.
    fn add_circles(&mut self, d: &Detector, circles: &[circles::Circle]) {
        let n = d.accounts.len();
        for (i, circle) in circles.iter().enumerate() {
            let group = circle
                .members
                .iter()
                .find_map(|&a| self.member_of[a as usize]);
            if group.is_none() && circle.members.len() < d.config.min_accounts {
                continue;
            }
            // Beyond every account's index, so apart from every union-find root.
            let key = group.unwrap_or(n + i);
            self.found_by(key, (circle.found, circle.named_after));
            for &a in &circle.members {
                self.add(key, a);
            }
        }
    }

    /// Echoes: an account in no group whose comments repeat the talking points of one group's
    /// members, one here and one there (a farm's account reposting its fellows' lines, each
    /// once, in look-alike letters or not), joins that group when the text evidence it shares
    /// with the group's members adds up to a link (1.0: two talking points between established
    /// accounts), with at least [`ECHOES`] comments of its own, each repeating a member's;
    /// no one pair adds up to a link. One comment that repeats a slogan every member posted
    /// is not enough. Returns the accounts that joined.
    fn add_echoes(&mut self, d: &Detector) -> HashSet<Account> {
        let mut echoes: HashMap<(Account, usize), (f64, HashSet<u64>)> = HashMap::new();
        for (&(a, b), l) in &d.links {
            if l.text_score <= 0.0 {
                continue;
            }
            let (of_a, of_b) = &l.text_keys;
            for (outside, member, own) in [(a, b, of_a), (b, a, of_b)] {
                if let (None, Some(g)) = (
                    self.member_of[outside as usize],
                    self.member_of[member as usize],
                ) {
                    let (score, comments) = echoes.entry((outside, g)).or_default();
                    *score += l.text_score;
                    comments.extend(own);
                }
            }
        }
        let mut joining: Vec<(Account, usize)> = echoes
            .into_iter()
            .filter(|(_, (score, comments))| *score >= LINKED && comments.len() >= ECHOES)
            .map(|(tie, _)| tie)
            .collect();
        // An account echoing two groups joins the one that comes first: the same every run.
        joining.sort_unstable();
        let mut joined = HashSet::new();
        for (account, group) in joining {
            if self.member_of[account as usize].is_none() {
                self.add(group, account);
                joined.insert(account);
            }
        }
        joined
    }

    /// Hashtag games: the players of a game at least `min_accounts` of whose players are
    /// members of one group join that group (of several such, the one holding the most). In
    /// rounds, until no one joins: the players a game brings in may make another game the
    /// group's. Returns the accounts that joined.
    fn add_players(&mut self, d: &Detector, games: &[games::Game]) -> HashSet<Account> {
        let mut joined = HashSet::new();
        loop {
            let before = joined.len();
            for game in games {
                let Some((key, _)) = self.holding_most(game.players, d.config.min_accounts) else {
                    continue;
                };
                for &p in game.players {
                    if self.member_of[p as usize].is_none() {
                        self.add(key, p);
                        joined.insert(p);
                    }
                }
            }
            if joined.len() == before {
                return joined;
            }
        }
    }

    /// The group holding the most of `accounts`, at least `at_least` of them, and those.
    fn holding_most(&self, accounts: &[Account], at_least: usize) -> Option<(usize, Vec<Account>)> {
        let mut held: HashMap<usize, Vec<Account>> = HashMap::new();
        for &a in accounts {
            if let Some(g) = self.member_of[a as usize] {
                held.entry(g).or_default().push(a);
            }
        }
        held.into_iter()
            .filter(|(_, members)| members.len() >= at_least)
            .max_by_key(|(g, members)| (members.len(), std::cmp::Reverse(*g)))
    }

    /// A game's players in the group holding most of them (at least `at_least`) played it
    /// with the others: their evidence.
    fn tally_game(
        &self,
        game: &games::Game,
        at_least: usize,
        tallies: &mut HashMap<Account, Tally>,
    ) {
        let Some((_, members)) = self.holding_most(game.players, at_least) else {
            return;
        };
        for &m in &members {
            tallies.entry(m).or_default().games.push(Played {
                hashtag: game.hashtag.to_owned(),
                fellows: members.len() as u32 - 1,
                players: game.players.len() as u32,
                minutes: game.minutes,
            });
        }
    }

    /// Makes groups `a` and `b` one: the one found first keeps its place and its name, and
    /// the other's members move to it. Returns the group kept.
    fn unite(&mut self, a: usize, b: usize) -> usize {
        let found = |g: usize| (self.reached.get(&g).copied().unwrap_or((i64::MAX, 0)), g);
        let (keep, gone) = if found(a) <= found(b) { (a, b) } else { (b, a) };
        let moved = self.members.remove(&gone).unwrap_or_default();
        for &m in &moved {
            self.member_of[m as usize] = Some(keep);
        }
        self.members.entry(keep).or_default().extend(moved);
        if let Some(first) = self.reached.remove(&gone) {
            self.found_by(keep, first);
        }
        keep
    }
}

pub(super) fn campaigns(d: &Detector) -> Vec<Campaign> {
    let mut linked: Vec<(&(Account, Account), &Link)> =
        d.links.iter().filter(|(_, l)| l.score >= LINKED).collect();
    // In the order the links formed, so that detection time is when the group reached size.
    linked.sort_by_key(|(pair, l)| (l.linked_at.unwrap_or(l.last), **pair));
    let mut groups = Groups::of_links(d, &linked);
    let circles = d.circles();
    groups.add_circles(d, &circles);
    // Keys of groups found apart from every link: each account's (`0..n`), each circle's
    // (`n + i`), then the feed network's, then the game networks'.
    let feed_key = d.accounts.len() + circles.len();
    // Headline feeds: when the site has several, they are a feed network.
    let feeds = d.feeds();
    if feeds.len() >= d.config.min_accounts {
        feed_network(d, &feeds, feed_key, &mut groups);
    }
    join_fragments(d, &mut groups);
    let mut joined = groups.add_echoes(d);
    let games = d.games();
    joined.extend(game_networks(d, &games, feed_key + 1, &mut groups));
    joined.extend(groups.add_players(d, &games));
    let totals = VoteTotals::of(d);
    let (quiet, over_the_week) = add_quiet_members(d, &totals, &mut groups);
    let mut tallies = tallies(d, &groups.member_of, &circles, &over_the_week, &feeds);
    for game in &games {
        groups.tally_game(game, d.config.min_accounts, &mut tallies);
    }
    let days = (d.config.circle_ms / (24 * 3_600_000)).max(1) as u32;
    let describe = Describe {
        d,
        linked: &linked,
        tallies: &tallies,
        totals: &totals,
        quiet: &quiet,
        joined: &joined,
        days,
    };
    let mut out: Vec<Campaign> = groups
        .members
        .into_iter()
        .map(|(root, members)| describe.campaign(members, groups.reached.get(&root).copied()))
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.accounts.len().cmp(&a.accounts.len()))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// Each member's evidence: the boosts it gave the group's comments and drew from its members,
/// its circle's figures, its boosts over the week, its headlines, and every link with another
/// member, linked or not yet.
fn tallies(
    d: &Detector,
    member_of: &[Option<usize>],
    circles: &[circles::Circle],
    over_the_week: &HashMap<Account, WeekBoosts>,
    feeds: &[feeds::Feed],
) -> HashMap<Account, Tally> {
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
    for circle in circles {
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
    for (&a, &boosts) in over_the_week {
        tallies.entry(a).or_default().week_boosts = Some(boosts);
    }
    for f in feeds {
        if member_of[f.account as usize].is_some() {
            tallies.entry(f.account).or_default().feed =
                Some((f.headlines, f.of, feeds.len() as u32));
        }
    }
    for (&(a, b), l) in &d.links {
        let (Some(ga), Some(gb)) = (member_of[a as usize], member_of[b as usize]) else {
            continue;
        };
        if ga == gb {
            tallies.entry(a).or_default().link(l, true);
            tallies.entry(b).or_default().link(l, false);
        }
    }
    tallies
}

/// What a group becomes as a campaign: its score, its members ranked by their evidence, the
/// evidence between pairs of them, and its name.
struct Describe<'a> {
    d: &'a Detector,
    linked: &'a [(&'a (Account, Account), &'a Link)],
    tallies: &'a HashMap<Account, Tally>,
    totals: &'a VoteTotals,
    quiet: &'a HashSet<Account>,
    /// Accounts that joined by echoing the group's talking points or playing its hashtag
    /// games: no link of their own adds up.
    joined: &'a HashSet<Account>,
    days: u32,
}

impl Describe<'_> {
    fn campaign(&self, members: Vec<Account>, found: Option<Found>) -> Campaign {
        let d = self.d;
        let member_set: HashSet<Account> = members.iter().copied().collect();
        let mut evidence_list = Vec::new();
        let mut strength = 0.0;
        let mut edges = 0usize;
        for ((a, b), l) in self.linked {
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
                let evidence = self
                    .tallies
                    .get(&a)
                    .map(|t| t.evidence(self.totals.given(a), self.quiet.contains(&a), self.days))
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
        let here = |set: &HashSet<Account>| set.iter().filter(|a| member_set.contains(a)).count();
        let core = members.len() - here(self.quiet) - here(self.joined);
        let density = edges as f64 / core.saturating_sub(1).max(1) as f64;
        let score = (strength / edges.max(1) as f64 * density.min(2.0) / 2.0 + 0.5).min(1.0);
        // Named after the member that made it one, while it is one (a circle or a feed
        // network joining a group may be named after an account of another group).
        let (detected_at, named_after) = found.unzip();
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
    }
}

/// The networks of accounts that played two hashtag games together ([`games::networks`]), of
/// at least `min_accounts` accounts: those in no group join the group that holds
/// `min_accounts` of the network or more, or are a group of their own (each `beyond` every
/// other group's key, and after one another), found when the network reached that size and
/// named after its first player. Returns the accounts that joined.
fn game_networks(
    d: &Detector,
    games: &[games::Game],
    beyond: usize,
    groups: &mut Groups,
) -> HashSet<Account> {
    let mut joined = HashSet::new();
    let at_least = d.config.min_accounts;
    let networks = games::networks(games, d.accounts.len(), at_least);
    for (i, (network, at)) in networks.into_iter().enumerate() {
        let apart: Vec<Account> = network
            .iter()
            .copied()
            .filter(|&a| groups.member_of[a as usize].is_none())
            .collect();
        let key = match groups.holding_most(&network, at_least) {
            Some((key, _)) => key,
            None if apart.len() >= at_least => {
                let key = beyond + i;
                groups.found_by(key, (at, apart[0]));
                key
            }
            None => continue,
        };
        for a in apart {
            groups.add(key, a);
            joined.insert(a);
        }
    }
    joined
}

/// The site's headline feeds (at least `min_accounts` of them) are one network: those in
/// no group join the group that already holds at least half of them (a farm found by other
/// signals whose outlets are feeds; not a group one of whose members happens to write
/// headlines), or, when they are enough by themselves, are a group of their own, `beyond` every
/// other group's key; a group of feeds alone joins the network too.
fn feed_network(d: &Detector, feeds: &[feeds::Feed], beyond: usize, groups: &mut Groups) {
    let mut held: HashMap<usize, usize> = HashMap::new();
    for f in feeds {
        if let Some(group) = groups.member_of[f.account as usize] {
            *held.entry(group).or_default() += 1;
        }
    }
    let apart = feeds
        .iter()
        .filter(|f| groups.member_of[f.account as usize].is_none())
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
        .filter(|f| groups.member_of[f.account as usize].is_none_or(|g| g == key))
        .min_by_key(|f| (f.since, f.account));
    if let Some(first) = first {
        groups.found_by(key, (since[d.config.min_accounts - 1], first.account));
    }
    for f in feeds {
        groups.add(key, f.account);
    }
    // A group of feeds alone (outlets that share headlines are linked by their texts first) is
    // part of the network too.
    let is_feed: HashSet<Account> = feeds.iter().map(|f| f.account).collect();
    let mut of_feeds: Vec<usize> = groups
        .members
        .iter()
        .filter(|&(&g, members)| g != key && members.iter().all(|m| is_feed.contains(m)))
        .map(|(&g, _)| g)
        .collect();
    of_feeds.sort_unstable();
    let mut network = key;
    for g in of_feeds {
        network = groups.unite(network, g);
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
fn join_fragments(d: &Detector, groups: &mut Groups) {
    let member_of = &groups.member_of;
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
        .filter(|&((group, _), n)| groups.members.get(&group).is_some_and(|m| m.len() == n))
        .filter_map(|((group, other), _)| {
            Some((
                *groups.members.get(&group)?.first()?,
                *groups.members.get(&other)?.first()?,
            ))
        })
        .collect();
    joins.sort_unstable();
    for (one, another) in joins {
        let member_of = &groups.member_of;
        if let (Some(a), Some(b)) = (member_of[one as usize], member_of[another as usize]) {
            if a != b {
                groups.unite(a, b);
            }
        }
    }
}
