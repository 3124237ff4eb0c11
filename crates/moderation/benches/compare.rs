//! Tribune's F-word rule and full verdict against the filters people use today, in one run:
//! the `rustrict` and `censor` crates. Prints F-word recall on an evasion set built here
//! (each form of the word under each disguise, in a sentence), the false-positive rate on
//! innocent look-alike text, the share of right decisions on Tribune's functional suite
//! (hateful cases flagged, the others not), and comments per second on one core for typical
//! ~250-character news comments.
//!
//! `cargo bench -p moderation --bench compare`

use std::hint::black_box;
use std::time::{Duration, Instant};

use moderation::{Policy, RuleId};

const FORMS: &[&str] = &[
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "motherfucker",
    "fuckwit",
];
const CARRIERS: &[&str] = &[
    "{} this budget",
    "the minister is a {}",
    "what a {} disgrace",
    "{}",
];

/// A named way of disguising a word.
type Disguise = (&'static str, fn(&str) -> String);

/// Disguises an evader uses, each a function of the word.
fn disguises() -> Vec<Disguise> {
    fn between(w: &str, sep: &str) -> String {
        w.chars().map(String::from).collect::<Vec<_>>().join(sep)
    }
    fn map(w: &str, f: impl Fn(char) -> char) -> String {
        w.chars().map(f).collect()
    }
    vec![
        ("plain", |w| w.to_owned()),
        ("upper", |w| w.to_uppercase()),
        ("dots", |w| between(w, ".")),
        ("spaces", |w| between(w, " ")),
        ("underscores", |w| between(w, "_")),
        ("hyphens", |w| between(w, "-")),
        ("zero-width space", |w| between(w, "\u{200b}")),
        ("soft hyphen", |w| between(w, "\u{ad}")),
        ("word joiner", |w| between(w, "\u{2060}")),
        ("repeated letters", |w| {
            w.replacen('u', "uuuu", 1).replacen('c', "cc", 1)
        }),
        ("doubled everything", |w| {
            w.chars().flat_map(|c| [c, c]).collect()
        }),
        ("cyrillic c", |w| map(w, |c| if c == 'c' { 'с' } else { c })),
        ("armenian u", |w| map(w, |c| if c == 'u' { 'ս' } else { c })),
        ("fullwidth", |w| {
            map(w, |c| {
                char::from_u32(c as u32 - 'a' as u32 + 0xff41).unwrap_or(c)
            })
        }),
        ("math bold", |w| {
            map(w, |c| {
                char::from_u32(c as u32 - 'a' as u32 + 0x1d41a).unwrap_or(c)
            })
        }),
        ("umlaut", |w| w.replacen('u', "ü", 1)),
        ("combining mark", |w| w.replacen('u', "u\u{308}", 1)),
        ("cent sign", |w| w.replacen('c', "¢", 1)),
        ("ph", |w| w.replacen('f', "ph", 1)),
        ("v for u", |w| w.replacen('u', "v", 1)),
        ("dropped u", |w| w.replacen("uc", "c", 1)),
        ("split in two", |w| {
            let mid = w.find('c').unwrap_or(1);
            format!("{} {}", &w[..mid], &w[mid..])
        }),
        ("zero-width + cyrillic", |w| {
            between(&w.replace('c', "с"), "\u{200c}")
        }),
        ("exclamation marks", |w| between(w, "!")),
        ("pipes", |w| between(w, "|")),
        ("plus signs", |w| between(w, "+")),
        ("hashes", |w| between(w, "#")),
        ("zero for u", |w| w.replacen('u', "0", 1)),
        ("turned f", |w| w.replacen('f', "ɟ", 1)),
        ("upside down", |w| {
            w.chars()
                .rev()
                .map(|c| match c {
                    'f' => 'ɟ',
                    'u' => 'n',
                    'c' => 'ɔ',
                    'k' => 'ʞ',
                    'i' => 'ᴉ',
                    'n' => 'u',
                    'g' => 'ƃ',
                    'e' => 'ǝ',
                    'd' => 'p',
                    'r' => 'ɹ',
                    'm' => 'ɯ',
                    'o' => 'o',
                    't' => 'ʇ',
                    'h' => 'ɥ',
                    'w' => 'ʍ',
                    other => other,
                })
                .collect()
        }),
    ]
}

fn evasion_set() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (name, disguise) in disguises() {
        for form in FORMS {
            for carrier in CARRIERS {
                out.push((carrier.replace("{}", &disguise(form)), name));
            }
        }
    }
    out
}

const INNOCENT_WORDS: &[&str] = &[
    "Fukuyama",
    "Fukushima",
    "Phuket",
    "Fuchs",
    "Uckermark",
    "Fukuoka",
    "Fucino",
    "fuchsia",
    "Buckingham",
    "Lucknow",
    "stuck",
    "Uckfield",
    "firetruck",
    "fungus",
    "fork",
    "Fukui",
    "fucus",
    "Fuqua",
    "Suckling",
    "Dickens",
    "Scunthorpe",
    "Penistone",
    "Cockburn",
    "cocktail",
    "Shitake",
    "assessment",
    "Essex",
    "Sussex",
    "class",
    "passion",
];
const INNOCENT_CARRIERS: &[&str] = &[
    "I read about {} yesterday.",
    "The report on {} is thin.",
    "{} was in the news again",
    "They flew to {} on Monday",
    "a note on {}",
];

