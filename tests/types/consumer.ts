// A portal's TypeScript, compiled with `tsc --noEmit` against the built package's types
// (tests/node/types.test.mjs). Each @ts-expect-error is an assertion: if the type it guards became
// `any` or too loose, tsc reports the directive as unused and the test fails.
import {
  init, validateId, check, call, callJson, deadline, dueDate, timeline, windows, convert, rules, setLabels, supervise, rates, clean, FilingCheckError,
  type IdResult, type Report, type Finding, type ErrorCode, type Lang, type FilingsByKind, type RuleInfo, type RuleArea,
  type ResultsByOp, type Results, type Op, type KnownFilingKind, type WindowResult,
} from 'filing-check';
import { idNumberRule, idNumberRuleSync } from 'filing-check/adapters/async-validator.js';
import { formilyRules } from 'filing-check/adapters/formily.js';
import { addFilingCheck, FORMATS } from 'filing-check/adapters/ajv.js';
import { checkIdentifier } from 'filing-check/adapters/core.js';
import { checkForm } from 'filing-check/dropin.js';

export async function portal(form: HTMLFormElement): Promise<string[]> {
  await init();
  const today = '2026-11-22';
  const id: IdResult = validateId('resident', '11010519491231002X', { today, lang: 'zh-Hans' });
  const valid: boolean = id.valid;
  const birth: string | undefined = id.resident?.birthDate;
  // @ts-expect-error a JS Date is not a civil date
  validateId('resident', 'x', { today: new Date() });
  // @ts-expect-error today is required: the library never reads a clock
  validateId('resident', 'x', {});
  // @ts-expect-error an unknown identifier kind
  validateId('passport', 'x', { today });
  // @ts-expect-error an unknown language
  validateId('resident', 'x', { today, lang: 'fr' });

  const report: Report = check({ kind: 'appearance' }, { today, mode: 'draft', rules: { 'ID-001': 'warning' } });
  const findings: Finding[] = report.findings;
  const first = findings[0];
  const where: string = first.path;
  const cited: string[] = first.citations.map((c) => c.text);
  // A report never holds an "off" finding, and its counts are numbers.
  const shown: 'info' | 'warning' | 'error' = first.severity;
  const errors: number = report.counts.error;
  // @ts-expect-error a finding has no `field`: its place is `path`
  first.field;
  // A report's kind is the filing's; a portal names fields in its own words with `labels`.
  const narrowed = check({ kind: 'defence' }, { today, labels: { '/hearing/caseNumber': '案件编号' } });
  const myKind: 'defence' = narrowed.kind;
  // @ts-expect-error the report of a "defence" filing is not of another kind
  const otherKind: 'appearance' = narrowed.kind;
  // @ts-expect-error "defense" is not a filing kind (the kinds are the Rust filing types')
  check({ kind: 'defense' }, { today });
  // @ts-expect-error nor is a kind without a schema
  check({ kind: 'some-kind-without-a-schema', anything: 1 }, { today });
  const kinds: KnownFilingKind[] = ['absence', 'appeal', 'appearance', 'complaint', 'defence', 'performance', 'reconsideration'];
  // @ts-expect-error the known kinds are a closed set
  const noKind: KnownFilingKind = 'defense';
  // @ts-expect-error labels are strings
  check({ kind: 'appearance' }, { today, labels: { '/hearing/court': 1 } });
  // Or once, at set-up, for every later check.
  setLabels({ '/appearing/*/idNumber': '身份证号' });
  setLabels(null);
  // @ts-expect-error labels are strings
  setLabels({ '/appearing/*/idNumber': true });
  const listed: string = windows().windows[0].name;
  const windowClass: 'suit' | 'party' | 'courtOrAgency' = windows().windows[0].class;
  const computed = windows({ window: 'defence-answer', from: today, filed: today });
  const late: string | undefined = computed.findings?.[0]?.message;
  const limit: 'within' | 'before' | 'noLimit' | 'notComputable' | 'cutoff' = computed.version.limit;
  const dueOn: string | undefined = computed.due;
  // Without a trigger day, the window's description only.
  const described: string = windows({ window: 'defence-answer' }).windowInfo.trigger;
  // @ts-expect-error a window described is not computed: it has no due day
  windows({ window: 'defence-answer' }).due;
  // @ts-expect-error the list has no due day either
  windows().due;
  const catalogue: RuleInfo[] = rules({ lang: 'zh-Hans' });
  const area: RuleArea = catalogue[0].area;
  const template: string = catalogue[0].messages[0].zhHant;
  // @ts-expect-error "misc" is not an area of the catalogue
  const noArea: RuleArea = 'misc';
  // @ts-expect-error severity "fatal" does not exist
  check({ kind: 'appearance' }, { today, rules: { 'ID-001': 'fatal' } });
  // @ts-expect-error a filing needs its kind
  check({ caseNumber: 'x' }, { today });
  // Whatever kinds have generated types, FilingsByKind maps each kind name to an object type.
  const kindNames: Array<keyof FilingsByKind> = [];

  // call(): each op's request and answer are typed.
  const viaCall: IdResult = call('id', { kind: 'resident', value: 'x', today });
  const holder: 'citizen' | 'hmt-residence-permit' | 'foreign-permanent-resident' | undefined = viaCall.resident?.holder;
  const checked: Report<KnownFilingKind> = call('check', { filing: { kind: 'defence' }, today, config: { mode: 'draft' } });
  const documentKind: 'document' = call('document', { document: { type: 'complaint', text: '行政起诉状' }, today }).kind;
  // @ts-expect-error a document's type is one of the document kinds (generated from schemas/document.schema.json)
  call('document', { document: { type: 'letter', text: '函' }, today });
  const raw: string = call('due', { from: today, period: '15d' }).rawEnd;
  const catalogueViaCall: RuleInfo[] = call('rules', { lang: 'en' });
  const sameName: boolean = call('sameName', { a: '张三', b: '張三' }).same;
  const script: 'simplified' | 'traditional' | 'mixed' | 'neither' = call('script', { text: '行政' }).script;
  const cleanedVia: number = call('convert', { text: 'x', config: 's2t', clean: true }).cleaned?.changes.length ?? 0;
  const anyWindow: ResultsByOp['windows'] = call('windows', { window: 'defence-answer' });
  // @ts-expect-error the answer of `windows` may be the list: narrow it before reading a due day
  anyWindow.due;
  // @ts-expect-error an op that does not exist (callJson takes any op name, as text)
  call('nope', {});
  // @ts-expect-error `id` needs its value
  call('id', { kind: 'resident', today });
  // @ts-expect-error `check` reads the filing from `filing`, not from the request itself
  call('check', { kind: 'defence', today });
  // @ts-expect-error `check` refuses a kind that does not exist
  call('check', { filing: { kind: 'defense' }, today });
  // @ts-expect-error an id result is not a report
  const notAReport: Report = call('id', { kind: 'resident', value: 'x', today });
  const text: string = callJson('id', JSON.stringify({ kind: 'resident', value: 'x', today }));
  // Every op of ResultsByOp (generated from the Rust result types) has a typed request, and no other.
  const sameOps: [Exclude<keyof ResultsByOp, Op>, Exclude<Op, keyof ResultsByOp>] extends [never, never] ? true : false = true;
  // The answers of the list ops are typed too.
  const supervision: Results.SuperviseResult = supervise({ today, records: [] });
  const remedy: 'lateAnswer' | 'noAppearance' | 'nonPerformance' | 'headMustAppear' | undefined = supervision.remedies[0]?.remedy;
  const rated = rates({ from: '2026-01-01', to: today, records: [], by: 'agency' });
  const groups: number = rated.groups.length;
  // @ts-expect-error `by` is all, agency or level
  rates({ from: '2026-01-01', to: today, records: [], by: 'court' });
  const cleaned: 'pinyinAnnotation' | 'fullWidth' | 'zeroWidth' | 'space' | undefined = clean('ｘ').changes[0]?.kind;
  const extended: boolean = dueDate(today, '15d').extended;
  // @ts-expect-error dueDate answers without the raw end (the packed fast path)
  dueDate(today, '15d').rawEnd;
  const maybeComputed = call('windows', { window: 'defence-answer', from: today });
  const computedWindow: Pick<WindowResult, 'computable'> = 'computable' in maybeComputed ? maybeComputed : { computable: false };
  try {
    call('id', { kind: 'resident', value: 'x', today });
  } catch (e) {
    if (e instanceof FilingCheckError) {
      const code: ErrorCode = e.code;
      // @ts-expect-error codes are a closed set
      const wrong: typeof e.code = 'no_such_code';
      return [code, String(wrong)];
    }
  }
  const due: string = deadline({ from: today, period: '15d' }).due;
  const stepMessages: string[] = deadline({ from: today, period: '15d' }).steps.map((step) => step.message);
  // @ts-expect-error a deadline's steps are typed: no `text`
  deadline({ from: today, period: '15d' }).steps[0].text;
  const plan = timeline({ today, events: [{ kind: 'noticeToRespondReceived', date: today }, { kind: 'reported', date: today, about: 'noticeToRespondReceived' }], packs: ['guangzhou'] });
  const state: 'done' | 'pending' | 'missing' | undefined = plan.entries[0].state;
  const ics: string = plan.ics;
  // @ts-expect-error an unknown event kind
  timeline({ today, events: [{ kind: 'noticeRecieved', date: today }] });
  const traditional: string = await convert('行政诉讼', 's2t');
  // @ts-expect-error an unknown OpenCC configuration
  await convert('x', 's2klingon');

  const lang: Lang = 'en';
  const rule = idNumberRule({ kind: 'resident', today: () => today, lang, trigger: 'blur' });
  const outcome: Promise<void> = rule.validator({}, 'x');
  const sync: true | Error = idNumberRuleSync({ kind: 'credit-code', today }).validator({}, 'x');
  // @ts-expect-error today must be given to a rule
  idNumberRule({ kind: 'resident' });
  const formily = formilyRules({ today, lang: 'zh-Hans' });
  const ajv = addFilingCheck({ addFormat: () => undefined, addKeyword: () => undefined }, { today });
  const format: 'resident' = FORMATS['cn-resident-id'];
  const problem = checkIdentifier('resident', 'x', { today });
  const message: string | undefined = problem?.message;
  const ok: boolean = checkForm(form);
  return [String(valid), String(birth), where, ...cited, due, traditional, String(outcome), String(sync), String(formily), String(ajv), format, String(message), String(ok), String(kindNames), String(state), ics, myKind, String(otherKind), area, String(noArea), listed, String(late),
    shown, String(errors), String(kinds), String(noKind), windowClass, limit, String(dueOn), described, template, String(holder), checked.kind, documentKind, raw,
    String(catalogueViaCall.length), String(sameName), script, String(cleanedVia), String(anyWindow), String(notAReport), text, String(sameOps),
    String(remedy), String(groups), String(cleaned), String(extended), String(computedWindow.computable), ...stepMessages];
}
