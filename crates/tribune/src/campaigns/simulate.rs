//! `tribune simulate`: event streams for the campaign detector, with ground truth.
//!
//! Organic readers write the non-toxic comments of the Jigsaw data, more by day than by night,
//! crowd onto breaking stories (bursts of dozens of readers within minutes, voting on the same
//! top comments), and some share a newsroom's office address. Campaigns are injected with text
//! from the Internet Research Agency tweets (`../shared/data/trolls`), in groups of the sizes
//! those accounts acted in, at five tactic levels: copy-paste, paraphrase, vote-only brigade,
//! slow drip and ban evasion. Deterministic for a seed.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use moderation::campaigns::{Event, Kind};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use super::offline::Truth;
use crate::db::rfc3339;

pub struct Options {
    pub data: PathBuf,
    pub out: PathBuf,
    pub seed: u64,
    pub days: u32,
    pub organic: usize,
    /// Campaigns per tactic.
    pub campaigns: usize,
}

pub const TACTICS: [&str; 5] = [
    "copy-paste",
    "paraphrase",
    "vote-only",
    "slow-drip",
    "ban-evasion",
];

const START: i64 = 1_798_761_600_000; // 2027-01-01T00:00:00Z
const MINUTE: i64 = 60_000;
const OFFICE_IP: &str = "198.51.100.7";

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
}

fn organic_texts(data: &Path) -> anyhow::Result<Vec<String>> {
    let mut texts = std::collections::HashSet::new();
    for file in crate::training::JIGSAW {
        let rows = crate::training::read_labelled_csv(&data.join("toxicity").join(file), None)?;
        texts.extend(
            rows.into_iter()
                .filter(|r| r.abusive == Some(false) && r.obscene != Some(true))
                .map(|r| r.text.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|t| (40..400).contains(&t.len())),
        );
    }
    let mut texts: Vec<String> = texts.into_iter().collect();
    texts.sort(); // HashSet order is random: keep the simulation deterministic.
    Ok(texts)
}

