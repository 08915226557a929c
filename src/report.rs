//! Reports and findings: what a check says about a filing.
//!
//! A finding is `(rule id, message id, field path, args)` plus what is derived from them: the
//! message rendered in the requested language and the citations. Tests assert ids, paths and args,
//! never wording.

use crate::i18n::Lang;
use crate::law::CitationView;
use serde::{Deserialize, Serialize};

/// How serious a finding is. `Off` silences a rule through configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The rule is switched off: it produces no finding.
    Off,
    /// Worth knowing; never blocks.
    Info,
    /// May be a problem (an exception may apply); does not block a final submission.
    Warning,
    /// Blocks a final submission.
    Error,
}

impl Severity {
    /// Parses `off`, `info`, `warning` (or `warn`) and `error`.
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "off" => Some(Severity::Off),
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

pub use crate::i18n::Args;

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Permanent rule id, e.g. `ID-001`.
    pub rule_id: &'static str,
    /// The severity after configuration.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) into the input, e.g. `/appearing/0/idNumber`. `""` is the whole input.
    pub path: String,
    /// Which of the rule's messages, e.g. `check_digit`.
    pub message_id: &'static str,
    /// The named placeholders of the message.
    pub args: Args,
    /// The message rendered in the report's language.
    pub message: String,
    /// The articles that require what the rule checks.
    pub citations: Vec<CitationView>,
}

/// Whether missing parts block (final) or are only listed (draft). Schematron calls this a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Everything is checked with its configured severity; errors block submission.
    #[default]
    Final,
    /// A form being filled in: what is missing so far is shown, but nothing is an error.
    Draft,
}

/// The result of a check. `ok` is false exactly when some finding has severity `error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub ok: bool,
    pub kind: String,
    pub mode: Mode,
    pub lang: Lang,
    pub counts: Counts,
    pub findings: Vec<Finding>,
}

/// Number of findings per severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Counts {
    pub error: u32,
    pub warning: u32,
    pub info: u32,
}

impl Report {
    /// Builds a report: drops `off` findings, orders the rest deterministically (by path, then
    /// rule id, then message id) and counts them.
    pub fn new(kind: &str, mode: Mode, lang: Lang, mut findings: Vec<Finding>) -> Report {
        findings.retain(|f| f.severity != Severity::Off);
        crate::sort::sort_by(&mut findings, |a, b| {
            (a.path.as_str(), a.rule_id, a.message_id).cmp(&(b.path.as_str(), b.rule_id, b.message_id))
        });
        findings.dedup_by(|a, b| a.path == b.path && a.rule_id == b.rule_id && a.message_id == b.message_id);
        let mut counts = Counts::default();
        for f in &findings {
            match f.severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
                Severity::Off => {}
            }
        }
        Report { ok: counts.error == 0, kind: kind.to_string(), mode, lang, counts, findings }
    }
}

/// Escapes one reference token of a JSON Pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Joins tokens into a JSON Pointer: `["appearing", "0", "idNumber"]` → `/appearing/0/idNumber`.
pub fn pointer(tokens: &[&str]) -> String {
    tokens.iter().map(|t| format!("/{}", pointer_token(t))).collect()
}
