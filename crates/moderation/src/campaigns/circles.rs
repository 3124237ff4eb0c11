//! Voting circles: a farm slowed to a few actions a day (the drip) leaves too little in a day
//! to link its accounts, but over a week its voters still give nearly every up-vote to a few
//! fellow members' comments. A circle is a group of at least 3 voters, each of whom gave at
//! least 2 up-votes in the circle's memory ([`super::Config::circle_ms`]; all of them while
//! the comments were fresh, when fewer than 3), at least 80% of them to the group's comments,
//! on at least 2 members (a farm's first day may have two writers, and its voters give them
//! two or three up-votes each in its first hour); a voter with a favourite (more than
//! half its up-votes on one author: a fan's columnist, or a farm's loudest account) is judged
//! by the up-votes beside it, which a fan gives to whatever it reads and a farm's voter to the
//! farm's other accounts, unless two of the circle's other voters up-voted that favourite
//! beside favourites of their own (a farm's voters each favouring one of its writers: the
//! favourite then counts for as many up-votes as the voter gave beside it); and the group is
//! small for its voters (at most 2.5 accounts a
//! voter): a reader's up-votes go to many authors whom many others up-vote too, so readers
//! who happen to share a few favourites gather a wide group, not a tight one. Nor may a circle
//! hold more than a quarter of the voters remembered: a small site's regulars who all
//! up-vote one another are its community, not a circle within it. A circle grows from one
//! voter's authors, a voter at a time, each with 60% of its up-votes into the group as it
//! stands (a farm's voter that up-votes a few of many writers has up-voted some that are not
//! in it yet). Once grown, a circle keeps the voters who give 80% of their up-votes to what it
//! shares ([`sharing`]), so that no one
//! voter's private favourites count towards its own share, and whose up-votes into it are
//! more than chance would give one of the site's voters who gave as many: when the crowd
//! gives a tenth of its up-votes to what the circle shares (a farm's comments on election
//! day), a reader's three up-votes all go there once in a thousand, and a site has thousands
//! of voters (but a reader with one up-vote cannot give a circle three).
//!
//! Authors join a circle when its voters up-voted at least 2 of their comments while they were
//! fresh (within [`super::BOOST_MS`] of posting, when a vote lifts a comment up its thread),
//! and at least a third of those remembered, from at least 2 voters, and gave at least a third
//! of all the up-votes they drew: its quiet writers, not a reader two of whose seven comments
//! in the week it boosted, nor one whose comments were still near the top of a thread when a
//! brigade came by hours later. A circle whose voters also up-voted ten authors or more in
//! passing (neither its voters nor its writers) amplifies readers, and its writers are only
//! those its voters came back to ([`Carried::came_back`]): a reader it boosted, a voter at a
//! time, is not one of it. A circle is also the first audience of one of its accounts at least
//! (a third of the up-votes it drew while fresh, from two of the circle's voters or more):
//! readers who up-vote little and only the first comments of threads, which the site's busiest
//! writers post and the crowd up-votes first, give all their few up-votes to those writers,
//! beyond chance for one voter, but are a few of many first up-voters.

use std::collections::{HashMap, HashSet, VecDeque};

use super::Account;