fn innocent_set() -> Vec<String> {
    let mut out: Vec<String> = include_str!("../tests/fixtures/fword-innocent.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    for w in INNOCENT_WORDS {
        for c in INNOCENT_CARRIERS {
            out.push(c.replace("{}", w));
        }
    }
    out
}

struct Filter<'a> {
    name: &'static str,
    flags: Box<dyn Fn(&str) -> bool + 'a>,
}

/// Comments per second of each filter over `texts`: the best of [`ROUNDS`] rounds of a fifth
/// of a second each, the filters taking turns within a round, so that a burst of work by
/// another process on the machine weighs on no filter more than on the others.
fn per_second(texts: &[&str], filters: &[&dyn Fn(&str) -> bool]) -> Vec<f64> {
    let mut best = vec![0.0f64; filters.len()];
    for _ in 0..ROUNDS {
        for (f, best) in filters.iter().zip(&mut best) {
            let started = Instant::now();
            let mut n = 0u64;
            while started.elapsed() < Duration::from_millis(200) {
                for t in texts {
                    black_box(f(black_box(t)));
                }
                n += texts.len() as u64;
            }
            *best = best.max(n as f64 / started.elapsed().as_secs_f64());
        }
    }
    best
}

const ROUNDS: usize = 10;

/// The functional suite (`tests/fixtures/functional.csv`): hateful cases must be flagged
/// (Tribune: held or refused), the others not. Per language and overall.
fn functional_suite(policy: &Policy, peers: &[Filter]) {
    let mut reader =
        csv::Reader::from_reader(include_str!("../tests/fixtures/functional.csv").as_bytes());
    let cases: Vec<(String, bool, String)> = reader
        .records()
        .map(|r| {
            let r = r.expect("functional suite row");
            (r[1].to_owned(), &r[2] == "1", r[3].to_owned())
        })
        .collect();
    println!(
        "\nfunctional suite: {} cases; share right on hateful / non-hateful cases",
        cases.len()
    );
    let tribune: Box<dyn Fn(&str) -> bool + '_> =
        Box::new(|t| policy.evaluate(t).decision != moderation::Decision::Allow);
    let all = std::iter::once(("tribune (full verdict)", &tribune))
        .chain(peers.iter().map(|f| (f.name, &f.flags)));
    for (name, flags) in all {
        let mut line = format!("{name:<30}");
        for lang in ["en", "ru", "tr", "all"] {
            let share = |hateful: bool| {
                let group: Vec<&(String, bool, String)> = cases
                    .iter()
                    .filter(|(l, h, _)| (lang == "all" || l == lang) && *h == hateful)
                    .collect();
                let right = group.iter().filter(|(_, h, t)| flags(t) == *h).count();
                100.0 * right as f64 / group.len().max(1) as f64
            };
            line.push_str(&format!(
                "  {lang} {:>5.1}% / {:>5.1}%",
                share(true),
                share(false)
            ));
        }
        println!("{line}");
    }
}

