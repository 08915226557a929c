import type { Report } from 'filing-check';
import type { DomBinding, DomBindingOptions } from './jquery-validation.js';

export function bindLayui(layuiForm: unknown, form: HTMLFormElement, options: DomBindingOptions & { rule?: string }): DomBinding & {
  /** For `layui.form.verify(…)`: the rule controls name in `lay-verify`. */
  verify: Record<string, (value: string, element: HTMLElement) => string | undefined>;
  /** Checks now and shows every finding (null before the checker is ready). */
  check(): Report | null;
};
