// filing-check for Node (CommonJS). The wasm module is instantiated synchronously on require, so
// `init()` only exists for symmetry with the browser build and resolves at once.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const binding = require('./node/filing_check.js');
const { createApi, FilingCheckError } = require('./api.cjs');

const api = createApi(
  () => binding,
  async () => new Uint8Array(fs.readFileSync(path.join(__dirname, 'opencc', 'opencc.bin'))),
);

module.exports = { ...api, FilingCheckError, init: () => Promise.resolve() };
