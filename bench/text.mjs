// The benchmark's text, generated: about 0.83 MB of simplified Chinese laid out like a statute
// (编, 章, 条, 款), built only from what this repository ships, so the bench needs nothing beside
// the clone.
//
//   import { benchText } from './text.mjs';  benchText() -> { text, sha256, sentences, phrases, … }
//   node bench/text.mjs [OUT]                 writes the text to OUT (default target/bench/text.txt)
//
// Material, read in a fixed order:
//   - every zh-Hans sentence in the repository's own Chinese: the string values of tests/cases/**/*.json
//     (complaints, decisions, names, addresses, case numbers), the string literals of src/**/*.rs
//     (the message catalogue, the law catalogue of src/law, rule texts) and data/packs, data/calendar;
//   - the keys of STPhrases in data/opencc/opencc.bin (OpenCC 1.4.2's simplified phrases, the
//     ones whose traditional form differs from a character-by-character conversion), so that the
//     phrase matcher is exercised far more widely than by a few statutes.
// A sentence is kept only when it is simplified: no character that is a key of TSCharacters but
// not of STCharacters (a traditional-only character), and nothing outside CJK, CJK and full-width
// punctuation and printable ASCII (the catalogue's `{placeholders}` read 起诉状). A seeded PRNG (mulberry32) then lays the sentences out as
// articles of 1-3 paragraphs, with one clause in four built from dictionary phrases in legal
// connectives. Same repository content, same text, byte for byte; `sha256` identifies it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_BYTES = 830_000;
export const DEFAULT_SEED = 0x20261202;


/** The dictionaries of data/opencc/opencc.bin (format 2, data/opencc/README.md): name -> keys. */
function dictionaryKeys(names) {
  const b = fs.readFileSync(path.join(root, 'data/opencc/opencc.bin'));
  if (b.toString('latin1', 0, 8) !== 'FCOPENCC') throw new Error('data/opencc/opencc.bin: bad magic');
  const n = b.readUInt32LE(12);
  const c = b.readUInt32LE(16);
  let p = 20;
  const dir = [];
  for (let i = 0; i < n; i++) {
    const len = b[p];
    const name = b.toString('latin1', p + 1, p + 1 + len);
    p += 1 + len;
    dir.push({ name, offset: b.readUInt32LE(p), length: b.readUInt32LE(p + 4) });
    p += 13;
  }
  const base = p + c;
  const out = {};
  for (const { name, offset, length } of dir) {
    if (!names.includes(name)) continue;
    const lines = b.toString('utf8', base + offset, base + offset + length).split('\n');
    out[name] = lines.filter(Boolean).map((l) => l.slice(0, l.indexOf('\t')));
  }
  return out;
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function jsonStrings(v, out) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => jsonStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => jsonStrings(x, out));
  return out;
}

/** Every string of the project's own material, in a fixed order. */
function projectStrings() {
  const strings = [];
  for (const file of [...walk(path.join(root, 'tests/cases')), ...walk(path.join(root, 'data/packs')), ...walk(path.join(root, 'data/calendar'))]) {
    if (file.endsWith('.json')) strings.push(...jsonStrings(JSON.parse(fs.readFileSync(file, 'utf8')), []));
  }
  for (const file of walk(path.join(root, 'src'))) {
    if (!file.endsWith('.rs')) continue;
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) strings.push(m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1'));
  }
  return strings;
}

const CJK = /[\u4e00-\u9fff]/g;
const ALLOWED = /^[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u2103\u00d7 -z|~]+$/;

/**
 * The generated text and how it was made. `bytes`: UTF-8 size to reach (the text ends at the first
 * article boundary at or past it, then is cut to `bytes` at a character boundary).
 */
