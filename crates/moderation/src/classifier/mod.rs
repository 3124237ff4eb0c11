//! The abuse and obscenity classifier: logistic regression over hashed features of the
//! normalized text, one output per label.
//!
//! Why this design: a linear model over word and character n-grams is what held the top of the
//! Jigsaw toxic-comment leaderboards for single fast models (ROC AUC around 0.97–0.98), it runs
//! in a few microseconds on one core with no allocation beyond the normalized text, its weights
//! are a flat table that `include_bytes!` embeds, and every score decomposes into per-word
//! contributions, which is how a verdict explains *which span* made it abusive. Because it reads
//! the [`Normalized`] text, the disguises that the F-word rule undoes (look-alikes, leet,
//! separators, repeated letters) do not evade it either.
//!
//! Features (`features.rs`), hashed into `2^bits` buckets: each word, each pair of adjacent
//! words, the character 4- and 5-grams of each word padded with spaces, and each word's class
//! of words that mean alike ([`WordClasses`]) beside its neighbours; word-level features inside
//! a negation or a report are kept apart. A text's feature vector is scaled to unit length, so
//! long and short comments are comparable.
//!
//! Training ([`train`], in `training.rs`) minimizes the L2-regularized logistic loss by L-BFGS
//! to its optimum, on features scaled by their naive Bayes log-count ratios (NB-SVM style,
//! which lifted held-out ROC AUC by about 0.008): the same data gives the same weights, byte
//! for byte.

mod features;
mod known;
mod training;

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::normalize::Normalized;
use crate::rules::{find_fword, foreign};
use crate::word_classes::WordClasses;
use features::{for_each_feature, Features};
pub(crate) use features::{word_hash, MixedHash};
use known::{KnownWord, KnownWords};
pub use training::{train, Example, TrainOptions};

/// The labels the classifier scores, in the order of its outputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Insults, threats, identity hate, harassment.
    Abusive,
    /// Sexual and scatological language.
    Obscene,
}

impl Label {
    pub const ALL: [Label; 2] = [Label::Abusive, Label::Obscene];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Abusive => "abusive",
            Label::Obscene => "obscene",
        }
    }
}

const N_LABELS: usize = Label::ALL.len();
const MAGIC: &[u8; 4] = b"TRBC";
/// 2: the word classes follow the weights.
const FORMAT_VERSION: u32 = 3;

/// Scores in `[0, 1]` per label.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Scores {
    pub abusive: f32,
    pub obscene: f32,
}

impl Scores {
    pub fn get(&self, label: Label) -> f32 {
        match label {
            Label::Abusive => self.abusive,
            Label::Obscene => self.obscene,
        }
    }
}

/// A trained model. Weights are stored as `i16` with one scale per label, which halves the
/// embedded size against `f32` and costs under 0.001 of ROC AUC.
#[derive(Clone)]
pub struct Classifier {
    bits: u32,
    bias: [f32; N_LABELS],
    scale: [f32; N_LABELS],
    /// Interleaved per bucket: `weights[bucket * N_LABELS + label]`.
    weights: Vec<i16>,
    /// The word classes the model was trained with (part of its features).
    classes: WordClasses,
    /// The grams of the words it knows, summed (see `known.rs`) when it first scores a text:
    /// a process that loads the model and scores nothing does not pay for them.
    known: OnceLock<KnownWords>,
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("bits", &self.bits)
            .field("bias", &self.bias)
            .finish_non_exhaustive()
    }
}

/// A model file that cannot be read.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a Tribune classifier model (bad magic bytes)")]
    BadMagic,
    #[error("model format version {0} is not supported (expected {FORMAT_VERSION})")]
    Version(u32),
    #[error("model file is truncated or has a bad size")]
    Truncated,
}

/// The words the F-word rule and its Russian and Turkish counterparts own. The classifier
/// neither learns from them nor reads them: otherwise the n-grams of the F word (`uck`,
/// `cker`) leak toxicity onto innocent words that share them ("the mayor of Uckermark"), and
/// the policy's switches for these rules would be overruled by an obscenity score.
pub fn fword_ranges(text: &str, n: &Normalized) -> Vec<Range<usize>> {
    find_fword(text, n)
        .into_iter()
        .map(|hit| hit.chars)
        .chain(foreign::find(text, n).into_iter().map(|hit| hit.chars))
        .collect()
}

