// The browser matrix: the whole case corpus and the demo page in every engine of docs/browsers.md
// (Chromium 72, 86, 92, 109 and Debian's, Firefox ESR, WebKitGTK, WPE WebKit 2.38), each under three
// Content-Security-Policies: none, script-src 'self' 'wasm-unsafe-eval', and script-src 'self';
// then the corpus once more through the classic-script build (filing-check.global.js).
//
// No automation protocol is used: the engines are too different and too old for one. Each engine
// is started on tests/browser/matrix.html, a page that runs the corpus by itself (cases from
// /matrix/cases.json) and POSTs its outcomes and parity records to this script's server, then opens
// the demo page, which reports the same way (tests/browser/matrix-demo.js); the browser is killed
// when both reports are in, or at a timeout. A cell passes when every case's parity record is
// byte-identical to the native one (target/parity/native.json, written by `cargo test --test
// corpus`) and meets the case's expectation, the demo page shows the identity-number finding, and
// (WPE) 300 more calls give the same records. Prints the matrix; exits non-zero on any failure.
//
// Environment: FILING_CHECK_BROWSERS (where scripts/setup-browsers.sh unpacked Chromium builds),
// FILING_CHECK_MATRIX_ENGINES / FILING_CHECK_MATRIX_CSP (comma-separated ids to run only some),
// FILING_CHECK_MATRIX_JOBS (cells at a time, default 2), FILING_CHECK_CASES (a case-name filter).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutcome, loadCases, mainModuleOnly } from '../js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.FILING_CHECK_BROWSERS || join(homedir(), '.cache/filing-check/browsers');
const logs = join(root, 'target/browser-matrix');
const started = Date.now();

