#!/usr/bin/env bash
# Installs everything filing-check needs to build and test, on a fresh Debian 12 machine where only
# the package registries (crates.io, PyPI, npm, Debian) are reachable. Idempotent: every step checks
# first, so a second run takes seconds. Sourced by scripts/demo.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."  # BASH_SOURCE, not $0: this file is sourced
ROOT=$PWD

WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml
WASM_PACK_VERSION=0.15.1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust target for the browser build.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-pack and the wasm-bindgen CLI, built from crates.io (their prebuilt downloads are unreachable).
if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  say "installing wasm-pack $WASM_PACK_VERSION (about 2.5 minutes, once)"
  cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4.5 minutes, once)"
  # Not --locked: its lock file pins a yanked webpki-roots.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 2b. cargo-deny for the licence, ban and source checks (scripts/supply-chain.sh, deny.toml), from
#     crates.io, once: 31 minutes (1,882 s) on 2 cores shared with five other builds (load
#     average about 20) on 2026-12-02; much less on an idle machine. Its checks need no network.
CARGO_DENY_VERSION=0.20.2
if ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  say "installing cargo-deny $CARGO_DENY_VERSION (a large build: up to half an hour, once)"
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION"
fi

# 3. Chromium and its driver for the browser tests, and a CJK font so screenshots are readable.
#    Debian's binaryen is deliberately not installed: its wasm-opt 108 breaks wasm-bindgen's output.
missing=()
for pkg in chromium chromium-driver fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 4. Python for generators and the OpenCC oracle, pinned in requirements-dev.txt.
if [ ! -x .venv/bin/python ] || ! cmp -s requirements-dev.txt .venv/.requirements 2>/dev/null; then
  say "creating .venv with requirements-dev.txt"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
  cp requirements-dev.txt .venv/.requirements
fi
export PYTHON="$ROOT/.venv/bin/python"

# 5. Node tools (binaryen's wasm-opt, playwright-core, the peers for benchmarks, form libraries for
#    the adapter tests), exactly as package-lock.json pins them.
if ! cmp -s package-lock.json node_modules/.filing-check-lock 2>/dev/null; then
  say "installing node_modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.filing-check-lock
fi
# The examples that are not npm workspaces, each with its own package-lock.json: the pages with
# classic scripts (they serve their libraries from their own node_modules/, as a portal serves its
# copies), Next.js (whose React 19 must not meet the workspaces' React), Vue 2 + Element UI (whose
# Vue 2 must not meet the workspaces' Vue 3), and Ant Design Vue, vee-validate and Formily with its
# Element Plus components (left out of the workspaces' lock file; their .npmrc installs no second
# Vue: they take the workspaces').
for example in examples/jquery-validation examples/layui examples/nextjs examples/vue2-element-ui examples/vue-antdv examples/vue-vee-validate examples/formily; do
  if ! cmp -s "$example/package-lock.json" "$example/node_modules/.filing-check-lock" 2>/dev/null; then
    say "installing $example/node_modules (npm ci)"
    (cd "$example" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$example/package-lock.json" "$example/node_modules/.filing-check-lock"
  fi
done
# wasm-pack takes the first wasm-opt on PATH: make it npm's binaryen, never Debian's.
export PATH="$ROOT/node_modules/.bin:$PATH"
say "ready: $(wasm-pack --version), wasm-bindgen $(wasm-bindgen --version | cut -d' ' -f2), $(node --version), $(/usr/bin/chromium --version 2>/dev/null | head -c 40)"

# 6. The browser matrix (tests/browser/matrix.mjs): Firefox ESR, WebKitGTK, WPE and old Chromium builds.
source scripts/setup-browsers.sh
