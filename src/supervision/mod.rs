//! The bureau's desk (督办台账): a bureau's list of case records, read leniently ([`record`]);
//! their status on a given day with the remedies that follow ([`status`]); and rates per agency,
//! per level and per period, defined as data in a pack ([`rates`]).
//!
//! Everything works in one linear pass: [`Desk::push`] takes one record at a time (a JSONL line),
//! so a list of any length streams through; only Guangzhou's 年度首起开庭的一审案件 needs the
//! whole list, and it keeps one entry per agency and year.
//!
//! The bulletin (通报) renders both as printable HTML ([`bulletin`]).
//!
//! A CSV list (one row per event) becomes the same records ([`csv`]).
//!
//! Record findings are catalogue rules (`SUP-…`, [`crate::rules::supervision`]), rendered in the
//! desk's language when the pass finishes.

pub mod bulletin;
pub mod csv;
pub mod input;
pub mod labels;
pub mod rates;
pub mod record;
pub mod reminders;
pub mod status;
// Here, the top of the core: it names the pack types of filings, timeline and supervision.
#[cfg(test)]
mod pack_reading_tests;

use crate::calendar::Calendar;
use crate::date::CivilDate;
use crate::error::Error;
use crate::i18n::Lang;
pub use record::{read_record, CaseRecord, RecordFinding};
use serde::Serialize;
use serde_json::Value;
pub use status::{CaseStatus, MustAppear, Remedy, StepState};

/// The must-appear situation 年度首起开庭的一审案件 as a pack's appearance section names it
/// (`data/packs/README.md`, check `head-should-appear`).
const FIRST_OF_YEAR: &str = "first-first-instance-of-year";

/// The source of the pack's 年度首起开庭的一审案件 rule, when its appearance section has one
/// (Guangzhou's does); `None` for a pack without it, or whose section does not load (the desk's
/// [`Desk::check_pack`] reports that).
fn first_hearing_source(pack: &Value) -> Option<String> {
    let packs = crate::filings::appearance_pack::load(std::slice::from_ref(pack)).ok()?;
    packs.into_iter().flat_map(|p| p.checks).find_map(|(check, source)| match check {
        crate::filings::appearance_pack::Check::HeadShouldAppear { when } if when.contains(&FIRST_OF_YEAR) => Some(source),
        _ => None,
    })
}

/// Record counts of a pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RecordCounts {
    pub records: usize,
    pub accepted: usize,
    pub rejected: usize,
}

/// The status of a list on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Supervision {
    pub today: String,
    pub counts: RecordCounts,
    /// Steps by state, over every case.
    pub steps: std::collections::BTreeMap<String, usize>,
    pub cases: Vec<CaseStatus>,
    /// Every remedy item of every case, then the must-appear ones missed.
    pub remedies: Vec<Remedy>,
    /// How each agency stands (by name, in name order): its cases, steps by state, remedies.
    pub agencies: Vec<AgencyStanding>,
    /// Guangzhou's 年度首起开庭的一审案件 (only with a pack that has the situation).
    pub must_appear: Vec<MustAppear>,
    pub findings: Vec<RecordFinding>,
}

/// One agency's standing on the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AgencyStanding {
    pub agency: String,
    pub cases: usize,
    pub steps: std::collections::BTreeMap<String, usize>,
    pub remedies: usize,
}

/// One pass over a list for [`Supervision`].
pub struct Desk {
    today: CivilDate,
    lang: Lang,
    pack: Value,
    /// The first first-instance hearings per agency and year, with the rule's source.
    first_hearings: Option<(status::FirstHearings, String)>,
    calendar: Calendar,
    counts: RecordCounts,
    /// Steps by state, agencies' standings and remedies, added up as each case is evaluated.
    steps: std::collections::BTreeMap<String, usize>,
    agencies: std::collections::BTreeMap<String, AgencyStanding>,
    remedies: Vec<Remedy>,
    /// Every case's status, unless they are handed on as they come ([`Desk::stream_cases`]).
    cases: Vec<CaseStatus>,
    stream: Option<Box<dyn FnMut(&CaseStatus)>>,
    findings: Vec<RecordFinding>,
}

