//! Quiet members: a farm's accounts that hardly write join the group whose comments they
//! boost within minutes of posting, or whose members boost theirs, by the thresholds below
//! (docs/campaigns.md, "Quiet members", "Far beyond the crowd", "Boosts both ways"): one
//! round at a time, each round's members counting for the next.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use super::cluster::Groups;
use super::members::Tally;
use super::{circles, Account, Detector};

/// Quiet members joining `groups`, round after round, on both sides of the boosts: accounts
/// that boost a group's comments, and accounts whose comments the group boosts. A member found
/// this way counts for the next round (a farm's voters boost its quiet writers too), for a few
/// rounds. Returns the quiet members, and the boosts over the week of those found by them.
pub(super) fn add_quiet_members(
    d: &Detector,
    totals: &VoteTotals,
    groups: &mut Groups,
) -> (HashSet<Account>, HashMap<Account, WeekBoosts>) {
    let mut quiet: HashSet<Account> = HashSet::new();
    let mut over_the_week: HashMap<Account, WeekBoosts> = HashMap::new();
    for _ in 0..QUIET_ROUNDS {
        let mut found = quiet_members(d, totals, &groups.member_of);
        for (account, (group, boosts)) in quiet_over_the_week(d, &groups.member_of) {
            if let Entry::Vacant(joins) = found.entry(account) {
                joins.insert(group);
                over_the_week.insert(account, boosts);
            }
        }
        if found.is_empty() {
            break;
        }
        // Outsiders all (both rules read only accounts in no group).
        for (account, group) in found {
            groups.add(group, account);
            quiet.insert(account);
        }
    }
    (quiet, over_the_week)
}

/// Quiet members: boosts of the campaign's comments, at least.
pub(super) const QUIET_MIN_BOOSTS: u32 = 8;

/// ... spread over at least this many members' comments ...
pub(super) const QUIET_MIN_AUTHORS: usize = 3;

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

pub(super) const AMPLIFIER_MIN_REACHED: usize = 10;

/// ... and [`WRITER_MIN_CAME_BACK`] rises to this: its writers are those it comes back to
/// nearly every time.
pub(super) const AMPLIFIER_CAME_BACK: f64 = 0.8;

/// A voter outside every group whose share of up-votes boosting a group is at least this many
/// times the other regular voters' share is that group's quiet member (over the up-votes
/// remembered for circles, with [`QUIET_MIN_BOOSTS`] on [`QUIET_MIN_AUTHORS`] members at least).
const CROWD_TIMES: u64 = 10;

/// Rounds of quiet members joining (each round's members count for the next).
const QUIET_ROUNDS: usize = 4;

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
pub(super) fn share_of(n: u32, all: u32, share: f64) -> bool {
    f64::from(n) >= share * f64::from(all)
}

