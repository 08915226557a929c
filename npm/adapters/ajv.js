// Formats and a keyword for Ajv (v8).
//
//   import Ajv from 'ajv';
//   import { addFilingCheck } from 'filing-check/adapters/ajv.js';
//   const ajv = addFilingCheck(new Ajv({ allErrors: true }), { today, lang: 'zh-Hans' });
//   // { type: 'string', format: 'cn-resident-id' }           → true / false
//   // { type: 'string', filingCheck: { kind: 'resident' } }  → errors with the library's message
//
// Call `await init()` before validating in a browser (in Node it is ready at once). Ajv itself
// compiles schemas with `new Function`; under a strict CSP use Ajv's standalone code instead.
import { checkIdentifier } from './core.js';

/** Ajv format names for identifier kinds. */
export const FORMATS = Object.freeze({ 'cn-resident-id': 'resident', 'cn-credit-code': 'credit-code' });

/**
 * Adds the formats of FORMATS. A format only says valid or not; use the keyword for messages.
 * @returns the same Ajv instance
 */
export function addFilingCheckFormats(ajv, defaults) {
  for (const [format, kind] of Object.entries(FORMATS)) {
    ajv.addFormat(format, { type: 'string', validate: (value) => checkIdentifier({ kind }, value, defaults) === null });
  }
  return ajv;
}

/**
 * Adds the `filingCheck` keyword (or `options.keyword`): its value is a kind name or a rule spec.
 * An invalid value produces an error `{ keyword, message, params: { kind, reason } }`.
 * @returns the same Ajv instance
 */
export function addFilingCheckKeyword(ajv, defaults, options) {
  const keyword = (options && options.keyword) || 'filingCheck';
  ajv.addKeyword({
    keyword,
    type: 'string',
    schemaType: ['string', 'object'],
    errors: true,
    validate: function validateFilingCheck(schema, data) {
      const problem = checkIdentifier(schema, data, defaults);
      if (!problem) {
        validateFilingCheck.errors = null;
        return true;
      }
      validateFilingCheck.errors = [{
        keyword,
        message: problem.message,
        params: { kind: problem.result.kind, reason: problem.reason },
      }];
      return false;
    },
  });
  return ajv;
}

/** Both of the above. @returns the same Ajv instance */
export function addFilingCheck(ajv, defaults, options) {
  return addFilingCheckKeyword(addFilingCheckFormats(ajv, defaults), defaults, options);
}
