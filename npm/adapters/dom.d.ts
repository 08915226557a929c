import type { Finding } from 'filing-check';
import type { PlacedField } from './core.js';

/** Holds the submits of `form` until `ready` settles, then makes the last one again. */
export function holdSubmitsUntilReady(form: HTMLFormElement, ready: Promise<unknown>, options?: {
  /** Elements whose click submits without a submit event (layui's `[lay-submit]`). */
  buttons?: string;
  /** Told when `ready` rejects; the submit stays held (unchecked data is never accepted). */
  onUnavailable?(error: unknown): void;
}): { readonly ready: boolean; readonly held: boolean };
/** Reads a filing from the form's controls through a pointer-pattern → name map, over a copy of `base`. */
export function readFiling(form: HTMLFormElement, names: Record<string, string>, base?: object): Record<string, unknown>;
export function setAtPointer(target: object, segments: string[], value: unknown): void;
export function messageElementOf(control: Element): HTMLElement;
export function showOnControl(control: Element, entry: PlacedField | undefined): void;
export function showSummary(container: Element | string, findings: Finding[], doc?: Document): void;
