//! `tribune simulate --from-ira FILE`: the real Internet Research Agency accounts, injected
//! into the organic crowd with their own tweets and their own minute timestamps. The crowd
//! starts [`Options::warm_up_hours`] before the farm's first day: a farm meets a site that was
//! already running.
//!
//! Each original tweet of an account in the chosen categories becomes a comment on one of the
//! handful of articles up at the time; each retweet becomes an up-vote, within minutes, on a
//! fellow member's comment (the retweeted one when it is in the stream, a recent one of the
//! same category otherwise), which is how a farm boosts itself on a comment section. Accounts
//! that mostly retweeted become the quiet members that mostly vote. Organic readers up-vote a
//! third of the campaign's comments too (a farm's talking points find an audience). The
//! accounts were made long before (the detector never sees them sign up), each has its own
//! address and browser. With `--adapt amplify`, half the retweets of tweets from outside the
//! stream up-vote readers' comments instead: the farm boosts real voices too. With `--adapt
//! age`, each account up-votes a few readers' comments in the day before the farm starts: the
//! farm's accounts are not new to the site.
//!
//! The ground truth names each account's category (RightTroll, LeftTroll, ...) as both its
//! campaign and its tactic, so `tribune campaigns eval` reports recall per category.
//! Adaptations a farm makes once it knows it is watched are switches (`--adapt`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use super::{organic, organic_texts, Actor, Article, Sim, Truth, MINUTE};

/// The categories of the researchers' labels that `--from-ira` injects by default.
pub const CATEGORIES: [&str; 5] = [
    "RightTroll",
    "LeftTroll",
    "HashtagGamer",
    "NewsFeed",
    "Fearmonger",
];
/// Comments go to one of the latest few articles.
const HANDFUL: usize = 3;
/// The share of campaign comments organic readers up-vote (once or twice).
const ORGANIC_LIKES: f64 = 1.0 / 3.0;
/// A retweet without its original in the stream boosts a fellow member's comment at most this
/// old.
const BOOST_WITHIN: i64 = 30 * MINUTE;
/// With `--adapt amplify`, the share of retweets from outside the stream that up-vote a
/// reader's comment.
const AMPLIFIED: f64 = 0.5;
/// With `--adapt age`, each account's up-votes on readers' comments before the farm starts.
const AGEING_VOTES: std::ops::RangeInclusive<usize> = 2..=4;

/// What a farm changes once it knows it is watched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Adaptation {
    /// A third of the talking points posted again by another member with Cyrillic look-alike
    /// letters in place of Latin ones.
    Lookalike,
    /// A third of the talking points posted again by another member, transliterated into
    /// Cyrillic script.
    Translit,
    /// At most three actions per account a day (the rest of the month's activity dropped).
    Drip,
    /// A new address for every action.
    Rotate,
    /// Half the retweets of tweets from outside the stream up-vote a reader's recent comment
    /// instead of a fellow member's: a farm amplifying the real voices that agree with it,
    /// which thins its own ring and leaves readers boosted by it.
    Amplify,
    /// The accounts aged on the site before use: each up-votes two to four readers' comments
    /// during the warm-up, as a reader would, so that none is new to the site when the farm
    /// starts.
    Age,
}

pub struct Options {
    /// The IRA tweets (`ira_tweets_*.csv`).
    pub tweets: PathBuf,
    /// The accounts and their categories (default: `authors.csv` beside the tweets).
    pub authors: Option<PathBuf>,
    /// The data folder whose `toxicity/` gives the organic comments.
    pub data: PathBuf,
    pub out: PathBuf,
    pub seed: u64,
    /// The first day (`YYYY-MM-DD`; default: the first tweet's day).
    pub start: Option<String>,
    pub days: u32,
    pub organic: usize,
    /// Categories injected (default: [`CATEGORIES`]).
    pub categories: Vec<String>,
    pub adapt: Vec<Adaptation>,
    /// Readers who play each of the farm's hashtag games: each posts one entry, in its own
    /// words, within the game's first two hours.
    pub readers_play: usize,
    /// Hours the organic crowd runs before the farm's first day (its readers sign up, comment
    /// and vote): the detector meets the farm on a site with a history, not an empty one.
    pub warm_up_hours: u32,
}

