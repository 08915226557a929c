// filing-check for Node (CommonJS). The module is instantiated synchronously on require, so
// `init()` only exists for symmetry with the browser build and resolves at once.
//
// The engine is chosen as in browsers (engine.js): the .wasm where WebAssembly compiles, else the
// same module compiled to JS (e.g. `node --jitless`, which has no WebAssembly).
// FILING_CHECK_ENGINE=js|wasm forces one, so that the tests can run both.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const glue = require('./node/filing_check_bg.cjs');
const { createApi, FilingCheckError } = require('./api.cjs');

function canCompileWasm() {
  try {
    return typeof WebAssembly === 'object' && new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])) instanceof WebAssembly.Module;
  } catch (refused) {
    return false;
  }
}

const forced = process.env.FILING_CHECK_ENGINE;
if (forced !== undefined && forced !== 'wasm' && forced !== 'js') {
  throw new FilingCheckError('invalid_argument', `FILING_CHECK_ENGINE: "${forced}" is neither "wasm" nor "js"`);
}
const engineName = forced || (canCompileWasm() ? 'wasm' : 'js');
/** Instantiates a module (`name`: its files' name) on the chosen engine, synchronously. */
function start(name, moduleGlue) {
  const imports = { [`./${name}_bg.js`]: moduleGlue };
  const exportsOf =
    engineName === 'wasm'
      ? new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'web', `${name}_bg.wasm`))), imports).exports
      : require(`./node/${name}_js.cjs`).instantiate(imports);
  moduleGlue.__wbg_set_wasm(exportsOf);
  if (typeof exportsOf.__wbindgen_start === 'function') exportsOf.__wbindgen_start();
  return moduleGlue;
}
start('filing_check', glue);

// The desk ops (supervise, rates, bulletin) are in a module of their own, which the main module
// does not link; it is instantiated on the first desk call, so that a process that never calls
// them does not compile it.
let desk = null;
const getDesk = () => desk || (desk = start('filing_check_desk', require('./node/filing_check_desk_bg.cjs')));

// Conversions run in the converter module, as in browsers (the main module has no OpenCC engine),
// instantiated by the first loadDictionaries().
let converter = null;
const loadConverter = async () => converter || (converter = start('filing_check_opencc', require('./node/filing_check_opencc_bg.cjs')));

const api = createApi(
  () => glue,
  async () => new Uint8Array(fs.readFileSync(path.join(__dirname, 'opencc', 'opencc.bin'))),
  { loadConverter, getDesk },
);

// The modules are ready on require (the desk's on first use); initIds(), initForms() and
// initDesk() exist for symmetry with the browser build: the main module answers their ops.
// setAssetBase is for the browser's legacy entry (webpack 4); Node reads its files itself.
module.exports = {
  ...api, FilingCheckError, init: () => Promise.resolve(), initIds: () => Promise.resolve(), initForms: () => Promise.resolve(), initDesk: () => Promise.resolve(), engine: () => engineName, canCompileWasm,
  setAssetBase: () => undefined,
};
