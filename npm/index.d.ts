// Types of the filing-check npm package. Civil dates are "YYYY-MM-DD" strings everywhere; a JS
// Date is refused with FilingCheckError code "invalid_date".
//
// The filing types (one per filing kind) are generated from the Rust types' JSON Schemas into
// ./types/filings.d.ts (scripts/gen-types.mjs); everything else here is written by hand, and is the
// fallback for any kind or op without a schema.
// scripts/build.sh makes index.d.cts (for require()) from this file, pointing at types/filings.d.cts.
import type { FilingsByKind } from './types/filings.js';
export type * from './types/filings.js';

/** A civil date, "YYYY-MM-DD". */
export type CivilDate = string;
export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';
export type Severity = 'off' | 'info' | 'warning' | 'error';
export type Mode = 'final' | 'draft';

/** Stable error codes (the same in Rust, the CLI and here). */
export type ErrorCode =
  | 'invalid_json' | 'invalid_date' | 'invalid_period' | 'invalid_argument' | 'unknown_kind'
  | 'unknown_rule' | 'unknown_config' | 'unknown_window' | 'input_too_large' | 'invalid_data'
  | 'dictionaries_not_loaded' | 'not_initialized' | 'init_failed' | 'internal';

/** The one error class of this package: a malformed call, never a finding. */
export class FilingCheckError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string);
}

export interface Citation {
  /** Permanent id of the law revision, e.g. "alpl-2017". */
  law: string;
  title: string;
  revision: string;
  inForceFrom: CivilDate;
  article?: number;
  paragraph?: number;
  item?: number;
  /** Rendered, e.g. 《行政诉讼法》第六十七条第一款. */
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  /** JSON Pointer into the input, e.g. "/appearing/0/idNumber". */
  path: string;
  messageId: string;
  args: Record<string, string>;
  message: string;
  citations: Citation[];
}

export interface Report {
  /** False exactly when some finding has severity "error". */
  ok: boolean;
  kind: string;
  mode: Mode;
  lang: Lang;
  counts: { error: number; warning: number; info: number };
  findings: Finding[];
}

export interface CallOptions {
  /** The day of the check. Required: the library never reads a clock. */
  today: CivilDate;
  lang?: Lang;
}

export interface CheckOptions extends CallOptions {
  mode?: Mode;
  /** Per-rule severity overrides, e.g. { "ID-001": "warning" }. */
  rules?: Record<string, Severity>;
  /** Built-in pack names ("guangzhou", "qiannan") or inline packs. */
  packs?: Array<string | Record<string, unknown>>;
}

export type IdKind = 'resident' | 'credit-code' | 'case-number';

export interface IdResult {
  kind: IdKind;
  valid: boolean;
  /** The identifier as checked: full-width folded, spaces and hyphens removed, upper-case X (Ⅹ and × too). */
  normalized: string;
  /** True when `normalized` differs from what was typed. */
  changed: boolean;
  /** What folding removed or replaced (resident IDs and credit codes), when anything: each kind once. */
  folded?: Array<{
    kind: 'separator' | 'space' | 'invisible' | 'full-width' | 'lowercase' | 'x-lookalike';
    /** The characters as typed, each once, e.g. "-" or "Ⅹ". */
    chars: string;
    count: number;
  }>;
  /** The sentence naming those changes, in the requested language. */
  foldedMessage?: string;
  /** Why it is invalid, a stable code such as "check_character". */
  reason?: string;
  message?: string;
  resident?: {
    normalized: string;
    holder: 'citizen' | 'hmt-residence-permit' | 'foreign-permanent-resident';
    region: string;
    nationality?: string;
    birthDate: CivilDate;
    sex: 'male' | 'female';
  };
  citations: Citation[];
  [more: string]: unknown;
}

export interface DeadlineRequest {
  from: CivilDate;
  /** "15d", "6m", "1y" or "5wd" (working days). */
  period: string;
  postmark?: CivilDate;
  /** Extra calendar years, holiday-cn JSON or the project's own format. */
  calendar?: unknown;
  lang?: Lang;
}

export interface DeadlineResult {
  due: CivilDate;
  extended: boolean;
  /** True only when an unpublished State Council notice (调休) could still move the due day. */
  provisional: boolean;
  /** When provisional: the latest the due day could be if the pending 调休 went against the filer. */
  latestDue?: CivilDate;
  /** For working-day periods: the statute that makes them working days (e.g. `admin-coercion-art-69`). */
  workingDayMode?: { id: string; citation: Citation };
  steps: Array<Record<string, unknown>>;
  basis: Citation[];
  [more: string]: unknown;
}

