// yup 1.x: the whole filing checked in a schema test, each finding a ValidationError at its field.
//
//   import { object, ValidationError } from 'yup';
//   import { filingTest } from 'filing-check/adapters/yup.js';
//   const schema = object({ /* … */ }).test(filingTest({ ValidationError, today, lang: 'zh-Hans' }));
//
// yup's own ValidationError class is passed in (the adapter imports nothing but filing-check), so
// that every error finding is reported, not just the first: each at the nearest field's path in
// yup's style (`appearing[1].idNumber`), errors no field holds at the tested object's own path.
// Warnings and notes go to `onSummary`. In a browser, `await init()` first.
import { checkAndPlace } from './core.js';

/**
 * @param {object} options `{ ValidationError, today, lang?, mode?, labels?, fields?, onSummary?, name? }`
 * @returns {{ name: string, test(value: object, context: object): true | Error }}
 */
export function filingTest(options) {
  const opts = options || {};
  if (typeof opts.ValidationError !== 'function') throw new TypeError("filingTest: pass yup's ValidationError class as options.ValidationError");
  return {
    name: opts.name || 'filing-check',
    test(value, context) {
      const { report, placed } = checkAndPlace(value, { ...opts, style: 'bracket' });
      const base = context && context.path ? context.path : '';
      const at = (name) => (base && name ? `${base}.${name}` : base || name || undefined);
      const errors = [];
      const notErrors = [];
      for (const field of placed.fields) {
        for (const f of field.findings) {
          if (f.severity === 'error') errors.push(context.createError({ path: at(field.name), message: f.message, params: { ruleId: f.ruleId } }));
          else notErrors.push(f);
        }
      }
      for (const f of placed.summary) {
        if (f.severity === 'error') errors.push(context.createError({ path: at(''), message: f.message, params: { ruleId: f.ruleId } }));
        else notErrors.push(f);
      }
      if (typeof opts.onSummary === 'function') opts.onSummary(notErrors, report);
      if (!errors.length) return true;
      return errors.length === 1 ? errors[0] : new opts.ValidationError(errors, value, base || undefined);
    },
  };
}
