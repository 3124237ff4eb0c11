//! `tribune simulate`: event streams for the campaign detector, with ground truth.
//!
//! Two kinds of stream share one organic crowd: the site's regulars, and readers new to it who
//! act only once signed up, who write the non-toxic comments of
//! the Jigsaw data and TweetEval's tweets with hashtags (each text once: real readers do not
//! repeat each other word for word), more by day than by night, crowd onto breaking stories
//! (bursts of dozens of readers within minutes, voting on the same top comments), some behind
//! a newsroom's office address, and fans who up-vote their favourite commenter's comments
//! within minutes of posting. Into it go either the simulator's own campaigns at five tactic
//! levels ([`tactics`]) or the real Internet Research Agency accounts with their own tweets and
//! timing ([`ira`]).
//! Deterministic for a seed.

pub mod ira;
pub mod tactics;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use moderation::campaigns::{Event, Kind};
use rand::rngs::StdRng;
use rand::Rng;

use super::offline::Truth;
use crate::db::rfc3339;

pub use tactics::{run, Options, TACTICS};

const MINUTE: i64 = 60_000;
const OFFICE_IP: &str = "198.51.100.7";
/// The busiest organic commenters, each followed by fans.
const COLUMNISTS: usize = 5;
const FANS_EACH: usize = 6;
/// The share of the organic readers new to the site, signing up at any time of the stream
/// (the others are its regulars, signed up before it began); some of them become fans.
const NEW_READERS: f64 = 0.1;

/// Who acts: an account, its address and its browser.
struct Actor {
    name: String,
    ip: String,
    device: String,
}

struct Sim {
    rng: StdRng,
    events: Vec<Event>,
    next_comment: u64,
    /// Recent comments: (time, id, url).
    comments: Vec<(i64, String, String)>,
}

impl Sim {
    fn new(rng: StdRng) -> Sim {
        Sim {
            rng,
            events: Vec::new(),
            next_comment: 0,
            comments: Vec::new(),
        }
    }

    fn push(&mut self, at: i64, kind: Kind, who: &Actor) -> &mut Event {
        self.events.push(Event {
            ts: rfc3339(at),
            device: Some(who.device.clone()),
            site: "sim".into(),
            ..Event::new(at, kind, who.name.as_str(), who.ip.as_str())
        });
        self.events
            .last_mut()
            .unwrap_or_else(|| unreachable!("just pushed"))
    }

    fn comment(&mut self, at: i64, who: &Actor, url: &str, text: &str) -> String {
        self.next_comment += 1;
        let id = format!("c{}", self.next_comment);
        let e = self.push(at, Kind::Comment, who);
        e.url = url.to_owned();
        e.comment_id = Some(id.clone());
        e.text = Some(text.to_owned());
        self.comments.push((at, id.clone(), url.to_owned()));
        id
    }

    fn vote(&mut self, at: i64, who: &Actor, url: &str, target: &str, value: i8) {
        let e = self.push(at, Kind::Vote, who);
        e.url = url.to_owned();
        e.target = Some(target.to_owned());
        e.value = Some(value);
    }

    fn random_ip(&mut self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.rng.gen_range(11..223),
            self.rng.gen_range(0..255),
            self.rng.gen_range(0..255),
            self.rng.gen_range(1..255)
        )
    }

    /// The events in time order, cut at `end`, as JSON lines; the truth beside them.
    fn write(mut self, out: &Path, end: i64, truth: &Truth) -> anyhow::Result<usize> {
        self.events.retain(|e| e.at < end);
        self.events.sort_by_key(|e| e.at);
        let file = std::fs::File::create(out)
            .with_context(|| format!("cannot write {}", out.display()))?;
        let mut w = std::io::BufWriter::new(file);
        for e in &self.events {
            serde_json::to_writer(&mut w, e)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        let truth_path = truth_path(out);
        std::fs::write(&truth_path, serde_json::to_string_pretty(truth)?)
            .with_context(|| format!("cannot write {}", truth_path.display()))?;
        Ok(self.events.len())
    }
}