/// Up-votes remembered per voter (the oldest go first): a circle member gives a few a day.
pub(super) const BALLOTS_PER_VOTER: usize = 32;
/// Up-votes remembered a voter gave, at least. A farm's voters give its writers two or three
/// in their first hour, within minutes of each comment.
const MIN_VOTES: usize = 2;
/// A voter with fewer up-votes than this is read only if each of them lifted its comment while
/// fresh (within [`super::BOOST_MS`] of posting), as a farm's voters do: a reader's two
/// up-votes on the busiest readers' first comments of a thread can fall on the very comments a
/// brigade boosted, more often than the crowd's share of up-votes says.
const FRESH_BELOW: usize = 3;
/// Members a voter up-voted, at least: a farm's first day may have two writers only (the
/// IRA's TEN_GOP and Pamela_Moore13).
const MIN_AUTHORS: usize = 2;
/// A circle's voters give at least this share of their up-votes to what it shares ...
const MIN_SHARE: f64 = 0.8;
/// ... and while it grows, a voter joins it with this share into the group as it stands: a
/// farm's voter that up-votes a few of many writers has up-voted some not yet in it.
const GROW_SHARE: f64 = 0.6;
/// How many of the voters remembered may, voting as the crowd does, give all of as many
/// up-votes to a circle as a voter of it gave (the crowd's share of up-votes to the circle, to
/// the power of the voter's, times the voters): on election day a tenth of the readers'
/// up-votes went to the farm's comments, and two readers' three up-votes all did by chance.
const BY_CHANCE: f64 = 0.05;
/// A voter with more than this share of its up-votes on one author has a favourite, whose
/// up-votes say nothing of a circle (fans are not a circle).
const MAX_ONE_AUTHOR: f64 = 0.5;
const MIN_VOTERS: usize = 3;
/// A voter's favourite counts for a circle when this many of its other voters up-voted it
/// beside favourites of their own ([`boosted_beside`]).
const BESIDE_VOTERS: usize = 2;
/// Accounts in a circle, at most, per voter.
const MAX_ACCOUNTS_PER_VOTER: f64 = 2.5;
/// Voters in a circle, at most, as a share of all the voters remembered.
const MAX_SHARE_OF_VOTERS: f64 = 0.25;
/// An author is a circle's writer when its voters boosted at least one in this many of the
/// author's comments remembered, and gave it at least one in this many of its up-votes: a farm
/// slowed to a drip boosts each of its writers' comments now and then, not every one.
const WRITER_SHARE: usize = 3;
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
    /// What it is named after: of its members when it was first found, the account the
    /// detector saw first (which may have left it since: the campaign it joins is named after
    /// it while the account is the campaign's).
    pub named_after: Account,
}

