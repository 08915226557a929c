// The drop-in for pages with no bundler: importing it (a <script type="module">) checks every field
// marked data-filing-check on blur, input and submit. These two functions are for pages that want
// to check at other moments (e.g. before a step of a wizard).

/** Checks one marked field now and shows the outcome; false when it holds an invalid value. */
export function checkField(field: HTMLInputElement | HTMLTextAreaElement): boolean;
/** Checks every marked field of a form and focuses the first invalid one; true when it may be submitted. */
export function checkForm(form: HTMLFormElement): boolean;
/**
 * Checks a whole-filing form (`data-filing-check-kind`) and shows every finding on the nearest
 * `data-filing-check-path` control or in its `data-filing-check-summary` element; null before the
 * main module is ready.
 */
export function checkFiling(form: HTMLFormElement): import('./index.js').Report | null;
/** The filing a whole-filing form holds: its JSON base with each path control's value at its pointer. */
export function readFormFiling(form: HTMLFormElement): { kind: string } & Record<string, unknown>;
