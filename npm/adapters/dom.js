// What the adapters of synchronous, DOM-based validators (jquery-validation, layui) share: holding
// a submit until the checker is ready, reading a filing's values, and showing findings in the page.
//
// Why a hold: jquery-validation and layui call their rules synchronously, inside the submit. Before
// the .wasm has arrived there is nothing to answer with, and a rule that said "valid" then would let
// a quick user submit unchecked data. So a submit made before `ready` settles is stopped before the
// library sees it (a capture listener on the document runs before any listener of the form or of
// jQuery's delegation), remembered, and made again once `ready` settles, when the library's rules can
// answer. The held form gets `data-filing-check-held="true"` meanwhile, for styling a "checking…" hint.
// If the checker never becomes ready (the .wasm and the JS engine both failed), the submit stays
// held and `onUnavailable` is told: unchecked data is never accepted; the page decides what to say.

/**
 * Holds the submits of `form` until `ready` settles, then makes the last one again.
 * @param {HTMLFormElement} form
 * @param {Promise<unknown>} ready
 * @param {{ buttons?: string, onUnavailable?: (error: unknown) => void }} [options]
 *   `buttons`: a selector of elements whose click submits without a submit event (layui's
 *   `[lay-submit]`, which layui handles on click)
 * @returns {{ readonly ready: boolean, readonly held: boolean }}
 */
export function holdSubmitsUntilReady(form, ready, options) {
  const opts = options || {};
  let state = 'waiting';
  let held = null; // { kind: 'submit', submitter } | { kind: 'click', element }
  const doc = form.ownerDocument;

  function hold(event, what) {
    event.preventDefault();
    event.stopImmediatePropagation();
    held = what;
    form.setAttribute('data-filing-check-held', 'true');
  }
  function onSubmit(event) {
    if (event.target !== form || state === 'ready') return;
    hold(event, { kind: 'submit', submitter: event.submitter && event.submitter.form === form ? event.submitter : null });
  }
  function onClick(event) {
    if (state === 'ready' || !opts.buttons || !(event.target instanceof Element)) return;
    const button = event.target.closest(opts.buttons);
    if (button && form.contains(button)) hold(event, { kind: 'click', element: button });
  }
  doc.addEventListener('submit', onSubmit, true);
  doc.addEventListener('click', onClick, true);

  Promise.resolve(ready).then(
    () => {
      state = 'ready';
      form.removeAttribute('data-filing-check-held');
      const again = held;
      held = null;
      if (!again) return;
      if (again.kind === 'click') again.element.click();
      else if (typeof form.requestSubmit === 'function') form.requestSubmit(again.submitter || undefined);
      else form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); // engines before requestSubmit: the library's handler decides
    },
    (error) => {
      state = 'unavailable';
      if (typeof opts.onUnavailable === 'function') opts.onUnavailable(error);
    },
  );
  return {
    get ready() { return state === 'ready'; },
    get held() { return held !== null; },
  };
}

/** Sets `value` at a JSON Pointer in `target`, making the objects and arrays on the way. */
export function setAtPointer(target, segments, value) {
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (node[seg] === undefined || node[seg] === null) node[seg] = /^(0|[1-9][0-9]*)$/.test(segments[i + 1]) ? [] : {};
    node = node[seg];
  }
  node[segments[segments.length - 1]] = value;
}

let messageCount = 0;

/** The element that shows a field's messages: the one its `data-filing-check-message` names, or one made after it. */
export function messageElementOf(control) {
  const doc = control.ownerDocument;
  const named = control.getAttribute('data-filing-check-message');
  if (named && doc.getElementById(named)) return doc.getElementById(named);
  if (!control.id) control.id = `filing-check-control-${++messageCount}`;
  const id = `${control.id}-filing-check-message`;
  let out = doc.getElementById(id);
  if (!out) {
    out = doc.createElement('div');
    out.id = id;
    out.className = 'filing-check-message';
    out.setAttribute('aria-live', 'polite');
    control.insertAdjacentElement('afterend', out);
  }
  const ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!ids.includes(out.id)) control.setAttribute('aria-describedby', ids.concat(out.id).join(' '));
  return out;
}

/** Shows a field's placed entry (or clears it): text only, never markup. */
export function showOnControl(control, entry) {
  const out = messageElementOf(control);
  out.textContent = entry ? entry.message : '';
  const state = !entry ? 'valid' : entry.errors.length ? 'invalid' : 'warning';
  control.setAttribute('data-filing-check-state', state);
  if (state === 'invalid') control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** Lists the findings no field holds in `container` (an element or a selector), one `<li>` each. */
export function showSummary(container, findings, doc) {
  const el = typeof container === 'string' ? (doc || document).querySelector(container) : container;
  if (!el) return;
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const f of findings) {
    const li = el.ownerDocument.createElement('li');
    li.textContent = f.message;
    li.setAttribute('data-rule', f.ruleId);
    li.setAttribute('data-severity', f.severity);
    li.setAttribute('data-path', f.path);
    el.appendChild(li);
  }
  el.hidden = findings.length === 0;
}

function templateMatcher(template) {
  // 'person[*][id]' → /^person\[([^\]]*)\]\[id\]$/: each `*` captures one segment.
  const source = template.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^\\[\\]./]+)');
  return new RegExp(`^${source}$`);
}

/**
 * Reads a filing from a form's controls through the portal's name map (the one `placeFindings`
 * takes): each control whose name matches a name of the map is set at the map's pointer, over a
 * copy of `base` (the parts of the filing the form does not show). An empty control is left out,
 * so that the report says it is missing; `type=number` gives a number, a checkbox a boolean.
 * @param {HTMLFormElement} form
 * @param {Record<string, string>} names pointer pattern → control name
 * @param {object} [base]
 */
export function readFiling(form, names, base) {
  const filing = base ? JSON.parse(JSON.stringify(base)) : {};
  const patterns = Object.keys(names).map((pointer) => ({ pointer, match: templateMatcher(String(names[pointer])) }));
  for (const control of Array.from(form.elements)) {
    if (!control.name || control.disabled || /^(submit|button|reset|file)$/.test(control.type)) continue;
    if ((control.type === 'radio') && !control.checked) continue;
    for (const { pointer, match } of patterns) {
      const m = match.exec(control.name);
      if (!m) continue;
      let n = 1;
      const segments = pointer.slice(1).split('/').map((s) => (s === '*' ? m[n++] : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      let value = control.type === 'checkbox' ? control.checked : control.value;
      if (typeof value === 'string') {
        value = value.trim();
        if (value === '') break;
        if (control.type === 'number' && value !== '' && !isNaN(Number(value))) value = Number(value);
      }
      setAtPointer(filing, segments, value);
      break;
    }
  }
  return filing;
}
