// Conversion benchmark: this crate's wasm build against npm opencc-js@1.4.2, in the same Node process.
//
//   wasm-pack build --release --target nodejs --out-dir /tmp/fc-opencc-pkg -- --features wasm
//   npm i --prefix /tmp/occjs opencc-js@1.4.2
//   FILING_CHECK_PKG=/tmp/fc-opencc-pkg OPENCC_JS=/tmp/occjs/node_modules/opencc-js node bench/convert.mjs
//
// Prints set-up time (load + first conversion), s2t throughput in MB/s of UTF-8 input, and the
// per-call time for a 20-character field, for both, and the ratios. Text: the statutes in
// $FILING_CHECK_SHARED/reference/laws (default ../shared), concatenated.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = process.env.FILING_CHECK_PKG ?? path.join(root, 'pkg');
const occDir = process.env.OPENCC_JS ?? '/tmp/occjs/node_modules/opencc-js';
const shared = process.env.FILING_CHECK_SHARED ?? path.join(root, '../shared');
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

const lawsDir = path.join(shared, 'reference/laws');
const text = fs.readdirSync(lawsDir).sort().map((f) => fs.readFileSync(path.join(lawsDir, f), 'utf8')).join('\n');
const bytes = Buffer.byteLength(text);
const field = '广州市天河区人民政府行政复议决定书第十二号'.slice(0, 20);

function throughput(fn, minMs = 1500) {
  fn(); // warm
  let runs = 0;
  const start = now();
  while (now() - start < minMs) { fn(); runs++; }
  const ms = (now() - start) / runs;
  return { ms, mbps: bytes / 1e6 / (ms / 1000) };
}

function perCall(fn, calls = 200000) {
  for (let i = 0; i < 1000; i++) fn();
  const start = now();
  for (let i = 0; i < calls; i++) fn();
  return ((now() - start) * 1000) / calls; // µs
}

// --- ours ---
const entry = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).main ?? 'filing_check.js';
const blob = fs.readFileSync(process.env.FILING_CHECK_OPENCC_BLOB ?? path.join(root, 'data/opencc/opencc.bin'));
let t0 = now();
const ours = require(path.resolve(pkgDir, entry));
const tModule = now();
ours.loadOpenccData(blob);
const tLoad = now();
ours.call('convert', { text: '汉字', config: 's2t' });
const oursSetup = now() - t0;
const setupParts = `module ${(tModule - t0).toFixed(1)} ms + loadOpenccData ${(tLoad - tModule).toFixed(1)} ms + first s2t conversion ${(now() - tLoad).toFixed(1)} ms`;
const oursConvert = (s) => ours.call('convert', { text: s, config: 's2t' }).text;

// --- opencc-js ---
t0 = now();
const OpenCC = await import(pathToFileURL(path.join(occDir, 'dist/esm/full.js')).href);
const occ = OpenCC.Converter({ from: 'cn', to: 't' });
occ('汉字');
const occSetup = now() - t0;

const same = oursConvert(text) === occ(text);
const a = throughput(() => oursConvert(text));
const b = throughput(() => occ(text));
const fa = perCall(() => oursConvert(field));
const fast = throughput(() => ours.convertText(text, 's2t'));
const fc = perCall(() => ours.convertText(field, 's2t'));
const fb = perCall(() => occ(field));

const r = (x) => x.toFixed(2);
console.log(`text: ${(bytes / 1e6).toFixed(2)} MB of statutes; outputs identical: ${same}`);
console.log(`set-up (load + first conversion): ours ${r(oursSetup)} ms (${setupParts}), opencc-js ${r(occSetup)} ms`);
console.log(`s2t throughput: ours ${r(a.mbps)} MB/s, opencc-js ${r(b.mbps)} MB/s, ratio ${r(a.mbps / b.mbps)}x`);
console.log(`s2t throughput via convertText: ours ${r(fast.mbps)} MB/s, ratio ${r(fast.mbps / b.mbps)}x`);
console.log(`20-char field per call: ours call("convert") ${r(fa)} µs, ours convertText ${r(fc)} µs, opencc-js ${r(fb)} µs`);
