#!/usr/bin/env bash
# Builds the main wasm module at opt-level "s" and "z" (as scripts/build-wasm.sh ships it) and
# compares them side by side (bench/opt-level.mjs): same answers, time per call, size. The
# record is in docs/benchmarks.md, "The main module at opt-level z".
#
#   bash scripts/opt-level.sh          (after scripts/setup.sh; about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
for level in s z; do
  FILING_CHECK_WASM_OPT_LEVEL=$level FILING_CHECK_WASM_TARGET_DIR="$PWD/target/opt-level/cargo-$level" \
    bash scripts/build-wasm.sh wasm filing_check "target/opt-level/$level" >&2
done
node bench/opt-level.mjs target/opt-level/s target/opt-level/z
