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
use serde_json::Value;

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

/// The answer of `convert`.
#[derive(serde::Serialize)]
pub(crate) struct Converted {
    text: String,
    config: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cleaned: Option<CleanedChanges>,
}

/// What `clean: true` changed before the conversion.
#[derive(serde::Serialize)]
struct CleanedChanges {
    changes: Vec<clean::Change>,
    issues: Vec<clean::Issue>,
}

/// `convert`: `{text, config, clean?}` → `{text, config, cleaned?}`.
///
/// # Errors
/// `invalid_argument`, `unknown_config`, `input_too_large`, `dictionaries_not_loaded`.
pub(crate) fn convert(request: &Value) -> Result<Converted, Error> {
    let config = Config::parse(str_field(request, "config")?)?;
    let text = text_field(request)?;
    let do_clean = match request.get("clean") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "clean: expected true or false")),
    };
    if !do_clean {
        let (converted, name) = convert_plain(text, config.name())?;
        return Ok(Converted { text: converted, config: name, cleaned: None });
    }
    let cleaned = clean::clean(text);
    let (converted, name) = convert_plain(&cleaned.text, config.name())?;
    Ok(Converted { text: converted, config: name, cleaned: Some(CleanedChanges { changes: cleaned.changes, issues: cleaned.issues }) })
}

/// The answer of `clean`.
#[derive(serde::Serialize)]
pub(crate) struct CleanAnswer {
    text: String,
    changes: Vec<clean::Change>,
    issues: Vec<clean::Issue>,
    script: &'static str,
}

/// `clean`: `{text}` → `{text, changes, issues, script}` (the script of the cleaned text).
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn clean_op(request: &Value) -> Result<CleanAnswer, Error> {
    let cleaned = clean::clean(text_field(request)?);
    let script = script::detect(&cleaned.text).script.name();
    Ok(CleanAnswer { text: cleaned.text, changes: cleaned.changes, issues: cleaned.issues, script })
}

/// `script`: `{text}` → `{script, simplifiedChars, traditionalChars}`.
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn script_op(request: &Value) -> Result<script::ScriptReport, Error> {
    Ok(script::detect(text_field(request)?))
}

/// The answer of `sameName`: whether the names are the same, and each folded.
#[derive(serde::Serialize)]
pub(crate) struct SameName {
    same: bool,
    a: String,
    b: String,
}

/// `sameName`: `{a, b}` → `{same, a, b}` with the folded names.
///
/// # Errors
/// `invalid_argument`, `input_too_large`.
pub(crate) fn same_name_op(request: &Value) -> Result<SameName, Error> {
    let (a, b) = (str_field(request, "a")?, str_field(request, "b")?);
    if a.len() + b.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorKind::InputTooLarge,
            format!("a, b: {} bytes together is more than the {MAX_TEXT_BYTES} allowed", a.len() + b.len()),
        ));
    }
    Ok(SameName { same: names::same_name(a, b), a: names::fold_name(a), b: names::fold_name(b) })
}
