import type { IdRuleSpec } from './core.js';

export type { IdRuleSpec } from './core.js';

/** An IdRuleSpec plus async-validator's `trigger` (Element Plus: 'blur' | 'change'). */
export interface AsyncValidatorIdRuleSpec extends IdRuleSpec {
  trigger?: string | string[];
}

/** A rule object for async-validator, Element Plus, Ant Design Vue and antd (Promise-based). */
export interface AsyncIdNumberRule {
  validator(rule: unknown, value: unknown): Promise<void>;
  trigger?: string | string[];
}

/** A rule object whose validator answers synchronously (call `await init()` first in a browser). */
export interface SyncIdNumberRule {
  validator(rule: unknown, value: unknown): true | Error;
  trigger?: string | string[];
}

export function idNumberRule(spec: AsyncValidatorIdRuleSpec): AsyncIdNumberRule;
export function idNumberRuleSync(spec: AsyncValidatorIdRuleSpec): SyncIdNumberRule;

import type { CheckOptions, Finding, Report } from 'filing-check';
import type { FieldName } from './paths.js';

export interface FilingFormRulesOptions extends Omit<CheckOptions, 'today'> {
  /** The filing as the form holds it now. */
  filing(): { kind: string } & Record<string, unknown>;
  today: CheckOptions['today'] | (() => CheckOptions['today']);
  /** 'dotted' (Element Plus, Element UI; default) or 'array' (antd and Ant Design Vue name paths). */
  style?: 'dotted' | 'array';
  /** antd Form.List names: their findings go to the summary. */
  lists?: FieldName[];
  /** Where warnings and notes show: the summary (default), or the field (antd's warningOnly rules). */
  warnings?: 'summary' | 'field';
  onSummary?(findings: Finding[], report: Report): void;
}

export interface FilingFieldRule {
  validator(rule: unknown, value: unknown): Promise<void>;
  warningOnly?: boolean;
  trigger?: string | string[];
}

export interface FilingFormRules {
  /** The rules of one field; register every field the form shows. */
  rules(name: FieldName, extra?: { trigger?: string | string[] }): FilingFieldRule[];
  forget(name: FieldName): void;
  readonly report: Report | null;
  readonly summary: Finding[];
}

export function filingFormRules(options: FilingFormRulesOptions): FilingFormRules;

/** A date field checked against a named statutory window from another field's day (`windows()` lists them). */
export function windowRule(spec: { window: string; from: string | (() => string); lang?: import('filing-check').Lang; calendar?: unknown; trigger?: string | string[] }): AsyncIdNumberRule;
