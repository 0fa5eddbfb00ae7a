#!/usr/bin/env bash
# Prints the release bundle's sizes (raw / gzip -9 / brotli -q 11) per file,
# grouped by when a reader downloads them, with totals. With a budget (bytes,
# brotli), exits 1 when the first-render total is over it.
#   scripts/bundle-size.sh [DIST] [BROTLI_BUDGET]
# First render = the widget's code: wasm, JS (loader, glue, snippets) and
# CSS. The wasm carries no story: index.html, listed apart as the page,
# carries it twice over (the prerender for no-JS readers and print, and the
# compiled form for the widget, which brotli mostly finds in the prerender);
# the script embed fetches embed.js and the compiled story.txt instead of the
# page. The story compiler is fetched only for a story file given at run time
# (?story=, data-story=). The studio (studio.html and its own wasm) is for
# editors: no reader's page loads it.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
budget=${2:-}
compiler=story-compiler
studio=studio
printf '%-12s %10s %10s %10s  %s\n' group raw gzip brotli file
declare -A raw gz br
row() {
  local group=$1 file=$2 r g b
  r=$(wc -c <"$file"); g=$(gzip -9c "$file" | wc -c); b=$(brotli -c -q 11 "$file" | wc -c)
  printf '%-12s %10d %10d %10d  %s\n' "$group" "$r" "$g" "$b" "${file#"$dist"/}"
  raw[$group]=$((${raw[$group]:-0} + r)) gz[$group]=$((${gz[$group]:-0} + g)) br[$group]=$((${br[$group]:-0} + b))
}
shopt -s nullglob
for f in "$dist"/*_bg.wasm "$dist"/*.js "$dist"/snippets/*/*.js "$dist"/*.css; do
  case "${f##*/}" in
    "$compiler"* | "$studio"*) ;;
    embed.js | embed-host.js) ;; # host-page scripts, not part of the widget page
    *) row first-render "$f" ;;
  esac
done
for f in "$dist/embed.js" "$dist/story.txt"; do row script-embed "$f"; done
for f in "$dist/$compiler"*; do row on-demand "$f"; done
for f in "$dist/$studio"*; do row studio "$f"; done
row page "$dist/index.html"
for group in first-render script-embed on-demand studio page; do
  printf '%-12s %10d %10d %10d  %s\n' "total" "${raw[$group]:-0}" "${gz[$group]:-0}" "${br[$group]:-0}" "$group"
done
if [ -n "$budget" ]; then
  total=${br[first-render]:-0}
  if [ "$total" -eq 0 ]; then
    echo "bundle budget: FAILED: no first-render files found in $dist" >&2
    exit 1
  fi
  if [ "$total" -gt "$budget" ]; then
    printf 'bundle budget: FAILED: first render is %d bytes brotli, over the budget of %d\n' "$total" "$budget"
    exit 1
  fi
  printf 'bundle budget: first render %d of %d bytes brotli (%d%%)\n' "$total" "$budget" $((100 * total / budget))
fi
