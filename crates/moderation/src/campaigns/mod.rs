//! Coordinated campaigns (paid trolls): many accounts pushing the same talking points in
//! bursts, voting each other up and coming back under new names. Pure and incremental: the
//! detector sees one event at a time, in the event's own time (so a recorded stream replays
//! exactly), and keeps only a bounded window of recent activity.
//!
//! Signals link pairs of accounts; a pair is linked when its evidence adds up to 1.0:
//!
//! | signal | weight | why |
//! |---|---|---|
//! | near-duplicate text (MinHash over character 4-grams, Jaccard ≥ 0.45) | 0.5 per pair of comments | copy-paste and light paraphrase; two such pairs link |
//! | same browser (device id) | 1.0 | one person, two accounts |
//! | ban evasion found by the enforcement checks | 1.0 | a banned member back under a new name |
//! | up-voting each other's comments | 0.35 per up-vote returned, the first one between two established accounts left out | vote rings |
//! | same vote on the same comment within 90 s, or both up-votes among its first five within 30 min of its posting | 0.2 per comment, at most two up-votes per author voted on | brigades and boosting rings; five such votes on three authors' comments link |
//! | sign-ups from the same /24 (or /48) within 30 min | 0.35 | account farms; not enough alone |
//! | newcomers boosting one writer new to the site (first seen within a day): each up-voted two of its fresh comments within its first two hours on the site, among five newcomers or more who are two thirds of those comments' up-voters within two hours | 1.0 | a farm arriving on a site; readers new to it spread their first up-votes, a popular writer's up-voters are mostly regulars, and a columnist's fans who only ever up-vote it look new with its first comment, but the columnist is not |
//! | commenting on the same page within 3 min, on 3 pages | 0.35 | co-activity |
//!
//! Account age: when both accounts signed up (the detector saw their sign-up) less than two
//! hours before, near-duplicate texts and same-moment votes count double. New accounts that
//! repeat each other straight away are how a campaign starts; established readers quoting a
//! templated warning, or reacting to the same story, are not new accounts.
//!
//! Hard negatives shaped these weights: readers who react to the same breaking story at the
//! same time write different texts and rarely vote on the same comments within seconds more
//! than a few times; colleagues behind one office address share the address but not sign-up
//! bursts; fans of one prolific commenter up-vote the same comments within seconds again and
//! again, but all of one author (so same-moment up-votes count at most twice per author voted
//! on; down-votes piling onto one reader are what brigades do, and are not capped).
//! A campaign is a connected group of at least three linked accounts; groups each of whose
//! members is tied to another group (by evidence adding up to a link, or by boosts enough to
//! make a quiet member) are fragments of that group's farm and join it.
//!
//! **Quiet members.** A farm's accounts that mostly vote leave no text to match: each up-votes
//! its fellows' comments within minutes of their posting. Such an account joins a campaign
//! found by the signals above when at least 8 of its up-votes went to the campaign's comments
//! within 30 minutes of posting, spread over at least 3 members, and they are at least 80% of
//! all its up-votes: a reader who likes one columnist boosts one author, and a regular who
//! up-votes campaign comments among many others falls short of the share. An account whose
//! comments drew such boosts from a campaign's members (at least 80% of the boosts they drew,
//! on two of its comments or more: a brigade's one target is not its member; or half of the
//! boosts drawn from accounts that boosted it more than once, since a farm's loudest accounts
//! draw a reader's like on every other comment, and readers do not come back as the farm
//! does, while a columnist's own fans do) joins by the same rule, provided 30% of the
//! campaign's boosts of it come from members that came back: a farm returns to its writers,
//! while a farm that also boosts readers who agree with it boosts each one in passing.
//! Joining runs in rounds, so a farm's voters bring in the quiet writers they boost. So does
//! an account that trades boosts with a campaign with too little of either to join by one
//! side alone: its comments drew boosts from at least two members (half the boosts they drew,
//! or more) and its own up-votes went to the campaign's comments within minutes (80% of them;
//! one is enough). Real farms have many members with a comment and a vote or two; a brigade's
//! target gives nothing back, and a reader the farm boosted who likes much else on the site
//! falls short of the share. A campaign whose boosts reached 5% of the site's other
//! commenters in the window amplifies readers: being boosted by it is weak evidence, so no
//! one joins it both ways, and its writers need 80% of its boosts of them, not 30%, from
//! members that came back. The voters' rule is also read over the week of up-votes
//! remembered for circles, so a voter whose day of boosts left the window before its fellows
//! were found still joins.
//!
//! **Voting circles** (`circles.rs`). A farm slowed to a few actions a day leaves too little in
//! a day to link its accounts; over a week (each account's last 32 up-votes, kept
//! [`Config::circle_ms`]) its voters still give nearly every up-vote to a few fellow members'
//! comments. Such a group, small for its voters and a minority of the site's, is a circle: it
//! joins a campaign it shares members with, or is one of its own.
//!
//! **Headline feeds** (`feeds.rs`). A farm's fake news outlets post headlines all day and
//! nothing else, each its own: no text or vote ties them, the shape of what they write does.
//! An account whose recent comments are nearly all headlines is a feed, and so, before its
//! fifth, is one that never voted or replied whose comments are all headlines, three of them
//! within three hours (an outlet opening for business); three or more feeds on a site are a
//! feed network.
//!
//! **Echoes.** An account in no campaign whose comments repeat several members' talking points,
//! each once (two or more of its comments, evidence adding up to a link over the members),
//! joins their campaign.
//!
//! **Hashtag games** (`games.rs`). A farm's accounts play hashtag games of their own making,
//! each player a line of its own: a hashtag that five accounts or more took up within hours of
//! its first use and dropped is a game, and when three of its players are members of one
//! campaign, the other players join it.
//!
//! Texts are compared after Tribune's look-alike folding and on a spelling skeleton in which
//! Cyrillic reads as Latin (`text.rs`), so a talking point copied in look-alike letters or
//! transliterated into Cyrillic still matches.

