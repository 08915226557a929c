// The npm package's own promises: both module systems, one error class with stable codes,
// refusal of JS Dates and broken strings, and a module that keeps working after any error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const cjs = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
const esm = await import(pathToFileURL(join(pkgDir, 'node.mjs')).href);
const today = '2026-11-22';

test('require and import give the same API and the same error class', () => {
  assert.equal(cjs.FilingCheckError, esm.FilingCheckError);
  assert.equal(esm.validateId('resident', '11010519491231002x', { today }).valid, true);
  assert.equal(cjs.validateId('resident', '11010519491231002x', { today }).valid, true);
});

test('init is idempotent and resolves in Node', async () => {
  await esm.init();
  await esm.init();
  assert.equal(esm.validateId('resident', '440524188001010014', { today }).valid, true);
});

test('a JS Date is refused with invalid_date', () => {
  assert.throws(
    () => esm.validateId('resident', '11010519491231002X', { today: new Date('2026-11-22') }),
    (e) => e instanceof esm.FilingCheckError && e.code === 'invalid_date',
  );
});

test('a missing today is refused, never read from a clock', () => {
  assert.throws(() => esm.validateId('resident', '11010519491231002X', {}), (e) => e.code === 'invalid_date');
});

test('lone surrogates are refused rather than silently replaced', () => {
  assert.throws(() => esm.validateId('resident', '1101051949\uD800', { today }), (e) => e.code === 'invalid_argument');
});

test('wrong types, deep nesting and cycles are clear errors, and the module keeps working', () => {
  const bad = [
    () => esm.call('id', null),
    () => esm.call(42, {}),
    () => esm.call('id', { kind: 1, value: 2, today }),
    () => esm.call('nope', { today }),
    () => esm.check('not an object', { today }),
    () => esm.check({ kind: 'no-such-kind' }, { today }),
    () => { let o = {}; const top = o; for (let i = 0; i < 100; i++) { o.a = {}; o = o.a; } esm.call('check', { today, filing: top }); },
    () => { const o = { today }; o.self = o; esm.call('id', o); },
    () => esm.call('id', { kind: 'resident', value: 1n, today }),
    () => esm.callJson('id', '{not json'),
  ];
  for (const f of bad) {
    assert.throws(f, (e) => e instanceof esm.FilingCheckError && typeof e.code === 'string' && e.code.length > 0);
  }
  assert.equal(esm.validateId('resident', '11010519491231002X', { today }).valid, true);
});

test('messages come in the language asked for', () => {
  const v = '110105194912310021';
  const hans = esm.validateId('resident', v, { today, lang: 'zh-Hans' }).message;
  const en = esm.validateId('resident', v, { today, lang: 'en' }).message;
  assert.match(hans, /校验码/);
  assert.match(en, /check character/);
});

test('dueDate (the fast path) gives the same dates as deadline and the corpus op "due"', () => {
  const periods = ['1d', '3d', '10d', '15d', '30d', '60d', '1m', '2m', '6m', '1y', '3wd', '5wd', '10wd'];
  let compared = 0;
  for (let day = 0; day < 800; day += 7) {
    const from = new Date(Date.UTC(2024, 0, 1) + day * 86400000).toISOString().slice(0, 10);
    for (const period of periods) {
      const fast = esm.dueDate(from, period);
      const full = esm.deadline({ from, period });
      const json = esm.call('due', { from, period });
      assert.deepEqual([fast.due, fast.extended, fast.provisional], [full.due, full.extended, full.provisional], `${from} + ${period}`);
      assert.equal(json.due, fast.due);
      compared++;
    }
  }
  assert.ok(compared > 1000);
  assert.throws(() => esm.dueDate(new Date(), '15d'), (e) => e.code === 'invalid_date');
  assert.throws(() => esm.dueDate('2025-09-16', '15 days'), (e) => e.code === 'invalid_period');
});
