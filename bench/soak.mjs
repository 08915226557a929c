// Soak: does a long-lived page or server keep a bounded amount of memory, and the same answers?
// (issue 19, item 1). Cycles every operation of `callJson` over the corpus's requests plus invalid
// ones (malformed JSON, wrong shapes, wrong types) and oversized ones (a request of just under the
// 4 MiB input limit, which the core reads and rejects, and one just over it, which the wrapper
// rejects), interleaved op by op. Every answer, result or error, must be byte-identical to the first
// answer for that input, and nothing may trap (an `internal` error is what the wrapper makes of a
// trap). Every `--sample` calls it records the module's linear memory (64 KiB wasm pages) and
// `process.memoryUsage().heapUsed` after a full GC, and prints the curve.
//
//   node bench/soak.mjs [--calls N] [--engine wasm|js] [--sample K] [--json out.json]
//
//   --calls N     calls of each operation (default 100000); 11 operations, so 11·N calls in all
//   --engine      wasm (default) or js (the same module compiled to JS, for pages with no wasm)
//   --sample K    sample every K calls in all (default: 40 samples over the run)
//   --big K       one near-4 MiB and one over-4 MiB request every K rounds (default 5000; round 0 too)
//   --prepare     build the converter's tries for all 16 configurations before the first sample
//   --browser     run it in headless Chromium through pkg/index.js instead (see browserSoak)
//
// Not part of the test command; tests/node/soak.test.mjs runs a short bounded version of it.
// The module is built the way pkg/node.cjs builds it (same glue, same .wasm, same wrapper), so that
// the soak holds the instance's exports and can read `memory.buffer.byteLength`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { loadCases } from '../tests/js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_INPUT_BYTES = 4 * 1024 * 1024;
const PAGE = 65536;
const CONFIGS = ['s2t', 't2s', 's2tw', 'tw2s', 's2hk', 'hk2s', 's2twp', 'tw2sp', 't2tw', 'tw2t', 't2hk', 'hk2t', 't2jp', 'jp2t', 's2hkp', 'hk2sp'];

/** The package's module, instantiated here so that its memory is visible. */
export function loadModule(engine = 'wasm', pkgDir = join(root, 'pkg')) {
  const require = createRequire(join(pkgDir, 'x.js'));
  const { createApi } = require('./api.cjs');
  const start = (name) => {
    const glue = require(`./node/${name}_bg.cjs`);
    const imports = { [`./${name}_bg.js`]: glue };
    const exportsOf =
      engine === 'wasm'
        ? new WebAssembly.Instance(new WebAssembly.Module(readFileSync(join(pkgDir, 'web', `${name}_bg.wasm`))), imports).exports
        : require(`./node/${name}_js.cjs`).instantiate(imports);
    glue.__wbg_set_wasm(exportsOf);
    if (typeof exportsOf.__wbindgen_start === 'function') exportsOf.__wbindgen_start();
    return { glue, memory: exportsOf.memory };
  };
  // The main module, and the converter module that every conversion runs in (as node.cjs has them).
  const main = start('filing_check');
  const converter = start('filing_check_opencc');
  const api = createApi(() => main.glue, async () => new Uint8Array(readFileSync(join(pkgDir, 'opencc', 'opencc.bin'))), {
    loadConverter: async () => converter.glue,
  });
  // `glue` is the converter's: the soak prepares its tries through it.
  return { api, glue: converter.glue, pages: () => (main.memory.buffer.byteLength + converter.memory.buffer.byteLength) / PAGE };
}

/** Per operation: the corpus's requests, then invalid ones. Oversized ones are separate. */
export function inputsByOp() {
  const byOp = new Map();
  for (const c of loadCases(join(root, 'tests/cases'))) {
    if (!byOp.has(c.op)) byOp.set(c.op, []);
    byOp.get(c.op).push(JSON.stringify(c.request));
  }
  for (const list of byOp.values()) {
    list.push('{', '[]', 'null', '"x"', '{}', '{"today":"2026-02-30"}', '{"value":5,"kind":[],"text":{},"filing":"x","events":7}',
      `{"a":${'['.repeat(100)}${']'.repeat(100)}}`, '{"text":"\\ud800","value":"\\udfff"}');
  }
  return byOp;
}

/** Near the limit (the core reads it, then rejects or answers) and over it (the wrapper rejects). */
export function oversized(op) {
  const pad = (n) => 'x'.repeat(n);
  const near = `{"text":"${pad(MAX_INPUT_BYTES - 64)}","value":"1"}`;
  const over = `{"text":"${pad(MAX_INPUT_BYTES + 16)}"}`;
  return [near, over];
}

let gc;
function fullGc() {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
  }
  gc();
}

