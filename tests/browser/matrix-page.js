// The browser matrix's corpus runner, loaded by matrix-boot.js. ES2018 (no `??`, `?.`, top-level
// await, optional catch binding or ES2019+ built-ins), so that it runs in Chromium 72 and WPE 2.38.
// Each stage is named, so a failure reports where it happened and the engine's own message.
import { runCase, parityRecord } from '/tests/js/corpus-runtime.js';

function now() {
  return typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now();
}

/** Loads a classic script (what a page with no module script does), resolving to window[name]. */
function classicScript(src, name) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (window[name] ? resolve(window[name]) : reject(new Error(`${src} defined no window.${name}`)));
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.appendChild(script);
  });
}

/**
 * Runs the corpus (fetched from the server) through the package's browser entry (`entry=classic`:
 * the classic-script build, window.FilingCheck; otherwise the ES module), then `stress`
 * more calls cycling over the corpus's `check` cases, each compared with its first record.
 */
export async function run(params, post, describe) {
  const out = { ua: navigator.userAgent, engine: 'n/a', wasm: typeof WebAssembly === 'object' };
  const classic = params.entry === 'classic';
  let stage = classic ? '<script src="/pkg/filing-check.global.js">' : 'import /pkg/index.js';
  const t0 = now();
  try {
    const fc = classic ? await classicScript('/pkg/filing-check.global.js', 'FilingCheck') : await import('/pkg/index.js');
    // First the forms module alone (initForms()), as a page with one of the agency's forms loads
    // it: the cases it answers, each recorded for matrix.mjs to compare with native; the others
    // must be left to init() (or initDesk()).
    stage = 'initForms()';
    await fc.initForms();
    out.formsEngine = String(fc.engine());
    stage = 'fetch /matrix/cases.json';
    const formsCases = await (await fetch('/matrix/cases.json')).json();
    stage = 'the corpus through the forms module';
    out.formsOutcomes = formsCases.map((c) => parityRecord(fc.callJson, c));
    stage = 'init()';
    await fc.init();
    // The supervision cases run in the desk module, which init() does not load.
    stage = 'initDesk()';
    await fc.initDesk();
    out.initMs = Math.round(now() - t0);
    if (typeof fc.engine === 'function') out.engine = String(fc.engine());
    out.version = fc.version();
    post('log', { message: `init() done in ${out.initMs} ms, engine ${out.engine}` });
    stage = 'loadDictionaries()';
    try {
      await fc.loadDictionaries();
      out.dictionaries = 'loaded';
    } catch (e) {
      out.dictionaries = `unavailable: ${describe(e)}`;
    }
    stage = 'fetch /matrix/cases.json';
    const response = await fetch('/matrix/cases.json');
    const cases = await response.json();
    stage = 'the corpus';
    const t1 = now();
    out.outcomes = cases.map((c) => ({ name: c.name, outcome: runCase(fc.call, c), parity: parityRecord(fc.callJson, c) }));
    out.corpusMs = Math.round(now() - t1);
    const calls = Number(params.stress || 0);
    if (calls > 0) {
      stage = `the ${calls}-call stress run`;
      const pool = [];
      cases.forEach((c, i) => { if (c.op === 'check') pool.push(i); });
      if (pool.length === 0) cases.forEach((c, i) => pool.push(i));
      const stress = { calls, failed: 0, first: null };
      for (let k = 0; k < calls; k++) {
        const i = pool[k % pool.length];
        const got = parityRecord(fc.callJson, cases[i]);
        if (got !== out.outcomes[i].parity) {
          stress.failed++;
          if (!stress.first) stress.first = `call ${k + 1} (${cases[i].name}): ${got.slice(0, 300)}`;
        }
      }
      out.stress = stress;
    }
  } catch (e) {
    out.fatal = `${stage}: ${describe(e)}`;
  }
  out.totalMs = Math.round(now() - t0);
  return out;
}
