// A validation rule for Formily (@formily/core, @formily/validator).
//
//   import { registerValidateRules } from '@formily/core';
//   import { formilyRules } from 'filing-check/adapters/formily.js';
//   registerValidateRules(formilyRules({ today, lang: 'zh-Hans' }));
//   // on a field:  validator: { filingCheck: 'resident' }
//   //          or  validator: { filingCheck: { kind: 'credit-code', severity: 'warning' } }
//
// The rule answers Formily's ValidatorFunctionResponse: '' when valid, otherwise
// { type: 'error' | 'warning', message } with the library's message.
// initIds: the identifiers module is all a field rule needs (the main one is used if the page
// called init()).
import { init, initIds, check } from 'filing-check';
import { checkIdentifier, placeFindings, fieldEntry } from './core.js';

/**
 * The rules to pass to `registerValidateRules`.
 * @param {object} defaults `{ today, lang?, severity? }`, overridable per field
 * @param {{ name?: string }} [options] the rule's name on a field (default `filingCheck`)
 */
export function formilyRules(defaults, options) {
  const name = (options && options.name) || 'filingCheck';
  return {
    async [name](value, rule) {
      await initIds();
      const problem = checkIdentifier(rule[name], value, defaults);
      return problem ? { type: problem.severity, message: problem.message } : '';
    },
  };
}

/**
 * Shows a whole report on a Formily form: each finding as feedback of the nearest field the form
 * has (errors as errors, warnings and notes as warnings, so only errors block `submit`), and
 * returns the findings no field holds, for a summary. The feedback has its own code, so the
 * fields' own validators' messages stay; calling it again replaces the previous report's.
 * @param {import('@formily/core').Form} form
 * @param {object} report a `check()` report
 * @returns {object[]} the findings no field holds
 */
export function showReport(form, report) {
  const fields = Object.keys(form.fields).map((address) => form.fields[address])
    .filter((f) => f && f.displayName !== 'VoidField');
  const placed = placeFindings(report, { style: 'dotted', fields: fields.map((f) => f.path.toString()) });
  for (const field of fields) {
    const entry = fieldEntry(placed, field.path.toString());
    field.setFeedback({ type: 'error', code: 'FilingCheckError', messages: entry ? entry.errors : [] });
    field.setFeedback({ type: 'warning', code: 'FilingCheckWarning', messages: entry ? entry.warnings.concat(entry.infos) : [] });
  }
  return placed.summary;
}

/**
 * Checks the form's values as a filing and shows the report (see showReport).
 * @param {object} options `{ today, lang?, mode?, labels?, toFiling?(values) }`
 * @returns {Promise<{ report: object, summary: object[] }>}
 */
export async function checkForm(form, options) {
  await init();
  const opts = options || {};
  const values = JSON.parse(JSON.stringify(form.values));
  const filing = typeof opts.toFiling === 'function' ? opts.toFiling(values) : values;
  const today = typeof opts.today === 'function' ? opts.today() : opts.today;
  const report = check(filing, { today, lang: opts.lang, mode: opts.mode, labels: opts.labels });
  return { report, summary: showReport(form, report) };
}
