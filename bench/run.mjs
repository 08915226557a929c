// filing-check benchmarks against the peers, all in one run on one machine (`bash scripts/bench.sh`
// builds first, then runs this). Prints Markdown tables with the ratios; docs/benchmarks.md explains
// every row.
//
//   node bench/run.mjs            (needs pkg/ built, target/release/examples/bench_native, .venv)
//
// Peers: npm opencc-js@1.4.2 in this same Node process (and in the same Chromium); the reference
// C++ OpenCC 1.4.2 (PyPI `opencc`, through .venv's Python) run alternately with the native build.
// Env: BENCH_QUICK=1 shortens every measurement (for trying the script, not for figures);
// BENCH_JSON=path also writes every raw figure as JSON; FILING_CHECK_SHARED (default ../shared)
// holds reference/laws, the statutes used as text.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CSP } from '../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const QUICK = process.env.BENCH_QUICK === '1';
const Q = (full, quick) => (QUICK ? quick : full);
const shared = process.env.FILING_CHECK_SHARED ?? path.join(root, '../shared');
const python = process.env.PYTHON ?? path.join(root, '.venv/bin/python');
const nativeExe = path.join(root, 'target/release/examples/bench_native');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-bench-'));
const FIELD = '广州市天河区人民政府行政复议决定书第十二'.slice(0, 20);
const SENTENCE = '行政机关负责人出庭应诉';
const CONFIGS = ['s2t', 't2s', 's2twp'];
const OCC_CONFIG = { s2t: { from: 'cn', to: 't' }, t2s: { from: 't', to: 'cn' }, s2twp: { from: 'cn', to: 'twp' } };
const results = {};
const started = Date.now();

// ---------- helpers ----------
const now = () => performance.now();
const sortNum = (a) => [...a].sort((x, y) => x - y);
const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];
const median = (a) => q(sortNum(a), 0.5);
const f = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
const fx = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const kb = (n) => (n / 1000).toFixed(1);

/** Per-call µs in batches (the clock's cost does not count): sorted per-call times of the batches. */
function batched(fn, batches, batch) {
  for (let i = 0; i < batch * 5; i++) fn(i);
  const out = [];
  let i = 0;
  for (let b = 0; b < batches; b++) {
    const t = now();
    for (let k = 0; k < batch; k++) fn(i++);
    out.push(((now() - t) * 1000) / batch);
  }
  return sortNum(out);
}

/** µs of each single call, after a warm-up: sorted. */
function singles(fn, calls) {
  for (let i = 0; i < Math.max(10, calls / 10); i++) fn();
  const out = new Array(calls);
  for (let i = 0; i < calls; i++) {
    const t = now();
    fn();
    out[i] = (now() - t) * 1000;
  }
  return sortNum(out);
}

/** ms of each run of fn over at least `secs` (and `minReps` runs). */
function runs(fn, secs, minReps = 2) {
  const out = [];
  const start = now();
  while (out.length < minReps || now() - start < secs * 1000) {
    const t = now();
    fn();
    out.push(now() - t);
  }
  return out;
}

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  console.log(lines.join('\n'));
  console.log();
}

function section(title) {
  console.log(`## ${title}\n`);
}

