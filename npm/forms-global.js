// The entry of adapters/forms.global.js, the whole-form adapters for pages with no module script
// (jquery-validation, layui): window.FilingCheckForms. Load it after filing-check.global.js (or
// dropin.global.js), whose window.FilingCheck it uses: one copy of the checker per page.
export { placeFindings, fieldEntry, pointerSegments, PATH_STYLES, checkIdentifier } from './adapters/core.js';
export { holdSubmitsUntilReady, readFiling, showOnControl, showSummary } from './adapters/dom.js';
export { bindJqueryValidation } from './adapters/jquery-validation.js';
export { bindLayui } from './adapters/layui.js';
