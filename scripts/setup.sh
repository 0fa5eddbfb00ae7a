#!/usr/bin/env bash
# Installs everything the widget needs to build, serve and test, skipping
# whatever is already present at the right version. Safe to run repeatedly.
# Tools come only from registries (crates.io, npm, Debian): Trunk's own
# downloads from GitHub do not work on our machines.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Firefox's WebDriver, for the component tests and the reader's walk in Firefox.
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

webkit_version() { dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo unknown; }
say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
# The other two engines readers use, driven over WebDriver: Firefox ESR, and
# WebKitGTK's WebDriver with its MiniBrowser (which needs an X server: xvfb).
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lockfile pins a dependency version the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(geckodriver --version 2>/dev/null | sed -n 1p)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install --locked --force geckodriver --version "$GECKODRIVER_VERSION"
fi

# npm: wasm-opt 132 (Debian's binaryen is too old for current rustc output)
# and Playwright, driving Debian's Chromium rather than downloading a browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# Trunk builds offline, so every crate must already be in the local registry.
cargo fetch --locked --quiet
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n 1), $(chromium --version), $(firefox-esr --version 2>/dev/null), $(geckodriver --version 2>/dev/null | sed -n 1p), WebKitGTK $(webkit_version)"