/// The quiet voters' thresholds: at least [`QUIET_MIN_BOOSTS`] boosts, on
/// [`QUIET_MIN_AUTHORS`] accounts or more, and [`QUIET_MIN_SHARE`] of `all`.
fn enough_boosts(n: u32, accounts: usize, all: u32) -> bool {
    many_boosts(n, accounts) && share_of(n, all, QUIET_MIN_SHARE)
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
    /// How many times the other regular voters' share of up-votes boosting the group (every
    /// other voter's, for a voter with a few boosts) the voter's share is; `None` when none of
    /// their up-votes boosts it (or there are none).
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
/// A voter with fewer boosts ([`CHANCE_MIN_BOOSTS`], on two members) is a member when nearly
/// all its up-votes boost the campaign and chance cannot account for that
/// ([`circles::beyond_chance`], every other voter outside the groups being the crowd): a
/// farm's voter that cast a handful in its week. One with a favourite member (more than half
/// its boosts) is read by its up-votes beside it, as a voting circle reads its voters.
fn quiet_over_the_week(
    d: &Detector,
    member_of: &[Option<usize>],
) -> HashMap<Account, (usize, WeekBoosts)> {
    let since = d.now - d.config.circle_ms;
    // The up-votes remembered of every outsider and its boosts per group, added up for the
    // regular voters (each voter with at least [`QUIET_MIN_BOOSTS`] of them is compared with
    // those) and for everyone (the crowd chance is reckoned from); and each voter's boosts of
    // a group enough in number and members.
    let mut regulars = Crowd::default();
    let mut everyone = Crowd::default();
    // Each candidate with its group, its boosts, and those on its favourite member (none
    // when no member has more than half of them).
    let mut candidates: Vec<(Account, usize, WeekBoosts, u32)> = Vec::new();
    let mut boosts: Vec<(usize, Account)> = Vec::with_capacity(circles::BALLOTS_PER_VOTER);
    for (&voter, ballots) in &d.ballots {
        if member_of[voter as usize].is_some() {
            continue;
        }
        boosts.clear();
        let mut all = 0u32;
        for b in circles::recent(ballots, since) {
            all += 1;
            if let (Some(group), true) = (member_of[b.author as usize], b.fresh()) {
                boosts.push((group, b.author));
            }
        }
        everyone.add(all, &boosts);
        if ballots.len() >= QUIET_MIN_BOOSTS as usize {
            regulars.add(all, &boosts);
        }
        if all < CHANCE_MIN_BOOSTS {
            continue;
        }
        boosts.sort_unstable();
        for one_group in boosts.chunk_by(|x, y| x.0 == y.0) {
            let votes = one_group.len() as u32;
            let per_member = one_group.chunk_by(|x, y| x.1 == y.1);
            let members = per_member.clone().count();
            let top = per_member.map(<[_]>::len).max().unwrap_or(0) as u32;
            let favourite = circles::favourite(top, votes);
            let few = votes >= CHANCE_MIN_BOOSTS && members >= CHANCE_MIN_MEMBERS;
            if many_boosts(votes, members) || few {
                let boosts = WeekBoosts {
                    votes,
                    of: all,
                    members: members as u32,
                    times_the_crowd: None,
                };
                candidates.push((voter, one_group[0].0, boosts, favourite));
            }
        }
    }
    let mut found: HashMap<Account, (usize, WeekBoosts)> = HashMap::new();
    for (voter, group, mut boosts, favourite) in candidates {
        // A voter with many boosts is compared with the other regular voters: it is beyond
        // the crowd when its share of up-votes boosting the group is CROWD_TIMES theirs
        // (compared by cross-multiplying, so that none of theirs boosting it is no division
        // by zero). One with a few is compared with every other voter, as chance would have it.
        let many = many_boosts(boosts.votes, boosts.members as usize);
        let crowd = if many { &regulars } else { &everyone };
        let (others, others_boosts) = crowd.without(&boosts, group);
        let (votes, of) = (u64::from(boosts.votes), u64::from(boosts.of));
        boosts.times_the_crowd =
            (others_boosts > 0).then(|| (votes * others) as f64 / (of * others_boosts) as f64);
        let joins = if many {
            share_of(boosts.votes, boosts.of, QUIET_MIN_SHARE)
                || (others > 0 && votes * others >= CROWD_TIMES * of * others_boosts)
        } else {
            // The crowd's share boosting the group: none when there is no crowd. A voter with
            // a favourite member is read by its boosts beside it, as a circle reads its voters.
            let share = others_boosts as f64 / others.max(1) as f64;
            let beside = boosts.votes - favourite;
            share_of(beside, boosts.of - favourite, QUIET_MIN_SHARE)
                && circles::beyond_chance(share, beside, everyone.voters)
        };
        if !joins {
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

/// A quiet voter's many boosts: [`QUIET_MIN_BOOSTS`], on [`QUIET_MIN_AUTHORS`] members.
fn many_boosts(votes: u32, members: usize) -> bool {
    votes >= QUIET_MIN_BOOSTS && members >= QUIET_MIN_AUTHORS
}

/// A voter with fewer boosts than [`QUIET_MIN_BOOSTS`] may be a quiet member on at least this
/// many, when chance does not account for them ([`circles::beyond_chance`]) ...
const CHANCE_MIN_BOOSTS: u32 = 4;

/// ... on this many members' comments at least; one with more than half of them on one member
/// (a fan's favourite, or the farm's loudest account) is read by those beside it.
const CHANCE_MIN_MEMBERS: usize = 2;

/// Up-votes remembered, added up over a crowd of voters, and those of them boosting each group.
#[derive(Default)]
struct Crowd {
    voters: usize,
    votes: u32,
    boosts: HashMap<usize, u32>,
}

impl Crowd {
    /// A voter's `all` up-votes, of which `boosts` boost a group (each with its group).
    fn add(&mut self, all: u32, boosts: &[(usize, Account)]) {
        self.voters += 1;
        self.votes += all;
        for &(group, _) in boosts {
            *self.boosts.entry(group).or_default() += 1;
        }
    }

    /// The crowd's up-votes and its boosts of `group` without a voter of it.
    fn without(&self, voter: &WeekBoosts, group: usize) -> (u64, u64) {
        (
            u64::from(self.votes - voter.of),
            u64::from(self.boosts[&group] - voter.votes),
        )
    }
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
pub(super) struct VoteTotals {
    /// The accounts with a comment in the window.
    commenters: HashSet<Account>,
    given: HashMap<Account, u32>,
    drawn: HashMap<Account, u32>,
    /// Boosts drawn from accounts that boosted the author more than once.
    drawn_again: HashMap<Account, u32>,
}

impl VoteTotals {
    pub(super) fn of(d: &Detector) -> VoteTotals {
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

    pub(super) fn given(&self, account: Account) -> u32 {
        self.given.get(&account).copied().unwrap_or(0)
    }

    fn boosts_drawn(&self, account: Account) -> u32 {
        self.drawn.get(&account).copied().unwrap_or(0)
    }
}