mod circles;
mod cluster;
mod components;
mod feeds;
mod games;
mod members;
mod quiet;
mod text;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use gaoya::minhash::{MinHashIndex, MinHasher, MinHasher32};
use serde::{Deserialize, Serialize};

pub use cluster::{Campaign, Evidence};
pub use games::played as hashtag_games;
pub use members::{Member, MemberEvidence};
use text::{fold, shingles};

/// One recorded action: the format of `tribune campaigns detect --events FILE.jsonl`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Milliseconds since the epoch (the JSON lines carry RFC 3339; the caller converts).
    #[serde(skip)]
    pub at: i64,
    pub ts: String,
    pub kind: Kind,
    pub account: String,
    pub ip: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    pub site: String,
    #[serde(default)]
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The comment voted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i8>,
    /// The banned account this one is suspected of evading (the enforcement checks' link:
    /// same browser, address or email as a banned reader).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evasion_of: Option<String>,
}

impl Event {
    /// An event with what every event has; the rest (`ts`, `site`, `url`, the comment, the
    /// vote, the device) empty, for the caller to fill in with struct update syntax.
    pub fn new(at: i64, kind: Kind, account: impl Into<String>, ip: impl Into<String>) -> Event {
        Event {
            at,
            ts: String::new(),
            kind,
            account: account.into(),
            ip: ip.into(),
            device: None,
            site: String::new(),
            url: String::new(),
            comment_id: None,
            parent_id: None,
            text: None,
            target: None,
            value: None,
            evasion_of: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Signup,
    Comment,
    Vote,
}

/// Tuning, with the defaults the evaluation settled on.
#[derive(Clone, Debug)]
pub struct Config {
    /// How much recent activity is kept, in milliseconds (memory is bounded by it).
    pub window_ms: i64,
    /// How long each account's up-votes are remembered for voting circles (at most 32 per
    /// account) and its comments' shapes for headline feeds (at most 16), in milliseconds.
    pub circle_ms: i64,
    /// Jaccard similarity above which two comments are near-duplicates.
    pub text_similarity: f64,
    /// Accounts in a campaign, at least.
    pub min_accounts: usize,
}

impl Config {
    /// How far back the detector needs to see when it starts: its window, or the voting
    /// circles' memory when that is longer.
    pub fn memory_ms(&self) -> i64 {
        self.window_ms.max(self.circle_ms)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            window_ms: 24 * 3_600_000,
            circle_ms: 7 * 24 * 3_600_000,
            text_similarity: 0.45,
            min_accounts: 3,
        }
    }
}

pub(crate) const LINKED: f64 = 1.0;
const TEXT_WEIGHT: f64 = 0.5;
const DEVICE_WEIGHT: f64 = 1.0;
const EVASION_WEIGHT: f64 = 1.0;
const MUTUAL_VOTE_WEIGHT: f64 = 0.35;
const CO_VOTE_WEIGHT: f64 = 0.2;
const CO_VOTE_WINDOW_MS: i64 = 90_000;
/// Same-moment up-votes counted per author voted on, per pair of voters.
const CO_UPVOTES_PER_AUTHOR: u32 = 2;
/// A comment with fewer votes than this is little noticed.
const QUIET_COMMENT_VOTES: usize = 5;
/// Up-votes this soon after a comment appeared are boosts.
const BOOST_MS: i64 = 30 * 60_000;
const SIGNUP_BURST_WEIGHT: f64 = 0.35;
const SIGNUP_BURST_MS: i64 = 30 * 60_000;
const CO_ACTIVITY_WEIGHT: f64 = 0.35;
const CO_ACTIVITY_MS: i64 = 3 * 60_000;
const CO_ACTIVITY_PAGES: usize = 3;
const NEWCOMERS_WEIGHT: f64 = 1.0;
/// An account first seen less than this long before is new to the site...
const NEWCOMER_MS: i64 = 2 * 3_600_000;
/// ... once the detector has watched the site this long (before that, everyone is new to it).
const WATCHED_MS: i64 = 24 * 3_600_000;
/// Newcomers boost a writer together when it is new to the site too: first seen less than
/// this long before.
const NEW_WRITER_MS: i64 = 24 * 3_600_000;
/// A writer's fresh comments' up-voters are counted over this span...
const NEWCOMERS_SPAN_MS: i64 = 2 * 3_600_000;
/// ... and newcomers boost it together when at least this many of them...
const NEWCOMERS_MIN: usize = 5;
/// ... are at least this share of its up-voters; those of them who boosted it twice are linked.
const NEWCOMERS_SHARE: f64 = 2.0 / 3.0;
/// Accounts younger than this (since their sign-up) are new.
const NEW_ACCOUNT_MS: i64 = 2 * 3_600_000;
/// How much more text and vote evidence weighs between two new accounts.
const NEW_ACCOUNTS_FACTOR: f64 = 2.0;
/// How often voting circles are worked out again, in activity time.
const CIRCLES_EVERY_MS: i64 = 10 * 60_000;
/// Near-duplicates looked at per comment.
const MAX_TEXT_MATCHES: usize = 32;
/// Shorter texts say too little to be called duplicates ("Agreed.", "This!").
const MIN_TEXT_CHARS: usize = 40;

pub(crate) type Account = u32;

/// What links two accounts, accumulated.
#[derive(Debug, Default, Clone)]
pub(crate) struct Link {
    pub score: f64,
    pub texts: Vec<(String, String, f64)>,
    /// The comments of the lower and the higher account that matched the other's: text
    /// counts by the smaller side, so one prolific account matching a common phrase again
    /// and again does not link on its own.
    text_keys: (HashSet<u64>, HashSet<u64>),
    text_score: f64,
    pub device: Option<String>,
    pub evasion: bool,
    pub mutual_votes: u32,
    /// Same-moment votes counted, per author of the comments voted on.
    co_vote_authors: HashMap<Account, u32>,
    pub signup_burst: Option<String>,
    /// Both new to the site, they boosted this writer's fresh comments together.
    pub newcomers_boosting: Option<String>,
    /// One of the two is a writer new to the site whose fresh comments the other, new too,
    /// boosted again and again among newcomers who were most of its up-voters: `true` when
    /// the writer is the lower account of the two.
    pub boosted_writer: Option<bool>,
    pub co_pages: HashSet<String>,
    co_activity_counted: bool,
    pub last: i64,
    /// When the evidence first added up.
    pub linked_at: Option<i64>,
}

impl Link {
    /// Same-moment votes counted.
    pub fn co_votes(&self) -> u32 {
        self.co_vote_authors.values().sum()
    }
}

#[derive(Debug, Default)]
pub(crate) struct AccountState {
    pub name: String,
    /// Its first action, and its fifth (detection delay is measured from a campaign's fifth
    /// action).
    pub first: i64,
    /// When it signed up, if the detector saw it.
    pub signed_up: Option<i64>,
    /// Its latest action.
    pub last: i64,
    pub actions: u32,
    pub fifth_action: Option<i64>,
    /// It voted or replied to someone (a headline feed does neither).
    pub addressed_someone: bool,
}

/// One voter's up-votes on one author's comments, within the window.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Upvotes {
    pub given: u32,
    /// Of which within [`BOOST_MS`] of the comment's appearance.
    pub boosts: u32,
    /// Minutes from comment to up-vote, summed over the boosts.
    pub boost_minutes: f64,
    /// The comments boosted: one, or more.
    pub boosted: Comments,
    pub last: i64,
}

