// Placing a whole report on a form's fields: pure path logic, no import (the drop-in uses it as it
// is, with no bundler).
//
// A finding's `path` is a JSON Pointer into the filing (`/appearing/0/idNumber`). Each form library
// names its fields its own way; `placeFindings` turns the pointer into that name, walks up to the
// nearest field the form has when the finding points deeper than any form item (a finding on
// `/appearing/0/documents/1/sealed` lands on the `appearing.0.documents` upload field if that is
// the deepest item), and returns the findings no field holds, for a summary above the form.
// It is pure path logic: the messages already name their field in the form's words (labels), so
// nothing here needs the catalogue.

/** `/a~1b/0` → `['a/b', '0']` (RFC 6901). The root pointer `''` has no segments. */
export function pointerSegments(pointer) {
  if (typeof pointer !== 'string' || pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const isIndex = (s) => /^(0|[1-9][0-9]*)$/.test(s);

/**
 * How each library writes a field's path, from the pointer's segments.
 *   pointer  '/appearing/0/idNumber'        (the report's own)
 *   dotted   'appearing.0.idNumber'         async-validator props (Element Plus, Element UI, Ant
 *                                           Design Vue), Formily addresses
 *   bracket  'appearing[0].idNumber'        vee-validate, yup's ValidationError.path
 *   array    ['appearing', 0, 'idNumber']   antd NamePath, zod issue paths
 */
export const PATH_STYLES = {
  pointer: (segs) => (segs.length ? '/' + segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : ''),
  dotted: (segs) => segs.join('.'),
  bracket: (segs) => segs.reduce((out, s) => (isIndex(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), ''),
  array: (segs) => segs.map((s) => (isIndex(s) ? Number(s) : s)),
};

// One comparable string per field name, whatever its style: `['a', 0]` and `['a', '0']` are the
// same antd field.
const fieldId = (key) => (Array.isArray(key) ? key.map(String).join('\u0001') : String(key));

/**
 * A portal-given name map for forms whose field names are not paths (jquery-validation, layui):
 * keys are JSON Pointers where `*` matches any one segment; each `*` in the name takes the matched
 * segment, in order. `{ '/agency/name': 'agencyName', '/appearing/*\/idNumber': 'person[*][id]' }`.
 */
function compileNames(names) {
  const entries = Object.keys(names).map((pattern) => ({ segs: pointerSegments(pattern), name: String(names[pattern]) }));
  return (segs) => {
    for (const { segs: pat, name } of entries) {
      if (pat.length !== segs.length) continue;
      const stars = [];
      if (pat.every((p, i) => (p === '*' ? (stars.push(segs[i]), true) : p === segs[i]))) {
        let n = 0;
        return name.replace(/\*/g, () => (n < stars.length ? stars[n++] : '*'));
      }
    }
    return undefined;
  };
}

/**
 * Places a report's findings on a form's fields.
 *
 * @param {{ findings: Array<{ path: string, severity: string, message: string }>, lang?: string }} report
 * @param {object} [options]
 * @param {'pointer'|'dotted'|'bracket'|'array'|Function} [options.style] how the form names a field
 *   (default 'dotted'), or a function from the pointer's segments to a name
 * @param {Iterable<string|Array>|Function} [options.fields] the names of the fields the form has (or
 *   a predicate on a name). Without it, each finding sits on its own path: no walking up.
 * @param {Iterable<string|Array>} [options.lists] names that the form has but that show no message
 *   of their own (antd `Form.List`): a finding that would land there goes to the summary instead.
 * @param {Record<string,string>} [options.names] a pointer-pattern → name map (see compileNames);
 *   when given, only mapped paths are fields.
 * @returns {{ fields: Array<{ name: string|Array, path: string, findings: object[], errors: string[],
 *   warnings: string[], infos: string[], message: string, severity: string }>, summary: object[] }}
 *   `fields` in the order their first finding came; `summary`, the findings no field holds.
 */
export function placeFindings(report, options) {
  const opts = options || {};
  const style = typeof opts.style === 'function' ? opts.style : PATH_STYLES[opts.style || 'dotted'];
  if (!style) throw new TypeError(`placeFindings: unknown style ${JSON.stringify(opts.style)}; use ${Object.keys(PATH_STYLES).join(', ')} or a function`);
  const mapName = opts.names ? compileNames(opts.names) : null;
  let has = null;
  if (typeof opts.fields === 'function') has = (name, segs) => opts.fields(name, segs);
  else if (opts.fields) {
    const known = new Set(Array.from(opts.fields, fieldId));
    has = (name) => known.has(fieldId(name));
  }
  const lists = new Set(Array.from(opts.lists || [], fieldId));
  const nameOf = (segs) => (mapName ? mapName(segs) : style(segs));
  const exists = (name, segs) => name !== undefined && (has ? has(name, segs) : mapName ? true : null);

  const byField = new Map();
  const summary = [];
  const findings = (report && Array.isArray(report.findings)) ? report.findings : [];
  for (const finding of findings) {
    const segs = pointerSegments(finding.path);
    let placed = null;
    if (segs.length && !has && !mapName) placed = { name: style(segs), segs };
    else {
      for (let k = segs.length; k > 0 && !placed; k--) {
        const prefix = segs.slice(0, k);
        const name = nameOf(prefix);
        if (!exists(name, prefix)) continue;
        if (lists.has(fieldId(name))) break; // a Form.List swallows it: the summary shows it
        placed = { name, segs: prefix };
      }
    }
    if (!placed) {
      summary.push(finding);
      continue;
    }
    const id = fieldId(placed.name);
    if (!byField.has(id)) byField.set(id, { name: placed.name, path: PATH_STYLES.pointer(placed.segs), findings: [] });
    byField.get(id).findings.push(finding);
  }
  const joiner = report && typeof report.lang === 'string' && report.lang.startsWith('en') ? '; ' : '；';
  const rank = { error: 0, warning: 1, info: 2 };
  const fields = [];
  for (const entry of byField.values()) {
    const of = (sev) => entry.findings.filter((f) => f.severity === sev).map((f) => f.message);
    const severity = entry.findings.map((f) => f.severity).sort((a, b) => rank[a] - rank[b])[0];
    fields.push({ ...entry, errors: of('error'), warnings: of('warning'), infos: of('info'), severity,
      message: entry.findings.map((f) => f.message).join(joiner) });
  }
  return { fields, summary };
}

/** The placed entry of one field name (in the style it was placed in), or undefined. */
export function fieldEntry(placement, name) {
  const id = fieldId(name);
  return placement.fields.find((f) => fieldId(f.name) === id);
}

/**
 * The segments of every leaf of a value (string, number, boolean, null, or an empty array or
 * object): the fields a form bound to that value shows, when the form library keeps no list of its
 * own (vee-validate's values, a zod or yup schema's input).
 */
export function leafPaths(value) {
  const out = [];
  (function walk(v, segs) {
    if (v && typeof v === 'object' && Object.keys(v).length) {
      for (const k of Object.keys(v)) walk(v[k], segs.concat(String(k)));
    } else if (segs.length) out.push(segs);
  })(value, []);
  return out;
}

