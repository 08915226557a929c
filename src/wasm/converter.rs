//! The converter-only module (`web/filing_check_opencc_bg.wasm`): OpenCC conversion and nothing
//! else, so that a page's first conversion fetches and compiles a few dozen KB instead of the
//! main module. Its exports have the names and behaviour of the main module's ([`super::full`]),
//! so the npm wrapper drives either through the same code; `callJson` runs only `convert`.

use super::to_js_error;
use crate::error::{Error, ErrorKind};
use wasm_bindgen::prelude::*;

/// Loads OpenCC's dictionaries: the bytes of `opencc.bin`. Loading again replaces them.
#[wasm_bindgen(js_name = loadOpenccData)]
pub fn load_opencc_data(bytes: Vec<u8>) -> Result<(), JsValue> {
    let dictionaries = crate::text::opencc::Dictionaries::from_vec(bytes).map_err(to_js_error)?;
    crate::text::opencc::install(dictionaries);
    Ok(())
}

/// True once `loadOpenccData` has succeeded.
#[wasm_bindgen(js_name = openccDataLoaded)]
pub fn opencc_data_loaded() -> bool {
    crate::text::opencc::current().is_ok()
}

/// `call("convert", {text, config}).text` without request and response objects.
#[wasm_bindgen(js_name = convertText)]
pub fn convert_text(text: &str, config: &str) -> Result<String, JsValue> {
    crate::text::ops::convert_plain(text, config).map(|(converted, _)| converted).map_err(to_js_error)
}

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

/// Builds the tries of one configuration now (the wrapper calls it when the page is idle), so
/// that later conversions run at full speed; conversions give the same output before and after.
#[wasm_bindgen(js_name = openccPrepare)]
pub fn opencc_prepare(config: &str) -> Result<(), JsValue> {
    let config = crate::text::opencc::Config::parse(config).map_err(to_js_error)?;
    crate::text::opencc::current().map_err(to_js_error)?.prepare(config);
    Ok(())
}