export function benchText({ bytes = DEFAULT_BYTES, seed = DEFAULT_SEED } = {}) {
  const dict = dictionaryKeys(['STPhrases', 'STCharacters', 'TSCharacters']);
  const simplified = new Set(dict.STCharacters);
  const tradOnly = new Set(dict.TSCharacters.filter((k) => !simplified.has(k)));
  const isSimplified = (s) => ALLOWED.test(s) && ![...s].some((ch) => tradOnly.has(ch));

  // Sentences: split at 。；！？ and line breaks, keep the full stop, at least 6 CJK characters and
  // at least half the characters CJK.
  const seen = new Set();
  const sentences = [];
  for (const s of projectStrings()) {
    // The catalogue's placeholders ({field}, {min}…) get a word, as a message shown to a user does.
    for (const raw of s.replace(/\{[A-Za-z_0-9]*\}/g, '起诉状').split(/(?<=[。；！？])|\n/)) {
      const t = raw.replace(/^[\s，、：]+|\s+$/g, '');
      const cjk = (t.match(CJK) ?? []).length;
      if (cjk < 6 || cjk * 2 < [...t].length || !isSimplified(t) || seen.has(t)) continue;
      seen.add(t);
      sentences.push(/[。；！？]$/.test(t) ? t : `${t.replace(/[，、：；]$/, '')}。`);
    }
  }
  const phrases = dict.STPhrases.filter((k) => [...k].length >= 2 && isSimplified(k));
  if (sentences.length < 100 || phrases.length < 1000) throw new Error(`bench text: too little material (${sentences.length} sentences, ${phrases.length} phrases)`);

  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const SUBJECTS = ['行政机关', '人民法院', '当事人', '原告', '被告', '第三人', '复议机关', '上级人民法院', '诉讼代理人', '有关单位'];
  const VERBS = ['应当依法审查', '可以申请复议', '不得拒绝', '应当书面告知', '有权要求', '依照本法规定处理', '应当予以公开', '可以一并审理'];
  const CHAPTERS = ['总则', '受案范围', '管辖', '诉讼参加人', '证据', '起诉和受理', '审理和判决', '执行', '涉外行政诉讼', '附则'];
  const TAILS = ['等事项', '有关的材料', '的情形', '的决定', '的证据'];
  const phraseClause = () => {
    const list = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(phrases));
    return `${pick(SUBJECTS)}对${list.join('、')}${pick(TAILS)}，${pick(VERBS)}。`;
  };
  const sentence = () => (rnd() < 0.25 ? phraseClause() : pick(sentences));

  const out = [];
  let size = 0;
  const push = (s) => { out.push(s); size += Buffer.byteLength(s) + 1; };
  push('中华人民共和国行政诉讼文书示例汇编（基准测试文本，由 bench/text.mjs 生成）');
  let article = 0;
  for (let chapter = 1; size < bytes; chapter++) {
    push('');
    push(`第${chineseNumber(chapter)}章　${CHAPTERS[(chapter - 1) % CHAPTERS.length]}`);
    const articles = 8 + Math.floor(rnd() * 16);
    for (let a = 0; a < articles && size < bytes; a++) {
      article++;
      const paragraphs = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < paragraphs; k++) {
        const body = Array.from({ length: 1 + Math.floor(rnd() * 3) }, sentence).join('');
        push(k === 0 ? `第${chineseNumber(article)}条　${body}` : `　　${body}`);
      }
    }
  }
  const buf = Buffer.from(out.join('\n') + '\n');
  const text = buf.subarray(0, bytes).toString('utf8').replace(/\uFFFD+$/, '');
  return {
    text, bytes: Buffer.byteLength(text), seed, sentences: sentences.length, phrases: phrases.length,
    sha256: crypto.createHash('sha256').update(text).digest('hex'),
  };
}

/** 1 -> 一, 12 -> 十二, 105 -> 一百零五, 1234 -> 一千二百三十四 (as statutes number their articles). */
export function chineseNumber(n) {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let s = '';
  let zero = false;
  digits.forEach((x, i) => {
    const unit = units[digits.length - 1 - i];
    if (x === 0) { zero = true; return; }
    if (zero && s) s += '零';
    zero = false;
    s += d[x] + unit;
  });
  return s;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.join(root, 'target/bench/text.txt');
  const r = benchText();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, r.text);
  console.log(`${file}: ${r.bytes} bytes, sha256 ${r.sha256}, from ${r.sentences} sentences and ${r.phrases} phrases (seed ${r.seed})`);
}
