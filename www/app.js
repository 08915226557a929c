// The demo e-filing page. It uses only the public API of the npm package (pkg/index.js is the
// package's browser entry) and never writes user text as HTML (textContent only).
import { init, validateId } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);

function showIdFinding() {
  const input = $('head-id');
  const out = $('head-id-msg');
  out.replaceChildren();
  out.className = 'finding';
  input.removeAttribute('aria-invalid');
  if (!input.value.trim()) return;
  const result = validateId('resident', input.value, { today: $('today').value, lang: 'zh-Hans' });
  if (result.valid) {
    out.className = 'finding ok';
    const r = result.resident;
    out.textContent = `✓ 号码有效：出生日期 ${r.birthDate}，性别 ${r.sex === 'male' ? '男' : '女'}`;
  } else {
    out.className = 'finding error';
    input.setAttribute('aria-invalid', 'true');
    out.append(result.message);
    const cite = document.createElement('cite');
    cite.textContent = `依据：${result.citations.map((c) => c.text).join('；')}`;
    out.append(cite);
  }
}

await init();
$('status').textContent = '检查组件已加载（WebAssembly）';
$('head-id').addEventListener('input', showIdFinding);
$('today').addEventListener('input', showIdFinding);
document.body.dataset.ready = 'true';
