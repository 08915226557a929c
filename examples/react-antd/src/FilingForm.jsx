// A whole filing on an antd Form: every Form.Item's rules come from filingFormRules (antd names
// fields by path arrays: style 'array'), which checks the whole filing once per state of the form
// and gives each item the findings that land on it, warnings included (antd shows them with
// warningOnly). The appearing persons are a Form.List, which shows no error set on its own name:
// `lists` sends those findings to the summary above the form, with the ones no item holds.
import { useMemo, useState } from 'react';
import { Button, Form, Input } from 'antd';
import { filingFormRules } from 'filing-check/adapters/async-validator.js';
import filings from '../../filings.json'; // examples/filings.json: the filings the examples share

const path = (name) => name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
const idOf = (kind, name) => `${kind}-${name.replace(/\./g, '-')}`;

// Nested values as antd holds them, from the fixture's dotted names.
function nested(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    const segs = path(name);
    let node = out;
    for (let i = 0; i < segs.length - 1; i++) node = node[segs[i]] ??= typeof segs[i + 1] === 'number' ? [] : {};
    node[segs[segs.length - 1]] = value;
  }
  return out;
}

// The form's values over the parts of the filing it does not show; an empty field is left out,
// so that the report says it is missing.
function over(base, values) {
  if (Array.isArray(values)) return values.map((v, i) => over(base ? base[i] : undefined, v));
  if (values && typeof values === 'object') {
    const out = { ...(base || {}) };
    for (const [k, v] of Object.entries(values)) {
      if (typeof v === 'string' && v.trim() === '') delete out[k];
      else out[k] = over(out[k], v);
    }
    return out;
  }
  return typeof values === 'string' ? values.trim() : values;
}

export function FilingForm({ kind, title }) {
  const { base, values, labels, today } = filings[kind];
  const [form] = Form.useForm();
  const [summary, setSummary] = useState([]);
  const [state, setState] = useState('editing');
  const names = Object.keys(values);
  const fc = useMemo(() => {
    const binding = filingFormRules({
      filing: () => ({ ...over(base, form.getFieldsValue(true)), kind }),
      today, // the day of the check, as the portal's server renders it (here the fixture's day)
      lang: 'zh-Hans',
      style: 'array',
      lists: [['appearing']],
      warnings: 'field',
      onSummary: (findings) => setSummary(findings),
    });
    window.filingBindings = { ...(window.filingBindings || {}), [kind]: binding }; // for the test
    return binding;
  }, [kind]);
  // Inside the Form.List an item is named relative to the list; its rules take the whole path.
  const item = (name, inList) => (
    <Form.Item key={name} label={labels[name]} name={inList ? path(name).slice(1) : path(name)} validateTrigger="onBlur" rules={fc.rules(path(name))}>
      <Input id={idOf(kind, name)} />
    </Form.Item>
  );
  const persons = names.filter((n) => n.startsWith('appearing.'));
  const finish = () => setState(fc.report && fc.report.ok ? 'accepted' : 'refused');

  return (
    <section>
      <h2>{title}</h2>
      {summary.length > 0 && (
        <ul id={`${kind}-summary`} className="summary" aria-live="polite">{summary.map((f, i) => <li key={i} data-path={f.path}>{f.message}</li>)}</ul>
      )}
      <Form id={kind} data-state={state} form={form} initialValues={nested(values)} labelCol={{ span: 8 }} onFinish={finish} onFinishFailed={() => setState('refused')}>
        {names.filter((n) => !n.startsWith('appearing.')).map((n) => item(n, false))}
        {persons.length > 0 && (
          <Form.List name="appearing">
            {() => persons.map((n) => item(n, true))}
          </Form.List>
        )}
        <Form.Item wrapperCol={{ offset: 8 }}>
          <Button type="primary" htmlType="submit">提交</Button>
        </Form.Item>
      </Form>
      {state === 'accepted' && <p id={`${kind}-accepted`} role="status">已提交</p>}
    </section>
  );
}