/// One row of the tweets file that falls in the stream.
struct Tweet {
    at: i64,
    account: String,
    category: String,
    text: String,
    retweet: bool,
}

/// A CSV file and the positions of the named columns in it.
fn open_with<const N: usize>(
    path: &Path,
    names: [&str; N],
) -> anyhow::Result<(csv::Reader<std::fs::File>, [usize; N])> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("cannot open {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let mut columns = [0; N];
    for (column, name) in columns.iter_mut().zip(names) {
        *column = headers
            .iter()
            .position(|h| h == name)
            .with_context(|| format!("{}: no `{name}` column", path.display()))?;
    }
    Ok((reader, columns))
}

fn read_categories(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let (mut reader, [id, category]) = open_with(path, ["author_id", "account_category"])?;
    let mut out = HashMap::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), i + 2))?;
        out.insert(
            row.get(id).unwrap_or_default().to_owned(),
            row.get(category).unwrap_or_default().to_owned(),
        );
    }
    Ok(out)
}

/// `2016-10-01 00:10:00` (the files' UTC minute) in milliseconds.
fn parse_minute(raw: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    let t = time::PrimitiveDateTime::parse(raw.trim(), format).ok()?;
    Some((t.assume_utc().unix_timestamp_nanos() / 1_000_000) as i64)
}

fn parse_day(raw: &str) -> anyhow::Result<i64> {
    parse_minute(&format!("{} 00:00:00", raw.trim()))
        .with_context(|| format!("--start {raw:?} is not a date (YYYY-MM-DD)"))
}

/// A tweet as a comment: links dropped (they point at a shortener), spaces collapsed.
fn clean(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The rows of the chosen categories, in time order (the caller keeps the stream's days).
fn read_tweets(
    path: &Path,
    categories: &HashMap<String, String>,
    wanted: &HashSet<&str>,
) -> anyhow::Result<Vec<Tweet>> {
    let (mut reader, [author, content, date, retweet]) =
        open_with(path, ["author_id", "content", "publish_date", "retweet"])?;
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.with_context(|| format!("{}: row {}", path.display(), i + 2))?;
        let account = row.get(author).unwrap_or_default();
        let Some(category) = categories.get(account) else {
            continue;
        };
        if !wanted.contains(category.as_str()) {
            continue;
        }
        let at = parse_minute(row.get(date).unwrap_or_default()).with_context(|| {
            format!(
                "{}: row {}: `publish_date` is not `YYYY-MM-DD hh:mm:ss`",
                path.display(),
                i + 2
            )
        })?;
        out.push(Tweet {
            at,
            account: account.to_owned(),
            category: category.clone(),
            text: clean(row.get(content).unwrap_or_default()),
            retweet: row.get(retweet) == Some("1"),
        });
    }
    out.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.account.cmp(&b.account)));
    Ok(out)
}

/// Latin letters swapped for the Cyrillic letters drawn the same.
fn lookalike(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a' => 'а',
            'c' => 'с',
            'e' => 'е',
            'o' => 'о',
            'p' => 'р',
            'x' => 'х',
            'y' => 'у',
            'i' => 'і',
            'A' => 'А',
            'B' => 'В',
            'C' => 'С',
            'E' => 'Е',
            'H' => 'Н',
            'K' => 'К',
            'M' => 'М',
            'O' => 'О',
            'P' => 'Р',
            'T' => 'Т',
            'X' => 'Х',
            other => other,
        })
        .collect()
}

