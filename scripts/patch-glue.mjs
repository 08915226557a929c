// Makes wasm-bindgen's glue (bundler shape, 0.2.130) work over both engines, in place:
//
//   node scripts/patch-glue.mjs FILE_bg.js
//
// The glue caches typed-array views of the module's memory and renews them only when the cached
// view's buffer is detached (byteLength 0), which is what WebAssembly does when memory grows.
// wasm2js's memory grows by replacing its ArrayBuffer without detaching the old one, so the glue
// would keep reading and writing the stale copy. A view is renewed here whenever its buffer is not
// the memory's current buffer, which is right for both engines. The script fails if the glue does
// not have the shape it knows, rather than leaving it half patched.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let js = readFileSync(file, 'utf8');
let patched = 0;
// `if (cachedX === null || <anything up to the block>) {` inside a `function getX()`.
js = js.replace(/if \((cached\w+Memory0) === null \|\| [^{]*\) \{/g, (_, name) => {
  patched++;
  return `if (${name} === null || ${name}.buffer !== wasm.memory.buffer) {`;
});
const caches = new Set(js.match(/let cached\w+Memory0 = null;/g) || []);
if (patched === 0 || patched < caches.size) {
  throw new Error(`${file}: patched ${patched} memory view checks of ${caches.size} caches; wasm-bindgen's glue changed shape`);
}
if (!/export function __wbg_set_wasm\(/.test(js)) throw new Error(`${file}: no __wbg_set_wasm (not the bundler target?)`);
writeFileSync(file, js);
console.log(`${file}: ${patched} memory view checks renew on a new buffer`);
