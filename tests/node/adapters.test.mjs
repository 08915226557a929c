// The form-library adapters against the real libraries, installed from npm at the versions
// package-lock.json pins: async-validator (Element Plus, Ant Design Vue), its fork
// @rc-component/async-validator (antd), Formily and Ajv. The adapters are loaded from the built
// package (pkg/adapters/), where they import the package by its own name, as a portal would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import AsyncValidatorModule from 'async-validator';
import RcAsyncValidatorModule from '@rc-component/async-validator';
import AsyncValidator18Module from 'async-validator-1';
import { createForm, registerValidateRules } from '@formily/core';
import AjvModule from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = resolve(root, process.env.FILING_CHECK_PKG ?? 'pkg');
const load = (p) => import(pathToFileURL(join(pkgDir, p)).href);
const fc = await load('node.mjs');
const { idNumberRule, idNumberRuleSync } = await load('adapters/async-validator.js');
const { formilyRules } = await load('adapters/formily.js');
const { addFilingCheck, FORMATS } = await load('adapters/ajv.js');
const { checkIdentifier, placeFindings, pointerSegments, PATH_STYLES } = await load('adapters/core.js');
const { filingFormRules, windowRule } = await load('adapters/async-validator.js');
const { filingRefinement } = await load('adapters/zod.js');
const { filingTest } = await load('adapters/yup.js');
const { filingSchema } = await load('adapters/vee-validate.js');
const { showReport } = await load('adapters/formily.js');

// CommonJS builds seen through import: the class is `default` or the module itself.
const Schema = AsyncValidatorModule.default ?? AsyncValidatorModule;
const RcSchema = RcAsyncValidatorModule.default ?? RcAsyncValidatorModule;
const Schema18 = AsyncValidator18Module.default ?? AsyncValidator18Module;
const Ajv = AjvModule.default ?? AjvModule;
const today = '2026-11-22';
// GB 11643-1999's own example number, and the same with a wrong check character.
const VALID = '11010519491231002X';
const WRONG_CHECK = '110105194912310021';

// ISO 7064 MOD 11-2 as GB 11643-1999 §8 defines it, written here independently of the core.
function withCheckCharacter(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function asyncValidatorErrors(SchemaClass, rules, value) {
  try {
    await new SchemaClass({ idNumber: rules }).validate({ idNumber: value });
    return [];
  } catch (e) {
    if (!e || !Array.isArray(e.errors)) throw e;
    return e.errors;
  }
}

for (const [name, SchemaClass] of [['async-validator', Schema], ['@rc-component/async-validator', RcSchema]]) {
  test(`${name}: the Promise rule rejects a wrong check character with the library's message`, async () => {
    const errors = await asyncValidatorErrors(SchemaClass, [idNumberRule({ kind: 'resident', today, lang: 'en' })], WRONG_CHECK);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].field, 'idNumber');
    assert.equal(errors[0].message, fc.validateId('resident', WRONG_CHECK, { today, lang: 'en' }).message);
    assert.match(errors[0].message, /check character/);
  });

  test(`${name}: the Promise rule accepts a valid number, lower-case x included`, async () => {
    for (const v of [VALID, VALID.toLowerCase()]) {
      assert.deepEqual(await asyncValidatorErrors(SchemaClass, [idNumberRule({ kind: 'resident', today })], v), []);
    }
  });

  test(`${name}: the synchronous rule returns true or an Error`, async () => {
    const rule = idNumberRuleSync({ kind: 'resident', today, lang: 'zh-Hans' });
    assert.deepEqual(await asyncValidatorErrors(SchemaClass, [rule], VALID), []);
    assert.equal(rule.validator(rule, VALID), true);
    const error = rule.validator(rule, WRONG_CHECK);
    assert.ok(error instanceof Error);
    assert.match(error.message, /校验码/);
    const errors = await asyncValidatorErrors(SchemaClass, [rule], WRONG_CHECK);
    assert.deepEqual(errors.map((e) => e.message), [error.message]);
  });

  test(`${name}: an empty field is left to the required rule`, async () => {
    const rules = [{ required: true, message: 'required' }, idNumberRule({ kind: 'resident', today })];
    assert.deepEqual((await asyncValidatorErrors(SchemaClass, rules, '')).map((e) => e.message), ['required']);
    assert.deepEqual(await asyncValidatorErrors(SchemaClass, [idNumberRule({ kind: 'resident', today })], ''), []);
  });
}

