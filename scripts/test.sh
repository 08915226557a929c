#!/usr/bin/env bash
# Runs every test of filing-check, after doing all of the set-up itself (scripts/setup.sh) and
# building every face (scripts/build.sh):
#   1. native Rust: unit tests, doctests, the shared corpus, the CLI contract, generated-file checks,
#      OpenCC conformance and the differential test against the reference C++ OpenCC;
#   2. the wasm build in Node: the corpus and the npm API through the package's public entry points;
#   3. the browser: the corpus and the demo page in headless Chromium; the bureau's desk page against
#      the native CLI's output for the same list (tests/browser/desk.mjs); the README's framework paths
#      (examples/) built and driven in Chromium;
#   4. parity: the three platforms' results for every corpus case are byte-identical;
#   5. the supply chain: cargo deny (licences, bans, sources) and npm's audit where it answers.
# Every suite runs even when an earlier one failed; the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
bash scripts/build.sh || { echo "build failed"; exit 1; }

failed=()
suite() {
  local name=$1; shift
  printf '\n\033[1m=== %s\033[0m\n' "$name"
  if "$@"; then echo "=== $name: ok"; else echo "=== $name: FAILED"; failed+=("$name"); fi
}

# FILING_CHECK_TEST_FEATURES lets a later feature (e.g. schema generation) join the native run.
features="cli,schema${FILING_CHECK_TEST_FEATURES:+,$FILING_CHECK_TEST_FEATURES}"
suite "native (cargo test --features $features)" cargo test --features "$features"
suite "wasm in Node (node --test tests/node/)" node --test --test-reporter=spec tests/node/
suite "browser (headless Chromium)" node tests/browser/run.mjs
suite "desk page (headless Chromium; its table, rates, charts and exports = the native CLI's)" node tests/browser/desk.mjs
suite "framework paths (Vue + Element Plus, React + antd, webpack 4, plain HTML, classic script; Chromium)" node tests/browser/examples.mjs
suite "parity (native = Node = Chromium)" node tests/parity.mjs
suite "supply chain (cargo deny: licences, bans, sources; npm audit where the registry answers)" bash scripts/supply-chain.sh
suite "browser matrix (Chromium 72-current, Firefox ESR, WebKitGTK, WPE × 3 CSPs and the classic script; docs/browsers.md)" node tests/browser/matrix.mjs

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "all suites passed"
else
  echo "failed suites: ${failed[*]}"
  exit 1
fi
