#!/usr/bin/env bash
# Runs Tribune's whole test suite, as CI does: installs what the tests need when it is missing
# (Rust, the PostgreSQL server, Chromium and its WebDriver for the widget tests, aiosmtpd for the
# mail tests), starts throwaway PostgreSQL servers and an SMTP server on loopback unless
# TEST_POSTGRES_URL / TEST_SMTP_URL name them, then checks formatting and lints and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_rust
apt_install gcc postgresql python3-aiosmtpd
if apt-cache show chromium >/dev/null 2>&1; then
    apt_install chromium chromium-driver               # Debian
else
    apt_install chromium-browser chromium-chromedriver # Ubuntu
fi

# Throwaway PostgreSQL servers on loopback: `start_pg NAME FIRST_PORT [SETTINGS]` starts one in
# a temporary directory (as the postgres user when run as root: the server refuses root), stops
# and removes it on exit, and sets `pg_url` and `pg_restart` (a command that restarts it).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
pg_dirs=()
smtp_pid=""
trap 'for d in "${pg_dirs[@]}"; do "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$d/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$d"; done; [ -n "$smtp_pid" ] && kill "$smtp_pid" 2>/dev/null; [ -n "${smtp_dir:-}" ] && rm -rf "$smtp_dir"' EXIT
start_pg() {
    local dir port
    dir=$(mktemp -d "/tmp/tribune-$1-pg.XXXXXX")
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    pg_dirs+=("$dir")
    port=$(( $2 + RANDOM % 20000 ))
    "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off ${3:-}" start >/dev/null
    pg_url="postgres://postgres@127.0.0.1:$port/postgres"
    pg_restart="${as_pg[*]} $pg_bin/pg_ctl -D $dir/data -l $dir/log -m fast -w restart"
    echo "==> PostgreSQL $1 server on 127.0.0.1:$port"
}

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
    # Checkpoints every 128 MB of WAL keep the server's disk small (each test's CREATE
    # DATABASE writes a copy of the template to the WAL).
    start_pg test 20000 "-c max_connections=300 -c max_wal_size=128MB -c full_page_writes=off"
    export TEST_POSTGRES_URL="$pg_url"
fi
# A second server for the chaos test alone, which restarts it in the middle of its run (the
# other PostgreSQL tests share the first).
if [ -z "${TEST_CHAOS_POSTGRES_URL:-}" ]; then
    start_pg chaos 40000
    export TEST_CHAOS_POSTGRES_URL="$pg_url" TEST_CHAOS_PG_RESTART="$pg_restart"
fi

# A real SMTP server on loopback for the mail tests (aiosmtpd, from the distribution): it
# takes every message and writes it to a Maildir the tests read back.
if [ -z "${TEST_SMTP_URL:-}" ]; then
    smtp_dir=$(mktemp -d /tmp/tribune-smtp.XXXXXX)
    # A port the system says is free (a random one may be some connection's own port).
    smtp_port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" \
        -c aiosmtpd.handlers.Mailbox "$smtp_dir/maildir" >"$smtp_dir/log" 2>&1 &
    smtp_pid=$!
    smtp_up=""
    for _ in $(seq 100); do
        if ! kill -0 "$smtp_pid" 2>/dev/null; then break; fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; then smtp_up=1; break; fi
        sleep 0.1
    done
    if [ -z "$smtp_up" ]; then
        echo "the test SMTP server did not start on 127.0.0.1:$smtp_port:" >&2
        cat "$smtp_dir/log" >&2
        exit 1
    fi
    export TEST_SMTP_URL="smtp://127.0.0.1:$smtp_port" TEST_MAILDIR="$smtp_dir/maildir"
    echo "==> SMTP server (aiosmtpd) on 127.0.0.1:$smtp_port"
fi

echo "==> cargo fmt --check"
cargo fmt --all -- --check
echo "==> cargo clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings
echo "==> cargo doc (no broken or private links in the code's documentation)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --workspace --no-deps
echo "==> cargo test"
cargo test --locked --workspace
