#!/usr/bin/env bash
# Runs every test: format and lint, the engine and reducer natively, the probes in headless
# Chromium against the lab (wasm-bindgen-test), and the release build end to end (Playwright).
# Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { printf '\n==> %s\n' "$*"; }
OUT=test-output
mkdir -p "$OUT"
LAB_PID=
cleanup() { [ -z "$LAB_PID" ] || kill "$LAB_PID" 2>/dev/null || true; }
trap cleanup EXIT

step "repository hygiene"
# Build output never belongs in git (it once made up most of the history).
if git ls-files 2>/dev/null | grep -E '(^|/)target/' | head -3 | grep -q .; then
  echo "files under a target/ folder are tracked in git; untrack them" >&2
  exit 1
fi

step "format and lint"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p qbo-check --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings
cargo clippy -p qbo-check --all-targets --target wasm32-unknown-unknown --features split --quiet -- -D warnings

step "engine, reducer, lab and native checker: native tests"
cargo test --workspace --quiet

step "release build of the page (dist/), the lab and the native checker (Linux and Windows)"
trunk build --release
cargo build --release -p lab -p qbo-check-cli --quiet
# The checker for Windows, run under Wine by tests/e2e/windows.test.mjs.
cargo build --release -p qbo-check-cli --target x86_64-pc-windows-gnu --quiet

step "probes in headless Chromium against the lab (wasm-bindgen-test)"
LAB_STAY=1 target/release/lab --scenario "$(cat tests/probe-lab.json)" >"$OUT/probe-lab.json" </dev/null &
LAB_PID=$!
for _ in $(seq 100); do [ -s "$OUT/probe-lab.json" ] && break; sleep 0.1; done
node -e '
  const lab = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=" + lab.resolver_rules, "--ignore-certificate-errors-spki-list=" + lab.spki];
  console.log(JSON.stringify({ "goog:chromeOptions": { args } }));
' "$OUT/probe-lab.json" >"$OUT/webdriver.json"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/$OUT/webdriver.json" \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p qbo-check --target wasm32-unknown-unknown
kill "$LAB_PID" 2>/dev/null || true
LAB_PID=

step "end to end: release build in Chromium against real faults (Playwright)"
node --test --test-concurrency=1 tests/e2e/
