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
//! Features, hashed into `2^bits` buckets: each word, each pair of adjacent words, and the
//! character 4- and 5-grams of each word padded with spaces. A text's feature vector is scaled to
//! unit length, so long and short comments are comparable.
//!
//! Training ([`train`]) is plain AdaGrad over the logistic loss with L2 regularization and a
//! fixed shuffling seed, on features scaled by their naive Bayes log-count ratios (NB-SVM
//! style, which lifted held-out ROC AUC by about 0.008): the same data gives the same weights,
//! byte for byte.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::normalize::Normalized;
use crate::rules::{find_fword, foreign};
use crate::word_classes::{squeezed, WordClasses};

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
const FORMAT_VERSION: u32 = 2;

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
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
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

/// Character n-gram lengths (in characters: bytes for ASCII). Shorter grams (`mor`, `hos`) spread the weight of
/// `moron` and `hoes` onto "Morale" and "hospital"; see docs/benchmarks.md for the sweep.
const MIN_GRAM: usize = 4;
const MAX_GRAM: usize = 5;

/// The FxHash step: fast, and the same on every platform so the model is portable.
#[inline(always)]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[inline(always)]
fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| mix(h, u64::from(b)))
}

/// The hash of a word's feature (the word padded with spaces), which also keys
/// [`WordClasses`].
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    mix(hash_bytes(mix(1, u64::from(b' ')), word), u64::from(b' '))
}

/// Calls `f(word_index, hash)` for every feature of the text, leaving out the words whose
/// normalized chars fall inside one of the `skip` ranges.
///
/// A word read [`MAX_REPEATS`] times already is skipped with its features: `no no no ...`
/// three hundred times is the text `no no`, not three hundred times the evidence of it
/// (summed and scaled by the square root of their count, repeated features would otherwise
/// push any score towards 0 or 1 as the text grows: that refused such a text as abusive 0.97).
///
/// A word with a [`WordClasses`] class also gives its class, and the class beside the previous
/// word and its class: `are` + (class of `rats`), (class of `kill`) + `you`.
fn for_each_feature(
    n: &Normalized,
    skip: &[Range<usize>],
    classes: &WordClasses,
    mut f: impl FnMut(usize, u64),
) {
    let mut word = Vec::with_capacity(32);
    let mut bounds = Vec::new();
    let mut prev_word_hash: Option<u64> = None;
    let mut prev_class: Option<u64> = None;
    let mut scope = Scope::default();
    let mut seen: HashMap<u64, u8, BuildHasherDefault<MixedHash>> = HashMap::default();
    for (wi, w) in n.words().iter().enumerate() {
        if skip
            .iter()
            .any(|s| s.start <= w.chars.start && w.chars.end <= s.end)
        {
            // The words on either side of a skipped one are not neighbours: "what the f*ck
            // is this" must not teach that "the is" is obscene.
            prev_word_hash = None;
            prev_class = None;
            continue;
        }
        // Padded with spaces so that n-grams know where the word starts and ends.
        word.clear();
        word.push(b' ');
        n.classifier_word(w, &mut word);
        word.push(b' ');
        if word.len() == 2 {
            continue;
        }
        let mut word_hash = hash_bytes(1, &word);
        // A stretched word (`yooou`, cut to `yoou` above) that is a known word once squeezed
        // is read as that word, n-grams and all.
        if !classes.knows(word_hash) {
            if let Some(short) = squeezed(&word[1..word.len() - 1]) {
                let short_hash = self::word_hash(&short);
                if classes.knows(short_hash) {
                    word.truncate(1);
                    word.extend_from_slice(&short);
                    word.push(b' ');
                    word_hash = short_hash;
                }
            }
        }
        let times = seen.entry(word_hash).or_insert(0);
        if *times >= MAX_REPEATS {
            continue;
        }
        *times += 1;
        // Word-level features inside a negation or a report are other features: "are vermin"
        // after "not" or "saying" is not the "are vermin" of a slur.
        let tag = scope.tag();
        let mut word_feature = |h: u64| f(wi, if tag == 0 { h } else { mix(mix(8, tag), h) });
        word_feature(word_hash);
        if let Some(p) = prev_word_hash {
            word_feature(mix(mix(2, p), word_hash));
        }
        let class = classes
            .get(word_hash, &word[1..word.len() - 1])
            .map(u64::from);
        if let Some(c) = class {
            word_feature(mix(4, c));
            if let Some(p) = prev_word_hash {
                word_feature(mix(mix(5, p), c));
            }
        }
        if let Some(pc) = prev_class {
            word_feature(mix(mix(6, pc), word_hash));
            if let Some(c) = class {
                word_feature(mix(mix(7, pc), c));
            }
        }
        prev_word_hash = Some(word_hash);
        prev_class = class;
        scope.after(&word[1..word.len() - 1]);
        if word.is_ascii() {
            // Character n-grams, all those starting at one position from one running hash:
            // five multiplications a position instead of fourteen.
            for start in 0..word.len() - 1 {
                let mut h = mix(3, u64::from(word[start]));
                for (len, &b) in (2..).zip(&word[start + 1..word.len().min(start + MAX_GRAM)]) {
                    h = mix(h, u64::from(b));
                    if len >= MIN_GRAM {
                        f(wi, h);
                    }
                }
            }
        } else {
            // The same grams counted in characters, so that a Cyrillic gram (two bytes a
            // letter) spans as many letters as a Latin one; for ASCII both give the same hashes.
            bounds.clear();
            bounds.extend((0..word.len()).filter(|&i| (word[i] as i8) >= -0x40));
            bounds.push(word.len());
            for start in 0..bounds.len() - 2 {
                let mut h = 3;
                for (len, end) in (1..).zip(&bounds[start + 1..]) {
                    if len > MAX_GRAM {
                        break;
                    }
                    let from = bounds[start + len - 1];
                    h = word[from..*end]
                        .iter()
                        .fold(h, |h, &b| mix(h, u64::from(b)));
                    if len >= MIN_GRAM {
                        f(wi, h);
                    }
                }
            }
        }
    }
}

