// The hand-written JS face of filing-check, shared by the browser build (index.js) and the Node
// build (node.cjs, which loads a CommonJS copy of this file made by scripts/build.sh).
//
// It only guards the boundary and names things: every verdict comes from the Rust core through
// the wasm binding's `callJson(op, text)`: `call(op, request)` sends `JSON.stringify(request)`
// once guard() has refused whatever JSON would not carry exactly. Errors are one class,
// FilingCheckError, with the same stable `code` as the Rust `Error::code()` and the CLI's stderr JSON.

/** The one error class of this package. `code` is stable public API. */
export class FilingCheckError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'FilingCheckError';
    this.code = code;
  }
}

const MAX_DEPTH = 32;
// The largest request any operation accepts (src/api/mod.rs MAX_INPUT_BYTES), measured as its JSON
// text. Checked here, before anything is copied into wasm memory: a request far beyond it (a huge
// sparse array, a graph of shared objects with billions of paths) would otherwise take minutes to
// walk or exhaust the module's memory.
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

const isWellFormed = (s) => (typeof s.isWellFormed === 'function' ? s.isWellFormed() : !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));

/** UTF-8 length of a well-formed string. */
function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; // a surrogate pair: 2 + 2
  }
  return n;
}

/**
 * Bytes of a well-formed string as JSON.stringify writes it, without the quotes: its UTF-8 and the
 * escapes (`\"`, `\\`, `\n` and the like, `\u00XX` for the other control characters). The core
 * counts the limit on that text, so guard() must too.
 */
function jsonLength(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; // a surrogate pair: 2 + 2
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 1 : 5;
    else if (c === 0x22 || c === 0x5c) n += 1;
  }
  return n;
}

// A string this short is far below every size limit, so only its UTF-16 needs checking.
const SHORT_STRING = 4096;
const isShortAndWellFormed = (s) => s.length <= SHORT_STRING && isWellFormed(s);

/** The inverse of the binding's dueDatePacked (src/wasm/mod.rs), formatted as the core formats dates. */
function unpackDue(packed) {
  const day = Math.floor(packed / 4) % 32;
  const month = Math.floor(packed / 128) % 13;
  const year = Math.floor(packed / (128 * 13));
  const two = (n) => (n < 10 ? `0${n}` : `${n}`);
  return { due: `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`, extended: (packed & 2) !== 0, provisional: (packed & 1) !== 0 };
}

/** A path for a message: never the whole of a huge key. */
const where = (path) => (!path ? 'input' : path.length > 120 ? `${path.slice(0, 100)}…` : path);

/** True for a Date of any realm (an iframe's Date is not `instanceof Date` here). */
function isDate(value) {
  if (value instanceof Date) return true;
  if (Object.prototype.toString.call(value) !== '[object Date]') return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch (notADate) {
    return false;
  }
}

// The boxed primitives (`new Number(1)`, `Object(1n)` …), by the tag Object.prototype.toString
// gives them. (BigInt is ES2020: looked up, not named.)
const BOXED = { Number, String, Boolean, Symbol, BigInt: typeof BigInt === 'function' ? BigInt : undefined };

/** True when `value`, whose toString tag is `tag`, is a boxed primitive of any realm. */
function isBoxed(value, tag) {
  const type = Object.prototype.hasOwnProperty.call(BOXED, tag) ? BOXED[tag] : undefined;
  if (!type) return false;
  try {
    type.prototype.valueOf.call(value); // throws unless value has the primitive inside
    return true;
  } catch (notBoxed) {
    return false;
  }
}

/** Why JSON.stringify would not write this (non-array) object as the data it holds, or null. */
function notPlainData(value) {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const a = () => (/^[AEIOU]/.test(tag) ? 'an' : 'a'); // only for the message: not on the hot path
  // Binary data and other iterables: JSON.stringify writes a Map or a Set as `{}` and a typed
  // array as an object of indices. (serde-wasm-bindgen refused them as "not a JSON-like value",
  // all but Map, whose entries it took without guard() having looked inside them.)
  if (ArrayBuffer.isView(value) || tag === 'ArrayBuffer' || tag === 'SharedArrayBuffer') return `${a()} ${tag} (binary data)`;
  // JSON.stringify writes new Number(1) as 1 and throws on Object(1n); serde-wasm-bindgen wrote `{}`.
  if (isBoxed(value, tag)) return `${a()} ${tag} object; pass the primitive value`;
  if (typeof value[Symbol.iterator] === 'function') return `${a()} ${tag}; pass a plain object or an array`;
  return null;
}

