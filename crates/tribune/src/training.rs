//! `tribune train` and `tribune eval`: reading the labelled datasets, the held-out split, the
//! disguised copy of a test set, and the report. The learning itself is pure and lives in
//! `moderation::classifier`; this module is the I/O around it.
//!
//! Where the labels come from (see `../shared/data/SOURCES.md` for the files):
//! - **Jigsaw** Wikipedia talk-page comments (20,000 rows, `toxic`; 2,886 of them with all six
//!   labels): `abusive` = toxic, insult, threat or identity hate; `obscene` = the `obscene`
//!   label where annotated.
//! - **Davidson** tweets (hate / offensive / neither) and **TweetEval** offensive and hate:
//!   `abusive`.
//! - The **SemEval toxic spans** news comments are all toxic, with the offsets of the toxic
//!   words. Each counts twice: whole, as abusive, and with its toxic spans blanked out, as not
//!   abusive. Without that second copy the model learns that news vocabulary itself is abusive
//!   (there are no civil news comments to say otherwise): it held one in five of those blanked
//!   comments.
//! - Where a source has no `obscene` annotation, it is derived: an abusive text containing a
//!   sexual or scatological term of the Surge AI profanity list (any severity), matched
//!   through Tribune's own normalization, is obscene; a text that is not abusive is not.
//!
//! - **ParaDetox**: toxic English comments, each followed by civil rewrites of the same
//!   content. Minimal pairs: what is said stays, how it is said changes, so the model learns
//!   the words that carry the insult rather than the topic.
//! - **Russian** (2ch and Pikabu comments, RuParaDetox pairs) and **Turkish** (OffensEval 2020
//!   tweets) from the `multilingual/` folder beside `toxicity/`: `abusive` = toxic or offensive;
//!   `obscene` is not annotated there (mat and the Turkish swearwords have rules of their own).
//! - **Contrast cases** written for Tribune (`data/contrasts.csv`, made by
//!   `scripts/contrast-cases.py`, read by `--contrasts`): threats, calls for violence and
//!   dehumanisation beside civil sentences of the same frames, in three languages.
//!
//! TweetEval's `val` splits are left out of training too, as a second held-out set that no
//! model compared here has seen.
//!
//! The held-out splits are one row in five of Jigsaw, of the Russian and of the Turkish
//! comments, chosen by a hash of the text, so they are the same on every machine and never
//! seen in training.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use moderation::classifier::{roc_auc, train, Example, TrainOptions};
use moderation::rules::WordLists;
use moderation::{Classifier, Label, Normalized, Policy, WordClasses};

/// Where the datasets sit inside `--data` (the shared `toxicity/` folder).
pub const JIGSAW: &[&str] = &[
    "khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_1.csv",
    "khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_2.csv",
];
const JIGSAW_SIX_LABELS: &str = "valmljourney+toxicity-detector/datasets/train.csv";
const DAVIDSON: &str = "t-davidson+hate-speech-and-offensive-language/data/labeled_data.csv";
const TWEETEVAL: &[&str] = &[
    "cardiffnlp+tweeteval/datasets/offensive",
    "cardiffnlp+tweeteval/datasets/hate",
];
const TOXIC_SPANS: &str = "ipavlopoulos+toxic_spans/SemEval2021/data/tsd_train.csv";
const PROFANITY: &str = "surge-ai+profanity/profanity_en.csv";
const PARADETOX: &str = "s-nlp+paradetox/paradetox_text_label.csv";
/// Inside the `multilingual/` folder.
const RUSSIAN: &str = "ru/train.csv";
const TURKISH: &str = "tr/train.csv";
/// What `tribune train` reads: the shared datasets, and the two tables made in this
/// repository.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// The `toxicity/` folder of `../shared/data`.
    pub toxicity: PathBuf,
    /// The `multilingual/` folder beside it (Russian and Turkish comments).
    pub multilingual: PathBuf,
    /// Tribune's own contrast cases (`crates/tribune/data/contrasts.csv`, see the module doc).
    pub contrasts: PathBuf,
    /// The word classes table (`crates/moderation/data/word-classes.txt`).
    pub classes: PathBuf,
    /// The names of groups of people (`crates/moderation/data/identities.txt`), which join the
    /// classes as one class the classifier reads as one word.
    pub identities: PathBuf,
}