/// The negation or report that the next few words are read in: "not", "never", `n't` open a
/// negation, "saying", "calling", "said" a report (counter-speech quotes what it condemns:
/// "saying X are vermin is disgusting"). Four words long, the usual reach of such a scope in
/// comments, where punctuation is unreliable.
#[derive(Clone, Copy, Debug, Default)]
struct Scope {
    kind: u64,
    left: u8,
}

impl Scope {
    const REACH: u8 = 4;

    /// 0 outside any scope, else which scope the current word is in.
    fn tag(&self) -> u64 {
        if self.left > 0 {
            self.kind
        } else {
            0
        }
    }

    /// Moves past one word (as the classifier reads it, unpadded).
    fn after(&mut self, word: &[u8]) {
        let opens = match word {
            b"not" | b"no" | b"never" | b"t" | b"nobody" | b"nothing" | b"without" | b"stop"
            | b"nor" | b"neither" => 1,
            b"saying" | b"say" | b"said" | b"says" | b"calling" | b"call" | b"called"
            | b"calls" | b"claim" | b"claims" | b"claiming" | b"accused" | b"accusing"
            | b"quote" | b"quoted" | b"denied" | b"deny" | b"denies" => 2,
            _ => 0,
        };
        if opens != 0 {
            *self = Scope {
                kind: opens,
                left: Self::REACH,
            };
        } else {
            self.left = self.left.saturating_sub(1);
        }
    }
}

/// How many times one word counts in a text.
const MAX_REPEATS: u8 = 2;

/// The hasher for word hashes that are already mixed: it keeps them as they are.
#[derive(Default)]
pub(crate) struct MixedHash(u64);

impl Hasher for MixedHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Classifier {
    /// The model that ships with Tribune, built by `tribune train`.
    pub fn embedded() -> Result<Self, ModelError> {
        Self::from_bytes(include_bytes!("../data/classifier.bin"))
    }

    fn bucket(&self, hash: u64) -> usize {
        (hash >> (64 - self.bits)) as usize
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
        let mut sums = [0i64; N_LABELS];
        let mut count = 0u32;
        for_each_feature(n, skip, &self.classes, |_, h| {
            let b = self.bucket(h) * N_LABELS;
            for (label, sum) in sums.iter_mut().enumerate() {
                *sum += i64::from(self.weights[b + label]);
            }
            count += 1;
        });
        let norm = 1.0 / (count.max(1) as f32).sqrt();
        std::array::from_fn(|l| sums[l] as f32 * self.scale[l] * norm)
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
        for_each_feature(n, skip, &self.classes, |wi, h| {
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
        let expected = (1usize << bits) * N_LABELS * 2;
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
        Ok(Classifier {
            bits,
            bias,
            scale,
            weights,
            classes,
        })
    }
}

/// One labelled training text. A label that the source does not annotate is `None` and
/// contributes no gradient for that output.
#[derive(Clone, Debug)]
pub struct Example {
    pub text: String,
    pub labels: [Option<bool>; N_LABELS],
    /// How much this example counts (in-domain news comments weigh more than tweets).
    pub weight: f32,
}

/// Training settings. The defaults are what `tribune train` ships with.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub bits: u32,
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Scale features by their naive Bayes log-count ratios, with this smoothing (see
    /// [`nb_ratios`]); `None` trains on plain presence features.
    pub nb_alpha: Option<f32>,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            bits: 18,
            epochs: 6,
            learning_rate: 0.1,
            l2: 1e-7,
            nb_alpha: Some(0.5),
            seed: 0x0074_7269_6275_6e65,
        }
    }
}

