//! The desk module (`web/filing_check_desk_bg.wasm`): the bureau's desk ops, `supervise`, `rates`
//! and `bulletin` ([`crate::api::supervision`]), and nothing else. They are about 28 KB (brotli)
//! that no validating page uses, so the main module is built without them (feature `desk` off)
//! and the desk page loads this module instead (`initDesk()` in the npm wrapper).
//!
//! One export does the work, `callJson(op, json)`: JSON text in and out, exactly what a build
//! with the desk answers for `callJson(op, …)` (same results, same errors, byte for byte). JSON
//! text rather than JS objects keeps serde-wasm-bindgen out of the module, as in the identifiers
//! module.

use wasm_bindgen::prelude::*;

/// The ops this module runs.
const OPS: [&str; 3] = ["supervise", "rates", "bulletin"];

/// One of the desk's ops, JSON text in and out; any other op is refused, naming the module.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    if !OPS.contains(&op) {
        return Err(super::to_js_error(crate::Error::new(
            crate::error::ErrorKind::InvalidArgument,
            format!("op: the desk module runs only \"supervise\", \"rates\" and \"bulletin\", not {:?}", crate::date::truncate(op)),
        )));
    }
    super::json_call(request, |request| crate::api::call_desk(op, request))
}
