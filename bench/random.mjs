// The one seeded random stream of the benchmarks' and the tests' generators (bench/text.mjs,
// bench/supervision-cases.mjs, tests/js/fuzz-gen.mjs, tests/node/fuzz-api.test.mjs): a seed gives
// the same text, case list or fuzz inputs on every machine and in every JS engine.

/** mulberry32: small, fast, seeded (not for security). Returns a function giving [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
