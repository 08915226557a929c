// A differential fuzz, wasm against native, on the same random inputs: seeded, structure-aware
// request text (tests/js/fuzz-gen.mjs: corpus requests mutated as values and as text, random JSON,
// malformed text, deep nesting, and texts either side of the size limits) for every operation of
// `call` and for unknown ones, answered by
//   - the wasm build, through the package's public `callJson` (pkg/node.cjs), and
//   - the native build, through examples/call_jsonl.rs (the same three calls as src/wasm/full.rs
//     `call_json`), all inputs in one process as JSON Lines;
// and compared byte for byte: the answer's JSON text, or the error's code and message.
//
//   FILING_CHECK_DIFF_SEED=<n>     seed (default below; printed, so any failure reproduces)
//   FILING_CHECK_DIFF_PER_OP=<n>   inputs per operation (default 250, about 3,800 in all;
//                                  e.g. 20000 for a recorded run, docs/reliability.md)
//   FILING_CHECK_DIFF_BIG=<n>      inputs per operation that are either side of a size limit (default 1)
//   FILING_CHECK_ENGINE=js         the JS twin (wasm2js) of the same module instead of the wasm
//
// What is not compared: a request text over 4 MiB *in UTF-16 units*: the wrapper refuses it
// before the core sees it, naming a lower bound ("at least N bytes"), which the native core, which
// counts bytes, cannot say; such texts are never generated (an over-4-MiB text here is CJK, over in
// UTF-8 bytes only, which the wrapper counts as the core does). Lone surrogates: a JS string can
// hold one and a Rust string cannot, and the wrapper refuses them (tests/node/fuzz-api.test.mjs);
// every text here is well-formed, and lone surrogates travel as `\ud800` escapes inside the JSON.
//
// Mismatches, and the inputs behind them, are written to target/fuzz-differential/mismatches.jsonl
// (one `[op, requestText]` per line: pipe it to the native harness to replay).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callOps, loadCases } from '../js/corpus-core.mjs';
import { generators, MAX_INPUT_BYTES } from '../js/fuzz-gen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? 'target');
const SEED = Number(process.env.FILING_CHECK_DIFF_SEED ?? 20261202) >>> 0;
const PER_OP = Number(process.env.FILING_CHECK_DIFF_PER_OP ?? 250);
const BIG_PER_OP = Number(process.env.FILING_CHECK_DIFF_BIG ?? 1);
console.log(`# differential fuzz seed ${SEED}, ${PER_OP} inputs per op (${BIG_PER_OP} near a size limit); reproduce: ${process.env.FILING_CHECK_ENGINE ? `FILING_CHECK_ENGINE=${process.env.FILING_CHECK_ENGINE} ` : ''}FILING_CHECK_DIFF_SEED=${SEED} FILING_CHECK_DIFF_PER_OP=${PER_OP} FILING_CHECK_DIFF_BIG=${BIG_PER_OP} node --test tests/node/fuzz-differential.test.mjs`);

const fc = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
await fc.loadDictionaries();
const OPS = callOps(root);
// Names `call` does not know, but that are near ones it does (case, spaces, prototype names).
const UNKNOWN_OPS = ['', 'Check', 'check ', ' id', 'CONVERT', '__proto__', 'constructor', 'toString', 'samename', 'rule', '检查', 'x'.repeat(300)];

