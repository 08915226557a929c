// vee-validate 4: the whole filing as the form's schema, each finding on its field.
//
//   import { useForm } from 'vee-validate';
//   import { filingSchema } from 'filing-check/adapters/vee-validate.js';
//   const { errors, handleSubmit } = useForm({ initialValues: filing, validationSchema: filingSchema({ today, lang: 'zh-Hans', onSummary }) });
//   // <Field name="appearing[1].idNumber" />  (vee-validate's own path style)
//
// A vee-validate typed schema (`__type: 'VVTypedSchema'`): `parse` checks the values as a filing and
// answers one error entry per field, at the nearest field (`fields`, default: every leaf of the
// values, which is what a form with `initialValues` shows). A form that shows only part of a filing
// gives `toFiling(values)`, which puts the values into the whole filing (the parts the form does
// not show, an emptied field left out); the fields stay the values' leaves. Errors no field holds, warnings and
// notes go to `onSummary`; the errors among them also keep the submit invalid (an entry at
// `summaryPath`, default '', which no field shows).
import { init } from 'filing-check';
import { PATH_STYLES, checkAndPlace, leafPaths } from './core.js';

/**
 * @param {object} options `{ today, lang?, mode?, labels?, fields?, toFiling?(values), summaryPath?, onSummary?(findings, report) }`
 */
export function filingSchema(options) {
  const opts = options || {};
  const joiner = opts.lang === 'en' ? '; ' : '；';
  return {
    __type: 'VVTypedSchema',
    async parse(values) {
      await init();
      const filing = typeof opts.toFiling === 'function' ? opts.toFiling(values) : values;
      const fields = opts.fields || leafPaths(values).map(PATH_STYLES.bracket);
      const { report, placed } = checkAndPlace(filing, { ...opts, style: 'bracket', fields });
      const errors = [];
      const summary = placed.summary.slice();
      for (const field of placed.fields) {
        if (field.errors.length) errors.push({ path: field.name, errors: [field.errors.join(joiner)] });
        summary.push(...field.findings.filter((f) => f.severity !== 'error'));
      }
      const unplacedErrors = placed.summary.filter((f) => f.severity === 'error');
      if (unplacedErrors.length) errors.push({ path: opts.summaryPath || '', errors: unplacedErrors.map((f) => f.message) });
      if (typeof opts.onSummary === 'function') opts.onSummary(summary, report);
      return errors.length ? { errors } : { value: values, errors: [] };
    },
  };
}