function runJson(cmd, args) {
  const out = execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** "identical" or where the first difference is. */
function compare(a, b) {
  if (a === b) return 'identical';
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ca = [...a];
  const cb = [...b];
  const diffs = ca.filter((c, k) => c !== cb[k]).length;
  return `DIFFERENT (lengths ${a.length}/${b.length}, first at UTF-16 offset ${i}: ${JSON.stringify(a.slice(i, i + 6))} vs ${JSON.stringify(b.slice(i, i + 6))}; ≈${diffs} chars differ)`;
}

function sh(cmd) {
  try {
    return execFileSync('bash', ['-c', cmd], { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

// ---------- inputs ----------
const lawsDir = path.join(shared, 'reference/laws');
const simp = fs.readdirSync(lawsDir).filter((n) => n.endsWith('.md')).sort()
  .map((n) => fs.readFileSync(path.join(lawsDir, n), 'utf8')).join('\n');
const cases = (file) => JSON.parse(fs.readFileSync(path.join(root, 'tests/cases', file), 'utf8')).cases;
const caseNamed = (file, name) => {
  const c = cases(file).find((x) => x.name === name);
  if (!c) throw new Error(`${file}: no case ${name}`);
  return c;
};

// ---------- machine ----------
const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model;
const machine = {
  date: new Date().toISOString(),
  cpu, cores: os.cpus().length, memGB: (os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release(),
  node: process.version, chromium: sh('/usr/bin/chromium --version 2>/dev/null'), rustc: sh('rustc --version'),
  python: sh(`${python} --version`), cppOpencc: sh(`${python} -c "import opencc; print(getattr(opencc, '__version__', '?'))"`),
  openccJs: JSON.parse(fs.readFileSync(path.join(root, 'node_modules/opencc-js/package.json'), 'utf8')).version,
  ours: JSON.parse(fs.readFileSync(path.join(root, 'pkg/package.json'), 'utf8')).version,
  loadStart: os.loadavg().map((x) => x.toFixed(2)).join(' '),
};
results.machine = machine;
console.log('# filing-check benchmarks\n');
console.log(`- date: ${machine.date}`);
console.log(`- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGB} GiB, Linux ${machine.kernel}; load average at start ${machine.loadStart}`);
console.log(`- Node ${machine.node}; ${machine.chromium}; ${machine.rustc}; ${machine.python}`);
console.log(`- filing-check ${machine.ours} (pkg/, release build); peers: opencc-js ${machine.openccJs} (npm, same process), C++ OpenCC ${machine.cppOpencc} (PyPI opencc via Python)`);
console.log(`- text: ${(Buffer.byteLength(simp) / 1e6).toFixed(2)} MB of statutes (${lawsDir}); KB = 1000 bytes, MB = 10^6 bytes${QUICK ? '\n- **BENCH_QUICK=1: shortened runs, not for figures**' : ''}`);
console.log();

// ---------- our package and the peer, loaded once for the in-process sections ----------
const fc = require(path.join(root, 'pkg/node.cjs'));
const binding = require(path.join(root, 'pkg/node/filing_check_bg.cjs')); // the glue node.cjs instantiated
await fc.loadDictionaries();
const OpenCC = await import(pathToFileURL(path.join(root, 'node_modules/opencc-js/dist/esm/full.js')).href);
const trad = fc.convertSync(simp, 's2t');
const inputOf = (config) => (config === 't2s' ? trad : simp);

// ---------- 1. throughput ----------
section('1. Conversion throughput (MB/s of UTF-8 input, median run)');
const tp = {};
for (const config of CONFIGS) {
  const input = inputOf(config);
  const bytes = Buffer.byteLength(input);
  const inFile = path.join(tmp, `in-${config}.txt`);
  fs.writeFileSync(inFile, input);
  const occ = OpenCC.Converter(OCC_CONFIG[config]);
  const outs = { public: fc.convertSync(input, config), fast: binding.convertText(input, config), occ: occ(input) };
  // Node: ours and opencc-js alternate, 5 rounds, so drift on a shared machine hits both alike.
  const times = { public: [], fast: [], occ: [] };
  for (let round = 0; round < Q(5, 2); round++) {
    times.public.push(...runs(() => fc.convertSync(input, config), Q(0.4, 0.1)));
    times.fast.push(...runs(() => binding.convertText(input, config), Q(0.4, 0.1)));
    times.occ.push(...runs(() => occ(input), Q(0.4, 0.1)));
  }
  // Native and C++: separate processes, alternating, 3 rounds each.
  const nat = [];
  const cpp = [];
  for (let round = 0; round < Q(3, 1); round++) {
    nat.push(runJson(nativeExe, ['convert', config, inFile, path.join(tmp, `native-${config}.txt`), String(Q(0.8, 0.2))]));
    cpp.push(runJson(python, [path.join(root, 'bench/native.py'), config, inFile, path.join(tmp, `cpp-${config}.txt`), String(Q(0.8, 0.2))]));
  }
  const cppOut = fs.readFileSync(path.join(tmp, `cpp-${config}.txt`), 'utf8');
  const nativeOut = fs.readFileSync(path.join(tmp, `native-${config}.txt`), 'utf8');
  const mb = (ms) => bytes / 1e6 / (ms / 1000);
  tp[config] = {
    bytes,
    wasmPublic: mb(median(times.public)), wasmFast: mb(median(times.fast)), occ: mb(median(times.occ)),
    native: median(nat.map((r) => r.mbps)), cpp: median(cpp.map((r) => r.mbps)),
    nativeSetupMs: median(nat.map((r) => r.setupMs)), nativeLoadMs: median(nat.map((r) => r.loadMs)),
    cppSetupMs: median(cpp.map((r) => r.setupMs)),
    nativeFieldUs: median(nat.map((r) => r.fieldUs)), cppFieldUs: median(cpp.map((r) => r.fieldUs)),
    same: {
      wasmPublic: compare(outs.public, cppOut), wasmFast: compare(outs.fast, cppOut),
      native: compare(nativeOut, cppOut), occ: compare(outs.occ, cppOut),
    },
  };
}
results.throughput = tp;
table(
  ['config', 'wasm convertSync (public API)', 'wasm convertText (binding)', 'opencc-js', 'wasm/opencc-js', 'native', 'C++ OpenCC', 'native/C++'],
  CONFIGS.map((c) => {
    const r = tp[c];
    return [c, f(r.wasmPublic, 1), f(r.wasmFast, 1), f(r.occ, 1), `${fx(r.wasmPublic / r.occ)} (fast path ${fx(r.wasmFast / r.occ)})`,
      f(r.native, 1), f(r.cpp, 1), fx(r.native / r.cpp)];
  }),
);
console.log('Outputs compared with the C++ OpenCC output of the same text, byte for byte:\n');
table(['config', 'wasm convertSync', 'wasm convertText', 'native', 'opencc-js'],
  CONFIGS.map((c) => [c, tp[c].same.wasmPublic, tp[c].same.wasmFast, tp[c].same.native, tp[c].same.occ]));

// ---------- 2 + 6. set-up, first conversion, instantiation (cold) ----------
section('2. Set-up and first conversion (cold, ms; median of fresh processes / browsers)');
const COLD_RUNS = Q(7, 2);
const cold = { ours: [], 'occ-full': [], 'occ-cn2t': [], instantiate: [], 'instantiate-sync': [] };
for (let i = 0; i < COLD_RUNS; i++) {
  for (const s of Object.keys(cold)) cold[s].push(runJson(process.execPath, [path.join(root, 'bench/cold.mjs'), s]));
}
const medOf = (list, key) => median(list.map((r) => r[key]));
results.nodeCold = cold;

// Chromium: a fresh persistent context (fresh profile, fresh processes) for every page load.
const { chromium } = await import('playwright-core');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browserRuns = { ours: [], 'ours-init': [], 'occ-full': [], 'occ-cn2t': [], floor: [], inst: [] };
async function browserOnce(s) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // A first navigation to the same origin starts the renderer; nothing it loads is cached
    // (no-store), so the measured load below pays every fetch and compile again.
    await page.goto(`${base}/bench/browser/page.html?s=none`);
    await page.waitForFunction(() => window.__bench, null, { timeout: 60000 });
    const warm = await page.evaluate(() => window.__bench);
    await page.goto(`${base}/bench/browser/page.html?s=${s}`);
    await page.waitForFunction(() => window.__bench, null, { timeout: 60000 });
    const r = await page.evaluate(() => window.__bench);
    if (r.error) throw new Error(`chromium ${s}: ${r.error}`);
    return { ...r, warm: warm.T };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
for (let i = 0; i < Q(7, 2); i++) {
  for (const s of Object.keys(browserRuns)) browserRuns[s].push(await browserOnce(s));
}
server.close();
results.chromium = browserRuns;
const bT = (s, key) => median(browserRuns[s].map((r) => r.T[key]));
const bSinceScript = (s) => median(browserRuns[s].map((r) => r.T.first - r.T.scriptStart));
const emptyPage = median(Object.values(browserRuns).flat().map((r) => r.T.scriptStart));
const bOut = (s) => browserRuns[s][0].out;
const expected = '行政機關負責人出庭應訴';

const oursC = cold.ours;
const nodeRows = [
  ['ours (wasm, public API)', `require ${f(medOf(oursC, 'moduleMs'), 1)} + loadDictionaries ${f(medOf(oursC, 'dictionariesMs'), 1)} + first convertSync ${f(medOf(oursC, 'firstMs'), 1)}`, f(medOf(oursC, 'totalMs'), 1), oursC[0].out === expected ? 'yes' : `NO: ${oursC[0].out}`],
  ...['occ-full', 'occ-cn2t'].map((s) => [`opencc-js ${s === 'occ-full' ? 'full.js' : 'cn2t.js'}`,
    `import ${f(medOf(cold[s], 'moduleMs'), 1)} + Converter() ${f(medOf(cold[s], 'dictionariesMs'), 1)} + first call ${f(medOf(cold[s], 'firstMs'), 1)}`,
    f(medOf(cold[s], 'totalMs'), 1), cold[s][0].out === expected ? 'yes' : `NO: ${cold[s][0].out}`]),
];
console.log(`Node (${COLD_RUNS} fresh processes each; from before the import to the first converted sentence "${SENTENCE}"):\n`);
table(['who', 'parts (ms)', 'total ms', 'output correct'], nodeRows);
console.log(`Ratio opencc-js full.js / ours: ${fx(medOf(cold['occ-full'], 'totalMs') / medOf(oursC, 'totalMs'))}; cn2t.js / ours: ${fx(medOf(cold['occ-cn2t'], 'totalMs') / medOf(oursC, 'totalMs'))}\n`);

console.log(`Headless Chromium (${browserRuns.ours.length} fresh browsers each, served from 127.0.0.1 with the project's CSP, no cache; ms since navigation start):\n`);
table(['who', 'page script starts', 'module imported', 'init() (main module)', 'dictionaries loaded', 'first sentence converted', 'of which after the script started', 'output correct'], [
  ['ours (pkg/index.js): loadDictionaries() + convertSync', f(bT('ours', 'scriptStart'), 1), f(bT('ours', 'module'), 1), '– (not needed)', `${f(bT('ours', 'dictionaries'), 1)} (converter module + dictionaries)`, `**${f(bT('ours', 'first'), 1)}**`, `**${f(bSinceScript('ours'), 1)}**`, bOut('ours') === expected ? 'yes' : `NO: ${bOut('ours')}`],
  ['ours, with init() alongside (a page that validates too)', f(bT('ours-init', 'scriptStart'), 1), f(bT('ours-init', 'module'), 1), f(bT('ours-init', 'init'), 1), f(bT('ours-init', 'dictionaries'), 1), `**${f(bT('ours-init', 'first'), 1)}**`, `**${f(bSinceScript('ours-init'), 1)}**`, bOut('ours-init') === expected ? 'yes' : `NO: ${bOut('ours-init')}`],
  ...['occ-full', 'occ-cn2t'].map((s) => [`opencc-js ${s === 'occ-full' ? 'full.js' : 'cn2t.js'}`, f(bT(s, 'scriptStart'), 1), f(bT(s, 'module'), 1), '–',
    `${f(bT(s, 'dictionaries'), 1)} (Converter built)`, `**${f(bT(s, 'first'), 1)}**`, `**${f(bSinceScript(s), 1)}**`, bOut(s) === expected ? 'yes' : `NO: ${bOut(s)}`]),
  ['floor: import an empty module, fetch opencc/opencc.bin, nothing else', f(bT('floor', 'scriptStart'), 1), f(bT('floor', 'module'), 1), '–',
    `${f(bT('floor', 'dictionaries'), 1)} (bytes arrived)`, f(bT('floor', 'first'), 1), f(bSinceScript('floor'), 1), '(no conversion)'],
]);
const oursFirst = bT('ours', 'first');
const oursScript = bSinceScript('ours');
const oursRange = sortNum(browserRuns.ours.map((r) => r.T.first));
console.log(`Ours, first sentence in Chromium: median ${f(oursFirst, 1)} ms after navigation start (min ${f(oursRange[0], 1)}, max ${f(oursRange.at(-1), 1)}), `
  + `${f(oursScript, 1)} ms after the page's own script started; on this machine the page's script itself starts ${f(emptyPage, 1)} ms after navigation start (median over all loads), before any library code. `
  + `The floor (one module import and the dictionary fetch, with no code run) is ${f(bSinceScript('floor'), 1)} ms after the script started. `
  + `Target ≤ 50 ms: ${oursFirst <= 50 ? 'met' : 'NOT met'} from navigation start, ${oursScript <= 50 ? 'met' : 'NOT met'} from script start. `
  + `Ratio opencc-js / ours (from script start): full.js ${fx(bSinceScript('occ-full') / oursScript)}, cn2t.js ${fx(bSinceScript('occ-cn2t') / oursScript)}\n`);

// ---------- 3. per call, 20 characters ----------
section(`3. Per call, one 20-character field "${FIELD}" (s2t, µs; median of 200 batches, p95 in brackets)`);
const occS2t = OpenCC.Converter(OCC_CONFIG.s2t);
const B = Q(200, 40);
const call20 = {
  convertSync: batched(() => fc.convertSync(FIELD, 's2t'), B, 500),
  callConvert: batched(() => fc.call('convert', { text: FIELD, config: 's2t' }), B, 500),
  convertText: batched(() => binding.convertText(FIELD, 's2t'), B, 500),
  occ: batched(() => occS2t(FIELD), B, 500),
};
results.field = Object.fromEntries(Object.entries(call20).map(([k, v]) => [k, { median: q(v, 0.5), p95: q(v, 0.95) }]));
const m20 = (k) => `${f(q(call20[k], 0.5), 2)} (${f(q(call20[k], 0.95), 2)})`;
table(['who', 'µs per call', 'vs opencc-js', 'target ≤ 5 µs'], [
  ['ours wasm convertSync(text, "s2t") (public API)', m20('convertSync'), fx(q(call20.occ, 0.5) / q(call20.convertSync, 0.5)), q(call20.convertSync, 0.5) <= 5 ? 'met' : 'NOT met'],
  ['ours wasm call("convert", {text, config}) (public API)', m20('callConvert'), fx(q(call20.occ, 0.5) / q(call20.callConvert, 0.5)), q(call20.callConvert, 0.5) <= 5 ? 'met' : 'NOT met'],
  ['ours wasm convertText(text, "s2t") (binding fast path, not exported by index.js)', m20('convertText'), fx(q(call20.occ, 0.5) / q(call20.convertText, 0.5)), q(call20.convertText, 0.5) <= 5 ? 'met' : 'NOT met'],
  ['opencc-js converter(text)', m20('occ'), '1.00×', ''],
  ['ours native Dictionaries::convert', f(tp.s2t.nativeFieldUs, 2), '', ''],
  ['C++ OpenCC via the Python binding', f(tp.s2t.cppFieldUs, 2), '', ''],
]);
console.log('("vs opencc-js" > 1 means ours is faster.)\n');

// ---------- 4. validation ----------
section('4. Validation of a realistic filing (µs per check, median and p95 of single calls)');
const filings = [
  caseNamed('filing/defence.json', 'defence-complete-bundle'),
  caseNamed('appearance/showcase.json', 'appearance-showcase-deputy-head-with-legal-office-staff-and-lawyer'),
];
const CALLS = Q(5000, 500);
const valRows = [];
results.check = {};
for (const c of filings) {
  const req = c.request;
  const opts = { today: req.today, lang: req.lang, ...(req.config ?? {}) };
  const json = JSON.stringify(req);
  const report = fc.check(req.filing, opts);
  const viaCheck = singles(() => fc.check(req.filing, opts), CALLS);
  const viaJson = singles(() => fc.callJson('check', json), CALLS);
  const reqFile = path.join(tmp, `check-${c.name}.json`);
  fs.writeFileSync(reqFile, json);
  const nat = runJson(nativeExe, ['check', reqFile, String(CALLS)]);
  results.check[c.name] = { wasmCheck: { median: q(viaCheck, 0.5), p95: q(viaCheck, 0.95) }, wasmCallJson: { median: q(viaJson, 0.5), p95: q(viaJson, 0.95) }, native: nat };
  const label = `${c.name} (${kb(Buffer.byteLength(json))} KB JSON, ${report.findings.length} findings)`;
  valRows.push([label, 'wasm check(filing, opts) (public API)', f(q(viaCheck, 0.5), 1), f(q(viaCheck, 0.95), 1)]);
  valRows.push(['', 'wasm callJson("check", text)', f(q(viaJson, 0.5), 1), f(q(viaJson, 0.95), 1)]);
  valRows.push(['', 'native api::call("check", &value)', f(nat.valueMedianUs, 1), f(nat.valueP95Us, 1)]);
  valRows.push(['', 'native parse JSON + check + serialise', f(nat.textMedianUs, 1), f(nat.textP95Us, 1)]);
}
table(['filing (tests/cases)', 'path', 'median µs', 'p95 µs'], valRows);

// ---------- 5. deadline ----------
section('5. One deadline computation (µs per call; median of 200 batches, p95 in brackets)');
const pairMap = new Map();
for (const file of ['deadline/due.json', 'deadline/deadline.json']) {
  for (const c of cases(file)) {
    const r = c.request;
    if (c.expect.error || Object.keys(r).some((k) => !['from', 'period'].includes(k))) continue;
    pairMap.set(`${r.from} ${r.period}`, [r.from, r.period]);
  }
}
const pairs = [...pairMap.values()];
const pairsFile = path.join(tmp, 'pairs.json');
fs.writeFileSync(pairsFile, JSON.stringify(pairs));
const reqs = pairs.map(([from, period]) => ({ from, period }));
const n = pairs.length;
const dl = {
  dueDate: batched((i) => fc.dueDate(pairs[i % n][0], pairs[i % n][1]), B, 500),
  callDue: batched((i) => fc.call('due', reqs[i % n]), B, 200),
  deadline: batched((i) => fc.deadline(reqs[i % n]), B, 100),
};
const natDl = runJson(nativeExe, ['deadline', pairsFile]);
results.deadline = { pairs, wasm: Object.fromEntries(Object.entries(dl).map(([k, v]) => [k, { median: q(v, 0.5), p95: q(v, 0.95) }])), native: natDl };
const md = (k) => `${f(q(dl[k], 0.5), 2)} (${f(q(dl[k], 0.95), 2)})`;
table(['path', 'wasm in Node', 'native', 'target ≤ 2 µs (median)'], [
  ['due day only: dueDate(from, period) / api::due_date', md('dueDate'), `${f(natDl.dueMedianUs, 3)} (${f(natDl.dueP95Us, 3)})`, q(dl.dueDate, 0.5) <= 2 ? 'met (wasm)' : 'NOT met (wasm)'],
  ['due day as an op: call("due", {from, period})', md('callDue'), '', ''],
  ['full deadline with steps: deadline({from, period}) / api::call("deadline")', md('deadline'), `${f(natDl.deadlineMedianUs, 2)} (${f(natDl.deadlineP95Us, 2)})`, q(dl.deadline, 0.5) <= 2 ? 'met (wasm)' : 'NOT met (wasm)'],
  ['full deadline, typed result (api::deadline, no JSON out)', '', f(natDl.deadlineTypedMedianUs, 2), ''],
]);
console.log(`Inputs: the ${n} distinct (from, period) pairs of tests/cases/deadline/ without a custom calendar or postmark, in turn.\n`);

section('6. Instantiation of the .wasm (cold, ms, median)');
table(['where', 'compile', 'instantiate (wasm-bindgen glue, incl. start)', 'total', 'package'], [
  ['Node, async: WebAssembly.compile + WebAssembly.instantiate', f(medOf(cold.instantiate, 'compileMs'), 2), f(medOf(cold.instantiate, 'instantiateMs'), 2), f(medOf(cold.instantiate, 'totalMs'), 2), ''],
  ['Node, sync: new WebAssembly.Module + Instance (initSync)', f(medOf(cold['instantiate-sync'], 'compileMs'), 2), f(medOf(cold['instantiate-sync'], 'instantiateMs'), 2), f(medOf(cold['instantiate-sync'], 'totalMs'), 2), `require(pkg/node.cjs), sync: ${f(medOf(oursC, 'moduleMs'), 1)}`],
  ['Chromium: WebAssembly.compile + instantiate (bytes already fetched)', f(bT('inst', 'compileMs'), 2), f(bT('inst', 'instantiateMs'), 2), f(bT('inst', 'compileMs') + bT('inst', 'instantiateMs'), 2), `init() incl. fetch (instantiateStreaming): ${f(bT('ours-init', 'init') - bT('ours-init', 'module'), 1)}`],
]);
console.log(`.wasm: ${kb(cold.instantiate[0].bytes)} KB raw.\n`);

// ---------- 7. sizes ----------
section('7. Transfer size of every shipped file (bytes; gzip -9 and brotli -q 11 by node:zlib)');
function sizes(file) {
  const buf = fs.readFileSync(file);
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
  };
}
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const pkgFiles = walk(path.join(root, 'pkg')).sort();
const rows = pkgFiles.map((file) => ({ name: path.relative(path.join(root, 'pkg'), file), ...sizes(file) }));
const sum = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const group = (pred) => sum(rows.filter((r) => pred(r.name)));
const isDict = (name) => /^opencc\/.*\.bin$/.test(name);
const isTypes = (name) => /\.d\.c?ts$/.test(name);
// index.js is the whole browser entry (wrapper and both glues, bundled by scripts/package.sh).
const isBrowserCore = (name) => ['index.js', 'web/filing_check_bg.wasm'].includes(name);
// The same page where WebAssembly may not compile (CSP without 'wasm-unsafe-eval'): the JS engine.
const isBrowserCoreJs = (name) => ['index.js', 'web/filing_check_js.js'].includes(name);
// What a page that converts (and does not call init()) loads: no main module.
const isBrowserConverter = (name) => ['index.js', 'web/filing_check_opencc_bg.wasm'].includes(name);
const isBrowserConverterJs = (name) => ['index.js', 'web/filing_check_opencc_js.js'].includes(name);
const fmt = (s) => [s.raw, s.gzip, s.brotli].map((x) => x.toLocaleString('en-US'));
table(['file in pkg/', 'raw', 'gzip -9', 'brotli -q 11'], rows.map((r) => [r.name, ...fmt(r)]));
const totals = {
  all: sum(rows), dictionaries: group(isDict), types: group(isTypes), browserCore: group(isBrowserCore), browserConverter: group(isBrowserConverter),
  browserCoreJs: group(isBrowserCoreJs), browserConverterJs: group(isBrowserConverterJs),
  wasm: group((x) => x.endsWith('.wasm')), js: group((x) => /\.(c|m)?js$/.test(x)),
};
results.sizes = { files: rows, totals };
table(['total', 'raw', 'gzip -9', 'brotli -q 11'], [
  ['all files in pkg/', ...fmt(totals.all)],
  ['what a validating page loads (index.js, web/filing_check_bg.wasm)', ...fmt(totals.browserCore)],
  ['the same where WebAssembly may not compile (index.js, web/filing_check_js.js)', ...fmt(totals.browserCoreJs)],
  ['what a converting page loads besides the dictionaries (index.js, web/filing_check_opencc_bg.wasm)', ...fmt(totals.browserConverter)],
  ['the same on the JS engine (index.js, web/filing_check_opencc_js.js)', ...fmt(totals.browserConverterJs)],
  ['dictionaries (opencc/*.bin), fetched on the first conversion', ...fmt(totals.dictionaries)],
  ['all .wasm (web + node builds)', ...fmt(totals.wasm)],
  ['all JavaScript (.js/.cjs/.mjs)', ...fmt(totals.js)],
  ['types (.d.ts/.d.cts)', ...fmt(totals.types)],
]);
const occFiles = ['dist/esm/full.js', 'dist/esm/cn2t.js', 'dist/esm/t2cn.js', 'dist/umd/full.js', 'dist/umd/cn2t.js', 'dist/umd/t2cn.js'];
const occRows = occFiles.map((name) => ({ name, ...sizes(path.join(root, 'node_modules/opencc-js', name)) }));
results.sizes.openccJs = occRows;
console.log('opencc-js 1.4.2, measured the same way:\n');
table(['file', 'raw', 'gzip -9', 'brotli -q 11'], occRows.map((r) => [r.name, ...fmt(r)]));
const dictBr = totals.dictionaries.brotli;
const occFull = occRows[0];
const converterOurs = sum([totals.browserConverter, totals.dictionaries]);
console.log(`Dictionaries brotli: ${kb(dictBr)} KB; target ≤ 400 KB: ${dictBr <= 400e3 ? 'met' : 'NOT met'}. `
  + `A converting page with ours (JS, the converter module and all 16 configurations' dictionaries): ${kb(converterOurs.brotli)} KB brotli, `
  + `vs opencc-js full.js ${kb(occFull.brotli)} KB (ratio ${fx(occFull.brotli / converterOurs.brotli)}) and cn2t.js ${kb(occRows[1].brotli)} KB.\n`);

// ---------- 8. linearity ----------
section('8. Linearity: time per input size (µs per KB; ms in brackets)');
const SIZES = [10e3, 100e3, 1e6, 2 * 1024 * 1024, 10e6];
const sizeName = (s) => (s === 2 * 1024 * 1024 ? '2 MiB (the limit)' : s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`);
const docCase = caseNamed('document/text.json', 'document-complaint-complete');
const docText = docCase.request.document.text;
const head = docText.slice(0, docText.indexOf('……'));
const tail = docText.slice(docText.indexOf('……') + 2);
function truncateBytes(s, bytes) {
  const buf = Buffer.from(s);
  if (buf.length <= bytes) return s;
  return buf.subarray(0, bytes).toString('utf8').replace(/\uFFFD+$/, '');
}
function textOfSize(bytes) {
  const reps = Math.ceil(bytes / Buffer.byteLength(simp)) + 1;
  return truncateBytes(Array(reps).fill(simp).join('\n'), bytes);
}
function documentOfSize(bytes) {
  const body = textOfSize(bytes - Buffer.byteLength(head) - Buffer.byteLength(tail));
  return { ...docCase.request, document: { ...docCase.request.document, text: head + body + tail } };
}
const lin = [];
const nativeArgs = [];
for (const size of SIZES) {
  const text = textOfSize(size);
  const doc = documentOfSize(size);
  const docJson = JSON.stringify(doc);
  const tFile = path.join(tmp, `lin-${size}.txt`);
  const dFile = path.join(tmp, `lin-${size}.json`);
  fs.writeFileSync(tFile, text);
  fs.writeFileSync(dFile, JSON.stringify(doc));
  nativeArgs.push(tFile, dFile);
  const wasm = {};
  for (const [name, fn] of [
    ['convert', () => fc.convertSync(text, 's2t')],
    ['clean', () => fc.clean(text)],
    ['document', () => fc.call('document', doc)],
    ['documentJson', () => fc.callJson('document', docJson)],
  ]) {
    try {
      fn();
      wasm[name] = median(runs(fn, Q(0.5, 0.1), size >= 1e7 ? 2 : 3));
    } catch (e) {
      wasm[name] = e.code ?? String(e.message);
    }
  }
  lin.push({ size, bytes: Buffer.byteLength(text), docBytes: Buffer.byteLength(doc.document.text), wasm });
}
const natLin = runJson(nativeExe, ['linear', ...nativeArgs]);
lin.forEach((row, i) => { row.native = natLin[i]; });
results.linearity = lin;
const perKb = (ms, bytes) => (typeof ms === 'number' ? `${f((ms * 1000) / (bytes / 1000), 2)} (${f(ms, ms < 10 ? 2 : 0)})` : `refused: ${ms}`);
table(['input', 'wasm convertSync s2t', 'wasm clean', 'wasm call("document")', 'wasm callJson("document")', 'native convert s2t', 'native clean', 'native check_document'],
  lin.map((r) => [sizeName(r.size), perKb(r.wasm.convert, r.bytes), perKb(r.wasm.clean, r.bytes), perKb(r.wasm.document, r.docBytes), perKb(r.wasm.documentJson, r.docBytes),
    perKb(r.native.convertMs, r.native.bytes), perKb(r.native.cleanMs, r.native.bytes), perKb(r.native.documentMs, r.native.docBytes)]));
console.log('The text is the statutes repeated; the document is the complaint of tests/cases/document/text.json with that text as its body. '
  + 'Through the package, convert and clean refuse texts over 2 MiB (text::opencc::MAX_TEXT_BYTES, `input_too_large`), and callJson refuses JSON over 4 MiB '
  + `(api::MAX_INPUT_BYTES); call("document") with a JS object ${typeof lin.at(-1).wasm.document === 'number' ? 'accepted 10 MB (no size limit on that path)' : `refused 10 MB too (${lin.at(-1).wasm.document})`}. The native rows call the core directly `
  + '(text::opencc::Dictionaries::convert, text::clean::clean, api::check_document), which has no limit.\n');

// ---------- headline ----------
section('Headline vs targets');
const h = [
  ['s2t throughput, wasm vs opencc-js (same Node)', '≥ 2×', `${fx(tp.s2t.wasmPublic / tp.s2t.occ)} public API (${f(tp.s2t.wasmPublic, 1)} vs ${f(tp.s2t.occ, 1)} MB/s); ${fx(tp.s2t.wasmFast / tp.s2t.occ)} convertText`, tp.s2t.wasmPublic / tp.s2t.occ >= 2 ? 'met' : 'NOT met'],
  ['s2t throughput, native vs C++ OpenCC', '≥ 1×', `${fx(tp.s2t.native / tp.s2t.cpp)} (${f(tp.s2t.native, 1)} vs ${f(tp.s2t.cpp, 1)} MB/s)`, tp.s2t.native >= tp.s2t.cpp ? 'met' : 'NOT met'],
  ...['t2s', 's2twp'].map((c) => [`${c}: wasm/opencc-js, native/C++`, '(same)', `${fx(tp[c].wasmPublic / tp[c].occ)}, ${fx(tp[c].native / tp[c].cpp)}`,
    `${tp[c].wasmPublic / tp[c].occ >= 2 ? 'met' : 'NOT met'}, ${tp[c].native >= tp[c].cpp ? 'met' : 'NOT met'}`]),
  ['first converted sentence in Chromium', '≤ 50 ms', `${f(oursFirst, 1)} ms from navigation start, ${f(oursScript, 1)} ms from script start (opencc-js full.js ${f(bT('occ-full', 'first'), 1)} / ${f(bSinceScript('occ-full'), 1)} ms; an empty page's script starts at ${f(emptyPage, 1)} ms)`,
    `${oursFirst <= 50 ? 'met' : 'NOT met'} (navigation), ${oursScript <= 50 ? 'met' : 'NOT met'} (script)`],
  ['20-character field, public convertSync', '≤ 5 µs', `${f(q(call20.convertSync, 0.5), 2)} µs (convertText ${f(q(call20.convertText, 0.5), 2)} µs, opencc-js ${f(q(call20.occ, 0.5), 2)} µs)`, q(call20.convertSync, 0.5) <= 5 ? 'met' : 'NOT met'],
  ['deadline, wasm dueDate (median)', '≤ 2 µs', `${f(q(dl.dueDate, 0.5), 2)} µs (full deadline ${f(q(dl.deadline, 0.5), 2)} µs; native ${f(natDl.dueMedianUs, 3)} / ${f(natDl.deadlineMedianUs, 2)} µs)`, q(dl.dueDate, 0.5) <= 2 ? 'met' : 'NOT met'],
  ['dictionaries, brotli', '≤ 400 KB', `${kb(dictBr)} KB`, dictBr <= 400e3 ? 'met' : 'NOT met'],
];
table(['what', 'target', 'measured', 'verdict'], h);
results.headline = h;
console.log(`Load average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; bench time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 1));
fs.rmSync(tmp, { recursive: true, force: true });

// A static server for the Chromium runs: pkg/, bench/browser/ and opencc-js, with the same CSP as
// scripts/serve.mjs and no caching, on 127.0.0.1.
function serve() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.bin': 'application/octet-stream', '.json': 'application/json' };
  const mounts = [['/pkg/', path.join(root, 'pkg')], ['/bench/browser/', path.join(root, 'bench/browser')], ['/node_modules/opencc-js/', path.join(root, 'node_modules/opencc-js')]];
  const srv = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = mounts.find(([prefix]) => p.startsWith(prefix));
    const file = mount && path.normalize(path.join(mount[1], p.slice(mount[0].length)));
    if (!mount || !file.startsWith(mount[1]) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((ok) => srv.listen(0, '127.0.0.1', () => ok(srv)));
}