/// How much each source counts against a Jigsaw comment (weight 1). The defaults are the
/// shipped model's; see docs/benchmarks.md for the sweeps.
#[derive(Clone, Copy, Debug)]
pub struct SourceWeights {
    /// Davidson and TweetEval tweets (out of domain).
    pub tweets: f32,
    /// The SemEval news comments, whole and with their toxic spans blanked out.
    pub news_spans: f32,
    /// ParaDetox toxic comments and their civil rewrites.
    pub paradetox: f32,
    /// Russian and Turkish comments (twice a Jigsaw comment: each language's own feature
    /// space learns from its rows alone, and fits them better with less regularization).
    pub multilingual: f32,
    /// Tribune's own contrast cases.
    pub contrasts: f32,
}

impl Default for SourceWeights {
    fn default() -> Self {
        SourceWeights {
            tweets: 0.2,
            news_spans: 0.3,
            paradetox: 0.3,
            multilingual: 2.0,
            contrasts: 1.0,
        }
    }
}

/// A labelled text for evaluation.
#[derive(Clone, Debug)]
pub struct Labelled {
    pub text: String,
    pub abusive: Option<bool>,
    pub obscene: Option<bool>,
}

fn is_held_out(text: &str) -> bool {
    // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    h % 5 == 0
}

fn open_csv(path: &Path) -> anyhow::Result<csv::Reader<std::fs::File>> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("cannot open {}", path.display()))
}

/// `(abusive, obscene)`, `None` where not annotated.
type Labels = (Option<bool>, Option<bool>);

/// Which columns of a CSV hold the labels.
struct LabelColumns {
    abusive: Vec<usize>,
    class: Option<usize>,
    obscene: Option<usize>,
}

impl LabelColumns {
    fn find(headers: &csv::StringRecord, path: &Path) -> anyhow::Result<LabelColumns> {
        let position = |name: &str| headers.iter().position(|h| h == name);
        let columns = LabelColumns {
            abusive: [
                "toxic",
                "severe_toxic",
                "insult",
                "threat",
                "identity_hate",
                "labels",
                "label",
                "abusive",
            ]
            .into_iter()
            .filter_map(position)
            .collect(),
            class: position("class"),
            obscene: position("obscene"),
        };
        if columns.abusive.is_empty() && columns.class.is_none() && columns.obscene.is_none() {
            bail!(
                "{}: no label column (expected toxic, labels, abusive, class or obscene)",
                path.display()
            );
        }
        Ok(columns)
    }

    /// The labels of one row. Empty cells and negative values (the Jigsaw test
    /// labels' -1, for rows left out of scoring) are not annotations.
    fn read(&self, record: &csv::StringRecord) -> Labels {
        let flag = |c: usize| -> Option<bool> {
            let x = record.get(c)?.trim().parse::<f64>().ok()?;
            (x >= 0.0).then_some(x >= 0.5)
        };
        let mut abusive = None;
        for &c in &self.abusive {
            if let Some(v) = flag(c) {
                abusive = Some(abusive.unwrap_or(false) || v);
            }
        }
        if let Some(class) = self.class.and_then(|c| record.get(c)) {
            abusive = class.trim().parse::<u8>().ok().map(|c| c != 2);
        }
        (abusive, self.obscene.and_then(flag))
    }
}

/// Where a row's labels are: in its own columns, or in another file under its id.
enum LabelSource {
    Columns(LabelColumns),
    Joined {
        id_col: usize,
        by_id: HashMap<String, Labels>,
    },
}

impl LabelSource {
    /// `None` for a row that the other file does not label.
    fn labels(&self, record: &csv::StringRecord) -> Option<Labels> {
        match self {
            LabelSource::Columns(columns) => Some(columns.read(record)),
            LabelSource::Joined { id_col, by_id } => {
                record.get(*id_col).and_then(|id| by_id.get(id)).copied()
            }
        }
    }
}

