#!/usr/bin/env python3
"""How the threat rule reads text it was not written against (docs/benchmarks.md, "Threats read
from the shape of a clause").

1. `crates/moderation/tests/fixtures/threats.txt`: threats and civil look-alikes written after
   the rule; per part, how many the rule reads as threats and how many the house rules hold or
   refuse (with and without the rule).
2. Labelled comments of `../shared/data` (Jigsaw, ParaDetox, Davidson, the Russian and Turkish
   sets): on how many rows of each label the rule fires. Civil rows where it fires are false
   alarms (or labels that missed a threat: `--show N` prints the first N of each set).

    cargo build --release --bin tribune
    python3 scripts/eval-threats.py [--show N] [--tribune PATH] [--data DIR]
"""

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(sys.maxsize)


def verdicts(tribune, texts):
    """The house rules' verdict on each text (one a line: line breaks end a clause). `tribune
    check` exits non-zero when a text is held or refused, so its status is not an error."""
    lines = "".join(t.replace("\r", " ").replace("\n", " . ") + "\n" for t in texts)
    done = subprocess.run([tribune, "check", "--json"], input=lines, capture_output=True, text=True)
    out = done.stdout.splitlines()
    if len(out) != len(texts):
        sys.exit(f"tribune check answered {len(out)} lines for {len(texts)} texts: {done.stderr}")
    return [json.loads(line) for line in out]


def is_threat(verdict):
    return any(rule["id"] == "threat" for rule in verdict["rules"])


def language(text):
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "ru"
    return "tr" if any(c in "ğşıçöüİĞŞ" for c in text) else "en"


def fixture(tribune):
    rows = []
    for line in (ROOT / "crates/moderation/tests/fixtures/threats.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            label, text = line.split("|", 1)
            rows.append((label == "1", text))
    parts = {}
    for (threat, text), v in zip(rows, verdicts(tribune, [t for _, t in rows])):
        lang = "en" if language(text) == "en" else "ru+tr"
        part = parts.setdefault((lang, threat), [0, 0, 0, 0])
        part[0] += 1
        part[1] += is_threat(v)
        part[2] += v["decision"] != "allow"
        part[3] += any(r["id"] != "threat" for r in v["rules"])
    print("tests/fixtures/threats.txt        lines  threat rule  held or refused  (without the rule)")
    for (lang, threat), (n, rule, flagged, without) in sorted(parts.items()):
        name = f"{lang} {'threats' if threat else 'civil look-alikes'}"
        print(f"  {name:30} {n:5} {rule:12} {flagged:16} {without:19}")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def organic(tribune, data, show):
    tox = data / "toxicity"
    jigsaw = []
    for name in ("text_comment_1.csv", "text_comment_2.csv"):
        jigsaw += read_csv(tox / "khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw" / name)
    six = read_csv(tox / "valmljourney+toxicity-detector/datasets/train.csv")
    paradetox = read_csv(tox / "s-nlp+paradetox/paradetox_text_label.csv")
    davidson = read_csv(tox / "t-davidson+hate-speech-and-offensive-language/data/labeled_data.csv")
    sets = [
        ("Jigsaw, civil", [r["comment_text"] for r in jigsaw if r["labels"] == "0"]),
        ("Jigsaw, toxic", [r["comment_text"] for r in jigsaw if r["labels"] != "0"]),
        ("Jigsaw six labels, threat", [r["comment_text"] for r in six if r["threat"] == "1"]),
        ("ParaDetox, civil rewrites", [r["text"] for r in paradetox if r["label"] == "0"]),
        ("ParaDetox, toxic", [r["text"] for r in paradetox if r["label"] == "1"]),
        ("Davidson, neither", [r["tweet"] for r in davidson if r["class"] == "2"]),
        ("Davidson, hate", [r["tweet"] for r in davidson if r["class"] == "0"]),
    ]
    for lang in ("ru", "tr"):
        rows = read_csv(data / "multilingual" / lang / "train.csv")
        sets.append((f"{lang}, not toxic", [r["text"] for r in rows if r["label"] == "0"]))
        sets.append((f"{lang}, toxic", [r["text"] for r in rows if r["label"] != "0"]))
    print("\nlabelled comments                 rows  threat rule fires")
    for name, texts in sets:
        fired = [t for t, v in zip(texts, verdicts(tribune, texts)) if is_threat(v)]
        print(f"  {name:30} {len(texts):6} {len(fired):6}  ({100 * len(fired) / len(texts):.3f}%)")
        for text in fired[:show]:
            print("      " + " ".join(text.split())[:150])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tribune", default=str(ROOT / "target/release/tribune"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data"), type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the first N rows it fires on")
    args = parser.parse_args()
    fixture(args.tribune)
    if args.data.is_dir():
        organic(args.tribune, args.data, args.show)
    else:
        print(f"\n{args.data} is not there: the labelled sets are skipped")


if __name__ == "__main__":
    main()
