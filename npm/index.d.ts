// Types of the filing-check npm package. Civil dates are "YYYY-MM-DD" strings everywhere; a JS
// Date is refused with FilingCheckError code "invalid_date".
//
// Two kinds of type are generated from the Rust types, by scripts/gen-types.mjs from the JSON
// Schemas that tests/schemas.rs derives (schemars): the filing types, one per filing kind, in
// ./types/filings.d.ts, and what every op answers, in ./types/results.d.ts (`ResultsByOp`, and each
// Rust result type by its Rust name under `Results`). The names below alias those; what is written
// by hand here is the requests (read from JSON by hand in Rust too) and the JS-only functions.
// scripts/package.sh makes index.d.cts (for require()) from this file, pointing at the .d.cts twins.
import type { FilingsByKind, InputsBySchema } from './types/filings.js';
import type * as Results from './types/results.js';
import type { ResultsByOp } from './types/results.js';
export type * from './types/filings.js';
/** Every generated result type by its Rust name, e.g. `Results.WindowView`, `Results.SuperviseResult`. */
export type { Results, ResultsByOp };

/** A civil date, "YYYY-MM-DD". */
export type CivilDate = string;
export type Lang = Results.Lang;
export type Severity = Results.Severity;
export type Mode = Results.Mode;

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

/** A citation, e.g. 《行政诉讼法》第六十七条第一款 in `text` (Rust `law::CitationView`). */
export type Citation = Results.CitationView;

/**
 * One finding (Rust `report::Finding`); `path` is a JSON Pointer into the input, for code, and
 * `message` names the field by its label. Never of severity "off": a report drops those.
 */
export interface Finding extends Omit<Results.Finding, 'severity'> {
  severity: Exclude<Severity, 'off'>;
}

/** A check's report (Rust `report::Report`); `K` is the kind checked (`check()` narrows it to the filing's `kind`, "document" for a document). */
export interface Report<K extends string = string> extends Omit<Results.Report, 'kind' | 'findings'> {
  kind: K;
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
  /**
   * The portal's own field labels, in the call's language, replacing the schema titles in
   * messages: a path pattern or an exact JSON Pointer → label, e.g.
   * `{ "/hearing/caseNumber": "案件编号" }`. In a pattern a `*` segment matches any array index
   * (the appearing people's identity numbers: appearing, `*`, idNumber); the pattern of an
   * array's items ending in `*` replaces the item marker, `{n}` being the 1-based number
   * (`"（第{n}位）"`). `path` in findings is unchanged.
   */
  labels?: Record<string, string>;
}

export type IdKind = Results.IdKind;

/** One identifier checked (op `id`): what it encodes, or why it is invalid. */
export type IdResult = Results.IdResult;

export interface DeadlineRequest {
  from: CivilDate;
  /** "15d", "6m", "1y" or "5wd" (working days). */
  period: string;
  postmark?: CivilDate;
  /** Extra calendar years, holiday-cn JSON or the project's own format. */
  calendar?: unknown;
  lang?: Lang;
}

/** A computed deadline with its steps (op `deadline`, Rust `period::DeadlineView`). */
export type DeadlineResult = Results.DeadlineView;
/** The due day only (op `due`, Rust `api::DueView`). */
export type DueResult = Results.DueView;

export type OpenccConfig =
  | 's2t' | 't2s' | 's2tw' | 'tw2s' | 's2hk' | 'hk2s' | 's2twp' | 'tw2sp'
  | 't2tw' | 'tw2t' | 't2hk' | 'hk2t' | 't2jp' | 'jp2t' | 's2hkp' | 'hk2sp';

/** Cleaned text, each change and each problem left (op `clean`). */
export type CleanResult = Results.CleanResult;

