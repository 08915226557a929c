// filing-check for server-rendered pages with no bundler: one script tag, no code.
//
//   <script type="module" src="/static/filing-check/dropin.js"></script>
//   <form data-filing-check-today="2026-11-22" data-filing-check-lang="zh-Hans">
//     <input name="idNumber" data-filing-check="resident">
//   </form>
//
// Each field with `data-filing-check="<kind>"` is checked with `validateId(kind, value, …)`:
//   - on blur; on input once the field has been left or shows a message (so a half-typed number
//     is not called wrong), and on submit, which is blocked while a field is invalid (the first
//     invalid field gets the focus);
//   - `data-filing-check-today` (the day of the check, "YYYY-MM-DD", required) and
//     `data-filing-check-lang` are read from the field or its nearest ancestor that has them
//     (the form, or <html>); the language defaults to the page's `lang` (zh-Hant / en / zh-Hans);
//   - the message goes into the element named by `data-filing-check-message="<id>"`, or one it
//     creates after the field (class `filing-check-message`, aria-live polite); the field gets
//     `aria-invalid="true"` and `aria-describedby` pointing to the message, and
//     `data-filing-check-state` = `valid` | `invalid` | `error` for styling.
// Fields added to the page later are handled too (events are delegated from the document).
// Text is written with textContent only; no eval, no inline styles, no network access beyond the
// package's own .wasm: it works under `script-src 'self' 'wasm-unsafe-eval'`.
// The drop-in checks identifier fields with the identifiers module alone. A whole filing is
// checked too, on a form that says which filing it is:
//   <form data-filing-check-kind="appearance" data-filing-check-today="2026-11-22">
//     <script type="application/json" data-filing-check-base>{ …the parts the form does not show… }</script>
//     <input name="agencyName" data-filing-check-path="/agency/name">
//     <input name="headId" data-filing-check-path="/appearing/0/idNumber" data-filing-check="resident">
//     <ul data-filing-check-summary></ul>
//   </form>
// On submit the filing (the base, with each `data-filing-check-path` control's value at its
// pointer) is checked with `check()`; each finding is shown on the nearest control above its path,
// the others in the `data-filing-check-summary` element, and errors block the submit. Such a form
// makes the drop-in load the main module as well (only the forms module, when every such form is
// an appearance, absence or performance filing); a submit before it is ready is held, then checked.
import { init, initForms, initIds, validateId, check } from './index.js';
import { placeFindings, fieldEntry } from './adapters/paths.js';
import { setAtPointer, showOnControl, showSummary } from './adapters/dom.js';

const FIELD = '[data-filing-check]';
const touched = new WeakSet();
let ready = false;
let messageCount = 0;

function inherited(field, name) {
  const holder = field.closest(`[${name}]`) || (field.form && field.form.closest(`[${name}]`));
  return holder ? holder.getAttribute(name) : null;
}

function langOf(field) {
  const explicit = inherited(field, 'data-filing-check-lang');
  if (explicit) return explicit;
  const pageLang = (field.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
  if (/^zh-(Hant|TW|HK|MO)/i.test(pageLang)) return 'zh-Hant';
  if (/^en/i.test(pageLang)) return 'en';
  return 'zh-Hans';
}

function messageElement(field) {
  const named = field.getAttribute('data-filing-check-message');
  if (named) {
    const el = document.getElementById(named);
    if (el) return el;
  }
  if (!field.id) field.id = `filing-check-field-${++messageCount}`;
  const existing = document.getElementById(`${field.id}-filing-check-message`);
  if (existing) return existing;
  const el = document.createElement('div');
  el.id = `${field.id}-filing-check-message`;
  el.className = 'filing-check-message';
  el.setAttribute('aria-live', 'polite');
  field.insertAdjacentElement('afterend', el);
  return el;
}

function describedBy(field, id) {
  const ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) field.setAttribute('aria-describedby', [...ids, id].join(' '));
}

function show(field, state, text) {
  const out = messageElement(field);
  describedBy(field, out.id);
  field.setAttribute('data-filing-check-state', state);
  if (state === 'valid') field.removeAttribute('aria-invalid');
  else field.setAttribute('aria-invalid', 'true');
  out.textContent = text;
}

/**
 * Checks one marked field now and shows the outcome.
 * @returns {boolean} false when the field holds an invalid value
 */
export function checkField(field) {
  if (!ready) return true;
  const value = field.value;
  if (value.trim() === '') {
    show(field, 'valid', ''); // "required" is the page's own business (the `required` attribute)
    return true;
  }
  const today = inherited(field, 'data-filing-check-today');
  try {
    const result = validateId(field.getAttribute('data-filing-check'), value, { today, lang: langOf(field) });
    show(field, result.valid ? 'valid' : 'invalid', result.valid ? '' : result.message || result.reason);
    return result.valid;
  } catch (e) {
    // A page mistake (no data-filing-check-today, unknown kind): say so to the developer, and do
    // not block the citizen's submission over it — the server re-checks anyway.
    console.error(`filing-check drop-in: ${field.name || field.id}: ${e.code}: ${e.message}`);
    field.setAttribute('data-filing-check-state', 'error');
    return true;
  }
}

const PATH_FIELD = '[data-filing-check-path]';
const WHOLE = 'form[data-filing-check-kind]';

