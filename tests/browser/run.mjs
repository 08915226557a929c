// Browser tests in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
//  1. the shared case corpus through the package's browser entry (writes target/parity/browser.json);
//  2. the demo page: typing an identity number shows the finding with its citation;
// all served with the strict CSP of scripts/serve.mjs. Prints "browser: N passed, M failed".
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { checkOutcome, loadCases } from '../js/corpus-core.mjs';

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
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const consoleErrors = [];
context.on('page', (p) => p.on('pageerror', (e) => consoleErrors.push(String(e))));

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

  await step('no page errors or CSP violations', () => {
    expect(consoleErrors.length === 0, consoleErrors.join('\n'));
  });
} finally {
  await context.close();
  server.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
