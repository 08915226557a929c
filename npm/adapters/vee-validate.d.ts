import type { SchemaAdapterOptions } from './zod.js';

/** A vee-validate typed schema (`validationSchema`): the values checked as a filing. */
export function filingSchema(options: SchemaAdapterOptions & {
  summaryPath?: string;
  /** The whole filing from the form's values (default: the values are the filing); the fields stay the values' leaves. */
  toFiling?(values: any): any;
}): {
  __type: 'VVTypedSchema';
  parse(values: any): Promise<{ value?: any; errors: Array<{ path?: string; errors: string[] }> }>;
};
