#!/usr/bin/env bash
# Prints the release bundle's sizes (raw / gzip -9 / brotli -q 11) per file and
# in total. With a budget (bytes, brotli, of wasm + js + css + html), exits 1
# when the total is over it.   scripts/bundle-size.sh [DIST] [BROTLI_BUDGET]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
budget=${2:-}
printf '%-10s %10s %10s %10s  %s\n' kind raw gzip brotli file
total_raw=0 total_gz=0 total_br=0
row() {
  local kind=$1 file=$2 raw gz br
  raw=$(wc -c <"$file"); gz=$(gzip -9c "$file" | wc -c); br=$(brotli -c -q 11 "$file" | wc -c)
  printf '%-10s %10d %10d %10d  %s\n' "$kind" "$raw" "$gz" "$br" "${file#"$dist"/}"
  if [ "$kind" != story ]; then total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br)); fi
}
for f in "$dist"/*.wasm; do row wasm "$f"; done
for f in "$dist"/*.js; do row js "$f"; done
for f in "$dist"/*.css; do row css "$f"; done
row html "$dist/index.html"
printf '%-10s %10d %10d %10d  %s\n' total "$total_raw" "$total_gz" "$total_br" "(wasm + js + css + html; the story is compiled into the wasm)"
row story static/story.json
if [ -n "$budget" ]; then
  if [ "$total_br" -gt "$budget" ]; then
    printf 'bundle budget: FAILED: %d bytes brotli is over the budget of %d\n' "$total_br" "$budget"
    exit 1
  fi
  printf 'bundle budget: %d of %d bytes brotli (%d%%)\n' "$total_br" "$budget" $((100 * total_br / budget))
fi