/// A small deterministic generator for shuffling (SplitMix64).
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Naive Bayes log-count ratios per bucket and label (Wang and Manning's NB-SVM features): how
/// much more often a feature appears in positive texts than in negative ones, with `alpha`
/// added to every count. A text's features are scaled by them before the logistic regression,
/// which then starts from what each n-gram says on its own; the product of weight and ratio is
/// what the model stores, so scoring is unchanged.
fn nb_ratios(
    featurized: &[(Vec<u32>, f32)],
    examples: &[Example],
    buckets: usize,
    alpha: f32,
) -> Vec<f32> {
    let alpha = f64::from(alpha);
    let mut positive = vec![0f64; buckets * N_LABELS];
    let mut negative = vec![0f64; buckets * N_LABELS];
    let mut seen = std::collections::HashSet::new();
    for ((features, _), example) in featurized.iter().zip(examples) {
        seen.clear();
        // Presence, not counts: a word repeated ten times is one piece of evidence.
        for &b in features.iter().filter(|&&b| seen.insert(b)) {
            for (l, label) in example.labels.iter().enumerate() {
                let k = b as usize * N_LABELS + l;
                match label {
                    Some(true) => positive[k] += f64::from(example.weight),
                    Some(false) => negative[k] += f64::from(example.weight),
                    None => {}
                }
            }
        }
    }
    let mut ratio = vec![0f32; buckets * N_LABELS];
    for l in 0..N_LABELS {
        let total = |counts: &[f64]| {
            counts.iter().skip(l).step_by(N_LABELS).sum::<f64>() + alpha * buckets as f64
        };
        let (p_total, n_total) = (total(&positive), total(&negative));
        for b in 0..buckets {
            let k = b * N_LABELS + l;
            let p = (positive[k] + alpha) / p_total;
            let n = (negative[k] + alpha) / n_total;
            ratio[k] = (p / n).ln() as f32;
        }
    }
    ratio
}

/// Trains a classifier. `progress` is called after each epoch with the mean loss.
pub fn train(
    examples: &[Example],
    options: &TrainOptions,
    classes: &WordClasses,
    mut progress: impl FnMut(usize, f32),
) -> Classifier {
    let buckets = 1usize << options.bits;
    let shift = 64 - options.bits;
    // Features are hashed once, up front: epochs then only touch weights.
    // A text in which the F-word rules fire says nothing about obscenity that those rules
    // have not said: its `obscene` label is left out, or the words around the F word ("what
    // the ...") would learn to be obscene and overrule the policy's switch for masked forms.
    let examples: Vec<Example> = examples
        .iter()
        .map(|e| {
            let n = Normalized::new(&e.text);
            let mut e = e.clone();
            if !fword_ranges(&e.text, &n).is_empty() {
                e.labels[Label::Obscene as usize] = None;
            }
            e
        })
        .collect();
    let examples = examples.as_slice();
    let featurized: Vec<(Vec<u32>, f32)> = examples
        .iter()
        .map(|e| {
            let mut features = Vec::new();
            let n = Normalized::new(&e.text);
            for_each_feature(&n, &fword_ranges(&e.text, &n), classes, |_, h| {
                features.push((h >> shift) as u32);
            });
            let norm = 1.0 / (features.len().max(1) as f32).sqrt();
            (features, norm)
        })
        .collect();
    let ratio = match options.nb_alpha {
        Some(alpha) => nb_ratios(&featurized, examples, buckets, alpha),
        None => vec![1.0; buckets * N_LABELS],
    };
    let mut weights = vec![0f32; buckets * N_LABELS];
    let mut grad_sq = vec![1e-6f32; buckets * N_LABELS];
    let mut bias = [0f32; N_LABELS];
    let mut bias_grad_sq = [1e-6f32; N_LABELS];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = SplitMix(options.seed);
    for epoch in 0..options.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        let mut loss_sum = 0.0f64;
        let mut loss_count = 0usize;
        for &i in &order {
            let (features, norm) = &featurized[i];
            let example = &examples[i];
            for (l, target) in example.labels.iter().enumerate() {
                let Some(target) = target else { continue };
                let y = if *target { 1.0 } else { 0.0 };
                let logit = bias[l]
                    + features
                        .iter()
                        .map(|&b| {
                            weights[b as usize * N_LABELS + l] * ratio[b as usize * N_LABELS + l]
                        })
                        .sum::<f32>()
                        * norm;
                let p = sigmoid(logit);
                loss_sum +=
                    f64::from(-(y * p.max(1e-7).ln() + (1.0 - y) * (1.0 - p).max(1e-7).ln()));
                loss_count += 1;
                let g = (p - y) * example.weight;
                for &b in features {
                    let k = b as usize * N_LABELS + l;
                    let grad = g * norm * ratio[k] + options.l2 * weights[k];
                    grad_sq[k] += grad * grad;
                    weights[k] -= options.learning_rate * grad / grad_sq[k].sqrt();
                }
                bias_grad_sq[l] += g * g;
                bias[l] -= options.learning_rate * g / bias_grad_sq[l].sqrt();
            }
        }
        progress(epoch + 1, (loss_sum / loss_count.max(1) as f64) as f32);
    }
    let effective: Vec<f32> = weights.iter().zip(&ratio).map(|(w, r)| w * r).collect();
    quantize(options.bits, bias, &effective, classes.clone())
}

