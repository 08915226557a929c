import type { SchemaAdapterOptions } from './zod.js';

/** A vee-validate typed schema (`validationSchema`): the values checked as a filing. */
export function filingSchema(options: SchemaAdapterOptions & { summaryPath?: string }): {
  __type: 'VVTypedSchema';
  parse(values: any): Promise<{ value?: any; errors: Array<{ path?: string; errors: string[] }> }>;
};
