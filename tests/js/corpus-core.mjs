// The corpus matching rules for the JS runners (Node and Chromium), the same as
// tests/support/corpus.rs; tests/cases/README.md is the specification both follow.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every case under `root`, in file then declaration order, filtered by FILING_CHECK_CASES. */
export function loadCases(root) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) files.push(p);
    }
  })(root);
  // Byte order of paths, as Rust's PathBuf sort.
  files.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  const filter = process.env.FILING_CHECK_CASES;
  const cases = [];
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const c of doc.cases) {
      if (filter && !c.name.includes(filter)) continue;
      cases.push({ file: relative(root, file), name: c.name, op: c.op, request: c.request, expect: c.expect });
    }
  }
  return cases;
}

function subset(expected, actual, path) {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    }
    for (const [k, ev] of Object.entries(expected)) {
      if (!(k in actual)) return `${path}/${k}: missing (expected ${JSON.stringify(ev)})`;
      const why = subset(ev, actual[k], `${path}/${k}`);
      if (why) return why;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${path}: expected ${expected.length} elements, got ${JSON.stringify(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const why = subset(expected[i], actual[i], `${path}/${i}`);
      if (why) return why;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/**
 * Checks an outcome against a case's `expect`.
 * @param outcome `{ result }` or `{ error: { code, message } }`
 * @returns null when it matches, else the reason
 */
export function checkOutcome(expect, outcome) {
  if (expect.error !== undefined) {
    if (!outcome.error) return `expected error ${expect.error}, got a result: ${JSON.stringify(outcome.result).slice(0, 300)}`;
    return outcome.error.code === expect.error ? null : `expected error ${expect.error}, got error ${outcome.error.code}: ${outcome.error.message}`;
  }
  if (outcome.error) return `unexpected error ${outcome.error.code}: ${outcome.error.message}`;
  const actual = outcome.result;
  if (expect.subset !== undefined) {
    const why = subset(expect.subset, actual, '');
    if (why) return why;
  }
  if (expect.findings !== undefined) {
    const found = (actual && actual.findings) || [];
    const brief = (list) => list.map((f) => `${f.ruleId} ${f.path} ${f.messageId}`).join('; ');
    if (found.length !== expect.findings.length) return `findings: expected [${brief(expect.findings)}], got [${brief(found)}]`;
    for (let i = 0; i < found.length; i++) {
      const e = expect.findings[i];
      for (const key of ['ruleId', 'path', 'messageId']) {
        if (e[key] !== undefined && e[key] !== found[i][key]) return `findings/${i}: expected [${brief(expect.findings)}], got [${brief(found)}]`;
      }
      if (e.args !== undefined) {
        const why = subset(e.args, found[i].args, `findings/${i}/args`);
        if (why) return why;
      }
    }
  }
  return null;
}

export { runCase, parityRecord } from './corpus-runtime.js';

/** The filing kinds the forms module checks (src/filings/mod.rs FORMS_KINDS), and its ops (src/api/mod.rs call_forms_text). */
export const FORMS_KINDS = new Set(['appearance', 'absence', 'performance']);
export const FORMS_OPS = new Set(['id', 'check', 'due']);
const DOCUMENT_KINDS = new Set(['appeal', 'complaint', 'defence', 'reconsideration']);

/** Whether only the main (or desk) module answers case `c`: an op the forms module leaves to it, or `check` of a kind that reads its documents' text. */
export function mainModuleOnly(c) {
  if (!FORMS_OPS.has(c.op)) return true;
  return c.op === 'check' && Boolean(c.request && c.request.filing) && DOCUMENT_KINDS.has(c.request.filing.kind);
}

/** The operations of `call`: the arms of the match in `src/api/mod.rs` (from `pub fn call(`). */
export function callOps(repoRoot) {
  const apiRs = readFileSync(join(repoRoot, 'src/api/mod.rs'), 'utf8');
  const start = apiRs.indexOf('pub fn call(');
  return [...apiRs.slice(start, apiRs.indexOf('other => Err', start)).matchAll(/^\s*"([A-Za-z]+)" =>/gm)].map((m) => m[1]);
}
