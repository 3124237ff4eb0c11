//! Training: the L2-regularized logistic loss on NB-scaled features, minimized by L-BFGS to its
//! optimum (deterministic: the same data gives the same weights, byte for byte), then
//! quantized to the `i16` weights the model stores.

use std::collections::VecDeque;

use super::features::{bucket, buckets, for_each_feature};
use super::{fword_ranges, Classifier, Label, N_LABELS};
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
    /// How much the training loss counts against the weights' squared norm (halved), as
    /// scikit-learn's and LIBLINEAR's `C`: larger fits the training rows more closely.
    pub c: f64,
    /// L-BFGS stops here if the loss has not settled before.
    pub max_iterations: usize,
    /// Scale features by their naive Bayes log-count ratios, with this smoothing (see
    /// `nb_ratios`); `None` trains on plain presence features.
    pub nb_alpha: Option<f32>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            bits: 20,
            c: 4.0,
            max_iterations: 200,
            nb_alpha: Some(1.0),
        }
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

/// Trains a classifier. `progress` is told, for each label, how many L-BFGS iterations it
/// took and the final mean log loss (regularization included).
pub fn train(
    examples: &[Example],
    options: &TrainOptions,
    classes: &WordClasses,
    mut progress: impl FnMut(Label, usize, f32),
) -> Classifier {
    let buckets = buckets(options.bits);
    // Features are hashed once, up front: iterations then only touch weights.
    // A text in which the F-word rules fire is left out of both labels: those rules judge
    // it, and the classifier does not read the F word, so such a text, labelled for it, would
    // teach the words around it ("what the ...", "ну и что") to carry what the F word
    // carried, and overrule the policy's switch for masked forms. A sixth of the Russian
    // comments swear: training on them cost 0.005 ROC AUC on Russian (docs/benchmarks.md).
    let examples: Vec<Example> = examples
        .iter()
        .map(|e| {
            let n = Normalized::new(&e.text);
            let mut e = e.clone();
            if !fword_ranges(&e.text, &n).is_empty() {
                e.labels = [None; N_LABELS];
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
            for_each_feature(&n, &fword_ranges(&e.text, &n), classes, &mut |_, h| {
                features.push(bucket(options.bits, h) as u32);
            });
            let norm = 1.0 / (features.len().max(1) as f32).sqrt();
            (features, norm)
        })
        .collect();
    let ratio = match options.nb_alpha {
        Some(alpha) => nb_ratios(&featurized, examples, buckets, alpha),
        None => vec![1.0; buckets * N_LABELS],
    };
    // The two labels are two separate problems: one thread each.
    let fitted: Vec<Fitted> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..N_LABELS)
            .map(|l| {
                let problem = LabelProblem {
                    featurized: &featurized,
                    examples,
                    ratio: &ratio,
                    label: l,
                    lambda: 1.0 / options.c,
                };
                scope.spawn(move || problem.fit(buckets, options.max_iterations))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a training thread panicked"))
            .collect()
    });
    let mut bias = [0f32; N_LABELS];
    let mut effective = vec![0f32; buckets * N_LABELS];
    for (l, fitted) in fitted.into_iter().enumerate() {
        progress(Label::ALL[l], fitted.iterations, fitted.mean_loss);
        bias[l] = fitted.bias;
        for (bucket, w) in fitted.weights.iter().enumerate() {
            let k = bucket * N_LABELS + l;
            effective[k] = *w as f32 * ratio[k];
        }
    }
    quantize(options.bits, bias, &effective, classes.clone())
}

/// One label's regularized logistic regression: minimize
/// `sum_i weight_i * logloss(y_i, bias + norm_i * sum_f ratio_f * theta_f) + |theta|^2 / (2 C)`
/// over the examples that have the label.
struct LabelProblem<'a> {
    featurized: &'a [(Vec<u32>, f32)],
    examples: &'a [Example],
    ratio: &'a [f32],
    label: usize,
    lambda: f64,
}

/// What L-BFGS found for one label.
struct Fitted {
    bias: f32,
    /// One weight a bucket, before the naive Bayes ratios.
    weights: Vec<f64>,
    iterations: usize,
    /// The objective at the end, per unit of example weight.
    mean_loss: f32,
}

