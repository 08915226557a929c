// filing-check for browsers and bundlers (Vite, webpack, a plain <script type="module">).
//
//   import { init, validateId } from 'filing-check';
//   await init();                      // idempotent; fetches the .wasm once
//   validateId('resident', '11010519491231002X', { today: '2026-11-22' });
//
// Converting needs no init(): the first conversion (convert / loadDictionaries) fetches, at the
// same time, a small converter-only module and the OpenCC dictionaries, so a page that only
// validates never downloads them, and a page that converts never waits for the main module.
//
// Two engines run the same core. The .wasm (WebAssembly 1.0, so Chromium 72, Firefox 78, Safari
// 14 run it) is used wherever the page may compile WebAssembly; where it may not (a CSP without
// 'wasm-unsafe-eval' or 'unsafe-eval', which includes every policy on Chromium before 97, iOS
// lockdown mode), the same module compiled to JS by wasm2js is loaded instead. `engine()` says
// which one ran. No eval, no network access other than the package's own files.
//
// scripts/build.sh bundles this file, its glue and api.js into the package's one index.js
// (one module request for an unbundled page); the JS engines stay separate files, fetched only
// when needed.
import * as mainGlue from './web/filing_check_bg.js';
import * as converterGlue from './web/filing_check_opencc_bg.js';
import * as idsGlue from './web/filing_check_ids_bg.js';
import * as formsGlue from './web/filing_check_forms_bg.js';
import * as deskGlue from './web/filing_check_desk_bg.js';
import { createApi, FilingCheckError } from './api.js';
import { canCompileWasm, instantiateEngine, restartEngine } from './engine.js';

const MAIN = {
  glue: mainGlue,
  importName: './filing_check_bg.js',
  wasmUrl: () => new URL('./web/filing_check_bg.wasm', import.meta.url),
  loadJs: () => import('./web/filing_check_js.js'),
};
const CONVERTER = {
  glue: converterGlue,
  importName: './filing_check_opencc_bg.js',
  wasmUrl: () => new URL('./web/filing_check_opencc_bg.wasm', import.meta.url),
  loadJs: () => import('./web/filing_check_opencc_js.js'),
};

const IDS = {
  glue: idsGlue,
  importName: './filing_check_ids_bg.js',
  wasmUrl: () => new URL('./web/filing_check_ids_bg.wasm', import.meta.url),
  loadJs: () => import('./web/filing_check_ids_js.js'),
};

// The agency's own forms (appearance, absence, performance), identifiers and the due day, in a
// fraction of the main module: what initForms() loads.
const FORMS = {
  glue: formsGlue,
  importName: './filing_check_forms_bg.js',
  wasmUrl: () => new URL('./web/filing_check_forms_bg.wasm', import.meta.url),
  loadJs: () => import('./web/filing_check_forms_js.js'),
};
/** The ops the forms module answers (src/api/mod.rs call_forms_text); `check` only of its kinds. */
const FORMS_OPS = new Set(['id', 'check', 'due']);

// The bureau's desk ops (supervise, rates, bulletin), which the main module does not have: only
// the pages that use them load this module, with initDesk().
const DESK = {
  glue: deskGlue,
  importName: './filing_check_desk_bg.js',
  wasmUrl: () => new URL('./web/filing_check_desk_bg.wasm', import.meta.url),
  loadJs: () => import('./web/filing_check_desk_js.js'),
};

let ready = null;
let initialized = false;
let chosen = null;
/** The spec the main module was started from (with its compiled module, on the wasm engine). */
let mainSpec = null;

const message = (e) => (e && e.message ? e.message : String(e));

/**
 * Loads and instantiates the main module. Idempotent: later calls return the same promise.
 * @param {RequestInfo | URL | Response | BufferSource | WebAssembly.Module} [moduleOrPath]
 *   where the .wasm is, if not beside this file
 * @param {{ engine?: 'wasm' | 'js' }} [options] force an engine (tests; a page never needs to)
 */
export function init(moduleOrPath, options) {
  if (!ready) {
    const spec = moduleOrPath === undefined || moduleOrPath === null ? MAIN : Object.assign({}, MAIN, { wasmUrl: () => moduleOrPath });
    const forced = options && options.engine;
    mainSpec = spec;
    ready = instantiateEngine(spec, forced).then(
      (engine) => {
        chosen = engine;
        initialized = true;
      },
      (e) => {
        ready = null; // allow a retry
        throw new FilingCheckError('init_failed', `filing-check: could not load its wasm module (${message(e)})`);
      },
    );
  }
  return ready;
}

/**
 * The modules other than the main one, each started at most once: `ready` is its start (null
 * before it, or after a failure, so that a later call retries), `chosen` the engine it runs on.
 */
const started = { ids: { ready: null, chosen: null }, forms: { ready: null, chosen: null }, desk: { ready: null, chosen: null } };

/** Starts `spec` once on the engine the page allows (or `forced`); `what` names it in the error. */
function startOnce(spec, state, what, forced) {
  if (!state.ready) {
    state.ready = instantiateEngine(spec, forced).then(
      (engine) => {
        state.chosen = engine;
      },
      (e) => {
        state.ready = null; // allow a retry
        throw new FilingCheckError('init_failed', `filing-check: could not load its ${what} (${message(e)})`);
      },
    );
  }
  return state.ready;
}

/**
 * Loads only the identifiers module, a fraction of the main one: enough for `validateId` (and
 * `call('id', …)`), which is all the drop-in and the form adapters need. Idempotent. Once `init()`
 * has run, identifiers are checked by the main module instead; the answers are the same.
 * @param {{ engine?: 'wasm' | 'js' }} [options] force an engine (tests)
 */
