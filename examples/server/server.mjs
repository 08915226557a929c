// Server-side re-validation: the check a browser ran can be bypassed (a request can be sent
// without the page), so the server runs the same check again before it accepts a filing. It uses
// the same npm package as the page and reaches the same report, byte for byte.
//
//   npm install filing-check
//   node server.mjs                  # POST /check with {"filing": {...}, "lang": "zh-Hans"}
//
// The answer is the report as JSON (HTTP 200; `ok: false` means the filing must not be accepted),
// or {"error": {"code", "message"}} with a 4xx status for a request that cannot be checked:
//
//   400 invalid_json        the body is not JSON
//   400 invalid_encoding    the body is not UTF-8
//   400 invalid_argument    the body is JSON but not an object
//   400 <library code>      a filing the library refuses: invalid_argument, invalid_date,
//                           input_too_large (e.g. nesting deeper than 32 levels; 100,000-deep JSON
//                           parses and is refused here), ... see the README "Errors"
//   404 not_found           any path but /check
//   405 method_not_allowed  any method but POST (with an Allow: POST header)
//   408 request_timeout     the whole request (headers and body) took longer than the body timeout
//   413 input_too_large     a body over the limit (Content-Length or counted); the rest is read and
//                           dropped, up to 4 times the limit, then the connection is closed
//   415 unsupported_media_type  a Content-Type other than application/json (charset, if given, utf-8)
//
// Limits (createServer(options) or the environment of `node server.mjs`):
//
//   maxBodyBytes      4 MiB   FILING_CHECK_MAX_BODY_BYTES     the library's own input limit
//   bodyTimeoutMs     10 s    FILING_CHECK_BODY_TIMEOUT_MS    the whole request, then 408 as JSON
//   headersTimeoutMs  5 s     FILING_CHECK_HEADERS_TIMEOUT_MS Node's headersTimeout (bare 408, closed)
//   requestTimeoutMs  15 s    FILING_CHECK_REQUEST_TIMEOUT_MS Node's requestTimeout, a backstop
//   keepAliveTimeoutMs 5 s    FILING_CHECK_KEEPALIVE_TIMEOUT_MS idle keep-alive connections closed
//   idleTimeoutMs     15 s    FILING_CHECK_IDLE_TIMEOUT_MS    socket inactivity (server.timeout)
//
// Node checks its own request and headers timeouts every connectionsCheckingInterval, set here to
// a quarter of the shortest one (at most 1 s), so a stalled client is dropped on time (Node's
// defaults are 300 s and a 30 s check). Headers are limited by Node (16 KiB, 431).
// Behind a reverse proxy, set the proxy's limits no larger than these.
//
// "Today" is the server's own civil date in China, never the client's: a client could send any
// date to get a window reopened. FILING_CHECK_TODAY overrides it for replaying a past day (tests).
import http from 'node:http';
import { check, FilingCheckError } from 'filing-check';

export const DEFAULTS = Object.freeze({
  maxBodyBytes: 4 * 1024 * 1024, // the library's own input limit
  bodyTimeoutMs: 10000,
  headersTimeoutMs: 5000,
  requestTimeoutMs: 15000,
  keepAliveTimeoutMs: 5000,
  idleTimeoutMs: 15000,
});

const ENV = {
  maxBodyBytes: 'FILING_CHECK_MAX_BODY_BYTES',
  bodyTimeoutMs: 'FILING_CHECK_BODY_TIMEOUT_MS',
  headersTimeoutMs: 'FILING_CHECK_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'FILING_CHECK_REQUEST_TIMEOUT_MS',
  keepAliveTimeoutMs: 'FILING_CHECK_KEEPALIVE_TIMEOUT_MS',
  idleTimeoutMs: 'FILING_CHECK_IDLE_TIMEOUT_MS',
};