pub(super) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Classifier {
    /// The model that ships with Tribune, built by `tribune train`.
    pub fn embedded() -> Result<Self, ModelError> {
        Self::from_bytes(include_bytes!("../../data/classifier.bin"))
    }

    /// The [`embedded`](Classifier::embedded) model, read once a process and shared by every
    /// policy.
    pub fn shared() -> Result<Arc<Self>, ModelError> {
        static SHARED: OnceLock<Result<Arc<Classifier>, ModelError>> = OnceLock::new();
        SHARED
            .get_or_init(|| Classifier::embedded().map(Arc::new))
            .clone()
    }

    fn new(
        bits: u32,
        bias: [f32; N_LABELS],
        scale: [f32; N_LABELS],
        weights: Vec<i16>,
        classes: WordClasses,
    ) -> Classifier {
        Classifier {
            bits,
            bias,
            scale,
            weights,
            classes,
            known: OnceLock::new(),
        }
    }

    fn known(&self) -> &KnownWords {
        self.known.get_or_init(|| KnownWords::of(self))
    }

    fn bucket(&self, hash: u64) -> usize {
        features::bucket(self.bits, hash)
    }

    /// Adds the weights of the feature with this hash to each label's sum.
    fn add_weights(&self, hash: u64, sums: &mut [i64; N_LABELS]) {
        let b = self.bucket(hash) * N_LABELS;
        for (sum, &w) in sums.iter_mut().zip(&self.weights[b..b + N_LABELS]) {
            *sum += i64::from(w);
        }
    }

    /// Per-label scores for a normalized text.
    pub fn score(&self, n: &Normalized) -> Scores {
        self.score_without(n, &[])
    }

    /// Scores the text without the words inside `skip` (normalized char ranges): the policy
    /// leaves out masked F-words, which have a rule and a policy switch of their own.
    pub fn score_without(&self, n: &Normalized, skip: &[Range<usize>]) -> Scores {
        let x = self.weighted_sums(n, skip);
        Scores {
            abusive: sigmoid(self.bias[0] + x[0]),
            obscene: sigmoid(self.bias[1] + x[1]),
        }
    }

    /// Each label's logit before its bias: the weights of the text's features, scaled to a
    /// unit-length feature vector.
    fn weighted_sums(&self, n: &Normalized, skip: &[Range<usize>]) -> [f32; N_LABELS] {
        let mut sums = Sums {
            classifier: self,
            sums: [0; N_LABELS],
            count: 0,
        };
        for_each_feature(n, skip, &self.classes, &mut sums);
        let norm = 1.0 / (sums.count.max(1) as f32).sqrt();
        std::array::from_fn(|l| sums.sums[l] as f32 * self.scale[l] * norm)
    }

    /// The words that pushed `label`'s score up the most, strongest first: `(normalized char
    /// range of the word, contribution to the logit)`. At most `limit` words, all positive.
    pub fn explain(
        &self,
        n: &Normalized,
        skip: &[Range<usize>],
        label: Label,
        limit: usize,
    ) -> Vec<(Range<usize>, f32)> {
        let l = label as usize;
        let mut per_word = vec![0i64; n.words().len()];
        let mut count = 0u32;
        for_each_feature(n, skip, &self.classes, &mut |wi, h| {
            per_word[wi] += i64::from(self.weights[self.bucket(h) * N_LABELS + l]);
            count += 1;
        });
        let norm = 1.0 / (count.max(1) as f32).sqrt();
        let mut words: Vec<(Range<usize>, f32)> = per_word
            .into_iter()
            .enumerate()
            .map(|(wi, s)| (n.words()[wi].chars.clone(), s as f32 * self.scale[l] * norm))
            .filter(|(_, c)| *c > 0.0)
            .collect();
        words.sort_by(|a, b| b.1.total_cmp(&a.1));
        // Words far weaker than the strongest ("what", "the") explain nothing.
        let floor = words.first().map_or(0.0, |w| w.1 / 4.0);
        words.retain(|w| w.1 >= floor);
        words.truncate(limit);
        words
    }

    /// Refits each label's bias so that the mean predicted probability on `examples` equals
    /// their share of positives (weights unchanged, so rankings and ROC AUC are too). Training
    /// mixes sources with very different shares of abuse (tweets annotated for offence, a set
    /// of toxic-only spans); calibrating on in-domain comments puts the scores back on the
    /// scale of a comment section, which is what the policy thresholds are about.
    pub fn calibrate(&mut self, examples: &[Example]) {
        let logits: Vec<([f32; N_LABELS], [Option<bool>; N_LABELS])> = examples
            .iter()
            .map(|e| {
                let n = Normalized::new(&e.text);
                (self.weighted_sums(&n, &fword_ranges(&e.text, &n)), e.labels)
            })
            .collect();
        for l in 0..N_LABELS {
            let labelled: Vec<(f32, bool)> = logits
                .iter()
                .filter_map(|(x, y)| y[l].map(|y| (x[l], y)))
                .collect();
            if labelled.is_empty() {
                continue;
            }
            let target = labelled.iter().filter(|(_, y)| *y).count() as f64 / labelled.len() as f64;
            let mean_at = |b: f32| {
                labelled
                    .iter()
                    .map(|(x, _)| f64::from(sigmoid(b + x)))
                    .sum::<f64>()
                    / labelled.len() as f64
            };
            // The mean probability rises with the bias: bisect.
            let (mut lo, mut hi) = (-20.0f32, 20.0f32);
            for _ in 0..60 {
                let mid = (lo + hi) / 2.0;
                if mean_at(mid) < target {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            self.bias[l] = (lo + hi) / 2.0;
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 + self.weights.len() * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        for l in 0..N_LABELS {
            out.extend_from_slice(&self.bias[l].to_le_bytes());
            out.extend_from_slice(&self.scale[l].to_le_bytes());
        }
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        self.classes.write(&mut out);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let header = 12 + N_LABELS * 8;
        if bytes.len() < header {
            return Err(ModelError::Truncated);
        }
        if &bytes[..4] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let f32_at = |i: usize| f32::from_bits(u32_at(i));
        let version = u32_at(4);
        if version != FORMAT_VERSION {
            return Err(ModelError::Version(version));
        }
        let bits = u32_at(8);
        if !(8..=26).contains(&bits) {
            return Err(ModelError::Truncated);
        }
        let mut bias = [0.0; N_LABELS];
        let mut scale = [0.0; N_LABELS];
        for l in 0..N_LABELS {
            bias[l] = f32_at(12 + l * 8);
            scale[l] = f32_at(16 + l * 8);
        }
        let expected = features::buckets(bits) * N_LABELS * 2;
        let body = &bytes[header..];
        if body.len() < expected {
            return Err(ModelError::Truncated);
        }
        let (weights, classes) = body.split_at(expected);
        let weights = weights
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let classes = WordClasses::read(classes).ok_or(ModelError::Truncated)?;
        Ok(Classifier::new(bits, bias, scale, weights, classes))
    }
}

/// Each label's weighted sum of a text's features, and how many they are.
struct Sums<'a> {
    classifier: &'a Classifier,
    sums: [i64; N_LABELS],
    count: u32,
}

impl Features for Sums<'_> {
    fn feature(&mut self, _: usize, hash: u64) {
        self.classifier.add_weights(hash, &mut self.sums);
        self.count += 1;
    }

    fn known(&self) -> Option<&KnownWords> {
        Some(self.classifier.known())
    }

    fn summed(&mut self, _: usize, known: &KnownWord) {
        for (sum, add) in self.sums.iter_mut().zip(known.sums) {
            *sum += i64::from(add);
        }
        self.count += u32::from(known.grams);
    }
}

/// ROC AUC of scores against binary truth (the probability that a random positive outranks a
/// random negative, ties counting half). A score is a number, or a tuple of them compared in
/// order (a tie on the first broken by the second). `None` when one class is missing.
pub fn roc_auc<K: PartialOrd>(scored: &mut [(K, bool)]) -> Option<f64> {
    // Scores are numbers or tuples of them, never NaN.
    scored.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
    let positives = scored.iter().filter(|(_, y)| *y).count() as f64;
    let negatives = scored.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return None;
    }
    // Sum of positive ranks, with ties given their average rank.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < scored.len() {
        let mut j = i;
        while j < scored.len() && scored[j].0 == scored[i].0 {
            j += 1;
        }
        let avg_rank = (i + j + 1) as f64 / 2.0;
        rank_sum += avg_rank * scored[i..j].iter().filter(|(_, y)| *y).count() as f64;
        i = j;
    }
    Some((rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_corpus() -> Vec<Example> {
        let abusive = [
            "you are a worthless idiot",
            "shut up you moron",
            "idiot troll go away",
        ];
        let fine = [
            "thanks for the thoughtful article",
            "the minister spoke today",
            "i agree with the analysis",
        ];
        abusive
            .iter()
            .map(|t| (t, true))
            .chain(fine.iter().map(|t| (t, false)))
            .map(|(t, y)| Example {
                text: (*t).to_owned(),
                labels: [Some(y), None],
                weight: 1.0,
            })
            .collect()
    }

    #[test]
    fn learns_a_separable_toy_set_and_round_trips() {
        let options = TrainOptions {
            bits: 12,
            ..TrainOptions::default()
        };
        let model = train(
            &tiny_corpus(),
            &options,
            &WordClasses::default(),
            |_, _, _| {},
        );
        let bad = model.score(&Normalized::new("what an 1d10t"));
        let good = model.score(&Normalized::new("a thoughtful analysis"));
        assert!(bad.abusive > good.abusive, "{bad:?} vs {good:?}");
        let again = Classifier::from_bytes(&model.to_bytes()).expect("round trip");
        assert_eq!(
            again.score(&Normalized::new("idiot")),
            model.score(&Normalized::new("idiot"))
        );
        let explained = model.explain(&Normalized::new("thanks, idiot"), &[], Label::Abusive, 1);
        assert_eq!(explained[0].0, 6..11, "the word `idiot` carries the score");
    }

    #[test]
    fn r14_word_classes_carry_what_was_learnt_to_neighbours() {
        let corpus: Vec<Example> = [
            ("i will kill you", true),
            ("we will kill him", true),
            ("i will call you", false),
            ("we will call him", false),
            ("thanks for the article", false),
        ]
        .iter()
        .map(|(t, y)| Example {
            text: (*t).to_owned(),
            labels: [Some(*y), None],
            weight: 1.0,
        })
        .collect();
        let classes = WordClasses::parse("kill 1\nmurder 1\ncall 2\nphone 2\n").expect("table");
        // Five texts: light smoothing, or the ratios of words seen once or twice say little.
        let options = TrainOptions {
            bits: 12,
            nb_alpha: Some(0.5),
            ..TrainOptions::default()
        };
        let with = train(&corpus, &options, &classes, |_, _, _| {});
        let without = train(&corpus, &options, &WordClasses::default(), |_, _, _| {});
        let gap = |m: &Classifier| {
            m.score(&Normalized::new("they will murder her")).abusive
                - m.score(&Normalized::new("they will phone her")).abusive
        };
        assert!(gap(&with) > 0.1, "{}", gap(&with));
        assert!(
            gap(&with) > gap(&without) + 0.05,
            "{} vs {}",
            gap(&with),
            gap(&without)
        );
        let again = Classifier::from_bytes(&with.to_bytes()).expect("round trip");
        assert_eq!(gap(&again), gap(&with), "the classes travel with the model");
    }

    #[test]
    fn training_is_deterministic() {
        let options = TrainOptions {
            bits: 10,
            ..TrainOptions::default()
        };
        let trained = || {
            train(
                &tiny_corpus(),
                &options,
                &WordClasses::default(),
                |_, _, _| {},
            )
            .to_bytes()
        };
        assert_eq!(trained(), trained());
    }

    #[test]
    fn rejects_bad_model_files() {
        assert_eq!(
            Classifier::from_bytes(b"nope").expect_err("too short"),
            ModelError::Truncated
        );
        let mut bytes = vec![0u8; 64];
        bytes[..4].copy_from_slice(b"NOPE");
        assert_eq!(
            Classifier::from_bytes(&bytes).expect_err("bad magic"),
            ModelError::BadMagic
        );
    }

    #[test]
    fn auc_counts_ties_as_half() {
        assert_eq!(roc_auc(&mut [(0.1, false), (0.9, true)]), Some(1.0));
        assert_eq!(roc_auc(&mut [(0.5, false), (0.5, true)]), Some(0.5));
        assert_eq!(roc_auc(&mut [(0.5, true)]), None);
        // A tie on the first score is broken by the second.
        let mut tied = [((1.0, 0.2), false), ((1.0, 0.7), true), ((0.3, 0.3), false)];
        assert_eq!(roc_auc(&mut tied), Some(1.0));
    }

    #[test]
    fn embedded_model_loads() {
        Classifier::embedded().expect("the shipped model parses");
    }

    #[test]
    fn known_words_add_what_their_grams_add_one_by_one() {
        let classifier = Classifier::shared().expect("the shipped model");
        assert!(classifier.known().len() > 20_000, "the vocabulary's words");
        for text in [
            "The minister's statement leaves out the one number that matters.",
            "You are a moooron and a disgrace, go back under your rock",
            "Ты дурак, и это не новость",
            "siktir git, bu ne biçim yorum",
            "kill kill kill kill the bill",
        ] {
            let n = Normalized::new(text);
            let mut one_by_one = [0i64; N_LABELS];
            let mut count = 0;
            for_each_feature(&n, &[], &classifier.classes, &mut |_, h| {
                classifier.add_weights(h, &mut one_by_one);
                count += 1;
            });
            let mut sums = Sums {
                classifier: &classifier,
                sums: [0; N_LABELS],
                count: 0,
            };
            for_each_feature(&n, &[], &classifier.classes, &mut sums);
            assert_eq!((sums.sums, sums.count), (one_by_one, count), "{text}");
        }
    }
}
