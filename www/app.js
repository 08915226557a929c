// The demo e-filing page: a defendant agency's defence submission (答辩材料) with its appearing head
// (出庭应诉负责人), live findings with their citations, the case's deadline timeline, and a
// conversion panel. It uses only the public API of the npm package (pkg/index.js is the package's
// browser entry) and never writes text as HTML: every node is built with createElement/textContent.
//
// Each panel calls the operation that answers it. An operation this build does not have yet (a
// filing kind, an identifier kind, an op, or the OpenCC dictionaries) is caught as a
// FilingCheckError and shown as "not available in this build" with its code, never as a finding.
//
// The page is ES2018 and uses no DOM newer than Chromium 72, Firefox 78 and Safari 14, so that it
// loads in every engine of the browser matrix (docs/browsers.md).
import * as filingCheck from '/pkg/index.js';
import { init, validateId, check, deadline, timeline, convert, version, FilingCheckError } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);
const LANG = 'zh-Hans';
const NOT_AVAILABLE = new Set(['unknown_kind', 'invalid_argument', 'dictionaries_not_loaded', 'unknown_window']);

/** Element.replaceChildren (Chromium 86+), for older engines too. */
function replaceChildren(node, ...children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  node.append(...children);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Runs `fn`; an error meaning "this build cannot do that yet" becomes `{ unavailable }`. */
function attempt(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    if (e instanceof FilingCheckError && NOT_AVAILABLE.has(e.code)) return { unavailable: e };
    throw e;
  }
}

function unavailableNote(what, error) {
  const li = el('li', 'unavailable');
  li.append(el('strong', '', `${what}：本构建尚未提供`));
  li.append(el('code', '', `${error.code}: ${error.message}`));
  return li;
}

// The filings as the page's fields describe them. Shapes follow the filing schemas (schemas/);
// FIELDS maps each JSON Pointer a finding may carry back to the input it came from.
const value = (id) => $(id).value.trim();
const optional = (id) => value(id) || undefined;
function defenceFiling() {
  const staffAgent = value('agent-name') && $('agent-role').value === 'staff';
  return {
    kind: 'defence',
    caseNumber: value('case-number'),
    defendant: { name: value('agency-name'), partyType: 'organization', legalRepresentative: optional('legal-rep'), legalRepresentativeTitle: '局长' },
    plaintiffs: [{ name: value('plaintiff-name') }],
    statement: $('doc-statement').checked ? { fileName: '答辩状.pdf' } : undefined,
    evidence: $('doc-evidence').checked
      ? [{ name: '现场勘验笔录', source: '被告执法人员现场制作', purpose: '证明原告未经许可进行建设的事实' }]
      : [],
    normativeDocuments: $('doc-normative').checked ? [{ title: '中华人民共和国城乡规划法', provisions: '第四十条、第六十四条' }] : [],
    legalRepresentativeCertificate: $('doc-certificate').checked ? { fileName: '法定代表人身份证明书.pdf' } : undefined,
    agents: staffAgent
      ? [{ name: value('agent-name'), agentType: 'staff', post: '法规科科长', identityProof: { fileName: '工作证.pdf' },
          powerOfAttorney: { matters: `参加${value('case-number')}案件的诉讼`, powers: '一般授权', sealed: true } }]
      : value('agent-name') ? [{ name: value('agent-name'), agentType: 'lawyer', powerOfAttorney: { matters: '代理诉讼', powers: '一般授权' } }] : [],
    copyReceivedOn: optional('received-on'),
    submittedOn: optional('submitted-on'),
    signedOn: optional('submitted-on'),
    documentText: optional('defence-text'),
  };
}
const POSTS = { principal: '局长', deputy: '副局长', 'deputy-level-in-charge': '党组成员', 'other-in-charge': '总工程师', staff: '法规科科长' };
function appearanceFiling() {
  const role = $('head-post').value;
  const post = POSTS[role];
  const head = {
    name: value('head-name'), idNumber: optional('head-id'), post, role, employer: 'defendant', inChargeOfAct: role !== 'staff',
    documents: [role === 'staff'
      ? { type: 'power-of-attorney', name: value('head-name'), post, sealed: true, authority: '出庭应诉', submittedOn: optional('submitted-on') }
      : { type: 'identity-proof', name: value('head-name'), post, sealed: true, submittedOn: optional('submitted-on') }],
  };
  if (role === 'staff') Object.assign(head, { staffStatus: 'civil-servant', exercisesPower: true });
  const appearing = [head];
  if (value('agent-name')) appearing.push({ name: value('agent-name'), role: $('agent-role').value === 'lawyer' ? 'lawyer' : 'staff', employer: $('agent-role').value === 'lawyer' ? 'law-firm' : 'defendant', post: $('agent-role').value === 'lawyer' ? '律师' : '法规科科长', staffStatus: $('agent-role').value === 'lawyer' ? undefined : 'civil-servant', exercisesPower: $('agent-role').value === 'lawyer' ? undefined : true, documents: [{ type: 'power-of-attorney', name: value('agent-name'), post: $('agent-role').value === 'lawyer' ? '律师' : '法规科科长', sealed: true, authority: '代理诉讼', submittedOn: optional('submitted-on') }] });
  return {
    kind: 'appearance',
    hearing: { date: optional('hearing-on'), court: '广州铁路运输中级法院', caseNumber: value('case-number'), procedure: 'first-instance' },
    agency: { name: value('agency-name'), creditCode: optional('agency-code'), level: 'department' },
    appearing,
  };
}
const FIELDS = {
  defence: { '/caseNumber': 'case-number', '/defendant/name': 'agency-name', '/defendant/legalRepresentative': 'legal-rep',
    '/plaintiffs/0/name': 'plaintiff-name', '/copyReceivedOn': 'received-on', '/submittedOn': 'submitted-on', '/statement': 'doc-statement',
    '/evidence': 'doc-evidence', '/normativeDocuments': 'doc-normative', '/legalRepresentativeCertificate': 'doc-certificate',
    '/agents': 'agent-name', '/documentText': 'defence-text' },
  appearance: { '/hearing/date': 'hearing-on', '/hearing/caseNumber': 'case-number', '/agency/name': 'agency-name', '/agency/creditCode': 'agency-code',
    '/appearing/0/name': 'head-name', '/appearing/0/role': 'head-post', '/appearing/0/post': 'head-post', '/appearing/0/idNumber': 'head-id',
    '/appearing/1/name': 'agent-name', '/appearing/1/role': 'agent-role', '/appearing': 'head-name' },
};
// The nearest field for a pointer: its own, or its closest listed ancestor's.
function fieldFor(kind, pointer) {
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) if (FIELDS[kind][p]) return $(FIELDS[kind][p]);
  return null;
}

