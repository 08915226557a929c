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

import type { CheckOptions, Finding, Report } from 'filing-check';

/** Shows a report as feedback of the nearest fields; returns the findings no field holds. */
export function showReport(form: { fields: Record<string, unknown> }, report: Pick<Report, 'findings'>): Finding[];
/** Checks the form's values as a filing (or `toFiling(values)`) and shows the report. */
export function checkForm(form: { fields: Record<string, unknown>; values: unknown }, options: Omit<CheckOptions, 'today'> & {
  today: CheckOptions['today'] | (() => CheckOptions['today']);
  toFiling?(values: any): { kind: string } & Record<string, unknown>;
}): Promise<{ report: Report; summary: Finding[] }>;
