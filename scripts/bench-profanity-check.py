#!/usr/bin/env python3
"""The Python peer in docs/benchmarks.md: alt-profanity-check's shipped model on a labelled CSV
that `tribune eval` also reads. Prints ROC AUC per label and comments/s.

    target/bench-env/bin/pip install alt-profanity-check
    target/bench-env/bin/python scripts/bench-profanity-check.py held-out.csv

With --from-tweeteval DIR OUT.csv it first writes TweetEval's `val` split (left out of
Tribune's training) as a CSV with `text` and `abusive` columns, then scores that.

With --functional SUITE.csv it scores Tribune's functional suite as `tribune eval` does: the
share of hateful cases it flags (probability >= 0.5, its own threshold) and of the others it
leaves alone, per language. With --fixture FILE, one of the sentence rules' `label|text`
fixtures (`crates/moderation/tests/fixtures/threats.txt`, `group-attacks.txt`): the share of
attacks it flags and of look-alikes it leaves alone.
"""
import csv
import sys
import time

from profanity_check import predict_prob
from sklearn.metrics import roc_auc_score

LABELS = (("toxic", "abusive"), ("abusive", "abusive"), ("obscene", "obscene"))


def tweeteval_csv(folder, out):
    with open(f"{folder}/val_text.txt") as t, open(f"{folder}/val_labels.txt") as l:
        rows = [(text.rstrip("\n"), label.strip()) for text, label in zip(t, l)]
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "abusive"])
        w.writerows(rows)


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    text_column = "comment_text" if "comment_text" in rows[0] else "text"
    texts = [r[text_column] for r in rows]
    started = time.perf_counter()
    scores = predict_prob(texts)
    elapsed = time.perf_counter() - started
    aucs = []
    for column, label in LABELS:
        pairs = [(s, r[column] == "1") for s, r in zip(scores, rows) if r.get(column, "") != ""]
        if not pairs or len({y for _, y in pairs}) < 2:
            continue
        auc = roc_auc_score([y for _, y in pairs], [s for s, _ in pairs])
        aucs.append(auc)
        print(f"{label:<8} n={len(pairs):<6} ROC AUC {auc:.4f}")
    print(f"mean ROC AUC {sum(aucs) / len(aucs):.4f}")
    print(f"throughput: {len(texts) / elapsed:.0f} comments/s (one batch call)")


def functional(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    flagged = predict_prob([r["text"] for r in rows]) >= 0.5
    for lang in ["en", "ru", "tr", "all"]:
        shares = []
        for hateful in ("1", "0"):
            group = [(r, flag) for r, flag in zip(rows, flagged)
                     if (lang == "all" or r["lang"] == lang) and r["label"] == hateful]
            right = sum(1 for r, flag in group if flag == (hateful == "1"))
            shares.append(100.0 * right / max(1, len(group)))
        print(f"{lang}: hateful {shares[0]:.1f}% / non-hateful {shares[1]:.1f}%")


def fixture(path):
    """A `label|text` fixture of the sentence rules: attacks flagged, look-alikes left alone."""
    with open(path) as f:
        rows = [line.rstrip("\n").split("|", 1) for line in f
                if "|" in line and not line.startswith("#")]
    flagged = predict_prob([text for _, text in rows]) >= 0.5
    shares = []
    for attack in ("1", "0"):
        group = [flag for (label, _), flag in zip(rows, flagged) if label == attack]
        right = sum(1 for flag in group if flag == (attack == "1"))
        shares.append(100.0 * right / max(1, len(group)))
    print(f"attacks flagged {shares[0]:.1f}% / look-alikes left alone {shares[1]:.1f}%")


if __name__ == "__main__":
    if sys.argv[1] == "--functional":
        functional(sys.argv[2])
    elif sys.argv[1] == "--fixture":
        fixture(sys.argv[2])
    elif sys.argv[1] == "--from-tweeteval":
        tweeteval_csv(sys.argv[2], sys.argv[3])
        main(sys.argv[3])
    else:
        main(sys.argv[1])
