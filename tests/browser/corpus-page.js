// Runs corpus cases in the browser through the package's browser entry, exactly as a portal would
// import it. The test driver (run.mjs) passes the cases in and matches the outcomes.
import * as fc from '/pkg/index.js';
import { runCase, parityRecord } from '/tests/js/corpus-runtime.js';

// `?module=forms`: the forms module alone (initForms()), as a page with one of the agency's forms
// loads it; run.mjs compares its answers with the main module's.
const formsOnly = new URLSearchParams(location.search).get('module') === 'forms';
let dictionaries = 'not loaded';
if (formsOnly) {
  await fc.initForms();
} else {
  await fc.init();
  // The supervision cases (supervise, rates, bulletin) run in the desk module.
  await fc.initDesk();
  try {
    await fc.loadDictionaries();
    dictionaries = 'loaded';
  } catch (e) {
    dictionaries = `unavailable: ${e.code}`;
  }
}

window.runCases = (cases) =>
  cases.map((c) => ({ name: c.name, outcome: runCase(fc.call, c), parity: parityRecord(fc.callJson, c) }));
window.fcInfo = { dictionaries, version: formsOnly ? 'forms module' : fc.version(), engine: fc.engine() };
document.getElementById('state').textContent = 'ready';
document.body.dataset.ready = 'true';