impl Desk {
    /// A desk for `today` with the timeline pack `pack` (a name or an inline pack).
    pub fn new(today: CivilDate, lang: Lang, pack: Value, calendar: Calendar) -> Desk {
        let first_hearings = first_hearing_source(&pack).map(|source| (status::FirstHearings::default(), source));
        Desk {
            today,
            lang,
            pack,
            first_hearings,
            calendar,
            counts: RecordCounts::default(),
            steps: Default::default(),
            agencies: Default::default(),
            remedies: Vec::new(),
            cases: Vec::new(),
            stream: None,
            findings: Vec::new(),
        }
    }

    /// Hands each case's status to `sink` as it is evaluated instead of keeping it, so that a list
    /// of any length takes memory for its agencies and remedies only; [`Desk::finish`]'s `cases`
    /// is then empty.
    pub fn stream_cases(&mut self, sink: Box<dyn FnMut(&CaseStatus)>) {
        self.stream = Some(sink);
    }

    fn add_case(&mut self, c: CaseStatus) {
        let standing = self.agencies.entry(c.agency.clone()).or_insert_with(|| AgencyStanding { agency: c.agency.clone(), cases: 0, steps: Default::default(), remedies: 0 });
        standing.cases += 1;
        standing.remedies += c.remedies.len();
        for s in &c.steps {
            let key = s.state.id();
            match self.steps.get_mut(key) {
                Some(n) => *n += 1,
                None => {
                    self.steps.insert(key.to_string(), 1);
                }
            }
            match standing.steps.get_mut(key) {
                Some(n) => *n += 1,
                None => {
                    standing.steps.insert(key.to_string(), 1);
                }
            }
        }
        self.remedies.extend(c.remedies.iter().cloned());
        match self.stream.as_mut() {
            Some(sink) => sink(&c),
            None => self.cases.push(c),
        }
    }

    /// Checks the desk's timeline pack once, before any record: a malformed or unknown pack is a
    /// call error, not a finding on every record.
    ///
    /// # Errors
    /// `invalid_data` or `unknown_config`, as [`crate::timeline::build`].
    pub fn check_pack(&self) -> Result<(), Error> {
        let request = crate::timeline::TimelineRequest { lang: self.lang, today: self.today, calendar: Calendar::default(), events: Vec::new(), event_keys: Vec::new(), packs: vec![self.pack.clone()] };
        crate::timeline::build(&request)?;
        crate::filings::appearance_pack::load(std::slice::from_ref(&self.pack)).map(|_| ())
    }

    /// Notes a line that is not JSON (the CLI reads lines; the facade gets parsed values).
    pub fn push_unreadable(&mut self, message: &str) {
        let index = self.counts.records;
        self.counts.records += 1;
        self.counts.rejected += 1;
        self.findings.push(RecordFinding::new(index, None, String::new(), "invalid_json", crate::args![("error", crate::date::truncate(message))], "error"));
    }

    /// Reads and evaluates one record.
    ///
    /// # Errors
    /// As [`status::case_status`] (a malformed pack; a date leaving the calendar).
    pub fn push(&mut self, value: &Value) -> Result<(), Error> {
        let index = self.counts.records;
        self.counts.records += 1;
        let (record, findings) = read_record(value, index);
        self.findings.extend(findings);
        let Some(record) = record else {
            self.counts.rejected += 1;
            return Ok(());
        };
        self.counts.accepted += 1;
        if let Some((f, _)) = self.first_hearings.as_mut() {
            f.push(&record, index);
        }
        // The pack was checked by `Desk::new`'s caller ([`Desk::check_pack`]); what fails here is
        // this record's own dates (too many events, a date off the calendar): a finding, so that
        // one bad record never stops the list.
        match status::case_status(&record, index, self.today, &self.pack, &self.calendar, self.lang) {
            Ok(status) => self.add_case(status),
            Err(e) => self.findings.push(RecordFinding::new(
                index,
                Some(record.case_number.clone()),
                String::new(),
                "status_unavailable",
                crate::args![("code", e.code()), ("error", crate::date::truncate(e.message()))],
                "error",
            )),
        }
        Ok(())
    }

