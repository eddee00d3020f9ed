#!/usr/bin/env bash
# Installs whatever this machine lacks to build and test qbo-check, and nothing it already has.
# Sourced by serve.sh and test.sh; safe to run again. Versions are the ones docs/CONTRIBUTING.md found to
# work here (Rust 1.95: Trunk 0.22 needs a newer rustc; GitHub downloads are unreachable).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
say() { printf 'setup: %s\n' "$*"; }
APT_UPDATED=
apt_install() {
  [ -n "$APT_UPDATED" ] || { apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must equal the wasm-bindgen the lock file picked. Without --locked: the registry
# lacks a crate version the CLI's own lock file names (docs/CONTRIBUTING.md).
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# The page is one wasm binary split into lazily loaded parts by wasm-split-cli, which
# scripts/finish-build.mjs runs before wasm-bindgen (docs/ARCHITECTURE.md, "One binary, split").
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 1 minute)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  apt_install chromium chromium-driver
fi

# The other two engines people use: Firefox ESR (driven over WebDriver BiDi by puppeteer-core)
# and WebKitGTK's MiniBrowser (its own WebDriver, on an Xvfb display); certutil gives Firefox's
# test profile the lab's CA (docs/CONTRIBUTING.md).
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || ! command -v Xvfb >/dev/null \
  || ! command -v certutil >/dev/null || ! command -v matchbox-window-manager >/dev/null; then
  say "installing firefox-esr, webkit2gtk-driver, xvfb, matchbox-window-manager and libnss3-tools from Debian"
  apt_install firefox-esr webkit2gtk-driver xvfb matchbox-window-manager libnss3-tools
fi

# The native checker's metrics are checked by Debian's promtool, scraped by a real Prometheus
# (package prometheus brings both) and compared with Debian's blackbox exporter. Their services
# are not used: the tests start them.
if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null \
  || ! command -v prometheus-blackbox-exporter >/dev/null; then
  say "installing prometheus (with promtool) and prometheus-blackbox-exporter from Debian"
  apt_install prometheus prometheus-blackbox-exporter
fi

# The native checker for Windows, where most fleets are: cross-built with Debian's mingw-w64
# (which also compiles ring's C code) and run under Debian's Wine in the tests.
if ! rustup target list --installed | grep -qx x86_64-pc-windows-gnu; then
  say "adding the x86_64-pc-windows-gnu target"
  rustup target add x86_64-pc-windows-gnu
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v wine >/dev/null; then
  say "installing gcc-mingw-w64-x86-64 and wine64 from Debian"
  apt_install gcc-mingw-w64-x86-64 wine64 wine
fi

# The real-server test serves dist/ through Debian's own nginx.
if [ ! -x /usr/sbin/nginx ] || [ ! -f /etc/nginx/mime.types ]; then
  say "installing nginx from Debian"
  apt_install nginx
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing nodejs and npm from Debian"
  apt_install nodejs npm
fi

# binaryen (wasm-opt; Debian's is too old for current rustc) and playwright-core, pinned by
# package-lock.json. Reinstalled only when the lock changed since the last install.
if ! cmp -s package-lock.json node_modules/.qbo-installed-lock; then
  say "installing npm packages (binaryen, playwright-core, puppeteer-core, lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.qbo-installed-lock
fi
