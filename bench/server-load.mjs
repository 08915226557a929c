// A bounded load test of the re-validation server (examples/server/server.mjs), on the loopback
// address only (issue 19, item 2). The server runs in its own process, as a portal would run it
// (filing-check installed beside it: a node_modules link to pkg/); this process is the client, a
// keep-alive node:http agent with C connections, each sending its next request as soon as the last
// answer arrived, for a few seconds per concurrency. The requests cycle over
// examples/server/submission.json and every `check` filing of the corpus; each answer must have the
// status and the bytes its input got in a first, unloaded pass, else it counts as an error (as do
// connection errors and timeouts).
//
//   node bench/server-load.mjs [--seconds 5] [--concurrency 1,10,50]
//
// Not part of the test command. Prints req/s, p50, p99 and max latency, and errors, per concurrency.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCases } from '../tests/js/corpus-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const SECONDS = Number(arg('seconds', 5));
const LEVELS = String(arg('concurrency', '1,10,50')).split(',').map(Number);
if (!(SECONDS > 0 && SECONDS <= 60)) throw new Error('--seconds: 1 to 60 (the run is bounded)');

// Bodies: the example submission, then the corpus's check filings.
const bodies = [readFileSync(join(root, 'examples/server/submission.json'))];
for (const c of loadCases(join(root, 'tests/cases'))) {
  if (c.op === 'check' && c.request && c.request.filing !== undefined) {
    bodies.push(Buffer.from(JSON.stringify({ filing: c.request.filing, lang: c.request.lang })));
  }
}

// The server, in its own process, on 127.0.0.1 and a free port.
const app = mkdtempSync(join(os.tmpdir(), 'fc-load-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(join(root, 'pkg'), join(app, 'node_modules/filing-check'), 'dir');
copyFileSync(join(root, 'examples/server/server.mjs'), join(app, 'server.mjs'));
const child = spawn(process.execPath, [join(app, 'server.mjs')], {
  env: { ...process.env, PORT: '0', FILING_CHECK_TODAY: '2024-11-22' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((res, rej) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /127\.0\.0\.1:(\d+)/.exec(out);
    if (m) res(Number(m[1]));
  });
  child.on('exit', (code) => rej(new Error(`server exited ${code}`)));
});
const stop = () => {
  child.kill();
  rmSync(app, { recursive: true, force: true });
};

function post(agent, body) {
  return new Promise((res) => {
    const t0 = process.hrtime.bigint();
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/check', agent, timeout: 10000, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () => res({ status: r.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
        r.on('error', (e) => res({ error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => res({ error: e.message }));
    req.end(body);
  });
}

try {
  // The unloaded pass: each input's status and bytes.
  const agent0 = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const expected = [];
  for (const b of bodies) {
    const r = await post(agent0, b);
    if (r.error) throw new Error(`first pass: ${r.error}`);
    expected.push(r);
  }
  agent0.destroy();
  const statuses = {};
  for (const e of expected) statuses[e.status] = (statuses[e.status] || 0) + 1;
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`server-load: ${bodies.length} bodies (answers ${JSON.stringify(statuses)}), ${SECONDS} s per level, node ${process.version}, ${os.cpus().length} CPUs, load average before ${load}`);
  console.log('connections    requests     req/s   p50 ms   p99 ms   max ms   errors');
  const results = [];
  for (const c of LEVELS) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: c });
    const lat = [];
    let errors = 0;
    const firstErrors = [];
    let next = 0;
    const end = Date.now() + SECONDS * 1000;
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: c }, async () => {
      while (Date.now() < end) {
        const i = next++ % bodies.length;
        const r = await post(agent, bodies[i]);
        if (r.error || r.status !== expected[i].status || r.text !== expected[i].text) {
          errors++;
          if (firstErrors.length < 3) firstErrors.push(r.error || `status ${r.status}`);
        } else lat.push(r.ms);
      }
    }));
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    agent.destroy();
    lat.sort((a, b) => a - b);
    const q = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : NaN);
    const row = { connections: c, requests: lat.length + errors, rps: (lat.length + errors) / secs, p50: q(0.5), p99: q(0.99), max: lat[lat.length - 1], errors };
    results.push(row);
    console.log(`${String(c).padStart(11)}  ${String(row.requests).padStart(10)}  ${row.rps.toFixed(0).padStart(8)}  ${row.p50.toFixed(1).padStart(7)}  ${row.p99.toFixed(1).padStart(7)}  ${row.max.toFixed(1).padStart(7)}  ${String(errors).padStart(7)}${firstErrors.length ? '  ' + firstErrors.join('; ') : ''}`);
  }
  console.log(`load average after ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  process.exitCode = results.some((r) => r.errors) ? 1 : 0;
} finally {
  stop();
}
