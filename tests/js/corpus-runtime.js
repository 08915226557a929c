// The part of the corpus runner that runs in any JS engine (Node or a browser page). ES2018, so
// that the browser matrix (tests/browser/matrix.mjs) can run it in Chromium 72 and WPE 2.38.

/** Runs one case through a `call(op, request)` function; returns the outcome. */
export function runCase(call, c) {
  try {
    return { result: call(c.op, c.request) };
  } catch (e) {
    return { error: { code: e.code !== undefined && e.code !== null ? e.code : 'thrown', message: e.message } };
  }
}

/** The parity record of one case: the core's own JSON bytes, via callJson. */
export function parityRecord(callJson, c) {
  try {
    return `{"result":${callJson(c.op, JSON.stringify(c.request))}}`;
  } catch (e) {
    return JSON.stringify({ error: { code: e.code, message: e.message } });
  }
}
