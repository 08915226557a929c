// The parity suite: every corpus case must produce byte-identical JSON natively (cargo test
// --test corpus), in Node (tests/node) and in Chromium (tests/browser). Each runner wrote its
// records to target/parity/<platform>.json; this compares them case by case.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'target/parity');
const platforms = ['native', 'node', 'browser'];
const missing = platforms.filter((p) => !existsSync(join(dir, `${p}.json`)));
if (missing.length) {
  console.log(`parity: SKIPPED, no records from ${missing.join(', ')} (run the full test command)`);
  console.log('parity: 0 passed, 1 failed');
  process.exit(1);
}
const records = Object.fromEntries(platforms.map((p) => [p, JSON.parse(readFileSync(join(dir, `${p}.json`), 'utf8'))]));
let passed = 0;
let failed = 0;
for (const name of Object.keys(records.native).sort()) {
  const bytes = platforms.map((p) => (name in records[p] ? JSON.stringify(records[p][name]) : undefined));
  if (bytes.every((b) => b !== undefined && b === bytes[0])) {
    passed++;
  } else {
    failed++;
    console.log(`not identical: ${name}`);
    platforms.forEach((p, i) => console.log(`  ${p.padEnd(8)} ${String(bytes[i]).slice(0, 400)}`));
  }
}
for (const p of ['node', 'browser']) {
  const extra = Object.keys(records[p]).filter((n) => !(n in records.native));
  if (extra.length) {
    failed += extra.length;
    console.log(`${p} ran cases the native runner did not: ${extra.join(', ')}`);
  }
}
console.log(`parity: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
