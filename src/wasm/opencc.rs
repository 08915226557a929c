//! The conversion exports both modules have (the main module and the converter-only one), so
//! that the npm wrapper drives either through the same code.

use super::to_js_error;
use crate::text::opencc::DictionaryStream;
use std::sync::Mutex;
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

/// The blob being received by `openccDataPush`, between `openccDataBegin` and `openccDataFinish`.
static RECEIVING: Mutex<Option<DictionaryStream>> = Mutex::new(None);

fn receiving() -> std::sync::MutexGuard<'static, Option<DictionaryStream>> {
    RECEIVING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Starts receiving `opencc.bin` a chunk at a time, as a fetch's body stream gives it (the browser
/// wrapper's way, so that each chunk is checked while the next is on its way, and a blob that
/// comes in one chunk is kept without a copy):
/// `openccDataBegin(contentLength or 0)`, `openccDataPush(chunk)` for each, `openccDataFinish()`.
/// The same as `loadOpenccData` of all the chunks together. Starting again drops what came before.
#[wasm_bindgen(js_name = openccDataBegin)]
pub fn opencc_data_begin(size_hint: u32) {
    *receiving() = Some(DictionaryStream::with_size_hint(size_hint as usize));
}

/// Takes the next chunk of the blob (see `openccDataBegin`). A problem in it is reported by
/// `openccDataFinish`. Taken as a `Vec` (the copy the glue makes in wasm memory, handed over) so
/// that a blob arriving in one chunk becomes the dictionaries' text without another copy.
#[wasm_bindgen(js_name = openccDataPush)]
pub fn opencc_data_push(chunk: Vec<u8>) {
    receiving().get_or_insert_with(DictionaryStream::default).push_vec(chunk);
}

/// Loads the blob whose chunks came (see `openccDataBegin`): as `loadOpenccData`, it replaces the
/// dictionaries, or fails with the same error.
#[wasm_bindgen(js_name = openccDataFinish)]
pub fn opencc_data_finish() -> Result<(), JsValue> {
    let stream = receiving().take().unwrap_or_default();
    crate::text::opencc::install(stream.finish().map_err(to_js_error)?);
    Ok(())
}

/// True once `loadOpenccData` (or `openccDataFinish`) has succeeded.
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
