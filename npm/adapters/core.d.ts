import type { CivilDate, IdKind, IdResult, Lang } from 'filing-check';

/** What to check in a form field, and how to say it. */
export interface IdRuleSpec {
  /** Passed to `validateId` unchanged: 'resident', 'credit-code', … */
  kind: IdKind;
  /** The day of the check, or a function the portal supplies that returns it (asked on each check). */
  today: CivilDate | (() => CivilDate);
  lang?: Lang;
  /** How a form library that has warnings (Formily) shows an invalid value. Default 'error'. */
  severity?: 'error' | 'warning';
}

/** A spec that may leave out what the defaults supply; a bare kind name is `{ kind }`. */
export type PartialIdRuleSpec = IdKind | Partial<IdRuleSpec>;

export interface IdProblem {
  /** The library's message, in the spec's language, naming the field. */
  message: string;
  /** A stable code such as "check_character". */
  reason?: string;
  severity: 'error' | 'warning';
  result: IdResult;
}

export function resolveSpec(spec: PartialIdRuleSpec, defaults?: Partial<IdRuleSpec>): {
  kind: IdKind; today: CivilDate; lang?: Lang; severity: 'error' | 'warning';
};
export function isEmpty(value: unknown): boolean;
/**
 * null when the value is empty or valid, else the problem.
 * @throws FilingCheckError for a malformed call (no today, unknown kind, not initialised).
 */
export function checkIdentifier(spec: PartialIdRuleSpec, value: unknown, defaults?: Partial<IdRuleSpec>): IdProblem | null;

export { PATH_STYLES, fieldEntry, leafPaths, placeFindings, pointerSegments } from './paths.js';
export type { FieldName, PathStyle, PathStyleName, PlaceOptions, PlacedField, Placement } from './paths.js';
import type { CheckOptions, Finding, Report } from 'filing-check';
import type { FieldName } from './paths.js';

/** Checks a filing and places its findings on `fields` (default: the filing's leaves). */
export function checkAndPlace(filing: { kind: string } & Record<string, unknown>, options: Omit<CheckOptions, 'today'> & {
  today: CheckOptions['today'] | (() => CheckOptions['today']);
  style?: import('./paths.js').PathStyle;
  fields?: Iterable<FieldName>;
  lists?: Iterable<FieldName>;
  names?: Record<string, string>;
}): { report: Report; placed: import('./paths.js').Placement };

export interface WindowProblem {
  message: string;
  severity: 'error' | 'warning';
  findings: Finding[];
}
/** null when the date or its trigger day is empty, or the date is in time; else the core's findings. */
export function checkFiledInWindow(spec: { window: string; from: string | (() => string); lang?: CheckOptions['lang']; calendar?: unknown }, value: unknown): WindowProblem | null;