/// Reads any labelled CSV: the text from `comment_text`, `text` or `tweet`; `abusive` from
/// Jigsaw's `toxic`/`insult`/`threat`/`identity_hate`/`severe_toxic`, a binary `labels` or
/// `abusive` column, or Davidson's `class`; `obscene` from an `obscene` column.
///
/// With `labels`, the labels come from that CSV instead, joined on an `id` column (the Jigsaw
/// competition's `test.csv` and `test_labels.csv`); rows without labels there are left out.
pub fn read_labelled_csv(path: &Path, labels: Option<&Path>) -> anyhow::Result<Vec<Labelled>> {
    let mut reader = open_csv(path)?;
    let headers = reader.headers()?.clone();
    let col = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| headers.iter().position(|h| h == *n))
    };
    let Some(text_col) = col(&["comment_text", "text", "tweet"]) else {
        bail!(
            "{}: no text column (expected one of comment_text, text, tweet; found {:?})",
            path.display(),
            headers.iter().collect::<Vec<_>>()
        );
    };
    let source = match labels {
        Some(labels) => {
            let Some(id_col) = col(&["id"]) else {
                bail!("{}: no id column to join the labels on", path.display());
            };
            LabelSource::Joined {
                id_col,
                by_id: read_labels_by_id(labels)?,
            }
        }
        None => LabelSource::Columns(LabelColumns::find(&headers, path)?),
    };
    let mut out = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: row {}", path.display(), line + 2))?;
        let (Some(text), Some((abusive, obscene))) = (record.get(text_col), source.labels(&record))
        else {
            continue;
        };
        out.push(Labelled {
            text: text.to_owned(),
            abusive,
            obscene,
        });
    }
    Ok(out)
}

/// A labels CSV (`id` and label columns) as `id -> (abusive, obscene)`, rows without any
/// annotation left out.
fn read_labels_by_id(path: &Path) -> anyhow::Result<HashMap<String, Labels>> {
    let mut reader = open_csv(path)?;
    let headers = reader.headers()?.clone();
    let Some(id_col) = headers.iter().position(|h| h == "id") else {
        bail!("{}: no id column", path.display());
    };
    let columns = LabelColumns::find(&headers, path)?;
    let mut by_id = HashMap::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: row {}", path.display(), line + 2))?;
        let labels = columns.read(&record);
        if let (Some(id), true) = (record.get(id_col), labels != (None, None)) {
            by_id.insert(id.to_owned(), labels);
        }
    }
    Ok(by_id)
}

/// The word classes table, with the names of groups of people added as their class.
fn read_classes(inputs: &Inputs) -> anyhow::Result<WordClasses> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    };
    WordClasses::parse(&read(&inputs.classes)?)
        .with_context(|| inputs.classes.display().to_string())?
        .with_identities(&read(&inputs.identities)?)
        .with_context(|| inputs.identities.display().to_string())
}

fn read_lines(path: &Path) -> anyhow::Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(text.lines().map(str::to_owned).collect())
}

/// The obscene-term matcher used to derive `obscene` where a source does not annotate it:
/// every sexual or scatological term, mild ones included. Jigsaw's `obscene` covers general
/// profanity: on its labelled training rows, "abusive and has such a term" agrees with it at
/// F1 0.85 with every severity, 0.76 with severity 2 or more (which misses `shit` and `ass`).
fn obscene_terms(data: &Path) -> anyhow::Result<WordLists> {
    let mut reader = open_csv(&data.join(PROFANITY))?;
    let mut terms = Vec::new();
    for record in reader.records() {
        let record = record?;
        let category = |i| record.get(i).unwrap_or("");
        let sexual_or_scatological = [4, 5, 6].into_iter().any(|i| {
            category(i).starts_with("sexual anatomy") || category(i).starts_with("bodily fluids")
        });
        if sexual_or_scatological {
            if let Some(term) = record.get(0) {
                terms.push(term.to_owned());
            }
        }
    }
    // Entries that normalize to nothing (pure symbols) cannot be matched; skip them.
    terms.retain(|t| WordLists::new([t.as_str()], []).is_ok());
    Ok(WordLists::new(terms.iter().map(String::as_str), [])?)
}

/// The training examples and the held-out rows.
pub struct Corpus {
    pub train: Vec<Example>,
    /// How many of `train`, from the start, are Jigsaw comments.
    pub jigsaw_train: usize,
    pub held_out: Vec<Labelled>,
    pub held_out_ru: Vec<Labelled>,
    pub held_out_tr: Vec<Labelled>,
}

