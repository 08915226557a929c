//! The package's main module (`web/filing_check_bg.wasm`, which Node loads too): every operation
//! of the JSON facade. It converts nothing: it is built without the OpenCC engine (feature
//! `convert`), and the package, in browsers and in Node, converts in the converter module.
//!
//! It only translates: it parses JSON text, calls the JSON facade in [`crate::api`], and writes
//! the result as JSON text. Nothing here panics on input.

use super::to_js_error;
use wasm_bindgen::prelude::*;

/// Runs one operation of the JSON facade, JSON text in and out: `callJson("id", '{"kind":…}')`.
/// It is the module's only way in for a request: the npm wrapper's `call(op, request)` guards the
/// request (npm/api.js `guard`: only what JSON carries exactly) and sends `JSON.stringify` of it.
/// There is no JS-value entry (serde-wasm-bindgen): walking a JS object from Rust cost more per
/// call than JSON text does, and its code and glue made the module and its twin larger.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    let request = crate::api::parse_json(request).map_err(to_js_error)?;
    // Text written straight from the typed result, as `call`'s `Value` would be written.
    crate::api::call_text(op, &request).map_err(to_js_error)
}

