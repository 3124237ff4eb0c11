//! Voting circles: a farm slowed to a few actions a day (the drip) leaves too little in a day
//! to link its accounts, but over a week its voters still give nearly every up-vote to a few
//! fellow members' comments. A circle is a group of at least 3 voters, each of whom gave at
//! least 3 up-votes in the circle's memory ([`super::Config::circle_ms`]), at least 80% of
//! them to the group's comments, on at least 3 members, none of them half of its up-votes
//! (a fan's favourite author); and the group is small for its voters (at most 2.5 accounts a
//! voter): a reader's up-votes go to many authors whom many others up-vote too, so readers
//! who happen to share a few favourites gather a wide group, not a tight one. Nor may a circle
//! hold more than a quarter of the voters remembered: a small site's regulars who all
//! up-vote one another are its community, not a circle within it.
//!
//! Authors join a circle when its voters up-voted at least 2 of their comments, from at least 2
//! voters, and gave at least half of all the up-votes they drew: its quiet writers, not a
//! reader whose one comment it boosted.

use std::collections::{HashMap, HashSet, VecDeque};

use super::Account;

/// Up-votes remembered per voter (the oldest go first): a circle member gives a few a day.
pub(super) const BALLOTS_PER_VOTER: usize = 32;
const MIN_VOTES: usize = 3;
const MIN_AUTHORS: usize = 3;
const MIN_SHARE: f64 = 0.8;
/// No one author may have this share of a voter's up-votes (fans are not a circle).
const MAX_ONE_AUTHOR: f64 = 0.5;
const MIN_VOTERS: usize = 3;
/// Accounts in a circle, at most, per voter.
const MAX_ACCOUNTS_PER_VOTER: f64 = 2.5;
/// Voters in a circle, at most, as a share of all the voters remembered.
const MAX_SHARE_OF_VOTERS: f64 = 0.25;
/// A group that grows past this many accounts is a crowd, not a circle.
const MAX_ACCOUNTS: usize = 1000;

/// A circle's members and what ties each of them to it.
#[derive(Debug, Default)]
pub(super) struct Circle {
    pub members: Vec<Account>,
    /// Per voter: up-votes given to members' comments, all its up-votes, members voted for.
    pub gave: HashMap<Account, (u32, u32, u32)>,
    /// Per author: up-votes drawn from the circle's voters, and from how many of them.
    pub drew: HashMap<Account, (u32, u32)>,
}

/// One up-vote remembered.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ballot {
    pub at: i64,
    /// The comment's author, and when it was posted (which tells an author's comments apart).
    pub author: Account,
    pub posted: i64,
}

/// Each voter's up-votes remembered, oldest first.
pub(super) type Ballots = HashMap<Account, VecDeque<Ballot>>;

/// The circles in the up-votes remembered since `since`; a voter is in one circle at most.
pub(super) fn circles(ballots: &Ballots, since: i64) -> Vec<Circle> {
    let ballots: Ballots = ballots
        .iter()
        .map(|(&voter, b)| (voter, b.iter().filter(|b| b.at >= since).copied().collect()))
        .filter(|(_, b): &(Account, VecDeque<Ballot>)| !b.is_empty())
        .collect();
    let ballots = &ballots;
    // Who each voter up-voted, how often; and who up-voted each author.
    let given: HashMap<Account, HashMap<Account, u32>> = ballots
        .iter()
        .filter(|(_, b)| b.len() >= MIN_VOTES)
        .map(|(&voter, b)| {
            let mut to: HashMap<Account, u32> = HashMap::new();
            for ballot in b {
                *to.entry(ballot.author).or_default() += 1;
            }
            (voter, to)
        })
        .collect();
    let mut voters_of: HashMap<Account, Vec<Account>> = HashMap::new();
    for (&voter, to) in &given {
        for &author in to.keys() {
            voters_of.entry(author).or_default().push(voter);
        }
    }
    // Every up-vote each author drew, from any voter.
    let mut drawn: HashMap<Account, u32> = HashMap::new();
    for ballot in ballots.values().flatten() {
        *drawn.entry(ballot.author).or_default() += 1;
    }
    // A voter belongs to a group when enough of its up-votes go into it.
    let belongs = |voter: Account, group: &HashSet<Account>| {
        let to = &given[&voter];
        let all: u32 = to.values().sum();
        let (mut inside, mut authors, mut top) = (0, 0, 0);
        for (author, &n) in to {
            if group.contains(author) {
                inside += n;
                authors += 1;
            }
            top = top.max(n);
        }
        f64::from(inside) >= MIN_SHARE * f64::from(all)
            && authors >= MIN_AUTHORS
            && f64::from(top) <= MAX_ONE_AUTHOR * f64::from(all)
    };
    let mut seeds: Vec<Account> = given.keys().copied().collect();
    seeds.sort_unstable();
    let mut taken: HashSet<Account> = HashSet::new();
    let mut out = Vec::new();
    for seed in seeds {
        if taken.contains(&seed) {
            continue;
        }
        let mut group: HashSet<Account> = given[&seed].keys().copied().collect();
        group.insert(seed);
        if !belongs(seed, &group) {
            continue;
        }
        let mut voters: Vec<Account> = vec![seed];
        let mut grew = true;
        while grew && group.len() <= MAX_ACCOUNTS {
            grew = false;
            let mut candidates: Vec<Account> = group
                .iter()
                .filter_map(|a| voters_of.get(a))
                .flatten()
                .copied()
                .filter(|v| !voters.contains(v) && !taken.contains(v))
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            for v in candidates {
                if belongs(v, &group) {
                    voters.push(v);
                    group.insert(v);
                    group.extend(given[&v].keys().copied());
                    grew = true;
                }
            }
        }
        if voters.len() < MIN_VOTERS
            || group.len() as f64 > MAX_ACCOUNTS_PER_VOTER * voters.len() as f64
            || voters.len() as f64 > MAX_SHARE_OF_VOTERS * ballots.len() as f64
        {
            continue;
        }
        taken.extend(voters.iter().copied());
        out.push(circle(&voters, &group, ballots, &given, &drawn));
    }
    out
}

/// The circle of these voters: them, and the authors they carry.
fn circle(
    voters: &[Account],
    group: &HashSet<Account>,
    ballots: &Ballots,
    given: &HashMap<Account, HashMap<Account, u32>>,
    drawn: &HashMap<Account, u32>,
) -> Circle {
    let in_circle: HashSet<Account> = voters.iter().copied().collect();
    let mut c = Circle::default();
    for &v in voters {
        let to = &given[&v];
        let (mut inside, mut authors) = (0, 0);
        for (author, &n) in to {
            if group.contains(author) {
                inside += n;
                authors += 1;
            }
        }
        c.gave.insert(v, (inside, to.values().sum(), authors));
    }
    let mut authors: Vec<Account> = group.iter().copied().collect();
    authors.sort_unstable();
    for author in authors {
        let (mut from_circle, mut circle_voters) = (0, 0);
        for v in voters {
            if let Some(&n) = given[v].get(&author) {
                from_circle += n;
                circle_voters += 1;
            }
        }
        let all = drawn.get(&author).copied().unwrap_or(0);
        let carried = circle_voters >= 2 && 2 * from_circle >= all && {
            let comments: HashSet<i64> = voters
                .iter()
                .flat_map(|v| &ballots[v])
                .filter(|b| b.author == author)
                .map(|b| b.posted)
                .collect();
            comments.len() >= 2
        };
        if carried || in_circle.contains(&author) {
            if from_circle > 0 {
                c.drew.insert(author, (from_circle, circle_voters));
            }
            c.members.push(author);
        }
    }
    c
}
