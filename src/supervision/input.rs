//! Reading a list line by line, whichever its form: JSONL (one record a line) or CSV (header
//! first, one row per event, [`super::csv`]). The CLI feeds it a file's lines, the facade a
//! string's; both then hand each record to the same desks, so the two cannot drift.

use super::csv::{CsvImport, ImportFinding};
use serde_json::Value;

/// A record read (with its import findings), or the message of a line that is not JSON.
pub type Imported = Result<(Value, Vec<ImportFinding>), String>;

/// The form of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Jsonl,
    Csv,
}

impl ListFormat {
    /// `.csv` (any case) is CSV; anything else is JSONL.
    pub fn of_path(path: &str) -> ListFormat {
        if path.to_ascii_lowercase().ends_with(".csv") {
            ListFormat::Csv
        } else {
            ListFormat::Jsonl
        }
    }
}

/// Parses one JSONL line: the facade's parser, with its size and depth limits (passed in, since
/// the domain does not call up into the facade).
pub type ParseLine = fn(&str) -> Result<Value, String>;

/// Lines in, records out; one record (one CSV case) in memory at a time.
pub struct LineReader {
    format: ListFormat,
    parse: ParseLine,
    csv: Option<CsvImport>,
}

impl LineReader {
    pub fn new(format: ListFormat, parse: ParseLine) -> LineReader {
        LineReader { format, parse, csv: None }
    }

    /// Takes one line; returns the record it completes, if any. Blank lines are skipped.
    pub fn push_line(&mut self, line: &str) -> Option<Imported> {
        if line.trim().is_empty() {
            return None;
        }
        match self.format {
            ListFormat::Jsonl => Some((self.parse)(line).map(|v| (v, Vec::new()))),
            ListFormat::Csv => match self.csv.as_mut() {
                None => {
                    self.csv = Some(CsvImport::new(line));
                    None
                }
                Some(import) => import.push_row(line).map(Ok),
            },
        }
    }

    /// The last record (a CSV list's last case).
    pub fn finish(self) -> Option<Imported> {
        self.csv.and_then(CsvImport::finish).map(Ok)
    }
}

/// Where records go: a status desk, a rates desk, or both at once (the bulletin).
pub trait Sink {
    /// Takes one record read.
    ///
    /// # Errors
    /// As [`super::Desk::push`].
    fn take(&mut self, record: Imported) -> Result<(), crate::Error>;
}

impl Sink for super::Desk {
    fn take(&mut self, record: Imported) -> Result<(), crate::Error> {
        match record {
            Ok((v, extra)) => self.push_imported(&v, extra),
            Err(message) => {
                self.push_unreadable(&message);
                Ok(())
            }
        }
    }
}

impl Sink for super::RateDesk {
    fn take(&mut self, record: Imported) -> Result<(), crate::Error> {
        match record {
            Ok((v, extra)) => self.push_imported(&v, extra),
            Err(message) => self.push_unreadable(&message),
        }
        Ok(())
    }
}

impl<A: Sink, B: Sink> Sink for (A, B) {
    fn take(&mut self, record: Imported) -> Result<(), crate::Error> {
        self.0.take(record.clone())?;
        self.1.take(record)
    }
}

/// Feeds every line of `text` to `sink`.
///
/// # Errors
/// As the sink's.
pub fn feed_text(text: &str, format: ListFormat, parse: ParseLine, sink: &mut impl Sink) -> Result<(), crate::Error> {
    let mut reader = LineReader::new(format, parse);
    for line in text.lines() {
        if let Some(r) = reader.push_line(line) {
            sink.take(r)?;
        }
    }
    if let Some(r) = reader.finish() {
        sink.take(r)?;
    }
    Ok(())
}
