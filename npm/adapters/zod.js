// zod (3 and 4): the whole filing checked inside a schema, each finding an issue at its field's path.
//
//   import { z } from 'zod';
//   import { filingRefinement } from 'filing-check/adapters/zod.js';
//   const schema = z.object({ kind: z.literal('appearance'), /* … */ }).passthrough()
//     .superRefine(filingRefinement({ today, lang: 'zh-Hans' }));
//
// Each error finding becomes a `custom` issue whose path is the nearest field (zod path arrays,
// `['appearing', 1, 'idNumber']`), walking up when a finding points deeper than `fields` (default:
// every leaf of the value). Errors that no field holds are issues at `summaryPath` (default `[]`,
// the form's root error in react-hook-form); warnings and notes go to `onSummary`, since a zod issue
// always fails the parse. In a browser, `await init()` first: zod refinements are synchronous.
import { checkAndPlace } from './core.js';

/**
 * @param {object} options `{ today, lang?, mode?, labels?, fields?, summaryPath?, onSummary?(findings, report) }`
 * @returns {(value: object, ctx: { addIssue(issue: object): void }) => void}
 */
export function filingRefinement(options) {
  const opts = options || {};
  return function filingCheckRefinement(value, ctx) {
    const { report, placed } = checkAndPlace(value, { ...opts, style: 'array' });
    const notErrors = [];
    for (const field of placed.fields) {
      for (const f of field.findings) {
        if (f.severity !== 'error') { notErrors.push(f); continue; }
        ctx.addIssue({ code: 'custom', message: f.message, path: field.name, params: { ruleId: f.ruleId, pointer: f.path } });
      }
    }
    for (const f of placed.summary) {
      if (f.severity !== 'error') { notErrors.push(f); continue; }
      ctx.addIssue({ code: 'custom', message: f.message, path: opts.summaryPath || [], params: { ruleId: f.ruleId, pointer: f.path } });
    }
    if (typeof opts.onSummary === 'function') opts.onSummary(notErrors, report);
  };
}
