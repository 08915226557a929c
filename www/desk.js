// The bureau's desk page (督办台账): a bureau's list of case records, loaded from a file in the
// browser, becomes the status table, the remedies (补救), the rates with their 统计口径 and the
// charts; the bulletin and the reminders are exported as files. Every number shown comes from the
// library's public npm API (supervise, rates, bulletin): this page computes nothing but layout,
// so that what it shows is what `filing-check supervise|rates|bulletin` prints for the same file.
//
// Only this page loads this script: the demo page (www/index.html) does not grow by it. Text is
// never written as HTML: every node is built with createElement/textContent, and the charts are
// SVG elements with presentation attributes (the page runs under script-src 'self', style-src 'self').
// ES2018, like the demo page, so that it parses in the engines of docs/browsers.md.
import { initDesk, supervise, rates, bulletin, FilingCheckError } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const EXAMPLE = { url: '/examples/supervision/qiannan-2021.jsonl', name: 'qiannan-2021.jsonl（黔南州2021年1-8月，按公布数字构造）' };

const STEP_NAMES = { answer: '答辩', appearance: '出庭应诉', performance: '履行判决', report: '报备', feedback: '反馈' };
const STATE_NAMES = { onTime: '按时完成', late: '逾期完成', missed: '未完成', pending: '待办' };
const REMEDY_NAMES = {
  lateAnswer: '未按时答辩', noAppearance: '未出庭', nonPerformance: '未履行', headMustAppear: '年度首起开庭的一审案件负责人未出庭',
};
const UNIT_NAMES = { case: '按案件计', hearing: '按庭次计', reconsideration: '按复议案件计' };
const LEVEL_NAMES = { province: '省级', city: '市级', county: '县级', township: '乡镇级', unknown: '未填层级' };
/** How many status rows are drawn at once; the filters narrow the list. */
const STATUS_ROWS = 300;

/** The list as loaded: its text and whether it is CSV. */
let list = null;
/** Targets set on this page, per rate id: `{ target: 0.8, targetIs: 'min' }`. */
const targets = {};
/** The rate definitions of the last answer, to build an inline pack when a target is set. */
let lastDefinitions = null;
let lastStatus = null;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const k of Object.keys(attrs)) node.setAttribute(k, String(attrs[k]));
  if (text !== undefined) node.textContent = String(text);
  return node;
}
function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}
function table(headers, rows, className) {
  const t = el('table', className || 'grid');
  const head = el('tr');
  for (const h of headers) head.append(el('th', '', h));
  t.append(head);
  for (const r of rows) t.append(r);
  return t;
}
function row(cells, className) {
  const tr = el('tr', className);
  for (const c of cells) {
    const td = c instanceof Node ? wrap(c) : el('td', typeof c === 'number' ? 'num' : '', c);
    tr.append(td);
  }
  return tr;
}
function wrap(node) {
  if (node.tagName === 'TD') return node;
  const td = el('td');
  td.append(node);
  return td;
}
function say(text) {
  $('desk-status').textContent = text;
}

// ---- the list ----

function isCsv(name, text) {
  return /\.csv$/i.test(name) || /^\uFEFF?caseNumber,/.test(text);
}
function setList(name, text) {
  list = { name, text, csv: isCsv(name, text) };
  const lines = text.split('\n').filter((l) => l.trim()).length;
  $('loaded').textContent = `已载入：${name}（${list.csv ? 'CSV' : 'JSONL'}，${lines} 行）`;
  compute();
}
function readFile(file) {
  const reader = new FileReader();
  reader.onload = () => setList(file.name, String(reader.result));
  reader.onerror = () => say(`读取文件失败：${file.name}`);
  reader.readAsText(file, 'utf-8');
}
/** The list as the ops take it: `{jsonl}` or `{csv}`. */
function listField() {
  return list.csv ? { csv: list.text } : { jsonl: list.text };
}

// ---- the request ----

function ratePack() {
  const name = $('rate-pack').value;
  const ids = Object.keys(targets).filter((id) => targets[id].target !== null);
  if (!ids.length || !lastDefinitions || lastDefinitions.pack !== name) return name;
  // A target set here: the pack's own definitions, inline, with the targets added.
  return {
    name,
    rates: {
      title: lastDefinitions.title,
      rates: lastDefinitions.rates.map((r) => {
        const d = { id: r.id, name: r.name, nameEn: r.nameEn, numerator: r.numeratorMeasure, denominator: r.denominatorMeasure,
          unit: r.unit, caliber: r.caliber, source: r.source };
        const t = targets[r.id];
        if (t && t.target !== null) { d.target = t.target; d.targetIs = t.targetIs; }
        return d;
      }),
    },
  };
}
function common() {
  return { today: $('today').value, from: $('from').value, to: $('to').value };
}

