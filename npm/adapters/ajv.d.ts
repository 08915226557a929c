import type { IdKind } from 'filing-check';
import type { IdRuleSpec } from './core.js';

/** The smallest part of an Ajv (v8) instance these functions use. */
export interface AjvLike {
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
  addKeyword(definition: object): unknown;
}

/** Ajv format names and the identifier kinds they check. */
export const FORMATS: Readonly<{ 'cn-resident-id': 'resident'; 'cn-credit-code': 'credit-code' }>;

type Defaults = Pick<IdRuleSpec, 'today'> & Partial<IdRuleSpec>;

export function addFilingCheckFormats<A extends AjvLike>(ajv: A, defaults: Defaults): A;
/** Adds the `filingCheck` keyword: `{ type: 'string', filingCheck: 'resident' }` or `{ filingCheck: { kind, lang } }`. */
export function addFilingCheckKeyword<A extends AjvLike>(ajv: A, defaults: Defaults, options?: { keyword?: string }): A;
export function addFilingCheck<A extends AjvLike>(ajv: A, defaults: Defaults, options?: { keyword?: string }): A;
export type { IdKind };
