// filing-check for browsers and bundlers (Vite, webpack, a plain <script type="module">).
//
//   import { init, validateId } from 'filing-check';
//   await init();                      // idempotent; fetches the .wasm once
//   validateId('resident', '11010519491231002X', { today: '2026-11-22' });
//
// The OpenCC dictionaries are fetched only on the first conversion (convert / loadDictionaries),
// so a page that only validates never downloads them. No eval, no network access other than the
// package's own files; works under `script-src 'self' 'wasm-unsafe-eval'`.
import initWasm, * as binding from './web/filing_check.js';
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

const api = createApi(getBinding, fetchDictionaries);

export { FilingCheckError };
export const {
  call, callJson, validateId, check, dueDate, deadline, windows, timeline, rules, clean,
  loadDictionaries, convert, convertSync, version,
} = api;