// ---- compute and render ----

function compute() {
  if (!list) return;
  const { today, from, to } = common();
  try {
    const status = supervise(Object.assign({ today, pack: $('timeline-pack').value }, listField()));
    const pack = ratePack();
    const grouped = rates(Object.assign({ from, to, by: $('by').value, pack }, listField()));
    const overall = rates(Object.assign({ from, to, by: 'all', pack }, listField()));
    if (typeof pack === 'string' && grouped.groups.length) {
      lastDefinitions = { pack, title: grouped.packTitle, rates: grouped.groups[0].rates };
    }
    lastStatus = status;
    renderCounts(status);
    renderRates(grouped, overall);
    renderCharts(grouped, overall);
    renderRemedies(status);
    renderAgencyFilter(status);
    renderStatus();
    renderFindings(status);
    document.body.dataset.computed = String(Number(document.body.dataset.computed || 0) + 1);
    say(`已计算：状态日期 ${today}，统计期间 ${from} 至 ${to}。`);
  } catch (e) {
    showError(e);
  }
}

function showError(e) {
  if (e instanceof FilingCheckError) say(`无法计算（${e.code}）：${e.message}`);
  else { say(`页面错误：${e && e.message ? e.message : e}`); throw e; }
}

function renderCounts(status) {
  const c = status.counts;
  $('counts').textContent = `记录 ${c.records} 条，采用 ${c.accepted} 条，退回 ${c.rejected} 条；需补救事项 ${status.remedies.length} 项；记录问题 ${status.findings.length} 条。`;
  const ul = clear($('step-counts'));
  for (const state of ['onTime', 'late', 'missed', 'pending']) {
    const li = el('li', `state-${state}`, STATE_NAMES[state]);
    li.dataset.state = state;
    li.append(el('strong', '', status.steps[state] || 0));
    ul.append(li);
  }
}

function groupName(g, by) {
  return by === 'level' ? (LEVEL_NAMES[g.name] || g.name) : g.name;
}
function targetText(r) {
  if (r.target === undefined || r.target === null) return '未设';
  return `${(r.target * 100).toFixed(2)}%`;
}

function renderRates(grouped, overall) {
  const box = clear($('rates'));
  const defs = grouped.groups.length ? grouped.groups[0].rates : [];
  const total = overall.groups.length ? overall.groups[0].rates : [];
  $('rates-title').firstChild.textContent = `比率（${grouped.packTitle}） `;
  defs.forEach((def, i) => {
    const block = el('div', 'rate-block');
    block.dataset.rate = def.id;
    block.append(el('h3', '', `${def.name}（${UNIT_NAMES[def.unit] || def.unit}）`));
    block.append(el('p', 'caliber', `统计口径：${def.caliber}`));
    block.append(el('p', 'caliber', `来源：${def.source}`));
    const rows = grouped.groups.map((g) => {
      const r = g.rates[i];
      const tr = row([groupName(g, grouped.by), r.numerator, r.denominator, r.percent || '—', targetText(r), r.belowTarget ? '未达目标' : ''], r.belowTarget ? 'low' : '');
      tr.dataset.group = g.key;
      return tr;
    });
    if (total[i]) {
      const t = total[i];
      const tr = row(['合计（全部单位）', t.numerator, t.denominator, t.percent || '—', targetText(t), t.belowTarget ? '未达目标' : ''], t.belowTarget ? 'total low' : 'total');
      tr.dataset.group = 'all';
      rows.push(tr);
    }
    block.append(table([grouped.by === 'level' ? '层级' : '单位', '分子', '分母', '比率', '目标', ''], rows));
    box.append(block);
  });
}

