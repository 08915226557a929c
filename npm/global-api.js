// `import … from 'filing-check'` inside adapters/forms.global.js: the page's window.FilingCheck
// (filing-check.global.js or dropin.global.js, loaded first), not a second copy of the checker.
const api = typeof FilingCheck !== 'undefined' ? FilingCheck : null; // eslint-disable-line no-undef
if (!api) throw new Error('filing-check: load filing-check.global.js (or dropin.global.js) before adapters/forms.global.js');
export const init = api.init;
export const initIds = api.initIds;
export const initForms = api.initForms;
export const check = api.check;
export const validateId = api.validateId;
export const windows = api.windows;
