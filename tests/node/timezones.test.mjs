// Time-zone independence of the npm package in Node. The library never reads a clock and takes
// civil dates as "YYYY-MM-DD" strings, so the process time zone must not change a single byte.
//
// The test replays the whole shared corpus (tests/cases/, the same runner as corpus.test.mjs) in
// child Node processes with TZ=Asia/Shanghai, America/Los_Angeles, Pacific/Kiritimati and UTC,
// and requires (a) that each child really runs in its zone, (b) byte-identical results in all
// four, both the core's JSON bytes (callJson) and the JS objects of call(), serialised, (c) that
// every result matches the corpus expectation, and (d) that a JS Date passed wherever a civil date
// is expected is refused with FilingCheckError `invalid_date`, in every zone.
//
// Run as `node tests/node/timezones.test.mjs --child` it is the child: it prints one JSON object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { checkOutcome, loadCases, parityRecord, runCase } from '../js/corpus-core.mjs';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];
const today = '2026-11-22';

// Every place a civil date enters the package, given a JS Date instead of the string. `path` is
// the field the refusal must name. The Dates are chosen so that their civil day differs between
// the zones above (midnight UTC is the previous day in Los Angeles, 14:00 in Kiritimati).
function dateCases(fc, Date_) {
  const d = (iso) => new Date_(iso);
  const appearance = {
    kind: 'appearance',
    hearing: { date: '2026-12-08', court: '广州铁路运输中级法院', caseNumber: '（2026）粤71行初1234号', procedure: 'first-instance' },
    agency: { name: '广州市天河区人民政府', creditCode: '114401060074830098', level: 'local-government' },
    appearing: [{ name: '黄丽', idNumber: '440106198207080426', sex: 'female', birthDate: '1982-07-08', role: 'staff' }],
  };
  const withHearing = { ...appearance, hearing: { ...appearance.hearing, date: d('2026-12-08') } };
  const withBirth = { ...appearance, appearing: [{ ...appearance.appearing[0], birthDate: d('1982-07-08T00:00:00Z') }] };
  return [
    ['validateId today', 'today', () => fc.validateId('resident', '11010519491231002X', { today: d('2026-11-22') })],
    ['validateId today (local midnight)', 'today', () => fc.validateId('resident', '11010519491231002X', { today: new Date_(2026, 10, 22) })],
    ['check today', 'today', () => fc.check(appearance, { today: d('2026-12-01') })],
    ['check filing.hearing.date', 'filing.hearing.date', () => fc.check(withHearing, { today: '2026-12-01' })],
    ['check filing.appearing[0].birthDate', 'filing.appearing[0].birthDate', () => fc.check(withBirth, { today: '2026-12-01' })],
    ['dueDate from', 'from', () => fc.dueDate(d('2025-09-16'), '15d')],
    ['deadline from', 'from', () => fc.deadline({ from: d('2025-09-16'), period: '15d' })],
    ['windows from', 'from', () => fc.windows({ window: 'suit-direct', from: d('2025-03-03') })],
    ['timeline today', 'today', () => fc.timeline({ today: d('2025-09-16'), events: [{ kind: 'noticeToRespondReceived', date: '2025-09-16' }] })],
    ['timeline events[0].date', 'events[0].date', () => fc.timeline({ today: '2025-09-16', events: [{ kind: 'noticeToRespondReceived', date: d('2025-09-16') }] })],
    ['timeline events[0].hearingDate', 'events[0].hearingDate', () => fc.timeline({ today: '2025-09-16', events: [{ kind: 'summonsReceived', date: '2025-10-09', hearingDate: d('2025-10-20') }] })],
    ['document today', 'today', () => fc.call('document', { today: d('2024-11-22'), document: { type: 'complaint', text: '行政起诉状' } })],
    ['document.signedOn', 'document.signedOn', () => fc.call('document', { today: '2024-11-22', document: { type: 'complaint', text: '行政起诉状', signedOn: d('2024-10-08') } })],
    ['call id today', 'today', () => fc.call('id', { kind: 'resident', value: '11010519491231002X', today: d('2026-11-22') })],
    ['call due from', 'from', () => fc.call('due', { from: d('2025-09-16'), period: '15d' })],
    ['invalid Date as today', 'today', () => fc.validateId('resident', '11010519491231002X', { today: new Date_('not a date') })],
  ];
}

