#!/usr/bin/env bash
# Sizes of one module as the package ships it, for both engines: the WebAssembly 1.0 module and its
# wasm2js twin, built by scripts/build-wasm.sh exactly as scripts/build.sh builds them; raw, gzip -9
# and brotli -q 11 (node:zlib, as scripts/size.sh and the benchmarks measure).
#   bash scripts/size-engines.sh [FEATURE [OUT_NAME]]     (default: wasm filing_check, the main module)
# Prints one line per file: name, raw, gzip, brotli (bytes). The build lands in target/size-engines/FEATURE.
set -euo pipefail
cd "$(dirname "$0")/.."
feature=${1:-wasm} name=${2:-filing_check}
out="${CARGO_TARGET_DIR:-$PWD/target}/size-engines/$feature"
bash scripts/build-wasm.sh "$feature" "$name" "$out" >/dev/null
for f in "$out/${name}_bg.wasm" "$out/${name}_js.js"; do
  node -e '
const fs=require("fs"),z=require("zlib");const b=fs.readFileSync(process.argv[1]);
const g=z.gzipSync(b,{level:9}).length, r=z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length;
console.log(`${require("path").basename(process.argv[1])}\t${b.length}\t${g}\t${r}`)' "$f"
done
