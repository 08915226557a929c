//! The converter-only module (`web/filing_check_opencc_bg.wasm`): OpenCC conversion and nothing
//! else, so that a page's first conversion fetches and compiles 146 KB instead of the main
//! module. Besides the conversion exports it shares with the main module ([`super::opencc`]), it
//! has the main module's `callJson`, for `convert` only.

use super::to_js_error;
use crate::error::{Error, ErrorKind};
use wasm_bindgen::prelude::*;

/// The JSON facade's `convert` (with `clean`), JSON text in and out; any other op is refused.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    if op != "convert" {
        return Err(to_js_error(Error::new(
            ErrorKind::InvalidArgument,
            format!("op: the converter module runs only \"convert\", not {:?}", crate::date::truncate(op)),
        )));
    }
    let request = crate::api::parse_json(request).map_err(to_js_error)?;
    let result = crate::api::call_convert(&request).map_err(to_js_error)?;
    serde_json::to_string(&result).map_err(|e| to_js_error(Error::new(ErrorKind::InvalidJson, e.to_string())))
}
