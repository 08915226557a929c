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

/// The due day of a period on the bundled calendar, without steps or JSON: the hot path behind the
/// npm wrapper's `dueDate`. It returns one number rather than `{ due, extended, provisional }`:
/// building that object field by field from Rust (key strings and all) costs more than computing
/// the date, so the wrapper builds it in JS. The number is
/// `((year * 13 + month) * 32 + day) * 4 + extended * 2 + provisional`; a civil year is at most
/// 262 142, so it stays below 2^32.
#[wasm_bindgen(js_name = dueDatePacked)]
pub fn due_date_packed(from: &str, period: &str) -> Result<u32, JsValue> {
    super::due_date_packed(from, period)
}

/// The crate version, to check that the wrapper and the module match.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
