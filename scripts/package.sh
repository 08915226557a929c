#!/usr/bin/env bash
# Assembles the npm package in pkg/ from the hand-written wrapper (npm/), the wasm modules and
# their glue (target/wasm/, made by scripts/build-wasm.sh), the dictionaries and the schemas.
# Run by scripts/build.sh; alone, it repackages without rebuilding the modules.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[build]\033[0m %s\n' "$*"; }

say "npm package (pkg/)"
# The filing types and the ops' result types come from the schemas the Rust types generate; without
# schemas/ the committed npm/types/filings.d.ts and results.d.ts stay as they are.
if [ -d schemas ]; then FILING_CHECK_UPDATE=1 node scripts/gen-types.mjs; fi
rm -rf pkg target/pkg-src
mkdir -p pkg/web pkg/node target/pkg-src/web
# The sources of the bundled files: the hand-written wrapper beside the generated glue.
cp npm/*.js target/pkg-src/
cp -r npm/adapters target/pkg-src/adapters
modules=(target/wasm/main/filing_check target/wasm/opencc/filing_check_opencc target/wasm/ids/filing_check_ids target/wasm/forms/filing_check_forms target/wasm/desk/filing_check_desk)
es2018() { esbuild --log-level=warning --target=es2018 --supported:import-meta=true --supported:dynamic-import=true "$@"; }
# The JS engines (wasm2js's output) are machine code in JS syntax, read by nobody: their data
# segments as text instead of base64 (scripts/wasm2js-data.mjs) and minified, they are 28% smaller
# under brotli (the main one 535 -> 385 KB, docs/benchmarks.md "The JS twins"); the browser tests,
# the matrix and the parity suite run these files.
for m in "${modules[@]}"; do
  name=$(basename "$m")
  cp "${m}_bg.js" target/pkg-src/web/
  cp "${m}_bg.wasm" pkg/web/
  node scripts/wasm2js-data.mjs "${m}_js.js" "target/pkg-src/web/${name}_js.js" >/dev/null
  es2018 "target/pkg-src/web/${name}_js.js" --minify --charset=utf8 --format=esm --outfile="pkg/web/${name}_js.js" \
    "--banner:js=// DO NOT EDIT: binaryen wasm2js output (scripts/build-wasm.sh), data as text by scripts/wasm2js-data.mjs, minified by scripts/package.sh."
done
# The browser entry is one file (one module request for a page with no bundler): the wrapper, its
# engine choice and both glues, as ES2018 (Chromium 72, Firefox 78, Safari 14). The JS engines
# stay separate files that only a page refused WebAssembly loads.
es2018 target/pkg-src/index.js --bundle --format=esm --outfile=pkg/index.js \
  --external:./web/filing_check_js.js --external:./web/filing_check_opencc_js.js --external:./web/filing_check_ids_js.js --external:./web/filing_check_forms_js.js --external:./web/filing_check_desk_js.js
es2018 target/pkg-src/dropin.js --format=esm --outfile=pkg/dropin.js
# Classic scripts for pages with no bundler and no module script (jQuery, layui):
#   <script src="/static/filing-check/filing-check.global.js"></script>   → window.FilingCheck
#   <script src="/static/filing-check/dropin.global.js"></script>         → the drop-in, and
#                                                                            window.FilingCheck
# The same code as index.js and dropin.js. A classic script has no import.meta, so the files
# beside it are found from its own URL (document.currentScript, read while the script runs).
classic=(--bundle --format=iife --define:import.meta.url=__filingCheckScriptUrl
  "--banner:js=var __filingCheckScriptUrl = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || self.location.href;"
  --external:./web/filing_check_js.js --external:./web/filing_check_opencc_js.js --external:./web/filing_check_ids_js.js --external:./web/filing_check_forms_js.js --external:./web/filing_check_desk_js.js)
es2018 target/pkg-src/index.js "${classic[@]}" --global-name=FilingCheck --outfile=pkg/filing-check.global.js
es2018 target/pkg-src/dropin-global.js "${classic[@]}" --global-name=FilingCheck --outfile=pkg/dropin.global.js
# The legacy entry (package.json "module", read by webpack 4, which knows no "exports"): the same
# code with import.meta.url replaced by the folder setAssetBase() names, and the JS engines loaded
# from there at run time (webpackIgnore) instead of bundled.
sed -E "s#import\('(\./web/[a-z_]+_js\.js)'\)#import(/* webpackIgnore: true */ new URL('\1', import.meta.url).href)#" \
  target/pkg-src/index.js > target/pkg-src/index-legacy.js
