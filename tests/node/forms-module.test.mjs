// The forms module (src/wasm/forms.rs, what initForms() loads) against the main module, through
// the package's real browser entry (pkg/index.js) in Node: every corpus case is sent to it with
// only initForms() done, and must come back byte for byte as the main module answers it
// (pkg/node.cjs), or, for an op or filing kind the forms module leaves to the main module, as
// `not_initialized` naming `init()` (or `initDesk()`). After init() and initDesk() every case must
// answer as in Node.
// FILING_CHECK_ENGINE=js runs the forms module's JS twin instead of the .wasm.
//
//   node --test tests/node/forms-module.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FORMS_KINDS, loadCases, mainModuleOnly, parityRecord } from '../js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const engine = process.env.FILING_CHECK_ENGINE === 'js' ? 'js' : 'wasm';

// index.js finds its files with fetch(new URL(…, import.meta.url)); Node's fetch has no file: URLs.
const nodeFetch = globalThis.fetch;
globalThis.fetch = async (url) => {
  const u = new URL(String(url));
  if (u.protocol !== 'file:') return nodeFetch(url);
  const type = u.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(readFileSync(fileURLToPath(u)), { headers: { 'content-type': type } });
};

const main = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
const browser = await import(pathToFileURL(join(pkgDir, 'index.js')).href);
const cases = loadCases(join(root, 'tests/cases'));

test(`initForms() loads the forms module on the ${engine} engine and nothing answers beyond it`, async () => {
  assert.ok(existsSync(join(pkgDir, 'web/filing_check_forms_bg.wasm')), 'pkg/web/filing_check_forms_bg.wasm');
  assert.equal(browser.engine(), null);
  await browser.initForms({ engine });
  assert.equal(browser.engine(), engine);
  assert.throws(() => browser.deadline({ from: '2025-09-16', period: '15d' }), (e) => e.code === 'not_initialized');
  assert.deepEqual(browser.dueDate('2025-09-30', '15d'), main.dueDate('2025-09-30', '15d'));
  assert.throws(() => browser.dueDate('2025-02-30', '15d'), (e) => e.code === 'invalid_date');
});

test('every corpus case: the forms module answers as the main module, or leaves it to init()', () => {
  let same = 0;
  let elsewhere = 0;
  const wrong = [];
  for (const c of cases) {
    const expected = parityRecord(main.callJson, c);
    const got = parityRecord(browser.callJson, c);
    if (got === expected) {
      same++;
      continue;
    }
    const error = JSON.parse(got).error;
    // The desk ops name their own module (initDesk()), the others the main one (init()).
    if (mainModuleOnly(c) && error && error.code === 'not_initialized' && /await init(Desk)?\(\)/.test(error.message)) {
      elsewhere++;
      continue;
    }
    wrong.push(`${c.name} (${c.file}):\n  forms ${got.slice(0, 300)}\n  main  ${expected.slice(0, 300)}`);
  }
  console.log(`forms module: ${same} cases answered as the main module, ${elsewhere} left to init(), ${wrong.length} wrong`);
  assert.deepEqual(wrong, []);
  // Not a comparison of errors alone: the forms kinds' cases are in the corpus, and pass here.
  const formsChecks = cases.filter((c) => c.op === 'check' && c.request && c.request.filing && FORMS_KINDS.has(c.request.filing.kind));
  assert.ok(formsChecks.length >= 100, `${formsChecks.length} corpus checks of the forms kinds`);
  assert.ok(same >= formsChecks.length, `${same} identical answers`);
});

test('call() routes as callJson() does, and after init() the main module answers everything', async () => {
  const appearance = cases.find((c) => c.op === 'check' && c.request.filing && c.request.filing.kind === 'appearance');
  assert.deepEqual(browser.call('check', appearance.request), main.call('check', appearance.request));
  const complaint = cases.find((c) => c.op === 'check' && c.request.filing && c.request.filing.kind === 'complaint');
  assert.throws(() => browser.check(complaint.request.filing, { today: complaint.request.today }), (e) => e.code === 'not_initialized');
  await browser.init(undefined, { engine });
  await browser.initDesk({ engine });
  const differing = cases.filter((c) => parityRecord(browser.callJson, c) !== parityRecord(main.callJson, c)).map((c) => c.name);
  assert.deepEqual(differing, []);
});
