'use client';
// The portal's page: two forms, a whole appearance filing and a whole defence bundle. Each posts
// its filing to the route handler, which checks it on the server; the page puts each finding on
// the nearest field with placeFindings (pure path logic: no .wasm in the browser here) and lists
// the rest above the form.
import { useState } from 'react';
import { placeFindings, fieldEntry } from 'filing-check/adapters/paths.js';
import filings from '../../filings.json'; // examples/filings.json, shared by the examples


function toFiling(kind, values) {
  const filing = JSON.parse(JSON.stringify(filings[kind].base));
  filing.kind = kind;
  for (const [name, value] of Object.entries(values)) {
    if (value.trim() === '') continue; // left out, so that the report says it is missing
    const segs = name.split('.');
    let node = filing;
    for (let i = 0; i < segs.length - 1; i++) node = node[segs[i]] ??= /^\d+$/.test(segs[i + 1]) ? [] : {};
    node[segs[segs.length - 1]] = value.trim();
  }
  return filing;
}

function FilingForm({ kind, title }) {
  const [values, setValues] = useState(filings[kind].values);
  const [placed, setPlaced] = useState(null);
  const [state, setState] = useState('editing');
  const names = Object.keys(filings[kind].values);

  async function submit(event) {
    event.preventDefault();
    setState('checking');
    const res = await fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filing: toFiling(kind, values), lang: 'zh-Hans' }) });
    const { report, error } = await res.json();
    if (error) { setState(`error: ${error.code}`); return; }
    setPlaced(placeFindings(report, { style: 'dotted', fields: names }));
    setState(report.ok ? 'accepted' : 'refused');
  }

  return (
    <form id={kind} onSubmit={submit} data-state={state}>
      <h2>{title}</h2>
      {placed && placed.summary.length > 0 && (
        <ul id={`${kind}-summary`} aria-live="polite">{placed.summary.map((f, i) => <li key={i} data-path={f.path}>{f.message}</li>)}</ul>
      )}
      {names.map((name) => {
        const id = `${kind}-${name.replace(/\./g, '-')}`;
        const entry = placed && fieldEntry(placed, name);
        return (
          <p key={name}>
            <label htmlFor={id}>{filings[kind].labels[name]}</label>{' '}
            <input id={id} name={name} value={values[name]} aria-invalid={entry && entry.errors.length ? 'true' : undefined}
              aria-describedby={`${id}-message`} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
            <span id={`${id}-message`} className="message">{entry ? entry.message : ''}</span>
          </p>
        );
      })}
      <button type="submit">提交</button>
      {state === 'accepted' && <p id={`${kind}-accepted`}>已提交</p>}
    </form>
  );
}

export default function Page() {
  return (
    <main>
      <FilingForm kind="appearance" title="行政机关负责人出庭应诉" />
      <FilingForm kind="defence" title="答辩材料" />
    </main>
  );
}
