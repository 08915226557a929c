import type { Finding, Report } from 'filing-check';

/** A field name in a library's style: a string (`appearing.0.idNumber`) or an antd/zod path array. */
export type FieldName = string | Array<string | number>;
export type PathStyleName = 'pointer' | 'dotted' | 'bracket' | 'array';
export type PathStyle = PathStyleName | ((segments: string[]) => FieldName);

export const PATH_STYLES: {
  pointer(segments: string[]): string;
  dotted(segments: string[]): string;
  bracket(segments: string[]): string;
  array(segments: string[]): Array<string | number>;
};

/** `/a~1b/0` → `['a/b', '0']` (RFC 6901); `''` → `[]`. */
export function pointerSegments(pointer: string): string[];

export interface PlaceOptions {
  /** How the form names a field. Default 'dotted'. */
  style?: PathStyle;
  /** The fields the form has (names in `style`), or a predicate. Without it each finding sits on its own path. */
  fields?: Iterable<FieldName> | ((name: FieldName, segments: string[]) => boolean);
  /** Names that show no message of their own (antd `Form.List`): their findings go to the summary. */
  lists?: Iterable<FieldName>;
  /** Pointer pattern (`*` = one segment) → field name (`*` takes the matched segment), for forms whose names are not paths. */
  names?: Record<string, string>;
}

export interface PlacedField {
  name: FieldName;
  /** The JSON Pointer of the field. */
  path: string;
  /** At this field's path, or deeper than any field of the form. */
  findings: Finding[];
  errors: string[];
  warnings: string[];
  infos: string[];
  /** Every message, joined ('；', or '; ' in English). */
  message: string;
  severity: Finding['severity'];
}

export interface Placement {
  fields: PlacedField[];
  /** The findings no field holds, for a summary. */
  summary: Finding[];
}

/** Places a report's findings on the nearest field the form has; the rest are the summary. */
export function placeFindings(report: Pick<Report, 'findings'> & { lang?: string }, options?: PlaceOptions): Placement;
/** The placed entry of one field name, or undefined. */
export function fieldEntry(placement: Placement, name: FieldName): PlacedField | undefined;

/** The segments of every leaf of a value: the fields a form bound to it shows. */
export function leafPaths(value: unknown): string[][];
