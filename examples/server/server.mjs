// Server-side re-validation: the check a browser ran can be bypassed (a request can be sent
// without the page), so the server runs the same check again before it accepts a filing. It uses
// the same npm package as the page and reaches the same report, byte for byte.
//
//   npm install filing-check
//   node server.mjs                  # POST /check with {"filing": {...}, "lang": "zh-Hans"}
//
// The answer is the report as JSON (HTTP 200; `ok: false` means the filing must not be accepted),
// or {"error": {"code", "message"}} (HTTP 400) for a malformed request.
//
// "Today" is the server's own civil date in China, never the client's: a client could send any
// date to get a window reopened. FILING_CHECK_TODAY overrides it for replaying a past day (tests).
import http from 'node:http';
import { check, FilingCheckError } from 'filing-check';

const MAX_BODY_BYTES = 4 * 1024 * 1024; // the library's own input limit

export function todayInChina() {
  return process.env.FILING_CHECK_TODAY
    ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

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
    return [400, JSON.stringify({ error: { code: e.code, message: e.message } })];
  }
}

export function createServer() {
  return http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/check') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'input_too_large', message: `request: more than ${MAX_BODY_BYTES} bytes` } }));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      if (res.headersSent) return;
      const [status, json] = revalidate(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(json);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createServer();
  server.listen(Number(process.env.PORT ?? 8081), '127.0.0.1', () => {
    console.log(`filing-check re-validation on http://127.0.0.1:${server.address().port}/check`);
  });
}
