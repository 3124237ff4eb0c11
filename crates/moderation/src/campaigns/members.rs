//! What speaks against each member of a campaign, summed over the other members and ranked
//! strongest first, and the campaign's one-line summary: what a moderator reads before acting.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::{
    Account, Link, CO_ACTIVITY_WEIGHT, CO_VOTE_WEIGHT, DEVICE_WEIGHT, EVASION_WEIGHT,
    MUTUAL_VOTE_WEIGHT, NEWCOMERS_WEIGHT, SIGNUP_BURST_WEIGHT, TEXT_WEIGHT,
};

/// How much one boost weighs when members' evidence is ranked (a text pair weighs 0.5).
const BOOST_WEIGHT: f64 = 0.15;
/// How much one headline of a feed weighs: the shape alone, no tie to another account.
const FEED_WEIGHT: f64 = 0.1;
/// How much one hashtag game played with members weighs.
const GAME_WEIGHT: f64 = 0.35;
/// Hashtags named in a member's evidence, at most.
const GAMES_SHOWN: usize = 3;

/// A member of a campaign and what ties it to the others.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Member {
    pub account: String,
    /// Strongest first.
    pub evidence: Vec<MemberEvidence>,
    /// The first line of the evidence, as a moderator reads it.
    pub summary: String,
}

/// One kind of evidence about one member, summed over the other members.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "signal", rename_all = "snake_case")]
pub enum MemberEvidence {
    /// Up-votes on the campaign's comments within 30 minutes of their posting.
    Boosts {
        votes: u32,
        /// All the account's up-votes in the window.
        of: u32,
        members: u32,
        /// Mean minutes from a comment to this account's up-vote.
        minutes: f64,
        /// Whether the account joined by its boosts: these alone, or these and the boosts
        /// its comments drew from the members ([`MemberEvidence::Boosted`]).
        quiet: bool,
    },
    /// Up-votes over days (the last ones remembered), nearly all on the campaign's comments
    /// within 30 minutes of their posting.
    BoostsOverDays {
        votes: u32,
        /// The account's up-votes remembered.
        of: u32,
        members: u32,
        days: u32,
        /// How many times the share of up-votes boosting the campaign that other voters
        /// outside it give (rounded; absent when none of theirs does).
        #[serde(skip_serializing_if = "Option::is_none")]
        times_the_crowd: Option<u32>,
    },
    /// Up-votes its comments drew from other members within 30 minutes of their posting.
    Boosted {
        votes: u32,
        members: u32,
        /// Whether this evidence alone made the account a member.
        quiet: bool,
    },
    /// Up-votes given over days almost all to a voting circle's comments.
    Circle {
        votes: u32,
        /// All the account's up-votes remembered.
        of: u32,
        members: u32,
        days: u32,
    },
    /// Up-votes its comments drew from a voting circle.
    CircleVotes {
        votes: u32,
        members: u32,
    },
    /// Nearly all its recent comments are headlines, like other feeds' on the site.
    Feed {
        headlines: u32,
        /// Its comments remembered that say anything.
        of: u32,
        /// Feeds on the site, this one included.
        feeds: u32,
    },
    /// Played hashtag games with other members: hashtags many accounts took up within hours
    /// and then dropped.
    HashtagGames {
        /// The games, those played with the most members first (three at most).
        hashtags: Vec<String>,
        games: u32,
        /// Members in the first game, this one left out.
        members: u32,
        /// Accounts that played the first game, and the minutes from its first entry to its
        /// last.
        players: u32,
        minutes: u32,
    },
    SameText {
        comments: u32,
        members: u32,
    },
    VotedTogether {
        comments: u32,
        members: u32,
    },
    VoteRing {
        votes: u32,
        members: u32,
    },
    SameDevice {
        members: u32,
    },
    BanEvasion {
        members: u32,
    },
    SignupBurst {
        members: u32,
    },
    CoActivity {
        members: u32,
    },
    /// New to the site, it boosted a writer's fresh comments twice or more within its first
    /// two hours, as these members did, among newcomers who were most of the writer's up-voters.
    NewcomersBoosting {
        members: u32,
    },
    /// New to the site, its fresh comments were boosted again and again by these members, new
    /// too, among newcomers who were most of its up-voters.
    BoostedByNewcomers {
        members: u32,
    },
}

