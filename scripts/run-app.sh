#!/usr/bin/env bash
# Sets everything up and starts the Puhui desktop app on the embedded sandbox bank.
# Set PUHUI_BANK_URL=https://… to use a real bank instead, PUHUI_DATA_DIR to choose where data lives.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

printf '\n==> Building the desktop app\n'
cargo build -p puhui-app --locked

export PUHUI_DATA_DIR="${PUHUI_DATA_DIR:-$HOME/.local/share/puhui}"
printf '\n==> Starting Puhui (data in %s, bank: %s)\n' "$PUHUI_DATA_DIR" "${PUHUI_BANK_URL:-embedded sandbox}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec target/debug/puhui-app
else
  echo "No display found: running inside a virtual X server (Xvfb). Set DISPLAY to see the window."
  exec xvfb-run -a -s "-screen 0 1280x900x24" target/debug/puhui-app
fi
