//! `tribune eval`: ROC AUC and the policy's precision and recall on a labelled file, on a
//! disguised copy of it (`--disguised`), on a copy with its Cyrillic written in Latin letters
//! (`--latin`), or per functionality on the functional suite.

use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context};
use moderation::classifier::roc_auc;
use moderation::{Classifier, Label, Policy};

use super::corpus::{open_csv, read_labelled_csv, Labelled};

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
    latin: bool,
) -> anyhow::Result<String> {
    if labels.is_none() && !disguised && !latin && is_functional_suite(csv_path)? {
        return run_functional(csv_path, policy);
    }
    let mut rows = read_labelled_csv(csv_path, labels)?;
    if rows.is_empty() {
        bail!("{}: no rows", csv_path.display());
    }
    for row in &mut rows {
        if latin {
            row.text = moderation::normalize::in_latin_letters(&row.text);
        }
        if disguised {
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
        match (disguised, latin) {
            (true, true) => " (in Latin letters, disguised)",
            (true, false) => " (disguised)",
            (false, true) => " (in Latin letters)",
            (false, false) => "",
        }
    );
    let mut aucs = Vec::new();
    for label in Label::ALL {
        let truth = |r: &Labelled| match label {
            Label::Abusive => r.abusive,
            Label::Obscene => r.obscene,
        };
        // The house rules' view of a label: the classifier's score, or the F-word rule's when
        // that is higher (the classifier does not read the F word); ranked by that, then by
        // the classifier's score, which orders the texts the F-word rule scores alike (a
        // sixth of the Russian ones: all tied at 1.0 before).
        let mut ranked: Vec<((f32, f32), bool)> = rows
            .iter()
            .zip(&verdicts)
            .filter_map(|(r, v)| {
                let classifier = match label {
                    Label::Abusive => v.scores.abusive,
                    Label::Obscene => v.scores.obscene,
                };
                truth(r).map(|t| ((classifier.max(v.scores.fword), classifier), t))
            })
            .collect();
        let scored: Vec<(f32, bool)> = ranked.iter().map(|&((s, _), t)| (s, t)).collect();
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
        let auc = roc_auc(&mut ranked);
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

#[cfg(test)]
mod tests {
    use super::*;
    use moderation::Normalized;

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
}
