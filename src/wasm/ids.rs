//! The identifiers-only module (`web/filing_check_ids_bg.wasm`): `validateId` and nothing else
//! (公民身份号码, 统一社会信用代码, 案号: [`crate::ids`]), so that a page with an ID field fetches a few
//! tens of KB instead of the main module. It has no converter, no calendar beyond what a case
//! number's year needs, no filings and no document checks.
//!
//! One export does the work, `callJson("id", json)`: JSON text in and out, exactly the main
//! module's `callJson("id", …)` (same results, same errors, byte for byte). JSON text rather than
//! JS objects keeps serde-wasm-bindgen out of the module; the wrapper's `JSON.stringify` /
//! `JSON.parse` around it cost less than walking the objects from Rust. The text is read and
//! written by [`crate::api::call_id_json`], without a `serde_json::Value`.

use wasm_bindgen::prelude::*;

/// The JSON facade's `id` op, JSON text in and out; any other op is refused.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    super::only_op(op, "id", "identifiers")?;
    crate::api::call_id_json(request).map_err(super::to_js_error)
}