impl fmt::Display for MemberEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = |n: u32| if n == 1 { "" } else { "s" };
        match *self {
            MemberEvidence::Boosts {
                votes,
                of,
                members,
                minutes,
                ..
            } => write!(
                f,
                "up-voted {votes} of the campaign's comments within {:.0} minutes of posting on average ({votes} of its {of} up-votes; {members} member{})",
                minutes.max(1.0),
                s(members)
            ),
            MemberEvidence::BoostsOverDays {
                votes,
                of,
                members,
                days,
                times_the_crowd,
            } => {
                write!(
                    f,
                    "up-voted {votes} of the campaign's comments within 30 minutes of posting in {days} day{} ({votes} of its last {of} up-votes; {members} member{}",
                    s(days),
                    s(members)
                )?;
                match times_the_crowd {
                    Some(times) => write!(f, "; {times} times other voters' share)"),
                    None => write!(f, "; no other voter boosts it)"),
                }
            }
            MemberEvidence::Boosted { votes, members, .. } => write!(
                f,
                "its comments drew {votes} up-vote{} from {members} member{} within minutes of posting",
                s(votes),
                s(members)
            ),
            MemberEvidence::Circle {
                votes,
                of,
                members,
                days,
            } => write!(
                f,
                "gave {votes} of its {of} up-votes in {days} day{} to {members} member{}' comments (a voting circle)",
                s(days),
                s(members)
            ),
            MemberEvidence::CircleVotes { votes, members } => write!(
                f,
                "its comments drew {votes} up-vote{} from {members} member{} of a voting circle",
                s(votes),
                s(members)
            ),
            MemberEvidence::Feed {
                headlines,
                of,
                feeds,
            } => write!(
                f,
                "posted {headlines} headline{} in its last {of} comments, no word to anyone, like {} other account{} (a feed network)",
                s(headlines),
                feeds - 1,
                s(feeds - 1)
            ),
            MemberEvidence::HashtagGames {
                ref hashtags,
                games,
                members,
                players,
                minutes,
            } => {
                let first = hashtags.first().map_or("", String::as_str);
                let taken_up = format!("{players} accounts took it up within {minutes} minutes");
                if games == 1 {
                    write!(
                        f,
                        "played the hashtag game #{first} with {members} member{} ({taken_up}, then dropped it)",
                        s(members)
                    )
                } else {
                    let rest: Vec<String> = hashtags[1..].iter().map(|h| format!(", #{h}")).collect();
                    let more = if games as usize > hashtags.len() { ", ..." } else { "" };
                    write!(
                        f,
                        "played {games} hashtag games with members: #{first} with {members} ({taken_up}){}{more}",
                        rest.concat()
                    )
                }
            }
            MemberEvidence::SameText { comments, members } => write!(
                f,
                "shares {comments} talking point{} with {members} member{}",
                s(comments),
                s(members)
            ),
            MemberEvidence::VotedTogether { comments, members } => write!(
                f,
                "cast the same vote within 90 s as {members} member{} ({comments} time{})",
                s(members),
                s(comments)
            ),
            MemberEvidence::VoteRing { votes, members } => write!(
                f,
                "traded {votes} up-vote{} with {members} member{}",
                s(votes),
                s(members)
            ),
            MemberEvidence::SameDevice { members } => {
                write!(f, "same browser as {members} member{}", s(members))
            }
            MemberEvidence::BanEvasion { members } => write!(
                f,
                "banned and back, linked by the ban-evasion checks to {members} member{}",
                s(members)
            ),
            MemberEvidence::SignupBurst { members } => write!(
                f,
                "signed up from the same network within 30 minutes as {members} member{}",
                s(members)
            ),
            MemberEvidence::CoActivity { members } => write!(
                f,
                "commented on the same pages within minutes as {members} member{}",
                s(members)
            ),
            MemberEvidence::NewcomersBoosting { members } => write!(
                f,
                "new to the site, boosted one writer's fresh comments again and again within its first two hours, as {members} member{} did",
                s(members)
            ),
            MemberEvidence::BoostedByNewcomers { members } => write!(
                f,
                "new to the site, its fresh comments were boosted again and again by {members} member{} new to the site too, most of its up-voters",
                s(members)
            ),
        }
    }
}