pub fn load_corpus(inputs: &Inputs, weights: SourceWeights) -> anyhow::Result<Corpus> {
    let data = inputs.toxicity.as_path();
    let terms = obscene_terms(data)?;
    let derive_obscene =
        |text: &str, abusive: bool| abusive && !terms.find(&Normalized::new(text)).is_empty();

    let six: HashMap<String, Labelled> = read_labelled_csv(&data.join(JIGSAW_SIX_LABELS), None)?
        .into_iter()
        .map(|l| (l.text.clone(), l))
        .collect();
    let mut train_set = Vec::new();
    let mut held_out = Vec::new();
    for file in JIGSAW {
        for row in read_labelled_csv(&data.join(file), None)? {
            let known = six.get(&row.text);
            let abusive = known.and_then(|k| k.abusive).or(row.abusive);
            let Some(abusive) = abusive else { continue };
            let obscene = known
                .and_then(|k| k.obscene)
                .unwrap_or_else(|| derive_obscene(&row.text, abusive));
            if is_held_out(&row.text) {
                held_out.push(Labelled {
                    text: row.text,
                    abusive: Some(abusive),
                    obscene: known.and_then(|k| k.obscene),
                });
            } else {
                train_set.push(Example {
                    labels: [Some(abusive), Some(obscene)],
                    text: row.text,
                    weight: 1.0,
                });
            }
        }
    }

    let jigsaw_train = train_set.len();
    let mut push_other = |text: String, abusive: bool, weight: f32| {
        if weight <= 0.0 {
            return;
        }
        let obscene = derive_obscene(&text, abusive);
        train_set.push(Example {
            text,
            labels: [Some(abusive), Some(obscene)],
            weight,
        });
    };
    for row in read_labelled_csv(&data.join(DAVIDSON), None)? {
        if let Some(abusive) = row.abusive {
            push_other(row.text, abusive, weights.tweets);
        }
    }
    for dir in TWEETEVAL {
        // The `val` splits stay out of training: they are the rows on which Tribune and
        // alt-profanity-check are compared (scripts/bench-profanity-check.py).
        for split in ["train"] {
            let texts = read_lines(&data.join(dir).join(format!("{split}_text.txt")))?;
            let labels = read_lines(&data.join(dir).join(format!("{split}_labels.txt")))?;
            for (text, label) in texts.into_iter().zip(labels) {
                push_other(text, label.trim() == "1", weights.tweets);
            }
        }
    }
    let mut spans = open_csv(&data.join(TOXIC_SPANS))?;
    for (line, record) in spans.records().enumerate() {
        let record = record?;
        let (Some(offsets), Some(text)) = (record.get(0), record.get(1)) else {
            continue;
        };
        let offsets: Vec<usize> = serde_json::from_str(offsets)
            .with_context(|| format!("{TOXIC_SPANS}: row {}: bad spans {offsets:?}", line + 2))?;
        if !offsets.is_empty() {
            push_other(blank_chars(text, &offsets), false, weights.news_spans);
        }
        push_other(text.to_owned(), true, weights.news_spans);
    }
    for row in read_labelled_csv(&data.join(PARADETOX), None)? {
        if let Some(abusive) = row.abusive {
            push_other(row.text, abusive, weights.paradetox);
        }
    }
    for row in read_labelled_csv(&inputs.contrasts, None)? {
        if let Some(abusive) = row.abusive {
            push_other(row.text, abusive, weights.contrasts);
        }
    }
    let mut held_out_ru = Vec::new();
    let mut held_out_tr = Vec::new();
    for (file, held) in [(RUSSIAN, &mut held_out_ru), (TURKISH, &mut held_out_tr)] {
        for row in read_labelled_csv(&inputs.multilingual.join(file), None)? {
            let Some(abusive) = row.abusive else { continue };
            if is_held_out(&row.text) {
                held.push(row);
            } else if weights.multilingual > 0.0 {
                train_set.push(Example {
                    text: row.text,
                    labels: [Some(abusive), None],
                    weight: weights.multilingual,
                });
            }
        }
    }
    Ok(Corpus {
        train: train_set,
        jigsaw_train,
        held_out,
        held_out_ru,
        held_out_tr,
    })
}

/// Where the Russian or Turkish held-out rows go beside `held_out.csv`:
/// `held_out.ru.csv`, `held_out.tr.csv`.
pub fn language_split_path(held_out: &Path, language: &str) -> PathBuf {
    let stem = held_out
        .file_stem()
        .map_or_else(|| "held-out".into(), |s| s.to_string_lossy().into_owned());
    held_out.with_file_name(format!("{stem}.{language}.csv"))
}