/// Dates and names each circle just worked out at `now` after the earliest circle found
/// before that shares a member with it.
pub(super) fn date(circles: &mut [Circle], before: &[Circle], now: i64) {
    let mut found_before: HashMap<Account, &Circle> = HashMap::new();
    for old in before {
        for &member in &old.members {
            let earliest = found_before.entry(member).or_insert(old);
            if old.found < earliest.found {
                *earliest = old;
            }
        }
    }
    for circle in circles {
        let predecessor = circle
            .members
            .iter()
            .filter_map(|m| found_before.get(m))
            .min_by_key(|old| (old.found, old.named_after));
        circle.found = predecessor.map_or(now, |old| old.found);
        circle.named_after = predecessor.map_or_else(
            || circle.members.iter().copied().min().unwrap_or_default(),
            |old| old.named_after,
        );
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

impl Ballot {
    /// Whether it lifted its comment while fresh (within [`super::BOOST_MS`] of posting).
    pub(super) fn fresh(&self) -> bool {
        self.at - self.posted <= super::BOOST_MS
    }
}

/// Each voter's up-votes remembered, oldest first.
pub(super) type Ballots = HashMap<Account, VecDeque<Ballot>>;

/// A voter's up-votes since `since` (they are kept oldest first: the recent ones are a tail).
pub(super) fn recent(
    b: &VecDeque<Ballot>,
    since: i64,
) -> std::collections::vec_deque::Iter<'_, Ballot> {
    // Pruning keeps most voters' ballots all recent: no search for them.
    let start = match b.front() {
        Some(oldest) if oldest.at < since => b.partition_point(|ballot| ballot.at < since),
        _ => 0,
    };
    b.range(start..)
}

/// The up-votes remembered since a time, as a graph over the accounts, which the detector
/// numbers densely (`0..n`): each voter's authors and each author's voters, with how many
/// up-votes, in two flat tables (worked out every ten minutes over every voter remembered:
/// tables indexed by account, not hash maps, keep that a few milliseconds for 20,000 voters).
struct Graph {
    /// Per voter with [`MIN_VOTES`] up-votes or more: its authors, as a range of `to`.
    voters: Vec<Option<Given>>,
    to: Vec<(Account, u32)>,
    /// Per author, where its voters start in `from` (and the next author's where they end).
    from_at: Vec<usize>,
    from: Vec<(Account, u32)>,
    /// Every up-vote each author drew, from any voter, and all of them.
    drawn: Vec<u32>,
    all_drawn: u64,
    /// The up-votes each author drew while its comments were fresh (within
    /// [`super::BOOST_MS`] of posting).
    drawn_fresh: Vec<u32>,
    /// Per number of up-votes `n` (up to [`BALLOTS_PER_VOTER`]): the voters with at least `n`
    /// remembered, the only ones who could have given a circle `n` by chance.
    with_at_least: Vec<usize>,
}

/// What a voter gave: its authors, all its up-votes, those on its most up-voted author.
struct Given {
    to: std::ops::Range<usize>,
    all: u32,
    /// Its most up-voted author, and how many.
    top_author: Account,
    top: u32,
}

impl Given {
    /// The up-votes on the voter's favourite author, which say nothing of a circle
    /// ([`favourite`]).
    fn favourite(&self) -> u32 {
        favourite(self.top, self.all)
    }

    /// The voter's favourite author, if it has one.
    fn favourite_author(&self) -> Option<Account> {
        (self.favourite() > 0).then_some(self.top_author)
    }

    /// The up-votes on a favourite the circle boosts ([`boosted_beside`]) that say nothing of
    /// it: those beyond as many as the voter gave beside it (a fan of a brigade's target gives
    /// it many).
    fn favourite_beyond_beside(&self) -> u32 {
        let top = self.favourite();
        top - top.min(self.all - top)
    }
}

/// Of `all` up-votes, `top` of them on one author: those, when they are more than
/// [`MAX_ONE_AUTHOR`] of them (a fan's columnist, or a farm's loudest account), and none
/// otherwise. A voter with a favourite is read by its up-votes beside it.
pub(super) fn favourite(top: u32, all: u32) -> u32 {
    if f64::from(top) > MAX_ONE_AUTHOR * f64::from(all) {
        top
    } else {
        0
    }
}

impl Graph {
    fn new(ballots: &Ballots, since: i64, accounts: usize) -> Graph {
        let mut g = Graph {
            voters: (0..accounts).map(|_| None).collect(),
            to: Vec::new(),
            from_at: vec![0; accounts + 1],
            from: Vec::new(),
            drawn: vec![0; accounts],
            all_drawn: 0,
            drawn_fresh: vec![0; accounts],
            with_at_least: vec![0; BALLOTS_PER_VOTER + 1],
        };
        let mut authors: Vec<Account> = Vec::with_capacity(BALLOTS_PER_VOTER);
        for (&voter, b) in ballots {
            authors.clear();
            let mut all_fresh = true;
            for ballot in recent(b, since) {
                authors.push(ballot.author);
                g.drawn[ballot.author as usize] += 1;
                if ballot.fresh() {
                    g.drawn_fresh[ballot.author as usize] += 1;
                } else {
                    all_fresh = false;
                }
            }
            g.with_at_least[authors.len().min(BALLOTS_PER_VOTER)] += 1;
            g.all_drawn += authors.len() as u64;
            if authors.len() < MIN_VOTES || (authors.len() < FRESH_BELOW && !all_fresh) {
                continue;
            }
            authors.sort_unstable();
            let start = g.to.len();
            for &author in &authors {
                match g.to[start..].last_mut() {
                    Some((last, n)) if *last == author => *n += 1,
                    _ => g.to.push((author, 1)),
                }
            }
            let (top_author, top) = g.to[start..]
                .iter()
                .copied()
                .max_by_key(|&(author, n)| (n, std::cmp::Reverse(author)))
                .unwrap_or_default();
            g.voters[voter as usize] = Some(Given {
                to: start..g.to.len(),
                all: authors.len() as u32,
                top_author,
                top,
            });
        }
        for n in (0..BALLOTS_PER_VOTER).rev() {
            g.with_at_least[n] += g.with_at_least[n + 1];
        }
        // Each author's voters: counted, then placed.
        for &(author, _) in &g.to {
            g.from_at[author as usize + 1] += 1;
        }
        for a in 0..accounts {
            g.from_at[a + 1] += g.from_at[a];
        }
        let mut next = g.from_at.clone();
        g.from = vec![(0, 0); g.to.len()];
        for (voter, given) in g.voters.iter().enumerate() {
            for &(author, n) in given.iter().flat_map(|given| &g.to[given.to.clone()]) {
                g.from[next[author as usize]] = (voter as Account, n);
                next[author as usize] += 1;
            }
        }
        g
    }

    /// The voters with enough up-votes, by account.
    fn seeds(&self) -> impl Iterator<Item = Account> + '_ {
        (0..self.voters.len() as Account).filter(|&v| self.voters[v as usize].is_some())
    }

    fn given(&self, voter: Account) -> &Given {
        self.voters[voter as usize]
            .as_ref()
            .expect("a voter with enough up-votes")
    }

    fn authors_of(&self, voter: Account) -> &[(Account, u32)] {
        &self.to[self.given(voter).to.clone()]
    }

    /// Voters with an up-vote remembered.
    fn remembered(&self) -> usize {
        self.with_at_least[1]
    }

    /// Whether `votes` up-votes a voter gave somewhere are more than chance gives the voters
    /// who gave as many ([`beyond_chance`]): a reader with one up-vote remembered cannot give
    /// a circle four. On a site whose first hour is a farm's, most voters have given one or
    /// two, and counting them all would ask the farm's voters for more than the few up-votes
    /// each gave its writers in minutes.
    fn beyond_chance(&self, crowd: f64, votes: u32) -> bool {
        let voters = self.with_at_least[(votes as usize).min(BALLOTS_PER_VOTER)];
        beyond_chance(crowd, votes, voters)
    }

    fn voters_of(&self, author: Account) -> &[(Account, u32)] {
        &self.from[self.from_at[author as usize]..self.from_at[author as usize + 1]]
    }
}