/// English written in Cyrillic letters by sound, as a Russian-speaking troll would.
fn transliterate(text: &str) -> String {
    const PAIRS: [(&str, &str); 6] = [
        ("sh", "ш"),
        ("ch", "ч"),
        ("th", "з"),
        ("oo", "у"),
        ("ee", "и"),
        ("ck", "к"),
    ];
    let lower = text.to_lowercase();
    let mut out = String::with_capacity(lower.len() * 2);
    let mut rest = lower.as_str();
    while let Some(c) = rest.chars().next() {
        if let Some((from, to)) = PAIRS.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
            continue;
        }
        let mapped = match c {
            'a' => "а",
            'b' => "б",
            'c' => "к",
            'd' => "д",
            'e' => "е",
            'f' => "ф",
            'g' => "г",
            'h' => "х",
            'i' => "и",
            'j' => "дж",
            'k' => "к",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' => "о",
            'p' => "п",
            'q' => "к",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' => "у",
            'v' => "в",
            'w' => "в",
            'x' => "кс",
            'y' => "й",
            'z' => "з",
            _ => "",
        };
        if mapped.is_empty() {
            out.push(c);
        } else {
            out.push_str(mapped);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A campaign comment in the stream.
struct Posted {
    at: i64,
    id: String,
    url: String,
    account: String,
    category: String,
}

/// Writes the stream and its truth; returns (events, campaign accounts).
pub fn run(opts: &Options) -> anyhow::Result<(usize, usize)> {
    let authors = opts
        .authors
        .clone()
        .unwrap_or_else(|| opts.tweets.with_file_name("authors.csv"));
    let categories = read_categories(&authors)?;
    let wanted: HashSet<&str> = if opts.categories.is_empty() {
        CATEGORIES.into_iter().collect()
    } else {
        opts.categories.iter().map(String::as_str).collect()
    };
    let known: std::collections::BTreeSet<&str> = categories.values().map(String::as_str).collect();
    if let Some(unknown) = wanted.iter().find(|c| !known.contains(**c)) {
        anyhow::bail!(
            "no account of the category {unknown:?} in {}; its categories: {}",
            authors.display(),
            known.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
    let tweets = read_tweets(&opts.tweets, &categories, &wanted)?;
    let first = tweets.first().with_context(|| {
        format!(
            "no tweets of the categories {wanted:?} in {}",
            opts.tweets.display()
        )
    })?;
    let start = match &opts.start {
        Some(day) => parse_day(day)?,
        None => first.at - first.at.rem_euclid(24 * 60 * MINUTE),
    };
    let end = start + i64::from(opts.days) * 24 * 60 * MINUTE;
    let mut tweets: Vec<Tweet> = tweets
        .into_iter()
        .filter(|t| (start..end).contains(&t.at) && !t.text.is_empty())
        .collect();
    anyhow::ensure!(
        !tweets.is_empty(),
        "no tweets between {} and {}",
        crate::db::rfc3339(start),
        crate::db::rfc3339(end)
    );
    if opts.adapt.contains(&Adaptation::Drip) {
        let mut per_day: HashMap<(String, i64), u32> = HashMap::new();
        tweets.retain(|t| {
            let n = per_day
                .entry((t.account.clone(), t.at / (24 * 60 * MINUTE)))
                .or_default();
            *n += 1;
            *n <= 3
        });
    }

    let mut sim = Sim::new(StdRng::seed_from_u64(opts.seed));
    let crowd = organic(
        &mut sim,
        organic_texts(&opts.data)?,
        opts.organic,
        start - i64::from(opts.warm_up_hours) * 60 * MINUTE,
        end,
    );

    let mut members: HashMap<String, Actor> = HashMap::new();
    let mut truth = Truth::new();
    let mut by_category: HashMap<String, Vec<String>> = HashMap::new();
    for t in &tweets {
        if !members.contains_key(&t.account) {
            let ip = sim.random_ip();
            members.insert(
                t.account.clone(),
                Actor {
                    name: format!("ira-{}", t.account),
                    ip,
                    device: format!("d-ira-{}", t.account),
                },
            );
            truth.insert(
                format!("ira-{}", t.account),
                (t.category.clone(), t.category.clone()),
            );
            by_category
                .entry(t.category.clone())
                .or_default()
                .push(t.account.clone());
        }
    }
    if opts.adapt.contains(&Adaptation::Age) {
        anyhow::ensure!(
            opts.warm_up_hours > 0,
            "--adapt age needs a warm-up (--warm-up HOURS above 0): the accounts age on the \
             site before the farm starts"
        );
        age(&mut sim, &members, &tweets, start);
    }
    let rotate = opts.adapt.contains(&Adaptation::Rotate);
    let copies: Vec<Adaptation> = opts
        .adapt
        .iter()
        .copied()
        .filter(|a| matches!(a, Adaptation::Lookalike | Adaptation::Translit))
        .collect();

    // Readers' comments (all the stream has so far), oldest first, for a farm that amplifies
    // them.
    let amplify = opts.adapt.contains(&Adaptation::Amplify);
    let readers_comments: Vec<(i64, String, String)> = if amplify {
        let mut comments = sim.comments.clone();
        comments.sort_by_key(|c| c.0);
        comments
    } else {
        Vec::new()
    };

    let mut posted: Vec<Posted> = Vec::new();
    // One vote per account and comment, as on the site: the comments each account voted on.
    let mut voted: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut by_text: HashMap<String, usize> = HashMap::new();
    let mut copies_due: Vec<(i64, String, String, String)> = Vec::new();
    for t in &tweets {
        if rotate {
            let ip = sim.random_ip();
            if let Some(m) = members.get_mut(&t.account) {
                m.ip = ip;
            }
        }
        let member = &members[&t.account];
        let at = t.at + sim.rng.gen_range(0..MINUTE);
        if t.retweet {
            // The retweeted comment when it is in the stream; else a reader's recent comment
            // when the farm amplifies readers, or a fellow member's recent one.
            let mine = voted.get(t.account.as_str());
            let not_voted = |id: &str| !mine.is_some_and(|ids| ids.contains(id));
            let original = by_text
                .get(&t.text)
                .copied()
                .filter(|&i| posted[i].account != t.account && posted[i].at < at)
                .map(|i| (posted[i].url.clone(), posted[i].id.clone()));
            let target = match original {
                Some(original) if not_voted(&original.1) => Some(original),
                None if amplify && sim.rng.gen_bool(AMPLIFIED) => {
                    let up = readers_comments.partition_point(|c| c.0 < at);
                    latest(&readers_comments[..up], at, |c| c.0, |c| not_voted(&c.1))
                        .choose(&mut sim.rng)
                        .map(|c| (c.2.clone(), c.1.clone()))
                }
                _ => latest(
                    &posted,
                    at,
                    |p| p.at,
                    |p| p.category == t.category && p.account != t.account && not_voted(&p.id),
                )
                .choose(&mut sim.rng)
                .map(|p| (p.url.clone(), p.id.clone())),
            };
            if let Some((url, id)) = target {
                sim.vote(at, member, &url, &id, 1);
                voted.entry(&t.account).or_default().insert(id);
            }
            continue;
        }
        let url = handful(&crowd.articles, at, &mut sim.rng);
        let id = sim.comment(at, member, &url, &t.text);
        // Readers like some of it too: up to two organic up-votes on a third of the comments.
        if sim.rng.gen_bool(ORGANIC_LIKES) {
            let mut liked = None;
            for _ in 0..sim.rng.gen_range(1..=2) {
                let when = at + sim.rng.gen_range(2..60) * MINUTE;
                let reader = crowd.pick(&mut sim.rng, when);
                if liked.replace(reader) != Some(reader) {
                    sim.vote(when, crowd.actor(reader), &url, &id, 1);
                }
            }
        }
        by_text.entry(t.text.clone()).or_insert(posted.len());
        posted.push(Posted {
            at,
            id,
            url: url.clone(),
            account: t.account.clone(),
            category: t.category.clone(),
        });
        // The same talking point again, disguised, from another member of the category.
        for adaptation in &copies {
            if !sim.rng.gen_bool(1.0 / 3.0) {
                continue;
            }
            let fellows = &by_category[&t.category];
            let Some(other) = fellows.choose(&mut sim.rng).filter(|o| **o != t.account) else {
                continue;
            };
            let text = match adaptation {
                Adaptation::Lookalike => lookalike(&t.text),
                _ => transliterate(&t.text),
            };
            let when = at + sim.rng.gen_range(5..60) * MINUTE;
            copies_due.push((when, other.clone(), url.clone(), text));
        }
    }
    for (at, account, url, text) in copies_due {
        sim.comment(at, &members[&account], &url, &text);
    }
    if opts.readers_play > 0 {
        readers_play(&mut sim, &crowd, &tweets, opts.readers_play);
    }
    let events = sim.write(&opts.out, end, &truth)?;
    Ok((events, truth.len()))
}

/// Ages the farm's accounts on the site before `start`: each, in the order of its first tweet,
/// up-votes a few of the readers' comments posted before then, within an hour of each.
fn age(sim: &mut Sim, members: &HashMap<String, Actor>, tweets: &[Tweet], start: i64) {
    let mut before: Vec<(i64, String, String)> = sim
        .comments
        .iter()
        .filter(|c| c.0 < start - MINUTE)
        .cloned()
        .collect();
    before.sort_by_key(|c| c.0);
    if before.is_empty() {
        return;
    }
    let mut seen = HashSet::new();
    for t in tweets {
        if !seen.insert(t.account.as_str()) {
            continue;
        }
        let n = sim.rng.gen_range(AGEING_VOTES);
        let picked: Vec<(i64, String, String)> =
            before.choose_multiple(&mut sim.rng, n).cloned().collect();
        for (posted, id, url) in picked {
            let latest = (start - 1 - posted).min(60 * MINUTE);
            let at = posted + sim.rng.gen_range(1..=latest.max(1));
            sim.vote(at, &members[&t.account], &url, &id, 1);
        }
    }
}

/// Readers take up the farm's hashtag games, as the detector reads games
/// ([`moderation::campaigns::hashtag_games`]): `readers` of the organic crowd (the active ones
/// more often) each post one entry in a game's first two hours, the hashtag before words of
/// their own (texts no reader wrote in the stream).
fn readers_play(sim: &mut Sim, crowd: &super::Crowd, tweets: &[Tweet], readers: usize) {
    let games = moderation::campaigns::hashtag_games(
        tweets
            .iter()
            .filter(|t| !t.retweet)
            .map(|t| (t.account.as_str(), t.at, t.text.as_str())),
    );
    let mut texts = crowd.spare_texts.iter().filter(|t| !t.contains('#'));
    for (hashtag, began) in games {
        for _ in 0..readers {
            let Some(text) = texts.next() else {
                return;
            };
            let at = began + sim.rng.gen_range(0..120) * MINUTE;
            let reader = crowd.pick(&mut sim.rng, at);
            let url = handful(&crowd.articles, at, &mut sim.rng);
            sim.comment(at, crowd.actor(reader), &url, &format!("#{hashtag} {text}"));
        }
    }
}

/// The last five of `comments` (oldest first) that `wanted` keeps, among those posted within
/// [`BOOST_WITHIN`] before `at`: what a retweet may boost.
fn latest<T>(
    comments: &[T],
    at: i64,
    posted: impl Fn(&T) -> i64,
    wanted: impl Fn(&T) -> bool,
) -> Vec<&T> {
    comments
        .iter()
        .rev()
        .take_while(|c| at - posted(c) < BOOST_WITHIN)
        // Tweets of the same minute are read in the file's order, not their second's: one
        // posted later in the minute is not there yet.
        .filter(|c| posted(c) < at && wanted(c))
        .take(5)
        .collect()
}

/// One of the latest few articles up at `at`.
fn handful(articles: &[Article], at: i64, rng: &mut StdRng) -> String {
    let up = articles.partition_point(|a| a.at <= at);
    let from = up.saturating_sub(HANDFUL);
    articles[from..up.max(1)]
        .choose(rng)
        .map(|a| a.url.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use moderation::campaigns::{Event, Kind};

    #[test]
    fn minutes_and_days_parse_as_utc() {
        assert_eq!(parse_minute("2016-10-01 00:10:00"), Some(1_475_280_600_000));
        assert_eq!(parse_day("2016-10-01").ok(), Some(1_475_280_000_000));
        assert!(parse_day("October").is_err());
    }

    #[test]
    fn disguised_copies_change_the_script_not_the_words() {
        let point = "Hillary lied about the emails. Share this.";
        let copy = lookalike(point);
        assert_ne!(copy, point);
        assert!(copy.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)));
        assert_eq!(copy.chars().count(), point.chars().count());
        assert_eq!(transliterate("she lied"), "шe лиед".replace('e', "е"));
    }

    /// Aged accounts up-vote two to four readers' comments before the farm starts, each after
    /// it was posted: none is new to the site when the farm's first day begins.
    #[test]
    fn aged_accounts_up_vote_readers_before_the_farm_starts() {
        const HOUR: i64 = 60 * MINUTE;
        let start = 24 * HOUR;
        let mut sim = Sim::new(StdRng::seed_from_u64(9));
        let texts = (0..2_000)
            .map(|i| format!("A reader's own comment, number {i}."))
            .collect();
        organic(&mut sim, texts, 50, 0, 48 * HOUR);
        let posted: HashMap<String, i64> = sim
            .events
            .iter()
            .filter_map(|e| Some((e.comment_id.clone()?, e.at)))
            .collect();
        let tweets: Vec<Tweet> = (0..6)
            .map(|k| Tweet {
                at: start + k * HOUR,
                account: format!("farm{}", k % 3),
                category: "RightTroll".into(),
                text: format!("Talking point {k}"),
                retweet: false,
            })
            .collect();
        let members: HashMap<String, Actor> = (0..3)
            .map(|k| {
                let name = format!("farm{k}");
                let actor = Actor {
                    name: format!("ira-{name}"),
                    ip: format!("192.0.2.{k}"),
                    device: format!("d-{name}"),
                };
                (name, actor)
            })
            .collect();
        let before = sim.events.len();
        age(&mut sim, &members, &tweets, start);
        let votes = &sim.events[before..];
        for k in 0..3 {
            let name = format!("ira-farm{k}");
            let mine: Vec<&Event> = votes.iter().filter(|e| e.account == name).collect();
            assert!(AGEING_VOTES.contains(&mine.len()), "{name}: {mine:?}");
            for e in mine {
                assert_eq!(e.kind, Kind::Vote);
                let target = e.target.as_deref().expect("a vote's comment");
                let at = posted[target];
                assert!(at < e.at && e.at < start, "{e:?} on a comment of {at}");
            }
        }
    }

    /// Readers play the farm's game (five of its accounts took the hashtag up within the hour,
    /// and dropped it), each once, in their own words, within its first two hours; not its
    /// slogan, which it kept using, nor a string of hashtags.
    #[test]
    fn readers_play_the_farm_s_games_and_not_its_slogans() {
        const HOUR: i64 = 60 * MINUTE;
        let tweet = |account: usize, at: i64, text: &str| Tweet {
            at,
            account: format!("farm{account}"),
            category: "HashtagGamer".into(),
            text: text.into(),
            retweet: false,
        };
        let mut tweets = Vec::new();
        for k in 0..5 {
            let at = 10 * HOUR + k as i64 * 9 * MINUTE;
            tweets.push(tweet(k, at, &format!("#ImTooOldFor line {k}")));
            tweets.push(tweet(k, at, "Vote early #MAGA"));
            tweets.push(tweet(k, at, "#one #two #three #four #five #six"));
        }
        for hour in 17..20 {
            tweets.push(tweet(0, hour * HOUR, "Still voting #MAGA"));
        }
        let mut sim = Sim::new(StdRng::seed_from_u64(5));
        let texts = (0..2_000)
            .map(|i| format!("A reader's own comment, number {i}."))
            .collect();
        let crowd = organic(&mut sim, texts, 50, 0, 24 * HOUR);
        let before = sim.events.len();
        readers_play(&mut sim, &crowd, &tweets, 3);
        let entries = &sim.events[before..];
        assert_eq!(entries.len(), 3, "{entries:?}");
        let mut texts = HashSet::new();
        for e in entries {
            assert!(e.account.starts_with("reader"), "{e:?}");
            assert!((10 * HOUR..12 * HOUR).contains(&e.at), "{e:?}");
            let text = e.text.as_deref().expect("an entry's text");
            assert!(
                text.starts_with("#ImTooOldFor A reader's own comment"),
                "{text}"
            );
            assert!(texts.insert(text), "{text} twice");
        }
    }

    #[test]
    fn links_leave_the_tweet() {
        assert_eq!(
            clean("Watch this  https://t.co/abc #MAGA"),
            "Watch this #MAGA"
        );
    }
}
