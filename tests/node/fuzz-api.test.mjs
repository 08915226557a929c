// A seeded random test of the package's whole JS API, on the built package (pkg/): every export of
// the Node entries (node.cjs, node.mjs) and of the browser entry (index.js, run here in Node on the
// same .wasm), and every operation of `call`, called with random values: wrong types, lone
// surrogates, strings beyond the documented limits, deep nesting, cycles, shared-reference bombs,
// and corpus-shaped requests with mutated fields.
//
// Every call must return normally or throw a FilingCheckError whose code is one of the documented
// codes (README "Errors", npm/index.d.ts ErrorCode), never `internal` (that is what the wrapper
// makes of a wasm trap or any other surprise), never a TypeError, RangeError or RuntimeError; and
// after every call the module must still give the known answers. Requests made only of JSON
// values must give the same answer through call() and callJson(). The input limits (src/api/mod.rs
// MAX_INPUT_BYTES 4 MiB, MAX_DEPTH 32; text ops 2 MiB; timeline 200 events) are checked one by
// one: `input_too_large`, with a message naming the limit.
//
//   FILING_CHECK_FUZZ_SEED=<n>    seed (default below; printed, so any failure reproduces)
//   FILING_CHECK_FUZZ_CALLS=<n>   random calls (default 3000; e.g. 200000 for a long run)
//
// Not in scope: exceptions raised by the caller's own objects while the package reads them
// (a throwing getter, a revoked Proxy) propagate as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { callOps, loadCases } from '../js/corpus-core.mjs';
import { mulberry32 as rng } from '../../bench/random.mjs';
import { corpusMaterial } from '../js/fuzz-gen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const SEED = Number(process.env.FILING_CHECK_FUZZ_SEED ?? 20261122) >>> 0;
const CALLS = Number(process.env.FILING_CHECK_FUZZ_CALLS ?? 3000);
console.log(`# fuzz seed ${SEED}, ${CALLS} calls; reproduce: FILING_CHECK_FUZZ_SEED=${SEED} FILING_CHECK_FUZZ_CALLS=${CALLS} node --test tests/node/fuzz-api.test.mjs`);

const MAX_INPUT_BYTES = 4 * 1024 * 1024;
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 32;
const today = '2026-11-22';
const VALID_ID = '11010519491231002X';

// ---------------------------------------------------------------------------------------------
// The package, three ways. The browser entry fetches its own files; in Node, fetch() cannot read
// file: URLs, so a stand-in serves them from disk (and can be told to fail like a dropped network).
const realFetch = globalThis.fetch;
let fetchFails = false;
globalThis.fetch = async (url) => {
  const u = new URL(String(url));
  if (u.protocol !== 'file:') return realFetch(url);
  if (fetchFails) throw new TypeError('Failed to fetch');
  const type = u.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(readFileSync(fileURLToPath(u)), { headers: { 'Content-Type': type } });
};
const cjs = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
const esm = await import(pathToFileURL(join(pkgDir, 'node.mjs')).href);
const web = await import(pathToFileURL(join(pkgDir, 'index.js')).href);
const entries = { cjs, esm, web };