test('async-validator: the trigger option is kept for Element Plus', () => {
  assert.equal(idNumberRule({ kind: 'resident', today, trigger: 'blur' }).trigger, 'blur');
});

test('today may be a function; it is asked each time and decides a birth date "in the future"', async () => {
  const bornTomorrow = withCheckCharacter('11010520261123001');
  let asked = 0;
  let day = '2026-11-22';
  const rule = idNumberRule({ kind: 'resident', today: () => { asked++; return day; }, lang: 'en' });
  const before = await asyncValidatorErrors(Schema, [rule], bornTomorrow);
  assert.equal(before.length, 1, 'a birth date after today must be refused');
  day = '2026-11-23';
  assert.deepEqual(await asyncValidatorErrors(Schema, [rule], bornTomorrow), []);
  assert.equal(asked, 2);
});

test('a malformed spec is a FilingCheckError, not a silent pass', () => {
  assert.throws(() => checkIdentifier({ kind: 'resident' }, VALID), (e) => e instanceof fc.FilingCheckError && e.code === 'invalid_date');
  assert.throws(() => checkIdentifier({ kind: 'resident', today: new Date(today) }, VALID), (e) => e.code === 'invalid_date');
  assert.throws(() => checkIdentifier({ kind: 'no-such-kind', today }, VALID), (e) => e instanceof fc.FilingCheckError);
});

test('the kind is passed through to validateId unchanged (credit-code works once the core has it)', (t) => {
  // 91350100M000100Y43 is the check-character example of GB 32100-2015 (统一社会信用代码).
  let direct;
  try {
    direct = fc.validateId('credit-code', '91350100M000100Y43', { today });
  } catch (e) {
    assert.equal(e.code, 'invalid_argument');
    assert.throws(() => checkIdentifier({ kind: 'credit-code', today }, '91350100M000100Y43'), (e2) => e2.code === e.code && e2.message === e.message);
    t.skip('this build of the core has no credit-code kind yet: checked only that the adapter reaches the core with it');
    return;
  }
  assert.equal(direct.valid, true);
  assert.equal(checkIdentifier({ kind: 'credit-code', today }, '91350100M000100Y43'), null);
  assert.match(checkIdentifier({ kind: 'credit-code', today }, '91350100M000100Y44').message, /\S/);
});

test('Formily: registerValidateRules, an error and a warning with the library message', async () => {
  registerValidateRules(formilyRules({ today, lang: 'en' }));
  const form = createForm();
  const head = form.createField({ name: 'headIdNumber', validator: { filingCheck: 'resident' } });
  const agent = form.createField({ name: 'agentIdNumber', validator: { filingCheck: { kind: 'resident', severity: 'warning', lang: 'zh-Hans' } } });
  await head.onInput(WRONG_CHECK);
  await agent.onInput(WRONG_CHECK);
  await form.validate().catch(() => {});
  assert.deepEqual(head.selfErrors, [fc.validateId('resident', WRONG_CHECK, { today, lang: 'en' }).message]);
  assert.deepEqual(agent.selfErrors, []);
  assert.equal(agent.selfWarnings.length, 1);
  assert.match(agent.selfWarnings[0], /校验码/);
  await head.onInput(VALID);
  await head.validate();
  assert.deepEqual(head.selfErrors, []);
  assert.equal(head.valid, true);
});

test('Ajv: formats say valid or not', () => {
  const ajv = addFilingCheck(new Ajv({ allErrors: true }), { today, lang: 'en' });
  assert.deepEqual(Object.keys(FORMATS), ['cn-resident-id', 'cn-credit-code']);
  const validate = ajv.compile({ type: 'string', format: 'cn-resident-id' });
  assert.equal(validate(VALID), true);
  assert.equal(validate(WRONG_CHECK), false);
  assert.equal(validate.errors[0].keyword, 'format');
});

