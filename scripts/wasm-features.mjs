// Removes entries from a wasm module's `target_features` custom section, in place:
//
//   node scripts/wasm-features.mjs FILE.wasm reference-types multivalue
//
// Why: wasm-bindgen 0.2.130 switches its glue to an externref table whenever this section lists
// `reference-types`, and the precompiled std of Rust >= 1.82 always lists it (and `multivalue`),
// even when our own code is compiled with `-C target-cpu=mvp`. Such a module needs Chrome 96 /
// Safari 15 and breaks intermittently in Safari-16-era WebKit ("Out of bounds table access").
// Nothing in the code uses either proposal; only the section claims it, so the entries go before
// wasm-bindgen runs (../shared/TOOLCHAIN.md, "Old engines"). wasm-pack has no hook between its
// cargo build and its wasm-bindgen run, which is why scripts/build-wasm.sh runs the steps itself.
// The remaining post-MVP instructions (bulk memory, sign-ext, non-trapping float-to-int, all from
// std) are lowered afterwards by wasm-opt, and the result is validated as WebAssembly 1.0.
import { readFileSync, writeFileSync } from 'node:fs';

const [file, ...drop] = process.argv.slice(2);
if (!file || drop.length === 0) {
  console.error('usage: node scripts/wasm-features.mjs FILE.wasm FEATURE...');
  process.exit(2);
}

const bytes = readFileSync(file);
function uleb(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, pos];
  }
}
function encodeUleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file}: not a wasm module`);
const parts = [bytes.subarray(0, 8)];
const removed = [];
let pos = 8;
while (pos < bytes.length) {
  const start = pos;
  const id = bytes[pos++];
  const [size, bodyStart] = uleb(bytes, pos);
  const end = bodyStart + size;
  let kept = bytes.subarray(start, end);
  if (id === 0) {
    const [nameLen, nameStart] = uleb(bytes, bodyStart);
    const name = bytes.subarray(nameStart, nameStart + nameLen).toString('utf8');
    if (name === 'target_features') {
      let p = nameStart + nameLen;
      const [count, first] = uleb(bytes, p);
      p = first;
      const entries = [];
      for (let i = 0; i < count; i++) {
        const prefix = bytes[p++];
        const [len, s] = uleb(bytes, p);
        const feature = bytes.subarray(s, s + len).toString('utf8');
        p = s + len;
        if (drop.includes(feature)) removed.push(feature);
        else entries.push(Buffer.concat([Buffer.from([prefix]), encodeUleb(len), Buffer.from(feature, 'utf8')]));
      }
      const body = Buffer.concat([encodeUleb(nameLen), Buffer.from(name, 'utf8'), encodeUleb(entries.length), ...entries]);
      kept = Buffer.concat([Buffer.from([0]), encodeUleb(body.length), body]);
    }
  }
  parts.push(kept);
  pos = end;
}
writeFileSync(file, Buffer.concat(parts));
console.log(`${file}: target_features without ${removed.length ? removed.join(', ') : '(nothing to remove)'}`);
