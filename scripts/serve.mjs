// A small static server for the demo page and the browser tests, on 127.0.0.1 only.
//
// It sends the strict Content-Security-Policy the README promises the package works under
// (script-src 'self' 'wasm-unsafe-eval': no inline script, no eval), so every page served here
// proves it. Routes: / → www/index.html; /pkg/, /www/, /tests/ → those folders; /examples/supervision/
// → the desk page's example lists (www/desk.html).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream', '.png': 'image/png', '.svg': 'image/svg+xml', '.ics': 'text/calendar; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const ALLOWED = ['pkg', 'www', 'tests', 'node_modules'];

export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/' || path === '/index.html') path = '/www/index.html';
      const file = normalize(join(root, path));
      const top = file.slice(root.length + 1).split(sep)[0];
      const example = file.startsWith(join(root, 'examples', 'supervision') + sep);
      if (!file.startsWith(root + sep) || !(ALLOWED.includes(top) || example)) throw Object.assign(new Error('forbidden'), { status: 404 });
      const info = await stat(file);
      const body = await readFile(info.isDirectory() ? join(file, 'index.html') : file);
      res.writeHead(200, {
        'content-type': TYPES[extname(info.isDirectory() ? 'index.html' : file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.status ?? 404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer(port);
  console.log(`filing-check demo: http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}