/** One chart per rate: a bar per group (its exact fraction), the overall rate and the target as lines. */
function renderCharts(grouped, overall) {
  const box = clear($('charts'));
  const defs = grouped.groups.length ? grouped.groups[0].rates : [];
  const total = overall.groups.length ? overall.groups[0].rates : [];
  const LABEL = 230;
  const BAR = 470;
  const ROW = 22;
  defs.forEach((def, i) => {
    const wrapper = el('figure', 'chart');
    wrapper.dataset.rate = def.id;
    const caption = el('h3', '', `${def.name}`);
    wrapper.append(caption);
    wrapper.append(targetInput(def));
    const groups = grouped.groups.filter((g) => g.rates[i].denominator > 0);
    // Ticks on top; below the bars, one line for the overall rate and one for the target; the
    // percentages in a column of their own, right of the scale, so that no line crosses them.
    const bottom = 18 + ROW * groups.length;
    const height = bottom + 40;
    const chart = svg('svg', { width: LABEL + BAR + 130, height, viewBox: `0 0 ${LABEL + BAR + 130} ${height}`, role: 'img',
      'aria-label': `${def.name}：${groups.length} 个单位` });
    const x = (fraction) => LABEL + fraction * BAR;
    chart.append(svg('line', { class: 'axis', x1: x(0), y1: 14, x2: x(0), y2: height - 10 }));
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      chart.append(svg('text', { x: x(tick), y: 10, 'text-anchor': 'middle' }, `${tick * 100}%`));
    }
    groups.forEach((g, k) => {
      const r = g.rates[i];
      const y = 18 + k * ROW;
      chart.append(svg('text', { x: LABEL - 6, y: y + 13, 'text-anchor': 'end' }, groupName(g, grouped.by)));
      const bar = svg('rect', { class: r.belowTarget ? 'bar low' : 'bar', x: x(0), y, width: (r.numerator / r.denominator) * BAR, height: ROW - 6 });
      bar.setAttribute('data-group', g.key);
      bar.setAttribute('data-percent', r.percent);
      bar.append(svg('title', {}, `${groupName(g, grouped.by)}：${r.numerator}/${r.denominator} = ${r.percent}`));
      chart.append(bar);
      chart.append(svg('text', { x: x(1) + 10, y: y + 13 }, `${r.percent}（${r.numerator}/${r.denominator}）`));
    });
    const t = total[i];
    if (t && t.denominator > 0) {
      const ax = x(t.numerator / t.denominator);
      const line = svg('line', { class: 'avg', x1: ax, y1: 14, x2: ax, y2: bottom + 4 });
      line.setAttribute('data-percent', t.percent);
      chart.append(line);
      chart.append(svg('text', { x: ax, y: bottom + 18, 'text-anchor': 'middle' }, `总体 ${t.percent}`));
    }
    if (t && t.target !== undefined && t.target !== null) {
      const tx = x(t.target);
      chart.append(svg('line', { class: 'target', x1: tx, y1: 14, x2: tx, y2: bottom + 24, 'data-target': t.target }));
      chart.append(svg('text', { class: 'target-label', x: tx, y: bottom + 36, 'text-anchor': 'middle' }, `目标 ${targetText(t)}`));
    }
    if (!groups.length) wrapper.append(el('p', 'summary', '统计期间内没有可计算的单位（分母为 0）。'));
    else wrapper.append(chart);
    box.append(wrapper);
  });
}

/** The bureau's own target for a rate (the shipped packs set none): a number and its direction. */
function targetInput(def) {
  const p = el('p', 'target-input');
  const label = el('label', '', '目标 ');
  const input = el('input');
  input.type = 'number';
  input.min = '0';
  input.max = '100';
  input.step = '0.01';
  input.setAttribute('data-target-for', def.id);
  const set = targets[def.id];
  if (set && set.target !== null) input.value = String(Math.round(set.target * 10000) / 100);
  else if (def.target !== undefined && def.target !== null) input.value = String(Math.round(def.target * 10000) / 100);
  const dir = el('select');
  dir.setAttribute('data-target-is-for', def.id);
  for (const [v, text] of [['min', '不低于'], ['max', '不高于']]) {
    const o = el('option', '', text);
    o.value = v;
    dir.append(o);
  }
  dir.value = set ? set.targetIs : (/loss|败诉/.test(def.id + def.name) ? 'max' : 'min');
  const apply = () => {
    const value = input.value.trim();
    targets[def.id] = { target: value === '' ? null : Number(value) / 100, targetIs: dir.value };
    compute();
  };
  input.addEventListener('change', apply);
  dir.addEventListener('change', apply);
  label.append(input);
  p.append(label, ' %', dir, el('span', 'caliber', '（本页设定，只用于本次计算与导出）'));
  return p;
}

function renderRemedies(status) {
  const box = clear($('remedies'));
  const rows = status.remedies.map((r) => {
    const basis = r.citations.map((c) => c.text).concat(r.source ? [r.source] : []).join('；');
    const state = r.args && r.args.state ? STATE_NAMES[r.args.state === 'late' ? 'late' : 'missed'] : '未完成';
    const tr = row([r.agency, r.caseNumber, REMEDY_NAMES[r.remedy] || r.remedy, r.due, state, basis]);
    tr.dataset.remedy = r.remedy;
    return tr;
  });
  box.append(rows.length ? table(['单位', '案号', '事项', '应完成日', '情况', '依据'], rows) : el('p', 'summary', '无需补救事项。'));
  if (status.mustAppear.length) {
    box.append(el('h3', '', '年度首起开庭的一审案件（负责人应当出庭）'));
    box.append(table(['单位', '年度', '案号', '开庭日', '状态'], status.mustAppear.map((m) =>
      row([m.agency, String(m.year), m.caseNumber, m.hearing, el('span', `state-${m.state}`, STATE_NAMES[m.state])]))));
    box.append(el('p', 'caliber', `来源：${status.mustAppear[0].source}`));
  }
}