function citationsLine(citations) {
  return el('cite', '', `依据：${citations.map((c) => c.text).join('；')}`);
}

// The head's identity number, under its field, as the user types.
function showHeadId() {
  const input = $('head-id');
  const out = $('head-id-msg');
  replaceChildren(out);
  out.className = 'finding';
  input.removeAttribute('aria-invalid');
  if (!input.value.trim()) return null;
  const result = validateId('resident', input.value, { today: value('today'), lang: LANG });
  if (result.valid) {
    out.className = 'finding ok';
    const r = result.resident;
    out.textContent = `✓ 号码有效：出生日期 ${r.birthDate}，性别 ${r.sex === 'male' ? '男' : '女'}`;
  } else {
    out.className = 'finding error';
    input.setAttribute('aria-invalid', 'true');
    out.append(result.message, citationsLine(result.citations));
  }
  return result;
}

// The agency's unified social credit code (统一社会信用代码), under its field.
function showCreditCode() {
  const input = $('agency-code');
  const out = $('agency-code-msg');
  replaceChildren(out);
  out.className = 'finding';
  input.removeAttribute('aria-invalid');
  if (!input.value.trim()) return { value: null };
  const outcome = attempt(() => validateId('credit-code', input.value, { today: value('today'), lang: LANG }));
  if (outcome.unavailable) {
    out.className = 'finding note';
    out.textContent = '本构建尚未提供统一社会信用代码校验';
  } else if (outcome.value.valid) {
    out.className = 'finding ok';
    out.textContent = '✓ 代码有效';
  } else {
    out.className = 'finding error';
    input.setAttribute('aria-invalid', 'true');
    out.append(outcome.value.message, citationsLine(outcome.value.citations));
  }
  return outcome;
}

function findingItem(f, field) {
  const li = el('li', `item ${f.severity}`);
  li.dataset.ruleId = f.ruleId;
  const head = el('div', 'item-head');
  head.append(el('span', 'badge', { error: '错误', warning: '提示', info: '说明' }[f.severity] || f.severity), el('span', 'rule', f.ruleId));
  if (field) {
    const go = el('button', 'go', '定位');
    go.type = 'button';
    go.addEventListener('click', () => field.focus());
    head.append(go);
  }
  li.append(head, el('p', 'message', f.message));
  if (f.citations && f.citations.length) li.append(citationsLine(f.citations));
  return li;
}

