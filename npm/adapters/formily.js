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
import { initIds } from 'filing-check';
import { checkIdentifier } from './core.js';

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