impl MemberEvidence {
    /// How much it weighs, in the units of the pair links.
    pub(super) fn strength(&self) -> f64 {
        match *self {
            MemberEvidence::Boosts { votes, .. }
            | MemberEvidence::BoostsOverDays { votes, .. }
            | MemberEvidence::Boosted { votes, .. }
            | MemberEvidence::Circle { votes, .. }
            | MemberEvidence::CircleVotes { votes, .. } => BOOST_WEIGHT * f64::from(votes),
            MemberEvidence::Feed { headlines, .. } => FEED_WEIGHT * f64::from(headlines),
            MemberEvidence::HashtagGames { games, .. } => GAME_WEIGHT * f64::from(games),
            MemberEvidence::SameText { comments, members } => {
                TEXT_WEIGHT * f64::from(comments.min(members * 2))
            }
            MemberEvidence::VotedTogether { comments, .. } => CO_VOTE_WEIGHT * f64::from(comments),
            MemberEvidence::VoteRing { votes, .. } => MUTUAL_VOTE_WEIGHT * f64::from(votes),
            MemberEvidence::SameDevice { members } => DEVICE_WEIGHT * f64::from(members),
            MemberEvidence::BanEvasion { members } => EVASION_WEIGHT * f64::from(members),
            MemberEvidence::SignupBurst { members } => SIGNUP_BURST_WEIGHT * f64::from(members),
            MemberEvidence::CoActivity { members } => CO_ACTIVITY_WEIGHT * f64::from(members),
            MemberEvidence::NewcomersBoosting { members }
            | MemberEvidence::BoostedByNewcomers { members } => {
                NEWCOMERS_WEIGHT * f64::from(members)
            }
        }
    }

    /// What the campaign summary calls members with this evidence; none for being boosted,
    /// the mirror of boosting.
    fn plural(&self) -> Option<&'static str> {
        Some(match self {
            MemberEvidence::Boosts { .. } | MemberEvidence::BoostsOverDays { .. } => {
                "boost the others' comments within minutes"
            }
            MemberEvidence::Boosted { .. }
            | MemberEvidence::CircleVotes { .. }
            | MemberEvidence::BoostedByNewcomers { .. } => return None,
            MemberEvidence::Circle { .. } => "vote for one another over days",
            MemberEvidence::Feed { .. } => "post headlines, not comments",
            MemberEvidence::HashtagGames { .. } => "play hashtag games together",
            MemberEvidence::SameText { .. } => "share talking points",
            MemberEvidence::VotedTogether { .. } => "vote together within seconds",
            MemberEvidence::VoteRing { .. } => "trade up-votes",
            MemberEvidence::SameDevice { .. } => "share a browser",
            MemberEvidence::BanEvasion { .. } => "evade a ban",
            MemberEvidence::SignupBurst { .. } => "signed up in one burst from one network",
            MemberEvidence::CoActivity { .. } => "comment on the same pages together",
            MemberEvidence::NewcomersBoosting { .. } => "arrived together to boost one writer",
        })
    }
}

/// One member's tallies, over the links to the other members.
#[derive(Default)]
pub(super) struct Tally {
    texts: HashSet<u64>,
    text_members: u32,
    co_votes: u32,
    co_vote_members: u32,
    ring: u32,
    ring_members: u32,
    devices: u32,
    evasions: u32,
    signups: u32,
    co_activity: u32,
    newcomers: u32,
    boosted_by_newcomers: u32,
    /// Its up-votes on the other members' comments soon after posting, and on whose.
    pub(super) boosts: u32,
    pub(super) boost_minutes: f64,
    pub(super) boosted: HashSet<Account>,
    /// Such up-votes its comments drew from the other members, and from whom.
    pub(super) boosts_received: u32,
    /// Of which from members that boosted it more than once.
    pub(super) boosts_received_again: u32,
    pub(super) boosters: HashSet<Account>,
    /// Its comments those up-votes fell on: one, or several.
    pub(super) boosted_comments: super::Comments,
    /// In a voting circle: up-votes given to its members, all up-votes, members voted for.
    pub(super) circle_gave: Option<(u32, u32, u32)>,
    /// Up-votes drawn from a voting circle, and from how many of its voters.
    pub(super) circle_drew: Option<(u32, u32)>,
    /// A headline feed: headlines, comments remembered, feeds on the site.
    pub(super) feed: Option<(u32, u32, u32)>,
    /// Boosts over the up-votes remembered for circles, when they made it a member.
    pub(super) week_boosts: Option<super::quiet::WeekBoosts>,
    /// The hashtag games it played with other members.
    pub(super) games: Vec<Played>,
}

/// A hashtag game a member played with other members.
#[derive(Clone)]
pub(super) struct Played {
    pub hashtag: String,
    /// Other members that played it.
    pub fellows: u32,
    /// Accounts that played it, and minutes from its first entry to its last.
    pub players: u32,
    pub minutes: u32,
}

impl Tally {
    pub(super) fn link(&mut self, l: &Link, lower: bool) {
        let keys = if lower {
            &l.text_keys.0
        } else {
            &l.text_keys.1
        };
        if !keys.is_empty() {
            self.texts.extend(keys);
            self.text_members += 1;
        }
        if l.co_votes() > 0 {
            self.co_votes += l.co_votes();
            self.co_vote_members += 1;
        }
        if l.mutual_votes > 0 {
            self.ring += l.mutual_votes;
            self.ring_members += 1;
        }
        self.devices += u32::from(l.device.is_some());
        self.evasions += u32::from(l.evasion);
        self.signups += u32::from(l.signup_burst.is_some());
        self.co_activity += u32::from(l.co_pages.len() >= 3);
        self.newcomers += u32::from(l.newcomers_boosting.is_some());
        self.boosted_by_newcomers += u32::from(l.boosted_writer == Some(lower));
    }

