//! Civil dates at the boundary.
//!
//! Everything in this crate works on civil dates (a day on the Chinese official calendar), never
//! instants. A civil date is written `YYYY-MM-DD` everywhere a date crosses a boundary (JSON,
//! CLI, JS). "Today" is always an argument: nothing here reads a clock, so a result never depends
//! on the machine's time zone.

use crate::error::{Error, ErrorKind};
pub use chrono::NaiveDate as CivilDate;
use chrono::Datelike;

/// Parses a strict `YYYY-MM-DD` civil date (four-digit year 1900-2199).
///
/// # Errors
/// `invalid_date` when the text is not exactly that form or names a day that does not exist.
///
/// # Example
/// ```
/// let d = filing_check::date::parse_civil_date("2024-02-29", "today").unwrap();
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert!(filing_check::date::parse_civil_date("2023-02-29", "today").is_err());
/// ```
pub fn parse_civil_date(text: &str, field: &str) -> Result<CivilDate, Error> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(Error::new(
            ErrorKind::InvalidDate,
            format!("{field}: expected a civil date written YYYY-MM-DD, got {:?}", truncate(text)),
        ));
    }
    let num = |r: std::ops::Range<usize>| -> u32 { text[r].parse().unwrap_or(0) };
    let (y, m, d) = (num(0..4) as i32, num(5..7), num(8..10));
    if !(1900..=2199).contains(&y) {
        return Err(Error::new(ErrorKind::InvalidDate, format!("{field}: year {y} is outside 1900-2199")));
    }
    CivilDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(ErrorKind::InvalidDate, format!("{field}: {text} is not a day of the calendar"))
    })
}

/// Whether `text` is written `YYYY-MM-DD` with a year in 1900-2199, whether or not the day exists:
/// `2026-13-01` and `2026-02-30` are written as dates but name no day, and a finding says so
/// (`no_such_date`) rather than that the format is wrong.
///
/// # Example
/// ```
/// assert!(filing_check::date::written_as_date("2026-02-30"));
/// assert!(!filing_check::date::written_as_date("2026/02/01"));
/// ```
pub fn written_as_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && text[0..4].parse::<i32>().is_ok_and(|y| (1900..=2199).contains(&y))
}

/// Formats a civil date as `YYYY-MM-DD`.
pub fn format_civil_date(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Serde helpers so that DTOs can hold `CivilDate` and still speak `YYYY-MM-DD`.
pub mod serde_civil_date {
    use super::*;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &CivilDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_civil_date(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<CivilDate, D::Error> {
        let text = String::deserialize(de)?;
        parse_civil_date(&text, "date").map_err(serde::de::Error::custom)
    }
}

/// Cuts user text for inclusion in an error message, on a char boundary.
pub(crate) fn truncate(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}