/// Whether a voter who gave `inside` up-votes to `authors` of a group's accounts is of it:
/// `share` of its up-votes go into the group, its favourite's aside (a fan up-votes its
/// columnist and then whatever it reads, while a farm's voter that boosts the farm's loudest
/// account most gives the farm's other accounts what is left).
fn holds(share: f64, inside: u32, authors: u32, given: &Given) -> bool {
    holds_with(share, inside, authors, given, given.favourite())
}

/// [`holds`], with the up-votes on the voter's favourite that say nothing of the group.
fn holds_with(share: f64, inside: u32, authors: u32, given: &Given, favourite: u32) -> bool {
    authors as usize >= MIN_AUTHORS
        && f64::from(inside.saturating_sub(favourite)) >= share * f64::from(given.all - favourite)
}

/// The voters who still hold when only the accounts the circle shares count: its voters and
/// the authors two or more of them up-voted. A group starts as its seed's authors, so the seed
/// holds by construction; a reader whose favourites included a few of a farm's writers would
/// otherwise seed the farm's circle and stay in it with all its other favourites. Each voter
/// kept comes with its up-votes into the shared accounts and on how many of them.
fn sharing(graph: &Graph, growth: &Growth, mut voters: Vec<Account>) -> Vec<(Account, u32, u32)> {
    loop {
        let of_circle: HashSet<Account> = voters.iter().copied().collect();
        let shared: HashSet<Account> = growth
            .group
            .iter()
            .copied()
            .filter(|&a| {
                of_circle.contains(&a)
                    || graph
                        .voters_of(a)
                        .iter()
                        .filter(|(v, _)| of_circle.contains(v))
                        .nth(1)
                        .is_some()
            })
            .collect();
        let into_shared: Vec<(Account, u32, u32)> = voters
            .iter()
            .map(|&v| {
                let (inside, authors) = graph
                    .authors_of(v)
                    .iter()
                    .filter(|(a, _)| shared.contains(a))
                    .fold((0, 0), |(inside, authors), &(_, n)| {
                        (inside + n, authors + 1)
                    });
                (v, inside, authors)
            })
            .collect();
        let crowd = crowd_share(graph, &shared, &into_shared);
        let boosted_beside = boosted_beside(graph, &voters);
        let kept: Vec<(Account, u32, u32)> = into_shared
            .into_iter()
            .filter(|&(v, inside, authors)| {
                let given = graph.given(v);
                let favourite = match given.favourite_author() {
                    Some(f) if boosted_beside.contains(&f) => given.favourite_beyond_beside(),
                    _ => given.favourite(),
                };
                holds_with(MIN_SHARE, inside, authors, given, favourite)
                    && graph.beyond_chance(crowd, inside.saturating_sub(favourite))
            })
            .collect();
        if kept.len() == voters.len() {
            return kept;
        }
        voters = kept.into_iter().map(|(v, ..)| v).collect();
    }
}

