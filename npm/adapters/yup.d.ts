import type { SchemaAdapterOptions } from './zod.js';

/** For `.test(…)`: each error finding a ValidationError at its nearest field's path. */
export function filingTest(options: SchemaAdapterOptions & {
  /** yup's ValidationError class. */
  ValidationError: new (errors: any[], value?: unknown, path?: string) => Error;
  name?: string;
}): { name: string; test(value: any, context: any): true | Error };
