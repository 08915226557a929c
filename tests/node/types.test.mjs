// The package's TypeScript types, as a portal's compiler sees them: tsc --noEmit on
// tests/types/consumer.ts against pkg/, and the JSON Schema → TypeScript generator
// (scripts/gen-types.mjs) end to end on fixture schemas, with the generated types reaching check(),
// and resolution through package.json exports as Node's import and require see it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const tsc = join(root, 'node_modules/.bin/tsc');

function compile(tsconfigPath) {
  const r = spawnSync(tsc, ['-p', tsconfigPath], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

test('types: a portal consumer type-checks, and every @ts-expect-error guard is needed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-types-'));
  try {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      extends: join(root, 'tests/types/tsconfig.json'),
      compilerOptions: { paths: { 'filing-check': [join(pkgDir, 'index.d.ts')], 'filing-check/*': [join(pkgDir, '*')] } },
      files: [join(root, 'tests/types/consumer.ts'), join(root, 'tests/types/forms-consumer.ts')],
    }));
    const { ok, output } = compile(join(dir, 'tsconfig.json'));
    assert.ok(ok, output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('types: npm/types/filings.d.ts and results.d.ts are what scripts/gen-types.mjs makes of schemas/', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/gen-types.mjs')], { encoding: 'utf8', env: { ...process.env, FILING_CHECK_UPDATE: '' } });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('types: generated filing types reach check() (fixture schemas)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-gen-'));
  try {
    const copy = join(dir, 'pkg');
    cpSync(pkgDir, copy, { recursive: true, filter: (p) => !p.endsWith('.wasm') });
    execFileSync(process.execPath, [join(root, 'scripts/gen-types.mjs'), '--schemas', join(root, 'tests/types/fixtures/schemas'), '--out', join(copy, 'types/filings.d.ts')]);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      extends: join(root, 'tests/types/tsconfig.json'),
      compilerOptions: { paths: { 'filing-check': [join(copy, 'index.d.ts')], 'filing-check/*': [join(copy, '*')] } },
      files: [join(root, 'tests/types/generated-consumer.ts')],
    }));
    const { ok, output } = compile(join(dir, 'tsconfig.json'));
    assert.ok(ok, output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('types: Node consumers find them through package.json exports, for import and for require', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-node16-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkgDir, join(dir, 'node_modules/filing-check'), 'dir');
    for (const f of ['esm.mts', 'cjs.cts']) cpSync(join(root, 'tests/types/node16', f), join(dir, f));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [] },
      files: ['esm.mts', 'cjs.cts'],
    }));
    const { ok, output } = compile(join(dir, 'tsconfig.json'));
    assert.ok(ok, output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