impl Upvotes {
    /// Its boosts when the voter boosted the author more than once (a booster that came
    /// back, as a farm does to its writers), else none.
    pub fn boosts_again(&self) -> u32 {
        if self.boosts > 1 {
            self.boosts
        } else {
            0
        }
    }
}

/// Whether one comment or several were seen, each told apart by when it was posted: what a
/// writer's boosts are counted on (a farm boosts its writer's comments one after another, a
/// brigade piles onto its target's one comment).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Comments {
    first: Option<i64>,
    several: bool,
}

impl Comments {
    pub fn add(&mut self, posted: i64) {
        match self.first {
            None => self.first = Some(posted),
            Some(first) => self.several |= first != posted,
        }
    }

    pub fn merge(&mut self, other: Comments) {
        if let Some(posted) = other.first {
            self.add(posted);
        }
        self.several |= other.several;
    }

    pub fn several(&self) -> bool {
        self.several
    }
}

/// The incremental detector.
pub struct Detector {
    pub(crate) config: Config,
    pub(crate) accounts: Vec<AccountState>,
    by_name: HashMap<String, Account>,
    hasher: MinHasher32<fnv_like::Build>,
    texts: MinHashIndex<u32, u64>,
    text_meta: HashMap<u64, (Account, i64, String)>,
    text_order: VecDeque<(i64, u64)>,
    next_text: u64,
    comment_author: HashMap<String, (Account, i64)>,
    comment_order: VecDeque<(i64, String)>,
    /// Per voted comment: recent (time, voter, value).
    voters: HashMap<String, VecDeque<(i64, Account, i8)>>,
    /// (voter, author) → up-votes.
    pub(crate) upvotes: HashMap<(Account, Account), Upvotes>,
    /// Per author: the up-votes on its fresh comments over the last
    /// [`NEWCOMERS_SPAN_MS`]: when, by whom, whether the voter was new to the site.
    fresh_upvotes: HashMap<Account, VecDeque<(i64, Account, bool)>>,
    /// When the detector saw its first event.
    began: Option<i64>,
    /// Each voter's latest up-votes, for voting circles.
    ballots: circles::Ballots,
    /// The voting circles last worked out, and when.
    circles: std::sync::Mutex<Option<(i64, Arc<Vec<circles::Circle>>)>>,
    /// Each account's latest comments' shapes, for headline feeds (and how many comments a
    /// voting circle's writer posted).
    posts: feeds::Posts,
    /// The hashtags used, for hashtag games.
    hashtags: games::Tags,
    devices: HashMap<String, Vec<Account>>,
    /// /24 or /48 → recent sign-ups.
    signups: HashMap<String, VecDeque<(i64, Account)>>,
    /// Page → recent commenters.
    pages: HashMap<String, VecDeque<(i64, Account)>>,
    pub(crate) links: HashMap<(Account, Account), Link>,
    now: i64,
    events: u64,
}