export function initIds(options) {
  if (initialized) return Promise.resolve();
  return startOnce(IDS, started.ids, 'identifiers module', options && options.engine);
}

/**
 * Loads the forms module, a fraction of the main one: `check` of the agency's own forms
 * (`appearance`, `absence`, `performance`), `validateId` and `dueDate`, with the main module's
 * answers. Any other op, or `check` of another kind, throws `not_initialized` until `init()` has
 * run; once it has, the main module answers everything. Idempotent.
 * @param {{ engine?: 'wasm' | 'js' }} [options] force an engine (tests)
 */
export function initForms(options) {
  if (initialized) return Promise.resolve();
  return startOnce(FORMS, started.forms, 'forms module', options && options.engine);
}

/**
 * Loads the desk module: `supervise`, `rates` and `bulletin` (and `call`/`callJson` of those ops)
 * run there, and nowhere else; the main module does not have them, so that a validating page
 * does not load them. Independent of init(): a desk page that uses no other op needs only this.
 * Idempotent.
 * @param {{ engine?: 'wasm' | 'js' }} [options] force an engine (tests)
 */
export function initDesk(options) {
  return startOnce(DESK, started.desk, 'desk module', options && options.engine);
}

/** Which engine runs the checks: 'wasm', 'js' (WebAssembly may not compile here), or null before init(), initForms(), initIds() or initDesk(). */
export function engine() {
  return chosen || started.forms.chosen || started.ids.chosen || started.desk.chosen;
}

function getDesk() {
  if (!started.desk.chosen) {
    throw new FilingCheckError('not_initialized', 'filing-check: the desk ops (supervise, rates, bulletin) are in the desk module: call `await initDesk()` before using them');
  }
  return deskGlue;
}

/** After a trap in the desk module: a fresh instance, as for the main module. */
const restartDesk = () => started.desk.chosen !== null && restartEngine(DESK);

/**
 * The smaller module that answers `op` while the main one is not loaded: the forms module (its
 * ops), else the identifiers module (`id`); null when only the main module can.
 */
const FORMS_PARTIAL = { glue: formsGlue, restart: () => restartEngine(FORMS) };
const IDS_PARTIAL = { glue: idsGlue, restart: () => restartEngine(IDS) };
function partialModule(op) {
  if (initialized) return null;
  if (started.forms.chosen && FORMS_OPS.has(op)) return FORMS_PARTIAL;
  if (started.ids.chosen && op === 'id') return IDS_PARTIAL;
  return null;
}

function getBinding() {
  if (!initialized) {
    throw new FilingCheckError('not_initialized', 'filing-check: call `await init()` before using it');
  }
  return mainGlue;
}

/**
 * Fetches the dictionaries. Where the response's body is a stream (every engine the package
 * supports, but where a proxy or an old WebView hides it), its chunks go to `sink` as they arrive
 * and this resolves to null; otherwise to the bytes.
 */
async function fetchDictionaries(sink) {
  const url = new URL('./opencc/opencc.bin', import.meta.url);
  const failed = (why) => new FilingCheckError('dictionaries_not_loaded', `filing-check: could not fetch ${url} (${why})`);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    // Offline, blocked by CSP, or the connection dropped: the same code as an HTTP error, not `internal`.
    throw failed(message(e));
  }
  if (!response.ok) throw failed(`HTTP ${response.status}`);
  const reader = sink && response.body && typeof response.body.getReader === 'function' ? response.body.getReader() : null;
  // A connection that drops in the middle of the body is a failed fetch too.
  const body = (read) => read().catch((e) => {
    throw failed(message(e));
  });
  if (!reader) return new Uint8Array(await body(() => response.arrayBuffer()));
  // The size the converter reserves at once. A compressed response's Content-Length is not the
  // blob's: then it is not known.
  const encoded = (response.headers.get('content-encoding') || 'identity') !== 'identity';
  sink.begin(encoded ? 0 : Number(response.headers.get('content-length')) || 0);
  for (;;) {
    const { done, value } = await body(() => reader.read());
    if (done) return null;
    sink.push(value);
  }
}

let converterReady = null;
function loadConverter() {
  if (!converterReady) {
    converterReady = instantiateEngine(CONVERTER).then(
      () => converterGlue,
      (e) => {
        converterReady = null; // allow a retry
        // The same code as a failed dictionary fetch: either way, conversion is what cannot start.
        throw new FilingCheckError('dictionaries_not_loaded', `filing-check: could not load its converter module (${message(e)})`);
      },
    );
  }
  return converterReady;
}

const whenIdle = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 5000 });
  else setTimeout(task, 200);
};

/** After a trap in the main module: a fresh instance, so that the call can be retried once. */
const restartMain = () => initialized && mainSpec !== null && restartEngine(mainSpec);

const api = createApi(getBinding, fetchDictionaries, { loadConverter, whenIdle, partialModule, restartMain, getDesk, restartDesk });

export { FilingCheckError, canCompileWasm };

/**
 * Where the package's files are served, for the legacy entry (legacy.js, what webpack 4 reads).
 * This entry finds them itself (`new URL(…, import.meta.url)`, which bundlers follow to emit the
 * files), so here it does nothing; it exists so that code written for either entry runs on both.
 * @param {string} _url
 */
export function setAssetBase(_url) {}
export const {
  call, callJson, validateId, check, dueDate, deadline, windows, timeline, supervise, rates, bulletin, rules, clean, setLabels,
  loadDictionaries, convert, convertSync, version,
} = api;
