// The building block of every form-library adapter: one identifier, one rule spec, one verdict.
//
// A rule spec names what to check and how to render it:
//   { kind: 'resident', today: '2026-11-22', lang: 'zh-Hans' }
//   { kind: 'credit-code', today: () => portalToday(), lang: 'en', severity: 'warning' }
// `kind` is passed through to `validateId` unchanged, so every identifier kind the core knows
// (now or later) works here without a new adapter. `today` is a "YYYY-MM-DD" string or a function
// returning one: the library never reads a clock, the portal decides what day it is.
//
// Imports only the package's public API.
import { validateId, check, windows } from 'filing-check';
import { PATH_STYLES, leafPaths, placeFindings } from './paths.js';

// The path logic has no import, so that the drop-in (a module loaded with no bundler and no
// import map, where 'filing-check' resolves to nothing) can use it too.
export { PATH_STYLES, fieldEntry, leafPaths, placeFindings, pointerSegments } from './paths.js';

/**
 * Merges a rule spec over defaults and resolves `today` (calling it when it is a function).
 * @param {string | object} spec a kind name or a rule spec
 * @param {object} [defaults]
 */
export function resolveSpec(spec, defaults) {
  const merged = { ...(defaults || {}), ...(typeof spec === 'string' ? { kind: spec } : spec || {}) };
  const today = typeof merged.today === 'function' ? merged.today() : merged.today;
  return { kind: merged.kind, today, lang: merged.lang, severity: merged.severity === 'warning' ? 'warning' : 'error' };
}

/** True for what a form holds when nothing was entered ("required" is the form library's rule). */
export function isEmpty(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks one identifier against a rule spec.
 *
 * Returns `null` when the value is empty or valid; otherwise `{ message, reason, severity, result }`
 * with the library's own message in the spec's language.
 *
 * @throws {FilingCheckError} for a malformed call (unknown kind, missing `today`, not initialised)
 */
export function checkIdentifier(spec, value, defaults) {
  if (isEmpty(value)) return null;
  const { kind, today, lang, severity } = resolveSpec(spec, defaults);
  const result = validateId(kind, value, { today, lang });
  if (result.valid) return null;
  return { message: result.message || result.reason || 'invalid', reason: result.reason, severity, result };
}

/**
 * Checks a filing and places its findings, for the adapters of schema libraries: the options'
 * `fields` (names in `style`) or, without them, the leaves of the filing.
 */
export function checkAndPlace(filing, options) {
  const opts = options || {};
  const style = opts.style || 'dotted';
  const today = typeof opts.today === 'function' ? opts.today() : opts.today;
  const report = check(filing, { today, lang: opts.lang, mode: opts.mode, labels: opts.labels });
  const styleOf = typeof style === 'function' ? style : PATH_STYLES[style];
  const fields = opts.fields || leafPaths(filing).map(styleOf);
  return { report, placed: placeFindings(report, { style, fields, lists: opts.lists, names: opts.names }) };
}

/**
 * Checks a filing date against a named statutory window (期间) from its trigger day, through the
 * core's `windows` op: an appeal's filing date against the judgment's service date is
 * `{ window: 'appeal-judgment', from: () => form.judgmentServedOn }`. `windows()` lists the names.
 *
 * Returns `null` when the date or the trigger day is empty, or when the date is in time; otherwise
 * `{ message, severity, findings }`: the core's findings (late, or not computable), with its
 * messages in the spec's language; `severity` is 'error' when one of them is an error.
 * @param {{ window: string, from: string | (() => string), lang?: string, calendar?: object }} spec
 * @throws {FilingCheckError} for a malformed call (unknown window, a date that is not YYYY-MM-DD)
 */
export function checkFiledInWindow(spec, value) {
  const from = typeof spec.from === 'function' ? spec.from() : spec.from;
  if (isEmpty(value) || isEmpty(from)) return null;
  const result = windows({ window: spec.window, from, filed: String(value).trim(), lang: spec.lang, calendar: spec.calendar });
  const findings = (result && result.findings) || [];
  if (!findings.length) return null;
  return {
    message: findings.map((f) => f.message).join(spec.lang === 'en' ? '; ' : '；'),
    severity: findings.some((f) => f.severity === 'error') ? 'error' : 'warning',
    findings,
  };
}
