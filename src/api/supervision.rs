//! Ops `supervise` and `rates`: a bureau's list of case records (`records`, an array of record
//! objects documented in `docs/supervision.md`; the CLI streams JSONL into the same [`Desk`]).

use super::request::{calendar_field, date_field, lang_field};
use crate::error::{Error, ErrorKind};
use crate::supervision::rates::{self, GroupBy};
use crate::supervision::{Desk, RateDesk, RatesResult, Supervision};
use serde_json::Value;

/// The most records one JSON request may carry (the CLI streams any number).
pub const MAX_RECORDS: usize = 10_000;

fn records(request: &Value) -> Result<&[Value], Error> {
    match request.get("records") {
        Some(Value::Array(a)) if a.len() <= MAX_RECORDS => Ok(a),
        Some(Value::Array(a)) => Err(Error::new(ErrorKind::InputTooLarge, format!("records: {} records is more than the {MAX_RECORDS} allowed", a.len()))),
        Some(_) => Err(Error::new(ErrorKind::InvalidArgument, "records: expected an array of case records")),
        None => Err(Error::new(ErrorKind::InvalidArgument, "records: required (an array of case records)")),
    }
}

/// `pack` (optional): a built-in pack name or an inline pack; `default` when absent.
pub fn pack_field(request: &Value, default: &str) -> Result<Value, Error> {
    match request.get("pack") {
        None | Some(Value::Null) => Ok(Value::String(default.to_string())),
        Some(v @ (Value::String(_) | Value::Object(_))) => Ok(v.clone()),
        Some(_) => Err(Error::new(ErrorKind::InvalidArgument, "pack: expected a pack name or an object")),
    }
}

/// `by` (optional): `all` (default), `agency` or `level`.
///
/// # Errors
/// `invalid_argument` for another value.
pub fn group_by(text: Option<&str>) -> Result<GroupBy, Error> {
    match text {
        None | Some("all") => Ok(GroupBy::All),
        Some("agency") => Ok(GroupBy::Agency),
        Some("level") => Ok(GroupBy::Level),
        Some(other) => Err(Error::new(ErrorKind::InvalidArgument, format!("by: expected all, agency or level, not {:?}", crate::date::truncate(other)))),
    }
}

/// A [`Desk`] for a request's `today`, `lang`, `pack` (default `guangzhou`) and `calendar`.
///
/// # Errors
/// `invalid_date`, `invalid_argument`, `invalid_data`.
pub fn desk(request: &Value) -> Result<Desk, Error> {
    let today = date_field(request, "today")?;
    let lang = lang_field(request)?;
    let pack = pack_field(request, "guangzhou")?;
    let desk = Desk::new(today, lang, pack, calendar_field(request)?);
    desk.check_pack()?;
    Ok(desk)
}

/// Op `supervise`: `{"today", "records": [...], "pack"?, "lang"?, "calendar"?}`.
///
/// # Errors
/// As [`desk`]; `invalid_argument` without `records`.
pub fn supervise(request: &Value) -> Result<Supervision, Error> {
    let mut d = desk(request)?;
    for r in records(request)? {
        d.push(r)?;
    }
    Ok(d.finish())
}

/// A [`RateDesk`] and its pack for a request's `from`, `to`, `by` and `pack` (default `qiannan`).
///
/// # Errors
/// `invalid_date` (also for `to` before `from`), `invalid_argument`, `unknown_config`, `invalid_data`.
pub fn rate_desk(request: &Value) -> Result<(RateDesk, String, rates::RatePack), Error> {
    let from = date_field(request, "from")?;
    let to = date_field(request, "to")?;
    if to < from {
        return Err(Error::new(ErrorKind::InvalidDate, "to: before from"));
    }
    let by = match request.get("by") {
        None | Some(Value::Null) => group_by(None)?,
        Some(Value::String(s)) => group_by(Some(s))?,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "by: expected a string")),
    };
    let (name, pack) = rates::load_pack(&pack_field(request, "qiannan")?)?;
    Ok((RateDesk::new(from, to, by), name, pack))
}

/// Op `rates`: `{"from", "to", "records": [...], "by"?, "pack"?}`.
///
/// # Errors
/// As [`rate_desk`]; `invalid_argument` without `records`.
pub fn rates_op(request: &Value) -> Result<RatesResult, Error> {
    let (mut d, name, pack) = rate_desk(request)?;
    for r in records(request)? {
        d.push(r);
    }
    Ok(d.finish(&name, &pack))
}
