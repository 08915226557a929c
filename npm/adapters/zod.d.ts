import type { CheckOptions, Finding, Report } from 'filing-check';
import type { FieldName } from './paths.js';

export interface SchemaAdapterOptions extends Omit<CheckOptions, 'today'> {
  today: CheckOptions['today'] | (() => CheckOptions['today']);
  /** The fields the form has (default: every leaf of the value). */
  fields?: Iterable<FieldName>;
  /** Warnings and notes (and, for vee-validate, errors no field holds). */
  onSummary?(findings: Finding[], report: Report): void;
}

/** For `.superRefine(…)`: each error finding a `custom` issue at its nearest field's path. */
export function filingRefinement(options: SchemaAdapterOptions & { summaryPath?: Array<string | number> }): (value: any, ctx: { addIssue(issue: any): void }) => void;
