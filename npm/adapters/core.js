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
import { validateId } from 'filing-check';

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
