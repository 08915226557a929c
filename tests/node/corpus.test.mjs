// Replays the shared case corpus against the npm package in Node, through its public API.
// FILING_CHECK_PKG chooses the package directory (default pkg/), so the same suite can run
// against any build. Also writes target/parity/node.json for the parity suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutcome, loadCases, parityRecord, runCase } from '../js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const fc = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
const cases = loadCases(join(root, 'tests/cases'));

await fc.loadDictionaries().catch(() => {}); // conversion cases need them; absent until the converter lands

const parity = [];
for (const c of cases) {
  test(`corpus: ${c.name}`, () => {
    const why = checkOutcome(c.expect, runCase(fc.call, c));
    assert.equal(why, null, `${c.name} (${c.file}): ${why}`);
  });
  parity.push([c.name, parityRecord(fc.callJson, c)]);
}

test('parity record written', () => {
  mkdirSync(join(root, 'target/parity'), { recursive: true });
  writeFileSync(join(root, 'target/parity/node.json'), JSON.stringify(Object.fromEntries(parity.map(([n, r]) => [n, JSON.parse(r)]))));
  assert.equal(parity.length, cases.length);
});