/// The accounts that at least [`BESIDE_VOTERS`] of `voters` up-voted beside a favourite of
/// their own (or with none). A fan's columnist is its fans' favourite and no one else's
/// choice; a farm whose voters each favour one of its writers (one voter the farm's loudest
/// account, the next another) gives each favourite the others' spare up-votes too, so those
/// favourites are the group's and count like any other up-vote.
fn boosted_beside(graph: &Graph, voters: &[Account]) -> HashSet<Account> {
    let mut beside: HashMap<Account, usize> = HashMap::new();
    for &v in voters {
        let favourite = graph.given(v).favourite_author();
        for &(author, _) in graph.authors_of(v) {
            if Some(author) != favourite {
                *beside.entry(author).or_default() += 1;
            }
        }
    }
    beside
        .into_iter()
        .filter(|&(_, n)| n >= BESIDE_VOTERS)
        .map(|(a, _)| a)
        .collect()
}

/// What a circle's voters gave one account of its group.
#[derive(Default)]
struct Carried {
    /// Up-votes ...
    votes: u32,
    /// ... from each voter ...
    from: HashMap<Account, u32>,
    /// ... on these of its comments (by when they were posted) while they were fresh ...
    boosted: HashSet<i64>,
    /// ... with this many up-votes.
    fresh: u32,
}

impl Carried {
    /// Whether the circle's voters came back to the account:
    /// [`super::quiet::AMPLIFIER_CAME_BACK`] of its up-votes from voters who gave it more
    /// than one.
    fn came_back(&self) -> bool {
        let again: u32 = self.from.values().filter(|&&n| n >= 2).sum();
        super::quiet::share_of(again, self.votes, super::quiet::AMPLIFIER_CAME_BACK)
    }
}

/// Whether `votes` up-votes a voter gave somewhere are more than chance gives one of `voters`
/// voting as the crowd does, when `crowd` is the share of the crowd's up-votes that go there:
/// `crowd` to the power of `votes`, times the voters, is at most [`BY_CHANCE`]. On election day
/// a tenth of the readers' up-votes went to the farm's comments: three of a reader's all did
/// so once in a thousand, four once in ten thousand.
pub(super) fn beyond_chance(crowd: f64, votes: u32, voters: usize) -> bool {
    crowd.powi(votes as i32) * voters as f64 <= BY_CHANCE
}

