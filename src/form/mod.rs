//! Reading a form leniently: the one reader of filings and documents.
//!
//! The facade ([`crate::api`]) hands a filing to [`crate::filings::check`] and a document to
//! [`crate::document::check_input`]; both read it through here. Every form field is optional in
//! the types, so that a form being filled in deserialises and what is missing or malformed
//! becomes a finding with its path (FIL-018 for a date, DOC-002 for a case number, DOC-005 for an
//! amount, ID-001 for an identity number), not a call error. Only a field of the wrong JSON type
//! (a number where a string belongs) is a call error: that is a bug in the caller, not a mistake
//! in the form.

use crate::date::CivilDate;
use crate::error::{Error, ErrorKind};
use crate::ids::{case_number, resident};
use crate::rules::document::{AMOUNTS_AGREE, CASE_NUMBER_VALID};
use crate::rules::filing::DATE_FIELD_VALID;
use crate::rules::{identity::RESIDENT_ID_VALID, Findings};
use serde_json::Value;

pub(crate) mod read;

/// Reads a form (a filing, a document) into its type ([`read`]).
///
/// # Errors
/// `invalid_json` naming the field whose JSON type is wrong.
pub(crate) fn deserialize<T: read::Read>(value: &Value, what: &str) -> Result<T, Error> {
    T::read(value).map_err(|e| Error::new(ErrorKind::InvalidJson, format!("{what}: {e}")))
}

/// `path` without its leading `/`, as messages show it.
pub(crate) fn field(path: &str) -> &str {
    path.trim_start_matches('/')
}

/// Checks a date field (FIL-018). Returns the date when it is valid. `past_only` dates (the day a
/// copy was received, a document signed) may not be after today.
pub(crate) fn date_field(value: Option<&str>, path: &str, today: CivilDate, findings: &mut Findings) -> Option<CivilDate> {
    dated(value, path, today, true, findings)
}

/// Like [`date_field`], for dates that may lie ahead (a performance deadline).
pub(crate) fn any_date_field(value: Option<&str>, path: &str, today: CivilDate, findings: &mut Findings) -> Option<CivilDate> {
    dated(value, path, today, false, findings)
}

fn dated(value: Option<&str>, path: &str, today: CivilDate, past_only: bool, findings: &mut Findings) -> Option<CivilDate> {
    let text = value?.trim();
    if text.is_empty() {
        return None;
    }
    match crate::date::parse_civil_date(text, "date") {
        Ok(d) => {
            if past_only && d > today {
                findings.add(
                    &DATE_FIELD_VALID,
                    "in_future",
                    path,
                    crate::args![("field", field(path)), ("value", text), ("today", crate::date::format_civil_date(today))],
                );
            }
            Some(d)
        }
        Err(_) => {
            let id = if crate::date::written_as_date(text) { "no_such_date" } else { "malformed" };
            findings.add(&DATE_FIELD_VALID, id, path, crate::args![("field", field(path)), ("value", text)]);
            None
        }
    }
}

/// Checks a case-number field (DOC-002). Returns it when it parses.
pub(crate) fn case_number_field<'a>(value: Option<&'a str>, path: &str, findings: &mut Findings) -> Option<&'a str> {
    let text = value?;
    let today = findings.options().today;
    match case_number::parse(text, today) {
        Ok(_) => Some(text),
        Err(problem) => {
            let mut args = crate::args![("field", field(path)), ("value", case_number::normalize(text))];
            for (k, v) in problem.args(today) {
                args.insert(k.to_string(), v);
            }
            if let Some(t) = CASE_NUMBER_VALID.message(problem.code()) {
                findings.add(&CASE_NUMBER_VALID, t.id, path, args);
            }
            None
        }
    }
}

/// Checks an amount field in yuan (`12345.67`). Returns it in fen.
pub(crate) fn amount_field(value: Option<&str>, path: &str, findings: &mut Findings) -> Option<u64> {
    let text = value?.trim();
    if text.is_empty() {
        return None;
    }
    let fen = figure_fen(text);
    if fen.is_none() {
        findings.add(&AMOUNTS_AGREE, "form_amount_invalid", path, crate::args![("field", field(path)), ("value", text)]);
    }
    fen
}

/// Checks a resident identity number (ID-001) when one is given.
pub(crate) fn id_number_field(value: Option<&str>, path: &str, findings: &mut Findings) {
    let Some(text) = value.filter(|t| !t.trim().is_empty()) else { return };
    let today = findings.options().today;
    if let Err(problem) = resident::parse(text, today) {
        use crate::rules::identity::{add_fold_args, problem_message_id, resident_problem_args};
        let folded = crate::ids::fold_identifier_report(text);
        let mut args = resident_problem_args(problem, field(path), &folded.value, today);
        add_fold_args(&mut args, &folded);
        findings.add(&RESIDENT_ID_VALID, problem_message_id(problem.code(), &folded), path, args);
    }
}

/// Parses a figure in yuan as written: `12,345.67`, `12345.6`, `100000`. Returns fen.
pub fn figure_fen(text: &str) -> Option<u64> {
    let cleaned: String = text.chars().filter(|c| *c != ',' && *c != '，').collect();
    let (int, frac) = match cleaned.split_once('.') {
        Some((i, f)) => (i, f),
        None => (cleaned.as_str(), ""),
    };
    if int.is_empty() || int.len() > 15 || !int.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yuan: u64 = int.parse().ok()?;
    let mut f: u64 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
    if frac.len() == 1 {
        f *= 10;
    }
    Some(yuan * 100 + f)
}