    /// The result of the pass.
    pub fn finish(self) -> Supervision {
        let (steps, mut agencies, mut remedies) = (self.steps, self.agencies, self.remedies);
        let must_appear = self.first_hearings.as_ref().map(|(f, source)| f.finish(self.today, source)).unwrap_or_default();
        for m in must_appear.iter().filter(|m| m.state == StepState::Missed) {
            if let Some(a) = agencies.get_mut(&m.agency) {
                a.remedies += 1;
            }
            let due = crate::date::parse_civil_date(&m.hearing, "hearing").unwrap_or(self.today);
            remedies.push(Remedy {
                remedy: status::RemedyKind::HeadMustAppear,
                case_number: m.case_number.clone(),
                agency: m.agency.clone(),
                due: crate::date::format_civil_date(due),
                args: crate::args![("year", m.year)],
                citations: vec![crate::law::Citation::article(crate::law::ADMIN_LITIGATION_LAW_2017, 3).paragraph(3).to_view(self.lang)],
                source: Some(m.source.clone()),
            });
        }
        let mut findings = self.findings;
        for f in &mut findings {
            f.render(self.lang);
        }
        Supervision {
            today: crate::date::format_civil_date(self.today),
            counts: self.counts,
            steps,
            cases: self.cases,
            agencies: agencies.into_values().collect(),
            remedies,
            must_appear,
            findings,
        }
    }
}

/// Import findings (from [`csv`]) as findings of the record just pushed.
fn add_import_findings(into: &mut Vec<RecordFinding>, index: usize, value: &Value, extra: Vec<csv::ImportFinding>) {
    let case_number = value.get("caseNumber").and_then(Value::as_str).map(str::to_string);
    into.extend(extra.into_iter().map(|(path, message_id, args)| RecordFinding::new(index, case_number.clone(), path, message_id, args, "warning")));
}

impl Desk {
    /// [`Desk::push`] with the findings of the CSV import of the record.
    ///
    /// # Errors
    /// As [`Desk::push`].
    pub fn push_imported(&mut self, value: &Value, extra: Vec<csv::ImportFinding>) -> Result<(), Error> {
        self.push(value)?;
        add_import_findings(&mut self.findings, self.counts.records - 1, value, extra);
        Ok(())
    }
}

impl RateDesk {
    /// [`RateDesk::push`] with the findings of the CSV import of the record.
    pub fn push_imported(&mut self, value: &Value, extra: Vec<csv::ImportFinding>) {
        self.push(value);
        add_import_findings(&mut self.findings, self.counts.records - 1, value, extra);
    }
}

/// The rates of a list, in one pass.
pub struct RateDesk {
    lang: Lang,
    tally: rates::Tally,
    counts: RecordCounts,
    findings: Vec<RecordFinding>,
}

/// The result of op `rates`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RatesResult {
    #[serde(flatten)]
    pub rates: rates::Rates,
    pub counts: RecordCounts,
    pub findings: Vec<RecordFinding>,
}

impl RateDesk {
    /// A rates desk for `from`..=`to`, grouped `by`, rendering its findings in `lang`.
    pub fn new(from: CivilDate, to: CivilDate, by: rates::GroupBy, lang: Lang) -> RateDesk {
        RateDesk { lang, tally: rates::Tally::new(from, to, by), counts: RecordCounts::default(), findings: Vec::new() }
    }

    /// Reads and counts one record.
    pub fn push(&mut self, value: &Value) {
        let index = self.counts.records;
        self.counts.records += 1;
        let (record, findings) = read_record(value, index);
        self.findings.extend(findings);
        match record {
            Some(r) => {
                self.counts.accepted += 1;
                self.tally.push(&r);
            }
            None => self.counts.rejected += 1,
        }
    }

    /// Notes a line that is not JSON.
    pub fn push_unreadable(&mut self, message: &str) {
        let index = self.counts.records;
        self.counts.records += 1;
        self.counts.rejected += 1;
        self.findings.push(RecordFinding::new(index, None, String::new(), "invalid_json", crate::args![("error", crate::date::truncate(message))], "error"));
    }

    pub fn finish(self, pack_name: &str, pack: &rates::RatePack) -> RatesResult {
        let mut findings = self.findings;
        for f in &mut findings {
            f.render(self.lang);
        }
        RatesResult { rates: self.tally.finish(pack_name, pack), counts: self.counts, findings }
    }
}
