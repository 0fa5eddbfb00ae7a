#!/usr/bin/env bash
# Benchmark our widget against TimelineJS3 on the same stories (not part of
# the test run): sets up, builds the release bundle, then measures.
#   bench/run.sh [--runs 5] [--sizes real,100,1000,10000] [--steps 200]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --skip-version-check
exec node bench/run.mjs "$@"
