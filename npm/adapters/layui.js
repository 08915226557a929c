// layui `form.verify`: the whole filing checked on the whole form, each finding on its field.
//
//   layui.use('form', function () {
//     var binding = FilingCheckForms.bindLayui(layui.form, formElement, { names, base, today, lang: 'zh-Hans', summary: '#summary' });
//     layui.form.verify(binding.verify);          // then lay-verify="filingCheck" (or "required|filingCheck")
//   });
//
// layui stops at the first control that fails and shows one tip; so the rule also writes every
// control's messages after it (`.filing-check-message`, as the drop-in does) and lists in `summary`
// the findings no control holds, and the warnings. The first failing control's message is what
// layui's tip shows; an error no control holds fails a hidden `[lay-verify]` input the binding adds,
// so that it blocks the submit (and layui's submit callback) too.
//
// layui validates synchronously, on the click of a `[lay-submit]` element: such a click (or a submit)
// before the checker is ready is held and made again once it can be checked (`holdSubmitsUntilReady`).
import { init, check } from 'filing-check';
import { placeFindings, fieldEntry } from './core.js';
import { holdSubmitsUntilReady, readFiling, showOnControl, showSummary } from './dom.js';

/**
 * @param {object} _layuiForm layui.form (unused today; taken so that a later layui can be adapted here)
 * @param {HTMLFormElement} form the `.layui-form` element
 * @param {object} options `{ names, base?, filing?(), today, lang?, mode?, labels?, summary?, ready?, onUnavailable?, rule? }`
 *   `rule`: the verify rule's name (default `filingCheck`)
 */
export function bindLayui(_layuiForm, form, options) {
  const opts = options || {};
  const ready = opts.ready || init();
  const gate = holdSubmitsUntilReady(form, ready, { buttons: '[lay-submit]', onUnavailable: opts.onUnavailable });
  const rule = opts.rule || 'filingCheck';
  let last = null;

  const controls = () => Array.from(form.elements).filter((c) => c.name && !/^(submit|button|reset|hidden)$/.test(c.type));
  function placement() {
    const filing = typeof opts.filing === 'function' ? opts.filing() : readFiling(form, opts.names, opts.base);
    const today = typeof opts.today === 'function' ? opts.today() : opts.today;
    const snapshot = `${today}\u0000${JSON.stringify(filing)}`;
    if (last && last.snapshot === snapshot) return last;
    const report = check(filing, { today, lang: opts.lang, mode: opts.mode, labels: opts.labels });
    const names = new Set(controls().map((c) => c.name));
    const placed = placeFindings(report, { names: opts.names, fields: (name) => names.has(name) });
    for (const control of controls()) {
      if (control.type === 'radio' || control.type === 'checkbox' || control.getAttribute('lay-verify') === null) continue;
      showOnControl(control, fieldEntry(placed, control.name));
    }
    const warnings = placed.fields.reduce((out, f) => out.concat(f.findings.filter((x) => x.severity !== 'error')), []);
    last = { snapshot, report, placed, summary: placed.summary.concat(warnings) };
    if (opts.summary) showSummary(opts.summary, last.summary, form.ownerDocument);
    return last;
  }

  // Errors that no control holds block the submit too: layui only verifies `[lay-verify]`
  // elements, so a hidden one stands for the summary (after the controls, so that their tips come
  // first; layui verifies hidden inputs as well).
  const stand = form.ownerDocument.createElement('input');
  stand.type = 'hidden';
  stand.setAttribute('lay-verify', rule);
  stand.setAttribute('data-filing-check-summary-control', '');
  form.appendChild(stand);

  const verify = {
    [rule](_value, element) {
      // Before the checker is ready nothing can answer; the submit is held meanwhile.
      if (!gate.ready) return undefined;
      if (element === stand) {
        const unplaced = placement().placed.summary.filter((f) => f.severity === 'error');
        return unplaced.length ? unplaced[0].message : undefined;
      }
      const entry = fieldEntry(placement().placed, element.name);
      return entry && entry.errors.length ? entry.errors.join(opts.lang === 'en' ? '; ' : '；') : undefined;
    },
  };
  return {
    verify,
    /** Checks the form now and shows every finding (for a blur handler, or after loading a draft). */
    check() { return gate.ready ? placement().report : null; },
    get report() { return last && last.report; },
    get summary() { return last ? last.summary : []; },
    get ready() { return gate.ready; },
  };
}