test('Ajv: the filingCheck keyword reports the library message, reason and path', () => {
  const ajv = addFilingCheck(new Ajv({ allErrors: true }), { today, lang: 'zh-Hans' });
  const validate = ajv.compile({
    type: 'object',
    properties: { appearing: { type: 'array', items: { type: 'object', properties: { idNumber: { type: 'string', filingCheck: { kind: 'resident', lang: 'en' } } } } } },
  });
  assert.equal(validate({ appearing: [{ idNumber: VALID }] }), true);
  assert.equal(validate({ appearing: [{ idNumber: VALID }, { idNumber: WRONG_CHECK }] }), false);
  assert.equal(validate.errors.length, 1);
  const [error] = validate.errors;
  assert.equal(error.keyword, 'filingCheck');
  assert.equal(error.instancePath, '/appearing/1/idNumber');
  assert.equal(error.params.reason, 'check_character');
  assert.equal(error.message, fc.validateId('resident', WRONG_CHECK, { today, lang: 'en' }).message);
  const short = ajv.compile({ type: 'string', filingCheck: 'resident' });
  assert.equal(short(WRONG_CHECK), false);
  assert.match(short.errors[0].message, /校验码/);
});

// Element UI 2 (Vue 2) validates with async-validator ~1.8: validate(source, options, callback),
// no Promise, and a validator's return value is ignored unless it is a Promise. Element UI calls it
// exactly so (form-item.js: `validator.validate(model, { firstFields: true }, (errors) => …)`).
// A validator that never calls back leaves Element UI's form waiting for ever: reported as such.
function elementUiErrors(rules, value) {
  return new Promise((resolve, reject) => {
    const never = setTimeout(() => reject(new Error('async-validator 1.8 never completed: a validator did not call back')), 5000);
    new Schema18({ idNumber: rules }).validate({ idNumber: value }, { firstFields: true }, (errors) => {
      clearTimeout(never);
      resolve(errors || []);
    });
  });
}

test('async-validator 1.8 (Element UI): the Promise rule and the synchronous rule both show the library message', async () => {
  const message = fc.validateId('resident', WRONG_CHECK, { today, lang: 'zh-Hans' }).message;
  for (const rule of [idNumberRule({ kind: 'resident', today, lang: 'zh-Hans', trigger: 'blur' }), idNumberRuleSync({ kind: 'resident', today, lang: 'zh-Hans' })]) {
    const errors = await elementUiErrors([{ required: true, message: '请填写' }, rule], WRONG_CHECK);
    assert.deepEqual(errors.map((e) => [e.field, e.message]), [['idNumber', message]]);
    assert.deepEqual(await elementUiErrors([rule], VALID.toLowerCase()), []);
    assert.deepEqual((await elementUiErrors([{ required: true, message: '请填写' }, rule], '')).map((e) => e.message), ['请填写']);
  }
});

// ---------------------------------------------------------------------------------------------
// The whole filing on the whole form. Two filings with findings at every depth: the appearance
// case of the corpus with everything right, broken in known places, and the defence bundle of the
// server example (whose findings come from the core as it is).
const showcase = JSON.parse(readFileSync(join(root, 'tests/cases/appearance/showcase.json'), 'utf8')).cases[0].request;
function brokenAppearance() {
  const filing = JSON.parse(JSON.stringify(showcase.filing));
  filing.appearing[1].idNumber = WRONG_CHECK;          // a leaf the form has
  filing.appearing[0].documents[0].sealed = false;     // deeper than any field of the form below
  delete filing.agency.name;                           // a missing leaf the form has
  return filing;
}
const defence = JSON.parse(readFileSync(join(root, 'examples/server/submission.json'), 'utf8')).filing;
const reports = {
  appearance: fc.check(brokenAppearance(), { today: showcase.today, lang: 'zh-Hans' }),
  defence: fc.check(defence, { today: '2024-11-22', lang: 'zh-Hans' }),
};
// The form's fields: every leaf path of the filing and the paths the report names that the filing
// lacks (a form shows its empty fields), but not `appearing.N.documents.…` (the form below has one
// upload field per person, `appearing.N.documents`).
function formFields(filing, report) {
  const out = new Set();
  (function walk(v, segs) {
    if (segs[0] === 'appearing' && segs[2] === 'documents') { out.add(PATH_STYLES.pointer(segs.slice(0, 3))); return; }
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], segs.concat(String(k)));
    else out.add(PATH_STYLES.pointer(segs));
  })(filing, []);
  for (const f of report.findings) if (f.path.split('/').length <= 3 && !/^\/appearing(\/\d+)?$/.test(f.path)) out.add(f.path);
  return [...out].map(pointerSegments);
}

