// A portal's TypeScript, compiled with `tsc --noEmit` against the built package's types
// (tests/node/types.test.mjs). Each @ts-expect-error is an assertion: if the type it guards became
// `any` or too loose, tsc reports the directive as unused and the test fails.
import {
  init, validateId, check, call, deadline, timeline, windows, convert, rules, setLabels, FilingCheckError,
  type IdResult, type Report, type Finding, type ErrorCode, type Lang, type FilingsByKind, type RuleInfo, type RuleArea,
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

  const report: Report = check({ kind: 'some-kind-without-a-schema', anything: 1 }, { today, mode: 'draft', rules: { 'ID-001': 'warning' } });
  const findings: Finding[] = report.findings;
  const first = findings[0];
  const where: string = first.path;
  const cited: string[] = first.citations.map((c) => c.text);
  // A report's kind is the filing's; a portal names fields in its own words with `labels`.
  const narrowed = check({ kind: 'my-kind' }, { today, labels: { '/hearing/caseNumber': '案件编号' } });
  const myKind: 'my-kind' = narrowed.kind;
  // @ts-expect-error the report of a "my-kind" filing is not of another kind
  const otherKind: 'other-kind' = narrowed.kind;
  // @ts-expect-error labels are strings
  check({ kind: 'x' }, { today, labels: { '/hearing/court': 1 } });
  // Or once, at set-up, for every later check.
  setLabels({ '/appearing/*/idNumber': '身份证号' });
  setLabels(null);
  // @ts-expect-error labels are strings
  setLabels({ '/appearing/*/idNumber': true });
  const listed: string = windows().windows[0].name;
  const computed = windows({ window: 'defence-answer', from: today, filed: today });
  const late: string | undefined = computed.findings?.[0]?.message;
  // @ts-expect-error a window is computed from a trigger day
  windows({ window: 'defence-answer' });
  const catalogue: RuleInfo[] = rules({ lang: 'zh-Hans' });
  const area: RuleArea = catalogue[0].area;
  // @ts-expect-error "misc" is not an area of the catalogue
  const noArea: RuleArea = 'misc';
  // @ts-expect-error severity "fatal" does not exist
  check({ kind: 'x' }, { today, rules: { 'ID-001': 'fatal' } });
  // @ts-expect-error a filing needs its kind
  check({ caseNumber: 'x' }, { today });
  // Whatever kinds have generated types, FilingsByKind maps each kind name to an object type.
  const kindNames: Array<keyof FilingsByKind> = [];

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
  return [String(valid), String(birth), where, ...cited, due, traditional, String(outcome), String(sync), String(formily), String(ajv), format, String(message), String(ok), String(kindNames), String(state), ics, myKind, String(otherKind), area, String(noArea), listed, String(late)];
}