fn write_held_out(path: &Path, rows: &[Labelled]) -> anyhow::Result<()> {
    let mut writer =
        csv::Writer::from_path(path).with_context(|| format!("cannot write {}", path.display()))?;
    writer.write_record(["comment_text", "toxic", "obscene"])?;
    for row in rows {
        let label = |v: Option<bool>| v.map_or(String::new(), |v| u8::from(v).to_string());
        writer.write_record([row.text.as_str(), &label(row.abusive), &label(row.obscene)])?;
    }
    writer.flush()?;
    eprintln!("wrote {} held-out rows to {}", rows.len(), path.display());
    Ok(())
}

/// The text with the chars at `offsets` (char indices, as the toxic spans data counts them)
/// replaced by spaces.
fn blank_chars(text: &str, offsets: &[usize]) -> String {
    let blank: std::collections::HashSet<usize> = offsets.iter().copied().collect();
    text.chars()
        .enumerate()
        .map(|(i, c)| if blank.contains(&i) { ' ' } else { c })
        .collect()
}

/// `tribune train`.
pub fn run_train(
    inputs: &Inputs,
    out: &Path,
    held_out_csv: Option<&Path>,
    weights: SourceWeights,
    options: &TrainOptions,
) -> anyhow::Result<()> {
    if !inputs.toxicity.join(JIGSAW[0]).exists() {
        bail!(
            "{} does not look like the toxicity data folder (missing {}); pass --data ../shared/data/toxicity",
            inputs.toxicity.display(),
            JIGSAW[0]
        );
    }
    if !inputs.multilingual.join(RUSSIAN).exists() {
        bail!(
            "{} does not look like the multilingual data folder (missing {RUSSIAN}); pass --multilingual ../shared/data/multilingual",
            inputs.multilingual.display(),
        );
    }
    let started = Instant::now();
    let classes = read_classes(inputs)?;
    let corpus = load_corpus(inputs, weights)?;
    let positives = corpus
        .train
        .iter()
        .filter(|e| e.labels[0] == Some(true))
        .count();
    let obscene = corpus
        .train
        .iter()
        .filter(|e| e.labels[1] == Some(true))
        .count();
    eprintln!(
        "loaded {} training texts ({positives} abusive, {obscene} obscene), {} held out, in {:.1}s",
        corpus.train.len(),
        corpus.held_out.len(),
        started.elapsed().as_secs_f32()
    );
    let mut model = train(
        &corpus.train,
        options,
        &classes,
        |label, iterations, loss| {
            eprintln!(
                "{}: {iterations} L-BFGS iterations, mean loss {loss:.4}",
                label.as_str()
            );
        },
    );
    // Jigsaw comments come first in the training set and are the in-domain ones.
    model.calibrate(&corpus.train[..corpus.jigsaw_train]);
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB) in {:.1}s",
        out.display(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f32()
    );
    if let Some(path) = held_out_csv {
        write_held_out(path, &corpus.held_out)?;
        write_held_out(&language_split_path(path, "ru"), &corpus.held_out_ru)?;
        write_held_out(&language_split_path(path, "tr"), &corpus.held_out_tr)?;
    }
    Ok(())
}

