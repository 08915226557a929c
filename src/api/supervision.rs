//! Ops `supervise`, `rates` and `bulletin`: a bureau's list of case records, given as `records`
//! (an array of record objects documented in `docs/supervision.md`), `jsonl` (the text of a JSONL
//! file) or `csv` (the text of a CSV file, one row per event); the CLI streams its file's lines
//! into the same desks.

use super::request::{calendar_field, date_field, lang_field};
use crate::error::{Error, ErrorKind};
use crate::supervision::rates::{self, GroupBy};
use crate::supervision::input::{feed_text, ListFormat, Sink};
use crate::supervision::{Desk, RateDesk, RatesResult};
use serde_json::Value;

/// The most records one JSON request may carry (the CLI streams any number).
pub const MAX_RECORDS: usize = 10_000;

/// A JSONL line parsed under the limits of every JSON input ([`super::parse_json`]).
///
/// # Errors
/// The parser's message, for a line that is not JSON or is too large or too deep.
pub fn parse_line(line: &str) -> Result<Value, String> {
    super::parse_json(line).map_err(|e| e.message().to_string())
}

/// A sink that refuses more than [`MAX_RECORDS`] records, as `records` does.
struct Limited<'a, S> {
    sink: &'a mut S,
    taken: usize,
}

impl<S: Sink> Sink for Limited<'_, S> {
    fn take(&mut self, record: crate::supervision::input::Imported) -> Result<(), Error> {
        self.taken += 1;
        if self.taken > MAX_RECORDS {
            return Err(Error::new(ErrorKind::InputTooLarge, format!("records: more than the {MAX_RECORDS} allowed")));
        }
        self.sink.take(record)
    }
}

/// Feeds the request's list (`records`, `jsonl` or `csv`: exactly one) to `sink`.
///
/// # Errors
/// `invalid_argument` without a list, with two, or with a list of the wrong type;
/// `input_too_large` above [`MAX_RECORDS`] records; the sink's own errors.
fn feed(request: &Value, sink: &mut impl Sink) -> Result<(), Error> {
    let given: Vec<&str> = ["records", "jsonl", "csv"].into_iter().filter(|k| request.get(k).is_some_and(|v| !v.is_null())).collect();
    let too_many = |n: usize| Error::new(ErrorKind::InputTooLarge, format!("records: {n} records is more than the {MAX_RECORDS} allowed"));
    match (given.as_slice(), request.get(given.first().copied().unwrap_or("records"))) {
        (["records"], Some(Value::Array(a))) if a.len() > MAX_RECORDS => Err(too_many(a.len())),
        (["records"], Some(Value::Array(a))) => {
            for r in a {
                sink.take(Ok((r.clone(), Vec::new())))?;
            }
            Ok(())
        }
        ([key @ ("jsonl" | "csv")], Some(Value::String(text))) => {
            let format = if *key == "csv" { ListFormat::Csv } else { ListFormat::Jsonl };
            let mut limited = Limited { sink, taken: 0 };
            feed_text(text, format, parse_line, &mut limited)?;
            Ok(())
        }
        (["records"], _) => Err(Error::new(ErrorKind::InvalidArgument, "records: expected an array of case records")),
        ([key], _) => Err(Error::new(ErrorKind::InvalidArgument, format!("{key}: expected the text of a {} file", crate::i18n::upper_case::uppercased(key)))),
        ([], _) => Err(Error::new(ErrorKind::InvalidArgument, "records: required (an array of case records, or jsonl or csv text)")),
        (keys, _) => Err(Error::new(ErrorKind::InvalidArgument, format!("{}: give the list once (records, jsonl or csv)", keys.join(", ")))),
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

/// Op `supervise`: `{"today", "records"|"jsonl"|"csv", "pack"?, "lang"?, "calendar"?, "ics"?}`;
/// with `"ics": true` the result carries the reminders as iCalendar text (`ics`).
///
/// # Errors
/// As [`desk`]; `invalid_argument` without a list or with a non-boolean `ics`.
pub fn supervise(request: &Value) -> Result<Value, Error> {
    let with_ics = match request.get("ics") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "ics: expected true or false")),
    };
    let lang = lang_field(request)?;
    let mut d = desk(request)?;
    feed(request, &mut d)?;
    let status = d.finish();
    let mut out = serde_json::to_value(&status).map_err(|e| Error::new(ErrorKind::InvalidData, format!("result: {e}")))?;
    if let (true, Some(o)) = (with_ics, out.as_object_mut()) {
        o.insert("ics".into(), Value::String(crate::supervision::reminders::ics(&status, lang)));
    }
    Ok(out)
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
    Ok((RateDesk::new(from, to, by, lang_field(request)?), name, pack))
}