/// The share of the other voters' up-votes remembered that went to the accounts a circle
/// shares: how likely a reader who votes as the crowd does is to give it one up-vote.
fn crowd_share(graph: &Graph, shared: &HashSet<Account>, voters: &[(Account, u32, u32)]) -> f64 {
    let to_shared: u64 = shared
        .iter()
        .map(|&a| u64::from(graph.drawn[a as usize]))
        .sum();
    let from_circle: u64 = voters.iter().map(|&(_, inside, _)| u64::from(inside)).sum();
    let circle_all: u64 = voters
        .iter()
        .map(|&(v, ..)| u64::from(graph.given(v).all))
        .sum();
    let others = graph.all_drawn.saturating_sub(circle_all);
    if others == 0 {
        return 0.0;
    }
    to_shared.saturating_sub(from_circle) as f64 / others as f64
}

/// A group growing from a seed voter: its accounts, and for every voter who up-voted one of
/// them, how many of its up-votes go into the group and to how many of its accounts. Adding
/// an account updates the voters who up-voted it, so a voter's share of the group is read,
/// not counted again, however often it is asked.
struct Growth {
    in_group: Vec<bool>,
    group: Vec<Account>,
    /// Per voter: its up-votes into the group, and on how many of its accounts.
    inside: Vec<u32>,
    authors: Vec<u32>,
    /// The voters with an up-vote into the group, in the order they came.
    touched: Vec<Account>,
}

