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
//! - **Sentences from outside the rules** (`crates/moderation/tests/fixtures/outside-sets.txt`,
//!   read by `--outside`): attacks phrased as readers phrase them, each beside civil
//!   look-alikes, written by hand set by set to try the house rules (docs/benchmarks.md).
//!   Composed sentences teach the frames; these teach the many ways round them. A new set's
//!   first reading is taken before its sentences join the file, so what the model learns
//!   from them is measured on sentences it has not seen.
//!
//! TweetEval's `val` splits are left out of training too, as a second held-out set that no
//! model compared here has seen.
//!
//! The held-out splits are one row in five of Jigsaw, of the Russian and of the Turkish
//! comments, chosen by a hash of the text, so they are the same on every machine and never
//! seen in training.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use moderation::classifier::{train, TrainOptions};

mod corpus;
mod eval;

pub use corpus::{civil_tweets, read_labelled_csv, SourceWeights, JIGSAW, TWEETEVAL_OFFENSIVE};
use corpus::{language_split_path, load_corpus, read_classes, write_held_out, RUSSIAN};
pub use eval::run_eval;

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
    /// The sentences written from outside the rules
    /// (`crates/moderation/tests/fixtures/outside-sets.txt`, see the module doc).
    pub outside: PathBuf,
    /// The word classes table (`crates/moderation/data/word-classes.txt`).
    pub classes: PathBuf,
    /// The names of groups of people (`crates/moderation/data/identities.txt`), which join the
    /// classes as one class the classifier reads as one word.
    pub identities: PathBuf,
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

/// The default sentences from outside the rules, written by hand.
pub fn default_outside_path() -> PathBuf {
    PathBuf::from("crates/moderation/tests/fixtures/outside-sets.txt")
}