/// Op `rates`: `{"from", "to", "records"|"jsonl"|"csv", "by"?, "pack"?}`.
///
/// # Errors
/// As [`rate_desk`]; `invalid_argument` without a list.
pub fn rates_op(request: &Value) -> Result<RatesResult, Error> {
    let (mut d, name, pack) = rate_desk(request)?;
    feed(request, &mut d)?;
    Ok(d.finish(&name, &pack))
}

/// The two desks of a bulletin: the rates of `from`..`to` (`pack`, default `qiannan`; `by`,
/// default `agency`) and the status on `today` (default `to`) with `timelinePack` (default
/// `guangzhou`), and the bulletin's `format` (`html`, the default, or `csv`).
///
/// # Errors
/// As [`rate_desk`] and [`desk`]; `invalid_argument` for another format.
pub fn bulletin_desks(request: &Value) -> Result<(BulletinDesks, BulletinFormat), Error> {
    let mut rates_request = request.as_object().cloned().unwrap_or_default();
    if rates_request.get("by").map_or(true, Value::is_null) {
        rates_request.insert("by".into(), Value::String("agency".into()));
    }
    let (rates, name, pack) = rate_desk(&Value::Object(rates_request))?;
    let mut status_request = request.as_object().cloned().unwrap_or_default();
    if status_request.get("today").map_or(true, Value::is_null) {
        let to = request.get("to").cloned().unwrap_or(Value::Null);
        status_request.insert("today".into(), to);
    }
    match status_request.remove("timelinePack") {
        Some(p) => status_request.insert("pack".into(), p),
        None => status_request.remove("pack"),
    };
    let status = desk(&Value::Object(status_request))?;
    let format = match request.get("format") {
        None | Some(Value::Null) => BulletinFormat::Html,
        Some(Value::String(s)) if s == "html" => BulletinFormat::Html,
        Some(Value::String(s)) if s == "csv" => BulletinFormat::Csv,
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "format: expected html or csv")),
    };
    Ok(((status, (rates, name, pack)), format))
}

/// The status desk, and the rates desk with its pack's name and rates.
pub type BulletinDesks = (Desk, (RateDesk, String, rates::RatePack));

/// The form of a bulletin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulletinFormat {
    Html,
    Csv,
}

impl Sink for (RateDesk, String, rates::RatePack) {
    fn take(&mut self, record: crate::supervision::input::Imported) -> Result<(), Error> {
        self.0.take(record)
    }
}

/// The bulletin's text once every record has been fed.
pub fn bulletin_text(desks: BulletinDesks, format: BulletinFormat) -> String {
    let (status, (rates, name, pack)) = desks;
    let rates = rates.finish(&name, &pack);
    match format {
        BulletinFormat::Html => crate::supervision::bulletin::html(&rates, &status.finish()),
        BulletinFormat::Csv => crate::supervision::bulletin::csv(&rates),
    }
}

/// Op `bulletin`: `{"from", "to", "records"|"jsonl"|"csv", "today"?, "by"?, "pack"?,
/// "timelinePack"?, "format"?}` → `{"format", "text"}`: the 通报 (a month) or 报告 (another
/// period) as printable HTML, or its rates as CSV.
///
/// # Errors
/// As [`bulletin_desks`]; `invalid_argument` without a list.
pub fn bulletin(request: &Value) -> Result<Value, Error> {
    let (mut desks, format) = bulletin_desks(request)?;
    feed(request, &mut desks)?;
    let name = if format == BulletinFormat::Html { "html" } else { "csv" };
    Ok(serde_json::json!({"format": name, "text": bulletin_text(desks, format)}))
}