for (const [kind, filing] of [['appearance', brokenAppearance()], ['defence', defence]]) {
  const report = reports[kind];
  const fields = formFields(filing, report);
  for (const style of ['dotted', 'bracket', 'array', 'pointer']) {
    test(`placeFindings (${kind}, ${style}): each finding is on the deepest form field above it, or in the summary when none is`, () => {
      assert.ok(report.findings.length > 0, 'the fixture has findings');
      const placed = placeFindings(report, { style, fields: fields.map(PATH_STYLES[style]) });
      const seen = [];
      for (const entry of placed.fields) {
        const at = pointerSegments(entry.path);
        assert.deepEqual(entry.name, PATH_STYLES[style](at), 'the name is in the library\'s style');
        for (const f of entry.findings) {
          const segs = pointerSegments(f.path);
          assert.deepEqual(segs.slice(0, at.length), at, `${f.path} placed on ${entry.path}, not above it`);
          const deeper = fields.filter((fs) => fs.length > at.length && fs.length <= segs.length && fs.every((s, i) => s === segs[i]));
          assert.deepEqual(deeper, [], `${f.path} has a nearer field than ${entry.path}`);
          seen.push(f);
        }
        assert.equal(entry.message, entry.findings.map((f) => f.message).join('；'));
        assert.deepEqual(entry.errors, entry.findings.filter((f) => f.severity === 'error').map((f) => f.message));
      }
      for (const f of placed.summary) {
        const segs = pointerSegments(f.path);
        assert.ok(!fields.some((fs) => fs.length <= segs.length && fs.every((s, i) => s === segs[i])), `${f.path} is in the summary though the form has a field above it`);
        seen.push(f);
      }
      assert.equal(seen.length, report.findings.length, 'every finding is on a field or in the summary, once');
      assert.deepEqual(new Set(seen), new Set(report.findings));
    });
  }
}

test('placeFindings: the broken appearance lands where it was broken', () => {
  const report = reports.appearance;
  const placed = placeFindings(report, { style: 'dotted', fields: formFields(brokenAppearance(), report).map(PATH_STYLES.dotted) });
  const on = (name) => (placed.fields.find((f) => f.name === name) || { findings: [] }).findings.map((f) => f.path);
  assert.ok(on('appearing.1.idNumber').includes('/appearing/1/idNumber'));
  assert.ok(on('agency.name').includes('/agency/name'));
  const deep = report.findings.filter((f) => f.path.startsWith('/appearing/0/documents/'));
  assert.ok(deep.length > 0, 'the unsealed document has a finding');
  for (const f of deep) assert.ok(on('appearing.0.documents').includes(f.path), `${f.path} walks up to the upload field`);
  // The message names the field in the form's words, not a pointer.
  for (const f of placed.fields.flatMap((e) => e.findings)) assert.doesNotMatch(f.message, /\/appearing|appearing\/|idNumber/);
});

test('placeFindings: an antd Form.List name takes no finding; a name map places by portal names; no fields means each at its own path', () => {
  const empty = fc.check({ kind: 'appearance' }, { today, lang: 'en' });
  const onList = empty.findings.filter((f) => f.path === '/appearing');
  assert.ok(onList.length > 0, 'an empty appearance has findings on /appearing');
  const placed = placeFindings(empty, { style: 'array', fields: [['appearing'], ['agency', 'name']], lists: [['appearing']] });
  for (const f of onList) assert.ok(placed.summary.includes(f), 'a Form.List finding goes to the summary');
  assert.ok(!placed.fields.some((e) => e.name.length === 1 && e.name[0] === 'appearing'));
  assert.ok(placed.fields.some((e) => e.name.join('.') === 'agency.name'));

  const report = reports.appearance;
  const byName = placeFindings(report, { names: { '/agency/name': 'agencyName', '/appearing/*/idNumber': 'person[*][id]' } });
  assert.ok(byName.fields.find((e) => e.name === 'person[1][id]').findings.some((f) => f.path === '/appearing/1/idNumber'));
  assert.ok(byName.fields.find((e) => e.name === 'agencyName'));
  assert.equal(byName.fields.length + byName.summary.length - byName.fields.length, byName.summary.length);
  const exact = placeFindings(report, { style: 'bracket' });
  assert.equal(exact.fields.reduce((n, e) => n + e.findings.length, 0) + exact.summary.length, report.findings.length);
  assert.ok(exact.fields.some((e) => e.name === 'appearing[1].idNumber'));
  assert.throws(() => placeFindings(report, { style: 'no-such' }), TypeError);
});

