// The entry of dropin.global.js, the drop-in for pages with no module script (jQuery, layui, a
// server-rendered form): one classic <script src>, and the fields with data-filing-check are
// checked as dropin.js checks them. The API is window.FilingCheck as well (validateId, check, …,
// and the drop-in's checkField / checkForm), so that the page's own scripts use the same copy.
export * from './index.js';
export { checkField, checkForm, checkFiling, readFormFiling } from './dropin.js';
