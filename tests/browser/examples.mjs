// The README's framework paths, each as a newcomer would follow it, in headless Chromium under the
// package's strict CSP: build the example (Vite, webpack 4, Next.js; nothing for the pages with no
// bundler), serve it, type a wrong identity number into the real form field and see the library's
// message, then a right one and see the form accepted. Then, for every form stack (Element Plus,
// antd with Form.List, Ant Design Vue, vee-validate, Formily with Element Plus, Element UI on
// webpack 4, the drop-in, jquery-validation, layui, Next.js), a whole appearance filing and a whole defence bundle (examples/filings.json) on
// a real form: every finding of the page's own report must show on its field or in the summary,
// once; the synchronous validators and the drop-in get their .wasm late, to show that an early
// submit is held, then checked. Then the server-side re-validation guide: the Node server and the
// Rust example must return the report the browser computed, byte for byte.
// Prints "examples: N passed, M failed".
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveExample } from '../../examples/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'tests/browser/artifacts');
mkdirSync(artifacts, { recursive: true });
const WRONG = '110105194912310021'; // GB 11643-1999's example with a wrong check character
const RIGHT = '11010519491231002X'; // GB 11643-1999's example
const LIBRARY_MESSAGE = '校验码应为“X”'; // from the core's zh-Hans template for check_character

const results = [];
// FILING_CHECK_EXAMPLES=layui,jquery runs only the steps whose name contains one of the words (for
// working on one example); the others are reported as skipped.
const only = (process.env.FILING_CHECK_EXAMPLES || '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
async function step(name, fn) {
  if (only.length && !only.some((w) => name.toLowerCase().includes(w))) {
    results.push({ name, ok: true, skipped: true });
    console.log(`skip - ${name} (not in FILING_CHECK_EXAMPLES)`);
    return;
  }
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(e && e.message ? e.message : e).split('\n').join('\n  ')}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
/**
 * Every finding of a report is shown exactly once: on one field of the page (`shown.onFields`:
 * `{name, text}` per field) or in its summary (`shown.summary`: the summary's messages).
 */
function expectEachShownOnce(kind, findings, shown) {
  expect(findings.length > 0, `the ${kind} fixture has no findings`);
  for (const f of findings) {
    const where = shown.onFields.filter((c) => c.text.includes(f.message)).map((c) => c.name);
    const inSummary = shown.summary.includes(f.message);
    expect(where.length + (inSummary ? 1 : 0) === 1, `${kind} ${f.path}${f.severity ? ` (${f.severity})` : ''} is shown ${where.length} times on fields (${where.join(', ')}) and ${inSummary ? 'in' : 'not in'} the summary: ${f.message}`);
  }
}

/**
 * The two placements every appearance fixture pins: the second person's identity number finding
 * on that person's field (named `idField` in the page's convention), and the identity proof's other
 * name, which no control holds, in the summary. Returns the lookup of a field's shown text.
 */
function expectAppearancePlacements(shown, idField) {
  const on = (name) => shown.onFields.find((c) => c.name === name).text;
  expect(on(idField).includes(LIBRARY_MESSAGE), `the identity number finding is not on its field: ${on(idField)}`);
  expect(shown.summary.some((m) => m.includes('身份证明上的姓名')), 'the identity proof\'s other name is not in the summary');
  return on;
}

// The classic-script examples load their libraries from their own node_modules, which
// scripts/setup.sh installs (`npm ci` in the example, from its package-lock.json).
function installVendor(example) {
  const dir = join(root, 'examples', example);
  if (!existsSync(join(dir, 'node_modules'))) throw new Error(`examples/${example}/node_modules is missing: run \`source scripts/setup.sh\` (it runs npm ci there)`);
}

// The filing the Next.js page posts (its toFiling), from the controls' names and values.
function nextFiling(kind, controls) {
  const filings = JSON.parse(readFileSync(join(root, 'examples/filings.json'), 'utf8'));
  const filing = JSON.parse(JSON.stringify(filings[kind].base));
  filing.kind = kind;
  for (const [name, raw] of controls) {
    const value = raw.trim();
    if (value === '') continue;
    const segs = name.split('.');
    let node = filing;
    for (let i = 0; i < segs.length - 1; i++) node = node[segs[i]] ?? (node[segs[i]] = /^\d+$/.test(segs[i + 1]) ? [] : {});
    node[segs[segs.length - 1]] = value;
  }
  return filing;
}

const built = new Set();
function viteBuild(example) {
  built.add(example);
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: join(root, 'examples', example), stdio: 'inherit' });
}

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