/// The standard hasher gaoya's MinHasher takes, seeded identically every run.
mod fnv_like {
    pub type Build = std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>;
}

/// Drops what each account did before `since` from its queue (oldest first), and the
/// accounts left with nothing.
fn forget_before<T>(
    queues: &mut HashMap<Account, VecDeque<T>>,
    since: i64,
    at: impl Fn(&T) -> i64,
) {
    queues.retain(|_, queue| {
        while queue.front().is_some_and(|x| at(x) < since) {
            queue.pop_front();
        }
        !queue.is_empty()
    });
}

/// Near-duplicates, the most similar first and, equally similar, the oldest first: the index
/// returns ties in hash order, which differs from run to run, and a stream must replay exactly.
fn most_similar_first(matches: &mut [(u64, f64)]) {
    matches.sort_unstable_by(|(a, x), (b, y)| y.total_cmp(x).then(a.cmp(b)));
}

fn pair(a: Account, b: Account) -> (Account, Account) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

/// The /24 of an IPv4 address or the /48 of an IPv6 one; none without a valid address.
fn network(ip: &str) -> Option<String> {
    match ip.parse::<std::net::IpAddr>().ok()? {
        std::net::IpAddr::V4(v4) => {
            let o = v4.octets();
            Some(format!("{}.{}.{}.0/24", o[0], o[1], o[2]))
        }
        std::net::IpAddr::V6(v6) => {
            let s = v6.segments();
            Some(format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2]))
        }
    }
}