sed 's#./index.js#./index-legacy.js#' target/pkg-src/legacy.js > target/pkg-src/legacy-entry.js
es2018 target/pkg-src/legacy-entry.js --bundle --format=esm --outfile=pkg/legacy.js \
  --define:import.meta.url=__filingCheckAssetBase --inject:target/pkg-src/legacy-base.js
es2018 target/pkg-src/api.js --format=esm --outfile=pkg/api.js
# The unbundled glue and engine choice, for code that instantiates a module itself (the tests,
# the benchmark); index.js has its own copies inside.
es2018 target/pkg-src/engine.js --format=esm --outfile=pkg/engine.js
cp target/pkg-src/web/*_bg.js pkg/web/
# Node: the same glue and JS engine as CommonJS (node.cjs loads the .wasm from web/).
es2018 target/pkg-src/web/filing_check_bg.js --format=cjs --platform=node --outfile=pkg/node/filing_check_bg.cjs
es2018 target/pkg-src/web/filing_check_js.js --format=cjs --charset=utf8 --platform=node --outfile=pkg/node/filing_check_js.cjs
# The converter module's, which node.cjs instantiates on the first loadDictionaries().
es2018 target/pkg-src/web/filing_check_opencc_bg.js --format=cjs --platform=node --outfile=pkg/node/filing_check_opencc_bg.cjs
es2018 target/pkg-src/web/filing_check_opencc_js.js --format=cjs --charset=utf8 --platform=node --outfile=pkg/node/filing_check_opencc_js.cjs
# The desk module's, which node.cjs instantiates on the first desk call.
es2018 target/pkg-src/web/filing_check_desk_bg.js --format=cjs --platform=node --outfile=pkg/node/filing_check_desk_bg.cjs
es2018 target/pkg-src/web/filing_check_desk_js.js --format=cjs --charset=utf8 --platform=node --outfile=pkg/node/filing_check_desk_js.cjs
es2018 target/pkg-src/api.js --format=cjs --platform=node --outfile=pkg/api.cjs
printf '{ "type": "commonjs" }\n' > pkg/node/package.json
cp npm/package.json npm/README.md npm/node.cjs npm/node.mjs npm/index.d.ts npm/dropin.d.ts pkg/
cp -r npm/types pkg/types
# The same declarations for require() consumers (TypeScript reads .d.cts as CommonJS).
sed -e "s#'./types/filings.js'#'./types/filings.cjs'#" -e "s#'./types/results.js'#'./types/results.cjs'#" npm/index.d.ts > pkg/index.d.cts
cp npm/types/filings.d.ts pkg/types/filings.d.cts
cp npm/types/results.d.ts pkg/types/results.d.cts
if [ -d npm/adapters ]; then cp -r npm/adapters pkg/adapters; fi
# The whole-form adapters of jquery-validation and layui as a classic script (window.FilingCheckForms),
# taking the checker from the page's window.FilingCheck rather than bundling a second one.
es2018 target/pkg-src/forms-global.js --bundle --format=iife --global-name=FilingCheckForms \
  --alias:filing-check=./target/pkg-src/global-api.js --outfile=pkg/adapters/forms.global.js
if [ -d data/opencc ]; then
  mkdir -p pkg/opencc && cp data/opencc/*.bin pkg/opencc/ 2>/dev/null || true
  cp data/opencc/LICENSE* data/opencc/NOTICE* pkg/opencc/ 2>/dev/null || true
fi
if [ -d schemas ]; then cp -r schemas pkg/schemas; fi
# The CycloneDX SBOM of what the package contains (scripts/sbom.mjs, from cargo metadata --locked).
node scripts/sbom.mjs target/sbom >/dev/null && cp target/sbom/filing-check.npm.cdx.json pkg/sbom.cdx.json
node scripts/check-package.mjs
say "done: pkg/ ($(du -sh pkg | cut -f1))"