/** Opens an example page, collecting page errors and console errors (CSP violations among them). */
async function open(example, before) {
  const server = await serveExample(example);
  const page = await context.newPage();
  if (before) await before(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  return { page, errors, close: async () => { await page.close(); server.close(); } };
}

async function typeAndLeave(page, selector, value) {
  await page.fill(selector, '');
  await page.locator(selector).pressSequentially(value);
  await page.locator(selector).press('Tab');
}

// A form library's error element next to a field: its text, once it settles. allTextContents()
// reads what is there now and never waits: antd animates its error element out, so an element
// counted a moment ago may be gone when read, and textContent() would then wait 30 s for it.
async function waitForText(locator, predicate, what) {
  const deadline = Date.now() + 10000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.allTextContents())[0] ?? '';
    if (predicate(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: got ${JSON.stringify(text)}`);
}

async function frameworkPath(example, errorSelector) {
  viteBuild(example);
  const { page, errors, close } = await open(example);
  try {
    await page.waitForSelector('#head-id', { timeout: 30000 });
    await page.fill('#head-name', '张三');
    await typeAndLeave(page, '#head-id', WRONG);
    const item = page.locator(errorSelector.item, { has: page.locator('#head-id') });
    const shown = await waitForText(item.locator(errorSelector.error), (t) => t.includes(LIBRARY_MESSAGE), 'the library message is not shown under the field');
    expect(shown.includes('idNumber') || shown.includes('身份号码'), `the message does not name the field: ${shown}`);
    await page.click('button[type="submit"]');
    await new Promise((r) => setTimeout(r, 300));
    expect((await page.locator('#submitted').count()) === 0, 'the form was accepted with a wrong number');
    await typeAndLeave(page, '#head-id', RIGHT);
    await waitForText(item.locator(errorSelector.error), (t) => t === '', 'the message stays after a right number');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#submitted', { timeout: 10000 });
    await page.screenshot({ path: join(artifacts, `example-${example}.png`), fullPage: true });
    expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
  } finally {
    await close();
  }
}

// A whole appearance filing and a whole defence bundle on a framework's form (FilingForm in the
// Vite examples): a wrong identity number, an emptied name and a person's name the identity proof
// does not carry; submit both forms; every finding of the page's own report is on its form item's
// error element or in the summary; corrected (the name in traditional characters is the same
// name), the appearance filing is accepted. The page keeps its bindings on window.filingBindings.
async function wholeFilingPath(example, { item, error }, build = viteBuild) {
  if (!built.has(example)) build(example);
  const { page, errors, close } = await open(example);
  try {
    await page.waitForSelector('#appearance-appearing-1-idNumber', { timeout: 30000 });
    await page.fill('#appearance-appearing-1-idNumber', WRONG);
    await page.fill('#appearance-agency-name', '');
    await page.fill('#appearance-appearing-0-name', '陈晓民');
    await page.locator('#appearance-appearing-0-name').press('Tab');
    await page.click('#appearance button[type="submit"]');
    await page.waitForSelector('#appearance[data-state="refused"], [data-state="refused"] #appearance-agency-name, #appearance-summary', { timeout: 30000 });
    await page.click('#defence button[type="submit"]');
    await page.waitForSelector('#defence-summary', { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 500)); // the form library's error elements settle
    for (const kind of ['appearance', 'defence']) {
      const shown = await page.evaluate(({ kind, item, error }) => {
        const report = window.filingBindings[kind].report;
        return {
          findings: report.findings.map((f) => ({ path: f.path, message: f.message, severity: f.severity })),
          summary: Array.from(document.querySelectorAll(`#${kind}-summary li`)).map((li) => li.textContent),
          onFields: Array.from(document.querySelectorAll(`[id^="${kind}-"] input, input[id^="${kind}-"]`)).filter((c) => c.id.startsWith(`${kind}-`)).map((c) => {
            const holder = c.closest(item);
            const el = holder && holder.querySelector(error);
            return { name: c.id, text: el ? el.textContent : '' };
          }),
        };
      }, { kind, item, error });
      expectEachShownOnce(kind, shown.findings, shown);
      if (kind === 'appearance') expectAppearancePlacements(shown, 'appearance-appearing-1-idNumber');
    }
    await page.screenshot({ path: join(artifacts, `example-${example}-filings.png`), fullPage: true });
    await page.fill('#appearance-appearing-0-name', '陳曉明');
    await page.fill('#appearance-appearing-1-idNumber', '440106198207080426');
    await page.fill('#appearance-agency-name', '广州市天河区人民政府');
    await page.locator('#appearance-agency-name').press('Tab');
    await new Promise((r) => setTimeout(r, 300));
    await page.click('#appearance button[type="submit"]');
    await page.waitForSelector('#appearance-accepted', { timeout: 10000 });
    expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
  } finally {
    await close();
  }
}