fn troll_texts(data: &Path) -> anyhow::Result<Vec<String>> {
    let path = data.join("trolls/ira_tweets_en_2016-10_2016-11.csv");
    let mut reader =
        csv::Reader::from_path(&path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut out = Vec::new();
    for row in reader.records() {
        let row = row?;
        let text: String = row
            .get(1)
            .unwrap_or("")
            .split_whitespace()
            .filter(|w| !w.starts_with("http"))
            .collect::<Vec<_>>()
            .join(" ");
        if text.len() >= 60 && !text.starts_with("RT ") {
            out.push(text);
        }
        if out.len() >= 20_000 {
            break;
        }
    }
    Ok(out)
}

/// A paraphrase, as a troll rewording the day's talking point: an opener, synonyms, up to
/// two dropped words, two neighbours swapped, clauses in another order, a look-alike letter,
/// a sign-off. Most copies differ from each other, so exact matching finds few of them.
fn paraphrase(rng: &mut StdRng, text: &str) -> String {
    const SWAPS: [(&str, &str); 12] = [
        ("the", "this"),
        ("is", "'s"),
        ("are", "r"),
        ("people", "folks"),
        ("very", "really"),
        ("we", "we all"),
        ("will", "gonna"),
        ("not", "never"),
        ("big", "huge"),
        ("must", "have to"),
        ("you", "u"),
        ("and", "&"),
    ];
    const OPENERS: [&str; 6] = [
        "Honestly,",
        "Let's be real:",
        "Fact:",
        "Nobody will say it, but",
        "Again:",
        "Read this.",
    ];
    // Clauses in another order, half the time.
    let mut text = text.to_owned();
    if rng.gen_bool(0.5) {
        let clauses: Vec<&str> = text.split(", ").collect();
        if clauses.len() > 1 {
            let k = rng.gen_range(1..clauses.len());
            text = clauses[k..]
                .iter()
                .chain(&clauses[..k])
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
        }
    }
    let mut words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    for w in &mut words {
        if let Some((_, to)) = SWAPS.iter().find(|(from, _)| w.eq_ignore_ascii_case(from)) {
            if rng.gen_bool(0.6) {
                *w = (*to).to_owned();
            }
        } else if w.len() > 5 && rng.gen_bool(0.05) {
            *w = w.replacen('o', "0", 1);
        }
    }
    for _ in 0..rng.gen_range(0..3) {
        if words.len() > 8 {
            let i = rng.gen_range(1..words.len() - 1);
            words.remove(i);
        }
    }
    if words.len() > 4 && rng.gen_bool(0.5) {
        let i = rng.gen_range(0..words.len() - 1);
        words.swap(i, i + 1);
    }
    if rng.gen_bool(0.6) {
        words.insert(0, OPENERS[rng.gen_range(0..OPENERS.len())].to_owned());
    }
    let mut out = words.join(" ");
    if rng.gen_bool(0.5) {
        out.push_str(["!!", " #truth", " Wake up.", " Share this."][rng.gen_range(0..4)]);
    }
    out
}

pub fn run(opts: &Options) -> anyhow::Result<(usize, usize)> {
    let organic_text = organic_texts(&opts.data)?;
    let troll_text = troll_texts(&opts.data)?;
    anyhow::ensure!(
        !organic_text.is_empty() && !troll_text.is_empty(),
        "no texts found under {}",
        opts.data.display()
    );
    let mut sim = Sim {
        rng: StdRng::seed_from_u64(opts.seed),
        events: Vec::new(),
        next_comment: 0,
        comments: Vec::new(),
    };
    let end = START + i64::from(opts.days) * 24 * 60 * MINUTE;

    // Organic readers: their address (5% behind the newsroom's office address), a browser each,
    // a sign-up time, and how active they are (a few write most comments).
    let mut readers: Vec<(Actor, f64)> = Vec::new();
    for i in 0..opts.organic {
        let ip = if sim.rng.gen_bool(0.05) {
            OFFICE_IP.to_owned()
        } else {
            sim.random_ip()
        };
        let name = format!("reader{i}");
        let signup = START + sim.rng.gen_range(0..(end - START) / 2);
        let reader = Actor {
            device: format!("d-{name}"),
            name,
            ip,
        };
        sim.push(signup, Kind::Signup, &reader);
        readers.push((reader, 1.0 / (1.0 + i as f64 % 50.0)));
    }
    let total_weight: f64 = readers.iter().map(|(_, w)| w).sum();
    let pick = |rng: &mut StdRng| {
        let mut x = rng.gen_range(0.0..total_weight);
        for (i, (_, weight)) in readers.iter().enumerate() {
            x -= weight;
            if x <= 0.0 {
                return i;
            }
        }
        readers.len() - 1
    };
    // Articles every 30 minutes; breaking stories three times a day draw crowds.
    let mut organic_text = organic_text;
    organic_text.shuffle(&mut sim.rng);
    let mut next_text = 0usize;
    let mut t = START;
    let mut article = 0;
    while t < end {
        article += 1;
        let url = format!("https://sim.example/a{article}");
        let hour = ((t - START) / (60 * MINUTE)) % 24;
        let daylight = 0.3
            + 0.7
                * (std::f64::consts::PI * (hour as f64 - 4.0) / 20.0)
                    .sin()
                    .max(0.0);
        let breaking = article % 16 == 0;
        let n = if breaking {
            80
        } else {
            (40.0 * daylight) as usize
        };
        let span = if breaking { 10 * MINUTE } else { 30 * MINUTE };
        let mut ids = Vec::new();
        for _ in 0..n {
            let r = pick(&mut sim.rng);
            let at = t + sim.rng.gen_range(0..span);
            // Each text once: real readers do not post the same comment word for word.
            let text = organic_text[next_text % organic_text.len()].clone();
            next_text += 1;
            ids.push(sim.comment(at, &readers[r].0, &url, &text));
        }
        // Votes: most go to the first few comments, as on any busy thread.
        for _ in 0..n * 3 {
            if ids.is_empty() {
                break;
            }
            let r = pick(&mut sim.rng);
            let target =
                ids[(sim.rng.gen_range(0.0f64..1.0).powi(3) * ids.len() as f64) as usize].clone();
            let at = t + sim.rng.gen_range(MINUTE..span + 20 * MINUTE);
            let value = if sim.rng.gen_bool(0.85) { 1 } else { -1 };
            sim.vote(at, &readers[r].0, &url, &target, value);
        }
        t += 30 * MINUTE;
    }

    // Campaigns.
    let mut truth = Truth::new();
    let mut n_campaign = 0;
    for tactic in TACTICS {
        for _ in 0..opts.campaigns {
            n_campaign += 1;
            let id = format!("campaign{n_campaign}");
            let size = sim.rng.gen_range(5..13);
            let start = START + sim.rng.gen_range(0..(end - START) * 2 / 3);
            let net = format!("203.0.{}.", sim.rng.gen_range(0..255));
            let members: Vec<String> = (0..size).map(|i| format!("{id}-acct{i}")).collect();
            for m in &members {
                truth.insert(m.clone(), (id.clone(), tactic.to_owned()));
            }
            let point = troll_text[sim.rng.gen_range(0..troll_text.len())].clone();
            let operator_device = format!("d-{id}-operator");
            for (i, m) in members.iter().enumerate() {
                let ip = if tactic == "slow-drip" {
                    sim.random_ip()
                } else {
                    format!("{net}{}", sim.rng.gen_range(1..255))
                };
                let device = match tactic {
                    "ban-evasion" => operator_device.clone(),
                    _ => format!("d-{m}"),
                };
                let signup = if tactic == "slow-drip" {
                    start + i as i64 * 6 * 60 * MINUTE
                } else {
                    start + sim.rng.gen_range(0..20 * MINUTE)
                };
                let member = Actor {
                    name: m.clone(),
                    ip,
                    device,
                };
                sim.push(signup, Kind::Signup, &member);
                let actions = sim.rng.gen_range(4..9);
                for k in 0..actions {
                    let at = match tactic {
                        "slow-drip" => signup + k * sim.rng.gen_range(90..240) * MINUTE,
                        // The brigade's rounds are shared: everyone votes in the same minute.
                        "vote-only" => start + 20 * MINUTE + k * 45 * MINUTE,
                        _ => {
                            signup
                                + sim.rng.gen_range(2..10) * MINUTE
                                + k * sim.rng.gen_range(5..40) * MINUTE
                        }
                    };
                    let recent: Vec<(String, String)> = sim
                        .comments
                        .iter()
                        .filter(|(ct, _, _)| *ct <= at && at - *ct < 120 * MINUTE)
                        .map(|(_, c, u)| (c.clone(), u.clone()))
                        .collect();
                    let url = recent
                        .choose(&mut sim.rng)
                        .map(|(_, u)| u.clone())
                        .unwrap_or_else(|| {
                            format!("https://sim.example/a{}", 1 + (at - START) / (30 * MINUTE))
                        });
                    match tactic {
                        "vote-only" => {
                            // The brigade votes together, within a minute, on the same comments.
                            let targets: Vec<String> =
                                recent.iter().take(3).map(|(c, _)| c.clone()).collect();
                            for (j, target) in targets.iter().enumerate() {
                                let at = at + sim.rng.gen_range(0..60_000) + j as i64 * 1000;
                                let value = if j == 0 { 1 } else { -1 };
                                sim.vote(at, &member, &url, target, value);
                            }
                        }
                        _ => {
                            let text = match tactic {
                                "copy-paste" | "slow-drip" => {
                                    format!("{point}{}", [" ", "!", " #truth", ""][k as usize % 4])
                                }
                                _ => paraphrase(&mut sim.rng, &point),
                            };
                            sim.comment(at, &member, &url, &text);
                        }
                    }
                }
            }
        }
    }
    sim.events.retain(|e| e.at < end);
    sim.events.sort_by_key(|e| e.at);
    let file = std::fs::File::create(&opts.out)
        .with_context(|| format!("cannot write {}", opts.out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    for e in &sim.events {
        serde_json::to_writer(&mut w, e)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    let truth_path = truth_path(&opts.out);
    std::fs::write(&truth_path, serde_json::to_string_pretty(&truth)?)
        .with_context(|| format!("cannot write {}", truth_path.display()))?;
    Ok((sim.events.len(), truth.len()))
}

/// Where the ground truth of a stream goes: beside it, `.truth.json`.
pub fn truth_path(events: &Path) -> PathBuf {
    let mut name = events.as_os_str().to_owned();
    name.push(".truth.json");
    PathBuf::from(name)
}
