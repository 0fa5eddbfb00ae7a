#!/usr/bin/env bash
# Prints the release bundle's sizes (raw / gzip -9 / brotli -q 11) per file and in total.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
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