/// A deterministic disguise of a text, as an evader would write it: look-alike Cyrillic
/// letters, leetspeak, zero-width characters inside words, repeated letters, separators and
/// letters spaced out, each applied to some words chosen by position; and every other time
/// its position comes round, one of the words readers mask cut in two by a space (`stu pid`).
pub fn disguise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if (i / 6) % 2 == 1
            && letters.len() >= 4
            && letters.bytes().all(|b| b.is_ascii_alphabetic())
            && moderation::normalize::is_masked_word(&letters.to_ascii_lowercase())
        {
            let (head, tail) = word.split_at(letters.len() / 2);
            out.push_str(head);
            out.push(' ');
            out.push_str(tail);
            continue;
        }
        let style = i % 6;
        for (j, c) in word.chars().enumerate() {
            let lower = c.to_ascii_lowercase();
            match (style, lower) {
                (0, 'a') => out.push('а'), // Cyrillic a
                (0, 'e') => out.push('е'), // Cyrillic e
                (0, 'o') => out.push('о'), // Cyrillic o
                (0, 'c') => out.push('с'), // Cyrillic es
                (1, 'a') => out.push('4'),
                (1, 'e') => out.push('3'),
                (1, 'o') => out.push('0'),
                (1, 's') => out.push('$'),
                (2, _) if j > 0 && c.is_alphabetic() => {
                    out.push('\u{200b}');
                    out.push(c);
                }
                (3, _) if j == 1 && c.is_alphabetic() => {
                    out.push(c);
                    out.push(c);
                    out.push(c);
                }
                (4, _) if j > 0 && c.is_alphabetic() && word.len() <= 6 => {
                    out.push('.');
                    out.push(c);
                }
                (5, _) if j > 0 && c.is_alphabetic() && word.len() <= 6 => {
                    out.push(' ');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

/// One case of a functional suite (`scripts/functional-suite.py`).
#[derive(Debug, serde::Deserialize)]
struct FunctionalCase {
    functionality: String,
    lang: String,
    /// 1: the house rules should hold or refuse it; 0: allow it.
    label: u8,
    text: String,
}

/// Whether a CSV is a functional suite (it has a `functionality` column).
fn is_functional_suite(path: &Path) -> anyhow::Result<bool> {
    Ok(open_csv(path)?
        .headers()?
        .iter()
        .any(|h| h == "functionality"))
}

/// `tribune eval` of a functional suite: the share of right decisions per functionality and
/// language (hateful cases must be held or refused, the others allowed), then the hateful
/// and non-hateful shares separately, so that flagging everything cannot pass.
fn run_functional(csv_path: &Path, policy: &Policy) -> anyhow::Result<String> {
    let mut reader = open_csv(csv_path)?;
    let mut groups: std::collections::BTreeMap<(String, String, u8), (usize, usize)> =
        Default::default();
    for (line, case) in reader.deserialize::<FunctionalCase>().enumerate() {
        let case = case.with_context(|| format!("{}: row {}", csv_path.display(), line + 2))?;
        let flagged = policy.evaluate(&case.text).decision != moderation::Decision::Allow;
        let right = flagged == (case.label == 1);
        let entry = groups
            .entry((case.lang, case.functionality, case.label))
            .or_default();
        entry.0 += usize::from(right);
        entry.1 += 1;
    }
    if groups.is_empty() {
        bail!("{}: no cases", csv_path.display());
    }
    let mut report = format!("functional suite {}\n", csv_path.display());
    let share = |(right, all): (usize, usize)| 100.0 * right as f64 / all.max(1) as f64;
    let mut totals: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for ((lang, functionality, label), counts) in &groups {
        let kind = if *label == 1 {
            "hateful"
        } else {
            "non-hateful"
        };
        report.push_str(&format!(
            "{lang}  {functionality:<22} {kind:<11} {:>5.1}%  ({} of {})\n",
            share(*counts),
            counts.0,
            counts.1
        ));
        let mut add = |key: String| {
            let t = totals.entry(key).or_default();
            t.0 += counts.0;
            t.1 += counts.1;
        };
        add(format!("{lang} {kind}"));
        add(format!("all {kind}"));
        if *label == 1 && functionality.starts_with("threat") {
            add(format!("{lang} threats"));
        }
    }
    for (key, counts) in totals {
        report.push_str(&format!(
            "{key:<18} {:>5.1}%  ({} of {})\n",
            share(counts),
            counts.0,
            counts.1
        ));
    }
    Ok(report)
}

/// `tribune eval`: ROC AUC per label, precision and recall at the policy's thresholds, and
/// throughput of the full verdict; for a functional suite, the share of right decisions per
/// functionality instead.
pub fn run_eval(
    csv_path: &Path,
    labels: Option<&Path>,
    policy: &Policy,
    disguised: bool,
) -> anyhow::Result<String> {
    if labels.is_none() && !disguised && is_functional_suite(csv_path)? {
        return run_functional(csv_path, policy);
    }
    let mut rows = read_labelled_csv(csv_path, labels)?;
    if rows.is_empty() {
        bail!("{}: no rows", csv_path.display());
    }
    if disguised {
        for row in &mut rows {
            row.text = disguise(&row.text);
        }
    }
    let classifier: &Classifier = policy.classifier();
    let started = Instant::now();
    let verdicts: Vec<_> = rows.iter().map(|r| policy.evaluate(&r.text)).collect();
    let elapsed = started.elapsed();
    let mut report = format!(
        "{} rows from {}{}\n",
        rows.len(),
        csv_path.display(),
        if disguised { " (disguised)" } else { "" }
    );
    let mut aucs = Vec::new();
    for label in Label::ALL {
        let truth = |r: &Labelled| match label {
            Label::Abusive => r.abusive,
            Label::Obscene => r.obscene,
        };
        let mut scored: Vec<(f32, bool)> = rows
            .iter()
            .zip(&verdicts)
            .filter_map(|(r, v)| {
                // The house rules' view of a label: the classifier's score, or the F-word
                // rule's when that is higher (the classifier does not read the F word).
                let score = match label {
                    Label::Abusive => v.scores.abusive,
                    Label::Obscene => v.scores.obscene,
                }
                .max(v.scores.fword);
                truth(r).map(|t| (score, t))
            })
            .collect();
        if scored.is_empty() {
            continue;
        }
        let positives = scored.iter().filter(|(_, y)| *y).count();
        let (hold, refuse) = policy.thresholds(label);
        let at = |threshold: f32| {
            let flagged = scored.iter().filter(|(s, _)| *s >= threshold).count();
            let hits = scored.iter().filter(|(s, y)| *s >= threshold && *y).count();
            let precision = if flagged == 0 {
                0.0
            } else {
                hits as f64 / flagged as f64
            };
            let recall = if positives == 0 {
                0.0
            } else {
                hits as f64 / positives as f64
            };
            (precision, recall)
        };
        let (hp, hr) = at(hold);
        let (rp, rr) = at(refuse);
        let auc = roc_auc(&mut scored);
        if let Some(a) = auc {
            aucs.push(a);
        }
        report.push_str(&format!(
            "{:<8} n={:<6} positives={:<5} ROC AUC {}  hold@{hold:.2}: precision {hp:.3} recall {hr:.3}  refuse@{refuse:.2}: precision {rp:.3} recall {rr:.3}\n",
            label.as_str(),
            scored.len(),
            positives,
            auc.map_or("n/a".to_owned(), |a| format!("{a:.4}")),
        ));
    }
    if !aucs.is_empty() {
        report.push_str(&format!(
            "mean ROC AUC {:.4}\n",
            aucs.iter().sum::<f64>() / aucs.len() as f64
        ));
    }
    let chars: usize = rows.iter().map(|r| r.text.len()).sum();
    report.push_str(&format!(
        "throughput: {:.0} verdicts/s on one core (mean {:.0} bytes a text); classifier {:?}\n",
        rows.len() as f64 / elapsed.as_secs_f64(),
        chars as f64 / rows.len() as f64,
        classifier,
    ));
    Ok(report)
}

/// The default location of the shipped model, for `tribune train --out`.
pub fn default_model_path() -> PathBuf {
    PathBuf::from("crates/moderation/data/classifier.bin")
}

/// The default names of groups of people, written by hand.
pub fn default_identities_path() -> PathBuf {
    PathBuf::from("crates/moderation/data/identities.txt")
}

/// The default word classes, made by `scripts/word-classes.py`.
pub fn default_classes_path() -> PathBuf {
    PathBuf::from("crates/moderation/data/word-classes.txt")
}

/// The default contrast cases, made by `scripts/contrast-cases.py`.
pub fn default_contrasts_path() -> PathBuf {
    PathBuf::from("crates/tribune/data/contrasts.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disguise_changes_text_and_normalization_undoes_most_of_it() {
        let text = "you are a complete idiot and everyone knows it";
        let d = disguise(text);
        assert_ne!(d, text);
        let restored = Normalized::new(&d).text_for_classifier();
        let words_kept = restored.split(' ').filter(|w| text.contains(w)).count();
        assert!(words_kept >= 7, "{restored}");
        // A word readers mask, cut in two where its position comes round the second time.
        let text = "one two three four five six you stupid bitch, he said";
        let d = disguise(text);
        assert!(d.contains("stu pid bi tch,"), "{d}");
        let restored = Normalized::new(&d).text_for_classifier();
        assert!(restored.contains("stupid bitch"), "{restored}");
    }

    #[test]
    fn held_out_split_is_stable() {
        assert_eq!(is_held_out("hello"), is_held_out("hello"));
        let share = (0..1000)
            .filter(|i| is_held_out(&format!("row {i}")))
            .count();
        assert!((150..250).contains(&share), "{share}");
    }
}
