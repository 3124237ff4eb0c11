#!/usr/bin/env bash
# Runs the Tribune demo on the embedded SQLite database: builds the release binary (installing
# Rust first on a fresh machine) and starts `tribune serve --demo` on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_rust
apt_install gcc
cargo build --release --locked -p tribune
exec ./target/release/tribune serve --demo "$@"