function childMain() {
  const fc = createRequire(join(pkgDir, 'x.js'))('./node.cjs');
  return fc.loadDictionaries().catch(() => {}).then(() => {
    const cases = loadCases(join(root, 'tests/cases'));
    const results = {};
    for (const c of cases) {
      results[c.name] = { outcome: JSON.stringify(runCase(fc.call, c)), parity: parityRecord(fc.callJson, c) };
    }
    const refuse = (f) => {
      try {
        const r = f();
        return { returned: JSON.stringify(r).slice(0, 200) };
      } catch (e) {
        return { isFilingCheckError: e instanceof fc.FilingCheckError, code: e.code, message: e.message, name: e.name };
      }
    };
    const dates = {};
    // A Date of this realm, and one made in another realm (an iframe's, a vm context's): both are Dates.
    const foreignDate = vm.runInNewContext('Date');
    for (const [label, Date_] of [['', Date], [' (Date of another realm)', foreignDate]]) {
      for (const [name, path, f] of dateCases(fc, Date_)) dates[name + label] = { path, ...refuse(f) };
    }
    const probe = new Date(Date.UTC(2025, 9, 1, 0, 0, 0));
    return {
      tz: process.env.TZ,
      resolved: Intl.DateTimeFormat().resolvedOptions().timeZone,
      offset: probe.getTimezoneOffset(),
      localDay: probe.getDate(),
      cases: results,
      dates,
      after: fc.validateId('resident', '11010519491231002X', { today }).valid,
    };
  });
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await childMain()));
} else {
  const runIn = (tz) => new Promise((ok, fail) => {
    execFile(process.execPath, [here, '--child'], { env: { ...process.env, TZ: tz }, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`child in ${tz} failed: ${err.message}\n${stderr}`));
      else ok(JSON.parse(stdout));
    });
  });
  // Two at a time: these machines have two cores.
  const runs = {};
  for (let i = 0; i < ZONES.length; i += 2) {
    const pair = ZONES.slice(i, i + 2);
    const got = await Promise.all(pair.map(runIn));
    pair.forEach((z, j) => { runs[z] = got[j]; });
  }
  const cases = loadCases(join(root, 'tests/cases'));

  test('time zones: each child really runs in its zone (the zones disagree about the local day)', () => {
    const seen = ZONES.map((z) => [z, runs[z].resolved, runs[z].offset, runs[z].localDay]);
    console.log(`# zones (TZ, resolved, offset of 2025-10-01T00:00Z in minutes, its local day): ${JSON.stringify(seen)}`);
    for (const z of ZONES) assert.equal(runs[z].resolved, z, `TZ=${z} not in effect`);
    assert.deepEqual(ZONES.map((z) => runs[z].offset), [-480, 420, -840, 0]);
    // The same instant is 30 September in Los Angeles and 1 October elsewhere.
    assert.deepEqual(ZONES.map((z) => runs[z].localDay), [1, 30, 1, 1]);
  });

  test(`time zones: all ${cases.length} corpus cases give byte-identical results in ${ZONES.join(', ')}`, () => {
    const [first, ...rest] = ZONES;
    assert.equal(Object.keys(runs[first].cases).length, cases.length);
    assert.ok(cases.length > 100, `only ${cases.length} corpus cases found`);
    let compared = 0;
    for (const c of cases) {
      const base = runs[first].cases[c.name];
      assert.ok(base, `${c.name}: no result from ${first}`);
      for (const z of rest) {
        const other = runs[z].cases[c.name];
        assert.equal(other.parity, base.parity, `${c.name}: callJson bytes differ between ${first} and ${z}`);
        assert.equal(other.outcome, base.outcome, `${c.name}: call() result differs between ${first} and ${z}`);
        compared++;
      }
    }
    assert.equal(compared, cases.length * rest.length);
  });

  test('time zones: every zone\'s results match the corpus expectations', () => {
    for (const z of ZONES) {
      for (const c of cases) {
        const why = checkOutcome(c.expect, JSON.parse(runs[z].cases[c.name].outcome));
        assert.equal(why, null, `TZ=${z}: ${c.name} (${c.file}): ${why}`);
      }
    }
  });

  test('time zones: a JS Date wherever a civil date is expected is refused with invalid_date, in every zone', () => {
    const names = Object.keys(runs[ZONES[0]].dates);
    assert.ok(names.length >= 30, `only ${names.length} Date cases`);
    for (const z of ZONES) {
      assert.deepEqual(Object.keys(runs[z].dates), names);
      for (const name of names) {
        const r = runs[z].dates[name];
        assert.equal(r.returned, undefined, `TZ=${z}, ${name}: a Date was accepted and returned ${r.returned}`);
        assert.equal(r.isFilingCheckError, true, `TZ=${z}, ${name}: threw ${r.name} (${r.code}): ${r.message}`);
        assert.equal(r.code, 'invalid_date', `TZ=${z}, ${name}: code ${r.code}: ${r.message}`);
        // A clear message: names the field and says what to pass instead.
        assert.ok(r.message.startsWith(`${r.path}:`), `TZ=${z}, ${name}: the message does not name ${r.path}: ${r.message}`);
        assert.match(r.message, /YYYY-MM-DD/, `TZ=${z}, ${name}: the message does not say what to pass: ${r.message}`);
        assert.match(r.message, /Date/, `TZ=${z}, ${name}: the message does not say a Date was refused: ${r.message}`);
      }
      assert.deepEqual(runs[z].dates, runs[ZONES[0]].dates, `TZ=${z}: the refusals differ from ${ZONES[0]}'s`);
      assert.equal(runs[z].after, true, `TZ=${z}: the module does not work after the refusals`);
    }
  });
}
