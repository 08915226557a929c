// webpack 4 reads package.json's "module" field, which is the package's legacy entry: no
// import.meta (webpack 4 cannot parse it) and no .wasm for webpack to emit. The page serves a copy
// of node_modules/filing-check/ (here at /filing-check/; with Vue CLI 4, copy it to public/) and
// says where, once, before the first check.
import { setAssetBase, initIds, validateId, engine } from 'filing-check';
import { idNumberRule } from 'filing-check/adapters/async-validator.js';

setAssetBase('/filing-check/');

const form = document.getElementById('form');
const input = document.getElementById('head-id');
const message = document.getElementById('head-id-message');
const rule = idNumberRule({ kind: 'resident', today: form.dataset.today, lang: 'zh-Hans' });

input.addEventListener('blur', () => {
  // The adapter's rule, as an async-validator form (Element UI's el-form-item) would run it.
  rule.validator(rule, input.value).then(
    () => { message.textContent = ''; input.removeAttribute('aria-invalid'); },
    (e) => { message.textContent = e.message; input.setAttribute('aria-invalid', 'true'); },
  );
});

initIds().then(
  () => {
    document.getElementById('engine').textContent = `校验引擎：${engine()}`;
    document.documentElement.setAttribute('data-ready', validateId('resident', '11010519491231002X', { today: form.dataset.today }).valid ? 'true' : 'wrong');
  },
  (e) => { document.getElementById('engine').textContent = `校验程序未能加载（${e.code}）：${e.message}`; },
);
