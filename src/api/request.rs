//! Reading a request: each op's JSON becomes typed values here, once, and nowhere else.
//!
//! These readers are strict: a field of the wrong JSON type is a call error naming the field.
//! (A filing or a document is read leniently instead, by [`crate::form`]: a mistyped form field
//! is a finding, not a call error.)

use crate::calendar::Calendar;
use crate::date::{parse_civil_date, CivilDate};
use crate::error::{Error, ErrorKind};
use crate::i18n::Lang;
use crate::rules::CheckOptions;
use serde_json::Value;

/// `lang` (optional, default zh-Hans).
///
/// # Errors
/// `invalid_argument` for a value that is not a string or not a language.
pub fn lang_field(request: &Value) -> Result<Lang, Error> {
    match request.get("lang") {
        None | Some(Value::Null) => Ok(Lang::ZhHans),
        Some(Value::String(s)) => Lang::parse(s),
        Some(_) => Err(Error::new(ErrorKind::InvalidArgument, "lang: expected a string")),
    }
}

/// A required `YYYY-MM-DD` field.
///
/// # Errors
/// `invalid_date` naming the field.
pub fn date_field(request: &Value, field: &str) -> Result<CivilDate, Error> {
    match request.get(field) {
        Some(Value::String(s)) => parse_civil_date(s, field),
        Some(_) => Err(Error::new(ErrorKind::InvalidDate, format!("{field}: expected a YYYY-MM-DD string"))),
        None => Err(Error::new(ErrorKind::InvalidDate, format!("{field}: required (YYYY-MM-DD)"))),
    }
}

/// An optional `YYYY-MM-DD` field.
///
/// # Errors
/// `invalid_date` naming the field.
pub fn opt_date_field(request: &Value, field: &str) -> Result<Option<CivilDate>, Error> {
    match request.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => date_field(request, field).map(Some),
    }
}

/// The calendar of a request: the bundled one plus `calendar` when given.
///
/// # Errors
/// `invalid_data` for a malformed calendar.
pub fn calendar_field(request: &Value) -> Result<Calendar, Error> {
    match request.get("calendar") {
        None | Some(Value::Null) => Ok(Calendar::default()),
        Some(v) => Calendar::from_json(v),
    }
}

/// Reads `today` (required) and `lang` (optional) from a JSON request object.
///
/// # Errors
/// `invalid_date` or `invalid_argument`.
pub fn common_options(request: &Value) -> Result<CheckOptions, Error> {
    let today = match request.get("today") {
        Some(Value::String(s)) => parse_civil_date(s, "today")?,
        Some(_) => return Err(Error::new(ErrorKind::InvalidDate, "today: expected a YYYY-MM-DD string")),
        None => return Err(Error::new(ErrorKind::InvalidDate, "today: required (YYYY-MM-DD); nothing reads a clock")),
    };
    let mut options = CheckOptions::new(today);
    match request.get("lang") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => options.lang = Lang::parse(s)?,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "lang: expected a string")),
    }
    Ok(options)
}

/// Applies a configuration object: `{"mode": "draft", "rules": {"ID-001": "warning"}, "packs": ["guangzhou"],
/// "labels": {"/appearing/*/idNumber": "身份证号"}}`. `labels` are the portal's own field labels, in
/// the call's language (see [`crate::i18n::labels`]).
///
/// # Errors
/// `invalid_argument` for a malformed configuration; unknown rule ids are reported by the check.
pub fn apply_config(options: &mut CheckOptions, config: &Value) -> Result<(), Error> {
    let bad = |m: &str| Error::new(ErrorKind::InvalidArgument, m.to_string());
    let config = config.as_object().ok_or_else(|| bad("config: expected an object"))?;
    for (key, value) in config {
        match key.as_str() {
            "mode" => match value.as_str() {
                Some("final") => options.mode = crate::report::Mode::Final,
                Some("draft") => options.mode = crate::report::Mode::Draft,
                _ => return Err(bad("config.mode: expected \"final\" or \"draft\"")),
            },
            "rules" => {
                let map = value.as_object().ok_or_else(|| bad("config.rules: expected an object of rule id → severity"))?;
                for (id, sev) in map {
                    let sev = sev.as_str().and_then(crate::report::Severity::parse).ok_or_else(|| {
                        bad(&format!("config.rules.{id}: expected off, info, warning or error"))
                    })?;
                    options.severity.insert(id.clone(), sev);
                }
            }
            "packs" => {
                let list = value.as_array().ok_or_else(|| bad("config.packs: expected an array of pack names"))?;
                for p in list {
                    if !(p.is_string() || p.is_object()) {
                        return Err(bad("config.packs: each pack is a built-in pack's name or a pack object"));
                    }
                    options.packs.push(p.clone());
                }
            }
            "labels" => {
                let map = value.as_object().ok_or_else(|| bad("config.labels: expected an object of path pattern → label"))?;
                for (pattern, label) in map {
                    let label = label.as_str().ok_or_else(|| bad("config.labels: each label is a string"))?;
                    if !(pattern.is_empty() || pattern.starts_with('/')) {
                        return Err(bad("config.labels: each key is a JSON Pointer or a pattern with * for array indexes, e.g. /appearing/*/idNumber"));
                    }
                    options.labels.insert(pattern.clone(), label.to_string());
                }
            }
            other => return Err(bad(&format!("config: unknown key {:?}", crate::date::truncate(other)))),
        }
    }
    Ok(())
}

/// The options (`today`, `lang`, `config`) and the required input object `name` of a checking
/// request (`check`, `document`).
pub(crate) fn checked_input<'a>(request: &'a Value, name: &str) -> Result<(CheckOptions, &'a Value), Error> {
    let mut options = common_options(request)?;
    if let Some(config) = request.get("config") {
        apply_config(&mut options, config)?;
    }
    let input = request.get(name).ok_or_else(|| Error::new(ErrorKind::InvalidArgument, format!("{name}: required")))?;
    Ok((options, input))
}

/// A required string field of a request object.
pub fn str_field<'a>(request: &'a Value, name: &str) -> Result<&'a str, Error> {
    match request.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: expected a string"))),
        None => Err(Error::new(ErrorKind::InvalidArgument, format!("{name}: required"))),
    }
}