    pub(super) fn evidence(&self, upvotes: u32, quiet: bool, days: u32) -> Vec<MemberEvidence> {
        let mut out = Vec::new();
        if let Some((votes, of, members)) = self.circle_gave {
            out.push(MemberEvidence::Circle {
                votes,
                of,
                members,
                days,
            });
        }
        if let Some((votes, members)) = self.circle_drew {
            out.push(MemberEvidence::CircleVotes { votes, members });
        }
        if let Some(boosts) = self.week_boosts {
            out.push(MemberEvidence::BoostsOverDays {
                votes: boosts.votes,
                of: boosts.of,
                members: boosts.members,
                days,
                times_the_crowd: boosts.times_the_crowd.map(|t| t.round() as u32),
            });
        }
        if let Some((headlines, of, feeds)) = self.feed {
            out.push(MemberEvidence::Feed {
                headlines,
                of,
                feeds,
            });
        }
        if !self.games.is_empty() {
            let mut games = self.games.clone();
            games.sort_by(|a, b| {
                b.fellows
                    .cmp(&a.fellows)
                    .then_with(|| a.hashtag.cmp(&b.hashtag))
            });
            out.push(MemberEvidence::HashtagGames {
                members: games[0].fellows,
                players: games[0].players,
                minutes: games[0].minutes,
                games: games.len() as u32,
                hashtags: games
                    .into_iter()
                    .take(GAMES_SHOWN)
                    .map(|game| game.hashtag)
                    .collect(),
            });
        }
        if self.boosts > 0 {
            out.push(MemberEvidence::Boosts {
                votes: self.boosts,
                of: upvotes.max(self.boosts),
                members: self.boosted.len() as u32,
                minutes: (self.boost_minutes / f64::from(self.boosts) * 10.0).round() / 10.0,
                quiet,
            });
        }
        if self.boosts_received > 0 {
            out.push(MemberEvidence::Boosted {
                votes: self.boosts_received,
                members: self.boosters.len() as u32,
                quiet: quiet && self.boosts == 0,
            });
        }
        if !self.texts.is_empty() {
            out.push(MemberEvidence::SameText {
                comments: self.texts.len() as u32,
                members: self.text_members,
            });
        }
        if self.co_votes > 0 {
            out.push(MemberEvidence::VotedTogether {
                comments: self.co_votes,
                members: self.co_vote_members,
            });
        }
        if self.ring > 0 {
            out.push(MemberEvidence::VoteRing {
                votes: self.ring,
                members: self.ring_members,
            });
        }
        for (n, make) in [
            (
                self.devices,
                (|members| MemberEvidence::SameDevice { members }) as fn(u32) -> MemberEvidence,
            ),
            (self.evasions, |members| MemberEvidence::BanEvasion {
                members,
            }),
            (self.signups, |members| MemberEvidence::SignupBurst {
                members,
            }),
            (self.co_activity, |members| MemberEvidence::CoActivity {
                members,
            }),
            (self.newcomers, |members| {
                MemberEvidence::NewcomersBoosting { members }
            }),
            (self.boosted_by_newcomers, |members| {
                MemberEvidence::BoostedByNewcomers { members }
            }),
        ] {
            if n > 0 {
                out.push(make(n));
            }
        }
        out.sort_by(|a, b| b.strength().total_cmp(&a.strength()));
        out
    }
}

/// "12 accounts: 9 share talking points, 5 boost the others' comments within minutes, 3 share
/// a browser": the kinds of evidence by how many members show them, four at most.
pub(super) fn summary(members: &[Member]) -> String {
    let mut kinds: Vec<(usize, &'static str)> = Vec::new();
    for m in members {
        let mut seen = HashSet::new();
        for kind in m.evidence.iter().filter_map(MemberEvidence::plural) {
            if seen.insert(kind) {
                match kinds.iter_mut().find(|(_, k)| *k == kind) {
                    Some((n, _)) => *n += 1,
                    None => kinds.push((1, kind)),
                }
            }
        }
    }
    kinds.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let parts: Vec<String> = kinds
        .iter()
        .take(4)
        .map(|(n, kind)| format!("{n} {kind}"))
        .collect();
    format!("{} accounts: {}", members.len(), parts.join(", "))
}