// Refuses what the core could only receive in a changed form: a JS Date (its civil date depends on
// the time zone), strings or keys with lone surrogates (they would arrive as U+FFFD), functions,
// symbols, bigints, cycles, excessive nesting, requests larger than MAX_INPUT_BYTES as JSON, and
// objects JSON.stringify would not write as the data they hold (notPlainData, a toJSON method).
// What it lets through, JSON.stringify writes exactly (jsonOf). `budget.undefinedValue` is set
// when an object holds a property whose value is `undefined`.
function guard(value, path, depth, seen, budget = { used: 0 }) {
  if (depth > MAX_DEPTH) {
    throw new FilingCheckError('input_too_large', `${where(path)}: nesting deeper than ${MAX_DEPTH} levels`);
  }
  const spend = (bytes) => {
    budget.used += bytes;
    if (budget.used > MAX_INPUT_BYTES) {
      throw new FilingCheckError('input_too_large', `${where(path)}: the request is larger than the ${MAX_INPUT_BYTES} bytes (4 MiB) allowed, counted as JSON`);
    }
  };
  switch (typeof value) {
    case 'string':
      if (!isWellFormed(value)) {
        throw new FilingCheckError('invalid_argument', `${where(path)}: contains a lone surrogate (broken UTF-16); fix the text before checking`);
      }
      if (value.length > MAX_INPUT_BYTES) spend(value.length); // at least that many bytes: no need to count
      spend(jsonLength(value) + 2);
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new FilingCheckError('invalid_argument', `${where(path)}: ${value} is not a finite number`);
      spend(String(value).length);
      return;
    case 'boolean':
    case 'undefined':
      spend(5);
      return;
    case 'object':
      if (value === null) return spend(4);
      if (isDate(value)) {
        throw new FilingCheckError('invalid_date', `${where(path)}: pass civil dates as "YYYY-MM-DD" strings, not Date objects (a Date's day depends on the time zone)`);
      }
      if (seen.has(value)) throw new FilingCheckError('invalid_argument', `${where(path)}: circular reference`);
      seen.add(value);
      if (Array.isArray(value)) {
        spend(2 + value.length); // brackets and commas, before walking a possibly huge sparse array
        let present = 0;
        value.forEach((v, i) => {
          present += 1;
          guard(v, `${path}[${i}]`, depth + 1, seen, budget);
        });
        spend(4 * (value.length - present)); // JSON writes a hole as null
      } else {
        const why = notPlainData(value);
        if (why) throw new FilingCheckError('invalid_json', `${where(path)}: not a JSON-like value: ${why}`);
        spend(2);
        for (const k of Object.keys(value)) {
          if (!isWellFormed(k)) {
            throw new FilingCheckError('invalid_argument', `${where(path)}: a key contains a lone surrogate (broken UTF-16)`);
          }
          if (k.length > MAX_INPUT_BYTES) spend(k.length);
          spend(jsonLength(k) + 4);
          const v = value[k];
          if (v === undefined) budget.undefinedValue = true;
          guard(v, path ? `${path}.${k}` : k, depth + 1, seen, budget);
        }
      }
      // After the walk, so that an own enumerable toJSON keeps its error ("a function cannot be
      // checked"). JSON.stringify would write what toJSON returns instead of the object's data.
      if (typeof value.toJSON === 'function') {
        throw new FilingCheckError('invalid_json', `${where(path)}: not a JSON-like value: an object with a toJSON method; pass the plain data it stands for`);
      }
      seen.delete(value);
      return;
    default:
      throw new FilingCheckError('invalid_argument', `${where(path)}: a ${typeof value} cannot be checked`);
  }
}

// JSON.stringify drops a property whose value is undefined. The main module has always read it as
// null (serde-wasm-bindgen did), so its ops keep `{ name: undefined }` = `{ name: null }` (a
// required field: "invalid type: null", not "missing field"); the other modules, which have always
// been sent JSON.stringify's text, keep theirs (dropped). The replacer takes JSON.stringify off its
// fast path, so it is used only when guard() saw such a property.
const undefinedAsNull = (key, v) => (v === undefined ? null : v);

/** The JSON text of a request guard() has passed, for the main module (`asNull`) or another. */
const jsonOf = (request, budget, asNull) => JSON.stringify(request, asNull && budget.undefinedValue ? undefinedAsNull : undefined);

