//! The date ops: `deadline`, `due`, `windows` and `timeline`. Each reads its request into typed
//! values (through [`super::request`]) and calls the domain: [`crate::period`],
//! [`crate::windows`], [`crate::timeline`].

use super::request::{calendar_field, date_field, lang_field, opt_date_field};
use crate::date::{format_civil_date, parse_civil_date};
use crate::error::{Error, ErrorKind};
use crate::period::{self, DeadlineView, Period};
use crate::rules::{CheckOptions, Findings};
use crate::timeline::{self, Timeline, TimelineRequest};
use crate::windows::{self, WindowResultView, WindowView, WindowsResult};
use serde::Serialize;
use serde_json::Value;

/// Op `deadline`: `{from, period, calendar?, postmark?, lang?}` → [`DeadlineView`].
///
/// # Errors
/// `invalid_date`, `invalid_period`, `invalid_data` (calendar), `invalid_argument` (lang).
pub fn deadline(request: &Value) -> Result<DeadlineView, Error> {
    let lang = lang_field(request)?;
    let from = date_field(request, "from")?;
    let period = match request.get("period") {
        Some(Value::String(s)) => Period::parse(s)?,
        _ => return Err(Error::new(ErrorKind::InvalidPeriod, "period: required, e.g. \"15d\", \"6m\", \"1y\", \"5wd\"")),
    };
    let postmark = opt_date_field(request, "postmark")?;
    let calendar = calendar_field(request)?;
    let c = period::compute(from, period, &calendar)?;
    Ok(DeadlineView::of(&c, postmark, &calendar, lang))
}

/// Op `windows`: without `window`, every window; with `window` and `from`, that window computed
/// (plus `findings` when `filed` is given).
///
/// # Errors
/// `unknown_window`, `invalid_date`, `invalid_data` (calendar), `invalid_argument`.
pub(crate) fn windows(request: &Value) -> Result<WindowsResult, Error> {
    let lang = lang_field(request)?;
    let id = match request.get("window") {
        None | Some(Value::Null) => {
            return Ok(WindowsResult::List { windows: windows::all().iter().map(|w| WindowView::of(w, lang)).collect() });
        }
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "window: expected a window id string")),
    };
    let window = windows::find(id)?;
    if request.get("from").is_none() {
        return Ok(WindowsResult::Info { window: window.id, window_info: WindowView::of(window, lang) });
    }
    let from = date_field(request, "from")?;
    let postmark = opt_date_field(request, "postmark")?;
    let filed = opt_date_field(request, "filed")?;
    let calendar = calendar_field(request)?;
    let wc = windows::compute(window, from, &calendar)?;
    let mut view = WindowResultView::of(&wc, from, postmark, &calendar, lang);
    if let Some(filed) = filed {
        // `today` does not change a date check; it defaults to the filing day.
        let today = opt_date_field(request, "today")?.unwrap_or(filed);
        let mut options = CheckOptions::new(today);
        options.lang = lang;
        let mut findings = Findings::new(&options);
        crate::rules::deadline::check_window(window.id, from, filed, postmark, &calendar, &mut findings, "/filed")?;
        view.findings = Some(findings.into_vec());
    }
    Ok(WindowsResult::Computed(Box::new(view)))
}

/// Op `timeline`: `{today, events, packs?, calendar?, lang?}` → [`Timeline`].
///
/// # Errors
/// `invalid_date` for a malformed date, `invalid_data` for a malformed pack or calendar,
/// `invalid_argument` for a malformed event list.
pub(crate) fn timeline(request: &Value) -> Result<Timeline, Error> {
    let lang = lang_field(request)?;
    let today = date_field(request, "today")?;
    let calendar = calendar_field(request)?;
    let (events, event_keys) = match request.get("events") {
        Some(list @ Value::Array(a)) if a.len() <= timeline::MAX_EVENTS => {
            let events = <Vec<timeline::EventInput> as crate::form::read::Read>::read(list).map_err(|e| {
                Error::new(ErrorKind::InvalidArgument, format!("events: each event is {{kind, date, hearingDate?, performanceDue?}} ({e})"))
            })?;
            // Each event as sent keys the iCalendar UIDs of its entries. Written by sorted_json,
            // which gives serde_json's bytes for a `Value`, so that the main module links no
            // second JSON writer.
            let keys = a.iter().map(|e| super::sorted_json::to_string(e).unwrap_or_default()).collect();
            (events, keys)
        }
        Some(Value::Array(_)) => return Err(Error::new(ErrorKind::InputTooLarge, format!("events: at most {}", timeline::MAX_EVENTS))),
        _ => return Err(Error::new(ErrorKind::InvalidArgument, "events: required, an array of {kind, date}")),
    };
    let packs = match request.get("packs") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a.clone(),
        Some(_) => return Err(Error::new(ErrorKind::InvalidArgument, "packs: expected an array")),
    };
    timeline::build(&TimelineRequest { lang, today, calendar, events, event_keys, packs })
}

/// The due day of a period on the bundled official calendar, without steps: the hot path for a
/// portal that computes many dates (a timeline, a list of cases). `deadline` gives the same dates
/// with the reason for each.
///
/// # Errors
/// `invalid_date` or `invalid_period`.
///
/// # Example
/// ```
/// // 15 days from 2025-09-16 end on 2025-10-01 (国庆), moved to the first working day, 2025-10-09.
/// let d = filing_check::api::due_date("2025-09-16", "15d").unwrap();
/// assert_eq!(d.due.to_string(), "2025-10-09");
/// assert!(d.extended && !d.provisional);
/// ```
pub fn due_date(from: &str, period: &str) -> Result<period::Due, Error> {
    let from = parse_civil_date(from, "from")?;
    let period = Period::parse(period)?;
    // The bundled calendar is static data: making the value allocates nothing.
    period::due(from, period, &crate::calendar::Calendar::bundled())
}

/// The JSON form of [`period::Due`].
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DueView {
    pub raw_end: String,
    pub due: String,
    pub extended: bool,
    pub provisional: bool,
}

impl DueView {
    pub fn of(d: &period::Due) -> DueView {
        DueView { raw_end: format_civil_date(d.raw_end), due: format_civil_date(d.due), extended: d.extended, provisional: d.provisional }
    }
}

