//! The simulator's own campaigns, at five tactic levels: copy-paste, paraphrase, vote-only
//! brigade, slow drip and ban evasion, with text from the Internet Research Agency tweets
//! (`../shared/data/trolls`), in groups of the sizes those accounts acted in.

use std::path::{Path, PathBuf};

use anyhow::Context;
use moderation::campaigns::Kind;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use super::{organic, organic_texts, Actor, Sim, Truth, MINUTE};

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
        !troll_text.is_empty(),
        "no troll texts found under {}",
        opts.data.display()
    );
    let mut sim = Sim::new(StdRng::seed_from_u64(opts.seed));
    let end = START + i64::from(opts.days) * 24 * 60 * MINUTE;
    organic(&mut sim, organic_text, opts.organic, START, end);

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
    let events = sim.write(&opts.out, end, &truth)?;
    Ok((events, truth.len()))
}
