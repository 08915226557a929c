#!/usr/bin/env bash
# Builds one wasm module of filing-check for every engine a portal meets, as WebAssembly 1.0
# (the MVP plus mutable globals: Chromium 72, Firefox 78 ESR, Safari 14), and its JS twin:
#
#   bash scripts/build-wasm.sh FEATURE OUT_NAME OUT_DIR
#
# produces in OUT_DIR:
#   OUT_NAME_bg.wasm   the module, validated as WebAssembly 1.0 + mutable-globals
#   OUT_NAME_bg.js     wasm-bindgen's glue (bundler shape: the module is handed in with
#                      __wbg_set_wasm), patched so that it also works over wasm2js's memory
#   OUT_NAME_js.js     the same module compiled to JS by binaryen's wasm2js, for pages where
#                      WebAssembly may not compile (CSP without 'wasm-unsafe-eval', lockdown
#                      modes, node --jitless); it imports OUT_NAME_bg.js as the wasm does
#
# Why not wasm-pack: the precompiled std's `target_features` section claims reference-types and
# multivalue, and wasm-bindgen then emits an externref table (Chrome 96+, and broken in
# Safari-16-era WebKit). The claim has to be removed between cargo and wasm-bindgen
# (scripts/wasm-features.mjs), and wasm-pack has no step there. These are the steps wasm-pack
# would run, with that one added and wasm-opt's lowering passes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
feature=$1 name=$2 out=$3
mkdir -p "$out"

# Our own code is compiled for the MVP; std's bulk-memory, sign-ext and float-to-int
# instructions are lowered by wasm-opt below.
# Without default features: the main module leaves out the desk ops (feature `desk`, default for
# native builds), which the desk module (`wasm-desk`) brings back for the pages that use them.
# The panic locations of dependencies name their source path, which holds $CARGO_HOME: mapped to
# a fixed prefix, so that the module's bytes do not depend on who built it or where
# (scripts/reproducible.sh checks that two clean builds are identical).
target_dir="${FILING_CHECK_WASM_TARGET_DIR:-$ROOT/target/wasm-build}/$feature"
# The main and identifiers modules are built for size alone (opt-level "z"): every validating
# page downloads them, and a check takes tens of microseconds, too little to show. At "z" the
# main module is 8.5% smaller under brotli and its JS twin 11.5%, and a call about 1.3-1.7x
# slower (docs/benchmarks.md, "The main module at opt-level z"); the identifiers module 8%
# ("The identifiers module to 30 KB"). The converter (its hot loop) and the desk (100,000
# records at a time) keep Cargo.toml's "s".
# (FILING_CHECK_WASM_OPT_LEVEL overrides it, for scripts/opt-level.sh's comparison.)
case "$feature" in wasm | wasm-ids | wasm-forms) export CARGO_PROFILE_RELEASE_OPT_LEVEL="${FILING_CHECK_WASM_OPT_LEVEL:-z}" ;; esac
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-cpu=mvp -C target-feature=+mutable-globals --remap-path-prefix=$cargo_home/registry/src=/cargo/registry/src --remap-path-prefix=$cargo_home/git/checkouts=/cargo/git/checkouts --remap-path-prefix=$ROOT=/filing-check" \
  cargo build --quiet --release --lib --target wasm32-unknown-unknown --no-default-features --features "$feature" --target-dir "$target_dir"
raw="$target_dir/wasm32-unknown-unknown/release/filing_check.wasm"
# The steps below take minutes (wasm-opt and wasm2js run on Node); they are skipped when cargo's
# output is byte for byte the one they last processed.
stamp="$out/.built-from"
source_sum="$({ sha256sum "$raw" scripts/build-wasm.sh scripts/wasm-features.mjs scripts/wasm2js-factory.mjs scripts/patch-glue.mjs; echo "${WASM_OPT_LEVEL:-}"; } | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$source_sum" ] && [ -f "$out/${name}_js.js" ]; then
  echo "$out: up to date"
  exit 0
fi
rm -f "$stamp"
cp "$raw" "$out/$name.cargo.wasm"
node scripts/wasm-features.mjs "$out/$name.cargo.wasm" reference-types multivalue >/dev/null

wasm-bindgen --target bundler --out-dir "$out" --out-name "$name" "$out/$name.cargo.wasm"
rm -f "$out/$name.cargo.wasm"

# Optimise, then lower what is not WebAssembly 1.0; reading the result back with only the MVP
# features enabled is the validation (wasm-opt refuses any instruction outside them).
post_mvp="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals"
# shellcheck disable=SC2086
wasm-opt "$out/${name}_bg.wasm" $post_mvp ${WASM_OPT_LEVEL:--O3} \
  --llvm-memory-copy-fill-lowering --llvm-nontrapping-fptoint-lowering --signext-lowering \
  --strip-debug --strip-producers --strip-target-features -o "$out/${name}_bg.wasm"
wasm-opt "$out/${name}_bg.wasm" --mvp-features --enable-mutable-globals --print-function-map >/dev/null \
  || { echo "$out/${name}_bg.wasm is not WebAssembly 1.0 + mutable-globals" >&2; exit 1; }

# The JS engine. wasm2js's imports are the wasm's (`./OUT_NAME_bg.js`), so both engines share
# one glue module. -O3, not -O2: the main module's twin 2% smaller under brotli once minified
# (293.4 -> 287.6 KB), and as fast in Node (a defence check 293 µs either way; -Os was 0.5 KB
# smaller still and slower), docs/benchmarks.md "The main module at opt-level z".
wasm2js "$out/${name}_bg.wasm" --mvp-features --enable-mutable-globals -O3 -o "$out/${name}_js.js"

node scripts/wasm2js-factory.mjs "$out/${name}_js.js"
node scripts/patch-glue.mjs "$out/${name}_bg.js"
echo "$source_sum" > "$stamp"