impl Detector {
    pub fn new(config: Config) -> Detector {
        Detector {
            config,
            accounts: Vec::new(),
            by_name: HashMap::new(),
            hasher: MinHasher32::new_with_hasher(128, fnv_like::Build::default()),
            texts: MinHashIndex::new(32, 4, 0.45),
            text_meta: HashMap::new(),
            text_order: VecDeque::new(),
            next_text: 0,
            comment_author: HashMap::new(),
            comment_order: VecDeque::new(),
            voters: HashMap::new(),
            upvotes: HashMap::new(),
            fresh_upvotes: HashMap::new(),
            began: None,
            ballots: HashMap::new(),
            circles: std::sync::Mutex::new(None),
            posts: HashMap::new(),
            hashtags: HashMap::new(),
            devices: HashMap::new(),
            signups: HashMap::new(),
            pages: HashMap::new(),
            links: HashMap::new(),
            now: 0,
            events: 0,
        }
    }

    fn account(&mut self, name: &str, at: i64) -> Account {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = self.accounts.len() as Account;
        self.accounts.push(AccountState {
            name: name.to_owned(),
            first: at,
            ..Default::default()
        });
        self.by_name.insert(name.to_owned(), id);
        id
    }

    /// How much text and vote evidence between `a` and `b` weighs at `at`.
    fn age_factor(&self, a: Account, b: Account, at: i64) -> f64 {
        if self.both_new(a, b, at) {
            NEW_ACCOUNTS_FACTOR
        } else {
            1.0
        }
    }

    /// Whether `a` was first seen less than [`NEWCOMER_MS`] before `at`, on a site the
    /// detector had watched for [`WATCHED_MS`] by then.
    fn newcomer(&self, a: Account, at: i64) -> bool {
        self.first_seen_within(a, at, NEWCOMER_MS)
    }

    /// Whether `a` was first seen less than `within` before `at`, on a site the detector had
    /// watched for [`WATCHED_MS`] by then (before that, everyone is new to it).
    fn first_seen_within(&self, a: Account, at: i64, within: i64) -> bool {
        let first = self.accounts[a as usize].first;
        at - first < within && self.began.is_some_and(|began| first - began >= WATCHED_MS)
    }

    /// Whether both accounts signed up (the detector saw it) less than two hours before `at`.
    fn both_new(&self, a: Account, b: Account, at: i64) -> bool {
        let new = |x: Account| {
            self.accounts[x as usize]
                .signed_up
                .is_some_and(|t| at - t < NEW_ACCOUNT_MS)
        };
        new(a) && new(b)
    }

    fn link(&mut self, a: Account, b: Account, at: i64, change: impl FnOnce(&mut Link) -> f64) {
        if a == b {
            return;
        }
        let link = self.links.entry(pair(a, b)).or_default();
        let added = change(link);
        link.score += added;
        link.last = at;
        if link.score >= LINKED && link.linked_at.is_none() {
            link.linked_at = Some(at);
        }
    }

    /// Takes one event (events must come in time order).
    pub fn observe(&mut self, e: &Event) {
        self.now = self.now.max(e.at);
        self.began.get_or_insert(e.at);
        self.events += 1;
        let me = self.account(&e.account, e.at);
        let state = &mut self.accounts[me as usize];
        state.actions += 1;
        state.last = state.last.max(e.at);
        if state.actions == 5 {
            state.fifth_action = Some(e.at);
        }
        state.addressed_someone |= e.kind == Kind::Vote || e.parent_id.is_some();
        if let Some(device) = &e.device {
            let seen = self.devices.entry(device.clone()).or_default();
            let others: Vec<Account> = seen.iter().copied().filter(|&a| a != me).collect();
            if !seen.contains(&me) {
                seen.push(me);
            }
            for other in others {
                let device = device.clone();
                self.link(me, other, e.at, |l| {
                    if l.device.is_none() {
                        l.device = Some(device);
                        DEVICE_WEIGHT
                    } else {
                        0.0
                    }
                });
            }
        }
        if let Some(banned) = &e.evasion_of {
            let banned = self.account(banned, e.at);
            self.link(me, banned, e.at, |l| {
                if l.evasion {
                    0.0
                } else {
                    l.evasion = true;
                    EVASION_WEIGHT
                }
            });
        }
        match e.kind {
            Kind::Signup => self.signup(me, e),
            Kind::Comment => self.comment(me, e),
            Kind::Vote => self.vote(me, e),
        }
        if self.events.is_multiple_of(4096) {
            self.prune();
        }
    }

