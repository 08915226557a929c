// Seeded, structure-aware generators of request text for the fuzz tests that compare or stress the
// builds from outside (tests/node/fuzz-differential.test.mjs, tests/node/fuzz-cli.test.mjs).
//
// Everything comes from one mulberry32 stream, so a seed gives the same inputs on every machine.
// The material is the shared corpus (tests/cases/**): its requests are mutated as JSON values
// (fields removed, retyped, duplicated, nested deeper), and their text is then mutated as text
// (truncated, spliced, escapes and number literals replaced), so that most inputs are near a valid
// request and reach deep into an operation, and the rest are malformed in every way JSON can be.

import { mulberry32 as rng } from '../../bench/random.mjs';

export { rng };

export const MAX_INPUT_BYTES = 4 * 1024 * 1024; // src/api/mod.rs MAX_INPUT_BYTES
export const MAX_TEXT_BYTES = 2 * 1024 * 1024; // src/text/opencc MAX_TEXT_BYTES
export const MAX_DEPTH = 32; // src/api/mod.rs MAX_DEPTH

const SPECIAL_STRINGS = [
  '', ' ', '\0', '\u0001', '\u001f', '\u007f', '\uFEFF', '\u200B\u200D', '\u202E', '\uFFFD', '😀', '\u{10FFFF}',
  '2026-11-22', '2026-02-29', '2024-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31', '-0001-01-01',
  '+002026-11-22', '2026-11-22T00:00:00Z', '２０２６-１１-２２', '2026/11/22', '20261122', '2026-1-2', ' 2026-11-22',
  '15d', '0d', '-1d', '99999999999d', '18446744073709551616d', '1wd', '6m', '1y', '15 days', 'd', '1.5m', '１５d',
  '11010519491231002X', '11010519491231002x', '110105194912310021', '91350100M000100Y43', '（2024）粤71行初123号',
  'zh-Hans', 'zh-Hant', 'en', 'fr', 'ZH-HANS', 's2t', 't2s', 's2x', 'resident', 'credit-code', 'case-number',
  '__proto__', 'constructor', 'toString', 'ID-001', 'APP-101', 'off', 'error', 'warning', 'info',
  'final', 'draft', 'guangzhou', 'qiannan', 'x'.repeat(1000), '汉'.repeat(3000), 'a\u0301'.repeat(50),
  '學(xué)習(xí)　ＡＢＣ', '\r\n\t', '\\', '"', '{', '[', '\u0085\u2028\u2029', '〇一二三四五六七八九十百千万亿',
];
const NUMBERS = [0, -0, 1, -1, 2, 15, 31, 0.5, -1e-300, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 20261122];
// Number literals JSON.stringify never writes, spliced in as text.
const NUMBER_LITERALS = ['1e400', '-1e400', '1E2', '1e-400', '-0', '0.0', '00', '01', '1.', '.5', '+1', '0x10', 'NaN', 'Infinity',
  '18446744073709551616', '-9223372036854775809', '123456789012345678901234567890', '1e+21', '4.9e-324'];
// Escapes and tokens spliced in as text: valid, invalid, and the lone surrogates JSON text can carry
// in \u escapes (the text itself stays well-formed).
const TOKENS = ['\\ud800', '\\udfff', '\\ud83d\\ude00', '\\u0000', '\\u001F', '\\x41', '\\', '\\u12', '\\uZZZZ', '"', '""', ',', ',,',
  ':', '{', '}', '[', ']', 'null', 'true', 'false', 'nul', 'tru', '/*c*/', '//', '\n', '\t', ' ', '\uFEFF', '\u2028', '\u00A0'];

/**
 * Every string (shorter than 20,000 characters) and every key of the corpus requests: realistic
 * material to mutate (also tests/node/fuzz-api.test.mjs).
 * @param cases the corpus cases, `{ request }`
 */
export function corpusMaterial(cases) {
  const strings = new Set();
  const keys = new Set();
  (function collect(v) {
    if (typeof v === 'string') strings.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { keys.add(k); collect(x); }
  })(cases.map((c) => c.request));
  return { strings: [...strings].filter((s) => s.length < 20000), keys: [...keys] };
}

/**
 * The generators over one corpus, drawing from one seeded stream.
 * @param seed a 32-bit seed
 * @param cases the corpus cases, `{ op, request }` (tests/js/corpus-core.mjs loadCases)
 */
