// The published result schema (schemas/results.schema.json, generated from the Rust result types by
// tests/schemas.rs, and the source of npm/types/results.d.ts) says what each op actually answers:
// every answer of the case corpus (tests/cases/**), as the core's own JSON bytes (callJson), and
// the rule catalogue in every language (no corpus case calls `rules`), is validated with Ajv
// against its op's schema, closed: an object may hold only the fields its schema names, so a
// field the serialisation adds, renames or flattens differently from the derive fails here too.
// FILING_CHECK_PKG chooses the package directory (default pkg/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { callOps, loadCases } from '../js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const fc = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
const schema = JSON.parse(readFileSync(join(root, 'schemas/results.schema.json'), 'utf8'));

await fc.loadDictionaries().catch(() => {}); // conversion cases need them

/** The schema with every object that lists its properties closed to them. */
function closed(node) {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'enum' || k === 'const' ? v : closed(v)]));
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // The numeric formats schemars names (a usize is "uint"): integers of the format's range.
  const integer = (min, max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= min && n <= max });
  ajv.addFormat('uint', integer(0, Number.MAX_SAFE_INTEGER));
  ajv.addFormat('uint8', integer(0, 0xff));
  ajv.addFormat('uint16', integer(0, 0xffff));
  ajv.addFormat('uint32', integer(0, 0xffffffff));
  ajv.addFormat('uint64', integer(0, Number.MAX_SAFE_INTEGER));
  ajv.addFormat('int32', integer(-0x80000000, 0x7fffffff));
  ajv.addFormat('double', { type: 'number', validate: Number.isFinite });
  ajv.addSchema(closed(schema));
  return (op) => ajv.getSchema(`results.schema.json#/properties/${op}`);
}

test('result schemas: one per op of call, and no other', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), callOps(root).sort());
  assert.deepEqual([...schema.required].sort(), callOps(root).sort());
});

test('result schemas: every answer of the corpus and the rule catalogue is valid against its op\'s closed schema', () => {
  const schemaOf = validator();
  const answers = [];
  for (const c of loadCases(join(root, 'tests/cases'))) {
    let text;
    try {
      text = fc.callJson(c.op, JSON.stringify(c.request));
    } catch (e) {
      continue; // a call error is not an answer (its shape is FilingCheckError's)
    }
    answers.push({ name: c.name, op: c.op, result: JSON.parse(text) });
  }
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    answers.push({ name: `rules (${lang})`, op: 'rules', result: JSON.parse(fc.callJson('rules', JSON.stringify({ lang }))) });
  }
  const perOp = {};
  const failures = [];
  for (const { name, op, result } of answers) {
    const validate = schemaOf(op);
    assert.ok(validate, `no schema for op ${op}`);
    perOp[op] = (perOp[op] ?? 0) + 1;
    if (!validate(result)) {
      failures.push(`${name} (${op}): ${validate.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`).join('; ')}`);
    }
  }
  console.log(`result schemas: ${answers.length} answers validated, ${failures.length} invalid; per op ${JSON.stringify(perOp)}`);
  assert.deepEqual(failures, [], `${failures.length} of ${answers.length} answers do not match their op's schema:\n${failures.join('\n')}`);
  // Every op's schema met at least one real answer: none is checked only by its own derive.
  assert.deepEqual(Object.keys(perOp).sort(), Object.keys(schema.properties).sort());
});

test('result schemas: a closed schema refuses what the serialisation never makes', () => {
  const schemaOf = validator();
  const answer = JSON.parse(fc.callJson('due', JSON.stringify({ from: '2025-09-16', period: '15d' })));
  assert.equal(schemaOf('due')(answer), true, JSON.stringify(schemaOf('due').errors));
  assert.equal(schemaOf('due')({ ...answer, dueDay: answer.due }), false, 'an extra field');
  const { rawEnd, ...withoutRawEnd } = answer;
  assert.equal(schemaOf('due')(withoutRawEnd), false, `a missing field (rawEnd ${rawEnd})`);
  assert.equal(schemaOf('id')({ ...JSON.parse(fc.callJson('id', JSON.stringify({ kind: 'resident', value: '11010519491231002X', today: '2026-11-22' }))), kind: 'passport' }), false, 'a kind not in the enum');
});
