// One cold measurement in a fresh headless Chromium (bench/run.mjs launches a new browser for each
// page load). Times are performance.now(): milliseconds since the page's navigation started.
//
//   page.html?s=ours       import the package, loadDictionaries() (fetches the converter-only
//                          module and the dictionaries at the same time), convert one sentence:
//                          a page that converts (no init(): the main module is not needed)
//   page.html?s=ours-init  the same with init() of the main module alongside: a page that
//                          validates and converts
//   page.html?s=occ-full   opencc-js dist/esm/full.js, Converter({from:'cn', to:'t'}), one sentence
//   page.html?s=occ-cn2t   the same with dist/esm/cn2t.js (only the cn → t dictionaries)
//   page.html?s=floor      import an empty module, then fetch opencc/opencc.bin and nothing else:
//                          what any converter that needs these bytes pays on this machine
//   page.html?s=inst       WebAssembly.compile of the fetched bytes, then instantiation (glue)
//   page.html?s=none       nothing: the warm-up navigation that starts the renderer first
//   …-slow (ours-slow, floor-slow, occ-full-slow)
//                          the same, with every file of the package (or opencc-js) served at
//                          8 MB/s, 16 KB every 2 ms (bench/run.mjs, /slow/): a fast office link,
//                          where a file arrives in many chunks rather than at once
const SENTENCE = '行政机关负责人出庭应诉';
const scenario = new URLSearchParams(location.search).get('s');
const slow = scenario.endsWith('-slow');
const s = slow ? scenario.slice(0, -'-slow'.length) : scenario;
const from = slow ? '/slow' : '';
const T = { scriptStart: performance.now() };
let out = null;

try {
  if (s === 'ours' || s === 'ours-init') {
    const fc = await import(`${from}/pkg/index.js`);
    T.module = performance.now();
    const init = s === 'ours-init' ? fc.init().then(() => { T.init = performance.now(); }) : null;
    await fc.loadDictionaries();
    T.dictionaries = performance.now();
    out = fc.convertSync(SENTENCE, 's2t');
    T.first = performance.now();
    await init;
  } else if (s === 'floor') {
    await import('./empty.js');
    T.module = performance.now();
    const bytes = await (await fetch(`${from}/pkg/opencc/opencc.bin`)).arrayBuffer();
    T.dictionaries = performance.now();
    T.first = T.dictionaries;
    out = bytes.byteLength > 0 ? '行政機關負責人出庭應訴' : 'no bytes';
  } else if (s === 'occ-full' || s === 'occ-cn2t') {
    const OpenCC = await import(`${from}/node_modules/opencc-js/dist/esm/${s === 'occ-full' ? 'full' : 'cn2t'}.js`);
    T.module = performance.now();
    const converter = OpenCC.Converter({ from: 'cn', to: 't' });
    T.dictionaries = performance.now();
    out = converter(SENTENCE);
    T.first = performance.now();
  } else if (s === 'inst') {
    const glue = await import('/pkg/web/filing_check_bg.js');
    const bytes = await (await fetch('/pkg/web/filing_check_bg.wasm')).arrayBuffer();
    const t0 = performance.now();
    const module = await WebAssembly.compile(bytes);
    const t1 = performance.now();
    glue.__wbg_set_wasm((await WebAssembly.instantiate(module, { './filing_check_bg.js': glue })).exports);
    const t2 = performance.now();
    T.compileMs = t1 - t0;
    T.instantiateMs = t2 - t1;
  }
  // When each file had fully arrived (Resource Timing), to tell the network from the work after it.
  for (const entry of performance.getEntriesByType('resource')) {
    const file = entry.name.split('/').pop();
    T[`arrived ${file}`] = entry.responseEnd;
    T[`requested ${file}`] = entry.requestStart || entry.startTime;
  }
  window.__bench = { T, out };
} catch (e) {
  window.__bench = { error: String(e && e.stack ? e.stack : e) };
}
