// The browser wrapper's way of loading the dictionaries: chunk by chunk from the fetch's body stream
// into the converter module (api.js loadDictionaries → openccDataBegin / Push / Finish), chunks that
// come before the converter is ready waiting for it. Driven here through the package's own
// api.js with the real converter module (wasm, or its JS twin with FILING_CHECK_ENGINE=js) and a
// stand-in for fetch that gives the real blob in chunks: the conversions must be those of the
// converter loaded whole (loadOpenccData), a stream broken midway must fail with the fetch's
// error and leave a retry possible, and a corrupt stream must fail as a corrupt blob does.
//
//   node --test tests/node/dictionary-stream.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const dir = process.env.FILING_CHECK_PKG ?? path.join(root, 'pkg');
const missing = fs.existsSync(path.join(dir, 'api.js')) ? null : `no package at ${dir} (run scripts/build.sh)`;

function skipLoudly(t, why) {
  console.log(`\n==== SKIPPED: ${t.name}: ${why} ====\n`);
  t.skip(why);
}

const SENTENCES = ['行政机关负责人出庭应诉', '汉字和漢字，鼠标\u{F900}、软件、发现', '「乾隆」皇帝的头发'];
const CONFIGS = ['s2t', 's2twp', 't2s', 'hk2s', 'jp2t'];

/** A fresh converter instance (wasm, or the JS twin under FILING_CHECK_ENGINE=js): no dictionaries. */
function freshConverter() {
  const glue = require(path.join(dir, 'node/filing_check_opencc_bg.cjs'));
  const imports = { './filing_check_opencc_bg.js': glue };
  const exports = process.env.FILING_CHECK_ENGINE === 'js'
    ? require(path.join(dir, 'node/filing_check_opencc_js.cjs')).instantiate(imports)
    : new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(dir, 'web/filing_check_opencc_bg.wasm'))), imports).exports;
  glue.__wbg_set_wasm(exports);
  return glue;
}

/** A seeded xorshift32 stream of chunk sizes. */
function sizes(seed, most) {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % most;
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A stand-in for index.js's fetchDictionaries: `bytes` in chunks, a tick between them. */
function streaming(bytes, nextSize, { failAfter = Infinity, size = bytes.length } = {}) {
  return async (sink) => {
    sink.begin(size);
    let at = 0;
    while (at < bytes.length) {
      if (at >= failAfter) {
        const { FilingCheckError } = await import(pathToFileURL(path.join(dir, 'api.js')).href);
        throw new FilingCheckError('dictionaries_not_loaded', 'could not fetch opencc.bin (connection reset)');
      }
      const n = Math.min(nextSize(), bytes.length - at);
      sink.push(bytes.subarray(at, at + n));
      at += n;
      await tick();
    }
    return null;
  };
}

async function apiWith(fetchDictionaries, converterDelayTicks) {
  const { createApi } = await import(pathToFileURL(path.join(dir, 'api.js')).href);
  // The main module's glue, started by the package's Node entry (it answers before the load).
  require(path.join(dir, 'node.cjs'));
  const main = require(path.join(dir, 'node/filing_check_bg.cjs'));
  const converter = freshConverter();
  const loadConverter = async () => {
    for (let i = 0; i < converterDelayTicks; i++) await tick();
    return converter;
  };
  return createApi(() => main, fetchDictionaries, { loadConverter });
}

/** What the converter gives with the blob loaded whole, for every sentence and configuration. */
function expectedConversions(blob) {
  const whole = freshConverter();
  whole.loadOpenccData(blob);
  return CONFIGS.flatMap((c) => SENTENCES.map((s) => whole.convertText(s, c)));
}

test('dictionaries streamed in chunks convert as the blob loaded whole', async (t) => {
  if (missing) return skipLoudly(t, missing);
  const blob = new Uint8Array(fs.readFileSync(path.join(dir, 'opencc/opencc.bin')));
  const expected = expectedConversions(blob);
  assert.equal(expected[0], '行政機關負責人出庭應訴');
  const ways = [
    ['16 KB chunks, the converter ready first', () => 16384, 0],
    ['random chunks of up to 40 KB (empty ones too), the converter ready after 30 of them', sizes(0x9e3779b9, 40000), 30],
    ['chunks of 1 to 7 bytes near the start, the converter ready late', (() => { let n = 0; return () => (n++ < 400 ? 1 + (n % 7) : 65536); })(), 500],
    ['one chunk, the size not known', () => blob.length, 2, 0],
    // As from a local server or the cache: the chunk becomes the dictionaries' text (push_vec).
    ['one chunk, the size known, the converter ready first', () => blob.length, 0],
    ['the header in a chunk of its own, then the rest', (() => { let n = 0; return () => (n++ === 0 ? 600 : blob.length); })(), 0],
  ];
  for (const [what, next, delay, size] of ways) {
    const api = await apiWith(streaming(blob, next, { size: size ?? blob.length }), delay);
    await api.loadDictionaries();
    const got = CONFIGS.flatMap((c) => SENTENCES.map((s) => api.convertSync(s, c)));
    assert.deepEqual(got, expected, what);
  }
});

test('a stream broken midway fails as a failed fetch, and a retry loads', async (t) => {
  if (missing) return skipLoudly(t, missing);
  const blob = new Uint8Array(fs.readFileSync(path.join(dir, 'opencc/opencc.bin')));
  let attempt = 0;
  const flaky = (sink) => {
    attempt += 1;
    return streaming(blob, () => 16384, { failAfter: attempt === 1 ? 400000 : Infinity })(sink);
  };
  const api = await apiWith(flaky, 3);
  await assert.rejects(api.loadDictionaries(), (e) => e.code === 'dictionaries_not_loaded' && /connection reset/.test(e.message));
  assert.throws(() => api.convertSync('汉字', 's2t'), (e) => e.code === 'dictionaries_not_loaded');
  await api.loadDictionaries();
  assert.equal(api.convertSync('汉字', 's2t'), '漢字');
  assert.equal(attempt, 2);
});

test('a corrupt stream fails as the corrupt blob loaded whole does', async (t) => {
  if (missing) return skipLoudly(t, missing);
  const blob = new Uint8Array(fs.readFileSync(path.join(dir, 'opencc/opencc.bin')));
  const corrupt = [
    ['not a blob', new TextEncoder().encode('<!doctype html><title>404</title>')],
    ['truncated in the directory', blob.subarray(0, 300)],
    ['truncated inside a character', blob.subarray(0, 500000 + [...blob.subarray(500000, 500004)].findIndex((b) => b >= 0xc0) + 1)],
  ];
  for (const [what, bytes] of corrupt) {
    const whole = freshConverter();
    const expected = (() => { try { whole.loadOpenccData(bytes); } catch (e) { return e; } return null; })();
    assert.ok(expected, `${what}: the whole blob is refused`);
    const api = await apiWith(streaming(bytes, () => 4096), 1);
    await assert.rejects(api.loadDictionaries(), (e) => e.code === 'invalid_data' && e.message === expected.message, what);
  }
});