/** Loads the wasm module (browser). Idempotent; resolves at once in Node. */
export function init(moduleOrPath?: unknown, options?: { engine?: Engine }): Promise<void>;
/** Loads only the identifiers module (a fraction of the main one): enough for `validateId`. Idempotent; after `init()` the main module answers instead. */
export function initIds(options?: { engine?: Engine }): Promise<void>;
/** Loads only the forms module (a fraction of the main one): `check` of the agency's own forms (`appearance`, `absence`, `performance`), `validateId` and `dueDate`, with the main module's answers. Other ops and kinds throw `not_initialized` until `init()` (browsers). Idempotent; resolves at once in Node; after `init()` the main module answers instead. */
export function initForms(options?: { engine?: Engine }): Promise<void>;
/** Loads the desk module, which alone runs `supervise`, `rates` and `bulletin` (and `call`/`callJson` of those ops): before it has loaded they throw `not_initialized` (browsers). Idempotent; resolves at once in Node, where the module loads on the first desk call. */
export function initDesk(options?: { engine?: Engine }): Promise<void>;
/** The engines that run the core: the .wasm, or the same module compiled to JS where WebAssembly may not compile. */
export type Engine = 'wasm' | 'js';
/**
 * Where a copy of the package's files (web/, opencc/) is served, e.g. `'/filing-check/'`: needed by
 * the legacy entry only, which webpack 4 takes (package.json "module"), since webpack 4 can neither
 * parse `import.meta` nor emit the .wasm. The other entries find their files themselves and ignore it.
 */
export function setAssetBase(url: string): void;
/** Which engine runs the main module; null before `init()` has finished (browsers). */
export function engine(): Engine | null;
/** Whether this page (or process) may compile WebAssembly; false under a CSP that refuses it. */
export function canCompileWasm(): boolean;
/** The operations of `call` and `callJson`. */
export type Op = keyof RequestsByOp;
/** What each op answers: the generated `ResultsByOp`, with a report's `kind` and findings narrowed. */
export interface CallResults extends Omit<ResultsByOp, 'check' | 'document'> {
  check: Report<KnownFilingKind>;
  document: Report<'document'>;
}
/**
 * Runs one operation of the JSON facade (the same ops as the CLI and the Rust `api::call`): the
 * request and the answer are typed per op. An op name known only at run time goes through `callJson`.
 */
export function call<O extends Op>(op: O, request: RequestsByOp[O]): CallResults[O];
/** The same with JSON text in and out (byte-identical to the native build). */
export function callJson(op: string, requestJson: string): string;
export function validateId(kind: IdKind, value: string, options: CallOptions): IdResult;
/**
 * The filing kinds of this build, from the generated filing types (`check` answers any other with
 * `unknown_kind`); any string in a build without them.
 */
export type KnownFilingKind = [keyof FilingsByKind] extends [never] ? string : keyof FilingsByKind & string;
/** A filing of kind `K`: its generated type when there is one, else any object with that `kind`. */
export type FilingOf<K extends string> = K extends keyof FilingsByKind ? FilingsByKind[K] : { kind: K; [field: string]: unknown };
/**
 * Checks one filing; a form full of mistakes is a Report with findings, never an exception.
 * @throws FilingCheckError `unknown_kind`, `invalid_date`, `unknown_rule`… for a malformed call.
 */
export function check<K extends KnownFilingKind>(filing: FilingOf<K> & { kind: K }, options: CheckOptions): Report<K>;
/**
 * Sets the portal's own field labels once, for every later `check()` (see `CheckOptions.labels`);
 * a call's own `labels` win key by key. `null` clears them.
 * @throws FilingCheckError `invalid_argument` unless an object of pointer or pattern → string.
 */
