#!/usr/bin/env bash
# Sets everything up, then serves the widget with live reload on
# http://127.0.0.1:8080/ (override with --port N / --address A).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --skip-version-check "$@"
