// Vue 2 + Element UI on webpack 4 with its defaults, as behind Vue CLI 4 portals: a whole
// appearance filing and a whole defence bundle on two el-forms. filingFormRules gives every
// el-form-item its rules; each checks the whole filing (once per state of the form) and fails with
// the findings that land on its item; what no item holds, and the warnings (Element UI has no
// warning state), are listed above the form. Render functions instead of templates: Vue 2's
// template compiler needs `unsafe-eval` at run time, and a .vue file needs vue-loader.
import Vue from 'vue';
import ElementUI from 'element-ui';
import { setAssetBase, init } from 'filing-check';
import { filingFormRules } from 'filing-check/adapters/async-validator.js';
import filings from '../../filings.json'; // examples/filings.json: the filings the examples share

// webpack 4 cannot emit the .wasm: the page serves a copy of node_modules/filing-check/ (with Vue
// CLI 4, in public/) and says where, once.
setAssetBase('/filing-check/');
init(); // start loading the .wasm now; the rules wait for it themselves
Vue.use(ElementUI);

const path = (name) => name.split('.');
// Element UI reads each item's value at its prop in the model (and throws when the path is not
// there), so the model is nested as the filing is.
function nested(values) {
  const out = {};
  for (const [name, value] of Object.entries(values)) {
    const segs = path(name);
    let node = out;
    for (let i = 0; i < segs.length - 1; i++) {
      if (node[segs[i]] === undefined) node[segs[i]] = /^\d+$/.test(segs[i + 1]) ? [] : {};
      node = node[segs[i]];
    }
    node[segs[segs.length - 1]] = value;
  }
  return out;
}
const get = (model, name) => path(name).reduce((node, seg) => node[seg], model);
function set(model, name, value) {
  const segs = path(name);
  const holder = segs.slice(0, -1).reduce((node, seg) => node[seg], model);
  Vue.set(holder, segs[segs.length - 1], value);
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

const FilingForm = {
  props: { kind: String, title: String },
  data() {
    return { model: nested(filings[this.kind].values), summary: [], state: 'editing' };
  },
  created() {
    const { base, values, today } = filings[this.kind];
    this.fc = filingFormRules({
      filing: () => ({ ...over(base, JSON.parse(JSON.stringify(this.model))), kind: this.kind }),
      today, // the day of the check, as the portal's server renders it (here the fixture's day)
      lang: 'zh-Hans',
      onSummary: (findings) => { this.summary = findings; },
    });
    this.rulesOf = {};
    for (const name of Object.keys(values)) this.rulesOf[name] = this.fc.rules(name, { trigger: 'blur' });
    window.filingBindings = { ...(window.filingBindings || {}), [this.kind]: this.fc }; // for the test
  },
  methods: {
    submit() {
      // An error no item holds blocks the filing too.
      this.$refs.form.validate((fieldsValid) => { this.state = fieldsValid && this.fc.report.ok ? 'accepted' : 'refused'; });
    },
  },
  render(h) {
    const { labels, values } = filings[this.kind];
    const items = Object.keys(values).map((name) => h('el-form-item', { key: name, props: { label: labels[name], prop: name, rules: this.rulesOf[name] } }, [
      h('el-input', {
        props: { value: get(this.model, name) },
        attrs: { id: `${this.kind}-${name.replace(/\./g, '-')}`, name },
        on: { input: (v) => set(this.model, name, v) },
      }),
    ]));
    items.push(h('el-form-item', [h('el-button', { props: { type: 'primary', nativeType: 'submit' } }, '提交')]));
    return h('section', [
      h('h2', this.title),
      this.summary.length ? h('ul', { attrs: { id: `${this.kind}-summary`, 'aria-live': 'polite' }, class: 'summary' },
        this.summary.map((f, i) => h('li', { key: i, attrs: { 'data-path': f.path } }, f.message))) : null,
      h('el-form', {
        ref: 'form',
        props: { model: this.model, labelWidth: '220px' },
        attrs: { id: this.kind, 'data-state': this.state },
        nativeOn: { submit: (e) => { e.preventDefault(); this.submit(); } },
      }, items),
      this.state === 'accepted' ? h('p', { attrs: { id: `${this.kind}-accepted`, role: 'status' } }, '已提交') : null,
    ]);
  },
};

new Vue({
  render: (h) => h('main', { class: 'page' }, [
    h(FilingForm, { props: { kind: 'appearance', title: '行政机关负责人出庭应诉' } }),
    h(FilingForm, { props: { kind: 'defence', title: '答辩材料' } }),
  ]),
}).$mount('#app');
