#!/usr/bin/env bash
# The benchmark: builds the release page and the lab, then measures sizes, boot, time to verdict
# against lab latency, the all-hang case and memory. Prints a table; writes test-output/bench.json.
# BENCH_RUNS=N changes the number of runs per case (default 5). Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
trunk build --release
cargo build --release -p lab --quiet
node tests/bench/bench.mjs
