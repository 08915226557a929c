//! The package's main module (`web/filing_check_bg.wasm`, `node/filing_check_bg.wasm`): every
//! operation of the JSON facade, and with [`super::opencc`] the converter, which the Node build
//! uses directly.
//!
//! It only translates: it deserialises JS values, calls the JSON facade in [`crate::api`], and
//! serialises the result. Nothing here panics on input.

use super::to_js_error;
use crate::error::Error;
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // Maps as plain objects, so results look like JSON.parse output.
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| to_js_error(Error::new(crate::error::ErrorKind::InvalidJson, e.to_string())))
}

fn from_js(value: JsValue) -> Result<serde_json::Value, JsValue> {
    serde_wasm_bindgen::from_value::<serde_json::Value>(value).map_err(|e| {
        to_js_error(Error::new(crate::error::ErrorKind::InvalidJson, format!("input: not a JSON-like value ({e})")))
    })
}

/// Runs one operation of the JSON facade: `call("id", { kind, value, today, lang })`.
#[wasm_bindgen(js_name = call)]
pub fn call(op: &str, request: JsValue) -> Result<JsValue, JsValue> {
    let request = from_js(request)?;
    let result = crate::api::call(op, &request).map_err(to_js_error)?;
    to_js(&result)
}

/// The same operation with JSON text in and out: used by the parity suite to compare bytes.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(op: &str, request: &str) -> Result<String, JsValue> {
    let request = crate::api::parse_json(request).map_err(to_js_error)?;
    let result = crate::api::call(op, &request).map_err(to_js_error)?;
    serde_json::to_string(&result)
        .map_err(|e| to_js_error(Error::new(crate::error::ErrorKind::InvalidJson, e.to_string())))
}

/// The due day of a period on the bundled calendar, without steps or JSON: the hot path behind the
/// npm wrapper's `dueDate`. It returns one number rather than `{ due, extended, provisional }`:
/// building that object field by field from Rust (key strings and all) costs more than computing
/// the date, so the wrapper builds it in JS. The number is
/// `((year * 13 + month) * 32 + day) * 4 + extended * 2 + provisional`; a civil year is at most
/// 262 142, so it stays below 2^32.
#[wasm_bindgen(js_name = dueDatePacked)]
pub fn due_date_packed(from: &str, period: &str) -> Result<u32, JsValue> {
    use chrono::Datelike;
    let d = crate::api::due_date(from, period).map_err(to_js_error)?;
    let year = u32::try_from(d.due.year()).map_err(|_| {
        to_js_error(Error::new(crate::error::ErrorKind::InvalidDate, "due: before year 0"))
    })?;
    Ok(((year * 13 + d.due.month()) * 32 + d.due.day()) * 4 + u32::from(d.extended) * 2 + u32::from(d.provisional))
}

/// The crate version, to check that the wrapper and the module match.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