// Element Plus and Element UI validate one el-form-item at a time, with its prop as the only key.
async function itemErrors(SchemaClass, prop, rules, value) {
  try {
    await new SchemaClass({ [prop]: rules }).validate({ [prop]: value });
    return [];
  } catch (e) {
    if (!e || !Array.isArray(e.errors)) throw e;
    return e.errors.map((x) => x.message);
  }
}

for (const [name, SchemaClass, style] of [['async-validator 4 (Element Plus, Ant Design Vue)', Schema, 'dotted'], ['@rc-component/async-validator (antd)', RcSchema, 'array']]) {
  test(`filingFormRules with ${name}: every field's rule fails with its findings; the rest reach onSummary`, async () => {
    const filing = brokenAppearance();
    const report = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' });
    const props = formFields(filing, report).map(PATH_STYLES[style]);
    let summary = null;
    let checks = 0;
    const fcRules = filingFormRules({ filing: () => { checks++; return filing; }, today: showcase.today, lang: 'zh-Hans', style, onSummary: (s) => { summary = s; } });
    for (const p of props) fcRules.rules(p);
    const expected = placeFindings(report, { style, fields: props });
    const shown = [];
    for (const p of props) {
      const key = Array.isArray(p) ? p.join('.') : p;
      const errors = await itemErrors(SchemaClass, key, fcRules.rules(p), 'ignored: the rule reads the filing');
      const entry = expected.fields.find((e) => JSON.stringify(e.name) === JSON.stringify(p));
      assert.deepEqual(errors, entry && entry.errors.length ? [entry.errors.join('；')] : [], `field ${key}`);
      if (entry) shown.push(...entry.findings.filter((f) => f.severity === 'error'));
    }
    assert.equal(checks, props.length, 'the filing is read once per field');
    assert.deepEqual(fcRules.report, report, 'one check for the whole form');
    assert.equal(shown.length + summary.length, report.findings.length, 'every finding on a field or in the summary');
    assert.ok(summary.every((f) => !shown.includes(f)));
  });
}

test('filingFormRules with async-validator 1.8 (Element UI): the rule calls back through the Promise', async () => {
  const filing = brokenAppearance();
  const fcRules = filingFormRules({ filing: () => filing, today: showcase.today, lang: 'zh-Hans' });
  const prop = 'appearing.1.idNumber';
  const message = await new Promise((resolve, reject) => {
    const never = setTimeout(() => reject(new Error('async-validator 1.8 never completed')), 5000);
    new Schema18({ [prop]: fcRules.rules(prop) }).validate({ [prop]: 'x' }, { firstFields: true }, (errors) => { clearTimeout(never); resolve(errors && errors[0].message); });
  });
  assert.match(message, /校验码/);
  assert.match(message, /出庭人（第2人）/);
});

test('Formily showReport: findings as feedback of the nearest field, errors block, the rest returned', async () => {
  const filing = brokenAppearance();
  const report = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' });
  const form = createForm({ values: filing });
  form.createObjectField({ name: 'agency' });
  form.createField({ name: 'name', basePath: 'agency' });
  form.createField({ name: 'creditCode', basePath: 'agency' });
  form.createArrayField({ name: 'appearing' });
  for (let i = 0; i < filing.appearing.length; i++) {
    form.createObjectField({ name: String(i), basePath: 'appearing' });
    for (const leaf of ['name', 'idNumber', 'documents']) form.createField({ name: leaf, basePath: `appearing.${i}` });
  }
  const summary = showReport(form, report);
  const idField = form.query('appearing.1.idNumber').take();
  const expectedId = report.findings.filter((f) => f.path === '/appearing/1/idNumber').map((f) => f.message);
  assert.deepEqual(idField.selfErrors, expectedId);
  const docs = form.query('appearing.0.documents').take();
  assert.ok(docs.selfErrors.length + docs.selfWarnings.length > 0, 'the document finding walks up to the documents field');
  const onFields = Object.values(form.fields).reduce((n, f) => n + f.selfErrors.length + f.selfWarnings.length, 0);
  assert.equal(onFields + summary.length, report.findings.length);
  await assert.rejects(form.submit(), 'the errors block submit');
  showReport(form, { findings: [] });
  assert.deepEqual(idField.selfErrors, [], 'a new report replaces the last one');
});

