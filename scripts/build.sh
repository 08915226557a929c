#!/usr/bin/env bash
# Builds every face of filing-check: the native CLI, the wasm builds (web and Node), and the npm
# package in pkg/ (hand-written wrapper from npm/ + wasm-pack output + dictionaries + schemas).
# Assumes scripts/setup.sh has run (scripts/demo.sh and scripts/test.sh run it first).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

say "native CLI (target/release/filing-check)"
cargo build --release --features cli --quiet

# Each module is WebAssembly 1.0 with a JS twin (wasm2js), built by scripts/build-wasm.sh.
say "wasm: the main module (WebAssembly 1.0, and the same compiled to JS)"
bash scripts/build-wasm.sh wasm filing_check target/wasm/main
# The converter-only module for browsers (src/wasm/converter.rs): a page's first conversion
# fetches it, with the dictionaries; Node loads it on the first loadDictionaries(). The main
# module has no OpenCC engine (feature `convert` off).
say "wasm: the converter-only module"
bash scripts/build-wasm.sh wasm-opencc filing_check_opencc target/wasm/opencc
# The identifiers-only module (src/wasm/ids.rs): what initIds() loads for a page whose only
# checks are identifier fields (the drop-in, the form adapters), a fraction of the main module.
say "wasm: the identifiers-only module"
bash scripts/build-wasm.sh wasm-ids filing_check_ids target/wasm/ids
# The forms module (src/wasm/forms.rs): what initForms() loads for a page with one of the agency's
# own forms (appearance, absence, performance): those checks, identifiers and the due day.
say "wasm: the forms module"
bash scripts/build-wasm.sh wasm-forms filing_check_forms target/wasm/forms
# The desk module (src/wasm/desk.rs): supervise, rates and bulletin, what initDesk() loads for the
# bureau's desk page; the main module is built without them.
say "wasm: the desk module"
bash scripts/build-wasm.sh wasm-desk filing_check_desk target/wasm/desk

bash scripts/package.sh