function nativeHarness() {
  // Release, as the wasm build is: the same overflow behaviour, the same code.
  const built = spawnSync('cargo', ['build', '--release', '--quiet', '--features', 'cli', '--example', 'call_jsonl'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  assert.equal(built.status, 0, 'cargo build --release --features cli --example call_jsonl failed');
  return join(targetDir, 'release/examples/call_jsonl');
}

function wasmAnswer(op, text) {
  try {
    return { ok: fc.callJson(op, text) };
  } catch (e) {
    if (e instanceof fc.FilingCheckError) return { error: { code: e.code, message: e.message } };
    return { thrown: `${e?.name}: ${e?.message}` };
  }
}

const brief = (s) => (s.length > 200 ? `${JSON.stringify(s.slice(0, 160))}…(${s.length} units)` : JSON.stringify(s));

test(`differential: ${fc.engine()} (pkg/node.cjs callJson) and native (examples/call_jsonl.rs) give the same bytes on every input`, () => {
  const bin = nativeHarness();
  const gen = generators(SEED, loadCases(join(root, 'tests/cases')));
  const inputs = [];
  for (const op of OPS) {
    for (let i = 0; i < PER_OP; i++) inputs.push([op, gen.requestText(op)]);
    for (let i = 0; i < BIG_PER_OP; i++) inputs.push([op, gen.oversized(op)]);
  }
  for (let i = 0; i < Math.ceil(PER_OP / 4); i++) inputs.push([gen.pick(UNKNOWN_OPS), gen.requestText(gen.pick(OPS))]);
  for (const [, text] of inputs) assert.ok(text.length <= MAX_INPUT_BYTES && text.isWellFormed(), 'the generator made an input outside this test\'s scope');

  // In batches, native first and then wasm, so that a long run never holds all the answers, nor
  // the harness's output as one string.
  let nativeNs = 0n;
  let wasmNs = 0n;
  const mismatches = [];
  const perOp = {};
  const codes = {};
  for (let from = 0; from < inputs.length;) {
    let to = from;
    let bytes = 0;
    while (to < inputs.length && (to === from || (to - from < 5000 && bytes < 32 * 1024 * 1024))) bytes += inputs[to++][1].length;
    let t0 = process.hrtime.bigint();
    const run = spawnSync(bin, [], { input: inputs.slice(from, to).map((x) => JSON.stringify(x)).join('\n') + '\n', maxBuffer: 1 << 30 });
    nativeNs += process.hrtime.bigint() - t0;
    const lines = run.stdout ? run.stdout.toString('utf8').split('\n').filter((l) => l.length) : [];
    // A panic aborts the harness: the input it was on is the first one without an answer.
    const stopped = from + lines.length;
    assert.ok(run.status === 0 && lines.length === to - from,
      `native harness: exit ${run.status} ${run.signal ?? ''} ${run.error ?? ''} after ${stopped} of ${inputs.length} answers; input ${stopped}: ${String(JSON.stringify(inputs[stopped])).slice(0, 400)}\n${String(run.stderr).slice(0, 2000)}`);
    t0 = process.hrtime.bigint();
    for (let i = from; i < to; i++) {
      const [op, text] = inputs[i];
      const native = JSON.parse(lines[i - from]);
      const wasm = wasmAnswer(op, text);
      const key = OPS.includes(op) ? op : '(unknown op)';
      const tally = (perOp[key] ??= { inputs: 0, ok: 0, error: 0 });
      tally.inputs++;
      if (wasm.ok !== undefined) tally.ok++;
      else if (wasm.error) { tally.error++; codes[wasm.error.code] = (codes[wasm.error.code] ?? 0) + 1; }
      if (JSON.stringify(native) !== JSON.stringify(wasm) || native.harness || wasm.thrown || wasm.error?.code === 'internal') {
        mismatches.push({ i, op, text, native, wasm });
      }
    }
    wasmNs += process.hrtime.bigint() - t0;
    from = to;
  }
  const nativeMs = Number(nativeNs) / 1e6;
  const wasmMs = Number(wasmNs) / 1e6;

  console.log(`# ${inputs.length} inputs, ${mismatches.length} mismatches; native ${nativeMs.toFixed(0)} ms, ${fc.engine()} ${wasmMs.toFixed(0)} ms`);
  console.log(`#   ${'op'.padEnd(14)} inputs  answers  errors`);
  for (const [op, t] of Object.entries(perOp)) console.log(`#   ${op.padEnd(14)} ${String(t.inputs).padStart(6)} ${String(t.ok).padStart(8)} ${String(t.error).padStart(7)}`);
  console.log(`#   error codes: ${Object.entries(codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  // Both sides must have answered something of each kind, or the comparison proved little.
  const answered = Object.values(perOp).reduce((n, t) => n + t.ok, 0);
  assert.ok(answered > inputs.length / 10, `only ${answered} of ${inputs.length} inputs got an answer rather than an error: the generator no longer reaches the operations`);

  if (mismatches.length) {
    const dir = join(targetDir, 'fuzz-differential');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'mismatches.jsonl'), mismatches.map((m) => JSON.stringify([m.op, m.text])).join('\n') + '\n');
    const shown = mismatches.slice(0, 8).map((m) => `input ${m.i}, op ${JSON.stringify(m.op)}, request ${brief(m.text)}\n    native ${JSON.stringify(m.native).slice(0, 400)}\n    wasm   ${JSON.stringify(m.wasm).slice(0, 400)}`);
    assert.fail(`${mismatches.length} of ${inputs.length} inputs differ (all in ${join(dir, 'mismatches.jsonl')}):\n  ${shown.join('\n  ')}`);
  }
});