try {
  await step('Vue 3 + Element Plus: el-form with idNumberRule shows the library message, then accepts a right number', () =>
    frameworkPath('vue-element-plus', { item: '.el-form-item', error: '.el-form-item__error' }));

  await step('Vue 3 + Element Plus, whole filings: filingFormRules on every el-form-item; every finding of both filings on its item or in the summary', () =>
    wholeFilingPath('vue-element-plus', { item: '.el-form-item', error: '.el-form-item__error' }));

  await step('React + antd: Form.Item with idNumberRule shows the library message, then accepts a right number', () =>
    frameworkPath('react-antd', { item: '.ant-form-item', error: '.ant-form-item-explain-error' }));

  await step('React + antd, whole filings: filingFormRules on every Form.Item, the persons in a Form.List; every finding of both filings on its item or in the summary', () =>
    wholeFilingPath('react-antd', { item: '.ant-form-item', error: '.ant-form-item-explain' }));

  await step('webpack 4 with its defaults (Vue CLI 4 portals): the legacy entry builds with no loader and checks in the page', async () => {
    // As `npm install filing-check` gives it: a copy of the package in the example's node_modules.
    const installed = join(root, 'examples/webpack4/node_modules/filing-check');
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(dirname(installed), { recursive: true });
    cpSync(join(root, 'pkg'), installed, { recursive: true, filter: (f) => !f.includes(`${join(root, 'pkg')}/node`) });
    // Node 17+ refuses webpack 4's MD4 hashing without the legacy OpenSSL provider: the one line
    // every webpack 4 project on a current Node needs, with or without filing-check.
    execFileSync(join(root, 'node_modules/.bin/webpack'), ['--mode', 'production', '--entry', './src/index.js', '--output-path', 'dist', '--output-filename', 'app.js'],
      { cwd: join(root, 'examples/webpack4'), stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' } });
    const { page, errors, close } = await open('webpack4');
    try {
      await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
      await waitForText(page.locator('#engine'), (t) => t === '校验引擎：wasm', 'the engine is not shown');
      await typeAndLeave(page, '#head-id', WRONG);
      await waitForText(page.locator('#head-id-message'), (t) => t.includes(LIBRARY_MESSAGE), 'the library message is not shown');
      await typeAndLeave(page, '#head-id', RIGHT);
      await waitForText(page.locator('#head-id-message'), (t) => t === '', 'the message stays after a right number');
      expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
    } finally {
      await close();
    }
  });

  await step('Vue 3 + Ant Design Vue, whole filings: filingFormRules on every a-form-item (array names); every finding of both filings on its item or in the summary', () =>
    wholeFilingPath('vue-antdv', { item: '.ant-form-item', error: '.ant-form-item-explain' }, (example) => { installVendor(example); viteBuild(example); }));

  await step('Vue 3 + vee-validate, whole filings: filingSchema as the form\'s validation schema (a typed schema, bracket names); every finding of both filings on its field or in the summary', () =>
    wholeFilingPath('vue-vee-validate', { item: '.field', error: '.field-error' }, (example) => { installVendor(example); viteBuild(example); }));

  await step('Formily + Element Plus (@formily/vue, @formily/element-plus), whole filings: checkForm sets each finding as feedback of its field; every finding of both filings on its FormItem or in the summary', () =>
    wholeFilingPath('formily', { item: '.formily-element-plus-form-item', error: '.formily-element-plus-form-item-help' }, (example) => { installVendor(example); viteBuild(example); }));

  await step('Vue 2 + Element UI on webpack 4 with its defaults: filingFormRules on every el-form-item (async-validator 1.8); every finding of both filings on its item or in the summary', () =>
    wholeFilingPath('vue2-element-ui', { item: '.el-form-item', error: '.el-form-item__error' }, (example) => {
      installVendor(example);
      const dir = join(root, 'examples', example);
      // As `npm install filing-check` gives it: a copy of the package in the example's node_modules.
      rmSync(join(dir, 'node_modules/filing-check'), { recursive: true, force: true });
      cpSync(join(root, 'pkg'), join(dir, 'node_modules/filing-check'), { recursive: true, filter: (f) => !f.includes(`${join(root, 'pkg')}/node`) });
      execFileSync(join(dir, 'node_modules/.bin/webpack'), ['--mode', 'production', '--entry', './src/index.js', '--output-path', 'dist', '--output-filename', 'app.js'],
        { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' } });
    }));

  for (const [example, how] of [['plain-html', 'plain HTML drop-in (module script)'], ['classic-script', 'classic-script drop-in (dropin.global.js, no module script)']]) {
    await step(`${how}: data-filing-check field, accessible message, submit blocked then allowed`, async () => {
      const { page, errors, close } = await open(example);
      try {
        await page.waitForSelector('html[data-filing-check-ready="true"]', { timeout: 30000 });
        if (example === 'classic-script') {
          // The page's own classic script sees the same API on window.FilingCheck.
          await waitForText(page.locator('#engine'), (t) => t === '校验引擎：wasm', 'app.js did not get the engine from window.FilingCheck');
          const verdict = await page.evaluate((n) => window.FilingCheck.validateId('resident', n, { today: '2026-11-22' }).valid, WRONG);
          expect(verdict === false, 'window.FilingCheck.validateId accepted a wrong number');
        }
        await page.fill('#head-name', '张三');
        await typeAndLeave(page, '#head-id', WRONG);
        const msgId = 'head-id-filing-check-message';
        const message = await waitForText(page.locator(`#${msgId}`), (t) => t.includes(LIBRARY_MESSAGE), 'the library message is not shown');
        expect((await page.getAttribute('#head-id', 'aria-invalid')) === 'true', 'the field is not aria-invalid');
        expect((await page.getAttribute('#head-id', 'aria-describedby')).split(' ').includes(msgId), 'aria-describedby does not name the message');
        expect((await page.getAttribute(`#${msgId}`, 'aria-live')) === 'polite', 'the message is not announced');
        await page.click('button[type="submit"]');
        await new Promise((r) => setTimeout(r, 300));
        expect(new URL(page.url()).pathname === '/', `the form was submitted with a wrong number (${page.url()}): ${message}`);
        expect(await page.evaluate(() => document.activeElement.id) === 'head-id', 'focus did not go to the invalid field');

        // A field naming its own message element keeps its hint in aria-describedby; user text never becomes markup.
        await typeAndLeave(page, '#agent-id', '<img src=x id=injected>');
        await waitForText(page.locator('#agent-id-msg'), (t) => t.length > 0, 'no message for a malformed number');
        expect((await page.getAttribute('#agent-id', 'aria-describedby')) === 'agent-id-hint agent-id-msg', 'aria-describedby lost the page hint');
        expect((await page.locator('#injected, #agent-id-msg *').count()) === 0, 'user text became markup');
        await page.fill('#agent-id', '');
        await page.locator('#agent-id').press('Tab');

        await typeAndLeave(page, '#head-id', RIGHT.toLowerCase());
        await waitForText(page.locator(`#${msgId}`), (t) => t === '', 'the message stays after a right number');
        expect((await page.getAttribute('#head-id', 'aria-invalid')) === null, 'a right number is still aria-invalid');
        expect((await page.getAttribute('#head-id', 'data-filing-check-state')) === 'valid', 'a right number is not marked valid');
        await page.click('button[type="submit"]');
        await page.waitForURL(/submitted\.html/, { timeout: 10000 });
        expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
      } finally {
        await close();
      }
    });
  }

  await step('plain HTML drop-in, whole filings (filing.html): a submit before the main module is ready is held, then checked; every finding of both filings on its control or in the summary', async () => {
    let release;
    const wasmHeld = new Promise((r) => { release = r; });
    const server = await serveExample('plain-html');
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.route('**/filing-check/web/filing_check_bg.wasm', async (route) => { await wasmHeld; await route.continue(); });
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}/filing.html`);
      await page.waitForSelector('html[data-filing-check-ready="true"]', { timeout: 30000 }); // the identifiers module
      await page.fill('#appearance-appearing-1-idNumber', WRONG);
      await page.fill('#appearance-agencyName', '');
      await page.fill('#appearance-appearing-0-name', '陈晓民');
      await page.click('#appearance button[type="submit"]');
      await new Promise((r) => setTimeout(r, 500));
      expect(new URL(page.url()).pathname === '/filing.html', 'a submit before the main module was ready went through');
      release();
      await page.waitForSelector('#appearance-agencyName[aria-invalid="true"]', { timeout: 30000 });
      expect(new URL(page.url()).pathname === '/filing.html', 'the held submit was accepted with findings');
      await page.click('#defence button[type="submit"]');
      await page.waitForSelector('#defence [data-filing-check-summary]:not([hidden])', { timeout: 10000 });
      expect(new URL(page.url()).pathname === '/filing.html', 'the defence bundle was accepted with findings');
      for (const kind of ['appearance', 'defence']) {
        const shown = await page.evaluate(async (kind) => {
          const fc = await import('/filing-check/index.js');
          const dropin = await import('/filing-check/dropin.js');
          const form = document.getElementById(kind);
          const report = fc.check(dropin.readFormFiling(form), { today: form.getAttribute('data-filing-check-today'), lang: 'zh-Hans' });
          return {
            findings: report.findings.map((f) => ({ path: f.path, message: f.message, severity: f.severity })),
            summary: Array.from(form.querySelectorAll('[data-filing-check-summary] li')).map((li) => li.textContent),
            onFields: Array.from(form.querySelectorAll('[data-filing-check-path]')).map((c) => {
              const el = document.getElementById(`${c.id}-filing-check-message`);
              return { name: c.name, text: el ? el.textContent : '' };
            }),
          };
        }, kind);
        expectEachShownOnce(kind, shown.findings, shown);
        if (kind === 'appearance') expectAppearancePlacements(shown, 'appearing[1][idNumber]');
      }
      await page.screenshot({ path: join(artifacts, 'example-plain-html-filing.png'), fullPage: true });
      await page.fill('#appearance-appearing-0-name', '陳曉明');
      await page.fill('#appearance-appearing-1-idNumber', '440106198207080426');
      await page.fill('#appearance-agencyName', '广州市天河区人民政府');
      await page.locator('#appearance-agencyName').press('Tab');
      await new Promise((r) => setTimeout(r, 200));
      await page.click('#appearance button[type="submit"]');
      await page.waitForURL(/submitted\.html/, { timeout: 10000 });
      expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
    } finally {
      await page.close();
      server.close();
    }
  });

  // The synchronous validators, on a whole appearance filing and a whole defence bundle each. The
  // .wasm is held back at first, to show that a submit made before the checker is ready is held,
  // not accepted, and checked once it is.
  for (const [example, how, messageOf] of [
    ['jquery-validation', 'jQuery + jquery-validation', (id) => `#${id}-error`],
    ['layui', 'layui form.verify', (id) => `#${id}-filing-check-message`],
  ]) {
    await step(`${how} (classic scripts): a submit before the checker is ready is held, then checked; every finding of both filings on its field or in the summary`, async () => {
      installVendor(example);
      let release;
      const wasmHeld = new Promise((r) => { release = r; });
      const { page, errors, close } = await open(example, async (p) => {
        await p.route('**/filing-check/web/*.wasm', async (route) => { await wasmHeld; await route.continue(); });
      });
      try {
        await page.waitForSelector('#appearance');
        await page.fill('#appearance-appearing-1-idNumber', WRONG);
        await page.fill('#appearance-agencyName', '');
        await page.fill('#appearance-appearing-0-name', '陈晓民'); // the identity proof (no control here) says 陈晓明
        await page.click('#appearance button[type="submit"]');
        await new Promise((r) => setTimeout(r, 500));
        expect(new URL(page.url()).pathname === '/', 'a submit before the checker was ready went through');
        expect(await page.getAttribute('#appearance', 'data-filing-check-held') === 'true', 'the early submit is not held');
        release();
        await page.waitForFunction(() => window.bindings && window.bindings.appearance.report, null, { timeout: 30000 });
        await new Promise((r) => setTimeout(r, 300));
        expect(new URL(page.url()).pathname === '/', 'the held submit was accepted with findings');
        expect(await page.getAttribute('#appearance', 'data-filing-check-held') === null, 'the form stays held once ready');

        // The defence bundle as it is: its findings block it too.
        await page.click('#defence button[type="submit"]');
        await page.waitForFunction(() => window.bindings.defence.report, null, { timeout: 10000 });
        await new Promise((r) => setTimeout(r, 300));
        expect(new URL(page.url()).pathname === '/', 'the defence bundle was accepted with findings');

        for (const kind of ['appearance', 'defence']) {
          const shown = await page.evaluate(({ kind, ids }) => {
            const form = document.getElementById(kind);
            const report = window.bindings[kind].report;
            const summary = Array.from(document.querySelectorAll(`#${kind}-summary li`)).map((li) => li.textContent);
            const onFields = Array.from(form.elements).filter((c) => c.id).map((c) => {
              const el = document.querySelector(ids.replace('ID', c.id));
              return { name: c.name, text: el && el.offsetParent !== null ? el.textContent : '' };
            });
            return { findings: report.findings.map((f) => ({ path: f.path, message: f.message, severity: f.severity })), summary, onFields };
          }, { kind, ids: messageOf('ID') });
          expectEachShownOnce(kind, shown.findings, shown);
          if (kind === 'appearance') {
            const on = expectAppearancePlacements(shown, 'appearing[1][idNumber]');
            expect(on('agencyName').includes('被诉行政机关·名称'), `the agency name finding is not on its field: ${on('agencyName')}`);
          }
        }

        await page.screenshot({ path: join(artifacts, `example-${example}.png`), fullPage: true });
        // Corrected, the appearance filing is accepted: the name in traditional characters is the
        // identity proof's name.
        await page.fill('#appearance-appearing-0-name', '陳曉明');
        await page.fill('#appearance-appearing-1-idNumber', '440106198207080426');
        await page.fill('#appearance-agencyName', '广州市天河区人民政府');
        // Leave the field first: its message goes on blur, which moves the button under a click.
        await page.locator('#appearance-agencyName').press('Tab');
        await new Promise((r) => setTimeout(r, 200));
        await page.click('#appearance button[type="submit"]');
        await page.waitForURL(/submitted\.html/, { timeout: 10000 });
        expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
      } finally {
        await close();
      }
    });
  }

  await step('Next.js: the route handler re-checks on the server with the one documented config line; the page shows every finding of both filings on its field or in the summary', async () => {
    const dir = join(root, 'examples/nextjs');
    installVendor('nextjs');
    // As `npm install filing-check` gives it: a copy of the package in the example's node_modules.
    const installed = join(dir, 'node_modules/filing-check');
    rmSync(installed, { recursive: true, force: true });
    cpSync(join(root, 'pkg'), installed, { recursive: true });
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FILING_CHECK_TODAY: '2026-12-01' };
    execFileSync(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env });
    const port = await new Promise((ok) => { const s = createNetServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
    const server = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error('next start did not become ready in 60 s')), 60000);
        server.stdout.on('data', (d) => { if (/Ready|started server|Local:/i.test(String(d))) { clearTimeout(timer); ok(); } });
        server.on('exit', (code) => fail(new Error(`next start exited with ${code}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      // The route handler: the server's report is the package's report; a bad body is a 400 with a code.
      const fc = await import(pathToFileURL(join(root, 'pkg/node.mjs')).href);
      const { filing } = JSON.parse(readFileSync(join(root, 'examples/server/submission.json'), 'utf8'));
      const answer = await (await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filing }) })).json();
      expect(JSON.stringify(answer.report) === JSON.stringify(fc.check(filing, { today: '2026-12-01', lang: 'zh-Hans' })), 'the route handler\'s report differs from check() in Node');
      expect(answer.issues.length === answer.report.findings.filter((f) => f.severity === 'error').length, 'the zod issues are not the error findings');
      const bad = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"filing":' });
      expect(bad.status === 400 && (await bad.json()).error.code === 'invalid_json', 'a malformed body is not a 400 invalid_json');

      await page.goto(`${base}/`);
      await page.waitForSelector('#appearance');
      await page.fill('#appearance-appearing-1-idNumber', WRONG);
      await page.fill('#appearance-agency-name', '');
      await page.fill('#appearance-appearing-0-name', '陈晓民');
      await page.click('#appearance button[type="submit"]');
      await page.waitForSelector('#appearance[data-state="refused"]', { timeout: 10000 });
      await page.click('#defence button[type="submit"]');
      await page.waitForSelector('#defence[data-state="refused"]', { timeout: 10000 });
      for (const kind of ['appearance', 'defence']) {
        const shown = await page.evaluate((kind) => ({
          summary: Array.from(document.querySelectorAll(`#${kind}-summary li`)).map((li) => li.textContent),
          onFields: Array.from(document.querySelectorAll(`#${kind} input`)).map((c) => ({ name: c.name, text: document.getElementById(`${c.id}-message`).textContent })),
        }), kind);
        // The same filing the page posted, checked here: every finding is on one field or in the summary.
        const posted = await page.evaluate(async (kind) => {
          const form = document.getElementById(kind);
          return Array.from(form.querySelectorAll('input')).map((c) => [c.name, c.value]);
        }, kind);
        const report = await (await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filing: nextFiling(kind, posted) }) })).json();
        expectEachShownOnce(kind, report.report.findings, shown);
        if (kind === 'appearance') expectAppearancePlacements(shown, 'appearing.1.idNumber');
      }
      await page.screenshot({ path: join(artifacts, 'example-nextjs.png'), fullPage: true });
      await page.fill('#appearance-appearing-0-name', '陳曉明');
      await page.fill('#appearance-appearing-1-idNumber', '440106198207080426');
      await page.fill('#appearance-agency-name', '广州市天河区人民政府');
      await page.locator('#appearance-agency-name').press('Tab');
      await page.click('#appearance button[type="submit"]');
      await page.waitForSelector('#appearance-accepted', { timeout: 10000 });
      expect(errors.length === 0, `page errors:\n${errors.join('\n')}`);
    } finally {
      await page.close();
      process.kill(-server.pid);
    }
  });

  await step('server re-validation: the Node server and the Rust example return the browser\'s report byte for byte', async () => {
    const submission = readFileSync(join(root, 'examples/server/submission.json'), 'utf8');
    const today = '2024-11-22';

    // The browser: the package as a page loads it, under the strict CSP.
    const { page, errors, close } = await open('plain-html');
    let browser;
    try {
      browser = await page.evaluate(async ({ text, today }) => {
        const fc = await import('/filing-check/index.js');
        await fc.init();
        const { filing, lang } = JSON.parse(text);
        return JSON.stringify(fc.check(filing, { today, lang, mode: 'final' }));
      }, { text: submission, today });
      expect(errors.length === 0, `page errors or CSP violations:\n${errors.join('\n')}`);
    } finally {
      await close();
    }

    // Node: examples/server/server.mjs as a portal would run it, with filing-check installed
    // beside it (a node_modules link to pkg/, which is what `npm install` of the package gives).
    const app = mkdtempSync(join(tmpdir(), 'fc-server-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(join(root, 'pkg'), join(app, 'node_modules/filing-check'), 'dir');
    copyFileSync(join(root, 'examples/server/server.mjs'), join(app, 'server.mjs'));
    process.env.FILING_CHECK_TODAY = today;
    const { createServer } = await import(join(app, 'server.mjs'));
    const server = createServer();
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    let node, refused;
    try {
      const url = `http://127.0.0.1:${server.address().port}/check`;
      const json = { 'content-type': 'application/json' };
      const res = await fetch(url, { method: 'POST', headers: json, body: submission });
      expect(res.status === 200, `the Node server answered ${res.status}`);
      node = await res.text();
      // A client's own "today" is ignored; a malformed body is a 400 with the stable code.
      const withToday = JSON.stringify({ ...JSON.parse(submission), today: '2000-01-01' });
      expect(await (await fetch(url, { method: 'POST', headers: json, body: withToday })).text() === node, 'the server took the client\'s today');
      refused = await fetch(url, { method: 'POST', headers: json, body: '{"filing":' });
      expect(refused.status === 400 && (await refused.json()).error.code === 'invalid_json', 'a malformed body is not a 400 invalid_json');
    } finally {
      server.close();
      delete process.env.FILING_CHECK_TODAY;
    }

    // Rust: examples/revalidate.rs.
    execFileSync('cargo', ['build', '--release', '--quiet', '--example', 'revalidate'], { cwd: root, stdio: 'inherit' });
    const rust = execFileSync(join(root, 'target/release/examples/revalidate'), ['--today', today], { input: submission }).toString().trim();

    const report = JSON.parse(browser);
    expect(report.kind === 'defence' && report.ok === false && report.findings.length > 0, `the fixture should have findings: ${browser.slice(0, 200)}`);
    expect(node === browser, `Node differs from the browser:\n${node.slice(0, 300)}\n${browser.slice(0, 300)}`);
    expect(rust === browser, `Rust differs from the browser:\n${rust.slice(0, 300)}\n${browser.slice(0, 300)}`);
  });
} finally {
  await context.close();
}

const failed = results.filter((r) => !r.ok).length;
const skipped = results.filter((r) => r.skipped).length;
console.log(`examples: ${results.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped (FILING_CHECK_EXAMPLES)` : ''}`);
process.exit(failed ? 1 : 0);
