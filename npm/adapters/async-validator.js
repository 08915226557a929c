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
import { init, initIds, check } from 'filing-check';
import { checkIdentifier, checkFiledInWindow, placeFindings, fieldEntry } from './core.js';

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

/**
 * A rule for a date field checked on blur against a named statutory window from another field's
 * day: `windowRule({ window: 'appeal-judgment', from: () => form.judgmentServedOn, lang, trigger: 'blur' })`
 * on the appeal's filing date. It waits for `init()` (the windows are in the main module) and fails
 * with the core's message when the date is late; warnings (a delay the party may explain) pass.
 * @param {object} spec `{ window, from, lang?, calendar?, trigger? }`
 */
export function windowRule(spec) {
  const { trigger, ...checkSpec } = spec || {};
  const rule = {
    async validator(_rule, value) {
      await init();
      const problem = checkFiledInWindow(checkSpec, value);
      if (problem && problem.severity === 'error') throw new Error(problem.message);
    },
  };
  if (trigger !== undefined) rule.trigger = trigger;
  return rule;
}

// ---------------------------------------------------------------------------------------------
// The whole filing, on the whole form: Element Plus, Element UI (Vue 2), Ant Design Vue and antd
// (examples/vue-element-plus, vue2-element-ui, vue-antdv and react-antd).
//
//   const fc = filingFormRules({ filing: () => toFiling(form), today, lang: 'zh-Hans', onSummary });
//   <el-form-item prop="appearing.0.idNumber" :rules="fc.rules('appearing.0.idNumber')">
//   <Form.Item name={['appearing', 0, 'idNumber']} rules={fc.rules(['appearing', 0, 'idNumber'])}>
//
// Each field's rule runs `check()` on the whole filing (once per state of the filing, however many
// fields validate it) and fails with the messages of the findings that `placeFindings` puts on that
// field: the ones at its path, and the ones deeper than any field of the form. The findings that no
// field holds go to `onSummary` (the library has no field for them): errors on a path the form has
// no item for, findings on an antd `Form.List` (which shows no error set on its own name), and the
// warnings and notes of libraries with no warning state (all but antd, whose `warningOnly` rule
// `fc.rules(name)` adds when `warnings: 'field'`).

/**
 * @param {object} options
 * @param {() => object} options.filing the filing as the form holds it now
 * @param {string | (() => string)} options.today
 * @param {string} [options.lang] @param {string} [options.mode] @param {object} [options.labels]
 * @param {'dotted'|'array'} [options.style] how the form names fields: 'dotted' (Element Plus,
 *   Element UI; default) or 'array' (antd and Ant Design Vue name paths)
 * @param {Array<string|Array>} [options.lists] antd Form.List names (their findings go to the summary)
 * @param {'summary'|'field'} [options.warnings] where warnings and notes show (default 'summary')
 * @param {(findings: object[], report: object) => void} [options.onSummary]
 */
export function filingFormRules(options) {
  const opts = options || {};
  const style = opts.style || 'dotted';
  const names = new Map();
  const key = (name) => (Array.isArray(name) ? name.map(String).join('\u0001') : String(name));
  let namesVersion = 0;
  let last = null;

  function placement() {
    const filing = opts.filing();
    const snapshot = JSON.stringify(filing);
    const today = typeof opts.today === 'function' ? opts.today() : opts.today;
    const fields = [...names.values()];
    if (last && last.snapshot === snapshot && last.today === today && last.namesVersion === namesVersion) return last;
    const report = check(filing, { today, lang: opts.lang, mode: opts.mode, labels: opts.labels });
    const placed = placeFindings(report, { style, fields, lists: opts.lists });
    const onFields = opts.warnings === 'field' ? placed.fields : placed.fields.filter((f) => f.errors.length);
    const notShown = opts.warnings === 'field' ? [] : placed.fields.reduce((out, f) => out.concat(f.findings.filter((x) => x.severity !== 'error')), []);
    last = { snapshot, today, namesVersion, report, fields: { fields: onFields }, summary: placed.summary.concat(notShown) };
    if (typeof opts.onSummary === 'function') opts.onSummary(last.summary, report);
    return last;
  }

  const messagesOf = (name, which) => {
    const entry = fieldEntry(placement().fields, name);
    return entry ? entry[which] : [];
  };

  return {
    /** The rules of one field (register every field the form shows, so that walking up knows them). */
    rules(name, extra) {
      if (!names.has(key(name))) { names.set(key(name), name); namesVersion++; }
      const trigger = extra && extra.trigger;
      const errorRule = {
        async validator() {
          await init();
          const errors = messagesOf(name, 'errors');
          if (errors.length) throw new Error(errors.join(opts.lang === 'en' ? '; ' : '；'));
        },
      };
      const rules = [errorRule];
      if (opts.warnings === 'field') {
        rules.push({
          warningOnly: true,
          async validator() {
            await init();
            const notes = messagesOf(name, 'warnings').concat(messagesOf(name, 'infos'));
            if (notes.length) throw new Error(notes.join(opts.lang === 'en' ? '; ' : '；'));
          },
        });
      }
      if (trigger !== undefined) for (const r of rules) r.trigger = trigger;
      return rules;
    },
    /** Forgets a field that left the form (a removed list row). */
    forget(name) { if (names.delete(key(name))) namesVersion++; },
    /** The last report and its summary (null before the first validation). */
    get report() { return last && last.report; },
    get summary() { return last ? last.summary : []; },
  };
}