// ---- engines and policies ----------------------------------------------------------------------
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--mute-audio', '--remote-debugging-port=0']; // without a debugging port, old headless shells exit at once
const npmChromium = (id, name, spec) => {
  const dir = join(cache, spec.replace(/^@/, '').replace('/', '-').replace(/@/g, '-'));
  return {
    id, name, spec, bin: join(dir, 'chromium'),
    command: (url, profile) => [join(dir, 'chromium'), [...chromiumFlags, '--single-process', '--no-zygote', '--use-gl=swiftshader', `--user-data-dir=${profile}`, url],
      { LD_LIBRARY_PATH: [join(dir, 'aws/lib'), join(dir, 'lib'), join(dir, 'swiftshader'), dir].join(':') }],
  };
};
const dpkgVersion = (pkg) => {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.replace(/-[^-]*$/, '') : '';
};
const ENGINES = [
  npmChromium('chromium-72', 'Chromium 72', 'chrome-aws-lambda@1.11.2'),
  npmChromium('chromium-86', 'Chromium 86', 'chrome-aws-lambda@5.3.1'),
  npmChromium('chromium-92', 'Chromium 92', '@sparticuz/chromium@92.0.0'),
  npmChromium('chromium-109', 'Chromium 109', '@sparticuz/chromium@109.0.6'),
  { id: 'chromium', name: 'Chromium (Debian)', bin: '/usr/bin/chromium',
    version: () => (/[\d.]+/.exec(spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout || '') || [''])[0],
    command: (url, profile) => ['/usr/bin/chromium', [...chromiumFlags, `--user-data-dir=${profile}`, url], {}] },
  { id: 'firefox-esr', name: 'Firefox ESR', bin: '/usr/bin/firefox-esr', version: () => dpkgVersion('firefox-esr').replace(/esr.*/, 'esr'),
    command: (url, profile) => {
      writeFileSync(join(profile, 'user.js'), FIREFOX_PREFS);
      return ['/usr/bin/firefox-esr', ['--headless', '--no-remote', '--profile', profile, url], { MOZ_HEADLESS: '1' }];
    } },
  { id: 'webkitgtk', name: 'WebKitGTK', bin: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', version: () => dpkgVersion('libwebkit2gtk-4.1-0'),
    command: (url) => ['xvfb-run', ['-a', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', url], {}] },
  // WPE 2.38 once failed on some page loads only (Out of bounds table access): three loads per policy.
  { id: 'wpe', name: 'WPE WebKit', bin: '/usr/bin/cog', stress: 300, loads: 3, version: () => dpkgVersion('libwpewebkit-1.1-0'),
    command: (url) => ['/usr/bin/cog', ['-P', 'headless', url], {}] },
];
const FIREFOX_PREFS = [
  ['browser.shell.checkDefaultBrowser', false], ['browser.startup.homepage_override.mstone', '"ignore"'],
  ['browser.aboutwelcome.enabled', false], ['datareporting.policy.dataSubmissionEnabled', false],
  ['toolkit.telemetry.reportingpolicy.firstRun', false], ['app.update.disabledForTesting', true],
  ['browser.safebrowsing.malware.enabled', false], ['browser.safebrowsing.phishing.enabled', false],
  ['network.captive-portal-service.enabled', false], ['network.connectivity-service.enabled', false],
  ['extensions.update.enabled', false], ['browser.tabs.remote.autostart', true],
  ['devtools.console.stdout.content', true],
].map(([k, v]) => `user_pref("${k}", ${v});\n`).join('');

const CSP_REST = "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const POLICIES = [
  { id: 'none', label: 'no CSP', header: null },
  { id: 'wasm-unsafe-eval', label: "'wasm-unsafe-eval'", header: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${CSP_REST}` },
  { id: 'self', label: "script-src 'self'", header: `default-src 'self'; script-src 'self'; ${CSP_REST}` },
  // The classic-script build (pkg/filing-check.global.js, window.FilingCheck) that pages with no
  // module script load; under 'wasm-unsafe-eval', so that old engines take the JS engine and new
  // ones the wasm, both through the classic entry. No demo: the demo page is a module page.
  { id: 'classic', label: "classic <script> · 'wasm-unsafe-eval'", entry: 'classic', demo: false,
    header: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${CSP_REST}` },
];
const pick = (list, env) => (process.env[env] ? list.filter((x) => process.env[env].split(',').includes(x.id)) : list);
const engines = pick(ENGINES, 'FILING_CHECK_MATRIX_ENGINES');
const policies = pick(POLICIES, 'FILING_CHECK_MATRIX_CSP');
const jobs = Math.max(1, Number(process.env.FILING_CHECK_MATRIX_JOBS || 2));
const TIMEOUT = { start: 45000, result: 240000, quiet: 90000, demo: 45000 };

// ---- what the engines are compared with ---------------------------------------------------------
if (!existsSync(join(root, 'pkg/index.js'))) {
  console.log('browser matrix: pkg/ is not built (bash scripts/build.sh)');
  console.log('browser matrix: 0 passed, 1 failed');
  process.exit(1);
}
const nativeFile = join(root, 'target/parity/native.json');
if (!existsSync(nativeFile)) {
  console.log('# target/parity/native.json is absent: running cargo test --test corpus to write it');
  spawnSync('cargo', ['test', '--quiet', '--test', 'corpus'], { cwd: root, stdio: 'inherit' });
}
const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
const cases = loadCases(join(root, 'tests/cases'));
const casesJson = JSON.stringify(cases.map((c) => ({ name: c.name, op: c.op, request: c.request })));

// ---- the test server ------------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream', '.png': 'image/png', '.svg': 'image/svg+xml',
};
const runs = new Map();
function record(id) {
  if (!runs.has(id)) runs.set(id, { logs: [], violations: [], result: null, demo: null, requests: 0, waiters: new Set() });
  return runs.get(id);
}
function poke(r) {
  for (const w of r.waiters) w();
}
const readBody = (req) => new Promise((ok, fail) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
  req.on('error', fail);
});
const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const runId = url.searchParams.get('run') || url.searchParams.get('matrix-run');
    if (url.pathname.startsWith('/matrix/')) {
      const kind = url.pathname.slice('/matrix/'.length);
      if (kind === 'cases.json') {
        res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
        return res.end(casesJson);
      }
      const body = await readBody(req);
      const r = record(runId);
      r.requests++;
      let data;
      try { data = JSON.parse(body); } catch { data = { message: body }; }
      if (kind === 'log') r.logs.push(String(data.message));
      else if (kind === 'result') r.result = data;
      else if (kind === 'demo') r.demo = data;
      else if (kind === 'csp-report') {
        const v = data['csp-report'] || data;
        r.violations.push(`${v['effective-directive'] || v['violated-directive']} blocked ${v['blocked-uri'] || '?'}`);
      }
      poke(r);
      res.writeHead(204);
      return res.end();
    }
    let path = decodeURIComponent(url.pathname);
    if (path === '/' || path === '/index.html') path = '/www/index.html';
    const file = normalize(join(root, path));
    const top = file.slice(root.length + 1).split(sep)[0];
    if (!file.startsWith(root + sep) || !['pkg', 'www', 'tests'].includes(top)) throw new Error('forbidden');
    if ((await stat(file)).isDirectory()) throw new Error('a folder');
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    if (extname(file) === '.html') {
      if (runId) record(runId).requests++;
      const policy = POLICIES.find((p) => p.id === url.searchParams.get('csp'));
      if (policy && policy.header) headers['content-security-policy'] = `${policy.header}; report-uri /matrix/csp-report?run=${encodeURIComponent(runId || '')}`;
      if (file === join(root, 'www/index.html') && url.searchParams.get('matrix-run')) {
        body = Buffer.from(String(body).replace(/<head>/, '<head>\n<script src="/tests/browser/matrix-demo.js"></script>'));
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// Waits until done(), for at most `ms`, or `quiet` ms without any request from the page.
function waitFor(r, done, ms, quiet = ms) {
  return new Promise((ok) => {
    if (done()) return ok(true);
    let idle;
    const w = () => {
      if (done()) return finish(true);
      clearTimeout(idle);
      idle = setTimeout(() => finish(false), quiet);
    };
    const timer = setTimeout(() => finish(false), ms);
    idle = setTimeout(() => finish(false), quiet);
    function finish(v) { clearTimeout(timer); clearTimeout(idle); r.waiters.delete(w); ok(v); }
    r.waiters.add(w);
  });
}

// Browsers still running, so that an interrupted run (Ctrl-C, a CI timeout) leaves none behind.
const live = new Set();
const killGroup = (pid) => { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } };
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { for (const pid of live) killGroup(pid); process.exit(130); });
}

