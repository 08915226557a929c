//! The forms module (`web/filing_check_forms_bg.wasm`): what a page with one of the agency's own
//! forms needs, and nothing else. The head's appearance (`appearance`), the explanation of the
//! head's absence (`absence`) and the performance report (`performance`) are checked here; their
//! identifiers and the due day too. It is the core built without feature `documents`, so it links
//! neither the document text checks nor the filings that read them (complaint, defence, appeal,
//! reconsideration), nor the statutory windows, the timeline or the rule catalogue.
//!
//! Its answers are the main module's, byte for byte, for every request it answers; every other op
//! or filing kind is `not_initialized`, naming the main module ([`crate::api::call_forms_text`]),
//! so that the npm wrapper can say which `init` a page needs; `dueDatePacked` and `version` are
//! the main module's ([`super`]). `tests/node/forms-module.test.mjs`
//! runs the corpus through both modules and compares them.

use wasm_bindgen::prelude::*;

/// The forms ops (`id`, `check`, `due`), JSON text in and out, as the main module's `callJson`.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    let request = crate::api::parse_json(request).map_err(super::to_js_error)?;
    crate::api::call_forms_text(op, &request).map_err(super::to_js_error)
}
