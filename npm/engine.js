// Chooses the engine that runs a module of filing-check and starts it (browsers and bundlers).
// Node has the same choice, made synchronously, in node.cjs.
//
// The choice is by what the page allows, never by user agent: compiling an 8-byte empty module
// tells whether this page may compile WebAssembly at all (a CSP without 'wasm-unsafe-eval' or
// 'unsafe-eval' refuses it, and Chromium before 97 knows no 'wasm-unsafe-eval'). Where it is
// refused, the page's console shows one CSP report for that probe, and the JS engine is used.

const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
let compiles = null;

/** True when this page may compile WebAssembly (asked once). */
export function canCompileWasm() {
  if (compiles === null) {
    try {
      compiles = typeof WebAssembly === 'object' && new WebAssembly.Module(EMPTY_MODULE) instanceof WebAssembly.Module;
    } catch (refused) {
      compiles = false;
    }
  }
  return compiles;
}

function start(glue, exports) {
  glue.__wbg_set_wasm(exports);
  if (typeof exports.__wbindgen_start === 'function') exports.__wbindgen_start();
}

// Resolves to { instance, module }: the module is kept so that a trapped instance can be replaced.
async function instantiateSource(source, imports) {
  if (source instanceof WebAssembly.Module) return { instance: await WebAssembly.instantiate(source, imports), module: source };
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.instantiate(source, imports);
  const response = typeof Response === 'function' && source instanceof Response ? source : await fetch(source);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url || source}`);
  const type = (response.headers.get('content-type') || '').split(';')[0].trim();
  if (typeof WebAssembly.instantiateStreaming === 'function' && type === 'application/wasm') {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  // A server that sends another MIME type: compile from the bytes instead.
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

const refusedByEngine = (e) =>
  typeof WebAssembly === 'object' && (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError);

/**
 * Starts `spec` ({ glue, importName, wasmUrl(), loadJs() }) on the engine this page allows, or on
 * `forced` ('wasm' | 'js'). Resolves to the engine used.
 */
export async function instantiateEngine(spec, forced) {
  const imports = { [spec.importName]: spec.glue };
  if (forced ? forced === 'wasm' : canCompileWasm()) {
    try {
      const { instance, module } = await instantiateSource(spec.wasmUrl(), imports);
      start(spec.glue, instance.exports);
      spec.compiled = { module, imports };
      return 'wasm';
    } catch (e) {
      // A network or HTTP error is an error; an engine that refuses this module gets the JS one.
      if (forced || !refusedByEngine(e)) throw e;
    }
  }
  const js = await spec.loadJs();
  start(spec.glue, js.instantiate(imports));
  return 'js';
}

/**
 * Replaces the instance of a module started on the wasm engine by a fresh one of the same compiled
 * module, synchronously. A trap (a WebAssembly.RuntimeError) leaves an instance's memory in an
 * unknown state, and some engines trap where the module does not: WPE WebKit 2.38 (Safari 16 era)
 * has been seen to trap once in a few thousand identical calls. The calls are pure, so the caller
 * retries on the fresh instance. Returns false where that is not possible (the JS engine, or an
 * engine that refuses to instantiate synchronously).
 */
export function restartEngine(spec) {
  if (!spec.compiled) return false;
  try {
    start(spec.glue, new WebAssembly.Instance(spec.compiled.module, spec.compiled.imports).exports);
    return true;
  } catch (e) {
    return false;
  }
}
