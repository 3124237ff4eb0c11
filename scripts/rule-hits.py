#!/usr/bin/env python3
"""Where two builds of the house rules differ on real comments: the sentence rules (threat,
identity_attack, sexual_harassment, insult) firing on rows where they did not before, civil and toxic apart,
and the rows the new build allows that the old one held or refused.

    python3 scripts/rule-hits.py OLD_TRIBUNE NEW_TRIBUNE [DATA_DIR]

DATA_DIR defaults to ../shared/data. Every labelled row of the Jigsaw, Russian, Turkish and
ParaDetox sets there goes through `tribune check --json` of both builds; each civil row a new
rule hit holds is printed, and each row newly allowed, then a line of counts per set. Used for docs/benchmarks.md
("Stereotypes, calls to wipe out people, diseases wished on them").
"""
import collections
import csv
import json
import subprocess
import sys
from pathlib import Path

RULES = {"identity_attack", "insult", "sexual_harassment", "threat"}


def sets(data):
    jigsaw = data / "toxicity/khanhhk+Data-Systems-for-Toxic-Comment-Classification/data/raw"
    return {
        "jigsaw-1": (jigsaw / "text_comment_1.csv", "comment_text", "labels"),
        "jigsaw-2": (jigsaw / "text_comment_2.csv", "comment_text", "labels"),
        "russian": (data / "multilingual/ru/train.csv", "text", "label"),
        "turkish": (data / "multilingual/tr/train.csv", "text", "label"),
        "paradetox": (data / "toxicity/s-nlp+paradetox/paradetox_text_label.csv", "text", "label"),
    }


def verdicts(binary, texts):
    out = subprocess.run(
        [binary, "check", "--json"],
        input="\n".join(texts) + "\n",
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    if len(out) != len(texts):
        sys.exit(f"{binary}: {len(out)} verdicts for {len(texts)} texts")
    return [json.loads(line) for line in out]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new = sys.argv[1], sys.argv[2]
    data = Path(sys.argv[3] if len(sys.argv) > 3 else Path(__file__).parent / "../../shared/data")
    csv.field_size_limit(10**9)
    for name, (path, text_col, label_col) in sets(data).items():
        with open(path, encoding="utf-8", errors="replace") as f:
            rows = list(csv.DictReader(f))
        # One line a text, as `tribune check` reads them.
        texts = [" ".join(r[text_col].split()) for r in rows]
        toxic = [r[label_col].strip() not in ("0", "0.0") for r in rows]
        counts = collections.Counter()
        for text, is_toxic, before, after in zip(
            texts, toxic, verdicts(old, texts), verdicts(new, texts)
        ):
            kind = "toxic" if is_toxic else "civil"
            counts[f"{kind} rows"] += 1
            counts[f"{kind} flagged before"] += before["decision"] != "allow"
            counts[f"{kind} flagged after"] += after["decision"] != "allow"
            fired = {r["id"] for r in after["rules"]} & RULES
            fired -= {r["id"] for r in before["rules"]}
            if fired:
                counts[f"{kind} new rule hits"] += 1
                if not is_toxic:
                    print(f"  {name}, civil, {sorted(fired)}: {text[:200]}")
            if before["decision"] != "allow" and after["decision"] == "allow":
                print(f"  {name}, {kind}, now allowed: {text[:200]}")
        print(name, ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
