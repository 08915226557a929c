import type { IdRuleSpec, PartialIdRuleSpec } from './core.js';

/** Formily's ValidatorFunctionResponse, as this rule answers it: '' when valid. */
export type FormilyIdResponse = '' | { type: 'error' | 'warning'; message: string };

/** The rule function Formily calls with the field's value and its validator description. */
export type FormilyIdRule = (value: unknown, rule: Record<string, PartialIdRuleSpec | unknown>) => Promise<FormilyIdResponse>;

/**
 * The rules to pass to Formily's `registerValidateRules`; a field then says
 * `validator: { filingCheck: 'resident' }` or `{ filingCheck: { kind, severity, lang } }`.
 */
export function formilyRules(defaults: Pick<IdRuleSpec, 'today'> & Partial<IdRuleSpec>, options?: { name?: string }): Record<string, FormilyIdRule>;