export function setLabels(labels: Record<string, string> | null): void;
/** The due day only, without steps: the fast path for many dates. Same dates as `deadline`. */
export function dueDate(from: CivilDate, period: string): Pick<DueResult, 'due' | 'extended' | 'provisional'>;
export function deadline(request: DeadlineRequest): DeadlineResult;
/** One version of a statutory window, by the day it took effect (Rust `windows::VersionView`). */
export type WindowVersion = Results.VersionView;
/** A named statutory window (期间), e.g. `defence-answer` (Rust `windows::WindowView`). */
export type WindowInfo = Results.WindowView;
/** One window computed from a trigger day: the due day with its steps, or why it cannot be computed (Rust `windows::WindowResultView`). */
export type WindowResult = Results.WindowResultView;
/** The requests of op `windows`: every window, one window's description, or one window computed from a trigger day. */
export type WindowsRequest =
  | { window?: undefined; lang?: Lang; calendar?: unknown }
  | { window: string; from?: undefined; lang?: Lang; calendar?: unknown }
  | { window: string; from: CivilDate; filed?: CivilDate; postmark?: CivilDate; today?: CivilDate; lang?: Lang; calendar?: unknown };
/** Every named window. */
export function windows(request?: { window?: undefined; lang?: Lang; calendar?: unknown }): Extract<Results.WindowsResult, { windows: unknown }>;
/** One window from a trigger day; with `filed` (and `postmark`), its findings. */
export function windows(request: { window: string; from: CivilDate; filed?: CivilDate; postmark?: CivilDate; today?: CivilDate; lang?: Lang; calendar?: unknown }): WindowResult;
/** One window's description, without computing it. */
export function windows(request: { window: string; from?: undefined; lang?: Lang; calendar?: unknown }): Exclude<Results.WindowsResult, { windows: unknown } | WindowResult>;
/** One case event (src/timeline `EventInput`). The kinds never change. */
export interface TimelineEvent {
  kind:
    | 'noticeToRespondReceived' | 'appealReceived' | 'summonsReceived' | 'judgmentServed' | 'hearing'
    | 'answered' | 'appeared' | 'performed' | 'identityChecked' | 'attendanceChecked' | 'reported' | 'fedBack';
  date: CivilDate;
  /** `summonsReceived`: the hearing date on the summons; the checks: which hearing. */
  hearingDate?: CivilDate;
  /** `judgmentServed`: the last day of the performance period, when the judgment sets one. */
  performanceDue?: CivilDate;
  /** `judgmentServed`: the period as the judgment words it ("判决生效之日起三十日内"). */
  performancePeriod?: string;
  /** `judgmentServed`: the day the judgment took effect (default: presumed after the appeal period). */
  effectiveDate?: CivilDate;
  /** `attendanceChecked`: whether everyone registered actually came. */
  attended?: boolean;
  /** `reported`, `fedBack`: the trigger they are about, when not the latest one before `date`. */
  about?: TimelineAnchor;
}
export type TimelineAnchor =
  | 'noticeToRespondReceived' | 'appealReceived' | 'summonsReceived' | 'judgmentServed' | 'hearing'
  | 'answerDue' | 'appealAnswerDue' | 'performanceDue' | 'answered' | 'performed';
