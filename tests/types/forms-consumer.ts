// The whole-form adapters' types, as a portal's compiler sees them (tests/node/types.test.mjs,
// beside consumer.ts). Each @ts-expect-error is an assertion that a type is not too loose.
import type { Finding, Report } from 'filing-check';
import { placeFindings, fieldEntry, PATH_STYLES, checkFiledInWindow, type Placement } from 'filing-check/adapters/core.js';
import { filingFormRules, windowRule } from 'filing-check/adapters/async-validator.js';
import { showReport } from 'filing-check/adapters/formily.js';
import { filingRefinement } from 'filing-check/adapters/zod.js';
import { filingTest } from 'filing-check/adapters/yup.js';
import { filingSchema } from 'filing-check/adapters/vee-validate.js';
import { holdSubmitsUntilReady, readFiling } from 'filing-check/adapters/dom.js';
import { bindJqueryValidation } from 'filing-check/adapters/jquery-validation.js';
import { bindLayui } from 'filing-check/adapters/layui.js';
import { checkFiling, readFormFiling } from 'filing-check/dropin.js';

export function forms(report: Report, form: HTMLFormElement, $: unknown, layuiForm: unknown): string[] {
  const today = '2026-12-01';
  const placed: Placement = placeFindings(report, { style: 'array', fields: [['appearing', 0, 'idNumber']], lists: [['appearing']] });
  const summary: Finding[] = placed.summary;
  const entry = fieldEntry(placed, 'appearing.0.idNumber');
  const messages: string[] = entry ? entry.errors : [];
  const dotted: string = PATH_STYLES.dotted(['a', '0']);
  // @ts-expect-error an unknown path style
  placeFindings(report, { style: 'slashes' });

  const rules = filingFormRules({ filing: () => ({ kind: 'appearance' }), today, lang: 'zh-Hans', style: 'array', onSummary: (f: Finding[]) => f.length });
  rules.rules(['appearing', 0, 'idNumber'], { trigger: 'blur' });
  // @ts-expect-error filing is a function returning the filing, not the filing
  filingFormRules({ filing: { kind: 'appearance' }, today });
  windowRule({ window: 'appeal-judgment', from: () => '2025-03-03', trigger: 'blur' });
  const late = checkFiledInWindow({ window: 'appeal-judgment', from: '2025-03-03' }, '2025-04-30');
  const lateMessage: string | undefined = late ? late.message : undefined;

  showReport({ fields: {} }, report);
  filingRefinement({ today });
  // @ts-expect-error yup's ValidationError class is required
  filingTest({ today });
  filingSchema({ today, summaryPath: '' });
  const gate = holdSubmitsUntilReady(form, Promise.resolve(), { buttons: '[lay-submit]' });
  const held: boolean = gate.held;
  readFiling(form, { '/agency/name': 'agencyName' });
  bindJqueryValidation($, form, { names: {}, today, summary: '#summary' });
  const layui = bindLayui(layuiForm, form, { names: {}, today, rule: 'appearance' });
  const verdict: string | undefined = layui.verify.appearance('', form);
  const whole: Report | null = checkFiling(form);
  const filing: { kind: string } = readFormFiling(form);
  return [...messages, dotted, String(summary.length), String(held), lateMessage ?? '', verdict ?? '', String(whole && whole.ok), filing.kind];
}