/**
 * Runs `calls` calls of each operation. Returns { samples, calls, mismatches, traps, answers }.
 * samples: [{ calls, pages, heapUsed }]; the first sample is taken before any call.
 */
export async function soak({ calls = 100000, engine = 'wasm', sample, big = 5000, onSample, pkgDir, prepareTries = false } = {}) {
  const { api, glue, pages } = loadModule(engine, pkgDir);
  await api.loadDictionaries();
  // The converter builds a configuration's tries (about 0.1 to 8 MiB each) once that configuration
  // has converted 64 KiB: a step in the curve per configuration, 16 at most. prepareTries builds
  // all 16 first, so that what remains is the steady state.
  if (prepareTries) for (const config of CONFIGS) glue.openccPrepare(config);
  const byOp = inputsByOp();
  const ops = [...byOp.keys()];
  const total = calls * ops.length;
  const every = sample ?? Math.max(1, Math.floor(total / 40));
  const first = new Map(); // key -> first answer
  const bigFirst = new Map();
  const samples = [];
  const mismatches = [];
  const traps = [];
  let done = 0;
  const take = () => {
    fullGc();
    const s = { calls: done, pages: pages(), heapUsed: process.memoryUsage().heapUsed };
    samples.push(s);
    if (onSample) onSample(s);
  };
  const answer = (op, json) => {
    try {
      return api.callJson(op, json);
    } catch (e) {
      if (e.code === 'internal' || e.code === undefined) traps.push(`${op}: ${e.message}`.slice(0, 300));
      return `!${e.code}:${e.message}`;
    }
  };
  const compare = (map, key, got) => {
    const was = map.get(key);
    if (was === undefined) map.set(key, got);
    else if (was !== got && mismatches.length < 20) mismatches.push({ key, first: was.slice(0, 200), now: got.slice(0, 200) });
  };
  take();
  for (let round = 0; round < calls; round++) {
    for (const op of ops) {
      const list = byOp.get(op);
      if (round % big === 0) {
        // Oversized requests replace the round's ordinary call for this op.
        const [near, over] = oversized(op);
        const which = (round / big) % 2 === 0 ? near : over;
        compare(bigFirst, `${op}#${which === near ? 'near' : 'over'}`, answer(op, which));
      } else {
        const i = round % list.length;
        compare(first, `${op}#${i}`, answer(op, list[i]));
      }
      done++;
      if (done % every === 0) take();
    }
  }
  if (done % every !== 0) take();
  return { samples, calls: done, perOp: calls, ops, mismatches, traps, answers: first.size + bigFirst.size };
}

/** Structural plateau: no growth of wasm pages after `warm` of the run (a fraction). */
export function plateau(samples, warm = 0.5) {
  const from = samples.find((s) => s.calls >= samples[samples.length - 1].calls * warm);
  const last = samples[samples.length - 1];
  const later = samples.filter((s) => s.calls >= from.calls);
  return { pagesAtWarm: from.pages, pagesMax: Math.max(...later.map((s) => s.pages)), pagesEnd: last.pages, grew: Math.max(...later.map((s) => s.pages)) > from.pages };
}

/**
 * The same soak in headless Chromium (/usr/bin/chromium through playwright-core), through the
 * package's browser entry (pkg/index.js) on the corpus page, served with the strict CSP of
 * scripts/serve.mjs. The page's WebAssembly instances are recorded by an init script (the browser
 * entry may instantiate up to three modules: main, identifiers, converter; their pages are summed).
 * The JS heap is performance.memory.usedJSHeapSize after gc() (--enable-precise-memory-info,
 * --js-flags=--expose-gc). Same inputs, same checks; returns what soak() returns.
 */
