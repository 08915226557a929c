// The hand-written JS face of filing-check, shared by the browser build (index.js) and the Node
// build (node.cjs, which loads a CommonJS copy of this file made by scripts/build.sh).
//
// It only guards the boundary and names things: every verdict comes from the Rust core through
// the wasm binding's `call(op, request)`. Errors are one class, FilingCheckError, with the same
// stable `code` as the Rust `Error::code()` and the CLI's stderr JSON.

/** The one error class of this package. `code` is stable public API. */
export class FilingCheckError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'FilingCheckError';
    this.code = code;
  }
}

const MAX_DEPTH = 32;

// Refuses what the core could only receive in a changed form: a JS Date (its civil date depends on
// the time zone), strings with lone surrogates (they would arrive as U+FFFD), functions, symbols,
// bigints, cycles and excessive nesting.
function guard(value, path, depth, seen) {
  if (depth > MAX_DEPTH) {
    throw new FilingCheckError('input_too_large', `${path || 'input'}: nesting deeper than ${MAX_DEPTH} levels`);
  }
  switch (typeof value) {
    case 'string':
      if (typeof value.isWellFormed === 'function' ? !value.isWellFormed() : /[\uD800-\uDFFF]/.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
        throw new FilingCheckError('invalid_argument', `${path || 'input'}: contains a lone surrogate (broken UTF-16); fix the text before checking`);
      }
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new FilingCheckError('invalid_argument', `${path || 'input'}: ${value} is not a finite number`);
      return;
    case 'boolean':
    case 'undefined':
      return;
    case 'object':
      if (value === null) return;
      if (value instanceof Date) {
        throw new FilingCheckError('invalid_date', `${path || 'input'}: pass civil dates as "YYYY-MM-DD" strings, not Date objects (a Date's day depends on the time zone)`);
      }
      if (seen.has(value)) throw new FilingCheckError('invalid_argument', `${path || 'input'}: circular reference`);
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((v, i) => guard(v, `${path}[${i}]`, depth + 1, seen));
      } else {
        for (const k of Object.keys(value)) guard(value[k], path ? `${path}.${k}` : k, depth + 1, seen);
      }
      seen.delete(value);
      return;
    default:
      throw new FilingCheckError('invalid_argument', `${path || 'input'}: a ${typeof value} cannot be checked`);
  }
}

function toFilingCheckError(e) {
  if (e instanceof FilingCheckError) return e;
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') {
    return new FilingCheckError(e.code, e.message);
  }
  return new FilingCheckError('internal', `filing-check failed unexpectedly: ${e && e.message ? e.message : String(e)}`);
}

function dropUndefined(object) {
  const out = {};
  for (const [k, v] of Object.entries(object)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Builds the public API over a wasm binding.
 * @param {() => any} getBinding returns the initialised binding or throws `not_initialized`
 * @param {() => Promise<Uint8Array>} fetchDictionaries loads the OpenCC dictionary blob
 */
export function createApi(getBinding, fetchDictionaries) {
  function call(op, request) {
    if (typeof op !== 'string') throw new FilingCheckError('invalid_argument', 'op: expected a string');
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      throw new FilingCheckError('invalid_argument', `${op}: the request must be an object`);
    }
    guard(request, '', 0, new Set());
    const binding = getBinding();
    try {
      return binding.call(op, request);
    } catch (e) {
      throw toFilingCheckError(e);
    }
  }

  function callJson(op, requestJson) {
    if (typeof requestJson !== 'string') throw new FilingCheckError('invalid_argument', 'request: expected JSON text');
    guard(requestJson, 'request', 0, new Set());
    try {
      return getBinding().callJson(op, requestJson);
    } catch (e) {
      throw toFilingCheckError(e);
    }
  }

  let dictionaries = null;
  function loadDictionaries() {
    if (!dictionaries) {
      dictionaries = Promise.resolve()
        .then(() => fetchDictionaries())
        .then((bytes) => {
          try {
            getBinding().loadOpenccData(bytes);
          } catch (e) {
            throw toFilingCheckError(e);
          }
        })
        .catch((e) => {
          dictionaries = null; // let a later call retry (e.g. after a network error)
          throw toFilingCheckError(e);
        });
    }
    return dictionaries;
  }

  const options = (o) => (o === undefined || o === null ? {} : o);

  return {
    call,
    callJson,
    validateId(kind, value, opts) {
      const { today, lang } = options(opts);
      return call('id', dropUndefined({ kind, value, today, lang }));
    },
    check(filing, opts) {
      const { today, lang, mode, rules, packs } = options(opts);
      const config = dropUndefined({ mode, rules, packs });
      return call('check', dropUndefined({ today, lang, filing, config: Object.keys(config).length ? config : undefined }));
    },
    /** The due day only (no steps), on the bundled calendar: `{ due, extended, provisional }`. */
    dueDate(from, period) {
      if (typeof from !== 'string' || typeof period !== 'string') {
        if (from instanceof Date) throw new FilingCheckError('invalid_date', 'from: pass a "YYYY-MM-DD" string, not a Date');
        throw new FilingCheckError('invalid_argument', 'dueDate(from, period): both are strings, e.g. ("2025-09-16", "15d")');
      }
      guard(from, 'from', 0, new Set());
      guard(period, 'period', 0, new Set());
      try {
        return getBinding().dueDate(from, period);
      } catch (e) {
        throw toFilingCheckError(e);
      }
    },
    deadline(request) {
      return call('deadline', options(request));
    },
    windows(request) {
      return call('windows', options(request));
    },
    timeline(request) {
      return call('timeline', options(request));
    },
    rules(opts) {
      return call('rules', dropUndefined({ lang: options(opts).lang }));
    },
    clean(text) {
      return call('clean', { text });
    },
    loadDictionaries,
    async convert(text, config, opts) {
      await loadDictionaries();
      return call('convert', dropUndefined({ text, config, clean: options(opts).clean })).text;
    },
    convertSync(text, config, opts) {
      return call('convert', dropUndefined({ text, config, clean: options(opts).clean })).text;
    },
    version() {
      return getBinding().version();
    },
  };
}
