// Rewrites the data segments of a wasm2js engine (scripts/build-wasm.sh's OUT_NAME_js.js) from
// base64 to text, for a smaller file under brotli:
//
//   node scripts/wasm2js-data.mjs IN.js OUT.js
//
// wasm2js writes each data segment as base64, which hides from brotli what the bytes are: most
// of them are the messages, labels and citations, UTF-8 Chinese text, whose repeats brotli finds
// only in the bytes themselves (the main module's 380 KB of data: 98.5 KB brotli as bytes, 136.8
// KB as base64). Here each segment becomes a string whose characters give its bytes back:
//
//   U+0000-U+007F          the byte itself (ASCII)
//   U+E000-U+E0FF          one byte, 0x00-0xFF: the bytes that are not part of a character below
//   any other character    its UTF-8 bytes (a valid multi-byte UTF-8 character of the data)
//
// so UTF-8 text stays text. The decoder (`textToExistingUint8Array`, put where wasm2js's base64
// decoder was) is plain ES5 with no TextEncoder, for every engine the JS twin is for. The file is
// UTF-8 (a module script always is), and the encoding is checked here by decoding every segment
// back and comparing it with the base64 bytes. The output must be printed with
// `esbuild --charset=utf8`, or the characters come back as \u escapes.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: node scripts/wasm2js-data.mjs IN.js OUT.js');
const js = readFileSync(input, 'utf8');

const RAW = 0xe000; // U+E000 + byte: a byte that is not part of a character of the text
const DECODER = `function textToExistingUint8Array(uint8Array, offset, text) {
    for (var i = 0, j = offset, n = text.length, c; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 0x80) uint8Array[j++] = c;
      else if (c >= ${RAW} && c <= ${RAW + 0xff}) uint8Array[j++] = c - ${RAW};
      else if (c < 0x800) { uint8Array[j++] = 0xc0 | c >> 6; uint8Array[j++] = 0x80 | c & 63; }
      else if (c >= 0xd800 && c < 0xdc00) {
        c = 0x10000 + (c - 0xd800 << 10) + (text.charCodeAt(++i) - 0xdc00);
        uint8Array[j++] = 0xf0 | c >> 18; uint8Array[j++] = 0x80 | c >> 12 & 63;
        uint8Array[j++] = 0x80 | c >> 6 & 63; uint8Array[j++] = 0x80 | c & 63;
      } else { uint8Array[j++] = 0xe0 | c >> 12; uint8Array[j++] = 0x80 | c >> 6 & 63; uint8Array[j++] = 0x80 | c & 63; }
    }
    return j;
  }`;

/** The code point of the valid UTF-8 character of 2-4 bytes at `bytes[i]`, and its length; or null. */
function utf8At(bytes, i) {
  const b0 = bytes[i];
  const cont = (k) => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf && cont(1)) return [((b0 & 31) << 6) | (bytes[i + 1] & 63), 2];
  if (b0 >= 0xe0 && b0 <= 0xef && cont(1) && cont(2)) {
    const c = ((b0 & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63);
    if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) return [c, 3];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4 && cont(1) && cont(2) && cont(3)) {
    const c = ((b0 & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63);
    if (c >= 0x10000 && c <= 0x10ffff) return [c, 4];
  }
  return null;
}

function encode(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      text += String.fromCharCode(b);
      i += 1;
      continue;
    }
    const char = utf8At(bytes, i);
    // A character of the raw-byte range itself must not be taken for one raw byte: its bytes go raw.
    if (char && !(char[0] >= RAW && char[0] <= RAW + 0xff)) {
      text += String.fromCodePoint(char[0]);
      i += char[1];
    } else {
      text += String.fromCharCode(RAW + b);
      i += 1;
    }
  }
  return text;
}

// The decoder the file gets, run here on the text it will be given.
const decoder = new Function(`${DECODER}; return textToExistingUint8Array;`)();
function decode(text) {
  const out = new Uint8Array(text.length * 4);
  return out.subarray(0, decoder(out, 0, text));
}

const CALL = /base64DecodeToExistingUint8Array\(bufferView, (\d+), "([A-Za-z0-9+/=]*)"\);/g;
let segments = 0, base64Bytes = 0, textBytes = 0;
let rewritten = js.replace(CALL, (_, offset, b64) => {
  const bytes = Buffer.from(b64, 'base64');
  const text = encode(bytes);
  const back = decode(text);
  if (Buffer.compare(Buffer.from(back), bytes) !== 0) throw new Error(`${input}: segment at ${offset} does not decode back`);
  segments += 1;
  base64Bytes += b64.length;
  const literal = JSON.stringify(text);
  textBytes += Buffer.byteLength(literal);
  return `textToExistingUint8Array(bufferView, ${offset}, ${literal});`;
});
if (segments === 0 || rewritten.includes('base64DecodeToExistingUint8Array(bufferView')) {
  throw new Error(`${input}: not the wasm2js output this script knows (binaryen 132): ${segments} segments rewritten`);
}
// The base64 decoder and its table are no longer called: the decoder above takes their place.
const from = rewritten.indexOf('  var base64ReverseLookup');
const to = rewritten.indexOf('function initActiveSegments');
if (from < 0 || to < from) throw new Error(`${input}: wasm2js's base64 decoder not found`);
rewritten = `${rewritten.slice(0, from)}  ${DECODER}\n${rewritten.slice(to)}`;
writeFileSync(output, rewritten);
console.log(`${output}: ${segments} data segments as text (${base64Bytes} bytes of base64 -> ${textBytes} of UTF-8 literals)`);
