// Rules for async-validator (Element Plus, Ant Design Vue) and its fork @rc-component/async-validator
// (antd's Form, via rc-field-form).
//
//   import { idNumberRule } from 'filing-check/adapters/async-validator.js';
//   const rules = { idNumber: [{ required: true, message: '请填写' }, idNumberRule({ kind: 'resident', today, lang: 'zh-Hans' })] };
//
// `idNumberRule` returns a Promise-based validator and waits for `init()` itself; antd's Form
// accepts only Promise-based validators. `idNumberRuleSync` returns true or an Error, for callers
// that validate synchronously after `await init()`.
// initIds: the identifiers module is all a field rule needs (the main one is used if the page
// called init()).
import { initIds } from 'filing-check';
import { checkIdentifier } from './core.js';

/**
 * A rule object whose validator resolves when the value is empty or valid, and rejects with an
 * Error carrying the library's message otherwise.
 * @param {object} spec `{ kind, today, lang?, trigger? }`
 */
export function idNumberRule(spec) {
  const { trigger, ...checkSpec } = spec || {};
  const rule = {
    async validator(_rule, value) {
      await initIds();
      const problem = checkIdentifier(checkSpec, value);
      if (problem) throw new Error(problem.message);
    },
  };
  if (trigger !== undefined) rule.trigger = trigger;
  return rule;
}

/**
 * A rule object whose validator returns `true` or an `Error` synchronously.
 * Call `await init()` before validating (in Node it is ready at once).
 * @param {object} spec `{ kind, today, lang?, trigger? }`
 */
export function idNumberRuleSync(spec) {
  const { trigger, ...checkSpec } = spec || {};
  const rule = {
    validator(_rule, value) {
      const problem = checkIdentifier(checkSpec, value);
      return problem ? new Error(problem.message) : true;
    },
  };
  if (trigger !== undefined) rule.trigger = trigger;
  return rule;
}