    fn signup(&mut self, me: Account, e: &Event) {
        self.accounts[me as usize].signed_up = Some(e.at);
        // Without a known address there is no network to share.
        let Some(net) = network(&e.ip) else {
            return;
        };
        let recent = self.signups.entry(net.clone()).or_default();
        while recent
            .front()
            .is_some_and(|(t, _)| e.at - t > SIGNUP_BURST_MS)
        {
            recent.pop_front();
        }
        let others: Vec<Account> = recent.iter().map(|(_, a)| *a).collect();
        recent.push_back((e.at, me));
        for other in others {
            let net = net.clone();
            self.link(me, other, e.at, |l| {
                if l.signup_burst.is_none() {
                    l.signup_burst = Some(net);
                    SIGNUP_BURST_WEIGHT
                } else {
                    0.0
                }
            });
        }
    }

    fn comment(&mut self, me: Account, e: &Event) {
        if let Some(id) = &e.comment_id {
            self.comment_author.insert(id.clone(), (me, e.at));
            self.comment_order.push_back((e.at, id.clone()));
        }
        // Co-activity: others commenting on the same page within minutes.
        let page = self.pages.entry(e.url.clone()).or_default();
        while page.front().is_some_and(|(t, _)| e.at - t > CO_ACTIVITY_MS) {
            page.pop_front();
        }
        let others: Vec<Account> = page.iter().map(|(_, a)| *a).filter(|&a| a != me).collect();
        page.push_back((e.at, me));
        for other in others {
            let url = e.url.clone();
            self.link(me, other, e.at, |l| {
                l.co_pages.insert(url);
                if l.co_pages.len() >= CO_ACTIVITY_PAGES && !l.co_activity_counted {
                    l.co_activity_counted = true;
                    CO_ACTIVITY_WEIGHT
                } else {
                    0.0
                }
            });
        }
        let Some(text) = &e.text else { return };
        feeds::remember(&mut self.posts, me, e.at, text);
        games::remember(&mut self.hashtags, me, e.at, text);
        // Near-duplicate text.
        let folded = fold(text);
        if folded.chars().count() < MIN_TEXT_CHARS {
            return;
        }
        let signature = self.hasher.create_signature(shingles(&folded));
        let mut matches = self.texts.query_owned_return_similarity(&signature);
        most_similar_first(&mut matches);
        // A flood of one text: the most similar matches tell the story, and the flood is
        // already in the index, so this copy is not added (work and memory stay bounded).
        let saturated = matches.len() >= MAX_TEXT_MATCHES;
        matches.truncate(MAX_TEXT_MATCHES);
        for (key, similarity) in matches {
            if similarity < self.config.text_similarity {
                continue;
            }
            let Some((author, _, other_text)) = self.text_meta.get(&key).cloned() else {
                continue;
            };
            if author == me {
                continue;
            }
            let mine = text.clone();
            let my_key = self.next_text;
            let weight = TEXT_WEIGHT * self.age_factor(me, author, e.at);
            self.link(me, author, e.at, |l| {
                if l.texts.len() < 5 {
                    l.texts.push((other_text, mine, similarity));
                }
                let (lower, higher) = &mut l.text_keys;
                if me < author {
                    lower.insert(my_key);
                    higher.insert(key);
                } else {
                    lower.insert(key);
                    higher.insert(my_key);
                }
                // The text score only grows: a pair that matched as new accounts keeps it.
                let new_score = l
                    .text_score
                    .max(weight * lower.len().min(higher.len()) as f64);
                let added = new_score - l.text_score;
                l.text_score = new_score;
                added
            });
        }
        if saturated {
            return;
        }
        let key = self.next_text;
        self.next_text += 1;
        self.texts.insert(key, signature);
        self.text_meta.insert(key, (me, e.at, text.clone()));
        self.text_order.push_back((e.at, key));
    }

