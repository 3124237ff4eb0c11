//! Hashtag games: a farm's accounts play games of their own making (`#ImTooOldFor ...`,
//! `#UnlikelyThingsHeardAtWalmart ...`): dozens of accounts take up a hashtag nobody used,
//! each with a line of its own, within an hour or two, and drop it by evening. Most players
//! share no text and no vote with one another; they share the game.
//!
//! A hashtag is a game when at least [`MIN_PLAYERS`] accounts played it (wrote a line with it,
//! not a string of hashtags) within [`SPAN_MS`] of its first use, and hardly anyone used it
//! after (nine uses in ten within that span, judged once [`JUDGED_AFTER_MS`] have passed since
//! its first use). The hashtags readers share run for days (`#MAGA`, `#Election2016`: a steady
//! trickle, with a rise when the news calls for it), and so do a farm's slogans; neither is a
//! game. On the IRA evaluation weeks, most of the farm's games were over within four hours,
//! while election day's slogans (`#VoteTrump`, `#DrainTheSwamp`) had a fifth of their uses
//! after the sixth hour.
//!
//! One game is evidence only beside a campaign found by the other signals: when at least
//! `min_accounts` of its players are members of one campaign, the other players join it.
//! Readers play hashtag games too, on their own, so a game alone is no campaign. The same
//! accounts playing two games together are ([`networks`]): a farm plays game after game with
//! the same accounts (under the drip, whose three actions a day leave it no votes to trade),
//! while a reader who takes up a game now and then meets other players each time.

use std::collections::{HashMap, HashSet};

use super::components::Components;
use super::Account;

/// A game's players take it up within this span of its first use...
pub(super) const SPAN_MS: i64 = 6 * 3_600_000;
/// ... and it is judged once this long has passed since its first use.
const JUDGED_AFTER_MS: i64 = 12 * 3_600_000;
/// Players, at least.
const MIN_PLAYERS: usize = 5;
/// Uses after the span, at most this share of all its uses.
const MAX_LATE_SHARE: f64 = 0.1;
/// A hashtag unused this long starts afresh (a game may take up an old word).
const FRESH_AFTER_MS: i64 = 24 * 3_600_000;
/// Players remembered per hashtag (memory stays bounded however popular it is).
const MAX_PLAYERS: usize = 256;
/// A game's entry carries its hashtag and one more at most ("#ImTooOldFor ... #halloween").
const MAX_ENTRY_TAGS: usize = 2;
/// Shorter hashtags are words, not games (`#1`, `#tv`).
const MIN_CHARS: usize = 4;

/// One hashtag's uses.
#[derive(Debug)]
pub(super) struct Tag {
    /// As its first user wrote it.
    shown: String,
    first: i64,
    last: i64,
    /// Its latest use within the span.
    last_early: i64,
    /// Uses within the span, and after it.
    early: u32,
    late: u32,
    /// Accounts that used it within the span, in the order they first did.
    players: Vec<Account>,
}

impl Tag {
    /// A hashtag first used at `at`, as `shown`.
    fn new(shown: &str, at: i64) -> Tag {
        Tag {
            shown: shown.to_owned(),
            first: at,
            last: at,
            last_early: at,
            early: 0,
            late: 0,
            players: Vec::new(),
        }
    }
}

/// The hashtags used in the memory, by what near-duplicate comparison sees of them (lower
/// case, look-alike letters folded, Cyrillic read out in Latin letters: a game's hashtag
/// copied in look-alike letters is the same game).
pub(super) type Tags = HashMap<String, Tag>;

/// A hashtag game over.
#[derive(Debug)]
pub(super) struct Game<'a> {
    /// As its first player wrote it.
    pub hashtag: &'a str,
    pub players: &'a [Account],
    /// From its first use to its last within the span.
    pub minutes: u32,
    /// Its first use.
    pub began: i64,
}

impl Game<'_> {
    /// When the detector first sees it as a game: once [`JUDGED_AFTER_MS`] have passed since
    /// its first use.
    pub fn judged(&self) -> i64 {
        self.began + JUDGED_AFTER_MS
    }
}