// ---- one cell: an engine under a policy -----------------------------------------------------------
async function runCell(engine, policy) {
  const id = `${engine.id}.${policy.id}.${randomBytes(4).toString('hex')}`;
  const r = record(id);
  const cell = { engine, policy, passed: 0, failed: cases.length, problems: [], ms: 0 };
  const t0 = Date.now();
  if (!existsSync(engine.bin)) {
    cell.problems.push(`not installed (${engine.bin}): run scripts/setup-browsers.sh`);
    cell.missing = true;
    cell.chosen = 'n/a';
    cell.demo = 'demo: not run';
    return cell;
  }
  const profile = mkdtempSync(join(tmpdir(), `fc-matrix-${engine.id}-`));
  const url = `${base}/tests/browser/matrix.html?run=${encodeURIComponent(id)}&csp=${policy.id}&stress=${engine.stress || 0}` +
    (policy.entry ? `&entry=${policy.entry}` : '') + (policy.demo === false ? '&demo=0' : '');
  const [bin, args, env] = engine.command(url, profile);
  mkdirSync(logs, { recursive: true });
  const logFile = join(logs, `${engine.id}.${policy.id}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(bin, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  live.add(child.pid);
  let exited = null;
  const exit = new Promise((ok) => child.on('exit', (code, signal) => { exited = signal || code; poke(r); ok(); }));
  child.on('error', (e) => { exited = String(e); poke(r); });
  const gone = () => exited !== null;
  if (await waitFor(r, () => r.requests > 0 || r.logs.length > 0 || gone(), TIMEOUT.start)) {
    if (await waitFor(r, () => r.result || gone(), TIMEOUT.result, TIMEOUT.quiet) && cell.policy.demo !== false) {
      await waitFor(r, () => r.demo || gone(), TIMEOUT.demo);
    }
  }
  killGroup(child.pid);
  await Promise.race([exit, new Promise((ok) => setTimeout(ok, 5000))]);
  live.delete(child.pid);
  out.end();
  rmSync(profile, { recursive: true, force: true });
  cell.ms = Date.now() - t0;
  cell.log = logFile;
  evaluate(cell, r, gone() && exited);
  return cell;
}

function evaluate(cell, r, exited) {
  const res = r.result;
  const ua = (res && res.ua) || (r.logs.find((l) => l.startsWith('boot: ')) || '').slice(6);
  cell.version = cell.engine.version ? cell.engine.version() : (/(?:Chrome|Firefox)\/([\d.]+)/.exec(ua) || [])[1] || '?';
  cell.chosen = res && res.engine ? res.engine : 'n/a';
  const stopped = exited !== false && exited !== null && exited !== undefined ? ` (the browser exited: ${exited})` : '';
  if (!res) {
    if (r.requests === 0 && r.logs.length === 0) cell.problems.push(`the page never reported back${stopped}; see ${cell.log}`);
    else cell.problems.push(`no result (${TIMEOUT.result / 1000} s at most, ${TIMEOUT.quiet / 1000} s without a word)${stopped}; last: ${r.logs.slice(-3).join(' | ') || '(nothing logged)'}`);
  } else if (res.fatal) {
    cell.problems.push(res.fatal);
  } else {
    const parity = {};
    let passed = 0;
    const failures = [];
    cases.forEach((c, i) => {
      const o = res.outcomes[i];
      if (!o || o.name !== c.name) { failures.push(`${c.name}: no outcome`); return; }
      let mine;
      try { mine = JSON.stringify(JSON.parse(o.parity)); } catch { mine = `unparsable: ${o.parity}`; }
      parity[c.name] = JSON.parse(mine.startsWith('unparsable') ? JSON.stringify(mine) : mine);
      const theirs = c.name in native ? JSON.stringify(native[c.name]) : undefined;
      const why = checkOutcome(c.expect, o.outcome);
      if (theirs === undefined) failures.push(`${c.name}: no native record`);
      else if (mine !== theirs) failures.push(`${c.name}: not identical to native: ${mine.slice(0, 240)}`);
      else if (why !== null) failures.push(`${c.name}: ${why.slice(0, 240)}`);
      else passed++;
    });
    // The forms module's records: each identical to native, or `not_initialized` for a case only
    // the main (or desk) module answers (an op other than id, check and due, or a document kind).
    let formsAnswered = 0;
    cases.forEach((c, i) => {
      const got = res.formsOutcomes && res.formsOutcomes[i];
      let mine;
      try { mine = JSON.parse(got); } catch { failures.push(`${c.name}: forms module: unparsable ${String(got).slice(0, 120)}`); return; }
      if (JSON.stringify(mine) === JSON.stringify(native[c.name])) { formsAnswered++; return; }
      const e = mine.error;
      if (!(mainModuleOnly(c) && e && e.code === 'not_initialized')) failures.push(`${c.name}: forms module: not identical to native: ${got.slice(0, 240)}`);
    });
    if (formsAnswered < 300) failures.push(`the forms module answered only ${formsAnswered} cases`);
    cell.forms = formsAnswered;
    cell.passed = passed;
    cell.failed = cases.length - passed;
    if (failures.length) {
      cell.problems.push(`${failures.length} cases fail, e.g. ${failures.slice(0, 3).join(' || ')}`);
      if (res.dictionaries !== 'loaded') cell.problems.push(`loadDictionaries(): ${res.dictionaries}`);
    }
    mkdirSync(join(root, 'target/parity/matrix'), { recursive: true });
    writeFileSync(join(root, 'target/parity/matrix', `${cell.engine.id}.${cell.policy.id}.json`), JSON.stringify(parity));
    if (res.stress) {
      cell.stress = res.stress;
      if (res.stress.failed) cell.problems.push(`stress: ${res.stress.failed} of ${res.stress.calls} calls differ, first: ${res.stress.first}`);
    }
    cell.timing = `init ${res.initMs} ms, corpus ${res.corpusMs} ms`;
  }
  const d = r.demo;
  if (cell.policy.demo === false) cell.demo = null;
  else if (!d) cell.demo = res ? `demo: no report from the page within ${TIMEOUT.demo / 1000} s${stopped}` : 'demo: not reached';
  else if (!d.ready) cell.demo = `demo: not ready after ${d.ms} ms; status "${d.status}"; ${d.errors.join(' | ') || 'no error caught'}`;
  else if (d.fatal) cell.demo = `demo: ${d.fatal}`;
  else if (!d.idFinding) cell.demo = `demo: no identity-number finding shown: "${d.idMessage}"`;
  else cell.demo = null;
  cell.demoFindings = d && d.ready ? d.findings : undefined;
  if (cell.demo) cell.problems.push(cell.demo);
  if (r.violations.length) cell.violations = [...new Set(r.violations)];
  cell.ok = cell.problems.length === 0;
}

// ---- run every cell, a few at a time --------------------------------------------------------------
console.log(`# browser matrix: ${cases.length} corpus cases against target/parity/native.json, the demo page, ` +
  `300-call stress and 3 loads in WPE; ${engines.length} engines × ${policies.length} policies, ${jobs} at a time; server ${base}`);
const queue = [];
for (const engine of engines) for (const policy of policies) queue.push([engine, policy]);
const cells = [];
await Promise.all(Array.from({ length: jobs }, async () => {
  while (queue.length) {
    const [engine, policy] = queue.shift();
    // An engine with `loads` runs that many times (a fresh browser each); the first failure counts.
    let cell;
    for (let n = 1; n <= (engine.loads || 1); n++) {
      cell = await runCell(engine, policy);
      cell.loads = n;
      if (!cell.ok) break;
    }
    cells.push(cell);
    console.log(`${cell.ok ? 'ok' : 'not ok'} - ${engine.name} ${cell.version || ''} · ${policy.label}: ${cell.passed}/${cases.length} cases` +
      `${cell.forms !== undefined ? ` (forms module: ${cell.forms} answered as native)` : ''}, ` +
      `engine ${cell.chosen || 'n/a'}, demo ${policy.demo === false ? 'n/a' : cell.demo ? 'failed' : `ok (${cell.demoFindings} findings at first check)`}` +
      `${cell.stress ? `, stress ${cell.stress.calls - cell.stress.failed}/${cell.stress.calls}` : ''}` +
      `${engine.loads ? `, ${cell.ok ? `${cell.loads} loads` : `load ${cell.loads} of ${engine.loads}`}` : ''} (${(cell.ms / 1000).toFixed(1)} s)`);
    for (const p of cell.problems) console.log(`    ${p}`);
    if (!cell.ok && cell.violations) console.log(`    CSP reports: ${cell.violations.slice(0, 4).join('; ')}`);
  }
}));
server.close();

// ---- the matrix -----------------------------------------------------------------------------------
const cellOf = (e, p) => cells.find((c) => c.engine === e && c.policy === p);
const text = (c) => {
  if (!c) return '';
  if (c.missing) return 'MISSING';
  const counts = `${c.ok ? 'PASS' : 'FAIL'} ${c.passed}/${cases.length}`;
  const demo = c.policy.demo === false ? '' : c.demo ? ' demo✗' : ' demo✓';
  return `${counts} ${c.chosen}${demo}${c.stress ? ` stress ${c.stress.calls - c.stress.failed}/${c.stress.calls}` : ''}${c.engine.loads ? ` ×${c.loads}` : ''}`;
};
const header = ['engine', 'version', ...policies.map((p) => p.label)];
const rows = engines.map((e) => {
  const any = policies.map((p) => cellOf(e, p)).find(Boolean);
  return [e.name, (any && any.version) || '', ...policies.map((p) => text(cellOf(e, p)))];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((v, i) => v.padEnd(widths[i])).join('  ');
console.log(`\nbrowser matrix (cases passed / ${cases.length}, the engine the package chose, the demo page)`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const bad = cells.filter((c) => !c.ok);
const elapsed = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nbrowser matrix: ${cells.length - bad.length} passed, ${bad.length} failed (cells), ${elapsed} s`);
process.exit(bad.length ? 1 : 0);