export function generators(seed, cases) {
  const rand = rng(seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => rand() < p;

  const casesByOp = {};
  for (const c of cases) (casesByOp[c.op] ??= []).push(c);
  const { strings: STRINGS, keys: KEYS } = corpusMaterial(cases);

  function randomString(n = int(12)) {
    let out = '';
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.4) out += String.fromCharCode(0x20 + int(0x5f));
      else if (r < 0.7) out += String.fromCharCode(0x4e00 + int(0x5000));
      else if (r < 0.8) out += String.fromCodePoint(0x10000 + int(0x10000));
      else if (r < 0.85) out += String.fromCharCode(int(0x20));
      else out += String.fromCharCode(int(0x10000));
    }
    return out.toWellFormed();
  }

  function mutateString(s) {
    const chars = [...s];
    switch (int(8)) {
      case 0: return chars.slice(0, int(chars.length + 1)).join('');
      case 1: chars.splice(int(chars.length + 1), 0, randomString(1 + int(3))); return chars.join('');
      case 2: if (chars.length) chars.splice(int(chars.length), 1); return chars.join('');
      case 3: if (chars.length) chars[int(chars.length)] = String.fromCodePoint(int(0x30000)); return chars.join('').toWellFormed();
      case 4: return s.replace(/\d/g, (d) => (chance(0.2) ? String(int(10)) : d));
      case 5: return s + s;
      case 6: return s.replace(/[0-9]/g, (d) => (chance(0.3) ? String.fromCharCode(0xff10 + Number(d)) : d)); // fullwidth digits
      default: return chance(0.5) ? s.toUpperCase() : ` ${s}\t`;
    }
  }

  function str() {
    const r = rand();
    if (r < 0.35) return pick(STRINGS);
    if (r < 0.6) return mutateString(pick(STRINGS));
    if (r < 0.8) return pick(SPECIAL_STRINGS);
    return randomString();
  }

  /** Any JSON value (no undefined, no cycles): what JSON.parse could return. */
  function jsonValue(depth = 0) {
    const r = rand();
    if (r < 0.3) return str();
    if (r < 0.45) return pick(NUMBERS);
    if (r < 0.5) return chance(0.5);
    if (r < 0.55) return null;
    if (r < 0.75 && depth < 4) return Array.from({ length: int(5) }, () => jsonValue(depth + 1));
    if (depth < 4) {
      const o = {};
      // Own properties, as JSON.parse makes them: a "__proto__" key is data.
      for (let i = int(5); i > 0; i--) {
        Object.defineProperty(o, chance(0.7) && KEYS.length ? pick(KEYS) : str().slice(0, 30), { value: jsonValue(depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    return str();
  }

  function nest(v, n, array) {
    for (let i = 0; i < n; i++) v = array ? [v] : { a: v };
    return v;
  }

  /** A corpus request with one to three of its fields changed, removed, added, retyped or nested. */
  function mutateValue(request) {
    const v = structuredClone(request);
    const holders = [];
    (function walk(x, d) {
      if (x && typeof x === 'object') {
        holders.push(x);
        if (d < 12) for (const k of Object.keys(x)) walk(x[k], d + 1);
      }
    })(v, 0);
    if (!holders.length) return jsonValue(1);
    for (let n = 1 + int(3); n > 0; n--) {
      const h = pick(holders);
      const ks = Object.keys(h);
      const k = ks.length && chance(0.85) ? pick(ks) : (Array.isArray(h) ? h.length : pick(KEYS));
      const r = rand();
      const set = (x) => Object.defineProperty(h, k, { value: x, enumerable: true, writable: true, configurable: true });
      if (r < 0.25) set(jsonValue(2));
      else if (r < 0.35) { if (Array.isArray(h)) h.splice(Number(k), 1); else delete h[k]; }
      else if (r < 0.55) set(typeof h[k] === 'string' ? mutateString(h[k]) : str());
      else if (r < 0.62) set([h[k]]);
      else if (r < 0.68) set(nest(h[k] ?? 1, pick([1, 20, 28, 30, 31, 32, 33]), chance(0.5)));
      else if (r < 0.76 && Array.isArray(h[k])) set([...h[k], ...h[k], ...h[k]]);
      else if (r < 0.84) set(pick([null, 0, true, [], {}, '']));
      else if (r < 0.92) set(pick(NUMBERS));
      else set(pick(SPECIAL_STRINGS));
    }
    return v;
  }

  /** The text of a request mutated as text: often no longer JSON, sometimes JSON JSON.stringify never writes. */
  function mutateText(text) {
    let t = text;
    for (let n = 1 + int(2); n > 0; n--) {
      const at = int(t.length + 1);
      switch (int(11)) {
        case 0: t = t.slice(0, at); break;                                             // truncated
        case 1: t = t.slice(0, at) + pick(TOKENS) + t.slice(at); break;                // a token spliced in
        case 2: t = t.slice(0, at) + t.slice(at + 1 + int(8)); break;                   // a few characters dropped
        case 3: { const b = int(t.length + 1); t = t.slice(0, at) + t.slice(Math.min(at, b), Math.max(at, b)) + t.slice(at); break; } // a range duplicated
        case 4: t = t.replace(/-?\d+(\.\d+)?([eE][+-]?\d+)?/, () => pick(NUMBER_LITERALS)); break; // a number literal JSON.stringify never writes
        case 5: t = t.replace(/"([a-zA-Z]+)":/, (m, k) => `"${k}":null,${m}`); break;   // a duplicate key (the last one wins in serde_json)
        case 6: t = pick(['\uFEFF', ' ', '\n', '\r\n', '\t', '']) + t + pick(['', ' ', '\n', 'x', ',', '}', ']', '{}', '\0']); break;
        case 7: t = t.replace(/"([^"\\]{1,8})"/, () => `"${pick(TOKENS.slice(0, 10))}"`); break; // an escape in a string
        case 8: t = t.slice(0, at) + String.fromCodePoint(int(0x110000)).toWellFormed() + t.slice(at); break;
        case 9: t = t.replace(/:\s*"/, () => `:${'['.repeat(int(40))}"`); break;        // nesting without its closing brackets
        default: t = t.slice(0, at) + t.slice(at).replace(/[{}\[\]]/, () => pick(['{', '}', '[', ']', ''])); break;
      }
    }
    return t.toWellFormed();
  }

  /** A text larger than any limit, or just under one; `ascii` pads with ASCII only. */
  function oversized(op) {
    const c = casesByOp[op]?.[0];
    const base = c ? { ...c.request } : {};
    switch (int(4)) {
      case 0: return JSON.stringify({ ...base, text: '文'.repeat(Math.floor(MAX_TEXT_BYTES / 3) + pick([-2, 1])) });   // either side of one text's 2 MiB
      case 1: return JSON.stringify({ ...base, pad: 'a'.repeat(MAX_INPUT_BYTES - 4096) });                          // just under 4 MiB
      case 2: return JSON.stringify({ ...base, pad: '汉'.repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 10) });             // over 4 MiB in UTF-8, not in UTF-16 units
      default: { const n = pick([32, 33, 128, 129, 10000, 100000]); return '['.repeat(n) + ']'.repeat(n); }          // deep
    }
  }

  /**
   * The text of one request for `op`: a corpus request as it is (10%), mutated as a value (45%),
   * then also as text (20%), a random JSON value (15%), text that is not JSON at all (5%) or
   * nesting around a corpus request (5%).
   */
  function requestText(op) {
    const c = casesByOp[op]?.length ? pick(casesByOp[op]) : null;
    const r = rand();
    if (c && r < 0.1) return JSON.stringify(c.request);
    if (c && r < 0.55) return JSON.stringify(mutateValue(c.request));
    if (c && r < 0.75) return mutateText(JSON.stringify(chance(0.5) ? c.request : mutateValue(c.request)));
    if (r < 0.9) return JSON.stringify(chance(0.8) ? jsonValue(1) : jsonValue(0));
    if (r < 0.95) return pick(['', ' ', '{', '}', '{"', 'null', 'true', '0', '"x"', '[]', '{}', '{"a":}', '{,}', '\uFEFF{}', '{"today":"2026-11-22"', randomString(20)]);
    const n = pick([MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 100]);
    return `${'{"a":'.repeat(n)}${c ? JSON.stringify(c.request) : '1'}${'}'.repeat(n)}`;
  }

  return { rand, int, pick, chance, str, randomString, mutateString, jsonValue, mutateValue, mutateText, oversized, requestText, casesByOp };
}