impl Growth {
    fn new(n: usize) -> Growth {
        Growth {
            in_group: vec![false; n],
            group: Vec::new(),
            inside: vec![0; n],
            authors: vec![0; n],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, account: Account, graph: &Graph) {
        if std::mem::replace(&mut self.in_group[account as usize], true) {
            return;
        }
        self.group.push(account);
        for &(voter, n) in graph.voters_of(account) {
            let v = voter as usize;
            if self.authors[v] == 0 {
                self.touched.push(voter);
            }
            self.inside[v] += n;
            self.authors[v] += 1;
        }
    }

    /// Whether enough of a voter's up-votes go into the group to grow it.
    fn holds(&self, voter: Account, graph: &Graph) -> bool {
        let v = voter as usize;
        holds(
            GROW_SHARE,
            self.inside[v],
            self.authors[v],
            graph.given(voter),
        )
    }

    fn contains(&self, account: Account) -> bool {
        self.in_group[account as usize]
    }

    /// Empty again, for the next seed.
    fn clear(&mut self) {
        for a in self.group.drain(..) {
            self.in_group[a as usize] = false;
        }
        for v in self.touched.drain(..) {
            self.inside[v as usize] = 0;
            self.authors[v as usize] = 0;
        }
    }
}

/// The circles in the up-votes remembered since `since`, among the detector's `accounts`
/// (numbered `0..accounts`); a voter is in one circle at most.
pub(super) fn circles(
    ballots: &Ballots,
    since: i64,
    accounts: usize,
    comments: impl Fn(Account) -> usize,
) -> Vec<Circle> {
    let graph = Graph::new(ballots, since, accounts);
    let mut taken = vec![false; accounts];
    // The voters of a group that was no account's first audience, not seeded again.
    let mut tried = vec![false; accounts];
    let mut in_circle = vec![false; accounts];
    let mut growth = Growth::new(accounts);
    let mut out = Vec::new();
    for seed in graph.seeds() {
        if taken[seed as usize] || tried[seed as usize] {
            continue;
        }
        growth.clear();
        for &(author, _) in graph.authors_of(seed) {
            growth.add(author, &graph);
        }
        growth.add(seed, &graph);
        if !growth.holds(seed, &graph) {
            continue;
        }
        let mut voters: Vec<Account> = vec![seed];
        in_circle[seed as usize] = true;
        let mut grew = true;
        while grew && growth.group.len() <= MAX_ACCOUNTS {
            grew = false;
            // Every voter with an up-vote into the group as it stands, by account. The group
            // grows only when one of them holds, so when none does now, none will in this
            // round (most seeds: a reader's favourites are nobody's circle).
            let mut candidates: Vec<Account> = growth
                .touched
                .iter()
                .copied()
                .filter(|&v| !in_circle[v as usize] && !taken[v as usize])
                .collect();
            if !candidates.iter().any(|&v| growth.holds(v, &graph)) {
                break;
            }
            candidates.sort_unstable();
            for v in candidates {
                if growth.holds(v, &graph) {
                    voters.push(v);
                    in_circle[v as usize] = true;
                    growth.add(v, &graph);
                    for &(author, _) in graph.authors_of(v) {
                        growth.add(author, &graph);
                    }
                    grew = true;
                }
            }
        }
        for &v in &voters {
            in_circle[v as usize] = false;
        }
        if voters.len() < MIN_VOTERS
            || growth.group.len() as f64 > MAX_ACCOUNTS_PER_VOTER * voters.len() as f64
            || voters.len() as f64 > MAX_SHARE_OF_VOTERS * graph.remembered() as f64
        {
            continue;
        }
        let kept = sharing(&graph, &growth, voters);
        if kept.len() < MIN_VOTERS {
            continue;
        }
        let voters: Vec<Account> = kept.iter().map(|&(v, ..)| v).collect();
        let mut carried: HashMap<Account, Carried> = HashMap::new();
        for &v in &voters {
            for ballot in recent(&ballots[&v], since).filter(|b| growth.contains(b.author)) {
                let tie = carried.entry(ballot.author).or_default();
                tie.votes += 1;
                *tie.from.entry(v).or_default() += 1;
                if ballot.fresh() {
                    tie.boosted.insert(ballot.posted);
                    tie.fresh += 1;
                }
            }
        }
        // Voters who are a few of the first up-voters of every account they up-vote are
        // readers who like the same busy writers, whose comments open the threads, each a few
        // times in a week; a circle is the first audience of at least one of its accounts (a
        // farm's first hour: the writer it boosts, who may not have the comments yet to join;
        // a farm the crowd likes: the crowd comes later).
        let first_audience = carried.iter().any(|(&account, tie)| {
            tie.from.len() >= 2
                && tie.fresh > 0
                && tie.fresh * WRITER_SHARE as u32 >= graph.drawn_fresh[account as usize]
        });
        // A circle's voters are in no other; a group's that was none would grow it again.
        let done = if first_audience {
            &mut taken
        } else {
            &mut tried
        };
        for &v in &voters {
            done[v as usize] = true;
        }
        if !first_audience {
            continue;
        }
        let mut circle = Circle::default();
        for (v, inside, authors) in kept {
            circle.gave.insert(v, (inside, graph.given(v).all, authors));
        }
        let writers: HashSet<Account> = carried
            .iter()
            .filter(|&(&account, tie)| {
                tie.from.len() >= 2
                    && tie.boosted.len() >= 2
                    && tie.boosted.len() * WRITER_SHARE >= comments(account)
                    && tie.votes * WRITER_SHARE as u32 >= graph.drawn[account as usize]
            })
            .map(|(&account, _)| account)
            .collect();
        // A circle whose voters up-vote many authors in passing (neither its voters nor its
        // writers) amplifies readers: its writers are those it comes back to nearly every
        // time, as for the quiet writers of a campaign that does ([`super::quiet`]).
        let in_passing = carried
            .keys()
            .filter(|a| !circle.gave.contains_key(a) && !writers.contains(a))
            .count();
        let amplifies = in_passing >= super::quiet::AMPLIFIER_MIN_REACHED;
        let mut accounts: Vec<Account> = growth.group.clone();
        accounts.sort_unstable();
        for account in accounts {
            let tie = carried.get(&account);
            let joins =
                writers.contains(&account) && (!amplifies || tie.is_some_and(Carried::came_back));
            if !joins && !circle.gave.contains_key(&account) {
                continue;
            }
            if let Some(tie) = tie {
                circle
                    .drew
                    .insert(account, (tie.votes, tie.from.len() as u32));
            }
            circle.members.push(account);
        }
        out.push(circle);
    }
    out
}
