#!/usr/bin/env bash
# Fuzzes every decoder of outside input (not part of the test command). Installs the nightly
# toolchain and cargo-fuzz if missing. FUZZ_SECONDS per target (default 600); pass target names
# to run only those. Crashes land in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo fuzz --version 2>/dev/null | grep -q '0.13' || cargo install cargo-fuzz --version 0.13.2
SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(link handover code history status_json)
for target in "${TARGETS[@]}"; do
  printf '\n==> fuzzing %s for %s s\n' "$target" "$SECONDS_EACH"
  mkdir -p "fuzz/corpus/$target"
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E 'stat::number_of_executed_units|stat::peak_rss|Done|ERROR|panicked|SUMMARY|crash-' || true
done
