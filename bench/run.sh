#!/usr/bin/env bash
# Benchmark our widget against TimelineJS3 on the same stories (not part of
# the test run): sets up, writes the stories, builds the release bundle and one
# bundle per synthetic story (that story compiled in, as a newsroom would ship
# it), then measures.
#   bench/run.sh [--runs 5] [--sizes real,100,1000,10000] [--steps 200]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
sizes=real,100,1000,10000
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = --sizes ]; then j=$((i + 1)); sizes=${!j}; fi
done
IFS=, read -r -a size_list <<<"$sizes"
node bench/stories.mjs bench/out "${size_list[@]}"
for size in "${size_list[@]}"; do
  [ "$size" = real ] && continue
  echo "bench: building the bundle with the $size-event story compiled in"
  PTX_STORY="bench/out/story-$size.json" trunk build --release --skip-version-check --dist "bench/out/dist-$size" >/dev/null
done
trunk build --release --skip-version-check >/dev/null
exec node bench/run.mjs "$@"
