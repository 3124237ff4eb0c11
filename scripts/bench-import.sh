#!/usr/bin/env bash
# The import benchmark of docs/benchmarks.md (#15): a generated Disqus export of POSTS comments
# over THREADS articles (default 1,000,000 over 10,000) imported by `tribune import` into a
# fresh SQLite database, with its wall time and peak memory; then the same file's first
# ISSO_POSTS comments (default 20,000) imported by Isso's own `isso import` (its peer), with
# the same measures, and the ratio of comments per second. Installs Isso into
# target/bench-env (a virtualenv) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${POSTS:-1000000}
threads=${THREADS:-10000}
isso_posts=${ISSO_POSTS:-20000}
env_dir=target/bench-env
if [ ! -x "$env_dir/bin/isso" ]; then
    python3 -m venv "$env_dir"
    "$env_dir/bin/pip" install -q isso gunicorn
fi
cargo build --quiet --release --bin tribune
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "==> generating a Disqus export of $posts comments over $threads threads"
python3 scripts/disqus-export.py --posts "$posts" --threads "$threads" --out "$work/disqus.xml" \
    --first "$isso_posts" "$work/disqus-first.xml"
ls -l "$work/disqus.xml" | awk '{printf "    %.0f MB\n", $5 / 1e6}'

# Runs a command, prints its wall time (s) and peak memory (MB) on one line.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    read -r secs kb <"$work/time"
    echo "$secs $((kb / 1024))"
}

db="sqlite://$work/tribune.db"
./target/release/tribune admin add-site --id bench --name Bench --origin https://news.example \
    --database-url "$db" >/dev/null
read -r t_secs t_mb < <(measure ./target/release/tribune import disqus "$work/disqus.xml" \
    --site bench --database-url "$db")
grep -E "new comments|left out|readers" "$work/out" | sed 's/^/    /'
read -r r_secs _ < <(measure ./target/release/tribune import disqus "$work/disqus.xml" \
    --site bench --database-url "$db")

# The same work as Isso's below: the first ISSO_POSTS comments into a database of their own.
first_db="sqlite://$work/first.db"
./target/release/tribune admin add-site --id bench --name Bench --origin https://news.example \
    --database-url "$first_db" >/dev/null
read -r f_secs _ < <(measure ./target/release/tribune import disqus "$work/disqus-first.xml" \
    --site bench --database-url "$first_db")

cat >"$work/isso.cfg" <<CFG
[general]
dbpath = $work/isso.db
host = https://news.example/
CFG
# --empty-id: Isso's importer skips every thread whose <id> element has no child elements
# (an ElementTree element with no children is false), which is every thread of a real export.
read -r i_secs i_mb < <(measure "$env_dir/bin/isso" -c "$work/isso.cfg" import --empty-id "$work/disqus-first.xml")
i_count=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from comments').fetchone()[0])" "$work/isso.db")

python3 - "$posts" "$t_secs" "$t_mb" "$r_secs" "$isso_posts" "$i_secs" "$i_mb" "$i_count" "$f_secs" <<'PY'
import sys
posts, t_secs, t_mb, r_secs, isso_posts, i_secs, i_mb, i_count, f_secs = sys.argv[1:]
posts, isso_posts = int(posts), int(isso_posts)
t_rate, i_rate = posts / float(t_secs), isso_posts / float(i_secs)
print(f"tribune import: {posts:>9,} comments in {float(t_secs):7.1f} s  {t_rate:9,.0f}/s  peak {t_mb} MB")
print(f"  again (adds nothing):       {float(r_secs):7.1f} s")
print(f"isso import:    {isso_posts:>9,} comments in {float(i_secs):7.1f} s  {i_rate:9,.0f}/s  peak {i_mb} MB  ({int(i_count):,} stored)")
print(f"tribune import: {isso_posts:>9,} comments in {float(f_secs):7.1f} s  (the file Isso imports)")
print(f"tribune / isso, comments per second: {t_rate / i_rate:.0f}x (the million), "
      f"{float(i_secs) / float(f_secs):.0f}x (the same {isso_posts:,})")
PY
