#!/usr/bin/env bash
# The peer in docs/benchmarks.md: Isso (a Python comment server) under gunicorn with 2 workers,
# moderation and rate limits off, loaded with the same thread shape as Tribune's load example
# (100 top-level comments with 4 replies each, the same comment texts), then read by the same
# load generator. Installs Isso into target/bench-env (a virtualenv) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
env_dir=target/bench-env
if [ ! -x "$env_dir/bin/gunicorn" ]; then
    python3 -m venv "$env_dir"
    "$env_dir/bin/pip" install -q isso gunicorn
fi
work=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
cat > "$work/isso.cfg" <<CFG
[general]
dbpath = $work/comments.db
host = http://bench.example/
[moderation]
enabled = false
[guard]
enabled = false
CFG
ISSO_SETTINGS="$work/isso.cfg" "$env_dir/bin/gunicorn" -w 2 -b "127.0.0.1:$port" --log-level warning isso.run &
gunicorn_pid=$!
trap 'kill $gunicorn_pid; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/info" >/dev/null && break; sleep 0.2; done

"$env_dir/bin/python" - "$port" <<'PY'
import json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
port = sys.argv[1]
texts = [l for l in open("crates/moderation/tests/fixtures/typical-comments.txt").read().splitlines() if l]
def post(i, parent=None, uri="/bench"):
    body = json.dumps({"text": texts[i % len(texts)], "author": f"Reader {i}", "parent": parent, "title": "Bench"}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/new?uri={uri}", data=body,
        headers={"Content-Type": "application/json", "Origin": "http://bench.example"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["id"]
with ThreadPoolExecutor(8) as pool:
    started = time.time()
    roots = list(pool.map(post, range(100)))
    list(pool.map(lambda i: post(i, roots[i % 100]), range(400)))
    elapsed = time.time() - started
print(f"isso: writes (8 concurrent writers)               {500 / elapsed:8.0f} req/s   (500 requests)")
PY
cargo run --quiet --release -p tribune --example load -- --isso "http://127.0.0.1:$port"