    fn vote(&mut self, me: Account, e: &Event) {
        let (Some(target), Some(value)) = (&e.target, e.value) else {
            return;
        };
        let author = self.comment_author.get(target).copied();
        // Minutes since the comment appeared, while it is fresh.
        let fresh = author
            .map(|(_, posted)| e.at - posted)
            .filter(|since| (0..=BOOST_MS).contains(since))
            .map(|since| since as f64 / 60_000.0);
        if let (Some((author, posted)), true) = (author, value > 0) {
            if author != me {
                let ballots = self.ballots.entry(me).or_default();
                if ballots.len() == circles::BALLOTS_PER_VOTER {
                    ballots.pop_front();
                }
                ballots.push_back(circles::Ballot {
                    at: e.at,
                    author,
                    posted,
                });
                let tally = self.upvotes.entry((me, author)).or_default();
                tally.given += 1;
                tally.last = e.at;
                if let Some(minutes) = fresh {
                    tally.boosts += 1;
                    tally.boost_minutes += minutes;
                    tally.boosted.add(posted);
                }
                let given = tally.given;
                let received = self.upvotes.get(&(author, me)).map_or(0, |t| t.given);
                // Reciprocity: each up-vote returned counts, not each up-vote given after
                // the other's first one (regulars who like one reader's comments are not a ring),
                // and not the first one returned between established accounts: a site's busiest
                // readers up-vote one another now and then, while new accounts trading up-votes
                // at once are how a ring starts.
                let returned = given <= received;
                if returned && (given >= 2 || self.both_new(me, author, e.at)) {
                    self.link(me, author, e.at, |l| {
                        l.mutual_votes += 1;
                        MUTUAL_VOTE_WEIGHT
                    });
                }
                if fresh.is_some() {
                    self.newcomers_boosting(me, author, e.at);
                }
            }
        }
        // Voted together: the same vote within 90 s of each other, or both up-votes while
        // the comment was fresh and little noticed (a boost: a popular comment draws the
        // up-votes of every regular, a farm's comment those of the farm).
        let voters = self.voters.entry(target.clone()).or_default();
        while voters
            .front()
            .is_some_and(|(t, _, _)| e.at - t > CO_VOTE_WINDOW_MS.max(BOOST_MS))
        {
            voters.pop_front();
        }
        let boost = value > 0 && fresh.is_some() && voters.len() < QUIET_COMMENT_VOTES;
        let same: Vec<Account> = voters
            .iter()
            .filter(|(t, a, v)| *v == value && *a != me && (boost || e.at - t <= CO_VOTE_WINDOW_MS))
            .map(|(_, a, _)| *a)
            .collect();
        voters.push_back((e.at, me, value));
        for other in same {
            let weight = CO_VOTE_WEIGHT * self.age_factor(me, other, e.at);
            let author = author.map_or(Account::MAX, |(a, _)| a);
            self.link(me, other, e.at, |l| {
                // Fans of one commenter up-vote together; a pile-on against one reader is
                // what brigades do, so down-votes are not capped.
                let per_author = l.co_vote_authors.entry(author).or_default();
                if value > 0 && *per_author >= CO_UPVOTES_PER_AUTHOR {
                    return 0.0;
                }
                *per_author += 1;
                weight
            });
        }
    }

    /// Remembers a fresh up-vote of `author`'s by `me`; when the writer's up-voters over the
    /// span are mostly newcomers (five or more, two thirds), links those of them that boosted
    /// it twice, to one another and to the writer: a farm arriving on a site boosts its
    /// writers with accounts the site has not seen, again and again, while readers new to it
    /// spread their first up-votes and a popular writer's up-voters are mostly regulars.
    fn newcomers_boosting(&mut self, me: Account, author: Account, at: i64) {
        let new = self.newcomer(me, at);
        // A columnist's fans who only ever up-vote it arrive with its first comment in the
        // detector's memory, as new to it as a farm: a farm's writer is new too.
        let new_writer = self.first_seen_within(author, at, NEW_WRITER_MS);
        let recent = self.fresh_upvotes.entry(author).or_default();
        while recent
            .front()
            .is_some_and(|(t, _, _)| at - t > NEWCOMERS_SPAN_MS)
        {
            recent.pop_front();
        }
        recent.push_back((at, me, new));
        if !new || !new_writer {
            return;
        }
        // Each voter: new at every up-vote, and how many.
        let mut voters: HashMap<Account, (bool, u32)> = HashMap::new();
        for &(_, voter, new) in recent.iter() {
            let v = voters.entry(voter).or_insert((true, 0));
            v.0 &= new;
            v.1 += 1;
        }
        let newcomers = voters.values().filter(|(new, _)| *new).count();
        if newcomers < NEWCOMERS_MIN || (newcomers as f64) < NEWCOMERS_SHARE * voters.len() as f64 {
            return;
        }
        let mut again: Vec<Account> = voters
            .into_iter()
            .filter(|(_, (new, n))| *new && *n >= 2)
            .map(|(voter, _)| voter)
            .collect();
        if again.len() < 2 {
            return;
        }
        again.sort_unstable();
        let name = self.accounts[author as usize].name.clone();
        for (i, &a) in again.iter().enumerate() {
            for &b in &again[i + 1..] {
                self.link(a, b, at, |l| {
                    if l.newcomers_boosting.is_some() {
                        return 0.0;
                    }
                    l.newcomers_boosting = Some(name.clone());
                    NEWCOMERS_WEIGHT
                });
            }
        }
        // The writer they boost is of them: new to the site too, and boosted from outside.
        for &voter in &again {
            self.link(author, voter, at, |l| {
                if l.boosted_writer.is_some() {
                    return 0.0;
                }
                l.boosted_writer = Some(author < voter);
                NEWCOMERS_WEIGHT
            });
        }
    }

