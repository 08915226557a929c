//! The conversion exports both modules have (the main module and the converter-only one), so
//! that the npm wrapper drives either through the same code.

use super::to_js_error;
use wasm_bindgen::prelude::*;

/// Loads OpenCC's dictionaries: the bytes of `opencc.bin` (shipped next to the wasm file). Until
/// then conversion fails with `dictionaries_not_loaded`; nothing else needs them. Loading again
/// replaces them.
#[wasm_bindgen(js_name = loadOpenccData)]
pub fn load_opencc_data(bytes: Vec<u8>) -> Result<(), JsValue> {
    // Each dictionary is checked and indexed on the first conversion that needs it: a page's
    // first conversion waits for this load (docs/benchmarks.md, "The dictionaries' first load").
    let dictionaries = crate::text::opencc::Dictionaries::from_vec_lazy(bytes).map_err(to_js_error)?;
    crate::text::opencc::install(dictionaries);
    Ok(())
}

/// True once `loadOpenccData` has succeeded.
#[wasm_bindgen(js_name = openccDataLoaded)]
pub fn opencc_data_loaded() -> bool {
    crate::text::opencc::current().is_ok()
}

/// Converts `text` with an OpenCC configuration and returns the converted string: the same as
/// `call("convert", {text, config}).text`, without building request and response objects, for
/// per-keystroke use on short fields.
#[wasm_bindgen(js_name = convertText)]
pub fn convert_text(text: &str, config: &str) -> Result<String, JsValue> {
    crate::text::ops::convert_plain(text, config).map(|(converted, _)| converted).map_err(to_js_error)
}

/// Builds the tries of one configuration now (the browser wrapper calls it when the page is idle),
/// so that later conversions run at full speed; conversions give the same output before and after.
#[wasm_bindgen(js_name = openccPrepare)]
pub fn opencc_prepare(config: &str) -> Result<(), JsValue> {
    let config = crate::text::opencc::Config::parse(config).map_err(to_js_error)?;
    crate::text::opencc::current().map_err(to_js_error)?.prepare(config);
    Ok(())
}