/// The non-toxic comments of the Jigsaw files under `data/toxicity`, and the non-offensive
/// TweetEval tweets that carry a hashtag (readers who tag what they write, `#MAGA` most of all:
/// the hashtags a farm pushes are readers' hashtags too), 40 to 400 bytes, each a reader's own
/// words: Wikipedia's templated notices ("Please do not vandalize pages, as you did with ...",
/// "January 2007 Thank you for experimenting with Wikipedia ..."), recognised as the same run of
/// eight words in three texts or more, are left out, since readers do not repeat one another.
fn organic_texts(data: &Path) -> anyhow::Result<Vec<String>> {
    let toxicity = data.join("toxicity");
    let mut raw = Vec::new();
    for file in crate::training::JIGSAW {
        let rows = crate::training::read_labelled_csv(&toxicity.join(file), None)?;
        raw.extend(
            rows.into_iter()
                .filter(|r| r.abusive == Some(false) && r.obscene != Some(true))
                .map(|r| r.text),
        );
    }
    let tweets = crate::training::civil_tweets(&toxicity)?;
    raw.extend(tweets.into_iter().filter(|t| t.contains('#')));
    let texts: HashSet<String> = raw
        .into_iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| (40..400).contains(&t.len()))
        .collect();
    let mut texts: Vec<String> = texts.into_iter().collect();
    texts.sort(); // HashSet order is random: keep the simulation deterministic.
    let runs: Vec<HashSet<u64>> = texts.iter().map(|t| word_runs(t)).collect();
    // In how many texts each run of words is.
    let mut times: HashMap<u64, usize> = HashMap::new();
    for run in runs.iter().flatten() {
        *times.entry(*run).or_default() += 1;
    }
    let texts: Vec<String> = texts
        .into_iter()
        .zip(&runs)
        .filter(|(_, runs)| runs.iter().all(|run| times[run] < TEMPLATE_TEXTS))
        .map(|(text, _)| text)
        .collect();
    anyhow::ensure!(
        !texts.is_empty(),
        "no organic comments found under {}",
        toxicity.display()
    );
    Ok(texts)
}

/// Texts sharing a run of words with at least this many others are a template's...
const TEMPLATE_TEXTS: usize = 3;
/// ... a run this many words long.
const TEMPLATE_WORDS: usize = 8;

