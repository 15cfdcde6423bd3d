#!/usr/bin/env bash
# Runs a command with a real OS secret store on Linux: a private D-Bus session bus with an
# unlocked GNOME Keyring (the freedesktop Secret Service), as a desktop session would have.
# Usage: scripts/with-secret-store.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${PUHUI_INSIDE_DBUS:-}" ]; then
  export PUHUI_INSIDE_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi

# A throwaway keyring home, so tests never touch a developer's real keyring.
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The login keyring is created and unlocked with this password (stdin); it protects only the
# throwaway test keyring above.
eval "$(printf 'puhui-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