/// The fixtures of the rules that read the shape of a sentence (`label|text` lines): the share
/// of attacks (abuse) flagged and of civil look-alikes (criticism) left alone.
fn sentence_fixtures(policy: &Policy, peers: &[Filter]) {
    let tribune: Box<dyn Fn(&str) -> bool + '_> =
        Box::new(|t| policy.evaluate(t).decision != moderation::Decision::Allow);
    for (name, text) in [
        ("threats.txt", include_str!("../tests/fixtures/threats.txt")),
        (
            "group-attacks.txt",
            include_str!("../tests/fixtures/group-attacks.txt"),
        ),
        (
            "stereotypes.txt",
            include_str!("../tests/fixtures/stereotypes.txt"),
        ),
        (
            "incitement-exclusion.txt",
            include_str!("../tests/fixtures/incitement-exclusion.txt"),
        ),
        (
            "ideas-criticised.txt",
            include_str!("../tests/fixtures/ideas-criticised.txt"),
        ),
        (
            "office-criticism.txt",
            include_str!("../tests/fixtures/office-criticism.txt"),
        ),
        ("names.txt", include_str!("../tests/fixtures/names.txt")),
        (
            "plain-senses.txt",
            include_str!("../tests/fixtures/plain-senses.txt"),
        ),
        (
            "swearing.txt",
            include_str!("../tests/fixtures/swearing.txt"),
        ),
        (
            "stock-insults.txt",
            include_str!("../tests/fixtures/stock-insults.txt"),
        ),
        ("oneself.txt", include_str!("../tests/fixtures/oneself.txt")),
        ("denied.txt", include_str!("../tests/fixtures/denied.txt")),
        (
            "outside-sets.txt",
            include_str!("../tests/fixtures/outside-sets.txt"),
        ),
        (
            "subtle-abuse.txt",
            include_str!("../tests/fixtures/subtle-abuse.txt"),
        ),
        (
            "sexual-harassment.txt",
            include_str!("../tests/fixtures/sexual-harassment.txt"),
        ),
        (
            "spaced-letters.txt",
            include_str!("../tests/fixtures/spaced-letters.txt"),
        ),
        (
            "masked-words.txt",
            include_str!("../tests/fixtures/masked-words.txt"),
        ),
        (
            "double-l.txt",
            include_str!("../tests/fixtures/double-l.txt"),
        ),
        (
            "split-words.txt",
            include_str!("../tests/fixtures/split-words.txt"),
        ),
        (
            "kept-home.txt",
            include_str!("../tests/fixtures/kept-home.txt"),
        ),
        (
            "speakers.txt",
            include_str!("../tests/fixtures/speakers.txt"),
        ),
    ] {
        let lines: Vec<(bool, &str)> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('|'))
            .map(|(label, t)| (label == "1", t))
            .collect();
        println!(
            "
{name}: share of attacks flagged / of civil look-alikes left alone"
        );
        let all = std::iter::once(("tribune (full verdict)", &tribune))
            .chain(peers.iter().map(|f| (f.name, &f.flags)));
        for (filter, flags) in all {
            let share = |attack: bool| {
                let group: Vec<&str> = lines
                    .iter()
                    .filter(|(a, _)| *a == attack)
                    .map(|(_, t)| *t)
                    .collect();
                let right = group.iter().filter(|t| flags(t) == attack).count();
                100.0 * right as f64 / group.len().max(1) as f64
            };
            println!(
                "{filter:<30}  {:>5.1}% / {:>5.1}%",
                share(true),
                share(false)
            );
        }
    }
}

fn main() {
    let policy = Policy::default_rules().expect("policy");
    let filters = [
        Filter {
            name: "tribune (F-word rule)",
            flags: Box::new(|t| {
                policy
                    .evaluate(t)
                    .reasons
                    .iter()
                    .any(|r| r.rule == RuleId::Fword)
            }),
        },
        Filter {
            name: "rustrict 0.7 (inappropriate)",
            flags: Box::new(|t| {
                rustrict::Censor::from_str(t)
                    .analyze()
                    .is(rustrict::Type::INAPPROPRIATE)
            }),
        },
        Filter {
            name: "censor 0.3 (Standard)",
            flags: Box::new(|t| censor::Censor::Standard.check(t)),
        },
    ];
    let evasion = evasion_set();
    let innocent = innocent_set();
    println!(
        "evasion set: {} sentences ({} disguises x {} forms x {} carriers)",
        evasion.len(),
        disguises().len(),
        FORMS.len(),
        CARRIERS.len()
    );
    println!("innocent look-alike set: {} sentences\n", innocent.len());
    println!("{:<30} {:>10} {:>12}", "filter", "recall", "false pos.");
    for f in &filters {
        let caught = evasion.iter().filter(|(t, _)| (f.flags)(t)).count();
        let false_pos = innocent.iter().filter(|t| (f.flags)(t)).count();
        println!(
            "{:<30} {:>9.1}% {:>11.1}%",
            f.name,
            100.0 * caught as f64 / evasion.len() as f64,
            100.0 * false_pos as f64 / innocent.len() as f64
        );
    }
    let tribune = &filters[0];
    let missed: Vec<&str> = disguises()
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| {
            evasion
                .iter()
                .any(|(t, d)| d == name && !(tribune.flags)(t))
        })
        .collect();
    println!("\ntribune misses some sentences under: {missed:?}");
    let flagged: Vec<&String> = innocent.iter().filter(|t| (tribune.flags)(t)).collect();
    println!("tribune flags innocent: {flagged:?}");

    functional_suite(&policy, &filters[1..]);
    sentence_fixtures(&policy, &filters[1..]);

    let comments: Vec<&str> = include_str!("../tests/fixtures/typical-comments.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect();
    let mean_len = comments.iter().map(|c| c.len()).sum::<usize>() / comments.len();
    println!("\nthroughput on one core, typical news comments (mean {mean_len} bytes):");
    let tribune = |t: &str| policy.evaluate(t).decision == moderation::Decision::Allow;
    let rustrict = |t: &str| {
        rustrict::Censor::from_str(t)
            .analyze()
            .is(rustrict::Type::INAPPROPRIATE)
    };
    let censor = |t: &str| censor::Censor::Standard.check(t);
    let rates = per_second(&comments, &[&tribune, &rustrict, &censor]);
    let full = rates[0];
    let peers = [("rustrict analyze", rates[1]), ("censor check", rates[2])];
    println!(
        "{:<44} {:>10.0} comments/s",
        "tribune full verdict (F word + classifier + policy)", full
    );
    for (name, rate) in peers {
        println!(
            "{:<44} {:>10.0} comments/s  (tribune full verdict is {:.2}x)",
            name,
            rate,
            full / rate
        );
    }
}
