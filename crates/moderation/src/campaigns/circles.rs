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
//! Authors join a circle when its voters up-voted at least 2 of their comments, and at least
//! half of those remembered, from at least 2 voters, and gave at least half of all the up-votes
//! they drew: its quiet writers, not a reader one or two of whose comments it boosted.

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
    /// When it was first found (circles are worked out again from time to time: one that
    /// shares a member with a circle found before is that circle, grown or shrunk).
    pub found: i64,
}

/// Dates each circle just worked out at `now` by the earliest circle found before that shares
/// a member with it.
pub(super) fn date(circles: &mut [Circle], before: &[Circle], now: i64) {
    let mut found_before: HashMap<Account, i64> = HashMap::new();
    for old in before {
        for &member in &old.members {
            let at = found_before.entry(member).or_insert(old.found);
            *at = (*at).min(old.found);
        }
    }
    for circle in circles {
        circle.found = circle
            .members
            .iter()
            .filter_map(|m| found_before.get(m))
            .copied()
            .min()
            .unwrap_or(now);
    }
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

/// A voter's up-votes since `since` (they are kept oldest first: the recent ones are a tail).
fn recent(b: &VecDeque<Ballot>, since: i64) -> std::collections::vec_deque::Iter<'_, Ballot> {
    b.range(b.partition_point(|ballot| ballot.at < since)..)
}

/// How a voter's up-votes fall on a group.
struct Share {
    /// Up-votes on the group's accounts, and on how many of them.
    inside: u32,
    authors: u32,
    all: u32,
    /// Up-votes on its most up-voted author.
    top: u32,
}

fn share(to: &HashMap<Account, u32>, group: &HashSet<Account>) -> Share {
    let mut s = Share {
        inside: 0,
        authors: 0,
        all: 0,
        top: 0,
    };
    for (author, &n) in to {
        if group.contains(author) {
            s.inside += n;
            s.authors += 1;
        }
        s.all += n;
        s.top = s.top.max(n);
    }
    s
}

/// The circles in the up-votes remembered since `since`; a voter is in one circle at most.
pub(super) fn circles(
    ballots: &Ballots,
    since: i64,
    comments: impl Fn(Account) -> usize,
) -> Vec<Circle> {
    // Who each voter up-voted, how often; who up-voted each author; every up-vote each author
    // drew, from any voter.
    let mut given: HashMap<Account, HashMap<Account, u32>> = HashMap::new();
    let mut drawn: HashMap<Account, u32> = HashMap::new();
    let mut voters_remembered = 0usize;
    for (&voter, b) in ballots {
        let recent = recent(b, since);
        voters_remembered += usize::from(recent.len() > 0);
        let enough = recent.len() >= MIN_VOTES;
        for ballot in recent {
            *drawn.entry(ballot.author).or_default() += 1;
            if enough {
                *given
                    .entry(voter)
                    .or_default()
                    .entry(ballot.author)
                    .or_default() += 1;
            }
        }
    }
    let mut voters_of: HashMap<Account, Vec<Account>> = HashMap::new();
    for (&voter, to) in &given {
        for &author in to.keys() {
            voters_of.entry(author).or_default().push(voter);
        }
    }
    // A voter belongs to a group when enough of its up-votes go into it.
    let belongs = |voter: Account, group: &HashSet<Account>| {
        let s = share(&given[&voter], group);
        f64::from(s.inside) >= MIN_SHARE * f64::from(s.all)
            && s.authors as usize >= MIN_AUTHORS
            && f64::from(s.top) <= MAX_ONE_AUTHOR * f64::from(s.all)
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
            || voters.len() as f64 > MAX_SHARE_OF_VOTERS * voters_remembered as f64
        {
            continue;
        }
        taken.extend(voters.iter().copied());
        let mut circle = Circle::default();
        for &v in &voters {
            let s = share(&given[&v], &group);
            circle.gave.insert(v, (s.inside, s.all, s.authors));
        }
        // What the voters gave each account of the group: up-votes, from how many voters,
        // on how many of its comments.
        let mut carried: HashMap<Account, (u32, HashSet<Account>, HashSet<i64>)> = HashMap::new();
        for &v in &voters {
            for ballot in recent(&ballots[&v], since).filter(|b| group.contains(&b.author)) {
                let (votes, from, comments) = carried.entry(ballot.author).or_default();
                *votes += 1;
                from.insert(v);
                comments.insert(ballot.posted);
            }
        }
        let mut accounts: Vec<Account> = group.into_iter().collect();
        accounts.sort_unstable();
        for account in accounts {
            let tie = carried.get(&account);
            let joins = tie.is_some_and(|(votes, from, boosted)| {
                from.len() >= 2
                    && boosted.len() >= 2
                    && 2 * boosted.len() >= comments(account)
                    && 2 * votes >= drawn[&account]
            });
            if !joins && !circle.gave.contains_key(&account) {
                continue;
            }
            if let Some((votes, from, _)) = tie {
                circle.drew.insert(account, (*votes, from.len() as u32));
            }
            circle.members.push(account);
        }
        out.push(circle);
    }
    out
}