/// Each run of [`TEMPLATE_WORDS`] words of a text, lower-cased and hashed: what a template's
/// texts share, wherever the template starts in them.
fn word_runs(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .windows(TEMPLATE_WORDS)
        .map(|run| {
            let mut hasher = std::hash::DefaultHasher::new();
            run.hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

/// An article of the organic stream: when it went up and where.
struct Article {
    at: i64,
    url: String,
}

/// The organic readers, each with how active they are (a few write and vote most), and the
/// articles they read.
struct Crowd {
    readers: Vec<Reader>,
    total_weight: f64,
    articles: Vec<Article>,
    /// The organic texts no reader wrote (none when the stream used them all, and more): words
    /// of their own for readers' comments added afterwards.
    spare_texts: Vec<String>,
}

/// An organic reader: who, how active (a few write and vote most), and from when (a reader
/// new to the site acts only once signed up).
struct Reader {
    actor: Actor,
    weight: f64,
    joined: i64,
}

impl Crowd {
    /// A reader who had joined the site by `at`, the active ones more often.
    fn pick(&self, rng: &mut StdRng, at: i64) -> usize {
        loop {
            let mut x = rng.gen_range(0.0..self.total_weight);
            let drawn = self
                .readers
                .iter()
                .position(|r| {
                    x -= r.weight;
                    x <= 0.0
                })
                .unwrap_or(self.readers.len() - 1);
            // The site's regulars, most of the weight, are there from the start.
            if self.joined(drawn, at) {
                return drawn;
            }
        }
    }

    /// Whether `reader` had joined the site by `at` (signed up, if new to it).
    fn joined(&self, reader: usize, at: i64) -> bool {
        self.readers[reader].joined <= at
    }

    fn actor(&self, reader: usize) -> &Actor {
        &self.readers[reader].actor
    }
}

/// The organic crowd from `start` to `end`: `readers` readers, the site's regulars and
/// [`NEW_READERS`] of them signing up as it runs, an article every 30 minutes (a breaking story
/// every eight hours), comments and votes on each, and the fans of the busiest commenters
/// up-voting them.
fn organic(sim: &mut Sim, mut texts: Vec<String>, readers: usize, start: i64, end: i64) -> Crowd {
    use rand::seq::SliceRandom;
    // Each reader: an address (5% behind the newsroom's office address), a browser, how active
    // they are (a few write most comments), and, for a reader new to the site, a sign-up time.
    let mut crowd: Vec<Reader> = Vec::new();
    for i in 0..readers {
        let ip = if sim.rng.gen_bool(0.05) {
            OFFICE_IP.to_owned()
        } else {
            sim.random_ip()
        };
        let name = format!("reader{i}");
        let actor = Actor {
            device: format!("d-{name}"),
            name,
            ip,
        };
        let weight = 1.0 / (1.0 + i as f64 % 50.0);
        // The busiest readers (weight 1, the columnists below) are regulars.
        let joined = if weight < 1.0 && sim.rng.gen_bool(NEW_READERS) {
            let signup = start + sim.rng.gen_range(0..end - start);
            sim.push(signup, Kind::Signup, &actor);
            signup
        } else {
            i64::MIN
        };
        crowd.push(Reader {
            actor,
            weight,
            joined,
        });
    }
    // The busiest readers (weight 1) have fans: readers who up-vote nearly everything they
    // write, within minutes. Some fans follow two of them.
    let columnists: Vec<usize> = (0..readers).step_by(50).take(COLUMNISTS).collect();
    let fans: Vec<Vec<usize>> = columnists
        .iter()
        .map(|_| {
            (0..FANS_EACH)
                .map(|_| sim.rng.gen_range(0..readers))
                .filter(|f| !columnists.contains(f))
                .collect()
        })
        .collect();
    let total_weight = crowd.iter().map(|r| r.weight).sum();
    let mut crowd = Crowd {
        readers: crowd,
        total_weight,
        articles: Vec::new(),
        spare_texts: Vec::new(),
    };
    texts.shuffle(&mut sim.rng);
    let mut next_text = 0usize;
    let mut t = start;
    while t < end {
        let url = format!("https://sim.example/a{}", crowd.articles.len() + 1);
        crowd.articles.push(Article {
            at: t,
            url: url.clone(),
        });
        let hour = ((t - start) / (60 * MINUTE)) % 24;
        let daylight = 0.3
            + 0.7
                * (std::f64::consts::PI * (hour as f64 - 4.0) / 20.0)
                    .sin()
                    .max(0.0);
        let breaking = crowd.articles.len().is_multiple_of(16);
        let n = if breaking {
            80
        } else {
            (40.0 * daylight) as usize
        };
        let span = if breaking { 10 * MINUTE } else { 30 * MINUTE };
        // The thread's comments: (posted, id, author); and who voted on which.
        let mut thread: Vec<(i64, String, usize)> = Vec::new();
        let mut voted: HashSet<(usize, String)> = HashSet::new();
        for _ in 0..n {
            let at = t + sim.rng.gen_range(0..span);
            let r = crowd.pick(&mut sim.rng, at);
            let text = texts[next_text % texts.len()].clone();
            next_text += 1;
            let id = sim.comment(at, crowd.actor(r), &url, &text);
            if let Some(c) = columnists.iter().position(|&c| c == r) {
                for &fan in &fans[c] {
                    if sim.rng.gen_bool(0.8) {
                        let when = at + sim.rng.gen_range(MINUTE..10 * MINUTE);
                        if crowd.joined(fan, when) && voted.insert((fan, id.clone())) {
                            sim.vote(when, crowd.actor(fan), &url, &id, 1);
                        }
                    }
                }
            }
            thread.push((at, id, r));
        }
        // Votes: most go to the first few comments, as on any busy thread, each after its
        // comment appeared and while the thread is read; one vote a reader and comment, and
        // none on one's own.
        thread.sort_unstable();
        let closes = t + span + 20 * MINUTE;
        for _ in 0..n * 3 {
            if thread.is_empty() {
                break;
            }
            let pick = (sim.rng.gen_range(0.0f64..1.0).powi(3) * thread.len() as f64) as usize;
            let (posted, target, author) = &thread[pick];
            let at = posted + sim.rng.gen_range(MINUTE..(closes - posted).max(2 * MINUTE));
            let r = crowd.pick(&mut sim.rng, at);
            let value = if sim.rng.gen_bool(0.85) { 1 } else { -1 };
            if *author != r && voted.insert((r, target.clone())) {
                sim.vote(at, crowd.actor(r), &url, target, value);
            }
        }
        t += 30 * MINUTE;
    }
    crowd.spare_texts = texts.split_off(next_text.min(texts.len()));
    crowd
}

/// Where the ground truth of a stream goes: beside it, `.truth.json`.
pub fn truth_path(events: &Path) -> PathBuf {
    let mut name = events.as_os_str().to_owned();
    name.push(".truth.json");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use moderation::campaigns::Kind;
    use rand::SeedableRng;

    use super::{organic, organic_texts, Sim, MINUTE};
    use crate::training::{JIGSAW, TWEETEVAL_OFFENSIVE};

    /// `readers` organic readers acting over `hours`, drawn with `seed`, on 500 texts.
    fn organic_readers(seed: u64, readers: usize, hours: i64) -> Sim {
        let mut sim = Sim::new(rand::rngs::StdRng::seed_from_u64(seed));
        let texts = (0..500)
            .map(|i| format!("Reader comment number {i}."))
            .collect();
        organic(&mut sim, texts, readers, 0, hours * 60 * MINUTE);
        sim
    }

    /// An organic reader votes on a comment after it appeared, once, and never on their own:
    /// a vote the detector could not place (its comment not yet seen) would hide the reader's
    /// ordinary taste from the signals that read up-votes.
    #[test]
    fn organic_votes_follow_the_comments_they_are_on() {
        let sim = organic_readers(3, 300, 24);
        let comments: HashMap<&str, (i64, &str)> = sim
            .events
            .iter()
            .filter(|e| e.kind == Kind::Comment)
            .filter_map(|e| Some((e.comment_id.as_deref()?, (e.at, e.account.as_str()))))
            .collect();
        let mut voted = HashSet::new();
        let votes: Vec<_> = sim.events.iter().filter(|e| e.kind == Kind::Vote).collect();
        assert!(votes.len() > 1000, "{} votes", votes.len());
        for v in votes {
            let target = v.target.as_deref().expect("a vote's target");
            let (posted, author) = comments[target];
            assert!(
                posted < v.at,
                "{v:?} before its comment, posted at {posted}"
            );
            assert_ne!(author, v.account, "{v:?}");
            assert!(voted.insert((v.account.as_str(), target)), "{v:?} twice");
        }
    }

    /// The site's regulars act from the start, with no sign-up in the stream; readers new to
    /// the site (about a tenth) sign up as it runs and act only after: a reader acting before
    /// its sign-up would look to the detector like a regular, never like a newcomer.
    #[test]
    fn readers_new_to_the_site_act_only_once_signed_up() {
        let mut sim = organic_readers(5, 400, 48);
        sim.events.sort_by_key(|e| e.at);
        let mut signed_up: HashSet<&str> = HashSet::new();
        let mut acted: HashSet<&str> = HashSet::new();
        for e in &sim.events {
            if e.kind == Kind::Signup {
                assert!(!acted.contains(e.account.as_str()), "{e:?} after acting");
                signed_up.insert(&e.account);
            } else {
                acted.insert(&e.account);
            }
        }
        let new_readers = signed_up.len();
        assert!(
            (20..=60).contains(&new_readers),
            "{new_readers} new readers"
        );
        let new_who_acted = signed_up.iter().filter(|a| acted.contains(*a)).count();
        assert!(
            new_who_acted >= new_readers / 2,
            "{new_who_acted} of {new_readers}"
        );
        assert!(
            acted.len() - new_who_acted > 200,
            "{} regulars",
            acted.len()
        );
    }

    /// Wikipedia's templated notices are not a reader's own words: three texts or more that
    /// share a run of eight words are left out, wherever it starts in them, and readers' texts
    /// that open alike are kept; readers' civil tweets are kept when they carry a hashtag.
    #[test]
    fn templated_notices_are_not_organic_comments() {
        let data = tempfile::tempdir().expect("temp dir");
        let mut csv = String::from("comment_text,labels\n");
        for page in ["Snow", "Moon", "Tide"] {
            csv.push_str(&format!(
                "\"Please do not vandalize pages, as you did with this edit to {page}.\",0\n"
            ));
        }
        for opening in ["Edits to Snow", "January 2007", "Moon"] {
            csv.push_str(&format!(
                "\"{opening} Thank you for experimenting with Wikipedia. Your test worked.\",0\n"
            ));
        }
        for reader in [
            "I think the council should publish the full budget before the vote.",
            "I think the council should have asked the residents on Mill Road first.",
            "The photographs of the harbour at dawn are the best part of this story.",
        ] {
            csv.push_str(&format!("\"{reader}\",0\n"));
        }
        for (i, file) in JIGSAW.iter().enumerate() {
            let path = data.path().join("toxicity").join(file);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("dir");
            let body = if i == 0 {
                csv.as_str()
            } else {
                "comment_text,labels\n"
            };
            std::fs::write(path, body).expect("write");
        }
        // Readers' tweets: one with a hashtag, one without (left out), one offensive (left out).
        let tweets = data.path().join("toxicity").join(TWEETEVAL_OFFENSIVE);
        std::fs::create_dir_all(&tweets).expect("dir");
        for (split, text, labels) in [
            (
                "train",
                "@user The council vote is tomorrow, come along #MillRoad\n\
                 @user The council vote is tomorrow, come along and speak up\n",
                "0\n0\n",
            ),
            (
                "val",
                "@user You lying crook, the vote was rigged #MillRoad\n",
                "1\n",
            ),
        ] {
            std::fs::write(tweets.join(format!("{split}_text.txt")), text).expect("write");
            std::fs::write(tweets.join(format!("{split}_labels.txt")), labels).expect("write");
        }
        let texts = organic_texts(data.path()).expect("texts");
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("#MillRoad")), "{texts:?}");
        assert!(texts.iter().all(|t| !t.contains("crook")), "{texts:?}");
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("vandalize") && !t.contains("experimenting")),
            "{texts:?}"
        );
    }
}