test('windowRule: an appeal filed after the appeal window from the judgment\'s service is refused with the core\'s message; in time it passes', async () => {
  let servedOn = '2025-03-03';
  const rule = windowRule({ window: 'appeal-judgment', from: () => servedOn, lang: 'zh-Hans', trigger: 'blur' });
  assert.equal(rule.trigger, 'blur');
  const late = fc.windows({ window: 'appeal-judgment', from: servedOn, filed: '2025-04-30', lang: 'zh-Hans' });
  const lateErrors = late.findings.filter((f) => f.severity === 'error').map((f) => f.message);
  assert.ok(lateErrors.length > 0, 'the core calls 2025-04-30 late');
  const errors = await asyncValidatorErrors(Schema, [rule], '2025-04-30');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].message, late.findings.map((f) => f.message).join('；'));
  assert.deepEqual(await asyncValidatorErrors(Schema, [rule], late.due), [], 'filed on the due day');
  servedOn = '';
  assert.deepEqual(await asyncValidatorErrors(Schema, [rule], '2025-04-30'), [], 'no service date yet: nothing to check against');
});

test('filingFormRules on blur: a name written in another script is the same name; a different name is a finding on its field', async () => {
  const filing = JSON.parse(JSON.stringify(showcase.filing));
  const prop = 'appearing.0.documents.0.name';
  const rules = filingFormRules({ filing: () => filing, today: showcase.today, lang: 'zh-Hans' });
  const blur = rules.rules(prop, { trigger: 'blur' });
  assert.ok(blur.every((r) => r.trigger === 'blur'));
  filing.appearing[0].documents[0].name = '陳曉明'; // the person is 陈晓明
  assert.deepEqual(await itemErrors(Schema, prop, blur, 'x'), []);
  filing.appearing[0].documents[0].name = '陈晓民';
  const expected = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' }).findings.filter((f) => f.path.startsWith(`/${prop.replace(/\./g, '/')}`));
  assert.ok(expected.length > 0, 'the core finds a different name');
  assert.deepEqual(await itemErrors(Schema, prop, blur, 'x'), [expected.filter((f) => f.severity === 'error').map((f) => f.message).join('；')]);
});

// zod and yup, as the Next.js example installs them (examples/nextjs/package.json, by
// scripts/setup.sh); vee-validate needs a Vue component to run its forms, so its schema is run
// here as vee-validate runs a typed schema: parse(values) → { errors: [{ path, errors }] }.
const nextModules = join(root, 'examples/nextjs/node_modules');
const fromNext = existsSync(join(nextModules, 'zod')) ? createRequire(join(nextModules, 'x.js')) : null;
test('zod: superRefine(filingRefinement) gives one issue per error finding at the nearest field; the rest to onSummary', (t) => {
  if (!fromNext) { t.skip('examples/nextjs/node_modules is not installed (source scripts/setup.sh)'); return; }
  const { z } = fromNext('zod');
  const filing = brokenAppearance();
  const report = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' });
  let notErrors = null;
  const schema = z.object({ kind: z.literal('appearance') }).passthrough().superRefine(filingRefinement({ today: showcase.today, lang: 'zh-Hans', onSummary: (f) => { notErrors = f; } }));
  const result = schema.safeParse(filing);
  assert.equal(result.success, false);
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.equal(result.error.issues.length, errors.length);
  assert.equal(notErrors.length, report.findings.length - errors.length);
  const id = result.error.issues.find((i) => i.message.includes('校验码'));
  assert.deepEqual(id.path, ['appearing', 1, 'idNumber']);
  assert.ok(schema.safeParse(showcase.filing).success, 'the right filing passes');
});

test('yup: .test(filingTest) reports every error finding at its field, in yup\'s path style', async (t) => {
  if (!fromNext) { t.skip('examples/nextjs/node_modules is not installed (source scripts/setup.sh)'); return; }
  const yup = fromNext('yup');
  const filing = brokenAppearance();
  const report = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' });
  const schema = yup.object().test(filingTest({ ValidationError: yup.ValidationError, today: showcase.today, lang: 'zh-Hans' }));
  const error = await schema.validate(filing, { abortEarly: false }).then(() => null, (e) => e);
  assert.ok(error instanceof yup.ValidationError);
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(error.errors.slice().sort(), errors.map((f) => f.message).sort());
  assert.ok(error.inner.some((e) => e.path === 'appearing[1].idNumber' && e.message.includes('校验码')));
  assert.equal(await schema.isValid(showcase.filing), true);
});