export type OnRestDay = 'keep' | 'previous' | 'next';
/** A timeline request: built-in pack names (`"guangzhou"`, `"qiannan"`) or inline packs. */
export interface TimelineRequest {
  today: CivilDate;
  events: TimelineEvent[];
  packs?: Array<string | { name: string; timeline: Record<string, unknown> }>;
  lang?: Lang;
  calendar?: unknown;
}
/** One dated entry (Rust `timeline::Entry`). */
export type TimelineEntry = Results.Entry;
/** The timeline of a case (op `timeline`, Rust `timeline::Timeline`). */
export type TimelineResult = Results.Timeline;
/** The supervision timeline of one case: reports, reminders, due days, feedback and checks, each with its reason and state. */
export function timeline(request: TimelineRequest): TimelineResult;
/** One rule of the catalogue, as `rules()` and `filing-check rules` list it (Rust `rules::RuleView`). */
export type RuleInfo = Results.RuleView;
/** The areas of the rule catalogue (the rule id's prefix names the area). */
export type RuleArea = RuleInfo['area'];
export function rules(options?: { lang?: Lang }): RuleInfo[];
/** A bureau's list of cases: `records` (record objects, docs/supervision.md), or the text of a JSONL file (`jsonl`) or of a CSV file (`csv`, one row per event); exactly one. */
export type CaseList = { records: unknown[]; jsonl?: never; csv?: never } | { jsonl: string; records?: never; csv?: never } | { csv: string; records?: never; jsonl?: never };
/** A bureau's list of case records (docs/supervision.md) on `today`: each case's steps, the remedies (补救) and Guangzhou's must-appear hearings; a bad record is a finding in `findings`. With `ics: true` the result's `ics` holds the reminders (iCalendar). */
export function supervise(request: SuperviseRequest): SupervisionResult;
export type SuperviseRequest = { today: CivilDate; pack?: string | object; lang?: Lang; calendar?: unknown; ics?: boolean } & CaseList;
/** Each case's steps, the remedies, each agency's standing (Rust `supervision::Supervision`). */
export type SupervisionResult = Results.SuperviseResult;
/** Rates of a list over `from`..`to` (both included), per `by`, as the pack defines them (numerator, denominator, 口径, source). */
export function rates(request: RatesRequest): RatesResult;
export type RatesRequest = { from: CivilDate; to: CivilDate; by?: Results.GroupBy; pack?: string | object; lang?: Lang } & CaseList;
/** The rates per group, with the pack's definitions (Rust `supervision::RatesResult`). */
export type RatesResult = Results.RatesResult;
/** The bulletin of a list over `from`..`to`: the rates per `by` (default `agency`, `pack` default `qiannan`), the remedies due in the period as of `today` (default `to`, `timelinePack` default `guangzhou`); HTML (default) or CSV. */
export function bulletin(request: BulletinRequest): BulletinResult;
export type BulletinRequest = { from: CivilDate; to: CivilDate; today?: CivilDate; by?: Results.GroupBy; pack?: string | object; timelinePack?: string | object; format?: 'html' | 'csv' } & CaseList;
export interface BulletinResult { format: 'html' | 'csv'; text: string }
/** Cleans pasted text (pinyin annotations, full-width letters, zero-width chars); reports each change. */
export function clean(text: string): CleanResult;
/** Fetches the OpenCC dictionaries (once) and, in browsers, the small converter-only module with them; needs no `init()`. `convert` calls it for you. */
export function loadDictionaries(): Promise<void>;
/** OpenCC-exact conversion; the first call loads the dictionaries. */
export function convert(text: string, config: OpenccConfig, options?: { clean?: boolean }): Promise<string>;
/** Conversion after `await loadDictionaries()`; throws "dictionaries_not_loaded" before. */
export function convertSync(text: string, config: OpenccConfig, options?: { clean?: boolean }): string;
export function version(): string;

/** The input of op `document`: its generated type (schemas/document.schema.json) when the build has it. */
export type DocumentInputOf<S> = S extends { document: infer D } ? D : { type: string; text: string; [field: string]: unknown };
/** The configuration of a checking op (`check`, `document`): `CheckOptions` without the day and language. */
export type CheckConfig = Omit<CheckOptions, 'today' | 'lang'>;
/** What each op of `call` takes, written by hand as the Rust facade reads it (src/api). */
export interface RequestsByOp {
  id: { kind: IdKind; value: string; today: CivilDate; lang?: Lang };
  check: { filing: FilingOf<KnownFilingKind>; today: CivilDate; lang?: Lang; config?: CheckConfig };
  document: { document: DocumentInputOf<InputsBySchema>; today: CivilDate; lang?: Lang; config?: CheckConfig };
  deadline: DeadlineRequest;
  due: { from: CivilDate; period: string };
  windows: WindowsRequest;
  timeline: TimelineRequest;
  supervise: SuperviseRequest;
  rates: RatesRequest;
  bulletin: BulletinRequest;
  rules: { lang?: Lang };
  convert: { text: string; config: OpenccConfig; clean?: boolean };
  clean: { text: string };
  script: { text: string };
  sameName: { a: string; b: string };
}
