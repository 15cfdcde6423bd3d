#!/usr/bin/env bash
# Sets everything up and runs every check and test of Puhui: formatting, lints, the UI type
# check, and all Rust tests (unit, property, scenario, sandbox-over-HTTP) with a real OS secret
# store. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

scripts/setup.sh

printf '\n==> cargo fmt --check\n'
cargo fmt --all -- --check

printf '\n==> cargo clippy (all targets, warnings are errors)\n'
cargo clippy --workspace --all-targets --locked -- -D warnings

printf '\n==> cargo test (inside a private D-Bus session with an unlocked GNOME Keyring)\n'
scripts/with-secret-store.sh cargo test --workspace --locked

printf '\n==> Desktop app end to end: the real window under Xvfb, driven over WebDriver\n'
cargo build -p puhui-app --locked
xvfb-run -a -s "-screen 0 1280x900x24" scripts/with-secret-store.sh node --test ui/e2e/desktop.e2e.mjs

printf '\n==> All checks passed in %ss\n' "$(( $(date +%s) - start ))"
