// call(op, request) sends the request to the main module as JSON text (`JSON.stringify`), as it
// does for the identifiers, converter and desk modules: the main module has no JS-value entry
// (serde-wasm-bindgen) any more. These tests pin, case by case, what a JS value that JSON.stringify
// writes differently from what serde-wasm-bindgen read gives now: either the answer it gave before
// (shown by comparing with an equivalent request whose answer JSON carries unchanged) or a refusal
// with a stable code where the old answer had lost or changed the data (docs/benchmarks.md, "No
// serde-wasm-bindgen in the main module", says which and why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fc = createRequire(import.meta.url)(resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg', 'node.cjs'));
const today = '2026-11-22';
const VALID_ID = '11010519491231002X';
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** The answer or the error (code and message) of a call, comparable with deepEqual. */
function outcome(run) {
  try {
    return { result: run() };
  } catch (e) {
    assert.equal(e.name, 'FilingCheckError', `not a FilingCheckError: ${e}`);
    return { code: e.code, message: e.message };
  }
}
const viaCall = (op, request) => outcome(() => fc.call(op, request));
const viaJson = (op, text) => outcome(() => JSON.parse(fc.callJson(op, text)));

// A filing whose answer quotes the field that holds the odd value (an error naming its type).
const timeline = (date) => ({ today, events: [{ kind: 'summonsReceived', date }] });
const appeal = (extra) => ({ today, filing: { kind: 'appeal', ...extra } });

test('undefined: a property is read as null (as before), an array element or a hole as null (as JSON writes it)', () => {
  for (const [op, odd, plain] of [
    ['check', appeal({ caseNumber: undefined }), appeal({ caseNumber: null })],
    ['timeline', timeline(undefined), timeline(null)],
    ['id', { kind: 'resident', value: VALID_ID, today, lang: undefined }, { kind: 'resident', value: VALID_ID, today, lang: null }],
    ['check', appeal({ requests: [undefined, 'x'] }), appeal({ requests: [null, 'x'] })],
    // eslint-disable-next-line no-sparse-arrays
    ['check', appeal({ requests: [, 'x'] }), appeal({ requests: [null, 'x'] })],
  ]) {
    const got = viaCall(op, odd);
    assert.deepEqual(got, viaCall(op, plain), `${op}: ${JSON.stringify(plain)}`);
    assert.deepEqual(got, viaJson(op, JSON.stringify(plain)), `${op}: through callJson`);
  }
  // The property is there (null), not dropped: dropping it would give the "missing" answer.
  const missing = viaCall('timeline', { today, events: [{ kind: 'summonsReceived' }] });
  const asNull = viaCall('timeline', timeline(undefined));
  assert.match(asNull.message, /invalid type: null, expected a string/);
  assert.notDeepEqual(asNull, missing);
});

test('undefined in a desk op (the desk module has always been sent JSON text): dropped, as before', () => {
  const request = JSON.parse(readFileSync(resolve(root, 'tests/cases/supervision/desk.json'), 'utf8')).cases.find((c) => c.op === 'supervise').request;
  const withField = (v) => ({ ...request, records: [{ ...request.records[0], caseNumber: v }, ...request.records.slice(1)] });
  const { caseNumber, ...rest } = request.records[0];
  const without = { ...request, records: [rest, ...request.records.slice(1)] };
  assert.ok(caseNumber, 'the case has a caseNumber to take away');
  const missing = viaCall('supervise', without);
  assert.deepEqual(viaCall('supervise', withField(undefined)), missing);
  assert.notDeepEqual(viaCall('supervise', withField(null)), missing, 'null and missing must differ here, or this test shows nothing');
});

test('numbers: -0 is 0; integers beyond 2^53 and floats answer as callJson does on the same text', () => {
  assert.deepEqual(viaCall('timeline', timeline(-0)), viaCall('timeline', timeline(0)));
  assert.match(viaCall('timeline', timeline(-0)).message, /integer `0`/);
  for (const x of [0.5, 2 ** 53, -(2 ** 53), 2 ** 60, 1e21, 5e-324, Number.MAX_VALUE]) {
    const got = viaCall('timeline', timeline(x));
    assert.ok(got.code, `${x} is refused as a date`);
    assert.deepEqual(got, viaJson('timeline', JSON.stringify(timeline(x))), String(x));
  }
  // An integer the user passed is named as one (serde-wasm-bindgen called 2^53 "floating point `9007199254740992.0`").
  assert.match(viaCall('timeline', timeline(2 ** 53)).message, /integer `9007199254740992`/);
});