// The documented codes: npm/index.d.ts and the README must list the same ones.
const dts = readFileSync(join(pkgDir, 'index.d.ts'), 'utf8');
const CODES = new Set([...dts.match(/export type ErrorCode =([^;]*);/)[1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
const readmeCodes = new Set([...readFileSync(join(root, 'README.md'), 'utf8').match(/Codes: ([\s\S]*?)\. They are the same/)[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));

// The operations of `call`, read from the match in src/api/mod.rs `pub fn call`.
const OPS = callOps(root);

const cases = loadCases(join(root, 'tests/cases'));
const casesByOp = {};
for (const c of cases) (casesByOp[c.op] ??= []).push(c);
await cjs.loadDictionaries();

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32, bench/random.mjs).
let rand = rng(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => rand() < p;

// Every string and every key that occurs in the corpus requests: realistic material to mutate.
const { strings: STRINGS, keys: KEYS } = corpusMaterial(cases);

const HUGE = 'a'.repeat(MAX_INPUT_BYTES + 1024);                      // over 4 MiB in bytes and in length
const HUGE_CJK = '汉'.repeat(Math.ceil((MAX_INPUT_BYTES + 1024) / 3)); // over 4 MiB in UTF-8, 1.4 M UTF-16 units
const TEXT_OVER = '文'.repeat(Math.ceil((MAX_TEXT_BYTES + 3) / 3));      // over the 2 MiB of one text, under 4 MiB
const ForeignDate = vm.runInNewContext('Date');

const SPECIAL_STRINGS = [
  '', ' ', '\0', '\uFEFF', '\u200B\u200D', '\u202E', '\uD800', '\uDFFF', 'a\uDC00b', '\uD83D', '😀', '\uDBFF\uDFFF',
  '2026-11-22', '2026-02-29', '2024-02-29', '2026-13-01', '0000-01-01', '9999-12-31', '-0001-01-01', '2026-11-22T00:00:00Z',
  '２０２６-１１-２２', '2026/11/22', '20261122', '15d', '0d', '-1d', '99999999999d', '1wd', '6m', '1y', '15 days', 'd',
  VALID_ID, '11010519491231002x', '110105194912310021', '91350100M000100Y43', '（2024）粤71行初123号',
  'zh-Hans', 'zh-Hant', 'en', 'fr', 'ZH-HANS', 's2t', 't2s', 's2x', 'resident', 'credit-code', 'case-number',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'ID-001', 'APP-101', 'off', 'error',
  'final', 'draft', 'guangzhou', 'qiannan', 'suit-direct', 'x'.repeat(1000), '汉'.repeat(3000), 'a\u0301'.repeat(50),
  '學(xué)習(xí)　ＡＢＣ', '\r\n\t', '\\', '"', '{', '[', '\u0085\u2028\u2029',
];
const NUMBERS = [0, -0, 1, -1, 2, 15, 0.5, -1e-300, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, 2 ** 64, NaN, Infinity, -Infinity, 20261122];

function mutateString(s) {
  const chars = [...s];
  switch (int(7)) {
    case 0: return s.slice(0, int(s.length + 1));
    case 1: chars.splice(int(chars.length + 1), 0, randomString(1 + int(3))); return chars.join('');
    case 2: if (chars.length) chars.splice(int(chars.length), 1); return chars.join('');
    case 3: if (chars.length) chars[int(chars.length)] = String.fromCharCode(int(0x10000)); return chars.join('');
    case 4: return s.replace(/\d/g, (d) => (chance(0.2) ? String(int(10)) : d));
    case 5: return s + s;
    default: return s.toUpperCase();
  }
}

function randomString(n = int(12)) {
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.4) out += String.fromCharCode(0x20 + int(0x5f));
    else if (r < 0.7) out += String.fromCharCode(0x4e00 + int(0x5000));
    else if (r < 0.8) out += String.fromCodePoint(0x10000 + int(0x10000));
    else if (r < 0.85) out += String.fromCharCode(0xd800 + int(0x800)); // a lone surrogate
    else out += String.fromCharCode(int(0x10000));
  }
  return out;
}

function str() {
  const r = rand();
  if (r < 0.35) return pick(STRINGS);
  if (r < 0.55) return mutateString(pick(STRINGS));
  if (r < 0.75) return pick(SPECIAL_STRINGS);
  if (r < 0.97) return randomString();
  return pick([HUGE, HUGE_CJK, TEXT_OVER]);
}

function deep(n, array) {
  let v = array ? [1] : { a: 1 };
  for (let i = 0; i < n; i++) v = array ? [v] : { a: v };
  return v;
}

function special() {
  switch (int(24)) {
    case 0: return new Date(Date.UTC(2026, 10, 22));
    case 1: return new Date('garbage');
    case 2: return new ForeignDate(2026, 10, 22);
    case 3: { const o = { today, kind: 'resident' }; o.self = o; return o; }
    case 4: { const a = [1, 2]; a.push(a); return a; }
    case 5: return deep(pick([30, 31, 32, 33, 40, 200, 5000]), chance(0.5));
    case 6: { let v = { leaf: 'x' }; for (let i = 0; i < 28; i++) v = { a: v, b: v }; return v; } // 2^28 paths
    case 7: return new Array(pick([10, 5e6, 2 ** 32 - 1]));
    case 8: return new Map([['today', today], [1, 2]]);
    case 9: return new Set([today]);
    case 10: return new Uint8Array(pick([0, 4, 1024]));
    case 11: return new ArrayBuffer(8);
    case 12: return /2026-11-22/;
    case 13: return new Error('boom');
    case 14: return Promise.resolve(today);
    case 15: { const o = Object.create(null); o.kind = 'resident'; o.today = today; return o; }
    case 16: return new (class Filing { constructor() { this.kind = 'appearance'; } })();
    case 17: return Object.freeze({ today, lang: 'en' });
    case 18: return { [Symbol('k')]: 1, today };
    case 19: return Object.assign([1, 2], { extra: 'x' });
    case 20: return new String(today);
    case 21: return new Number(5);
    case 22: return { ['k\uD800']: 'lone surrogate in a key', ['\uDC00']: 1 };
    default: return { toJSON: () => 'x', valueOf: () => 1, today };
  }
}

function anyValue(depth = 0) {
  const r = rand();
  if (r < 0.22) return str();
  if (r < 0.34) return pick(NUMBERS);
  if (r < 0.38) return chance(0.5);
  if (r < 0.42) return null;
  if (r < 0.46) return undefined;
  if (r < 0.48) return BigInt(int(1e9)) * (chance(0.5) ? 10n ** 30n : 1n);
  if (r < 0.50) return Symbol(str().slice(0, 10));
  if (r < 0.52) return pick([() => today, function named() {}, async () => 1, class K {}]);
  if (r < 0.64) return special();
  if (r < 0.80 && depth < 4) return Array.from({ length: int(5) }, () => anyValue(depth + 1));
  if (depth < 4) {
    const o = {};
    // Own properties, as JSON.parse makes them: a "__proto__" key is data, not the prototype.
    for (let i = int(5); i > 0; i--) {
      Object.defineProperty(o, chance(0.7) ? pick(KEYS) : str().slice(0, 30), { value: anyValue(depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  return str();
}

// A corpus request with a few of its fields changed, removed, added, retyped or broken.
function mutate(request) {
  const v = structuredClone(request);
  const holders = [];
  (function walk(x, d) {
    if (x && typeof x === 'object') {
      holders.push(x);
      if (d < 12) for (const k of Object.keys(x)) walk(x[k], d + 1);
    }
  })(v, 0);
  for (let n = 1 + int(3); n > 0; n--) {
    const h = pick(holders);
    const keys = Object.keys(h);
    const k = keys.length && chance(0.85) ? pick(keys) : (Array.isArray(h) ? h.length : pick(KEYS));
    const r = rand();
    if (r < 0.25) h[k] = anyValue(2);
    else if (r < 0.35) { if (Array.isArray(h)) h.splice(Number(k), 1); else delete h[k]; }
    else if (r < 0.55) h[k] = typeof h[k] === 'string' ? mutateString(h[k]) : str();
    else if (r < 0.62) h[k] = [h[k]];
    else if (r < 0.68) h[k] = special();
    else if (r < 0.72) h[k] = v; // a cycle back to the top
    else if (r < 0.80 && Array.isArray(h[k])) h[k] = [...h[k], ...h[k]];
    else if (r < 0.85) h[k] = pick([null, undefined, 0, true, [], {}]);
    else if (r < 0.90) h[k] = pick(NUMBERS);
    else h[k] = pick(SPECIAL_STRINGS);
  }
  return v;
}

const caseOf = (op) => (casesByOp[op] ? pick(casesByOp[op]) : undefined);
const requestFor = (op) => {
  const c = caseOf(op);
  const r = rand();
  if (c && r < 0.15) return structuredClone(c.request);
  if (c && r < 0.8) return mutate(c.request);
  return anyValue(1);
};
const dateish = () => (chance(0.7) ? pick([today, '2025-09-16', '2024-02-29', ...SPECIAL_STRINGS.slice(12, 20)]) : anyValue(2));
const optionsArg = () => {
  if (chance(0.2)) return anyValue(1);
  const o = { today: chance(0.9) ? dateish() : undefined, lang: chance(0.5) ? pick(['zh-Hans', 'zh-Hant', 'en', str()]) : undefined };
  if (chance(0.3)) o.mode = pick(['final', 'draft', str()]);
  if (chance(0.2)) o.rules = chance(0.7) ? { [pick(['ID-001', 'APP-101', str()])]: pick(['off', 'info', 'warning', 'error', str()]) } : anyValue(2);
  if (chance(0.2)) o.packs = chance(0.7) ? [pick(['guangzhou', 'qiannan', str()])] : anyValue(2);
  return o;
};
const textArg = () => {
  const c = caseOf(pick(['convert', 'clean', 'script']));
  return chance(0.5) && c && typeof c.request.text === 'string' ? (chance(0.5) ? c.request.text : mutateString(c.request.text)) : anyValue(1);
};
const configArg = () => (chance(0.8) ? pick(['s2t', 't2s', 's2tw', 'tw2s', 's2hk', 'hk2s', 's2twp', 'tw2sp', 't2tw', 'tw2t', 't2hk', 'hk2t', 't2jp', 'jp2t', 's2hkp', 'hk2sp', 'S2T', 's2x']) : anyValue(1));
const jsonText = (op) => {
  const r = rand();
  if (r < 0.6) {
    // JSON.stringify, but giving up on what would take long (a huge sparse array, 2^28 shared paths).
    let nodes = 0;
    const bounded = (k, x) => { if (++nodes > 100000 || (Array.isArray(x) && x.length > 100000)) throw new RangeError('too big to stringify'); return x; };
    try { const t = JSON.stringify(requestFor(op), bounded); if (typeof t === 'string') return chance(0.8) ? t : mutateString(t); } catch { /* a cycle, a bigint, too big */ }
  }
  if (r < 0.7) { const n = pick([32, 33, 127, 128, 129, 200, 100000]); return '['.repeat(n) + ']'.repeat(n); }
  if (r < 0.75) return `{"text":"${HUGE}"}`;
  if (r < 0.8) return '{"a":' + '{"a":'.repeat(pick([40, 300])) + '1' + '}'.repeat(pick([0, 40, 301]));
  return anyValue(1);
};
const opArg = () => (chance(0.85) ? pick(OPS) : anyValue(1));

// How each export is called. A new export of the package fails the coverage test until it is here.
const CALLERS = {
  init: (fc) => [chance(0.5) ? undefined : anyValue(1)],
  initIds: (fc) => [chance(0.5) ? undefined : anyValue(1)],
  initDesk: (fc) => [chance(0.5) ? undefined : anyValue(1)],
  initForms: (fc) => [chance(0.5) ? undefined : anyValue(1)],
  call: (fc) => { const op = opArg(); return [op, requestFor(typeof op === 'string' ? op : 'id')]; },
  callJson: (fc) => { const op = opArg(); return [op, jsonText(typeof op === 'string' ? op : 'id')]; },
  validateId: () => {
    const c = caseOf('id');
    return [chance(0.8) ? pick(['resident', 'credit-code', 'case-number']) : anyValue(1),
      chance(0.6) ? mutateString(c.request.value) : chance(0.5) ? c.request.value : anyValue(1), optionsArg()];
  },
  check: () => { const c = caseOf('check'); return [chance(0.8) ? mutate({ f: c.request.filing }).f : anyValue(1), chance(0.5) ? { ...c.request, ...(c.request.config ?? {}), filing: undefined } : optionsArg()]; },
  dueDate: () => [chance(0.7) ? dateish() : anyValue(1), chance(0.7) ? pick(['15d', '1m', '6m', '1y', '5wd', '0d', '15 days', str()]) : anyValue(1)],
  deadline: () => [chance(0.9) ? requestFor('deadline') : undefined],
  windows: () => [chance(0.9) ? requestFor('windows') : undefined],
  timeline: () => [chance(0.9) ? requestFor('timeline') : undefined],
  supervise: () => [chance(0.9) ? requestFor('supervise') : undefined],
  rates: () => [chance(0.9) ? requestFor('rates') : undefined],
  bulletin: () => [chance(0.9) ? requestFor('bulletin') : undefined],
  rules: () => [chance(0.5) ? { lang: pick(['zh-Hans', 'zh-Hant', 'en', str()]) } : anyValue(1)],
  setLabels: () => [chance(0.3) ? null : chance(0.6) ? { '/hearing/caseNumber': pick(['案件编号', str()]), '/appearing/*': '（第{n}位）' } : anyValue(1)],
  setAssetBase: () => [chance(0.7) ? pick(['/filing-check/', './vendor/filing-check', 'https://cdn.example.invalid/fc/', str()]) : anyValue(1)],
  clean: () => [textArg()],
  loadDictionaries: () => [],
  convert: () => [textArg(), configArg(), chance(0.3) ? { clean: pick([true, false, anyValue(2)]) } : undefined],
  convertSync: () => [textArg(), configArg(), chance(0.3) ? { clean: pick([true, false, anyValue(2)]) } : undefined],
  version: () => (chance(0.5) ? [] : [anyValue(1)]),
  engine: () => (chance(0.5) ? [] : [anyValue(1)]),
  canCompileWasm: () => (chance(0.5) ? [] : [anyValue(1)]),
  FilingCheckError: () => [pick([...CODES]), str()],
};
const ASYNC = new Set(['init', 'initIds', 'initForms', 'initDesk', 'loadDictionaries', 'convert']);

// What a normal return must look like, per export.
function checkReturn(name, args, r) {
  const isObj = (x) => x !== null && typeof x === 'object';
  switch (name) {
    case 'validateId': return isObj(r) && typeof r.valid === 'boolean' && typeof r.normalized === 'string';
    case 'check': return isObj(r) && Array.isArray(r.findings);
    case 'dueDate': return isObj(r) && /^\d{4}-\d{2}-\d{2}$/.test(r.due) && typeof r.extended === 'boolean';
    case 'clean': return isObj(r) && typeof r.text === 'string' && Array.isArray(r.changes);
    case 'convert': case 'convertSync': return typeof r === 'string';
    case 'callJson': try { JSON.parse(r); return true; } catch { return false; }
    case 'version': return typeof r === 'string' && r.length > 0;
    case 'engine': return r === null || r === 'wasm' || r === 'js';
    case 'canCompileWasm': return typeof r === 'boolean';
    case 'rules': return Array.isArray(r) && r.length > 0;
    case 'bulletin': return isObj(r) && (r.format === 'html' || r.format === 'csv') && typeof r.text === 'string';
    case 'FilingCheckError': return r instanceof Error && r.name === 'FilingCheckError' && r.code === args[0] && r.message === args[1];
    case 'init': case 'initIds': case 'initForms': case 'initDesk': case 'loadDictionaries': case 'setLabels': case 'setAssetBase': return r === undefined;
    default: return r !== undefined;
  }
}

// A short, safe description of any argument, for failure messages.
function describe(v, depth = 0, seen = new Set()) {
  switch (typeof v) {
    case 'string': return v.length > 60 ? `${JSON.stringify(v.slice(0, 40))}…(${v.length} units)` : JSON.stringify(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'function': return `[function ${v.name}]`;
    case 'undefined': return 'undefined';
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'boolean': return String(v);
    default: {
      if (v === null) return 'null';
      if (seen.has(v)) return '[cycle]';
      if (depth > 3) return '…';
      try { if (Date.prototype.getTime.call(v) !== undefined) return `Date(${v})`; } catch { /* not a Date */ }
      seen.add(v);
      const tag = Object.prototype.toString.call(v).slice(8, -1);
      let out;
      if (Array.isArray(v)) out = v.length > 8 ? `Array(${v.length})` : `[${v.map((x) => describe(x, depth + 1, seen)).join(', ')}]`;
      else if (tag !== 'Object') out = tag;
      else out = `{${Object.keys(v).slice(0, 8).map((k) => `${describe(k)}: ${describe(v[k], depth + 1, seen)}`).join(', ')}}`;
      seen.delete(v);
      return out;
    }
  }
}

// Made only of JSON values: call() and callJson() must agree. (-0, integers beyond 2^53 and
// floats too: call() sends JSON.stringify's text since the main module lost its JS-value entry.
// An undefined property value is compared with callJson's null: call() has always read it so,
// but for the desk ops.)
function jsonPure(v, depth = 0, budget = { n: 0 }) {
  if (++budget.n > 20000 || depth > 200) return false;
  switch (typeof v) {
    case 'string': return v.isWellFormed() && v.length < 100000;
    case 'number': return Number.isFinite(v);
    case 'boolean': return true;
    case 'undefined': return depth > 0;
    case 'object':
      if (v === null) return true;
      if (Array.isArray(v)) return Object.keys(v).length === v.length && v.every((x) => jsonPure(x, depth + 1, budget));
      if (Object.getPrototypeOf(v) !== Object.prototype) return false;
      return Object.keys(v).every((k) => k.isWellFormed() && jsonPure(v[k], depth + 1, budget));
    default: return false;
  }
}

// The known answers that must survive every call.
const baselineCases = cases.filter((_, i) => i % 7 === 0);
const baseline = new Map(baselineCases.map((c) => [c.name, (() => { try { return cjs.callJson(c.op, JSON.stringify(c.request)); } catch (e) { return `error ${e.code}`; } })()]));
function stillWorks(fc) {
  const r = fc.validateId('resident', VALID_ID, { today, lang: 'en' });
  return r.valid === true && r.normalized === VALID_ID;
}

// One call: returns null, or what went wrong.
async function attempt(fc, name, args) {
  let r;
  try {
    if (name === 'FilingCheckError') r = new fc.FilingCheckError(...args);
    else {
      r = fc[name](...args);
      if (ASYNC.has(name)) {
        if (!(r instanceof Promise)) return `did not return a Promise: ${describe(r)}`;
        r = await r;
      }
    }
  } catch (e) {
    if (!(e instanceof fc.FilingCheckError) || !(e instanceof Error) || e.name !== 'FilingCheckError') {
      return `threw ${e && e.constructor ? e.constructor.name : typeof e}: ${e && e.message ? e.message : String(e)}`;
    }
    if (!CODES.has(e.code)) return `undocumented code ${e.code}: ${e.message}`;
    if (e.code === 'internal') return `code internal (a trap or an unexpected failure): ${e.message}`;
    if (typeof e.message !== 'string' || e.message.length === 0 || e.message.length > 1000) return `${e.code} with a message of ${e.message?.length} characters`;
    if (e.code === 'input_too_large' && !/\b(4194304|2097152|32|200)\b/.test(e.message)) return `input_too_large without naming the limit: ${e.message}`;
    return { error: e };
  }
  if (!checkReturn(name, args, r)) return `returned something unexpected: ${describe(r)}`;
  return { result: r };
}

// ---------------------------------------------------------------------------------------------
test('fuzz: the documented error codes are the same in README.md and index.d.ts', () => {
  assert.ok(CODES.size >= 14, `only ${CODES.size} codes parsed from index.d.ts`);
  assert.deepEqual([...CODES].sort(), [...readmeCodes].sort());
});

test('fuzz: every export of every entry and every operation of call is covered', () => {
  const exported = new Set([...Object.keys(cjs), ...Object.keys(esm).filter((k) => k !== 'default'), ...Object.keys(web)]);
  const uncovered = [...exported].filter((k) => !(k in CALLERS));
  assert.deepEqual(uncovered, [], `exports the fuzz does not call: ${uncovered.join(', ')}; add them to CALLERS`);
  const gone = Object.keys(CALLERS).filter((k) => !exported.has(k));
  assert.deepEqual(gone, [], `CALLERS names exports that no longer exist: ${gone.join(', ')}`);
  assert.deepEqual(Object.keys(esm.default).sort(), Object.keys(cjs).sort());
  assert.ok(OPS.length >= 12 && OPS.includes('id') && OPS.includes('sameName'), `ops parsed from src/api/mod.rs: ${OPS.join(', ')}`);
  // Each op is known to the package (an unknown op is invalid_argument "unknown operation").
  for (const op of OPS) {
    try { cjs.call(op, {}); } catch (e) { assert.doesNotMatch(e.message, /unknown operation/, `${op}: ${e.message}`); }
  }
});

test('fuzz: the browser entry refuses every call before init() with not_initialized', async () => {
  for (const name of ['call', 'callJson', 'validateId', 'check', 'dueDate', 'deadline', 'windows', 'timeline', 'rules', 'clean', 'convertSync', 'version']) {
    const args = name === 'dueDate' ? ['2025-09-16', '15d'] : name === 'callJson' ? ['id', '{}'] : name === 'call' ? ['id', {}] : name === 'clean' || name === 'convertSync' ? ['x', 's2t'] : [{}];
    assert.throws(() => web[name](...args), (e) => e instanceof web.FilingCheckError && e.code === 'not_initialized', name);
  }
  // convert() needs no init(): it loads the converter module itself (the network-failure test
  // below shows it); before loading, convertSync has no module to run in.
  await web.init();
  assert.ok(stillWorks(web));
  // The desk ops are not in the main module: after init() they still wait for initDesk(), and say so.
  const list = { today, records: [] };
  for (const [name, args] of [['supervise', [list]], ['rates', [{ from: today, to: today, records: [] }]], ['bulletin', [{ from: today, to: today, records: [] }]],
    ['call', ['supervise', list]], ['callJson', ['rates', '{}']]]) {
    assert.throws(() => web[name](...args), (e) => e instanceof web.FilingCheckError && e.code === 'not_initialized' && /await initDesk\(\)/.test(e.message), name);
  }
  await web.initDesk();
  assert.deepEqual(web.supervise(list), cjs.supervise(list));
  assert.equal(web.callJson('rates', JSON.stringify({ from: today, to: today, records: [] })), cjs.callJson('rates', JSON.stringify({ from: today, to: today, records: [] })));
  // And refuse a bad request as the Node entry's desk module does.
  const refusal = (f) => { try { f(); } catch (e) { return [e.code, e.message]; } return null; };
  assert.deepEqual(refusal(() => web.callJson('bulletin', '[]')), refusal(() => cjs.callJson('bulletin', '[]')));
  assert.equal(refusal(() => web.callJson('bulletin', '[]'))[0], 'invalid_argument');
});

test('fuzz: a network failure while fetching the dictionaries is dictionaries_not_loaded, and a retry works', async () => {
  await web.init();
  fetchFails = true;
  try {
    // Both the converter module and the dictionaries fail to arrive: the error names the dictionaries, every time.
    await assert.rejects(web.loadDictionaries(), (e) => e instanceof web.FilingCheckError && e.code === 'dictionaries_not_loaded' && /opencc\.bin/.test(e.message));
    await assert.rejects(web.convert('汉字', 's2t'), (e) => e instanceof web.FilingCheckError && e.code === 'dictionaries_not_loaded');
    assert.throws(() => web.convertSync('汉字', 's2t'), (e) => e instanceof web.FilingCheckError && e.code === 'dictionaries_not_loaded');
  } finally {
    fetchFails = false;
  }
  assert.equal(await web.convert('汉字', 's2t'), '漢字');
  // Conversions now run in the converter module; the request forms agree with it.
  assert.equal(web.convertSync('汉字', 's2t'), '漢字');
  assert.deepEqual(web.call('convert', { text: 'ｆｏｏ汉字', config: 's2t', clean: true }), cjs.call('convert', { text: 'ｆｏｏ汉字', config: 's2t', clean: true }));
  assert.equal(web.callJson('convert', '{"text":"汉字","config":"s2t"}'), cjs.callJson('convert', '{"text":"汉字","config":"s2t"}'));
});

test('fuzz: every input limit gives input_too_large naming the limit, and the module keeps working', () => {
  const huge = HUGE;
  const limits = [
    // The whole request: 4 MiB (MAX_INPUT_BYTES), in any field of any operation, through call().
    ['call id value', /4194304/, () => cjs.call('id', { kind: 'resident', value: huge, today })],
    ['validateId value (CJK, 1.4 M units)', /4194304/, () => cjs.validateId('resident', HUGE_CJK, { today })],
    ['check filing field', /4194304/, () => cjs.check({ kind: 'appeal', reasons: huge }, { today })],
    ['check spread over many fields', /4194304/, () => cjs.check({ kind: 'appeal', requests: Array.from({ length: 5000 }, () => 'x'.repeat(1000)) }, { today })],
    ['document text', /4194304/, () => cjs.call('document', { today, document: { type: 'complaint', text: huge } })],
    ['deadline calendar', /4194304/, () => cjs.deadline({ from: '2025-09-16', period: '15d', calendar: { year: 2027, papers: [huge], days: [] } })],
    ['windows from', /4194304/, () => cjs.windows({ window: 'suit-direct', from: huge })],
    ['timeline event', /4194304/, () => cjs.timeline({ today, events: [{ kind: 'noticeToRespondReceived', date: huge }] })],
    ['rules lang', /4194304/, () => cjs.rules({ lang: huge })],
    ['dueDate from', /4194304/, () => cjs.dueDate(huge, '15d')],
    ['dueDate period', /4194304/, () => cjs.dueDate('2025-09-16', huge)],
    ['a key', /4194304/, () => cjs.call('id', { [huge]: 1, kind: 'resident', value: VALID_ID, today })],
    ['a sparse array of 2^32-1', /4194304/, () => cjs.call('check', { today, filing: { kind: 'appeal', requests: new Array(2 ** 32 - 1) } })],
    ['2^28 paths through shared objects', /4194304/, () => { let v = { leaf: 'x' }; for (let i = 0; i < 28; i++) v = { a: v, b: v }; cjs.call('check', { today, filing: v }); }],
    // The JSON text of callJson: 4 MiB.
    ['callJson text', /4194304/, () => cjs.callJson('clean', `{"text":"${huge}"}`)],
    ['callJson whitespace', /4194304/, () => cjs.callJson('id', `${' '.repeat(MAX_INPUT_BYTES)}{}`)],
    // One text of the text operations: 2 MiB.
    ['clean text', /2097152/, () => cjs.clean(TEXT_OVER)],
    ['script text', /2097152/, () => cjs.call('script', { text: TEXT_OVER })],
    ['convertSync text', /2097152/, () => cjs.convertSync(TEXT_OVER, 's2t')],
    ['sameName a + b', /2097152/, () => cjs.call('sameName', { a: TEXT_OVER.slice(0, 400000), b: TEXT_OVER })],
    // Nesting: 32 levels, in objects and in arrays, through call() and through callJson().
    // deep(n) puts a scalar n + 1 levels below its top; as a request's field, n + 2 below the request.
    ['call nesting 33 (one level too deep)', /\b32\b/, () => cjs.call('check', { today, filing: deep(31, false) })],
    ['call nesting 5000', /\b32\b/, () => cjs.call('check', { today, filing: deep(5000, true) })],
    ['callJson nesting 33 (one level too deep)', /\b32\b/, () => cjs.callJson('check', JSON.stringify({ today, filing: deep(31, true) }))],
    ['callJson nesting 129 (past serde_json\'s own limit)', /\b32\b/, () => cjs.callJson('check', '['.repeat(129) + ']'.repeat(129))],
    ['callJson nesting 100000', /\b32\b/, () => cjs.callJson('check', '{"a":'.repeat(100000) + '1' + '}'.repeat(100000))],
    ['callJson unclosed nesting 300', /\b32\b/, () => cjs.callJson('check', '['.repeat(300))],
    // Timeline: 200 events.
    ['timeline events', /\b200\b/, () => cjs.timeline({ today, events: Array.from({ length: 201 }, () => ({ kind: 'noticeToRespondReceived', date: '2025-09-16' })) })],
  ];
  const wrong = [];
  for (const [label, limit, f] of limits) {
    try {
      f();
      wrong.push(`${label}: accepted`);
    } catch (e) {
      if (!(e instanceof cjs.FilingCheckError) || e.code !== 'input_too_large') wrong.push(`${label}: ${e.constructor.name} ${e.code}: ${String(e.message).slice(0, 200)}`);
      else if (!limit.test(e.message)) wrong.push(`${label}: the message does not name the limit (${limit}): ${e.message}`);
      else if (e.message.length > 300) wrong.push(`${label}: a message of ${e.message.length} characters`);
    }
    if (!stillWorks(cjs)) wrong.push(`${label}: the module no longer works`);
  }
  assert.deepEqual(wrong, []);
  // And just under the limits, the same inputs are accepted.
  assert.equal(cjs.clean('文'.repeat(Math.floor(MAX_TEXT_BYTES / 3))).text.length, Math.floor(MAX_TEXT_BYTES / 3));
  assert.equal(typeof cjs.check({ kind: 'appeal', reasons: 'x'.repeat(MAX_INPUT_BYTES - 1000) }, { today }).findings, 'object');
  assert.ok(Array.isArray(cjs.call('rules', { lang: 'en', extra: deep(30, false) })));
  assert.ok(Array.isArray(JSON.parse(cjs.callJson('rules', JSON.stringify({ lang: 'en', extra: deep(30, true) })))));
});

test(`fuzz: ${CALLS} seeded random calls of every export (seed ${SEED})`, async () => {
  rand = rng(SEED);
  await web.init();
  await web.initDesk();
  const names = Object.keys(CALLERS);
  const failures = [];
  const stats = Object.fromEntries(names.map((n) => [n, { ok: 0, error: 0 }]));
  const codes = {};
  const opsOk = Object.fromEntries(OPS.map((op) => [op, 0]));
  let compared = 0;
  for (let i = 0; i < CALLS && failures.length < 20; i++) {
    const name = chance(0.3) ? pick(['call', 'callJson', 'check']) : pick(names);
    const entryName = pick(['cjs', 'cjs', 'esm', 'web']);
    const fc = entries[entryName];
    const args = CALLERS[name](fc);
    const where = `#${i} ${entryName}.${name}(${args.map((a) => describe(a)).join(', ')})`;
    const outcome = await attempt(fc, name, args);
    if (typeof outcome === 'string') failures.push(`${where}: ${outcome}`);
    else if (outcome.error) { stats[name].error++; codes[outcome.error.code] = (codes[outcome.error.code] ?? 0) + 1; }
    else {
      stats[name].ok++;
      if ((name === 'call' || name === 'callJson') && typeof args[0] === 'string' && args[0] in opsOk) opsOk[args[0]]++;
    }
    // call() and callJson() agree on requests made only of JSON values.
    if (name === 'call' && typeof args[0] === 'string' && typeof outcome !== 'string' && jsonPure(args[1])) {
      // The desk module has always been sent JSON.stringify's text (undefined dropped).
      const deskOp = ['supervise', 'rates', 'bulletin'].includes(args[0]);
      const text = JSON.stringify(args[1], deskOp ? undefined : (k, x) => (x === undefined ? null : x));
      if (text.length < MAX_INPUT_BYTES / 2) {
        const other = await attempt(fc, 'callJson', [args[0], text]);
        compared++;
        if (typeof other === 'string') failures.push(`${where} through callJson: ${other}`);
        else if (outcome.error || other.error) {
          if (outcome.error?.code !== other.error?.code) failures.push(`${where}: call gives ${outcome.error?.code ?? 'a result'}, callJson ${other.error?.code ?? 'a result'} (${(outcome.error ?? other.error).message})`);
        } else {
          try { assert.deepEqual(JSON.parse(other.result), outcome.result); } catch { failures.push(`${where}: call and callJson give different results`); }
        }
      }
    }
    for (const [n, e] of Object.entries(entries)) {
      if (n === 'web' && !stillWorks(e)) failures.push(`${where}: afterwards the browser entry no longer works`);
      else if (n !== 'web' && !stillWorks(e)) failures.push(`${where}: afterwards the ${n} entry no longer works`);
    }
    if (i % 50 === 49) {
      const k = Math.floor(i / 50) % 7;
      for (const c of baselineCases.slice(k * 12, k * 12 + 12)) {
        let got;
        try { got = cjs.callJson(c.op, JSON.stringify(c.request)); } catch (e) { got = `error ${e.code}`; }
        if (got !== baseline.get(c.name)) failures.push(`${where}: afterwards corpus case ${c.name} gives a different answer`);
      }
    }
  }
  console.log(`# calls per export (returned / FilingCheckError): ${names.map((n) => `${n} ${stats[n].ok}/${stats[n].error}`).join(', ')}`);
  console.log(`# call/callJson returning normally, per op: ${JSON.stringify(opsOk)}`);
  console.log(`# error codes seen: ${JSON.stringify(codes)}; call = callJson compared on ${compared} JSON-only requests`);
  assert.deepEqual(failures, [], `seed ${SEED}: ${failures.length} failing calls (first 20 shown)`);
  if (CALLS >= 1000) {
    // The fuzz reaches past the argument checks: every export returned normally at least once,
    // and the JSON-only comparison ran.
    const never = names.filter((n) => stats[n].ok === 0);
    assert.deepEqual(never, [], `exports that never returned normally: ${never.join(', ')}`);
    const opsNever = OPS.filter((op) => opsOk[op] === 0);
    assert.deepEqual(opsNever, [], `ops of call that never returned normally: ${opsNever.join(', ')}`);
    assert.ok(compared >= CALLS / 100, `call = callJson compared only ${compared} times`);
  }
});
