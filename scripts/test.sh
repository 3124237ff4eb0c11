#!/usr/bin/env bash
# Runs Tribune's whole test suite, as CI does: installs what the tests need when it is missing
# (Rust, the PostgreSQL server, Chromium and its WebDriver for the widget tests), starts a throwaway PostgreSQL server on loopback unless
# TEST_POSTGRES_URL names one, then checks formatting and lints and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_rust
apt_install gcc postgresql
if apt-cache show chromium >/dev/null 2>&1; then
    apt_install chromium chromium-driver               # Debian
else
    apt_install chromium-browser chromium-chromedriver # Ubuntu
fi

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    pg_dir=$(mktemp -d /tmp/tribune-test-pg.XXXXXX)
    as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
        # The PostgreSQL server refuses to run as root.
        chown postgres "$pg_dir"
        as_pg=(runuser -u postgres --)
    fi
    pg_port=$(( 20000 + RANDOM % 20000 ))
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    stop_pg() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
    trap stop_pg EXIT
    export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
    echo "==> PostgreSQL test server on 127.0.0.1:$pg_port"
fi

# A second server for the chaos test alone, which restarts it in the middle of its run (the
# other PostgreSQL tests share the first).
if [ -z "${TEST_CHAOS_POSTGRES_URL:-}" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    chaos_dir=$(mktemp -d /tmp/tribune-chaos-pg.XXXXXX)
    as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$chaos_dir"
        as_pg=(runuser -u postgres --)
    fi
    chaos_port=$(( 40000 + RANDOM % 20000 ))
    "${as_pg[@]}" "$pg_bin/initdb" -D "$chaos_dir/data" -U postgres -A trust >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$chaos_dir/data" -l "$chaos_dir/log" -w \
        -o "-p $chaos_port -k $chaos_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    stop_chaos() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$chaos_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$chaos_dir"; }
    if declare -F stop_pg >/dev/null; then
        trap 'stop_pg; stop_chaos' EXIT
    else
        trap stop_chaos EXIT
    fi
    export TEST_CHAOS_POSTGRES_URL="postgres://postgres@127.0.0.1:$chaos_port/postgres"
    export TEST_CHAOS_PG_RESTART="${as_pg[*]} $pg_bin/pg_ctl -D $chaos_dir/data -l $chaos_dir/log -m fast -w restart"
    echo "==> PostgreSQL chaos server on 127.0.0.1:$chaos_port"
fi

echo "==> cargo fmt --check"
cargo fmt --all -- --check
echo "==> cargo clippy"
cargo clippy --locked --workspace --all-targets -- -D warnings
echo "==> cargo test"
cargo test --locked --workspace
