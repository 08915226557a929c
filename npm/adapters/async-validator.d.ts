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