test('objects JSON carries as they are: class instances, null prototypes, non-enumerable and symbol keys', () => {
  class Filing {
    constructor() {
      this.kind = 'appeal';
      this.caseNumber = '（2024）粤71行终1号';
    }
    get derived() {
      return 'not an own property';
    }
  }
  const plain = appeal({ caseNumber: '（2024）粤71行终1号' });
  assert.deepEqual(viaCall('check', { today, filing: new Filing() }), viaCall('check', plain));
  const bare = Object.assign(Object.create(null), { kind: 'appeal', caseNumber: '（2024）粤71行终1号' });
  assert.deepEqual(viaCall('check', { today, filing: bare }), viaCall('check', plain));
  const hidden = { kind: 'appeal', caseNumber: '（2024）粤71行终1号' };
  Object.defineProperty(hidden, 'appellants', { value: 'not enumerable', enumerable: false });
  hidden[Symbol('note')] = 'a symbol key';
  assert.deepEqual(viaCall('check', { today, filing: hidden }), viaCall('check', plain));
  assert.ok(viaCall('check', plain).result, 'the plain filing is answered');
});

test('values JSON would write as something else are refused: invalid_json, naming the path', () => {
  class Stamped {
    constructor() {
      this.kind = 'appeal';
    }
    toJSON() {
      return { kind: 'defence' };
    }
  }
  const ownHidden = { kind: 'appeal' };
  Object.defineProperty(ownHidden, 'toJSON', { value: () => ({}), enumerable: false });
  const arrayWithToJSON = ['x'];
  arrayWithToJSON.toJSON = () => 'y';
  const args = (function () {
    return arguments; // eslint-disable-line prefer-rest-params
  })(1);
  for (const [what, value, kind] of [
    ['Uint8Array', new Uint8Array([1]), /Uint8Array \(binary data\)/],
    ['Float32Array', new Float32Array([1.5]), /Float32Array \(binary data\)/],
    ['ArrayBuffer', new ArrayBuffer(2), /an ArrayBuffer \(binary data\)/],
    ['DataView', new DataView(new ArrayBuffer(2)), /DataView \(binary data\)/],
    ['Map', new Map([['a', 1]]), /a Map; pass a plain object/],
    ['Set', new Set([1]), /a Set; pass a plain object/],
    ['arguments', args, /an Arguments; pass a plain object/],
    ['new Number', new Number(5), /a Number object; pass the primitive/], // eslint-disable-line no-new-wrappers
    ['new String', new String('x'), /a String object; pass the primitive/], // eslint-disable-line no-new-wrappers
    ['new Boolean', new Boolean(false), /a Boolean object; pass the primitive/], // eslint-disable-line no-new-wrappers
    ['Object(symbol)', Object(Symbol('s')), /a Symbol object; pass the primitive/],
    ['Object(bigint)', Object(BigInt(1)), /a BigInt object; pass the primitive/],
    ['a class with toJSON', new Stamped(), /toJSON method/],
    ['a non-enumerable own toJSON', ownHidden, /toJSON method/],
    ['an array with toJSON', arrayWithToJSON, /toJSON method/],
    ['a URL (toJSON)', new URL('https://example.org/'), /toJSON method/],
  ]) {
    const got = viaCall('check', appeal({ caseNumber: value }));
    assert.equal(got.code, 'invalid_json', `${what}: ${got.message ?? 'answered'}`);
    assert.match(got.message, /^filing\.caseNumber: not a JSON-like value: /, what);
    assert.match(got.message, kind, what);
  }
  // A Date stays invalid_date, an own enumerable toJSON function stays "a function".
  assert.equal(viaCall('check', appeal({ caseNumber: new Date(0) })).code, 'invalid_date');
  const own = viaCall('check', appeal({ toJSON: () => ({}) }));
  assert.equal(own.code, 'invalid_argument');
  assert.match(own.message, /filing\.toJSON: a function cannot be checked/);
});

test('the 4 MiB limit counts JSON text: escapes and holes, refused before the core as callJson refuses them', () => {
  const quotes = '"'.repeat(2_100_000); // 2.1 MB of text, 4.2 MB as JSON
  const call = viaCall('clean', { text: quotes });
  assert.equal(call.code, 'input_too_large');
  assert.match(call.message, /4194304/);
  assert.equal(viaJson('clean', JSON.stringify({ text: quotes })).code, 'input_too_large');
  const controls = '\u0001'.repeat(MAX_INPUT_BYTES / 6 + 10); // \u0001 is 6 bytes as JSON
  assert.equal(viaCall('clean', { text: controls }).code, 'input_too_large');
  const holes = appeal({ requests: new Array(900_000) }); // "null," each: 4.5 MB
  assert.equal(viaCall('check', holes).code, 'input_too_large');
  assert.equal(viaJson('check', JSON.stringify(holes)).code, 'input_too_large');
  // Below the limit, the same texts are answered.
  assert.ok(viaCall('clean', { text: '"\\\n\u0001'.repeat(1000) }).result);
});
