// A Node CommonJS consumer: require() gets index.d.cts through package.json "exports".
import fc = require('filing-check');
const r: fc.IdResult = fc.validateId('resident', 'x', { today: '2026-11-22' });
// @ts-expect-error a Date is not a civil date
fc.validateId('resident', 'x', { today: new Date() });
export = r;
