//! CSV import: a bureau's spreadsheet, one row per event, becomes the same JSON records that
//! [`super::read_record`] reads (so a CSV list gets exactly the findings a JSONL list would).
//!
//! The header names the columns (any order; unknown columns are reported once):
//! `caseNumber, court, agencyName, agencyCreditCode, agencyLevel, procedure, event, date, role,
//! name, outcome, performanceDue, result, received`. Rows of one case are consecutive (a case
//! number different from the row before starts a new record), so the import streams.
//!
//! `event` is one of `noticeServed`, `answered`, `hearing` (`role` and `name` add one appearing
//! person; a hearing row without `role` records that nobody appeared), `judgmentServed`
//! (`performanceDue`), `performed`, `concluded` (`outcome`), `reconsideration` (`received`,
//! `date` = decided, `result`), `report`, `feedback`. An unknown event is a finding
//! (`unknown_event` at `/csv/event`), never dropped silently. Fields are RFC 4180 (quotes, doubled
//! quotes); a quoted field may not span lines.

use crate::i18n::Args;
use serde_json::{json, Map, Value};

/// Splits one CSV line into fields (RFC 4180 quoting within the line).
pub fn split_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.trim_end_matches(['\r', '\n']).chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

const COLUMNS: &[&str] = &["caseNumber", "court", "agencyName", "agencyCreditCode", "agencyLevel", "procedure", "event", "date", "role", "name", "outcome", "performanceDue", "result", "received"];

fn push(r: &mut Map<String, Value>, key: &str, item: Value) {
    if let Some(a) = r.entry(key.to_string()).or_insert_with(|| json!([])).as_array_mut() {
        a.push(item);
    }
}

/// A problem found while importing, for the record it belongs to: (path, messageId, args).
pub type ImportFinding = (String, &'static str, Args);

/// Rows in, records out, one case at a time.
pub struct CsvImport {
    header: Vec<String>,
    current: Option<(Value, Vec<ImportFinding>)>,
    header_findings: Vec<ImportFinding>,
}

impl CsvImport {
    /// An import whose header line is `header`.
    pub fn new(header: &str) -> CsvImport {
        let header: Vec<String> = split_line(header).into_iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect();
        let header_findings = header
            .iter()
            .filter(|h| !COLUMNS.contains(&h.as_str()))
            .map(|h| ("/csv".to_string(), "unknown_column", crate::args![("column", crate::date::truncate(h))]))
            .collect();
        CsvImport { header, current: None, header_findings }
    }

    /// Takes one data row; returns the previous case when this row starts a new one.
    pub fn push_row(&mut self, line: &str) -> Option<(Value, Vec<ImportFinding>)> {
        let fields = split_line(line);
        let get = |name: &str| -> Option<String> {
            let i = self.header.iter().position(|h| h == name)?;
            fields.get(i).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
        };
        let case_number = get("caseNumber").unwrap_or_default();
        let same = self.current.as_ref().is_some_and(|(v, _)| v.get("caseNumber").and_then(Value::as_str).unwrap_or("") == case_number);
        let done = if same { None } else { self.current.take() };
        if self.current.is_none() {
            let mut r = Map::new();
            if !case_number.is_empty() {
                r.insert("caseNumber".into(), json!(case_number));
            }
            if let Some(c) = get("court") {
                r.insert("court".into(), json!(c));
            }
            let mut agency = Map::new();
            for (col, key) in [("agencyName", "name"), ("agencyCreditCode", "creditCode"), ("agencyLevel", "level")] {
                if let Some(v) = get(col) {
                    agency.insert(key.into(), json!(v));
                }
            }
            if !agency.is_empty() {
                r.insert("agency".into(), Value::Object(agency));
            }
            if let Some(p) = get("procedure") {
                r.insert("procedure".into(), json!(p));
            }
            let findings = std::mem::take(&mut self.header_findings);
            self.current = Some((Value::Object(r), findings));
        }
        if let Some((Value::Object(r), findings)) = self.current.as_mut() {
            let date = get("date").map(Value::String).unwrap_or(Value::Null);
            match get("event").as_deref() {
                Some("noticeServed") => {
                    r.insert("noticeServed".into(), date);
                }
                Some("answered") => {
                    r.insert("answered".into(), date);
                }
                Some("performed") => {
                    r.insert("performed".into(), date);
                }
                Some("hearing") => {
                    let person = get("role").map(|role| json!({"role": role, "name": get("name")}));
                    let hearings = r.entry("hearings").or_insert_with(|| json!([]));
                    if let Some(a) = hearings.as_array_mut() {
                        match a.iter_mut().find(|h| h.get("date") == Some(&date)) {
                            Some(h) => {
                                if let (Some(p), Some(list)) = (person, h.get_mut("appeared").and_then(Value::as_array_mut)) {
                                    list.push(p);
                                }
                            }
                            None => a.push(json!({"date": date, "appeared": person.into_iter().collect::<Vec<_>>()})),
                        }
                    }
                }
                Some("judgmentServed") => {
                    r.insert("judgment".into(), json!({"served": date, "performanceDue": get("performanceDue")}));
                }
                Some("concluded") => {
                    r.insert("concluded".into(), json!({"date": date, "outcome": get("outcome")}));
                }
                Some("reconsideration") => push(r, "reconsiderations", json!({"received": get("received"), "decided": date, "result": get("result")})),
                Some(kind @ ("report" | "feedback")) => push(r, "reported", json!({"kind": kind, "date": date})),
                None => {}
                Some(other) => findings.push(("/csv/event".into(), "unknown_event", crate::args![("value", crate::date::truncate(other))])),
            }
        }
        done
    }

    /// The last case.
    pub fn finish(self) -> Option<(Value, Vec<ImportFinding>)> {
        self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_a_case_become_one_record() {
        let mut imp = CsvImport::new("caseNumber,agencyName,agencyLevel,procedure,event,date,role,name,outcome,extra");
        let rows = [
            "（2021）黔27行初1号,\"某局,县\",county,firstInstance,noticeServed,2021-03-01,,,,",
            "（2021）黔27行初1号,\"某局,县\",county,firstInstance,hearing,2021-04-01,head,\"张\"\"三\",,",
            "（2021）黔27行初1号,\"某局,县\",county,firstInstance,hearing,2021-04-01,staff,,,",
            "（2021）黔27行初1号,\"某局,县\",county,firstInstance,teleport,2021-04-02,,,,",
            "（2021）黔27行初2号,某局,county,firstInstance,concluded,2021-05-01,,,won,",
        ];
        let mut out = Vec::new();
        for r in rows {
            out.extend(imp.push_row(r));
        }
        out.extend(imp.finish());
        assert_eq!(out.len(), 2);
        let (first, findings) = &out[0];
        assert_eq!(first["agency"]["name"], "某局,县");
        assert_eq!(first["hearings"][0]["appeared"], json!([{"role": "head", "name": "张\"三"}, {"role": "staff", "name": null}]));
        assert_eq!(findings.iter().map(|f| (f.0.as_str(), f.1)).collect::<Vec<_>>(), [("/csv", "unknown_column"), ("/csv/event", "unknown_event")]);
        let (record, f) = crate::supervision::read_record(first, 0);
        assert!(record.is_some(), "{f:?}");
        assert_eq!(out[1].0["concluded"], json!({"date": "2021-05-01", "outcome": "won"}));
    }
}