    /// Forgets activity older than the window; links that never added up go too.
    fn prune(&mut self) {
        let horizon = self.now - self.config.window_ms;
        while let Some(&(t, key)) = self.text_order.front() {
            if t >= horizon {
                break;
            }
            self.text_order.pop_front();
            self.texts.remove(&key);
            self.text_meta.remove(&key);
        }
        while let Some((t, _)) = self.comment_order.front() {
            if *t >= horizon {
                break;
            }
            if let Some((_, id)) = self.comment_order.pop_front() {
                self.comment_author.remove(&id);
            }
        }
        self.voters
            .retain(|_, v| v.back().is_some_and(|(t, _, _)| *t >= horizon));
        self.signups
            .retain(|_, v| v.back().is_some_and(|(t, _)| *t >= horizon));
        self.pages
            .retain(|_, v| v.back().is_some_and(|(t, _)| *t >= horizon));
        self.links
            .retain(|_, l| l.score >= LINKED || l.last >= horizon);
        self.upvotes.retain(|_, t| t.last >= horizon);
        let span = self.now - NEWCOMERS_SPAN_MS;
        forget_before(&mut self.fresh_upvotes, span, |(t, _, _)| *t);
        let remembered = self.now - self.config.circle_ms;
        forget_before(&mut self.ballots, remembered, |ballot| ballot.at);
        forget_before(&mut self.posts, remembered, |shape| shape.at);
        games::forget(&mut self.hashtags, remembered);
    }

    /// The campaigns found so far: groups of linked accounts, strongest first.
    pub fn campaigns(&self) -> Vec<Campaign> {
        cluster::campaigns(self)
    }

    /// Works out the voting circles if ten minutes of activity have passed since the last
    /// time, as [`Detector::campaigns`] does. A circle is dated when it is first worked out: a
    /// replay that asks for the campaigns only at its end calls this as its clock passes, so
    /// that its circles carry the time they formed, near enough.
    pub fn keep_circles_up(&self) {
        self.circles();
    }

    /// The voting circles: worked out again when ten minutes of activity have passed since the
    /// last time (a signal that takes days to show, and the costliest one to work out: a few
    /// milliseconds with 20,000 voters).
    fn circles(&self) -> Arc<Vec<circles::Circle>> {
        let mut cached = self.circles.lock().unwrap_or_else(|e| e.into_inner());
        match &*cached {
            Some((at, found)) if self.now - at < CIRCLES_EVERY_MS => found.clone(),
            _ => {
                let since = self.now - self.config.circle_ms;
                let comments = |a| feeds::comments(&self.posts, a, since);
                let mut found =
                    circles::circles(&self.ballots, since, self.accounts.len(), comments);
                let before = cached.as_ref().map_or(&[][..], |(_, c)| &c[..]);
                circles::date(&mut found, before, self.now);
                let found = Arc::new(found);
                *cached = Some((self.now, found.clone()));
                found
            }
        }
    }

    /// The headline feeds among the accounts remembered.
    fn feeds(&self) -> Vec<feeds::Feed> {
        let mute = |a: Account| !self.accounts[a as usize].addressed_someone;
        let new_at = |a: Account, at: i64| self.newcomer(a, at);
        feeds::feeds(&self.posts, self.now - self.config.circle_ms, mute, new_at)
    }

    /// The hashtag games over, among the hashtags remembered.
    fn games(&self) -> Vec<games::Game<'_>> {
        games::games(&self.hashtags, self.now)
    }

    /// Events seen.
    pub fn events(&self) -> u64 {
        self.events
    }
}

#[cfg(test)]
mod tests;
