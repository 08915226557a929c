// filing-check for Node (ES modules). Re-exports the CommonJS build, so `import` and `require`
// share one module instance and one FilingCheckError class.
import api from './node.cjs';

export const {
  init, initIds, initForms, initDesk, call, callJson, validateId, check, dueDate, deadline, windows, timeline, supervise, rates, bulletin, rules, clean, setLabels,
  loadDictionaries, convert, convertSync, version, FilingCheckError, engine, canCompileWasm, setAssetBase,
} = api;
export default api;
