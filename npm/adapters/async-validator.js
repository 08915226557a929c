// Rules for async-validator: 4.x (Element Plus, Ant Design Vue), 1.8 (Element UI on Vue 2), and its
// fork @rc-component/async-validator (antd's Form, via rc-field-form).
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
 * A rule object whose validator answers synchronously. Called by async-validator (with its
 * callback) it calls the callback, with the Error or nothing: async-validator 1.8, which Element UI
 * uses, ignores a returned value, and 4.x accepts either. Called with no callback it returns `true`
 * or an `Error`. Call `await init()` or `await initIds()` before validating (in Node it is ready at
 * once).
 * @param {object} spec `{ kind, today, lang?, trigger? }`
 */
export function idNumberRuleSync(spec) {
  const { trigger, ...checkSpec } = spec || {};
  const rule = {
    validator(_rule, value, callback) {
      const problem = checkIdentifier(checkSpec, value);
      const answer = problem ? new Error(problem.message) : true;
      if (typeof callback !== 'function') return answer;
      callback(answer === true ? undefined : answer);
      return undefined;
    },
  };
  if (trigger !== undefined) rule.trigger = trigger;
  return rule;
}
