// One cold measurement in a fresh Node process (run by bench/run.mjs several times per scenario,
// so that no module, compiled wasm or built dictionary survives from one run to the next).
//
//   node bench/cold.mjs ours|occ-full|occ-cn2t|instantiate|instantiate-sync
//
// Prints one JSON line of milliseconds.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SENTENCE = '行政机关负责人出庭应诉';
const now = () => performance.now();
const scenario = process.argv[2];
let result;

if (scenario === 'ours') {
  // The public package API, as a Node user gets it: require() instantiates the wasm synchronously,
  // loadDictionaries() reads opencc/opencc.bin, the first conversion builds the s2t matchers.
  const t0 = now();
  const fc = require(path.join(root, 'pkg/node.cjs'));
  const t1 = now();
  await fc.loadDictionaries();
  const t2 = now();
  const out = fc.convertSync(SENTENCE, 's2t');
  const t3 = now();
  result = { moduleMs: t1 - t0, dictionariesMs: t2 - t1, firstMs: t3 - t2, totalMs: t3 - t0, out };
} else if (scenario === 'occ-full' || scenario === 'occ-cn2t') {
  const file = scenario === 'occ-full' ? 'full.js' : 'cn2t.js';
  const t0 = now();
  const OpenCC = await import(pathToFileURL(path.join(root, 'node_modules/opencc-js/dist/esm', file)).href);
  const t1 = now();
  const converter = OpenCC.Converter({ from: 'cn', to: 't' });
  const t2 = now();
  const out = converter(SENTENCE);
  const t3 = now();
  result = { moduleMs: t1 - t0, dictionariesMs: t2 - t1, firstMs: t3 - t2, totalMs: t3 - t0, out };
} else if (scenario === 'instantiate') {
  // WebAssembly.compile of the shipped .wasm, then instantiation through wasm-bindgen's glue
  // (the browser build's glue, which also runs in Node when handed a compiled module).
  const glue = await import(pathToFileURL(path.join(root, 'pkg/web/filing_check_bg.js')).href);
  const bytes = fs.readFileSync(path.join(root, 'pkg/web/filing_check_bg.wasm'));
  const t0 = now();
  const module = await WebAssembly.compile(bytes);
  const t1 = now();
  glue.__wbg_set_wasm((await WebAssembly.instantiate(module, { './filing_check_bg.js': glue })).exports);
  const t2 = now();
  result = { compileMs: t1 - t0, instantiateMs: t2 - t1, totalMs: t2 - t0, bytes: bytes.length };
} else if (scenario === 'instantiate-sync') {
  // The same with the synchronous API (new WebAssembly.Module / Instance), which is what the Node
  // build's require() does.
  const glue = await import(pathToFileURL(path.join(root, 'pkg/web/filing_check_bg.js')).href);
  const bytes = fs.readFileSync(path.join(root, 'pkg/web/filing_check_bg.wasm'));
  const t0 = now();
  const module = new WebAssembly.Module(bytes);
  const t1 = now();
  glue.__wbg_set_wasm(new WebAssembly.Instance(module, { './filing_check_bg.js': glue }).exports);
  const t2 = now();
  result = { compileMs: t1 - t0, instantiateMs: t2 - t1, totalMs: t2 - t0, bytes: bytes.length };
} else {
  console.error('usage: node bench/cold.mjs ours|occ-full|occ-cn2t|instantiate|instantiate-sync');
  process.exit(2);
}
console.log(JSON.stringify(result));
