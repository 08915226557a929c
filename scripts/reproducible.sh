#!/usr/bin/env bash
# Checks that two clean builds of the shipped modules give identical bytes: each wasm module, its
# wasm-bindgen glue and its wasm2js twin (scripts/build-wasm.sh, from empty target directories),
# then the SBOM. This is how a court's IT verifies what it embeds: build the release's commit
# with the toolchain the README names, run this, and compare the printed SHA-256 sums with the
# files of the published package (pkg/web/*).
#
#   bash scripts/reproducible.sh            # prints one sum per file and "identical" or the differences
#
# Takes two full wasm builds (about 10 minutes on 2 cores). Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
work=$(mktemp -d "${TMPDIR:-/tmp}/fc-repro.XXXX")
trap 'rm -rf "$work"' EXIT
for run in 1 2; do
  for m in "wasm filing_check" "wasm-opencc filing_check_opencc" "wasm-ids filing_check_ids" "wasm-forms filing_check_forms" "wasm-desk filing_check_desk"; do
    set -- $m
    FILING_CHECK_WASM_TARGET_DIR="$work/target$run" bash scripts/build-wasm.sh "$1" "$2" "$work/out$run/$2" >/dev/null
  done
  node scripts/sbom.mjs "$work/out$run/sbom" >/dev/null
  (cd "$work/out$run" && find . -type f ! -name .built-from -print0 | sort -z | xargs -0 sha256sum) > "$work/sums$run"
done
cat "$work/sums1"
if diff "$work/sums1" "$work/sums2" >/dev/null; then
  echo "reproducible: identical ($(wc -l < "$work/sums1") files, two clean builds)"
else
  echo "reproducible: DIFFERENT"; diff "$work/sums1" "$work/sums2"; exit 1
fi
