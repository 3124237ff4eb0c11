//! Training: AdaGrad over the logistic loss on NB-scaled features, deterministic (a fixed
//! shuffling seed), then quantized to the `i16` weights the model stores.

use super::features::for_each_feature;
use super::{fword_ranges, sigmoid, Classifier, Label, N_LABELS};
use crate::normalize::Normalized;
use crate::word_classes::WordClasses;

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
    /// `nb_ratios`); `None` trains on plain presence features.
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
