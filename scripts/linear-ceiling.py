#!/usr/bin/env python3
"""How far a well-tuned linear model gets on Tribune's held-out Jigsaw split: scikit-learn's
TF-IDF word 1-2-grams and character 2-5-grams with a logistic regression, trained on the Jigsaw
rows that `tribune train` trains on (every row of the two Jigsaw files not in the held-out CSV).
docs/benchmarks.md compares it with Tribune's classifier on the same rows.

    target/bench-env/bin/pip install scikit-learn
    tribune train --held-out held-out.csv
    target/bench-env/bin/python scripts/linear-ceiling.py ../shared/data/toxicity held-out.csv
"""
import csv
import sys

from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

JIGSAW = [
    "khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_1.csv",
    "khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_2.csv",
]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(data, held_out_path):
    held_out = read(held_out_path)
    held_texts = {r["comment_text"] for r in held_out}
    train = [r for file in JIGSAW for r in read(f"{data}/{file}")]
    train = [r for r in train if r["comment_text"] not in held_texts]
    texts = [r["comment_text"] for r in train]
    labels = [float(r["labels"]) >= 0.5 for r in train]
    vectorizers = [
        TfidfVectorizer(sublinear_tf=True, strip_accents="unicode", analyzer="word",
                        token_pattern=r"\w{1,}", ngram_range=(1, 2), min_df=2),
        TfidfVectorizer(sublinear_tf=True, strip_accents="unicode", analyzer="char_wb",
                        ngram_range=(2, 5), min_df=2, max_features=100_000),
    ]
    x_train = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
    x_test = hstack([v.transform([r["comment_text"] for r in held_out]) for v in vectorizers])
    truth = [r["toxic"] == "1" for r in held_out]
    print(f"{len(texts)} training rows, {len(held_out)} held out ({sum(truth)} toxic)")
    for c in (1, 4, 10):
        model = LogisticRegression(C=c, solver="liblinear", max_iter=1000).fit(x_train, labels)
        auc = roc_auc_score(truth, model.predict_proba(x_test.tocsr())[:, 1])
        print(f"C={c:<3} toxic ROC AUC {auc:.4f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