function refreshFindings() {
  const today = value('today');
  const list = $('findings');
  const items = [];
  const notes = [];
  for (const node of document.querySelectorAll('#filing [aria-invalid="true"]:not(#head-id):not(#agency-code)')) node.removeAttribute('aria-invalid');

  const head = showHeadId();
  const code = showCreditCode();
  if (code.unavailable) notes.push(unavailableNote('统一社会信用代码（credit-code）', code.unavailable));

  let appearanceChecked = false;
  for (const [kind, build, title] of [['defence', defenceFiling, '答辩材料（defence）'], ['appearance', appearanceFiling, '出庭应诉（appearance）']]) {
    const outcome = attempt(() => check(build(), { today, lang: LANG }));
    if (outcome.unavailable) {
      notes.push(unavailableNote(title, outcome.unavailable));
      continue;
    }
    if (kind === 'appearance') appearanceChecked = true;
    for (const f of outcome.value.findings) {
      const field = fieldFor(kind, f.path);
      if (field && f.severity === 'error') field.setAttribute('aria-invalid', 'true');
      items.push(findingItem(f, field));
    }
  }
  // Until the appearance check exists, the head's identity number is the one finding we can list.
  if (!appearanceChecked && head && !head.valid) {
    items.unshift(findingItem({ ruleId: 'ID-001', severity: 'error', message: head.message, citations: head.citations }, $('head-id')));
  }
  replaceChildren(list, ...items, ...notes);
  const errors = items.filter((li) => li.classList.contains('error')).length;
  $('findings-summary').textContent = items.length
    ? `${errors} 项错误，${items.length - errors} 项提示`
    : '未发现问题（仅限本构建已提供的检查）';
}

function stepsText(steps) {
  return (steps || []).map((s) => s.message).filter(Boolean).join('；');
}
let timelineIcs = null;
const ENTRY_KINDS = { report: '报告', reminder: '提醒', due: '期限届满', feedback: '反馈', hearing: '开庭' };

function timelineItem(date, title, reason, basis) {
  const li = el('li', 'entry');
  li.append(el('time', '', date), el('strong', '', title));
  if (reason) li.append(el('p', 'reason', reason));
  if (basis && basis.length) li.append(citationsLine(basis));
  return li;
}

// The case's deadlines: the `timeline` op when this build has it, else the answer period alone
// (`deadline`, 15 days from receiving the complaint copy, 行诉法 67), else a note.
function refreshTimeline() {
  const out = $('timeline');
  const today = value('today');
  const received = value('received-on');
  const events = [];
  if (received) events.push({ kind: 'noticeToRespondReceived', date: received });
  if (value('hearing-on')) events.push({ kind: 'summonsReceived', date: received || today, hearingDate: value('hearing-on') });
  const full = events.length ? attempt(() => timeline({ today, events, packs: ['guangzhou'], lang: LANG })) : { value: { entries: [] } };
  if (full.value) {
    replaceChildren(out, ...full.value.entries.map((e) => timelineItem(e.date, ENTRY_KINDS[e.kind] || e.kind, [e.reason, stepsText(e.steps)].filter(Boolean).join('；'), e.basis)));
    timelineIcs = full.value.ics;
    return;
  }
  const notes = [unavailableNote('期限时间线（timeline）', full.unavailable)];
  if (received) {
    const one = attempt(() => deadline({ from: received, period: '15d', lang: LANG }));
    if (one.value) {
      replaceChildren(out, timelineItem(one.value.due, '提交答辩状、证据和规范性文件的期限', stepsText(one.value.steps), one.value.basis), ...notes);
      return;
    }
    notes.push(unavailableNote('期限计算（deadline）', one.unavailable));
  }
  replaceChildren(out, ...notes);
}

async function runConversion() {
  const out = $('convert-output');
  out.className = '';
  out.textContent = '正在转换…';
  try {
    out.textContent = await convert($('convert-input').value, $('convert-config').value);
  } catch (e) {
    if (!(e instanceof FilingCheckError && NOT_AVAILABLE.has(e.code))) throw e;
    out.className = 'unavailable';
    replaceChildren(out, el('strong', '', '本构建尚未提供繁简转换'), el('code', '', `${e.code}: ${e.message}`));
  }
}

// No top-level await (Chromium < 89, Safari < 15): the page starts when the module has loaded.
init().then(() => {
  const engine = typeof filingCheck.engine === 'function' && filingCheck.engine() === 'js' ? 'JavaScript' : 'WebAssembly';
  $('status').textContent = `检查组件已加载（${engine}，filing-check ${version()}）`;
  $('filing').addEventListener('input', (e) => {
    if (e.target.closest('#convert-title, #convert-input, #convert-config')) return;
    refreshFindings();
    if (['received-on', 'hearing-on', 'today'].includes(e.target.id)) refreshTimeline();
  });
  $('filing').addEventListener('change', (e) => { if (e.target.matches('select, input[type="checkbox"]')) refreshFindings(); });
  $('filing').addEventListener('submit', (e) => e.preventDefault());
  $('convert-run').addEventListener('click', () => { runConversion(); });
  // The timeline as an iCalendar file (RFC 5545) that staff import into their calendars.
  $('timeline-ics').addEventListener('click', () => {
    if (!timelineIcs) return;
    const link = el('a');
    link.href = URL.createObjectURL(new Blob([timelineIcs], { type: 'text/calendar' }));
    link.download = `${value('case-number') || 'case'}-期限.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  refreshFindings();
  refreshTimeline();
  document.body.dataset.ready = 'true';
}, (e) => {
  $('status').textContent = `检查组件未能加载：${e && e.message ? e.message : e}`;
  throw e;
});
