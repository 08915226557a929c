//! The converter-only module (`web/filing_check_opencc_bg.wasm`): OpenCC conversion and nothing
//! else, so that a page's first conversion fetches and compiles 146 KB instead of the main
//! module. Besides the conversion exports it shares with the main module ([`super::opencc`]), it
//! has the main module's `callJson`, for `convert` only.

use wasm_bindgen::prelude::*;

/// The JSON facade's `convert` (with `clean`), JSON text in and out; any other op is refused.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    super::single_op_json(op, request, "convert", "converter", crate::api::call_convert)
}