export type OpenccConfig =
  | 's2t' | 't2s' | 's2tw' | 'tw2s' | 's2hk' | 'hk2s' | 's2twp' | 'tw2sp'
  | 't2tw' | 'tw2t' | 't2hk' | 'hk2t' | 't2jp' | 'jp2t' | 's2hkp' | 'hk2sp';

export interface CleanResult {
  text: string;
  changes: Array<Record<string, unknown>>;
  script: 'simplified' | 'traditional' | 'mixed' | 'neither';
}

/** Loads the wasm module (browser). Idempotent; resolves at once in Node. */
export function init(moduleOrPath?: unknown, options?: { engine?: Engine }): Promise<void>;
/** Loads only the identifiers module (a fraction of the main one): enough for `validateId`. Idempotent; after `init()` the main module answers instead. */
export function initIds(options?: { engine?: Engine }): Promise<void>;
/** The engines that run the core: the .wasm, or the same module compiled to JS where WebAssembly may not compile. */
export type Engine = 'wasm' | 'js';
/** Which engine runs the main module; null before `init()` has finished (browsers). */
export function engine(): Engine | null;
/** Whether this page (or process) may compile WebAssembly; false under a CSP that refuses it. */
export function canCompileWasm(): boolean;
/** Runs one operation of the JSON facade (the same ops as the CLI and the Rust `api::call`). */
export function call(op: string, request: Record<string, unknown>): unknown;
/** The same with JSON text in and out (byte-identical to the native build). */
export function callJson(op: string, requestJson: string): string;
export function validateId(kind: IdKind, value: string, options: CallOptions): IdResult;
/** The filing kinds that have generated types in this build. */
export type KnownFilingKind = keyof FilingsByKind & string;
/** A filing of kind `K`: its generated type when there is one, else any object with that `kind`. */
export type FilingOf<K extends string> = K extends KnownFilingKind ? FilingsByKind[K] : { kind: K; [field: string]: unknown };
/**
 * Checks one filing; a form full of mistakes is a Report with findings, never an exception.
 * @throws FilingCheckError `unknown_kind`, `invalid_date`, `unknown_rule`… for a malformed call.
 */
export function check<K extends string>(filing: FilingOf<K> & { kind: K }, options: CheckOptions): Report;
/** The due day only, without steps: the fast path for many dates. Same dates as `deadline`. */
export function dueDate(from: CivilDate, period: string): { due: CivilDate; extended: boolean; provisional: boolean };
export function deadline(request: DeadlineRequest): DeadlineResult;
export function windows(request?: { window?: string; from?: CivilDate; lang?: Lang; calendar?: unknown }): unknown;
export function timeline(request: { today: CivilDate; events: unknown[]; packs?: unknown[]; lang?: Lang }): unknown;
/** A bureau's list of case records (docs/supervision.md) on `today`: each case's steps, the remedies (补救) and Guangzhou's must-appear hearings; a bad record is a finding in `findings`. */
export function supervise(request: { today: CivilDate; records: unknown[]; pack?: string | object; lang?: Lang; calendar?: unknown }): unknown;
/** Rates of a list over `from`..`to` (both included), per `by`, as the pack defines them (numerator, denominator, 口径, source). */
export function rates(request: { from: CivilDate; to: CivilDate; records: unknown[]; by?: 'all' | 'agency' | 'level'; pack?: string | object }): unknown;
export function rules(options?: { lang?: Lang }): unknown[];
/** Cleans pasted text (pinyin annotations, full-width letters, zero-width chars); reports each change. */
export function clean(text: string): CleanResult;
/** Fetches the OpenCC dictionaries (once) and, in browsers, the small converter-only module with them; needs no `init()`. `convert` calls it for you. */
export function loadDictionaries(): Promise<void>;
/** OpenCC-exact conversion; the first call loads the dictionaries. */
export function convert(text: string, config: OpenccConfig, options?: { clean?: boolean }): Promise<string>;
/** Conversion after `await loadDictionaries()`; throws "dictionaries_not_loaded" before. */
export function convertSync(text: string, config: OpenccConfig, options?: { clean?: boolean }): string;
export function version(): string;
