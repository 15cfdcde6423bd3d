#!/usr/bin/env bash
# Installs everything Puhui needs to build, run and test on Debian 12 (as root), then builds the
# web UI. Safe to run again: each step checks first and skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n==> %s\n' "$*"; }

# Debian packages: WebKitGTK and friends for the Tauri shell; D-Bus, GNOME Keyring and keyutils
# for a real OS secret store in tests; Xvfb to show the app where there is no display; CJK
# fonts; WebKitWebDriver for the end-to-end test of the real app window.
APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev libdbus-1-dev
  dbus dbus-x11 gnome-keyring keyutils libsecret-tools
  xvfb xauth fonts-noto-cjk webkit2gtk-driver
)

say "Checking Debian packages"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${missing[*]}. Run this script as root, or install them with apt-get." >&2
    exit 1
  fi
  say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "All ${#APT_PACKAGES[@]} Debian packages present."
fi

say "Checking the Rust and Node toolchains"
command -v cargo >/dev/null || { echo "cargo not found: install Rust ≥ 1.88 (rustup) first." >&2; exit 1; }
cargo --version
if ! command -v node >/dev/null; then
  say "Installing Node.js and npm from Debian"
  apt-get install -y -qq nodejs npm
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js $(node --version) is too old for the UI build (Vite 7 needs ≥ 20.19)." >&2
  exit 1
fi
echo "node $(node --version), npm $(npm --version)"

say "Checking tauri-driver (WebDriver for the desktop app's end-to-end test)"
if ! command -v tauri-driver >/dev/null || ! tauri-driver --help >/dev/null 2>&1; then
  cargo install tauri-driver --version 2.0.6 --locked
else
  echo "tauri-driver present."
fi

say "Installing the UI's npm packages from ui/package-lock.json"
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund)
else
  echo "ui/node_modules is up to date."
fi

say "Building the UI (ui/dist), which the desktop shell embeds"
(cd ui && npm run build --silent)
