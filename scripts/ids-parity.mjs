// The identifiers-only module against the main module: every corpus case whose op is "id", and a
// few malformed requests, through both modules' callJson; the bytes must be the same.
//   bash scripts/size.sh "wasm wasm-ids" && node scripts/ids-parity.mjs
import fs from 'fs';
import path from 'path';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'size');
async function load(name, wasm) {
  fs.copyFileSync(path.join(dir, name, 'm.js'), path.join(dir, `${name}.mjs`));
  const m = await import(path.join(dir, `${name}.mjs`));
  m.initSync({ module: fs.readFileSync(path.join(dir, wasm)) });
  return m;
}
const main = await load('wasm', 'wasm.wasm');
const ids = await load('wasm-ids', 'wasm-ids.wasm');
const requests = [];
(function walk(d) {
  for (const f of fs.readdirSync(d)) {
    const p = path.join(d, f);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.json')) for (const c of JSON.parse(fs.readFileSync(p, 'utf8')).cases ?? []) if (c.op === 'id') requests.push(JSON.stringify(c.request));
  }
})(path.join(root, 'tests/cases'));
const n = requests.length;
requests.push('[]', '{}', 'nope', '{"kind":"resident"}', '{"kind":"x","value":"1","today":"2026-01-01"}',
  '{"kind":"resident","value":1,"today":"2026-01-01"}', '{"kind":"resident","value":"1","today":"2026-13-01","lang":"fr"}',
  '{"kind":"credit-code","value":"911522010783762860","today":"2026-01-01","lang":"zh-Hant"}');
const run = (m, req) => { try { return 'ok ' + m.callJson('id', req); } catch (e) { return 'err ' + JSON.stringify(e); } };
let diff = 0;
for (const req of requests) {
  const a = run(main, req), b = run(ids, req);
  if (a !== b) { diff++; console.log('DIFF', req, '\n  main', a, '\n  ids ', b); }
}
console.log(`ids parity: ${n} corpus id cases + ${requests.length - n} malformed requests, ${diff} differ`);
process.exit(diff ? 1 : 0);
