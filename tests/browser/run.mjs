// Browser tests in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
//  1. the shared case corpus through the package's browser entry (writes target/parity/browser.json),
//     then again in contexts with emulated time zones (Playwright `timezoneId`), whose results must be
//     identical to the default context's, and in which a JS Date is still refused;
//  2. the demo page: typing an identity number shows the finding with its citation; every panel shows
//     results or a not-available note; errors keep one class and code in the browser; the drop-in
//     tells a page mistake to the developer without blocking the citizen;
// all served with the strict CSP of scripts/serve.mjs. Prints "browser: N passed, M failed".
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { checkOutcome, loadCases, mainModuleOnly } from '../js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'tests/browser/artifacts');
mkdirSync(artifacts, { recursive: true });

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
  } catch (e) {
    results.push({ name, ok: false, why: e && e.stack ? e.stack : String(e) });
    console.log(`not ok - ${name}\n  ${String(e && e.message ? e.message : e).split('\n').join('\n  ')}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
const consoleErrors = [];
context.on('page', (p) => p.on('pageerror', (e) => consoleErrors.push(String(e))));
// A build without the OpenCC dictionaries answers the corpus page's loadDictionaries() with a 404,
// which Chromium logs as a console error; that one is expected and said so below.
const dictionariesAbsent = !existsSync(join(root, 'pkg/opencc/opencc.bin'));
const notFound = [];
context.on('response', (r) => { if (r.status() === 404) notFound.push(new URL(r.url()).pathname); });

try {
  const page = await context.newPage();
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  // 1. The corpus.
  const cases = loadCases(join(root, 'tests/cases'));
  await page.goto(`${base}/tests/browser/corpus.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const info = await page.evaluate(() => window.fcInfo);
  const outcomes = await page.evaluate((cs) => window.runCases(cs), cases);
  const parity = {};
  for (const [i, c] of cases.entries()) {
    const o = outcomes[i];
    parity[c.name] = JSON.parse(o.parity);
    await step(`corpus: ${c.name}`, () => {
      const why = checkOutcome(c.expect, o.outcome);
      expect(why === null, `${c.name} (${c.file}): ${why}`);
    });
  }
  mkdirSync(join(root, 'target/parity'), { recursive: true });
  writeFileSync(join(root, 'target/parity/browser.json'), JSON.stringify(parity));
  console.log(`# chromium ${context.browser()?.version() ?? ''} · dictionaries ${info.dictionaries} · package ${info.version}`);

  // 1a. The forms module alone (initForms()): each case as the main module answered it above, or,
  // for an op or filing kind it leaves to the main (or desk) module, `not_initialized` naming the
  // init to call; and the page fetches neither the main module nor its JS twin.
  await step(`corpus through the forms module alone (initForms()): every case as the main module, or left to init()`, async () => {
    const formsPage = await context.newPage();
    const fetched = [];
    formsPage.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await formsPage.goto(`${base}/tests/browser/corpus.html?module=forms`);
    await formsPage.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const got = await formsPage.evaluate((cs) => window.runCases(cs), cases);
    let same = 0;
    const wrong = [];
    for (const [i, c] of cases.entries()) {
      if (got[i].parity === outcomes[i].parity) {
        same++;
        continue;
      }
      const error = JSON.parse(got[i].parity).error;
      if (!(mainModuleOnly(c) && error && error.code === 'not_initialized' && /await init(Desk)?\(\)/.test(error.message))) wrong.push(c.name);
    }
    await formsPage.close();
    expect(wrong.length === 0, `answered otherwise than the main module: ${wrong.join(', ')}`);
    expect(same >= 300, `only ${same} cases answered by the forms module`);
    const main = fetched.filter((f) => /filing_check_(bg\.wasm|js\.js)$/.test(f));
    expect(main.length === 0 && fetched.some((f) => f.endsWith('/filing_check_forms_bg.wasm')), `fetched ${fetched.join(', ')}`);
  });

  // 1b. The same corpus in other time zones: not one byte may change. A persistent context cannot
  // open further contexts, so a second Chromium (same flags) holds one context per zone. The three
  // zones have pairwise different offsets (and days: 2025-10-01T00:00Z is 30 September in Los
  // Angeles), so the comparison means something whatever the machine's own zone is.
  const zoneOf = () => ({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(Date.UTC(2025, 9, 1)).getTimezoneOffset() });
  const defaultZone = await page.evaluate(zoneOf);
  const zoned = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
  try {
    for (const [timezoneId, offset] of [['America/Los_Angeles', 420], ['Pacific/Kiritimati', -840], ['Asia/Shanghai', -480]]) {
      await step(`corpus in time zone ${timezoneId}: ${cases.length} cases identical to the default context (${defaultZone.zone}); a Date is refused`, async () => {
        const ctx = await zoned.newContext({ timezoneId });
        try {
          ctx.on('response', (r) => { if (r.status() === 404) notFound.push(new URL(r.url()).pathname); });
          const p = await ctx.newPage();
          p.on('pageerror', (e) => consoleErrors.push(`${timezoneId}: ${e}`));
          p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${timezoneId}: ${m.text()}`); });
          await p.goto(`${base}/tests/browser/corpus.html`);
          await p.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
          const here = await p.evaluate(zoneOf);
          expect(here.zone === timezoneId && here.offset === offset, `the emulated zone is not in effect: ${JSON.stringify(here)}`);
          const got = await p.evaluate((cs) => window.runCases(cs), cases);
          expect(got.length === cases.length, `${got.length} outcomes for ${cases.length} cases`);
          const differ = [];
          for (const [i, c] of cases.entries()) {
            if (got[i].parity !== outcomes[i].parity || JSON.stringify(got[i].outcome) !== JSON.stringify(outcomes[i].outcome)) differ.push(c.name);
          }
          expect(differ.length === 0, `${differ.length} cases differ from the default context: ${differ.slice(0, 10).join(', ')}`);
          const refusals = await p.evaluate(async () => {
            const fc = await import('/pkg/index.js');
            const codeOf = (f) => { try { f(); return 'no error'; } catch (e) { return `${e instanceof fc.FilingCheckError}:${e.code}`; } };
            return [
              codeOf(() => fc.validateId('resident', '11010519491231002X', { today: new Date(2026, 10, 22) })),
              codeOf(() => fc.dueDate(new Date('2025-09-16'), '15d')),
              codeOf(() => fc.timeline({ today: '2025-09-16', events: [{ kind: 'noticeToRespondReceived', date: new Date('2025-09-16') }] })),
            ];
          });
          expect(refusals.every((r) => r === 'true:invalid_date'), `a Date is not refused with invalid_date: ${refusals.join(', ')}`);
        } finally {
          await ctx.close();
        }
      });
    }
  } finally {
    await zoned.close();
  }

  await step('errors in the browser: one FilingCheckError class with stable codes; init idempotent', async () => {
    const outcome = await page.evaluate(async () => {
      // A fresh instance of the browser entry (the query makes a new module record): not yet initialised.
      const fc = await import('/pkg/index.js?fresh-instance');
      const codeOf = (f) => { try { f(); return 'no error'; } catch (e) { return `${e instanceof fc.FilingCheckError && e instanceof Error && e.name === 'FilingCheckError'}:${e.code}`; } };
      const before = codeOf(() => fc.validateId('resident', '11010519491231002X', { today: '2026-11-22' }));
      const first = fc.init();
      const same = first === fc.init();
      await first;
      await fc.init();
      return {
        before, same,
        date: codeOf(() => fc.validateId('resident', '11010519491231002X', { today: new Date('2026-11-22') })),
        kind: codeOf(() => fc.check({ kind: 'no-such-kind' }, { today: '2026-11-22' })),
        json: codeOf(() => fc.callJson('id', '{not json')),
        after: fc.validateId('resident', '11010519491231002X', { today: '2026-11-22' }).valid,
      };
    });
    expect(outcome.before === 'true:not_initialized', `before init: ${outcome.before}`);
    expect(outcome.same, 'init() does not return the same promise twice');
    expect(outcome.date === 'true:invalid_date', `a Date: ${outcome.date}`);
    expect(outcome.kind === 'true:unknown_kind', `an unknown kind: ${outcome.kind}`);
    expect(outcome.json === 'true:invalid_json', `bad JSON: ${outcome.json}`);
    expect(outcome.after === true, 'the module does not work after the errors');
  });

  // 2. The demo page.
  await step('demo page: typing an identity number shows the finding and its article', async () => {
    const demo = await context.newPage();
    await demo.goto(`${base}/`);
    await demo.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await demo.fill('#head-name', '张三');
    await demo.locator('#head-id').pressSequentially('110105194912310021');
    const message = await demo.textContent('#head-id-msg');
    expect(message.includes('校验码应为“X”'), `no check-character finding shown: ${message}`);
    expect(message.includes('GB 11643-1999'), `no citation shown: ${message}`);
    expect((await demo.getAttribute('#head-id', 'aria-invalid')) === 'true', 'the field is not marked aria-invalid');
    await demo.fill('#head-id', '11010519491231002x');
    const ok = await demo.textContent('#head-id-msg');
    expect(ok.includes('号码有效'), `a valid number is not accepted: ${ok}`);
    await demo.screenshot({ path: join(artifacts, 'demo.png'), fullPage: true });
  });

  await step('demo page: every panel shows results or says clearly that this build lacks them', async () => {
    const demo = await context.newPage();
    await demo.goto(`${base}/`);
    await demo.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await demo.locator('#head-id').pressSequentially('110105194912310021');
    await demo.fill('#agency-code', '91350100M000100Y43');
    await demo.locator('#agency-code').dispatchEvent('input');
    const findings = await demo.locator('#findings > li').allTextContents();
    expect(findings.some((t) => t.includes('校验码应为“X”') && t.includes('GB 11643-1999')), `the findings panel lacks the ID finding: ${findings.join(' | ')}`);
    for (const kind of ['defence', 'appearance']) {
      const shown = findings.some((t) => t.includes(`（${kind}）`) && t.includes('本构建尚未提供')) || (await demo.locator('#findings > li.item').count()) > 1;
      expect(shown, `no ${kind} findings and no not-available note: ${findings.join(' | ')}`);
    }
    const timeline = await demo.locator('#timeline > li').allTextContents();
    expect(timeline.length > 0 && timeline.every((t) => /\d{4}-\d{2}-\d{2}/.test(t)), `timeline: ${timeline.join(' | ')}`);
    await demo.click('#convert-run');
    await demo.waitForFunction(() => !/正在转换|^$/.test(document.getElementById('convert-output').textContent), null, { timeout: 10000 });
    const converted = await demo.textContent('#convert-output');
    // The page's default: t2s of 行政機關負責人出庭應訴 (through the converter-only module; the demo calls convert()).
    expect(converted.trim() === '行政机关负责人出庭应诉', `conversion: ${converted}`);
    await demo.setViewportSize({ width: 1280, height: 900 });
    await demo.screenshot({ path: join(artifacts, 'demo-panels.png'), fullPage: true });
  });

  await step('demo page code writes no HTML (textContent only)', () => {
    for (const name of readdirSync(join(root, 'www')).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(join(root, 'www', name), 'utf8');
      expect(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(text), `www/${name} writes HTML`);
    }
  });

  await step('drop-in: a page mistake (no day of the check) is told to the developer and blocks no one', async () => {
    const p = await context.newPage();
    const logged = [];
    p.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
    await p.goto(`${base}/tests/browser/dropin-misconfigured.html`);
    await p.waitForSelector('html[data-filing-check-ready="true"]', { timeout: 30000 });
    await p.locator('#id-field-today').pressSequentially('110105194912310021');
    await p.locator('#id-field-today').press('Tab');
    const message = await p.textContent('#id-field-today-filing-check-message');
    expect(/check character/.test(message), `the page language (en-GB) is not used, or no message: ${message}`);
    await p.locator('#id-no-today').pressSequentially('110105194912310021');
    await p.locator('#id-no-today').press('Tab');
    expect((await p.getAttribute('#id-no-today', 'data-filing-check-state')) === 'error', 'the field is not marked as misconfigured');
    expect(logged.some((t) => t.includes('invalid_date')), `no console error naming the problem: ${logged.join(' | ')}`);
    await p.click('#no-today button');
    await p.waitForURL(/corpus\.html/, { timeout: 10000 });
    await p.close();
  });

  await step('drop-in: a page whose only whole form is an appearance filing loads the forms module, not the main or identifiers module, and blocks a filing with errors', async () => {
    const p = await context.newPage();
    const fetched = [];
    p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await p.goto(`${base}/tests/browser/dropin-forms.html`);
    await p.waitForSelector('html[data-filing-check-ready="true"]', { timeout: 30000 });
    await p.locator('#head-id').pressSequentially('110105194912310021');
    await p.locator('#head-id').press('Tab');
    const message = await p.textContent('#head-id-filing-check-message');
    expect(/校验码/.test(message), `no identity-number finding on the field: ${message}`);
    await p.click('#appearance button[type="submit"]');
    await p.waitForSelector('#agency-name[aria-invalid="true"]', { timeout: 10000 });
    expect(new URL(p.url()).pathname === '/tests/browser/dropin-forms.html', 'the filing with errors was submitted');
    const wasm = fetched.filter((f) => f.endsWith('.wasm') || /_js\.js$/.test(f)).map((f) => f.split('/').pop());
    expect(wasm.length === 1 && wasm[0] === 'filing_check_forms_bg.wasm', `fetched ${wasm.join(', ')}`);
    await p.close();
  });

  await step('no page errors or CSP violations', () => {
    let errors = consoleErrors;
    if (dictionariesAbsent && notFound.length && notFound.every((p) => p === '/pkg/opencc/opencc.bin')) {
      console.log('# pkg/opencc/opencc.bin is absent in this build: its 404 is expected and not counted');
      errors = errors.filter((e) => !/Failed to load resource: .* 404/.test(e));
    }
    expect(errors.length === 0, `${errors.join('\n')}\n404s: ${notFound.join(', ')}`);
  });
} finally {
  await context.close();
  server.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
