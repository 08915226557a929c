// jquery-validation: the whole filing checked on the whole form, each finding on its field.
//
//   const binding = bindJqueryValidation(jQuery, form, {
//     names: { '/agency/name': 'agencyName', '/appearing/*/idNumber': 'appearing[*][idNumber]' },
//     base,                    // the parts of the filing the form does not show (optional)
//     today, lang: 'zh-Hans', summary: '#summary',
//   });
//
// It adds one method, `filingCheck`, to every named control of the form: the method checks the
// whole filing (read from the form through `names`, once per state of the form however many
// controls ask) and fails a control when a finding lands on it (`placeFindings`: at its pointer, or
// deeper than any control). Findings no control holds, and warnings, are listed in `summary`; an
// error among them blocks the submit as well.
// Call it after `$(form).validate({...})` (jquery-validation keeps the first settings): the portal's own
// rules and messages stay.
//
// jquery-validation validates synchronously, so submits are held until the checker is ready
// (`holdSubmitsUntilReady`): a submit before that is stopped before jquery-validation sees it and
// made again once it can be checked. Before that, a control left on blur is not checked (nothing
// can answer yet), which is safe because nothing can be submitted either.
import { init, check } from 'filing-check';
import { placeFindings, fieldEntry } from './core.js';
import { holdSubmitsUntilReady, readFiling, showSummary } from './dom.js';

const METHOD = 'filingCheck';

/**
 * @param {JQueryStatic} $ the page's jQuery, with jquery-validation loaded
 * @param {HTMLFormElement} form
 * @param {object} options `{ names, base?, filing?(), today, lang?, mode?, labels?, summary?, ready?, onUnavailable? }`
 *   `filing()` replaces reading the form through `names`; `ready` defaults to `init()`.
 */
export function bindJqueryValidation($, form, options) {
  const opts = options || {};
  const ready = opts.ready || init();
  const gate = holdSubmitsUntilReady(form, ready, { onUnavailable: opts.onUnavailable });
  let last = null;

  const controlNamed = (name) => Array.from(form.elements).some((c) => c.name === name);
  function placement() {
    const filing = typeof opts.filing === 'function' ? opts.filing() : readFiling(form, opts.names, opts.base);
    const today = typeof opts.today === 'function' ? opts.today() : opts.today;
    const snapshot = `${today}\u0000${JSON.stringify(filing)}`;
    if (last && last.snapshot === snapshot) return last;
    const report = check(filing, { today, lang: opts.lang, mode: opts.mode, labels: opts.labels });
    const placed = placeFindings(report, { names: opts.names, fields: controlNamed });
    const warnings = placed.fields.reduce((out, f) => out.concat(f.findings.filter((x) => x.severity !== 'error')), []);
    last = { snapshot, report, placed, summary: placed.summary.concat(warnings) };
    if (opts.summary) showSummary(opts.summary, last.summary, form.ownerDocument);
    return last;
  }
  const errorsOf = (element) => {
    const entry = fieldEntry(placement().placed, element.name);
    return entry ? entry.errors : [];
  };

  if (!$.validator.methods[METHOD]) {
    $.validator.addMethod(METHOD, function filingCheck(_value, element, binding) {
      // Before the checker is ready nothing can answer; the submit is held meanwhile.
      if (!binding || !binding.ready) return true;
      return binding.errorsOf(element).length === 0;
    }, (binding, element) => binding.errorsOf(element).join(binding.lang === 'en' ? '; ' : '；'));
  }
  const binding = { get ready() { return gate.ready; }, errorsOf, lang: opts.lang };
  const validator = $(form).validate();
  // Errors that no control holds (listed in the summary) block the submit too: jquery-validation
  // only knows controls. The native submit is cancelled here, before jQuery's handler, which still
  // runs and shows the controls' messages; a portal's submitHandler (an ajax submit) is skipped.
  form.ownerDocument.addEventListener('submit', (event) => {
    if (event.target === form && gate.ready && !placement().report.ok) event.preventDefault();
  }, true);
  const portalSubmit = validator.settings.submitHandler;
  if (typeof portalSubmit === 'function') {
    validator.settings.submitHandler = function filingCheckSubmit() {
      if (!placement().report.ok) return false;
      return portalSubmit.apply(this, arguments);
    };
  }
  for (const control of Array.from(form.elements)) {
    if (!control.name || /^(submit|button|reset)$/.test(control.type)) continue;
    $(control).rules('add', { [METHOD]: binding });
  }
  return {
    validator,
    /** The last report (null before the first check). */
    get report() { return last && last.report; },
    get summary() { return last ? last.summary : []; },
    get ready() { return gate.ready; },
  };
}