impl LabelProblem<'_> {
    fn fit(&self, buckets: usize, max_iterations: usize) -> Fitted {
        let rows: Vec<(usize, f64, f64)> = self
            .examples
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                e.labels[self.label].map(|y| (i, f64::from(u8::from(y)), f64::from(e.weight)))
            })
            .collect();
        let total_weight: f64 = rows.iter().map(|r| r.2).sum();
        let (x, iterations, loss) = lbfgs(
            vec![0.0; buckets + 1],
            |x, g| self.loss_and_gradient(&rows, x, g),
            max_iterations,
        );
        Fitted {
            bias: x[0] as f32,
            weights: x[1..].to_vec(),
            iterations,
            mean_loss: (loss / total_weight.max(1e-9)) as f32,
        }
    }

    /// The objective at `x` = (bias, weights), its gradient written into `g`.
    fn loss_and_gradient(&self, rows: &[(usize, f64, f64)], x: &[f64], g: &mut [f64]) -> f64 {
        let ratio = |b: u32| f64::from(self.ratio[b as usize * N_LABELS + self.label]);
        g.fill(0.0);
        let mut loss = 0.0;
        for &(i, y, weight) in rows {
            let (features, norm) = &self.featurized[i];
            let norm = f64::from(*norm);
            let z = x[0]
                + norm
                    * features
                        .iter()
                        .map(|&b| x[1 + b as usize] * ratio(b))
                        .sum::<f64>();
            // log(1 + e^z) - y z, without overflow for large |z|.
            let softplus = z.max(0.0) + (-z.abs()).exp().ln_1p();
            loss += weight * (softplus - y * z);
            let d = weight * (1.0 / (1.0 + (-z).exp()) - y);
            g[0] += d;
            for &b in features {
                g[1 + b as usize] += d * norm * ratio(b);
            }
        }
        let mut squared = 0.0;
        for (gi, xi) in g[1..].iter_mut().zip(&x[1..]) {
            *gi += self.lambda * xi;
            squared += xi * xi;
        }
        loss + self.lambda * squared / 2.0
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Minimizes a smooth convex `f` (which returns its value and writes its gradient) from `x` by
/// limited-memory BFGS: the last [`HISTORY`] steps approximate the inverse Hessian (the
/// two-loop recursion, Nocedal and Wright, algorithm 7.4), and a backtracking line search
/// keeps each step's decrease sufficient (Armijo). Stops when an iteration lowers the
/// objective by less than a billionth of it, or after `max_iterations`. Returns the minimizer,
/// the iterations run and the objective there.
fn lbfgs(
    mut x: Vec<f64>,
    mut f: impl FnMut(&[f64], &mut [f64]) -> f64,
    max_iterations: usize,
) -> (Vec<f64>, usize, f64) {
    const HISTORY: usize = 10;
    let n = x.len();
    let mut g = vec![0.0; n];
    let mut fx = f(&x, &mut g);
    // (s, y, 1 / s.y) of the last steps, oldest first.
    let mut history: VecDeque<(Vec<f64>, Vec<f64>, f64)> = VecDeque::with_capacity(HISTORY);
    let (mut x_next, mut g_next) = (vec![0.0; n], vec![0.0; n]);
    let mut iterations = 0;
    while iterations < max_iterations {
        iterations += 1;
        let mut direction = g.clone();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let a = rho * dot(s, &direction);
            direction.iter_mut().zip(y).for_each(|(d, y)| *d -= a * y);
            alphas.push(a);
        }
        // The initial Hessian: scaled by the last step, or a unit first step.
        let scale = history.back().map_or_else(
            || 1.0 / dot(&g, &g).sqrt().max(1e-12),
            |(s, y, _)| dot(s, y) / dot(y, y),
        );
        direction.iter_mut().for_each(|d| *d *= scale);
        for ((s, y, rho), a) in history.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &direction);
            direction
                .iter_mut()
                .zip(s)
                .for_each(|(d, s)| *d += (a - b) * s);
        }
        direction.iter_mut().for_each(|d| *d = -*d);
        let slope = dot(&g, &direction);
        if slope >= 0.0 {
            break;
        }
        let mut step = 1.0;
        let f_next = loop {
            for ((next, x), d) in x_next.iter_mut().zip(&x).zip(&direction) {
                *next = x + step * d;
            }
            let value = f(&x_next, &mut g_next);
            if value <= fx + 1e-4 * step * slope || step < 1e-10 {
                break value;
            }
            step /= 2.0;
        };
        let s: Vec<f64> = x_next.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g_next.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if history.len() == HISTORY {
                history.pop_front();
            }
            history.push_back((s, y, 1.0 / sy));
        }
        let settled = fx - f_next <= 1e-9 * fx.abs().max(1.0);
        std::mem::swap(&mut x, &mut x_next);
        std::mem::swap(&mut g, &mut g_next);
        fx = f_next;
        if settled {
            break;
        }
    }
    (x, iterations, fx)
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
    Classifier::new(bits, bias, scale, quantized, classes)
}
