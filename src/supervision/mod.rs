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
//! What this does not do (yet): render record findings as text (they carry a stable `messageId`
//! and `args`).

pub mod bulletin;
pub mod csv;
pub mod rates;
pub mod record;
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

/// The source of the must-appear situation, from the Guangzhou appearance pack.
const FIRST_HEARING_SOURCE: &str = "广州市行政机关负责人出庭应诉机制：年度首起开庭的一审案件，行政机关负责人应当出庭（据 filing-check 第4、16号任务说明转述；原始文件的标题、文号、日期未能核实）";

/// Record counts of a pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RecordCounts {
    pub records: usize,
    pub accepted: usize,
    pub rejected: usize,
}

/// The status of a list on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    first_hearings: Option<status::FirstHearings>,
    calendar: Calendar,
    counts: RecordCounts,
    cases: Vec<CaseStatus>,
    findings: Vec<RecordFinding>,
}

impl Desk {
    /// A desk for `today` with the timeline pack `pack` (a name or an inline pack).
    pub fn new(today: CivilDate, lang: Lang, pack: Value, calendar: Calendar) -> Desk {
        let first_hearings = (pack.as_str() == Some("guangzhou")).then(status::FirstHearings::default);
        Desk { today, lang, pack, first_hearings, calendar, counts: RecordCounts::default(), cases: Vec::new(), findings: Vec::new() }
    }

    /// Checks the desk's timeline pack once, before any record: a malformed or unknown pack is a
    /// call error, not a finding on every record.
    ///
    /// # Errors
    /// `invalid_data` or `unknown_config`, as [`crate::timeline::build`].
    pub fn check_pack(&self) -> Result<(), Error> {
        let request = crate::timeline::TimelineRequest { lang: self.lang, today: self.today, calendar: Calendar::default(), events: Vec::new(), event_keys: Vec::new(), packs: vec![self.pack.clone()] };
        crate::timeline::build(&request).map(|_| ())
    }

    /// Notes a line that is not JSON (the CLI reads lines; the facade gets parsed values).
    pub fn push_unreadable(&mut self, message: &str) {
        let index = self.counts.records;
        self.counts.records += 1;
        self.counts.rejected += 1;
        self.findings.push(RecordFinding {
            record: index,
            case_number: None,
            path: String::new(),
            message_id: "invalid_json",
            args: crate::args![("error", crate::date::truncate(message))],
            severity: "error",
        });
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
        if let Some(f) = self.first_hearings.as_mut() {
            f.push(&record, index);
        }
        // The pack was checked by `Desk::new`'s caller ([`Desk::check_pack`]); what fails here is
        // this record's own dates (too many events, a date off the calendar): a finding, so that
        // one bad record never stops the list.
        match status::case_status(&record, index, self.today, &self.pack, &self.calendar, self.lang) {
            Ok(status) => self.cases.push(status),
            Err(e) => self.findings.push(RecordFinding {
                record: index,
                case_number: Some(record.case_number.clone()),
                path: String::new(),
                message_id: "status_unavailable",
                args: crate::args![("code", e.code()), ("error", crate::date::truncate(e.message()))],
                severity: "error",
            }),
        }
        Ok(())
    }

    /// The result of the pass.
    pub fn finish(self) -> Supervision {
        let mut steps = std::collections::BTreeMap::new();
        let mut remedies = Vec::new();
        let mut agencies: std::collections::BTreeMap<String, AgencyStanding> = std::collections::BTreeMap::new();
        for c in &self.cases {
            let standing = agencies.entry(c.agency.clone()).or_insert_with(|| AgencyStanding { agency: c.agency.clone(), cases: 0, steps: Default::default(), remedies: 0 });
            standing.cases += 1;
            standing.remedies += c.remedies.len();
            for s in &c.steps {
                let key = serde_json::to_value(s.state).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                *steps.entry(key.clone()).or_insert(0) += 1;
                *standing.steps.entry(key).or_insert(0) += 1;
            }
            remedies.extend(c.remedies.iter().cloned());
        }
        let must_appear = self.first_hearings.as_ref().map(|f| f.finish(self.today, FIRST_HEARING_SOURCE)).unwrap_or_default();
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
        Supervision {
            today: crate::date::format_civil_date(self.today),
            counts: self.counts,
            steps,
            cases: self.cases,
            agencies: agencies.into_values().collect(),
            remedies,
            must_appear,
            findings: self.findings,
        }
    }
}

/// Import findings (from [`csv`]) as findings of the record just pushed.
fn add_import_findings(into: &mut Vec<RecordFinding>, index: usize, value: &Value, extra: Vec<csv::ImportFinding>) {
    let case_number = value.get("caseNumber").and_then(Value::as_str).map(str::to_string);
    into.extend(extra.into_iter().map(|(path, message_id, args)| RecordFinding { record: index, case_number: case_number.clone(), path, message_id, args, severity: "warning" }));
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
    tally: rates::Tally,
    counts: RecordCounts,
    findings: Vec<RecordFinding>,
}

/// The result of op `rates`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RatesResult {
    #[serde(flatten)]
    pub rates: rates::Rates,
    pub counts: RecordCounts,
    pub findings: Vec<RecordFinding>,
}

impl RateDesk {
    pub fn new(from: CivilDate, to: CivilDate, by: rates::GroupBy) -> RateDesk {
        RateDesk { tally: rates::Tally::new(from, to, by), counts: RecordCounts::default(), findings: Vec::new() }
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
        self.findings.push(RecordFinding { record: index, case_number: None, path: String::new(), message_id: "invalid_json", args: crate::args![("error", crate::date::truncate(message))], severity: "error" });
    }

    pub fn finish(self, pack_name: &str, pack: &rates::RatePack) -> RatesResult {
        RatesResult { rates: self.tally.finish(pack_name, pack), counts: self.counts, findings: self.findings }
    }
}
