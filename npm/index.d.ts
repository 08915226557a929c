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
  /** JSON Pointer into the input, e.g. "/appearing/0/idNumber", for code; `message` names the field by its label. */
  path: string;
  messageId: string;
  args: Record<string, string>;
  message: string;
  citations: Citation[];
}

/** A check's report; `K` is the kind checked (`check()` narrows it to the filing's `kind`). */
export interface Report<K extends string = string> {
  /** False exactly when some finding has severity "error". */
  ok: boolean;
  /** The filing's kind, or "document" for a document check. */
  kind: K;
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
export function check<K extends string>(filing: FilingOf<K> & { kind: K }, options: CheckOptions): Report<K>;
/**
 * Sets the portal's own field labels once, for every later `check()` (see `CheckOptions.labels`);
 * a call's own `labels` win key by key. `null` clears them.
 * @throws FilingCheckError `invalid_argument` unless an object of pointer or pattern → string.
 */
export function setLabels(labels: Record<string, string> | null): void;
/** The due day only, without steps: the fast path for many dates. Same dates as `deadline`. */
export function dueDate(from: CivilDate, period: string): { due: CivilDate; extended: boolean; provisional: boolean };
export function deadline(request: DeadlineRequest): DeadlineResult;
/** One version of a statutory window, by the day it took effect (Rust `windows::VersionView`). */
export interface WindowVersion {
  inForceFrom: CivilDate;
  inForceUntil?: CivilDate;
  /** `within` N after the trigger, `before` it, a `cutoff` day, `noLimit`, or `notComputable` (see `reason`). */
  limit: 'within' | 'before' | 'cutoff' | 'noLimit' | 'notComputable';
  /** "15d", "6m", "1y", "5wd". */
  period?: string;
  reason?: string;
  citations: Citation[];
}
/** A named statutory window (期间), e.g. `defence-answer`. */
export interface WindowInfo {
  id: string;
  class: 'suit' | 'party' | 'courtOrAgency';
  /** Its entry in LEGAL.md. */
  digest: string;
  /** In the requested language. */
  name: string;
  trigger: string;
  versions: WindowVersion[];
}
/** One window computed from a trigger day: the due day with its steps, or why it cannot be computed. */
export interface WindowResult {
  window: string;
  windowInfo: WindowInfo;
  /** The version in force on the trigger day. */
  version: WindowVersion;
  computable: boolean;
  /** For a cutoff window: whether the trigger day is still admissible. */
  admissible?: boolean;
  from?: CivilDate;
  due?: CivilDate;
  rawEnd?: CivilDate;
  period?: string;
  extended?: boolean;
  provisional?: boolean;
  monthEndAdjusted?: boolean;
  steps?: Array<{ id: string; args: Record<string, string>; message: string }>;
  basis?: Citation[];
  warnings?: Array<Record<string, unknown>>;
  /** With `filed`: whether it was in time (DL-… findings). */
  findings?: Finding[];
  [more: string]: unknown;
}
/** Every named window. */
export function windows(request?: { lang?: Lang; calendar?: unknown }): { windows: WindowInfo[] };
/** One window from a trigger day; with `filed` (and `postmark`), its findings. */
export function windows(request: { window: string; from: CivilDate; filed?: CivilDate; postmark?: CivilDate; today?: CivilDate; lang?: Lang; calendar?: unknown }): WindowResult;
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
/** One dated entry (src/timeline `Entry`). */
export interface TimelineEntry {
  date: CivilDate;
  kind: 'report' | 'reminder' | 'due' | 'feedback' | 'hearing' | 'check';
  anchor: TimelineAnchor;
  anchorDate: CivilDate;
  /** Index in `events` of the event the entry derives from. */
  event: number;
  /** The pack rule (`gz-remind-7`) or the window (`defence-answer`) behind the entry. */
  rule: string;
  pack?: string;
  task?: 'collectAppearingPerson' | 'phoneReminder' | 'checkIdentity' | 'checkAttendance';
  /** For items someone must do: recorded as done, not yet due, or due and not recorded (补救). */
  state?: 'done' | 'pending' | 'missing';
  doneOn?: CivilDate;
  messageId: string;
  args: Record<string, string>;
  /** Why this date, in the request's language. */
  reason: string;
  notes: string[];
  provisional: boolean;
  past: boolean;
  steps?: Array<{ id: string; args: Record<string, string>; message: string }>;
  basis?: Citation[];
}
export interface TimelineResult {
  today: CivilDate;
  entries: TimelineEntry[];
  packs: Array<{ name: string; source: unknown; onRestDay: { reminder: OnRestDay; report: OnRestDay; feedback: OnRestDay; check: OnRestDay; reading?: string | null } }>;
  warnings: Array<{ id: string; args: Record<string, string>; message: string }>;
  /** The timeline as an iCalendar (RFC 5545) document. */
  ics: string;
}
/** The supervision timeline of one case: reports, reminders, due days, feedback and checks, each with its reason and state. */
export function timeline(request: TimelineRequest): TimelineResult;
/** The areas of the rule catalogue (the rule id's prefix names the area). */
export type RuleArea = 'identity' | 'appearance' | 'deadline' | 'filing' | 'document';
/** One rule of the catalogue, as `rules()` and `filing-check rules` list it (Rust `rules::RuleView`). */
export interface RuleInfo {
  /** Permanent id, e.g. "ID-001". */
  id: string;
  area: RuleArea;
  /** In the requested language. */
  title: string;
  defaultSeverity: Exclude<Severity, 'off'> | 'off';
  /** Every message template, in the three languages, with its `{placeholders}`. */
  messages: Array<{ id: string; zhHans: string; zhHant: string; en: string }>;
  citations: Citation[];
  /** Set when the rule is retired: it keeps its id and never fires. */
  deprecated?: string;
}
export function rules(options?: { lang?: Lang }): RuleInfo[];
/** A bureau's list of cases: `records` (record objects, docs/supervision.md), or the text of a JSONL file (`jsonl`) or of a CSV file (`csv`, one row per event); exactly one. */
export type CaseList = { records: unknown[]; jsonl?: never; csv?: never } | { jsonl: string; records?: never; csv?: never } | { csv: string; records?: never; jsonl?: never };
/** A bureau's list of case records (docs/supervision.md) on `today`: each case's steps, the remedies (补救) and Guangzhou's must-appear hearings; a bad record is a finding in `findings`. With `ics: true` the result's `ics` holds the reminders (iCalendar). */
export function supervise(request: { today: CivilDate; pack?: string | object; lang?: Lang; calendar?: unknown; ics?: boolean } & CaseList): unknown;
/** Rates of a list over `from`..`to` (both included), per `by`, as the pack defines them (numerator, denominator, 口径, source). */
export function rates(request: { from: CivilDate; to: CivilDate; by?: 'all' | 'agency' | 'level'; pack?: string | object } & CaseList): unknown;
/** The bulletin of a list over `from`..`to`: the rates per `by` (default `agency`, `pack` default `qiannan`), the remedies due in the period as of `today` (default `to`, `timelinePack` default `guangzhou`); HTML (default) or CSV. */
export function bulletin(request: { from: CivilDate; to: CivilDate; today?: CivilDate; by?: 'all' | 'agency' | 'level'; pack?: string | object; timelinePack?: string | object; format?: 'html' | 'csv' } & CaseList): { format: 'html' | 'csv'; text: string };
/** Cleans pasted text (pinyin annotations, full-width letters, zero-width chars); reports each change. */
export function clean(text: string): CleanResult;
/** Fetches the OpenCC dictionaries (once) and, in browsers, the small converter-only module with them; needs no `init()`. `convert` calls it for you. */
export function loadDictionaries(): Promise<void>;
/** OpenCC-exact conversion; the first call loads the dictionaries. */
export function convert(text: string, config: OpenccConfig, options?: { clean?: boolean }): Promise<string>;
/** Conversion after `await loadDictionaries()`; throws "dictionaries_not_loaded" before. */
export function convertSync(text: string, config: OpenccConfig, options?: { clean?: boolean }): string;
export function version(): string;