function pathSegments(pointer) {
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The filing a whole-filing form holds: its base, with each path control's value at its pointer. */
export function readFormFiling(form) {
  const baseEl = form.querySelector('script[type="application/json"][data-filing-check-base]');
  const filing = baseEl ? JSON.parse(baseEl.textContent) : {};
  filing.kind = form.getAttribute('data-filing-check-kind');
  for (const control of form.querySelectorAll(PATH_FIELD)) {
    if (control.disabled || (control.type === 'radio' && !control.checked)) continue;
    let value = control.type === 'checkbox' ? control.checked : control.value.trim();
    if (value === '') continue; // left out, so that the report says it is missing
    if (control.type === 'number' && !isNaN(Number(value))) value = Number(value);
    setAtPointer(filing, pathSegments(control.getAttribute('data-filing-check-path')), value);
  }
  return filing;
}

/**
 * Checks a whole-filing form (`data-filing-check-kind`) and shows every finding: on the nearest
 * path control, or in its summary. Returns the report; null when the main module is not ready.
 */
export function checkFiling(form) {
  if (fullState !== 'ready') return null;
  const controls = Array.from(form.querySelectorAll(PATH_FIELD));
  const byPath = new Map(controls.map((c) => [c.getAttribute('data-filing-check-path'), c]));
  const report = check(readFormFiling(form), { today: inherited(form, 'data-filing-check-today'), lang: langOf(form) });
  const placed = placeFindings(report, { style: 'pointer', fields: (name) => byPath.has(name) });
  for (const control of controls) showOnControl(control, fieldEntry(placed, control.getAttribute('data-filing-check-path')));
  // Warnings stay on their controls (data-filing-check-state="warning"); the summary is what no control holds.
  const summary = form.querySelector('[data-filing-check-summary]');
  if (summary) showSummary(summary, placed.summary);
  return report;
}

/**
 * Checks every marked field of a form; focuses the first invalid one.
 * @returns {boolean} true when the form may be submitted
 */
export function checkForm(form) {
  if (form.matches(WHOLE)) {
    // The whole filing's report holds the identifier findings as well.
    const report = checkFiling(form);
    const first = Array.from(form.querySelectorAll(PATH_FIELD)).find((c) => c.getAttribute('aria-invalid') === 'true');
    if (first) first.focus();
    return !report || report.ok;
  }
  let firstInvalid = null;
  for (const field of form.querySelectorAll(FIELD)) {
    touched.add(field);
    if (!checkField(field) && !firstInvalid) firstInvalid = field;
  }
  if (firstInvalid) firstInvalid.focus();
  return !firstInvalid;
}

const isField = (t) => t instanceof Element && t.matches(FIELD) && !(t.form && t.form.matches(WHOLE) && checkedWhole.has(t.form));
// A whole-filing form, once checked, is re-checked as a whole when a control is left.
const checkedWhole = new WeakSet();
document.addEventListener('focusout', (e) => {
  const t = e.target;
  if (t instanceof Element && t.matches(PATH_FIELD) && t.form && checkedWhole.has(t.form)) checkFiling(t.form);
});

document.addEventListener('input', (e) => {
  if (isField(e.target) && (touched.has(e.target) || e.target.getAttribute('aria-invalid') === 'true')) checkField(e.target);
});
document.addEventListener('focusout', (e) => {
  if (isField(e.target) && e.target.value !== '') {
    touched.add(e.target);
    checkField(e.target);
  }
});
const waiting = new WeakSet();
document.addEventListener('submit', (e) => {
  const form = e.target;
  if (!(form instanceof HTMLFormElement) || !(form.matches(WHOLE) || form.querySelector(FIELD))) return;
  if (!ready || (form.matches(WHOLE) && fullState === 'waiting')) {
    // Submitted before the .wasm arrived: hold it, check when ready, then submit it for real.
    e.preventDefault();
    if (waiting.has(form)) return;
    waiting.add(form);
    const submitter = e.submitter;
    (form.matches(WHOLE) ? startedFull : started).then(() => {
      waiting.delete(form);
      if (checkForm(form)) form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    });
    return;
  }
  if (form.matches(WHOLE)) checkedWhole.add(form);
  if (!checkForm(form)) e.preventDefault();
}, true);

// A module for whole-filing forms only on a page that has one: the forms module when every such
// form is one of the agency's own that it checks (appearance, absence, performance), a fraction
// of the main module, which it answers identifier fields with too; else the main module, with the
// identifiers module for the fields meanwhile.
// If it fails to load, whole filings go unchecked in the browser as identifier fields do (the
// server re-checks them): the drop-in never keeps a citizen from submitting over its own failure.
const FORMS_KINDS = ['appearance', 'absence', 'performance'];
const wholeForms = Array.prototype.slice.call(document.querySelectorAll(WHOLE));
const formsOnly = wholeForms.length > 0 && wholeForms.every((f) => FORMS_KINDS.indexOf(f.getAttribute('data-filing-check-kind')) >= 0);
let fullState = 'waiting';
const startedFull = wholeForms.length
  ? (formsOnly ? initForms() : init()).then(() => { fullState = 'ready'; }, (e) => {
    fullState = 'failed';
    console.error(`filing-check drop-in: ${e.code}: ${e.message}; whole filings are not checked in the browser`);
  })
  : Promise.resolve().then(() => { fullState = 'ready'; });
const started = (formsOnly ? initForms() : initIds()).then(
  () => {
    ready = true;
    // Re-check what was typed (or restored by the browser) before the module was ready.
    for (const field of document.querySelectorAll(FIELD)) if (field.value !== '' && touched.has(field)) checkField(field);
    document.documentElement.setAttribute('data-filing-check-ready', 'true');
  },
  (e) => {
    console.error(`filing-check drop-in: ${e.code}: ${e.message}; fields are not checked in the browser`);
    ready = true; // let submissions through; the server checks them
    document.documentElement.setAttribute('data-filing-check-ready', 'false');
  },
);