function renderAgencyFilter(status) {
  const select = $('agency-filter');
  const keep = select.value;
  clear(select).append(new Option('全部单位', ''));
  for (const a of status.agencies) select.append(new Option(`${a.agency}（${a.cases} 件）`, a.agency));
  select.value = status.agencies.some((a) => a.agency === keep) ? keep : '';
}

function renderStatus() {
  const box = clear($('status'));
  if (!lastStatus) return;
  const state = $('state-filter').value;
  const agency = $('agency-filter').value;
  const all = [];
  for (const c of lastStatus.cases) {
    if (agency && c.agency !== agency) continue;
    for (const s of c.steps) if (!state || s.state === state) all.push([c, s]);
  }
  const shown = all.slice(0, STATUS_ROWS);
  $('status-note').textContent = all.length > shown.length
    ? `共 ${all.length} 个环节，显示前 ${shown.length} 个；用上方筛选缩小范围。`
    : `共 ${all.length} 个环节。`;
  const rows = shown.map(([c, s]) => {
    // A missed hearing is one nobody attended for the agency; otherwise, whether a head was among them.
    let head = '';
    if (s.step === 'appearance' && s.state === 'missed') head = '无人出庭';
    else if (s.step === 'appearance' && s.headAppeared !== undefined) head = s.headAppeared ? '负责人出庭' : '负责人未出庭';
    const tr = row([c.caseNumber, c.agency, STEP_NAMES[s.step] || s.step, s.anchorDate, s.due, s.doneOn || '', el('span', `state-${s.state}`, STATE_NAMES[s.state]), head]);
    tr.dataset.state = s.state;
    return tr;
  });
  box.append(table(['案号', '单位', '环节', '起算日', '应完成日', '完成日', '状态', '出庭情况'], rows));
}

function renderFindings(status) {
  const box = clear($('record-findings'));
  if (!status.findings.length) {
    box.append(el('p', 'summary', '所有记录均可读取。'));
    return;
  }
  box.append(table(['第几条记录', '案号', '字段', '问题', '严重程度'], status.findings.map((f) =>
    row([String(f.record + 1), f.caseNumber || '', f.path || '（整条记录）', f.message || `${f.messageId} ${JSON.stringify(f.args)}`, f.severity === 'error' ? '错误' : '警告']))));
}

// ---- exports ----

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
function exportBulletin(format) {
  if (!list) { say('请先载入案件清单。'); return; }
  const { today, from, to } = common();
  try {
    const out = bulletin(Object.assign({ from, to, today, by: $('by').value, pack: ratePack(), timelinePack: $('timeline-pack').value, format }, listField()));
    download(`bulletin-${from}-${to}.${format}`, format === 'html' ? 'text/html;charset=utf-8' : 'text/csv;charset=utf-8', out.text);
  } catch (e) {
    showError(e);
  }
}
function exportIcs() {
  if (!list) { say('请先载入案件清单。'); return; }
  try {
    const out = supervise(Object.assign({ today: $('today').value, pack: $('timeline-pack').value, ics: true }, listField()));
    download(`reminders-${$('today').value}.ics`, 'text/calendar;charset=utf-8', out.ics);
  } catch (e) {
    showError(e);
  }
}

// ---- wiring ----

async function main() {
  // The desk ops are in the desk module, the only one this page loads (it uses no other op).
  await initDesk();
  $('file').addEventListener('change', (e) => { if (e.target.files[0]) readFile(e.target.files[0]); });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files[0]) readFile(e.dataTransfer.files[0]);
  });
  $('example').addEventListener('click', async () => {
    say('正在载入示例…');
    const response = await fetch(EXAMPLE.url);
    if (!response.ok) { say(`示例无法载入（HTTP ${response.status}）`); return; }
    setList(EXAMPLE.name, await response.text());
  });
  for (const id of ['today', 'from', 'to', 'timeline-pack', 'rate-pack', 'by']) $(id).addEventListener('change', compute);
  $('run').addEventListener('click', compute);
  $('state-filter').addEventListener('change', renderStatus);
  $('agency-filter').addEventListener('change', renderStatus);
  $('export-html').addEventListener('click', () => exportBulletin('html'));
  $('export-csv').addEventListener('click', () => exportBulletin('csv'));
  $('export-ics').addEventListener('click', exportIcs);
  document.body.dataset.ready = 'true';
  say('就绪：请载入案件清单。');
}

main().catch((e) => say(`加载失败：${e && e.message ? e.message : e}`));
