// The bureau's desk page (www/desk.html) in headless Chromium, under the strict CSP of
// scripts/serve.mjs: load the Qiannan example, then check what the page shows and exports against
// the native CLI's output for the same file (the status counts, the remedies, the rates with
// their numerators and denominators, the charts' bars and lines, the bulletin as HTML and CSV,
// the reminders as .ics, byte for byte); load a CSV list by the file picker and by drag and drop;
// set a target and see the agencies below it; check that the desk page loads the desk module and
// not the main one, and that the demo page (which validates) loads none of the desk's code. Screenshots go to tests/browser/artifacts/desk-*.png.
// Needs the npm package (bash scripts/build.sh) and the release CLI it builds
// (target/release/filing-check, or FILING_CHECK_CLI). Prints "desk: N passed, M failed".
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'tests/browser/artifacts');
mkdirSync(artifacts, { recursive: true });
const EXAMPLE = join(root, 'examples/supervision/qiannan-2021.jsonl');
const SMALL_CSV = join(root, 'examples/supervision/small.csv');
const TODAY = '2021-08-31';
const FROM = '2021-01-01';
const TO = '2021-08-31';

const cli = process.env.FILING_CHECK_CLI
  ?? [join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'release/filing-check'), join(root, 'target/release/filing-check')].find(existsSync);
if (!cli) {
  console.log('desk: SKIPPED, no native CLI (run bash scripts/build.sh, or set FILING_CHECK_CLI)');
  process.exit(1);
}
/** The CLI's stdout; exit 1 (a negative verdict: remedies found) is an answer, not a failure. */
function native(...args) {
  try {
    return execFileSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(e && e.stack ? e.stack : e).split('\n').join('\n  ')}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}
