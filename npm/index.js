// filing-check for browsers and bundlers (Vite, webpack, a plain <script type="module">).
//
//   import { init, validateId } from 'filing-check';
//   await init();                      // idempotent; fetches the .wasm once
//   validateId('resident', '11010519491231002X', { today: '2026-11-22' });
//
// Converting needs no init(): the first conversion (convert / loadDictionaries) fetches, at the
// same time, a small converter-only module and the OpenCC dictionaries, so a page that only
// validates never downloads them, and a page that converts never waits for the main module.
// No eval, no network access other than the package's own files; works under
// `script-src 'self' 'wasm-unsafe-eval'`.
import initWasm, * as binding from './web/filing_check.js';
import initConverter, * as converterBinding from './web/filing_check_opencc.js';
import { createApi, FilingCheckError } from './api.js';

let ready = null;
let initialized = false;

/**
 * Loads and instantiates the wasm module. Idempotent: later calls return the same promise.
 * @param {RequestInfo | URL | Response | BufferSource | WebAssembly.Module} [moduleOrPath]
 */
export function init(moduleOrPath) {
  if (!ready) {
    const module_or_path = moduleOrPath ?? new URL('./web/filing_check_bg.wasm', import.meta.url);
    ready = initWasm({ module_or_path }).then(
      () => {
        initialized = true;
      },
      (e) => {
        ready = null; // allow a retry
        throw new FilingCheckError('init_failed', `filing-check: could not load its wasm module (${e && e.message ? e.message : e})`);
      },
    );
  }
  return ready;
}

function getBinding() {
  if (!initialized) {
    throw new FilingCheckError('not_initialized', 'filing-check: call `await init()` before using it');
  }
  return binding;
}

async function fetchDictionaries() {
  const url = new URL('./opencc/opencc.bin', import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    // Offline, blocked by CSP, or the connection dropped: the same code as an HTTP error, not `internal`.
    throw new FilingCheckError('dictionaries_not_loaded', `filing-check: could not fetch ${url} (${e && e.message ? e.message : e})`);
  }
  if (!response.ok) {
    throw new FilingCheckError('dictionaries_not_loaded', `filing-check: could not fetch ${url} (HTTP ${response.status})`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

let converterReady = null;
function loadConverter() {
  if (!converterReady) {
    const module_or_path = new URL('./web/filing_check_opencc_bg.wasm', import.meta.url);
    converterReady = initConverter({ module_or_path }).then(
      () => converterBinding,
      (e) => {
        converterReady = null; // allow a retry
        // The same code as a failed dictionary fetch: either way, conversion is what cannot start.
        throw new FilingCheckError('dictionaries_not_loaded', `filing-check: could not load its converter module (${e && e.message ? e.message : e})`);
      },
    );
  }
  return converterReady;
}

const whenIdle = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 5000 });
  else setTimeout(task, 200);
};

const api = createApi(getBinding, fetchDictionaries, { loadConverter, whenIdle });

export { FilingCheckError };
export const {
  call, callJson, validateId, check, dueDate, deadline, windows, timeline, rules, clean,
  loadDictionaries, convert, convertSync, version,
} = api;
