#!/usr/bin/env python3
"""The Python peer in docs/benchmarks.md: alt-profanity-check's shipped model on the same
labelled CSV that `tribune eval` reads (for example the held-out split that
`tribune train --held-out FILE` writes). Prints ROC AUC per label and comments/s on one core.

    target/bench-env/bin/pip install alt-profanity-check
    target/bench-env/bin/python scripts/bench-profanity-check.py held-out.csv
"""
import csv
import sys
import time

from profanity_check import predict_prob
from sklearn.metrics import roc_auc_score


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [r["comment_text"] for r in rows]
    started = time.perf_counter()
    scores = predict_prob(texts)
    elapsed = time.perf_counter() - started
    aucs = []
    for column, label in (("toxic", "abusive"), ("obscene", "obscene")):
        pairs = [(s, r[column] == "1") for s, r in zip(scores, rows) if r.get(column, "") != ""]
        if not pairs or len({y for _, y in pairs}) < 2:
            continue
        auc = roc_auc_score([y for _, y in pairs], [s for s, _ in pairs])
        aucs.append(auc)
        print(f"{label:<8} n={len(pairs):<6} ROC AUC {auc:.4f}")
    print(f"mean ROC AUC {sum(aucs) / len(aucs):.4f}")
    print(f"throughput: {len(texts) / elapsed:.0f} comments/s (one batch call)")


if __name__ == "__main__":
    main(sys.argv[1])
