// Serves one example on 127.0.0.1 with the strict Content-Security-Policy of scripts/serve.mjs:
//   node examples/serve.mjs plain-html          (then open the printed URL)
// The Vite examples are served from their dist/ (build them first: npm run build -w <example>);
// plain-html, classic-script, jquery-validation, layui, webpack4 and vue2-element-ui (index.html beside
// dist/) are served as they are. This repository's package (pkg/) is mounted at /filing-check/,
// where a server-rendered portal would put its copy of node_modules/filing-check.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from '../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.bin': 'application/octet-stream', '.svg': 'image/svg+xml',
};
// antd and Ant Design Vue write their styles into <style> elements at run time (CSS-in-JS), layui style attributes (its
// tips, its form widgets); their examples allow that.
// Scripts stay under the package's strict policy everywhere.
const STYLE_INLINE = new Set(['react-antd', 'vue-antdv', 'layui']);

export function exampleRoot(name) {
  const dir = join(here, name);
  return ['plain-html', 'classic-script', 'webpack4', 'vue2-element-ui', 'jquery-validation', 'layui'].includes(name) ? dir : join(dir, 'dist');
}

// classic-script is plain-html's form with another script tag: it takes the style sheet and the
// "submitted" page from plain-html rather than holding copies.
const SHARES = { 'classic-script': 'plain-html', 'jquery-validation': 'plain-html', layui: 'plain-html' };
// The pages with classic scripts only load their libraries from their own node_modules (installed
// by scripts/setup.sh), at /vendor/, where a server-rendered portal would put its copies.
// vue2-element-ui takes Element UI's theme (CSS and fonts) from there the same way.
const VENDOR = new Set(['jquery-validation', 'layui', 'vue2-element-ui']);

export function serveExample(name, port = 0) {
  const mounts = [['/filing-check/', resolve(here, '../pkg')]];
  if (VENDOR.has(name)) mounts.push(['/vendor/', join(here, name, 'node_modules')]);
  mounts.push(['/', exampleRoot(name)]);
  if (SHARES[name]) mounts.push(['/', exampleRoot(SHARES[name])]);
  const csp = STYLE_INLINE.has(name) ? CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") : CSP;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = null;
      // Of the mounts with the first prefix that matches, the first that holds the file.
      const prefix = mounts.find(([p]) => path.startsWith(p))[0];
      for (const [, dir] of mounts.filter(([p]) => p === prefix)) {
        let candidate = normalize(join(dir, path.slice(prefix.length)));
        if (!candidate.startsWith(dir + sep) && candidate !== dir) throw new Error('outside');
        const found = await stat(candidate).catch(() => null);
        if (!found) continue;
        if (found.isDirectory()) candidate = join(candidate, 'index.html');
        file = candidate;
        break;
      }
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2] ?? 'plain-html';
  const server = await serveExample(name, Number(process.env.PORT ?? 8081));
  console.log(`example ${name}: http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}
