#!/usr/bin/env bash
# The campaign evaluation of docs/benchmarks.md (#19) on every week of the IRA file: for each
# start day, `tribune simulate --from-ira` builds a 7-day stream (the real accounts in an
# organic crowd of ORGANIC readers, seed SEED, running from the day before: simulate's default
# --warm-up 24) and `tribune campaigns eval` scores it; one line
# per week with the organic false positives, the precision, the median minutes from a
# campaign's fifth action to its detection, and the recall per category.
# October 1-7 is the week the detector was shaped on; the others are held out.
# DATA is the shared data folder (default ../shared/data); WEEKS the start days to run; ADAPT
# a farm's adaptations, space-separated (`age drip`: simulate's --adapt, default none).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/data}
organic=${ORGANIC:-3000}
seed=${SEED:-1}
adapt=()
for a in ${ADAPT:-}; do adapt+=(--adapt "$a"); done
weeks=${WEEKS:-"2016-10-01 2016-10-08 2016-10-15 2016-10-22 2016-11-01 2016-11-08 2016-11-15 2016-11-22"}
ira="$data/trolls/ira_tweets_en_2016-10_2016-11.csv"
[ -f "$ira" ] || { echo "no IRA file at $ira (set DATA)" >&2; exit 1; }
cargo build --quiet --release --bin tribune
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-11s %11s %10s %9s  %s\n' week "organic FP" precision "delay" "recall per category (%)"
for week in $weeks; do
    ./target/release/tribune simulate --from-ira "$ira" --data "$data" --start "$week" \
        --organic "$organic" --seed "$seed" ${adapt[@]+"${adapt[@]}"} --out "$work/$week.jsonl" >/dev/null
    ./target/release/tribune campaigns eval --events "$work/$week.jsonl" >"$work/$week.eval"
    # The category rows sit between the header line and the first line that is not indented.
    recall=$(awk '/^account recall per tactic/ {on = 1; next}
        on && /^  / {printf "%s %s  ", $1, $2; next}
        on {exit}' "$work/$week.eval")
    recall=${recall%"  "}
    fp=$(awk '/^false positives among organic/ {print $6}' "$work/$week.eval")
    precision=$(awk '/^account precision/ {print $4}' "$work/$week.eval")
    delay=$(awk '/^detection after the 5th action/ {print $7}' "$work/$week.eval")
    printf '%-11s %11s %10s %9s  %s\n' "$week" "$fp" "$precision" "$delay" "$recall"
done
