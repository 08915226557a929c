import type { CheckOptions, Finding, Report } from 'filing-check';

export interface DomBindingOptions extends Omit<CheckOptions, 'today'> {
  /** Pointer pattern (`*` = one segment) → control name (`*` takes the index). */
  names: Record<string, string>;
  /** The parts of the filing the form does not show. */
  base?: object;
  /** Replaces reading the form through `names`. */
  filing?(): { kind: string } & Record<string, unknown>;
  today: CheckOptions['today'] | (() => CheckOptions['today']);
  /** Where the findings no control holds (and warnings) are listed: an element or a selector. */
  summary?: Element | string;
  /** Default `init()`. */
  ready?: Promise<unknown>;
  onUnavailable?(error: unknown): void;
}

export interface DomBinding {
  readonly report: Report | null;
  readonly summary: Finding[];
  readonly ready: boolean;
}

export function bindJqueryValidation($: any, form: HTMLFormElement, options: DomBindingOptions): DomBinding & { validator: unknown };