function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what}:\n  page   ${a.slice(0, 600)}\n  native ${b.slice(0, 600)}`);
}

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fc-chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
  locale: 'zh-CN', // as at a bureau: date fields read 年/月/日
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const errors = [];
const page = await context.newPage();
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
const deskRequests = [];
page.on('request', (r) => deskRequests.push(new URL(r.url()).pathname));

const computed = () => page.evaluate(() => Number(document.body.dataset.computed || 0));
async function waitComputed(after) {
  await page.waitForFunction((n) => Number(document.body.dataset.computed || 0) > n, after, { timeout: 30000 });
}
async function downloadOf(selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

try {
  await page.goto(`${base}/www/desk.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });

  const status = JSON.parse(native('supervise', EXAMPLE, '--today', TODAY));
  const byAgency = JSON.parse(native('rates', EXAMPLE, '--from', FROM, '--to', TO, '--by', 'agency'));
  const overall = JSON.parse(native('rates', EXAMPLE, '--from', FROM, '--to', TO));

  await step('the Qiannan example loads and is computed with no error under the CSP', async () => {
    const before = await computed();
    await page.click('#example');
    await waitComputed(before);
    expect((await page.textContent('#loaded')).includes('675 行'), `loaded: ${await page.textContent('#loaded')}`);
    await page.screenshot({ path: join(artifacts, 'desk-top.png') });
    expect(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await step('the overview and the step counts are the CLI\'s', async () => {
    const c = status.counts;
    const text = await page.textContent('#counts');
    expect(text.includes(`记录 ${c.records} 条，采用 ${c.accepted} 条，退回 ${c.rejected} 条；需补救事项 ${status.remedies.length} 项`), text);
    const shown = await page.$$eval('#step-counts li', (lis) => Object.fromEntries(lis.map((li) => [li.dataset.state, Number(li.querySelector('strong').textContent)])));
    const expected = Object.fromEntries(['onTime', 'late', 'missed', 'pending'].map((s) => [s, status.steps[s] ?? 0]));
    same(shown, expected, 'steps by state');
    expect(expected.missed > 0 && expected.late > 0, 'the example has late and missed steps to show');
  });

  await step('the remedies are the CLI\'s, in its order, each with its article', async () => {
    const rows = await page.$$eval('#remedies table:first-of-type tr[data-remedy]', (trs) => trs.map((tr) => {
      const td = [...tr.querySelectorAll('td')].map((x) => x.textContent);
      return [tr.dataset.remedy, td[0], td[1], td[3], td[5]];
    }));
    same(rows, status.remedies.map((r) => [r.remedy, r.agency, r.caseNumber, r.due, r.citations.map((c) => c.text).concat(r.source ? [r.source] : []).join('；')]), 'remedies');
    expect(rows.some((r) => r[0] === 'noAppearance') && rows.some((r) => r[0] === 'nonPerformance') && rows.some((r) => r[0] === 'lateAnswer'), 'the three kinds of remedy');
    expect(rows.every((r) => r[4].includes('《行政诉讼法》')), 'every remedy names its article');
    await page.locator('#remedies').screenshot({ path: join(artifacts, 'desk-remedies.png') });
  });

  await step('the rates per agency and in total are the CLI\'s, with numerator, denominator and 口径; the totals are the published figures', async () => {
    for (const [i, def] of byAgency.groups[0].rates.entries()) {
      const block = page.locator(`.rate-block[data-rate="${def.id}"]`);
      const rows = await block.locator('tr[data-group]').evaluateAll((trs) => trs.map((tr) => {
        const td = [...tr.querySelectorAll('td')].map((x) => x.textContent);
        return [tr.dataset.group, Number(td[1]), Number(td[2]), td[3]];
      }));
      const t = overall.groups[0].rates[i];
      same(rows, byAgency.groups.map((g) => [g.key, g.rates[i].numerator, g.rates[i].denominator, g.rates[i].percent ?? '—'])
        .concat([['all', t.numerator, t.denominator, t.percent]]), `rate ${def.id}`);
      const text = await block.textContent();
      expect(text.includes(`统计口径：${def.caliber}`) && text.includes(`来源：${def.source}`), `${def.id}: 口径 and source shown`);
    }
    // The published figures of 黔南州 (January to August 2021, issue 16): 275/363, 110/506, 14/169.
    const totals = await page.$$eval('.rate-block tr[data-group="all"]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((x) => x.textContent).join(' ')));
    same(totals, ['275 363 75.76%', '110 506 21.74%', '14 169 8.28%'], 'totals');
    await page.locator('#rates').screenshot({ path: join(artifacts, 'desk-rates.png') });
  });

  await step('the charts draw each agency\'s exact fraction and the overall rate as the average line', async () => {
    for (const [i, def] of byAgency.groups[0].rates.entries()) {
      const figure = page.locator(`figure.chart[data-rate="${def.id}"]`);
      const bars = await figure.locator('rect.bar').evaluateAll((rs) => rs.map((r) => [r.dataset.group, r.dataset.percent, Number(r.getAttribute('width'))]));
      const groups = byAgency.groups.filter((g) => g.rates[i].denominator > 0);
      same(bars.map((b) => [b[0], b[1]]), groups.map((g) => [g.key, g.rates[i].percent]), `${def.id} bars`);
      for (const [k, g] of groups.entries()) {
        const want = (g.rates[i].numerator / g.rates[i].denominator) * 470;
        expect(Math.abs(bars[k][2] - want) < 0.01, `${def.id} ${g.key}: width ${bars[k][2]}, want ${want}`);
      }
      const avg = await figure.locator('line.avg').getAttribute('data-percent');
      same(avg, overall.groups[0].rates[i].percent, `${def.id} average line`);
    }
    await page.locator('#charts').screenshot({ path: join(artifacts, 'desk-charts.png') });
  });

  await step('the status table filters by state and agency, with the CLI\'s counts', async () => {
    const steps = status.cases.flatMap((c) => c.steps.map((s) => [c, s]));
    await page.selectOption('#state-filter', 'missed');
    const missed = steps.filter(([, s]) => s.state === 'missed').length;
    expect((await page.textContent('#status-note')).startsWith(`共 ${missed} 个环节`), await page.textContent('#status-note'));
    expect((await page.$$eval('#status tr[data-state]', (trs) => trs.every((tr) => tr.dataset.state === 'missed'))), 'only missed rows');
    // The missed steps: the list a bureau reads first (the whole table is 300 rows, too long to look at).
    await page.locator('section:has(#status)').screenshot({ path: join(artifacts, 'desk-status-missed.png') });
    const agency = status.agencies[0].agency;
    await page.selectOption('#agency-filter', agency);
    const both = steps.filter(([c, s]) => s.state === 'missed' && c.agency === agency);
    const rows = await page.$$eval('#status tr[data-state]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((x) => x.textContent)));
    same(rows.map((r) => [r[0], r[4], r[5]]), both.slice(0, 300).map(([c, s]) => [c.caseNumber, s.due, s.doneOn ?? '']), 'missed steps of one agency');
    await page.selectOption('#agency-filter', '');
    await page.selectOption('#state-filter', '');
    const note = await page.textContent('#status-note');
    expect(note.startsWith(`共 ${steps.length} 个环节，显示前 300 个`), note);
  });

  await step('the bulletin (HTML and CSV) and the reminders (.ics) are the CLI\'s bytes', async () => {
    const html = await downloadOf('#export-html');
    same(html.name, `bulletin-${FROM}-${TO}.html`, 'file name');
    expect(html.text === native('bulletin', EXAMPLE, '--from', FROM, '--to', TO, '--today', TODAY, '--format', 'html'), 'bulletin HTML differs from the CLI\'s');
    expect(html.text.includes('<h1>2021-01-01至2021-08-31行政应诉工作报告</h1>') && html.text.includes('75.76%'), 'bulletin title and figures');
    const csv = await downloadOf('#export-csv');
    expect(csv.text === native('bulletin', EXAMPLE, '--from', FROM, '--to', TO, '--today', TODAY, '--format', 'csv'), 'bulletin CSV differs from the CLI\'s');
    const ics = await downloadOf('#export-ics');
    expect(ics.text === native('supervise', EXAMPLE, '--today', TODAY, '--ics'), 'reminders differ from the CLI\'s');
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n') && ics.text.includes('BEGIN:VEVENT'), 'an iCalendar with events');
    // The printable bulletin as a reader sees it (opened from the file, as it would be after saving).
    const printed = await context.newPage();
    await printed.setContent(html.text);
    await printed.screenshot({ path: join(artifacts, 'desk-bulletin.png'), fullPage: false });
    await printed.close();
  });

  await step('a month\'s bulletin is a 通报', async () => {
    await page.fill('#from', '2021-08-01');
    await page.fill('#to', '2021-08-31');
    const html = await downloadOf('#export-html');
    expect(html.text.includes('<h1>2021年8月行政应诉工作通报</h1>'), html.text.slice(0, 400));
    expect(html.text === native('bulletin', EXAMPLE, '--from', '2021-08-01', '--to', '2021-08-31', '--today', TODAY, '--format', 'html'), 'month bulletin differs');
    await page.fill('#from', FROM);
    await page.fill('#to', TO);
  });

  await step('a target set on the page marks the agencies below it, as the core decides', async () => {
    const before = await computed();
    await page.fill('[data-target-for="qn-appearance"]', '80');
    await page.press('[data-target-for="qn-appearance"]', 'Tab');
    await waitComputed(before);
    const low = await page.$$eval('.rate-block[data-rate="qn-appearance"] tr.low', (trs) => trs.map((tr) => tr.dataset.group));
    const i = byAgency.groups[0].rates.findIndex((r) => r.id === 'qn-appearance');
    const want = byAgency.groups.filter((g) => g.rates[i].denominator > 0 && g.rates[i].numerator / g.rates[i].denominator < 0.8).map((g) => g.key);
    // The total (75.76%) is below 80% too.
    same(low, want.concat(['all']), 'below target');
    expect(want.length > 0, 'some agency is below 80%');
    expect(await page.locator('figure.chart[data-rate="qn-appearance"] line.target').count() === 1, 'a target line');
    expect(await page.locator('figure.chart[data-rate="qn-appearance"] rect.bar.low').count() === want.length, 'red bars');
    await page.locator('figure.chart[data-rate="qn-appearance"]').screenshot({ path: join(artifacts, 'desk-chart-target.png') });
    const html = await downloadOf('#export-html');
    expect(html.text.includes('未达目标的单位') && want.every((key) => html.text.includes(`<li>${byAgency.groups.find((g) => g.key === key).name}：出庭应诉率`)), 'the bulletin lists them');
    await page.fill('[data-target-for="qn-appearance"]', '');
    await page.press('[data-target-for="qn-appearance"]', 'Tab');
  });

  await step('a CSV list loads by the file picker and by drag and drop, as the CLI reads it', async () => {
    const want = JSON.parse(native('supervise', SMALL_CSV, '--today', TODAY));
    let before = await computed();
    await page.setInputFiles('#file', SMALL_CSV);
    await waitComputed(before);
    const expected = `记录 ${want.counts.records} 条，采用 ${want.counts.accepted} 条，退回 ${want.counts.rejected} 条；需补救事项 ${want.remedies.length} 项`;
    expect((await page.textContent('#counts')).includes(expected), await page.textContent('#counts'));
    // Drag and drop: the Qiannan file again, dropped onto the drop zone.
    before = await computed();
    const text = readFileSync(EXAMPLE, 'utf8');
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.jsonl', { type: 'application/jsonl' }));
      return dt;
    }, text);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await waitComputed(before);
    expect((await page.textContent('#loaded')).includes('dropped.jsonl'), await page.textContent('#loaded'));
    expect((await page.textContent('#counts')).includes(`记录 ${status.counts.records} 条`), await page.textContent('#counts'));
  });

  await step('no page error, no CSP violation on the desk page', async () => {
    expect(errors.length === 0, errors.join(' | '));
  });

  await step('the desk page loads the desk module, not the main one', async () => {
    expect(deskRequests.includes('/pkg/web/filing_check_desk_bg.wasm'), deskRequests.join(' '));
    expect(!deskRequests.includes('/pkg/web/filing_check_bg.wasm'), `the main module was fetched: ${deskRequests.join(' ')}`);
  });

  await step('the demo page, which validates, loads none of the desk\'s code', async () => {
    const demo = await context.newPage();
    const urls = [];
    demo.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await demo.goto(`${base}/`);
    await demo.waitForLoadState('networkidle');
    // The main module is what validates: the page has loaded it, and it alone.
    expect(urls.includes('/pkg/web/filing_check_bg.wasm'), `the demo did not fetch the main module: ${urls.join(' ')}`);
    expect(!urls.includes('/pkg/web/filing_check_desk_bg.wasm'), `the demo fetched the desk module: ${urls.join(' ')}`);
    expect(urls.length > 0 && !urls.some((u) => /desk|examples\/supervision/.test(u)), urls.join(' '));
    expect(await demo.locator('a[href="/www/desk.html"]').count() === 1, 'the demo page links the desk');
    await demo.close();
  });
} finally {
  await context.close();
  server.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`desk: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