fn quantize(bits: u32, bias: [f32; N_LABELS], weights: &[f32], classes: WordClasses) -> Classifier {
    let mut scale = [0f32; N_LABELS];
    for (l, s) in scale.iter_mut().enumerate() {
        let max = weights
            .iter()
            .skip(l)
            .step_by(N_LABELS)
            .fold(0f32, |m, w| m.max(w.abs()));
        *s = if max == 0.0 {
            1.0
        } else {
            max / f32::from(i16::MAX)
        };
    }
    let quantized = weights
        .iter()
        .enumerate()
        .map(|(i, w)| (w / scale[i % N_LABELS]).round() as i16)
        .collect();
    Classifier {
        bits,
        bias,
        scale,
        weights: quantized,
        classes,
    }
}

/// ROC AUC of scores against binary truth (the probability that a random positive outranks a
/// random negative, ties counting half). `None` when one class is missing.
pub fn roc_auc(scored: &mut [(f32, bool)]) -> Option<f64> {
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
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
            epochs: 20,
            ..TrainOptions::default()
        };
        let model = train(&tiny_corpus(), &options, &WordClasses::default(), |_, _| {});
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

    fn features(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_feature(
            &Normalized::new(text),
            &[],
            &WordClasses::default(),
            |_, h| out.push(h),
        );
        out
    }

    #[test]
    fn r14_words_in_a_negation_or_a_report_are_other_features() {
        let vermin = word_hash(b"vermin");
        assert!(features("they are vermin").contains(&vermin));
        assert!(!features("they are not vermin").contains(&vermin));
        assert!(!features("saying they are vermin is vile").contains(&vermin));
        assert!(
            features("not one two three four they are vermin").contains(&vermin),
            "the scope ends after four words"
        );
    }

    #[test]
    fn words_around_a_skipped_word_are_not_a_bigram() {
        let text = "what the fuck is this";
        let n = Normalized::new(text);
        let mut skipping = Vec::new();
        for_each_feature(
            &n,
            &fword_ranges(text, &n),
            &WordClasses::default(),
            |_, h| skipping.push(h),
        );
        let the_is = mix(mix(2, word_hash(b"the")), word_hash(b"is"));
        assert!(!skipping.contains(&the_is));
        assert!(features("the is").contains(&the_is));
    }

    #[test]
    fn r14_a_word_counts_twice_at_most() {
        assert_eq!(features(&"no ".repeat(300)), features("no no"));
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
        let options = TrainOptions {
            bits: 12,
            epochs: 20,
            ..TrainOptions::default()
        };
        let with = train(&corpus, &options, &classes, |_, _| {});
        let without = train(&corpus, &options, &WordClasses::default(), |_, _| {});
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
            epochs: 3,
            ..TrainOptions::default()
        };
        let a = train(&tiny_corpus(), &options, &WordClasses::default(), |_, _| {}).to_bytes();
        let b = train(&tiny_corpus(), &options, &WordClasses::default(), |_, _| {}).to_bytes();
        assert_eq!(a, b);
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
    }

    #[test]
    fn embedded_model_loads() {
        Classifier::embedded().expect("the shipped model parses");
    }
}
