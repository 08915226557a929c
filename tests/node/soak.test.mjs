// A short, bounded soak (bench/soak.mjs runs the long one): every operation of callJson over the
// corpus's requests plus invalid and oversized ones, 2,000 calls of each (22,000 in all), through
// the wasm build (FILING_CHECK_ENGINE=js: the JS build). No trap, every answer byte-identical to the
// first answer for the same input, and the module's linear memory stops growing after warm-up:
// the pages at half-way are the most it ever has afterwards. Structural only, no timings. The
// converter's tries (built once per configuration after 64 KiB of text, by design) are built first,
// so that a change to the corpus cannot move a trie build into the second half.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { callOps } from '../js/corpus-core.mjs';
import { plateau, soak } from '../../bench/soak.mjs';

const engine = process.env.FILING_CHECK_ENGINE ?? 'wasm';
const CALLS = Number(process.env.FILING_CHECK_SOAK_CALLS ?? 2000);

test(`soak (${engine}): ${CALLS} calls of each operation, answers unchanged, memory plateaus`, async () => {
  const r = await soak({ calls: CALLS, engine, sample: 500, big: 250, prepareTries: true });
  // Every operation of `call` (the match in src/api/mod.rs, as the fuzz test reads it) is soaked.
  const ops = callOps(fileURLToPath(new URL('../..', import.meta.url)));
  assert.ok(ops.length >= 12, `ops parsed from src/api/mod.rs: ${ops.join(', ')}`);
  // `rules` takes no input worth varying and has no corpus case: it is the one op not soaked.
  assert.deepEqual([...r.ops].sort(), [...ops].filter((op) => op !== 'rules').sort(), `operations soaked: ${r.ops.join(', ')}`);
  assert.equal(r.calls, CALLS * r.ops.length);
  assert.deepEqual(r.traps, [], 'no call may trap');
  assert.deepEqual(r.mismatches, [], 'every answer must equal the first answer for its input');
  const p = plateau(r.samples, 0.5);
  assert.equal(p.grew, false, `wasm pages grew after half-way: ${p.pagesAtWarm} -> ${p.pagesMax}`);
  // The oversized requests did reach the core: memory grew past its initial size at least once.
  assert.ok(r.samples[r.samples.length - 1].pages > r.samples[0].pages);
  // The JS heap is bounded too: after a full GC, the end is no more than the warm-up peak plus slack.
  const warmPeak = Math.max(...r.samples.filter((s) => s.calls <= r.calls / 2).map((s) => s.heapUsed));
  const late = Math.max(...r.samples.filter((s) => s.calls > r.calls / 2).map((s) => s.heapUsed));
  assert.ok(late <= warmPeak * 1.5 + 8 * 1048576, `heapUsed after half-way ${late} vs warm-up peak ${warmPeak}`);
});