export async function browserSoak({ calls = 100000, sample, big = 5000, onSample } = {}) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../scripts/serve.mjs');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const server = await startServer(0);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-soak-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    await context.addInitScript(() => {
      const memories = (window.__fcMemories = []);
      const keep = (r) => {
        const inst = r && r.instance ? r.instance : r;
        if (inst && inst.exports && inst.exports.memory) memories.push(inst.exports.memory);
        return r;
      };
      const wrap = (name) => {
        const f = WebAssembly[name];
        if (typeof f === 'function') WebAssembly[name] = function () { return f.apply(this, arguments).then(keep); };
      };
      wrap('instantiate');
      wrap('instantiateStreaming');
    });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/tests/browser/corpus.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
    const byOp = inputsByOp();
    const ops = [...byOp.keys()];
    const total = calls * ops.length;
    const every = sample || Math.max(1, Math.floor(total / 40));
    await page.evaluate(async ({ inputs, max }) => {
      const fc = await import('/pkg/index.js');
      const pad = (n) => 'x'.repeat(n);
      const st = (window.__soak = { fc, inputs, first: {}, mismatches: [], traps: [], done: 0, near: '{"text":"' + pad(max - 64) + '","value":"1"}', over: '{"text":"' + pad(max + 16) + '"}' });
      st.answer = (op, json) => {
        try {
          return fc.callJson(op, json);
        } catch (e) {
          if (e.code === 'internal' || e.code === undefined) st.traps.push((op + ': ' + e.message).slice(0, 300));
          return '!' + e.code + ':' + e.message;
        }
      };
      st.sample = () => {
        window.gc();
        let pages = 0;
        for (const m of window.__fcMemories) pages += m.buffer.byteLength / 65536;
        return { calls: st.done, pages, modules: window.__fcMemories.map((m) => m.buffer.byteLength / 65536), heapUsed: performance.memory.usedJSHeapSize };
      };
    }, { inputs: Object.fromEntries(byOp), max: MAX_INPUT_BYTES });
    const samples = [];
    const take = async () => {
      const s = await page.evaluate(() => window.__soak.sample());
      samples.push(s);
      if (onSample) onSample(s);
    };
    await take();
    // Rounds in batches, each batch one evaluate, ending on a sample boundary.
    const roundsPerBatch = Math.max(1, Math.floor(every / ops.length));
    for (let from = 0; from < calls; from += roundsPerBatch) {
      const to = Math.min(calls, from + roundsPerBatch);
      await page.evaluate(({ from, to, ops, big }) => {
        const st = window.__soak;
        for (let round = from; round < to; round++) {
          for (const op of ops) {
            let key;
            let json;
            if (round % big === 0) {
              const near = (round / big) % 2 === 0;
              key = op + '#' + (near ? 'near' : 'over');
              json = near ? st.near : st.over;
            } else {
              const list = st.inputs[op];
              const i = round % list.length;
              key = op + '#' + i;
              json = list[i];
            }
            const got = st.answer(op, json);
            const was = st.first[key];
            if (was === undefined) st.first[key] = got;
            else if (was !== got && st.mismatches.length < 20) st.mismatches.push({ key, first: was.slice(0, 200), now: got.slice(0, 200) });
            st.done++;
          }
        }
      }, { from, to, ops, big });
      await take();
    }
    const tail = await page.evaluate(() => ({ mismatches: window.__soak.mismatches, traps: window.__soak.traps, answers: Object.keys(window.__soak.first).length, version: navigator.userAgent }));
    if (pageErrors.length) tail.traps.push(...pageErrors.map((e) => `pageerror: ${e}`));
    return { samples, calls: samples[samples.length - 1].calls, perOp: calls, ops, ...tail, browser: context.browser() ? context.browser().version() : tail.version };
  } finally {
    await context.close();
    server.close();
  }
}

const mib = (b) => (b / 1048576).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i < 0 ? dflt : process.argv[i + 1];
  };
  const calls = Number(arg('calls', 100000));
  const engine = arg('engine', 'wasm');
  const sample = arg('sample') === undefined ? undefined : Number(arg('sample'));
  const big = Number(arg('big', 5000));
  const t0 = Date.now();
  console.log(`soak: ${process.argv.includes('--browser') ? 'chromium, browser entry (wasm)' : `engine ${engine}`}, ${calls} calls of each operation, node ${process.version}`);
  console.log('     calls  wasm pages  (MiB)  heapUsed MiB  elapsed s');
  const onSample = (s) => console.log(`${String(s.calls).padStart(10)}  ${String(s.pages).padStart(10)}  ${mib(s.pages * PAGE).padStart(5)}  ${mib(s.heapUsed).padStart(12)}  ${((Date.now() - t0) / 1000).toFixed(0).padStart(9)}${s.modules ? '  modules ' + s.modules.join('+') : ''}`);
  const r = process.argv.includes('--browser')
    ? await browserSoak({ calls, sample, big, onSample })
    : await soak({ calls, engine, sample, big, prepareTries: process.argv.includes('--prepare'), onSample });
  if (r.browser) console.log(`chromium ${r.browser}`);
  const p = plateau(r.samples);
  console.log(`operations: ${r.ops.join(', ')}; ${r.calls} calls in all; ${r.answers} distinct inputs`);
  console.log(`pages at half-way ${p.pagesAtWarm}, max after ${p.pagesMax}, end ${p.pagesEnd}: ${p.grew ? 'GREW in the second half' : 'plateau'}`);
  console.log(`answers changed: ${r.mismatches.length}; traps: ${r.traps.length}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  for (const m of r.mismatches) console.log('MISMATCH', JSON.stringify(m));
  for (const t of r.traps.slice(0, 10)) console.log('TRAP', t);
  const out = arg('json');
  if (out) (await import('node:fs')).writeFileSync(out, JSON.stringify(r, null, 1));
  process.exitCode = r.mismatches.length || r.traps.length || p.grew ? 1 : 0;
}
