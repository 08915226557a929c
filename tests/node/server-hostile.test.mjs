// Hostile HTTP against the re-validation server (examples/server/server.mjs), on 127.0.0.1 only:
// each case must get its 4xx with {"error": {"code", "message"}}, and after each one a good
// request must still get its 200 and the same report. The server's timeouts are shortened through
// createServer's options so that the stalled-client cases take well under a second each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const submission = readFileSync(join(root, 'examples/server/submission.json'), 'utf8');

// The server as a portal runs it: filing-check installed beside it (a node_modules link to pkg/).
const app = mkdtempSync(join(tmpdir(), 'fc-hostile-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(pkgDir, join(app, 'node_modules/filing-check'), 'dir');
copyFileSync(join(root, 'examples/server/server.mjs'), join(app, 'server.mjs'));
process.env.FILING_CHECK_TODAY = '2024-11-22';
const { createServer, limitsFromEnv } = await import(pathToFileURL(join(app, 'server.mjs')).href);

const LIMITS = { bodyTimeoutMs: 300, headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200, idleTimeoutMs: 1000 };
let server;
let port;
let goodReport;

/** One request over a fresh connection; resolves { status, headers, body } (body parsed when JSON). */
function request({ method = 'POST', path = '/check', headers = { 'content-type': 'application/json' }, body } = {}) {
  return new Promise((resolvePromise, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch (e) { json = undefined; }
        resolvePromise({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function expectGood() {
  const r = await request({ body: submission });
  assert.equal(r.status, 200, `a good request after the hostile one: ${r.status} ${r.text.slice(0, 200)}`);
  assert.equal(r.text, goodReport, 'the same report as before');
}

function expectError(r, status, code) {
  assert.equal(r.status, status, `status: ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(r.json && r.json.error, `an error body: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error.code, code, r.text.slice(0, 300));
  assert.equal(typeof r.json.error.message, 'string');
  assert.match(r.headers['content-type'], /^application\/json/);
}

before(async () => {
  server = createServer(LIMITS);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  port = server.address().port;
  const r = await request({ body: submission });
  assert.equal(r.status, 200);
  assert.equal(typeof r.json.ok, 'boolean');
  goodReport = r.text;
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(app, { recursive: true, force: true });
});

test('a 6 MB body: 413 input_too_large', async () => {
  const big = JSON.stringify({ filing: { kind: 'complaint', pad: 'x'.repeat(6 * 1024 * 1024) } });
  expectError(await request({ body: big }), 413, 'input_too_large');
  await expectGood();
});

test('a 6 MB body sent in chunks with no Content-Length: 413 input_too_large', async () => {
  const r = await new Promise((resolvePromise, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/check', headers: { 'content-type': 'application/json' }, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolvePromise({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString(), json: JSON.parse(Buffer.concat(chunks).toString()) }));
    });
    req.on('error', reject);
    const piece = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 96; i++) req.write(piece);
    req.end();
  });
  expectError(r, 413, 'input_too_large');
  await expectGood();
});

test('a body declaring 100 MB: 413 at once', async () => {
  const r = await new Promise((resolvePromise, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/check', headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) }, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => { resolvePromise({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString(), json: JSON.parse(Buffer.concat(chunks).toString()) }); req.destroy(); });
    });
    req.on('error', () => {}); // the server closes the connection after its answer
    req.write('{"filing":');
  });
  expectError(r, 413, 'input_too_large');
  await expectGood();
});

test('invalid UTF-8: 400 invalid_encoding', async () => {
  const body = Buffer.concat([Buffer.from('{"filing":{"kind":"complaint","caseNumber":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]);
  expectError(await request({ body }), 400, 'invalid_encoding');
  await expectGood();
});

test('a lone surrogate encoded as UTF-8 (CESU): 400 invalid_encoding', async () => {
  const body = Buffer.concat([Buffer.from('{"filing":{"kind":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}}')]);
  expectError(await request({ body }), 400, 'invalid_encoding');
  await expectGood();
});

for (const [name, deep] of [['arrays', `{"filing":${'['.repeat(100000)}${']'.repeat(100000)}}`], ['objects', `{"filing":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}}`]]) {
  test(`100,000-deep JSON (${name}): 400 input_too_large, nesting deeper than 32 levels`, async () => {
    const r = await request({ body: deep });
    expectError(r, 400, 'input_too_large');
    assert.match(r.json.error.message, /nesting deeper than 32 levels/);
    assert.ok(r.json.error.message.length < 400, 'the message does not quote the input');
    await expectGood();
  });
}

test('malformed JSON: 400 invalid_json', async () => {
  expectError(await request({ body: '{"filing":' }), 400, 'invalid_json');
  await expectGood();
});

for (const body of ['[]', '"x"', '42', 'null', '[{"filing":{}}]']) {
  test(`JSON that is not an object (${body}): 400 invalid_argument`, async () => {
    expectError(await request({ body }), 400, 'invalid_argument');
    await expectGood();
  });
}

test('an object with a filing of the wrong type: 400 with the library code', async () => {
  const r = await request({ body: '{"filing":"x"}' });
  assert.equal(r.status, 400);
  assert.match(r.json.error.code, /^[a-z_]+$/);
  await expectGood();
});

for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
  test(`${method} /check: 405 method_not_allowed`, async () => {
    const r = await request({ method, body: method === 'GET' ? undefined : submission });
    expectError(r, 405, 'method_not_allowed');
    assert.equal(r.headers.allow, 'POST');
    await expectGood();
  });
}

for (const path of ['/', '/check/', '/checks', '/../check', '/check%00']) {
  test(`POST ${path}: 404 not_found`, async () => {
    expectError(await request({ path, body: submission }), 404, 'not_found');
    await expectGood();
  });
}

for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x']) {
  test(`Content-Type ${type}: 415 unsupported_media_type`, async () => {
    const headers = type === undefined ? {} : { 'content-type': type };
    expectError(await request({ headers, body: submission }), 415, 'unsupported_media_type');
    await expectGood();
  });
}

test('Content-Type application/json; charset=UTF-8 is accepted', async () => {
  const r = await request({ headers: { 'content-type': 'application/json; charset=UTF-8' }, body: submission });
  assert.equal(r.status, 200);
  assert.equal(r.text, goodReport);
});

/** A raw connection: writes `head` (and `body`), then stalls; resolves what the server sent and when it closed. */
function stall(head, body = '') {
  return new Promise((resolvePromise, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    const guard = setTimeout(() => { socket.destroy(); reject(new Error('the server held a stalled connection for 10 s')); }, 10000);
    socket.on('connect', () => socket.write(head + body));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(guard);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number((/^HTTP\/1\.1 (\d{3})/.exec(text) || [])[1]);
      const bodyText = text.split('\r\n\r\n').slice(1).join('\r\n\r\n');
      let json;
      try { json = JSON.parse(bodyText); } catch (e) { json = undefined; }
      resolvePromise({ status, text, json });
    });
  });
}

test('a slow body that stalls: 408 request_timeout and the connection closed', async () => {
  const head = 'POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
  const r = await stall(head, '{"filing":{"kind":"comp');
  assert.equal(r.status, 408, r.text.slice(0, 300));
  assert.equal(r.json.error.code, 'request_timeout');
  await expectGood();
});

test('headers that stall: 408 and the connection closed', async () => {
  const r = await stall('POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty');
  assert.equal(r.status, 408, r.text.slice(0, 300));
  await expectGood();
});

test('an idle keep-alive connection is closed', async () => {
  const r = await stall('');
  assert.ok(Number.isNaN(r.status) || r.status === 408, r.text.slice(0, 300));
  await expectGood();
});

test('oversized headers: 431', async () => {
  const r = await stall(`POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${'a'.repeat(40000)}\r\n\r\n`);
  assert.equal(r.status, 431, r.text.slice(0, 100));
  await expectGood();
});

test('garbage instead of HTTP: 400, and the server keeps serving', async () => {
  const r = await stall('\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n');
  assert.equal(r.status, 400, r.text.slice(0, 100));
  await expectGood();
});

test('50 hostile requests at once, then the server still serves', async () => {
  const bad = [];
  for (let i = 0; i < 50; i++) {
    const kind = i % 5;
    if (kind === 0) bad.push(request({ body: '{"filing":' }).then((r) => r.status));
    else if (kind === 1) bad.push(request({ method: 'GET' }).then((r) => r.status));
    else if (kind === 2) bad.push(request({ body: Buffer.from([0xff, 0xfe]) }).then((r) => r.status));
    else if (kind === 3) bad.push(request({ path: '/x', body: '{}' }).then((r) => r.status));
    else bad.push(request({ body: submission }).then((r) => r.status));
  }
  const statuses = await Promise.all(bad);
  assert.deepEqual([...new Set(statuses)].sort(), [200, 400, 404, 405]);
  await expectGood();
});

test('the limits can be set from the environment, and nonsense is refused', () => {
  assert.deepEqual(limitsFromEnv({ FILING_CHECK_MAX_BODY_BYTES: '1024', FILING_CHECK_BODY_TIMEOUT_MS: '500' }), { maxBodyBytes: 1024, bodyTimeoutMs: 500 });
  assert.throws(() => limitsFromEnv({ FILING_CHECK_BODY_TIMEOUT_MS: 'soon' }), /positive integer/);
});