/// Accounts that played two games together, at least, linked through one another: each
/// network's accounts (in the order first seen) with when it had `at_least` of them, as the
/// games were judged, among the detector's `accounts` (numbered `0..accounts`). Two accounts
/// are tied when both played two of the same games; a network is what such ties join.
pub(super) fn networks(
    games: &[Game],
    accounts: usize,
    at_least: usize,
) -> Vec<(Vec<Account>, i64)> {
    // Each pair of games, as the later of them was judged, with the accounts that played both.
    let mut pairs: Vec<(i64, Vec<Account>)> = Vec::new();
    for (i, first) in games.iter().enumerate() {
        for second in &games[i + 1..] {
            let both: Vec<Account> = first
                .players
                .iter()
                .copied()
                .filter(|p| second.players.contains(p))
                .collect();
            if both.len() >= 2 {
                pairs.push((first.judged().max(second.judged()), both));
            }
        }
    }
    if pairs.is_empty() {
        return Vec::new();
    }
    pairs.sort();
    let mut sets = Components::new(accounts, at_least);
    let mut seen: HashSet<Account> = HashSet::new();
    let mut order: Vec<Account> = Vec::new();
    for (at, both) in &pairs {
        for &a in both {
            if seen.insert(a) {
                order.push(a);
            }
            sets.join(both[0], a, (*at, both[0]));
        }
    }
    let mut networks: HashMap<usize, Vec<Account>> = HashMap::new();
    for &a in &order {
        networks.entry(sets.find(a)).or_default().push(a);
    }
    let mut out: Vec<(Vec<Account>, i64)> = networks
        .into_iter()
        .filter_map(|(root, accounts)| sets.found(root).map(|(at, _)| (accounts, at)))
        .collect();
    out.sort_by_key(|(accounts, at)| (*at, accounts[0]));
    out
}

/// Records the hashtags of a comment `who` posted at `at`. A string of hashtags (more than
/// [`MAX_ENTRY_TAGS`]) is a slogan's or a reader's tagging, not a game's entry: its hashtags
/// count as used, and make no one a player.
pub(super) fn remember(tags: &mut Tags, who: Account, at: i64, text: &str) {
    // Every comment passes here; few carry a hashtag.
    if !text.contains('#') {
        return;
    }
    let tagged: Vec<&str> = tagged(text).collect();
    let entry = tagged.len() <= MAX_ENTRY_TAGS;
    for shown in tagged.into_iter().filter(|tag| names_a_game(tag)) {
        let tag = tags
            .entry(super::text::fold(shown))
            .or_insert_with(|| Tag::new(shown, at));
        if at - tag.last > FRESH_AFTER_MS {
            *tag = Tag::new(shown, at);
        }
        tag.last = tag.last.max(at);
        if at - tag.first <= SPAN_MS {
            tag.early += 1;
            tag.last_early = tag.last_early.max(at);
            if entry && tag.players.len() < MAX_PLAYERS && !tag.players.contains(&who) {
                tag.players.push(who);
            }
        } else {
            tag.late += 1;
        }
    }
}

/// Forgets the hashtags last used before `since`.
pub(super) fn forget(tags: &mut Tags, since: i64) {
    tags.retain(|_, tag| tag.last >= since);
}

/// The hashtag games over by `now`, in the order they began.
pub(super) fn games(tags: &Tags, now: i64) -> Vec<Game<'_>> {
    let mut out: Vec<(i64, Game)> = tags
        .values()
        .filter(|tag| {
            let uses = f64::from(tag.early + tag.late);
            now - tag.first >= JUDGED_AFTER_MS
                && tag.players.len() >= MIN_PLAYERS
                && f64::from(tag.late) <= MAX_LATE_SHARE * uses
        })
        .map(|tag| {
            let game = Game {
                hashtag: &tag.shown,
                players: &tag.players,
                minutes: ((tag.last_early - tag.first) / 60_000) as u32,
                began: tag.first,
            };
            (tag.first, game)
        })
        .collect();
    out.sort_by(|(a, x), (b, y)| a.cmp(b).then(x.hashtag.cmp(y.hashtag)));
    out.into_iter().map(|(_, game)| game).collect()
}

/// The hashtag games `comments` hold (`(account, time, text)`, in time order), each as its
/// first player wrote it (without its `#`), with its first use, in the order they began: what
/// the detector reads as games while the comments come in (a simulation's readers take up
/// these games).
pub fn played<'a>(
    comments: impl IntoIterator<Item = (&'a str, i64, &'a str)>,
) -> Vec<(String, i64)> {
    let mut accounts: HashMap<&str, Account> = HashMap::new();
    let mut tags = Tags::new();
    let mut found: std::collections::BTreeSet<(i64, String)> = Default::default();
    let mut looked = i64::MIN;
    let mut look = |tags: &Tags, now: i64| {
        found.extend(
            games(tags, now)
                .into_iter()
                .map(|game| (game.began, game.hashtag.to_owned())),
        );
    };
    for (name, at, text) in comments {
        // A hashtag unused for a day starts afresh: its earlier game is judged before.
        if at.saturating_sub(looked) >= LOOK_EVERY_MS {
            look(&tags, at);
            looked = at;
        }
        let next = accounts.len() as Account;
        let who = *accounts.entry(name).or_insert(next);
        remember(&mut tags, who, at, text);
    }
    look(&tags, i64::MAX);
    found
        .into_iter()
        .map(|(began, hashtag)| (hashtag, began))
        .collect()
}

/// How often [`played`] judges the hashtags seen so far.
const LOOK_EVERY_MS: i64 = 3_600_000;

