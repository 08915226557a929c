//! The wasm-bindgen layer: the only code that names `wasm_bindgen`. It builds one of five modules:
//!
//! - feature `wasm`: [`full`], the package's main module, with every operation but the
//!   conversion itself (op `convert` checks its request, then answers `dictionaries_not_loaded`);
//! - feature `wasm-opencc` (without `wasm`): [`converter`], a module with only the OpenCC
//!   converter, which a browser page fetches for its first conversion instead of the whole main
//!   module (scripts/build.sh builds both; `npm/index.js` loads each when first needed);
//! - feature `wasm-ids` (alone): [`ids`], a module with only `validateId` (`callJson("id", …)`),
//!   for pages that check identifiers and nothing else;
//! - feature `wasm-forms` (alone): [`forms`], a module for the agency's own forms: `check` of
//!   the filing kinds whose documents' text it does not read (appearance, absence, performance),
//!   `validateId` and the due day, so that a page with such a form loads a fraction of the main
//!   module;
//! - feature `wasm-desk` (alone): [`desk`], a module with only the bureau's desk ops
//!   (`callJson("supervise" | "rates" | "bulletin", …)`), which the main module does not link
//!   (it is built without the `desk` feature), so that only the desk page loads them.
//!
//! The converter module alone has the conversion exports of [`opencc`]: the main module is built
//! without the OpenCC engine (feature `convert`), and the package converts in the converter module.
//!
//! Both only translate. Errors are mapped in one place ([`to_js_error`]) to an object with a
//! stable `code` and a `message`, which the hand-written npm wrapper turns into a
//! `FilingCheckError`. Nothing here panics on input.

use crate::error::Error;
use wasm_bindgen::prelude::*;

// Only the converter module converts: the main module is built without the engine (feature
// `convert`), and the package loads the converter module for every conversion.
#[cfg(feature = "wasm-opencc")]
mod opencc;

#[cfg(feature = "wasm")]
mod full;

#[cfg(all(feature = "wasm-opencc", not(feature = "wasm")))]
mod converter;

#[cfg(all(feature = "wasm-ids", not(any(feature = "wasm", feature = "wasm-opencc"))))]
mod ids;

#[cfg(all(feature = "wasm-desk", not(any(feature = "wasm", feature = "wasm-opencc", feature = "wasm-ids"))))]
mod desk;

#[cfg(all(feature = "wasm-forms", not(any(feature = "wasm", feature = "wasm-opencc", feature = "wasm-ids", feature = "wasm-desk"))))]
mod forms;

// The identifiers and forms modules' allocator, in place of dlmalloc.
#[cfg(any(
    all(feature = "wasm-ids", not(any(feature = "wasm", feature = "wasm-opencc"))),
    all(feature = "wasm-forms", not(any(feature = "wasm", feature = "wasm-opencc", feature = "wasm-ids", feature = "wasm-desk")))
))]
mod size_class_allocator;

/// The due day of a period on the bundled calendar, without steps or JSON: the hot path behind the
/// npm wrapper's `dueDate`, exported by the main and forms modules. It returns one number rather
/// than `{ due, extended, provisional }`: building that object field by field from Rust (key
/// strings and all) costs more than computing the date, so the wrapper builds it in JS. The number
/// is `((year * 13 + month) * 32 + day) * 4 + extended * 2 + provisional`; a civil year is at most
/// 262 142, so it stays below 2^32.
#[cfg(any(feature = "wasm", all(feature = "wasm-forms", not(any(feature = "wasm-opencc", feature = "wasm-ids", feature = "wasm-desk")))))]
#[wasm_bindgen(js_name = dueDatePacked)]
pub fn due_date_packed(from: &str, period: &str) -> Result<u32, JsValue> {
    use chrono::Datelike;
    let d = crate::api::due_date(from, period).map_err(to_js_error)?;
    let year = u32::try_from(d.due.year())
        .map_err(|_| to_js_error(Error::new(crate::error::ErrorKind::InvalidDate, "due: before year 0")))?;
    Ok(((year * 13 + d.due.month()) * 32 + d.due.day()) * 4 + u32::from(d.extended) * 2 + u32::from(d.provisional))
}

/// The crate version, to check that the wrapper and the module match: every module's but the
/// converter's, which the wrapper never asks.
#[cfg(not(all(feature = "wasm-opencc", not(feature = "wasm"))))]
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Maps a call error to the JS value the npm wrapper expects: `{ code, message }`.
fn to_js_error(e: Error) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"code".into(), &e.code().into());
    let _ = js_sys::Reflect::set(&obj, &"message".into(), &e.message().into());
    obj.into()
}

/// The `callJson` of a one-operation module (the converter's `convert`, the identifiers' `id`):
/// JSON text in and out, exactly the main module's answer for that op; any other op is refused,
/// naming the module.
#[cfg(all(feature = "wasm-opencc", not(feature = "wasm")))]
fn single_op_json(
    op: &str,
    request: &str,
    only: &str,
    module: &str,
    run: fn(&serde_json::Value) -> Result<serde_json::Value, Error>,
) -> Result<String, JsValue> {
    only_op(op, only, module)?;
    json_call(request, run)
}

/// JSON text in, `run`, JSON text out, as the main module's `callJson` does it.
#[cfg(any(all(feature = "wasm-opencc", not(feature = "wasm")), feature = "wasm-desk"))]
fn json_call(request: &str, run: impl FnOnce(&serde_json::Value) -> Result<serde_json::Value, Error>) -> Result<String, JsValue> {
    use crate::error::ErrorKind;
    let request = crate::api::parse_json(request).map_err(to_js_error)?;
    let result = run(&request).map_err(to_js_error)?;
    serde_json::to_string(&result).map_err(|e| to_js_error(Error::new(ErrorKind::InvalidJson, e.to_string())))
}

/// Refuses any op but `only` in a one-operation module, naming the module.
#[cfg(any(feature = "wasm-opencc", feature = "wasm-ids"))]
fn only_op(op: &str, only: &str, module: &str) -> Result<(), JsValue> {
    if op == only {
        return Ok(());
    }
    Err(to_js_error(Error::new(
        crate::error::ErrorKind::InvalidArgument,
        format!("op: the {module} module runs only {only:?}, not {:?}", crate::date::truncate(op)),
    )))
}