/** The limits from the environment, for `node server.mjs`. */
export function limitsFromEnv(env = process.env) {
  const out = {};
  for (const [key, name] of Object.entries(ENV)) {
    if (env[name] !== undefined) {
      const n = Number(env[name]);
      if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name}: expected a positive integer, got "${env[name]}"`);
      out[key] = n;
    }
  }
  return out;
}

export function todayInChina() {
  return process.env.FILING_CHECK_TODAY
    ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const errorJson = (code, message) => JSON.stringify({ error: { code, message } });

/** Re-checks one submission. Returns [status, JSON text]. */
export function revalidate(bodyText) {
  try {
    let body;
    try {
      body = JSON.parse(bodyText);
    } catch (e) {
      throw new FilingCheckError('invalid_json', `request: ${e.message}`);
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new FilingCheckError('invalid_argument', 'request: expected an object with "filing"');
    }
    // Only the fields a client may choose; `today` and rule overrides are the server's business.
    const report = check(body.filing, { today: todayInChina(), lang: body.lang, mode: 'final' });
    return [200, JSON.stringify(report)];
  } catch (e) {
    if (!(e instanceof FilingCheckError)) throw e;
    return [400, errorJson(e.code, e.message)];
  }
}

/** application/json, with no charset or charset=utf-8. Absent is refused too. */
function isJsonUtf8(contentType) {
  if (typeof contentType !== 'string') return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

export function createServer(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const server = http.createServer(
    {
      requestTimeout: o.requestTimeoutMs,
      headersTimeout: Math.min(o.headersTimeoutMs, o.requestTimeoutMs),
      keepAliveTimeout: o.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(o.headersTimeoutMs, o.requestTimeoutMs) / 4))),
    },
    (req, res) => {
      const send = (status, json, headers = {}) => {
        if (res.headersSent || res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...headers }).end(json);
      };
      // Refusals that do not read the body close the connection: its unread body would otherwise be
      // taken for the next request.
      const refuse = (status, code, message, headers = {}) => {
        send(status, errorJson(code, message), { connection: 'close', ...headers });
        req.resume();
      };
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/check') return refuse(404, 'not_found', `${path}: not found; POST /check`);
      if (req.method !== 'POST') return refuse(405, 'method_not_allowed', `${req.method}: use POST`, { allow: 'POST' });
      if (!isJsonUtf8(req.headers['content-type'])) {
        return refuse(415, 'unsupported_media_type', `content-type: expected application/json (UTF-8), got ${JSON.stringify(req.headers['content-type'] ?? null)}`);
      }
      const tooLarge = () => errorJson('input_too_large', `request: more than ${o.maxBodyBytes} bytes`);
      const declared = Number(req.headers['content-length']);
      const hardCap = 4 * o.maxBodyBytes;
      if (declared > hardCap) {
        send(413, tooLarge(), { connection: 'close' });
        res.on('finish', () => setTimeout(() => req.destroy(), 200).unref());
        return;
      }
      const timer = setTimeout(() => {
        send(408, errorJson('request_timeout', `request: not received within ${o.bodyTimeoutMs} ms`), { connection: 'close' });
        res.on('finish', () => req.destroy());
      }, o.bodyTimeoutMs);
      timer.unref();
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size <= o.maxBodyBytes) chunks.push(chunk);
        else if (chunks.length) chunks.length = 0; // over the limit: read on and drop
        if (size > hardCap) {
          clearTimeout(timer);
          send(413, tooLarge(), { connection: 'close' });
          req.destroy();
        }
      });
      req.on('error', () => clearTimeout(timer));
      req.on('end', () => {
        clearTimeout(timer);
        if (res.headersSent) return;
        if (size > o.maxBodyBytes) return send(413, tooLarge(), { connection: 'close' });
        let text;
        try {
          text = decoder.decode(Buffer.concat(chunks, size));
        } catch (e) {
          return send(400, errorJson('invalid_encoding', 'request: the body is not valid UTF-8'));
        }
        const [status, json] = revalidate(text);
        send(status, json);
      });
    },
  );
  server.timeout = o.idleTimeoutMs;
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createServer(limitsFromEnv());
  server.listen(Number(process.env.PORT ?? 8081), '127.0.0.1', () => {
    console.log(`filing-check re-validation on http://127.0.0.1:${server.address().port}/check`);
  });
}
