// The main wasm module built at two opt-levels, side by side in one Node process: the same answers,
// then the time of one call of each kind, alternating the builds, and each build's size. Run by
// scripts/opt-level.sh, which builds both; prints Markdown. Nothing here asserts a time.
//
//   node bench/opt-level.mjs DIR_A DIR_B      (each holds filing_check_bg.wasm and filing_check_bg.js)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) {
  console.error('usage: node bench/opt-level.mjs DIR_A DIR_B');
  process.exit(2);
}

async function load(dir) {
  // Each build's glue is its own module instance (the file URLs differ), with its own memory.
  const glue = await import(pathToFileURL(path.resolve(dir, 'filing_check_bg.js')).href);
  const bytes = fs.readFileSync(path.join(dir, 'filing_check_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './filing_check_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  if (typeof instance.exports.__wbindgen_start === 'function') instance.exports.__wbindgen_start();
  const brotli = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  return { name: path.basename(dir), glue, raw: bytes.length, brotli };
}
const builds = [await load(dirs[0]), await load(dirs[1])];

const corpus = (file) => JSON.parse(fs.readFileSync(path.join(root, 'tests/cases', file), 'utf8')).cases;
const named = (file, name) => corpus(file).find((c) => c.name === name);
const calls = [
  ['check: defence-complete-bundle', 'check', named('filing/defence.json', 'defence-complete-bundle').request],
  ['check: appearance-showcase-…', 'check', named('appearance/showcase.json', 'appearance-showcase-deputy-head-with-legal-office-staff-and-lawyer').request],
  ['document: ' + corpus('document/text.json')[0].name, 'document', corpus('document/text.json')[0].request],
  ['deadline: ' + JSON.stringify(corpus('deadline/deadline.json')[0].request), 'deadline', corpus('deadline/deadline.json')[0].request],
].map(([label, op, request]) => [label, op, JSON.stringify(request)]);

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
function microseconds(fn, n) {
  const t = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t) * 1000;
}
const ROUNDS = 5;
console.log(`| call (µs, median of 2000 single calls; ${ROUNDS} alternating rounds) | ${builds[0].name} | ${builds[1].name} | ${builds[1].name} / ${builds[0].name} |`);
console.log('|---|---|---|---:|');
for (const [label, op, json] of calls) {
  const answers = builds.map((b) => b.glue.callJson(op, json));
  if (answers[0] !== answers[1]) throw new Error(`${label}: the two builds answer differently`);
  const times = builds.map(() => []);
  for (let round = 0; round < ROUNDS; round++) builds.forEach((b, i) => times[i].push(microseconds(() => b.glue.callJson(op, json), 2000)));
  const shown = times.map((t) => t.map((x) => x.toFixed(1)).join(', '));
  console.log(`| ${label} | ${shown[0]} | ${shown[1]} | ${(median(times[1]) / median(times[0])).toFixed(2)}× |`);
}
const due = builds.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  builds.forEach((b, i) => due[i].push(microseconds(() => { for (let k = 0; k < 100; k++) b.glue.dueDatePacked('2024-01-31', '6m'); }, 500) / 100));
}
console.log(`| dueDate("2024-01-31", "6m") (µs, median of 500 batches of 100) | ${due[0].map((x) => x.toFixed(2)).join(', ')} | ${due[1].map((x) => x.toFixed(2)).join(', ')} | ${(median(due[1]) / median(due[0])).toFixed(2)}× |`);
console.log(`\n| build | .wasm raw | brotli -q 11 |\n|---|---:|---:|`);
for (const b of builds) console.log(`| ${b.name} | ${b.raw.toLocaleString('en')} | ${b.brotli.toLocaleString('en')} |`);
console.log('\nSame answers for every call above (compared byte for byte).');
