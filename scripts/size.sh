#!/usr/bin/env bash
# Sizes of the wasm modules as shipped (wasm-bindgen --target web, then wasm-opt with the flags of
# Cargo.toml's [package.metadata.wasm-pack.profile.release]), raw / gzip -9 / brotli -q 11.
#   bash scripts/size.sh [feature ...]      (default: wasm wasm-opencc wasm-ids wasm-forms wasm-desk)
# WASM_OPT overrides the wasm-opt level (-O3 by default, e.g. WASM_OPT=-Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:/work/main/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
OUT="$CARGO_TARGET_DIR/size"; mkdir -p "$OUT"
LEVEL="${WASM_OPT:--O3}"
FLAGS=(--strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)
measure() { node -e '
const fs=require("fs"),z=require("zlib");const b=fs.readFileSync(process.argv[1]);
const g=z.gzipSync(b,{level:9}).length, r=z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length;
console.log(`${process.argv[2]}\t${b.length}\t${g}\t${r}`)' "$1" "$2"; }
for f in "${@:-wasm wasm-opencc wasm-ids wasm-forms wasm-desk}"; do for feat in $f; do
  # As scripts/build-wasm.sh builds them: the main and identifiers modules at opt-level "z".
  opt=(); case "$feat" in wasm | wasm-ids | wasm-forms) opt=(CARGO_PROFILE_RELEASE_OPT_LEVEL=z) ;; esac
  env "${opt[@]}" cargo build --quiet --release --target wasm32-unknown-unknown --no-default-features --features "$feat"
  cp "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/filing_check.wasm" "$OUT/$feat.cargo.wasm"
  wasm-bindgen --target web --out-dir "$OUT/$feat" --out-name m "$OUT/$feat.cargo.wasm"
  wasm-opt "$LEVEL" "${FLAGS[@]}" "$OUT/$feat/m_bg.wasm" -o "$OUT/$feat.wasm"
  measure "$OUT/$feat.wasm" "$feat$LEVEL"
done; done