function toFilingCheckError(e) {
  if (e instanceof FilingCheckError) return e;
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') {
    return new FilingCheckError(e.code, e.message);
  }
  return new FilingCheckError('internal', `filing-check failed unexpectedly: ${e && e.message ? e.message : String(e)}`);
}

/** The ops of the desk module (src/wasm/desk.rs), which the main module does not have. */
const DESK_OPS = new Set(['supervise', 'rates', 'bulletin']);

// Promise.allSettled is ES2020 (Chrome 76, Safari 13): the package's JS stays ES2018.
const allSettled = (promises) =>
  Promise.all(promises.map((p) => p.then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }))));

function dropUndefined(object) {
  const out = {};
  for (const [k, v] of Object.entries(object)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Builds the public API over a wasm binding.
 * @param {() => any} getBinding returns the initialised binding or throws `not_initialized`
 * @param {(sink?: { begin(size: number): void, push(chunk: Uint8Array): void }) => Promise<Uint8Array | null>} fetchDictionaries
 *   loads the OpenCC dictionary blob: resolves to its bytes, or, where it can read the response as a
 *   stream, gives them to `sink` as they arrive (`begin` with the expected size, 0 if unknown, then
 *   `push` per chunk) and resolves to null
 * @param {{ loadConverter: () => Promise<any>, whenIdle?: (task: () => void) => void }} converterOptions
 *   Conversions run in a module of their own (src/wasm/converter.rs), in browsers and in Node:
 *   `loadConverter` instantiates it, and conversions go there once its dictionaries are loaded
 *   (the main module has no OpenCC engine: its `convert` answers `dictionaries_not_loaded`, which
 *   is what a conversion asked for before loadDictionaries() gets). `whenIdle` runs a task when
 *   the page is idle (each configuration's tries are built then; Node has none). `partialModule(op)`
 *   returns `{ glue, restart }` of a smaller module that answers `op` while the main one is not
 *   loaded (browsers: the forms module after initForms(), the identifiers module after
 *   initIds()), or null. `getDesk`
 *   returns the desk module (or throws `not_initialized`), which alone answers `supervise`,
 *   `rates` and `bulletin`; `restartDesk` replaces its instance after a trap, as `restartMain`.
 */
export function createApi(getBinding, fetchDictionaries, converterOptions = {}) {
  const { loadConverter, whenIdle, partialModule, restartMain, getDesk, restartDesk } = converterOptions;
  // A trap in the main module (a WebAssembly.RuntimeError: an engine's own fault, or a panic) is
  // retried once on a fresh instance where the build can make one (restartMain); a second trap is
  // `internal`, as before. The core's calls are pure, so the retry's answer is the answer.
  const isTrap = (e) => typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;
  function onModule(get, restart, run) {
    try {
      return run(get());
    } catch (e) {
      if (isTrap(e) && typeof restart === 'function' && restart()) return run(get());
      throw e;
    }
  }
  const onMain = (run) => onModule(getBinding, restartMain, run);
  /** `run` on the smaller module that answers `op`, if one is loaded and the main one is not; else on the main one. */
  const onModuleFor = (op, run) => {
    const partial = typeof partialModule === 'function' ? partialModule(op) : null;
    return partial ? onModule(() => partial.glue, partial.restart, run) : onMain(run);
  };
  // The desk ops run in the desk module, which speaks JSON text as the identifiers module does.
  const onDesk = (op) => typeof getDesk === 'function' && DESK_OPS.has(op);
  const deskJson = (op, requestJson) => onModule(getDesk, restartDesk, (desk) => desk.callJson(op, requestJson));
  /** The binding that holds the loaded dictionaries: set once loadDictionaries() succeeded. */
  let converter = null;

  /** Labels set once with `setLabels()`, applied to every `check()`. */
  let presetLabels;

  function call(op, request) {
    if (typeof op !== 'string') throw new FilingCheckError('invalid_argument', 'op: expected a string');
    // The limits first, as callJson (whose text is parsed before anything else) does.
    const budget = { used: 0 };
    guard(request, '', 0, new Set(), budget);
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      throw new FilingCheckError('invalid_argument', `${where(op)}: the request must be an object`);
    }
    try {
      // Every module speaks JSON text: the request is plain data (guarded above), so
      // JSON.stringify carries it exactly, and the core parses and answers it.
      if (op === 'convert' && converter) return JSON.parse(converter.callJson(op, jsonOf(request, budget, false)));
      if (onDesk(op)) return JSON.parse(deskJson(op, jsonOf(request, budget, false)));
      const text = jsonOf(request, budget, true);
      return JSON.parse(onModuleFor(op, (binding) => binding.callJson(op, text)));
    } catch (e) {
      throw toFilingCheckError(e);
    }
  }

  function callJson(op, requestJson) {
    // Not a string, the binding would copy whatever it is into wasm memory as one (a trap, or a TypeError).
    if (typeof op !== 'string') throw new FilingCheckError('invalid_argument', 'op: expected a string');
    if (typeof requestJson !== 'string') throw new FilingCheckError('invalid_argument', 'request: expected JSON text');
    if (!isWellFormed(requestJson)) {
      throw new FilingCheckError('invalid_argument', 'request: contains a lone surrogate (broken UTF-16); fix the text before checking');
    }
    // The core checks the size too, but only after the text has been copied into wasm memory.
    // (A UTF-8 text has at least as many bytes as UTF-16 units, so a long one need not be counted.)
    if (requestJson.length > MAX_INPUT_BYTES) {
      throw new FilingCheckError('input_too_large', `input: at least ${requestJson.length} bytes is more than the ${MAX_INPUT_BYTES} allowed`);
    }
    const bytes = utf8Length(requestJson);
    if (bytes > MAX_INPUT_BYTES) {
      throw new FilingCheckError('input_too_large', `input: ${bytes} bytes is more than the ${MAX_INPUT_BYTES} allowed`);
    }
    try {
      if (op === 'convert' && converter) return converter.callJson(op, requestJson);
      if (onDesk(op)) return deskJson(op, requestJson);
      return onModuleFor(op, (binding) => binding.callJson(op, requestJson));
    } catch (e) {
      throw toFilingCheckError(e);
    }
  }

  let dictionaries = null;
  function loadDictionaries() {
    if (!dictionaries) {
      // The converter module and the dictionaries are fetched at the same time, and the
      // dictionaries' chunks go into the converter as they arrive (openccDataPush: each is checked
      // while the next is on its way, and a blob that comes in one chunk is not copied again;
      // docs/benchmarks.md, "The dictionaries read as they arrive"). Chunks that come before the
      // converter is ready wait for it.
      const stream = { binding: null, started: null, size: null, queued: [] };
      const start = () => {
        if (stream.started || !stream.binding || stream.size === null) return;
        stream.binding.openccDataBegin(stream.size);
        stream.started = stream.binding;
        for (const chunk of stream.queued) stream.started.openccDataPush(chunk);
        stream.queued = [];
      };
      const sink = {
        begin(size) {
          stream.size = size > 0 && size < 0x100000000 ? size : 0;
          start();
        },
        push(chunk) {
          if (stream.started) stream.started.openccDataPush(chunk);
          else stream.queued.push(chunk);
        },
      };
      // The dictionaries' request goes out first: they are six times the converter's size, and
      // the converter's start (engine choice, compiling) would otherwise delay it.
      const fetched = Promise.resolve().then(() => fetchDictionaries(sink));
      const module = Promise.resolve().then(loadConverter);
      module.then((binding) => {
        stream.binding = binding;
        start();
      }, () => {});
      // Both are awaited, so that when both fail the error is the same every time (the
      // dictionaries', which names the file), not whichever failed first.
      dictionaries = allSettled([module, fetched])
        .then(([m, d]) => {
          if (d.status === 'rejected') throw d.reason;
          if (m.status === 'rejected') throw m.reason;
          return [m.value, d.value];
        })
        .then(([binding, bytes]) => {
          try {
            // The bytes, where the response was no stream; else the chunks already given.
            if (bytes) binding.loadOpenccData(bytes);
            else binding.openccDataFinish();
          } catch (e) {
            throw toFilingCheckError(e);
          }
          converter = binding;
        })
        .catch((e) => {
          dictionaries = null; // let a later call retry (e.g. after a network error)
          // Drop what a broken stream left in the converter.
          if (stream.started) {
            try {
              stream.started.openccDataBegin(0);
            } catch (ignored) {
              // Only memory is at stake.
            }
          }
          throw toFilingCheckError(e);
        });
    }
    return dictionaries;
  }

  const options = (o) => (o === undefined || o === null ? {} : o);

  // The converter answers at once with binary search in the dictionaries; building a
  // configuration's tries (tens of ms) makes later conversions several times faster, so it is
  // done when the page is idle after the configuration's first conversion. Same output either way.
  const prepared = new Set();
  function prepareWhenIdle(config) {
    if (!whenIdle || !converter || prepared.has(config)) return;
    prepared.add(config);
    const binding = converter;
    whenIdle(() => {
      try {
        binding.openccPrepare(config);
      } catch (ignored) {
        // Only speed is at stake: the next conversions use binary search, as before.
      }
    });
  }

  // Plain conversion (no clean-up) goes straight to the binding's convertText: the same core
  // function and the same errors as the `convert` op, without building request and response
  // objects, which cost more than converting a form field.
  function convertSync(text, config, opts) {
    const clean = options(opts).clean;
    if (typeof text !== 'string' || typeof config !== 'string' || (clean !== undefined && clean !== false)) {
      return call('convert', dropUndefined({ text, config, clean })).text;
    }
    if (!isShortAndWellFormed(text) || !isShortAndWellFormed(config)) guard({ text, config }, '', 0, new Set());
    // Before loadDictionaries(), the op's own answer (dictionaries_not_loaded, or the request's
    // first problem), from the main module.
    if (!converter) return call('convert', { text, config }).text;
    let converted;
    try {
      converted = converter.convertText(text, config);
    } catch (e) {
      throw toFilingCheckError(e);
    }
    prepareWhenIdle(config);
    return converted;
  }

  return {
    call,
    callJson,
    validateId(kind, value, opts) {
      const { today, lang } = options(opts);
      return call('id', dropUndefined({ kind, value, today, lang }));
    },
    /**
     * The portal's own field labels for every later `check()`, set once (`null` clears them); a
     * call's own `labels` win over these, key by key.
     */
    setLabels(labels) {
      if (labels === null || labels === undefined) {
        presetLabels = undefined;
        return undefined;
      }
      const plain = typeof labels === 'object' && !Array.isArray(labels) && Object.getPrototypeOf(labels) === Object.prototype;
      if (!plain || !Object.entries(labels).every(([k, v]) => (k === '' || k.startsWith('/')) && typeof v === 'string')) {
        throw new FilingCheckError('invalid_argument', 'setLabels(labels): an object of JSON Pointer or pattern ("/appearing/*/idNumber") → label string, or null');
      }
      presetLabels = { ...labels };
      return undefined;
    },
    check(filing, opts) {
      const { today, lang, mode, rules, packs, labels: own } = options(opts);
      const isPlain = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
      const labels = presetLabels && (own === undefined || isPlain(own)) ? { ...presetLabels, ...(own ?? {}) } : own;
      const config = dropUndefined({ mode, rules, packs, labels });
      return call('check', dropUndefined({ today, lang, filing, config: Object.keys(config).length ? config : undefined }));
    },
    /** The due day only (no steps), on the bundled calendar: `{ due, extended, provisional }`. */
    dueDate(from, period) {
      if (typeof from !== 'string' || typeof period !== 'string') {
        if (isDate(from)) throw new FilingCheckError('invalid_date', 'from: pass a "YYYY-MM-DD" string, not a Date');
        throw new FilingCheckError('invalid_argument', 'dueDate(from, period): both are strings, e.g. ("2025-09-16", "15d")');
      }
      // Two short well-formed strings cannot reach any limit: the full walk only for the others.
      if (!isShortAndWellFormed(from) || !isShortAndWellFormed(period)) {
        const budget = { used: 0 };
        guard(from, 'from', 0, new Set(), budget);
        guard(period, 'period', 0, new Set(), budget);
      }
      let packed;
      try {
        // The hot path (a due day takes about a microsecond): no closure unless a smaller module answers.
        const partial = typeof partialModule === 'function' ? partialModule('due') : null;
        packed = partial ? onModule(() => partial.glue, partial.restart, (binding) => binding.dueDatePacked(from, period)) : getBinding().dueDatePacked(from, period);
      } catch (e) {
        throw toFilingCheckError(e);
      }
      return unpackDue(packed);
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
    /** A bureau's list of case records on a day: steps, remedies (补救), Guangzhou's must-appear. */
    supervise(request) {
      return call('supervise', options(request));
    },
    /** Rates (出庭应诉率, 败诉率, 纠错率 …) of a list over a period, defined by a pack. */
    rates(request) {
      return call('rates', options(request));
    },
    /** The bulletin (通报 for a month, 报告 for another period) of a list: `{format, text}`, printable HTML or CSV. */
    bulletin(request) {
      return call('bulletin', options(request));
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
      return convertSync(text, config, opts);
    },
    convertSync,
    version() {
      return getBinding().version();
    },
  };
}
