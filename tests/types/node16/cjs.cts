// A Node CommonJS consumer: require() gets index.d.cts through package.json "exports".
import fc = require('filing-check');
const r: fc.IdResult = fc.validateId('resident', 'x', { today: '2026-11-22' });
// @ts-expect-error a Date is not a civil date
fc.validateId('resident', 'x', { today: new Date() });
// The generated result types reach require() consumers too (types/results.d.cts).
const states: Array<fc.Results.State | undefined> = fc.timeline({ today: '2026-11-22', events: [] }).entries.map((e) => e.state);
// @ts-expect-error a resident ID's holder is a closed set
const holder: fc.Results.Holder = 'tourist';
export = [r, states, holder];
