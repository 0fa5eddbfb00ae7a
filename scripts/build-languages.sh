#!/usr/bin/env bash
# Builds the translated bundles, one per language, into dist/LANG/ (README,
# Languages). Run after `trunk build --release` has written the English one
# into dist/: Trunk empties the folder it builds into, so English comes first.
# PUBLIC_URL, when set, is the English bundle's address; each language's is
# its folder below it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
for lang in ${PTX_LANGS:-tr ur az}; do
  url=""
  if [ -n "${PUBLIC_URL:-}" ]; then url="${PUBLIC_URL%/}/$lang/"; fi
  PTX_LANG="$lang" PUBLIC_URL="$url" trunk build --release --skip-version-check --dist "dist/$lang"
done
