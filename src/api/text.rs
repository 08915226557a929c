//! The text operations of the JSON facade ([`super::call`]): `convert`, `clean`, `script`, `sameName`.
//!
//! | op | request | response |
//! |---|---|---|
//! | `convert` | `{text, config, clean?: bool}` | `{text, config, cleaned?: {changes, issues}}` |
//! | `clean` | `{text}` | `{text, changes, issues, script}` |
//! | `script` | `{text}` | `{script, simplifiedChars, traditionalChars}` |
//! | `sameName` | `{a, b}` | `{same, a, b}` (the folded names) |
//!
//! `config` is one of OpenCC's 16 built-in configurations (`unknown_config` otherwise). Texts
//! over [`MAX_TEXT_BYTES`] bytes fail with `input_too_large`. With `clean: true`, the text is
//! cleaned first and the changes' offsets refer to the text as sent. In wasm, `convert` fails
//! with `dictionaries_not_loaded` until the page has called `loadOpenccData`; the other three
//! never need the dictionaries.

use super::request::str_field;
use crate::error::{Error, ErrorKind};
use crate::text::opencc::{Config, MAX_TEXT_BYTES};
use crate::text::ops::convert_plain;
use crate::text::{clean, names, script};
use serde_json::{json, Value};

fn text_field(request: &Value) -> Result<&str, Error> {
    let text = str_field(request, "text")?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorKind::InputTooLarge,
            format!("text: {} bytes is more than the {MAX_TEXT_BYTES} allowed", text.len()),
        ));
    }
    Ok(text)
}

fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// `convert`: `{text, config, clean?}` → `{text, config, cleaned?}`.
///
/// # Errors
/// `invalid_argument`, `unknown_config`, `input_too_large`, `dictionaries_not_loaded`.
pub(crate) fn convert(request: &Value) -> Result<Value, Error> {
    let config = Config::parse(str_field(request, "config")?)?;
    let text = text_field(request)?;
    let do_clean = match request.get("clean") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "clean: expected true or false")),
    };
    if !do_clean {
        let (converted, name) = convert_plain(text, config.name())?;
        return Ok(json!({"text": converted, "config": name}));
    }
    let cleaned = clean::clean(text);
    let (converted, name) = convert_plain(&cleaned.text, config.name())?;
    Ok(json!({
        "text": converted,
        "config": name,
        "cleaned": {"changes": to_json(&cleaned.changes), "issues": to_json(&cleaned.issues)},
    }))
}

/// `clean`: `{text}` → `{text, changes, issues, script}` (the script of the cleaned text).
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn clean_op(request: &Value) -> Result<Value, Error> {
    let cleaned = clean::clean(text_field(request)?);
    let detected = script::detect(&cleaned.text);
    Ok(json!({
        "text": cleaned.text,
        "changes": to_json(&cleaned.changes),
        "issues": to_json(&cleaned.issues),
        "script": detected.script.name(),
    }))
}

/// `script`: `{text}` → `{script, simplifiedChars, traditionalChars}`.
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn script_op(request: &Value) -> Result<Value, Error> {
    Ok(to_json(&script::detect(text_field(request)?)))
}

/// `sameName`: `{a, b}` → `{same, a, b}` with the folded names.
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn same_name_op(request: &Value) -> Result<Value, Error> {
    let (a, b) = (str_field(request, "a")?, str_field(request, "b")?);
    if a.len() + b.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorKind::InputTooLarge,
            format!("a, b: {} bytes together is more than the {MAX_TEXT_BYTES} allowed", a.len() + b.len()),
        ));
    }
    Ok(json!({"same": names::same_name(a, b), "a": names::fold_name(a), "b": names::fold_name(b)}))
}
