// Checks that pkg/ is a complete npm package: every file package.json `exports` points to exists,
// and both the CommonJS and the ES module entry points load in Node.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const pkg = resolve(process.argv[2] ?? 'pkg');
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const targets = [];
(function walk(node) {
  if (typeof node === 'string') targets.push(node);
  else if (node && typeof node === 'object') Object.values(node).forEach(walk);
})(manifest.exports['.']);
const missing = targets.filter((t) => !existsSync(join(pkg, t)));
if (missing.length) {
  console.error(`pkg/: exports point to missing files: ${missing.join(', ')}`);
  process.exit(1);
}
const cjs = createRequire(join(pkg, 'x.js'))('./node.cjs');
const esm = await import(join(pkg, 'node.mjs'));
if (typeof cjs.validateId !== 'function' || typeof esm.validateId !== 'function' || cjs.FilingCheckError !== esm.FilingCheckError) {
  console.error('pkg/: the Node entry points do not export the API');
  process.exit(1);
}
