#!/usr/bin/env python3
"""How the rules that read the shape of a sentence (`threat`, `identity_attack`) read text they
were not written against (docs/benchmarks.md, "Threats read from the shape of a clause" and
"Attacks on groups read from the shape of a clause").

1. Their fixtures, `crates/moderation/tests/fixtures/threats.txt` and `group-attacks.txt`:
   per part, how many lines the rule fires on and how many the house rules hold or refuse
   (with and without the rule); and `office-criticism.txt`, how many of its criticisms of an
   office and of its abusive lines are held or refused.
2. Labelled comments of `../shared/data` (Jigsaw, ParaDetox, Davidson, the Russian and Turkish
   sets): on how many rows of each label each rule fires. Civil rows where one fires are false
   alarms (or labels that missed an attack: `--show N` prints the first N of each set).

    cargo build --release --bin tribune
    python3 scripts/eval-sentence-rules.py [--show N] [--tribune PATH] [--data DIR]
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


RULES = ("threat", "identity_attack")


def fires(verdict, rule):
    return any(r["id"] == rule for r in verdict["rules"])


def language(text):
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "ru"
    return "tr" if any(c in "ğşıçöüİĞŞ" for c in text) else "en"


def fixture(tribune, name, rule):
    rows = []
    for line in (ROOT / "crates/moderation/tests/fixtures" / name).read_text().splitlines():
        if line and not line.startswith("#"):
            label, text = line.split("|", 1)
            rows.append((label == "1", text))
    parts = {}
    for (attack, text), v in zip(rows, verdicts(tribune, [t for _, t in rows])):
        lang = "en" if language(text) == "en" else "ru+tr"
        part = parts.setdefault((lang, attack), [0, 0, 0, 0])
        part[0] += 1
        part[1] += fires(v, rule)
        part[2] += v["decision"] != "allow"
        part[3] += any(r["id"] != rule for r in v["rules"])
    print(f"tests/fixtures/{name:22} lines  {rule:>15}  held or refused  (without the rule)")
    for (lang, attack), (n, fired, flagged, without) in sorted(parts.items()):
        part = f"{lang} {'attacks' if attack else 'civil look-alikes'}"
        print(f"  {part:36} {n:5} {fired:16} {flagged:16} {without:19}")


def criticism(tribune):
    """`office-criticism.txt`: criticism of an office allowed, abuse with its words held."""
    rows = []
    for line in (ROOT / "crates/moderation/tests/fixtures/office-criticism.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            label, text = line.split("|", 1)
            rows.append((label == "1", text))
    judged = verdicts(tribune, [t for _, t in rows])
    for abusive, name in ((False, "criticism of an office"), (True, "abuse with the same words")):
        part = [v for (a, _), v in zip(rows, judged) if a == abusive]
        held = sum(v["decision"] != "allow" for v in part)
        print(f"tests/fixtures/office-criticism.txt, {name}: {held} of {len(part)} held or refused")


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
    print("\nlabelled comments                 rows   " + "   ".join(f"{r:>22}" for r in RULES))
    for name, texts in sets:
        judged = verdicts(tribune, texts)
        fired = [[t for t, v in zip(texts, judged) if fires(v, rule)] for rule in RULES]
        counts = "   ".join(f"{len(f):6} ({100 * len(f) / len(texts):6.3f}%)     " for f in fired)
        print(f"  {name:30} {len(texts):6}   {counts}")
        for rule, texts_fired in zip(RULES, fired):
            for text in texts_fired[:show]:
                print(f"      {rule}: " + " ".join(text.split())[:150])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tribune", default=str(ROOT / "target/release/tribune"))
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data"), type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the first N rows it fires on")
    args = parser.parse_args()
    fixture(args.tribune, "threats.txt", "threat")
    fixture(args.tribune, "group-attacks.txt", "identity_attack")
    criticism(args.tribune)
    if args.data.is_dir():
        organic(args.tribune, args.data, args.show)
    else:
        print(f"\n{args.data} is not there: the labelled sets are skipped")


if __name__ == "__main__":
    main()