test('vee-validate: the typed schema answers an error entry per field, in vee-validate\'s path style', async () => {
  const filing = brokenAppearance();
  const report = fc.check(filing, { today: showcase.today, lang: 'zh-Hans' });
  let summary = null;
  const schema = filingSchema({ today: showcase.today, lang: 'zh-Hans', onSummary: (s) => { summary = s; } });
  assert.equal(schema.__type, 'VVTypedSchema');
  const { errors } = await schema.parse(filing);
  const id = errors.find((e) => e.path === 'appearing[1].idNumber');
  assert.deepEqual(id.errors, report.findings.filter((f) => f.path === '/appearing/1/idNumber').map((f) => f.message));
  for (const f of report.findings) {
    const shown = errors.filter((e) => e.path !== '' && e.errors.some((m) => m.includes(f.message))).length + summary.filter((x) => x.path === f.path && x.message === f.message).length;
    assert.equal(shown, 1, `${f.path} (${f.severity}) is shown ${shown} times`);
  }
  const unplaced = errors.find((e) => e.path === '');
  assert.deepEqual(unplaced ? unplaced.errors : [], summary.filter((f) => f.severity === 'error').filter((f) => !errors.some((e) => e.path !== '' && e.errors[0].includes(f.message))).map((f) => f.message));
  assert.deepEqual(await schema.parse(showcase.filing), { value: showcase.filing, errors: [] });
});

test('vee-validate: toFiling puts a form\'s values into the whole filing; the fields stay the values\' leaves', async () => {
  // examples/vue-vee-validate's form: the values it shows, over the parts of the filing it does not.
  const { base, values, today: day } = JSON.parse(readFileSync(join(root, 'examples/filings.json'), 'utf8')).appearance;
  const formValues = {};
  for (const [name, value] of Object.entries(values)) {
    const segs = name.split('.');
    let node = formValues;
    for (let i = 0; i < segs.length - 1; i++) node = node[segs[i]] ??= /^\d+$/.test(segs[i + 1]) ? [] : {};
    node[segs[segs.length - 1]] = value;
  }
  formValues.appearing[1].idNumber = WRONG_CHECK;
  formValues.agency.name = '';
  formValues.appearing[0].name = '陈晓民'; // the identity proof (not on the form) says 陈晓明
  const toFiling = (v) => {
    const filing = JSON.parse(JSON.stringify(base));
    filing.agency = { ...filing.agency, ...v.agency };
    if (filing.agency.name === '') delete filing.agency.name;
    filing.hearing = { ...filing.hearing, ...v.hearing };
    filing.appearing = filing.appearing.map((p, i) => ({ ...p, ...(v.appearing[i] || {}) }));
    return filing;
  };
  let summary = null;
  let seen = null;
  const schema = filingSchema({ today: day, lang: 'zh-Hans', toFiling, onSummary: (s, r) => { summary = s; seen = r; } });
  const { errors } = await schema.parse(formValues);
  const report = fc.check(toFiling(formValues), { today: day, lang: 'zh-Hans' });
  assert.deepEqual(seen, report, 'the schema checks toFiling(values), not the values alone');
  const fields = new Set(['', ...Object.keys(values).map((n) => n.replace(/\.(\d+)(?=\.|$)/g, '[$1]'))]);
  for (const e of errors) assert.ok(fields.has(e.path), `an error entry at ${e.path}, which the form does not show`);
  assert.ok(errors.find((e) => e.path === 'appearing[1].idNumber').errors[0].includes('校验码'));
  assert.ok(errors.find((e) => e.path === 'agency.name'), 'the emptied field holds its missing-value finding');
  for (const f of report.findings) {
    const shown = errors.filter((e) => e.path !== '' && e.errors.some((m) => m.includes(f.message))).length + summary.filter((x) => x.path === f.path && x.message === f.message).length;
    assert.equal(shown, 1, `${f.path} (${f.severity}) is shown ${shown} times`);
  }
  assert.ok(summary.some((f) => f.path.startsWith('/appearing/0/documents')), 'a finding on a part the form does not show is in the summary');
});