/// Whether a hashtag is long enough to name a game ([`MIN_CHARS`]).
fn names_a_game(tag: &str) -> bool {
    tag.chars().count() >= MIN_CHARS
}

/// Every hashtag in a text, as written: `#` after a space, a bracket or a quote (not inside a
/// link or an entity), then letters, digits and underscores, a letter among them (`#2016` is
/// a year).
fn tagged(text: &str) -> impl Iterator<Item = &str> {
    let mut previous = None;
    text.char_indices().filter_map(move |(i, c)| {
        let opens = c == '#'
            && previous.is_none_or(|p: char| !(p.is_alphanumeric() || "/&#_=?".contains(p)));
        previous = Some(c);
        if !opens {
            return None;
        }
        let rest = &text[i + 1..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let tag = &rest[..end];
        tag.chars().any(char::is_alphabetic).then_some(tag)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: i64 = 60_000;
    const HOUR: i64 = 60 * MINUTE;

    fn no_game_by(tags: &Tags, now: i64) {
        let found = games(tags, now);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn hashtags_are_read_where_a_writer_puts_them() {
        let found: Vec<&str> = tagged(
            "#ImTooOldFor sleeping in (#Halloween2016) see https://x.example/a#frag &#39; C#, #1, #2016, #tv, x#notag, #Çağrı",
        )
        .filter(|tag| names_a_game(tag))
        .collect();
        assert_eq!(found, ["ImTooOldFor", "Halloween2016", "Çağrı"]);
    }

    /// Eight players within an hour, then silence: a game, once twelve hours have passed. The
    /// same hashtag in another case or in Cyrillic look-alike letters is the same game, shown
    /// as its first player wrote it.
    #[test]
    fn a_hashtag_taken_up_at_once_and_dropped_is_a_game() {
        let mut tags = Tags::new();
        for p in 0..8 {
            let text = match p % 3 {
                0 => "#ImTooOldFor early retirement",
                1 => "#imtoooldfor crappy movies",
                // Cyrillic І, Т, о and О.
                _ => "#\u{406}m\u{422}\u{43e}\u{43e}\u{41e}ldFor queueing all night",
            };
            remember(&mut tags, p, p as i64 * 7 * MINUTE, text);
        }
        no_game_by(&tags, 11 * HOUR);
        let found = games(&tags, 12 * HOUR);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].hashtag, "ImTooOldFor");
        assert_eq!(found[0].players, [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(found[0].minutes, 49);
    }

    /// A readers' hashtag runs all day, busier at times: never a game, however many took it
    /// up in its first hours. Nor is a hashtag four readers used.
    #[test]
    fn hashtags_that_run_on_and_small_ones_are_not_games() {
        let mut tags = Tags::new();
        // #MAGA: every 20 minutes for a day, by a new reader each time.
        for i in 0..72 {
            remember(
                &mut tags,
                i,
                i as i64 * 20 * MINUTE,
                "Great rally tonight #MAGA",
            );
        }
        // #Election2016: ten readers in the first hour, then one an hour.
        for i in 0..10 {
            remember(
                &mut tags,
                100 + i,
                i as i64 * 5 * MINUTE,
                "Go vote #Election2016",
            );
        }
        for h in 1..12 {
            remember(&mut tags, 200 + h, h as i64 * HOUR, "Voted! #Election2016");
        }
        for i in 0..4 {
            remember(
                &mut tags,
                300 + i,
                i as i64 * MINUTE,
                "#CouncilVote tonight",
            );
        }
        no_game_by(&tags, 24 * HOUR);
    }

    /// Strings of hashtags are a slogan's or a reader's tagging: eight accounts posting the
    /// same string within the hour play no game, though the string holds a game's hashtag
    /// (and a short one, `#GOP`, counts in the string).
    #[test]
    fn a_string_of_hashtags_is_no_game_entry() {
        let mut tags = Tags::new();
        for p in 0..8 {
            let text = "Rewards for services rendered #WeThePeople #GOP #TrumpTrain";
            remember(&mut tags, p, p as i64 * 5 * MINUTE, text);
        }
        remember(
            &mut tags,
            9,
            50 * MINUTE,
            "Hillary for prison #TrumpTrain #MAGA",
        );
        no_game_by(&tags, 24 * HOUR);
    }

    /// A hashtag unused for a day starts afresh: a game may take up an old word.
    #[test]
    fn an_old_hashtag_can_become_a_game() {
        let mut tags = Tags::new();
        remember(&mut tags, 99, 0, "Happy #Halloween everyone");
        let start = 3 * 24 * HOUR;
        for p in 0..6 {
            remember(
                &mut tags,
                p,
                start + p as i64 * MINUTE,
                "#Halloween costume: a tax form",
            );
        }
        let found = games(&tags, start + 12 * HOUR);
        assert_eq!(found.len(), 1);
        assert!(!found[0].players.contains(&99));
        forget(&mut tags, start + 13 * HOUR);
        assert!(tags.is_empty());
    }
}
